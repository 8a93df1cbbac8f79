#!/usr/bin/env python3
"""Generate data/demo/personnel.csv, partners.csv and items.csv: the Polri
roster, the partner forces and the equipment/vehicles of the four demo Polres
(Jember, Jepara, Sinjai, Timor Tengah Utara) and their Polsek.

GENERATED, not real: every name, NRP, NIK, NIP, phone number, serial and
plate is invented. No Polres publishes its roster; only the structure follows
Polri practice (one Bhabinkamtibmas per desa/kelurahan, some serving two or
three; Kapolsek Iptu/AKP; Kapolres AKBP; Babinsa of the Koramil; two Linmas
per TPS). Deterministic (random.Random(20241023)), standard library only.
Reads regions.csv, units.csv and tps.csv next to this script, so run it after
generate.py.

What it guarantees (asserted at the end):
- every desa and kelurahan of the four regencies has exactly one
  Bhabinkamtibmas, from the Polsek whose region_codes holds its kecamatan;
- NRP (8 digits: birth yy, birth mm, 4 digits), phone numbers, serials and
  partner identifiers per force are unique; ranks, functions, kinds,
  conditions and unit codes are from the fixed lists;
- each item holder belongs to the same Polres as the item; plates only and
  always on vehicles; fuel 0..100.
- Polri totals per Polres: Jember 900, Jepara 650, Sinjai 380, TTU 420.

Usage:  python3 data/demo/generate_personnel.py
"""

import csv
import io
import math
from collections import Counter, OrderedDict, defaultdict
from datetime import date, timedelta
from pathlib import Path
import random

SEED = 20241023
OUT = Path(__file__).resolve().parent
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# Fixed inputs
# --------------------------------------------------------------------------
# regency code: (Polres, Polri total, Polres HQ size before any top-up, BKO Brimob at HQ, name style)
POLRES = OrderedDict([
    ("33.20", ("POLRES-JEPARA", 650, 290, 0, "jepara")),
    ("35.09", ("POLRES-JEMBER", 900, 360, 20, "jember")),
    ("53.03", ("POLRES-TTU", 420, 135, 20, "ttu")),
    ("73.07", ("POLRES-SINJAI", 380, 205, 0, "sinjai")),
])
RANKS = ["Bripda", "Briptu", "Brigpol", "Bripka", "Aipda", "Aiptu",
         "Ipda", "Iptu", "AKP", "Kompol", "AKBP"]
FUNCTIONS = ["bhabinkamtibmas", "samapta", "intelkam", "reskrim", "lantas",
             "brimob", "binmas", "propam", "staf"]
FORCES = ["tni", "satpol_pp", "dishub", "linmas"]
KINDS = ["rompi_anti_sayat", "senter", "ht", "helm", "tameng", "borgol",
         "kendaraan_r2", "kendaraan_r4"]
VEHICLES = {"kendaraan_r2", "kendaraan_r4"}
CONDITIONS = ["baik", "rusak_ringan", "rusak_berat", "hilang"]
# Personal kit: the same table as default_equipment_kinds() in src/domain/equipment.cpp.
REQUIRED_KIT = OrderedDict([
    ("rompi_anti_sayat", {"bhabinkamtibmas", "samapta", "brimob"}),
    ("senter", {"bhabinkamtibmas", "samapta"}),
    ("ht", {"bhabinkamtibmas", "samapta", "intelkam", "brimob"}),
    ("helm", {"samapta", "brimob", "lantas"}),
    ("tameng", {"brimob"}),
    ("borgol", {"samapta", "reskrim"}),
])
SERIAL_PREFIX = {"rompi_anti_sayat": "RAS", "senter": "SNT", "ht": "HT", "helm": "HLM",
                 "tameng": "TMG", "borgol": "BRG", "kendaraan_r2": "R2", "kendaraan_r4": "R4"}
# Shares of the required personal kit (the rest is baik).
P_MISSING, P_RINGAN, P_BERAT, P_HILANG = 0.04, 0.03, 0.02, 0.005
# Bhabinkamtibmas serving 1, 2 or 3 desa/kelurahan (about 25 % serve 2-3).
BHABIN_SPAN = ([1, 2, 3], [0.72, 0.22, 0.06])
# Babinsa serving 1 or 2 desa/kelurahan.
BABINSA_SPAN = ([1, 2], [0.6, 0.4])
LINMAS_PER_TPS = 2
# Polres HQ shares of the posts left after the officers and the BKO Brimob.
HQ_SHARES = OrderedDict([("staf", 0.24), ("samapta", 0.30), ("intelkam", 0.10),
                         ("reskrim", 0.14), ("lantas", 0.14), ("binmas", 0.05),
                         ("propam", 0.03)])
# Polsek: Kapolsek + 1 samapta + 1 reskrim + 1 intelkam at least; the rest by these shares.
POLSEK_MIN = 4
POLSEK_SHARES = OrderedDict([("samapta", 0.45), ("reskrim", 0.25), ("intelkam", 0.12),
                             ("staf", 0.18)])
# Bintara rank weights (Bripda .. Aiptu) by kind of post.
BINTARA = ["Bripda", "Briptu", "Brigpol", "Bripka", "Aipda", "Aiptu"]
W_YOUNG = [25, 25, 25, 13, 7, 5]        # samapta, lantas
W_BRIMOB = [40, 33, 20, 7, 0, 0]
W_GENERAL = [8, 15, 25, 24, 15, 13]     # reskrim, intelkam, staf, binmas, propam
W_BHABIN = [0, 0, 15, 35, 28, 22]
# Birth years by rank (2024 roster; retirement at 58).
BIRTH_YEARS = {"Bripda": (1999, 2004), "Briptu": (1994, 2000), "Brigpol": (1989, 1997),
               "Bripka": (1982, 1992), "Aipda": (1976, 1987), "Aiptu": (1967, 1982),
               "Ipda": (1970, 1996), "Iptu": (1972, 1993), "AKP": (1972, 1990),
               "Kompol": (1972, 1986), "AKBP": (1976, 1984)}
TNI_RANKS = (["Serda", "Sertu", "Serka", "Serma", "Pelda"], [15, 25, 25, 25, 10])
SATPOL_POSTS = [("Kepala Satuan", 1), ("Kepala Bidang", 2), ("Kepala Seksi", 3), ("Komandan Regu", 5)]
DISHUB_POSTS = [("Kepala Bidang", 1), ("Kepala Seksi", 2), ("Komandan Regu", 3)]
PHONE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853",
                  "0814", "0815", "0816", "0855", "0856", "0857", "0858", "0817",
                  "0818", "0819", "0859", "0877", "0878", "0895", "0896", "0897",
                  "0898", "0899", "0881", "0882", "0883", "0887"]

# --------------------------------------------------------------------------
# Names. Short lists of common given and family names per region; the
# combinations are random and fictitious. Famous surnames are left out.
# --------------------------------------------------------------------------
JAVA_M = ["Agus", "Bambang", "Budi", "Dwi", "Eko", "Hadi", "Joko", "Slamet", "Sugeng", "Teguh",
          "Wahyu", "Yudi", "Rudi", "Heru", "Dedi", "Arif", "Fajar", "Rizky", "Andika", "Bayu",
          "Galih", "Setyo", "Priyo", "Tri", "Adi", "Anang", "Catur", "Dimas", "Gilang", "Hendra",
          "Imam", "Kukuh", "Lukman", "Nanang", "Purwanto", "Rahmat", "Sapto", "Yoga", "Wawan", "Aris"]
JAVA_F = ["Sri", "Dewi", "Endah", "Fitri", "Ika", "Lestari", "Novi", "Ratna", "Rina", "Siti",
          "Tutik", "Wulan", "Yuni", "Ayu", "Indah", "Retno"]
JAVA_FAM = ["Santoso", "Prasetyo", "Wibowo", "Susanto", "Hidayat", "Nugroho", "Purnomo", "Setiawan",
            "Kurniawan", "Saputro", "Wijaya", "Haryanto", "Sutrisno", "Pranoto", "Suryadi", "Cahyono",
            "Hartono", "Raharjo", "Utomo", "Wahyudi", "Riyanto", "Mulyono", "Sulistyo", "Handoko",
            "Pamungkas", "Firmansyah", "Hermawan", "Wicaksono", "Darmawan", "Ardiansyah"]
MADURA_M = ["Moh.", "Holil", "Syaiful", "Hosnan", "Sholeh", "Rofiq", "Hasan", "Abd.", "Mistari",
            "Sahrawi", "Zainal", "Fathor"]
MADURA_FAM = ["Rahman", "Hamid", "Hasyim", "Anwar", "Arifin", "Bahri", "Rasyid", "Efendi"]
ISLAM_M = ["Ahmad", "Muhammad", "Nur", "Khoirul", "Zainal", "Abdul", "Mukhlis", "Syaifudin",
           "Ali", "Faizal", "Kholid", "Mansur"]
ISLAM_F = ["Nur", "Siti", "Khoirun", "Umi", "Anis", "Laila"]
ISLAM_FAM = ["Anwar", "Arifin", "Mustofa", "Rohman", "Huda", "Fauzi", "Amin", "Yusuf",
             "Hakim"]
BUGIS_M = ["Muh.", "Muhammad", "Syamsul", "Ridwan", "Baharuddin", "Hasanuddin", "Amiruddin",
           "Jumadi", "Arman", "Irwan", "Kahar", "Akbar", "Asri", "Rusdi", "Syahrir", "Firman",
           "Haerul", "Sukri", "Nasrul", "Ilham", "Zulkifli", "Mustari", "Arifuddin", "Takdir"]
BUGIS_F = ["Nurhayati", "Hasnah", "Rahmawati", "Sitti", "Hartini", "Nurlina", "Asmawati",
           "Megawati", "Nurul", "Hamsinah"]
BUGIS_FAM = ["Baso", "Tahir", "Rasyid", "Ramli", "Mappaseng", "Palallo", "Latif", "Halim",
             "Basri", "Syarif", "Amir", "Saleh", "Paewai", "Makkasau", "Lamappa", "Sanusi",
             "Darwis", "Jufri", "Mappiare", "Tenri"]
DAWAN_M = ["Yohanes", "Fransiskus", "Petrus", "Paulus", "Agustinus", "Yosef", "Marianus",
           "Antonius", "Dominikus", "Kornelis", "Yakobus", "Benediktus", "Aloysius", "Stefanus",
           "Gabriel", "Melkior", "Hironimus", "Vinsensius", "Roni", "Alfons"]
DAWAN_F = ["Maria", "Yuliana", "Theresia", "Agnes", "Veronika", "Magdalena", "Fransiska",
           "Yasinta", "Imelda", "Oktaviana"]
DAWAN_FAM = ["Tefa", "Kolo", "Abi", "Bana", "Sasi", "Oki", "Nino", "Fallo", "Taneo", "Manehat",
             "Anin", "Kefi", "Nubatonis", "Atok", "Salem", "Lake", "Kase", "Sakan", "Taus",
             "Usboko", "Sanak", "Bobo", "Naitili", "Eno", "Tnesi", "Oematan", "Tamelab", "Bere",
             "Seran", "Nahak"]


def pick(lst):
    return lst[rng.randrange(len(lst))]


def java_name(female):
    g = pick(JAVA_F if female else JAVA_M)
    r = rng.random()
    if r < 0.65:
        return "%s %s" % (g, pick(JAVA_FAM))
    if r < 0.85:
        return "%s %s %s" % (g, pick(JAVA_F if female else JAVA_M), pick(JAVA_FAM))
    return "%s %s" % (g, pick(ISLAM_FAM))


def jember_name(female):
    r = rng.random()
    if r < 0.35 and not female:          # Madurese (Pendalungan)
        return "%s %s" % (pick(MADURA_M + ISLAM_M), pick(MADURA_FAM + ISLAM_FAM))
    return java_name(female)


def jepara_name(female):
    if rng.random() < 0.35:              # santri names of the north coast
        return "%s %s" % (pick(ISLAM_F if female else ISLAM_M), pick(ISLAM_FAM + JAVA_FAM))
    return java_name(female)


def sinjai_name(female):
    g = pick(BUGIS_F if female else BUGIS_M)
    r = rng.random()
    if r < 0.15:
        return "Andi %s %s" % (g, pick(BUGIS_FAM))
    if r < 0.30 and not female:
        return "%s %s" % (g, pick(BUGIS_M[2:]))
    return "%s %s" % (g, pick(BUGIS_FAM))


def ttu_name(female):
    g = pick(DAWAN_F if female else DAWAN_M)
    if rng.random() < 0.3:
        g = "%s %s" % (g, pick(DAWAN_F if female else DAWAN_M))
    return "%s %s" % (g, pick(DAWAN_FAM))


NAME_STYLE = {"jember": jember_name, "jepara": jepara_name, "sinjai": sinjai_name, "ttu": ttu_name}
OTHER_STYLES = {"jember": ["jepara", "sinjai", "ttu"], "jepara": ["jember", "sinjai", "ttu"],
                "sinjai": ["jember", "jepara", "ttu"], "ttu": ["jember", "jepara", "sinjai"]}


used_names = set()


def make_name(style, female, mobile=False, unique=True):
    """Polri and TNI are posted nationally: mobile people sometimes come
    from another region (about 8 %). Names on the Polri, TNI, Satpol PP and
    Dishub rosters are not repeated; Linmas names may repeat."""
    if mobile and rng.random() < 0.08:
        style = pick(OTHER_STYLES[style])
    for _ in range(50):
        name = NAME_STYLE[style](female)
        if not unique or name not in used_names:
            break
    if unique:
        used_names.add(name)
    return name


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
used_phones = set()
used_nrp = set()
used_ids = defaultdict(set)   # force -> identifiers


def phone():
    while True:
        p = pick(PHONE_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(rng.choice([7, 8])))
        if p not in used_phones:
            used_phones.add(p)
            return p


def birth_date(y0, y1):
    y = rng.randint(y0, y1)
    return date(y, rng.randint(1, 12), rng.randint(1, 28))


def nrp_for(rank):
    b = birth_date(*BIRTH_YEARS[rank])
    while True:
        n = "%02d%02d%04d" % (b.year % 100, b.month, rng.randrange(10000))
        if n not in used_nrp:
            used_nrp.add(n)
            return n


def nik(kec_code, female):
    b = birth_date(1964, 2004)
    day = b.day + (40 if female else 0)
    head = kec_code.replace(".", "") + "%02d%02d%02d" % (day, b.month, b.year % 100)
    while True:
        n = head + "%04d" % rng.randint(1, 2999)
        if n not in used_ids["linmas"]:
            used_ids["linmas"].add(n)
            return n


def nip(force, female, head=False):
    b = birth_date(1968, 1980) if head else birth_date(1968, 1999)
    while True:
        tmt_year = rng.randint(max(b.year + 19, 1995), min(b.year + 35, 2023))
        n = "%04d%02d%02d%04d%02d%d%03d" % (b.year, b.month, b.day, tmt_year, rng.randint(1, 12),
                                              2 if female else 1, rng.randint(1, 999))
        if n not in used_ids[force]:
            used_ids[force].add(n)
            return n


def tni_id(rank):
    while True:
        if rank in ("Serda", "Sertu"):
            n = "21" + "%08d" % rng.randrange(10 ** 8)      # 10 digits
        else:
            n = "3" + "%07d" % rng.randrange(10 ** 7)       # 8 digits
        if n not in used_ids["tni"]:
            used_ids["tni"].add(n)
            return n


def weighted(values, weights):
    return rng.choices(values, weights)[0]


def largest_remainder(total, weights):
    wsum = float(sum(weights))
    quotas = [total * w / wsum for w in weights]
    alloc = [int(math.floor(q)) for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - alloc[i]), i))
    for k in range(total - sum(alloc)):
        alloc[order[k % len(order)]] += 1
    assert sum(alloc) == total
    return alloc


# --------------------------------------------------------------------------
# Load the demo set
# --------------------------------------------------------------------------
def read(name):
    with open(OUT / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write_csv(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, r)
        w.writerow(["" if v is None else str(v) for v in r])
    (OUT / name).write_text(buf.getvalue(), encoding="utf-8", newline="")
    return len(rows)


regions = read("regions.csv")
units = read("units.csv")
tps = read("tps.csv")
region_level = {r["code"]: r["level"] for r in regions}
unit_by_code = {u["code"]: u for u in units}
desa_by_kec = defaultdict(list)
for r in regions:
    if r["level"] in ("desa", "kelurahan") and r["code"][:5] in POLRES:
        desa_by_kec[r["code"][:8]].append(r["code"])
tps_by_desa = Counter(t["desa_code"] for t in tps)
tps_by_kec = Counter(t["desa_code"][:8] for t in tps)
polsek_of_kec = {}
polsek_by_polres = defaultdict(list)
for u in units:
    if u["level"] == "polsek":
        polsek_by_polres[u["parent_code"]].append(u["code"])
        for kc in filter(None, u["region_codes"].split(";")):
            assert kc not in polsek_of_kec, kc
            polsek_of_kec[kc] = u["code"]
for rc, (polres, *_rest) in POLRES.items():
    assert unit_by_code[polres]["level"] == "polres" and unit_by_code[polres]["region_codes"] == rc

# --------------------------------------------------------------------------
# 1. personnel.csv
# --------------------------------------------------------------------------
persons = []          # dicts
bhabin_target = {}    # regency -> list of (polsek, [desa])


def add_person(style, unit, function, rank, desa=(), female_p=0.07):
    female = function != "brimob" and rng.random() < female_p
    p = {"nrp": nrp_for(rank), "name": make_name(style, female, mobile=True), "rank": rank,
         "function": function, "unit_code": unit, "phone": phone(), "desa_binaan": ";".join(desa)}
    persons.append(p)
    return p


def bintara(weights):
    return weighted(BINTARA, weights)


FUNCTION_WEIGHTS = {"samapta": W_YOUNG, "lantas": W_YOUNG, "brimob": W_BRIMOB,
                    "bhabinkamtibmas": W_BHABIN}
plan_report = {}
for rc, (polres, total, hq_size, n_brimob, style) in POLRES.items():
    polseks = polsek_by_polres[polres]
    # Bhabinkamtibmas groups: consecutive desa/kelurahan of one kecamatan.
    groups = []
    for kc in sorted(desa_by_kec):
        if kc[:5] != rc:
            continue
        ps = polsek_of_kec[kc]
        assert unit_by_code[ps]["parent_code"] == polres
        ds = sorted(desa_by_kec[kc])
        i = 0
        while i < len(ds):
            span = min(weighted(*BHABIN_SPAN), len(ds) - i)
            groups.append((ps, ds[i:i + span]))
            i += span
    n_bhabin = len(groups)
    # Polsek posts other than Bhabinkamtibmas; coverage wins over the HQ size.
    polsek_posts = total - hq_size - n_bhabin
    if polsek_posts < POLSEK_MIN * len(polseks):
        hq_size -= POLSEK_MIN * len(polseks) - polsek_posts
        polsek_posts = POLSEK_MIN * len(polseks)
    assert hq_size >= 80 + n_brimob, (rc, hq_size)   # else the total itself must grow
    plan_report[polres] = (hq_size, polsek_posts, n_bhabin)

    # Polres HQ: officers first, then Bintara by share.
    hq = []
    hq.append(("staf", "AKBP"))                              # Kapolres
    n_kompol = 5 if total >= 800 else 4                      # Wakapolres + Kabag Ops/Ren/SDM(/Log)
    hq += [("staf", "Kompol")] * n_kompol
    hq += [("staf", "AKP")] * 3 + [("staf", "Iptu")] * rng.randint(2, 4) + \
          [("staf", "Ipda")] * rng.randint(3, 5)
    for f in ("samapta", "intelkam", "reskrim", "lantas", "binmas"):
        hq.append((f, "AKP"))                                # Kasat
        hq += [(f, "Iptu")] * (1 if f in ("reskrim", "lantas", "samapta") else 0)
        hq += [(f, "Ipda")] * (1 if f == "binmas" else 2)
    hq.append(("propam", weighted(["Iptu", "AKP"], [1, 1])))  # Kasi Propam
    if n_brimob:
        hq.append(("brimob", "Ipda"))                        # Danton of the BKO platoon
        hq += [("brimob", None)] * (n_brimob - 1)
    rest = hq_size - len(hq)
    for f, n in zip(HQ_SHARES, largest_remainder(rest, list(HQ_SHARES.values()))):
        hq += [(f, None)] * n
    assert len(hq) == hq_size
    for f, rank in hq:
        add_person(style, polres, f, rank or bintara(FUNCTION_WEIGHTS.get(f, W_GENERAL)))

    # Polsek.
    weights = [tps_by_kec[unit_by_code[ps]["region_codes"].split(";")[0]] for ps in polseks]
    extra = largest_remainder(polsek_posts - POLSEK_MIN * len(polseks), weights)
    bhabin_by_polsek = defaultdict(list)
    for ps, ds in groups:
        bhabin_by_polsek[ps].append(ds)
    for ps, n_extra in zip(polseks, extra):
        posts = [("staf", weighted(["Iptu", "AKP"], [3, 2]))]          # Kapolsek
        posts += [("samapta", None), ("reskrim", None), ("intelkam", None)]
        for f, n in zip(POLSEK_SHARES, largest_remainder(n_extra, list(POLSEK_SHARES.values()))):
            posts += [(f, None)] * n
        if n_extra >= 8:                                             # Kanit Reskrim / Wakapolsek
            posts[posts.index(("reskrim", None))] = ("reskrim", "Ipda")
            posts[posts.index(("staf", None))] = ("staf", weighted(["Ipda", "Iptu"], [2, 1]))
        for f, rank in posts:
            add_person(style, ps, f, rank or bintara(FUNCTION_WEIGHTS.get(f, W_GENERAL)))
        for ds in bhabin_by_polsek[ps]:
            add_person(style, ps, "bhabinkamtibmas", bintara(W_BHABIN), ds, female_p=0.03)

n_persons = write_csv("personnel.csv", ["nrp", "name", "rank", "function", "unit_code", "phone",
                                        "desa_binaan"],
                      [[p[k] for k in ("nrp", "name", "rank", "function", "unit_code", "phone",
                                       "desa_binaan")] for p in persons])

# --------------------------------------------------------------------------
# 2. partners.csv
# --------------------------------------------------------------------------
partners = []
for rc, (polres, _total, _hq, _brimob, style) in POLRES.items():
    kecs = sorted(kc for kc in desa_by_kec if kc[:5] == rc)
    # TNI Babinsa (Koramil of each kecamatan): one per desa or per two desa;
    # desa_code is the (first) desa they serve.
    for kc in kecs:
        ds = sorted(desa_by_kec[kc])
        i = 0
        while i < len(ds):
            span = min(weighted(*BABINSA_SPAN), len(ds) - i)
            rank = weighted(*TNI_RANKS)
            partners.append(["tni", tni_id(rank), make_name(style, False, mobile=True), rank,
                             polres, ds[i], phone()])
            i += span
    # Satpol PP and Dishub of the Pemkab: regency-wide.
    for force, posts, lo, hi, fem in (("satpol_pp", SATPOL_POSTS, 36, 44, 0.2),
                                      ("dishub", DISHUB_POSTS, 18, 22, 0.1)):
        n = rng.randint(lo, hi)
        titles = [t for t, k in posts for _ in range(k)]
        titles += ["Anggota"] * (n - len(titles))
        for t in titles:
            female = rng.random() < fem
            partners.append([force, nip(force, female, t.startswith("Kepala")),
                             make_name(style, female), t, polres, "", phone()])
    # Linmas: two per TPS of each desa/kelurahan.
    for kc in kecs:
        for d in sorted(desa_by_kec[kc]):
            for _ in range(LINMAS_PER_TPS * tps_by_desa[d]):
                female = rng.random() < 0.15
                partners.append(["linmas", nik(kc, female), make_name(style, female, unique=False),
                                 "", polres, d, phone() if rng.random() < 0.9 else ""])
n_partners = write_csv("partners.csv", ["force", "identifier", "name", "rank", "unit_code",
                                        "desa_code", "phone"], partners)

# --------------------------------------------------------------------------
# 3. items.csv
# --------------------------------------------------------------------------
items = []
serial_seq = Counter()
used_plates = set()


def serial(kind, rc):
    serial_seq[(kind, rc)] += 1
    return "%s-%s-%06d" % (SERIAL_PREFIX[kind], rc.replace(".", ""), serial_seq[(kind, rc)])


def condition(r=None):
    """Condition among existing items (shares relative to all required items)."""
    r = rng.random() * (1 - P_MISSING) if r is None else r
    if r < P_RINGAN:
        return "rusak_ringan"
    if r < P_RINGAN + P_BERAT:
        return "rusak_berat"
    if r < P_RINGAN + P_BERAT + P_HILANG:
        return "hilang"
    return "baik"


def plate(rc):
    while True:
        p = "%s-%04d" % (rc.replace(".", ""), rng.randint(1, 9999))
        if p not in used_plates:
            used_plates.add(p)
            return p


def service_date():
    return (date(2024, 1, 2) + timedelta(days=rng.randint(0, 320))).isoformat()


def fuel():
    r = rng.random()
    if r < 0.08:
        return rng.randint(3, 24)
    if r < 0.14:
        return rng.randint(25, 39)
    return rng.randint(40, 100)


def add_item(kind, rc, unit, holder="", cond=None):
    cond = cond or condition()
    row = [kind, serial(kind, rc), unit, holder, cond, "", "", "", ""]
    if kind in VEHICLES:
        km = rng.randint(4000, 90000) if kind == "kendaraan_r2" else rng.randint(12000, 240000)
        row[5:9] = [plate(rc), km, fuel(), service_date()]
    items.append(row)


SPARE_KINDS = ["rompi_anti_sayat", "senter", "ht", "helm", "borgol"]
for rc, (polres, *_rest) in POLRES.items():
    units_here = [polres] + polsek_by_polres[polres]
    for unit in units_here:
        staff = [p for p in persons if p["unit_code"] == unit]
        for kind, functions in REQUIRED_KIT.items():
            for p in staff:
                if p["function"] in functions:
                    r = rng.random()
                    if r < P_MISSING:
                        continue                                    # missing: no row
                    add_item(kind, rc, unit, p["nrp"], condition(r - P_MISSING))
        for p in staff:
            if p["function"] == "bhabinkamtibmas":
                add_item("kendaraan_r2", rc, unit, p["nrp"])
        if unit == polres:
            for _ in range(rng.randint(25, 40)):                    # Dalmas shields
                add_item("tameng", rc, unit)
            for kind in SPARE_KINDS:
                for _ in range(rng.randint(3, 8)):
                    add_item(kind, rc, unit)
            for _ in range(rng.randint(10, 20)):                    # Sat Lantas / Samapta patrol
                add_item("kendaraan_r2", rc, unit)
            for _ in range(rng.randint(13, 17)):
                add_item("kendaraan_r4", rc, unit)
        else:
            for _ in range(rng.randint(2, 5)):
                add_item(pick(SPARE_KINDS), rc, unit)
            for _ in range(rng.randint(2, 4)):
                add_item("kendaraan_r2", rc, unit)
            for _ in range(rng.randint(2, 3)):
                add_item("kendaraan_r4", rc, unit)
n_items = write_csv("items.csv", ["kind", "serial", "unit_code", "holder_nrp", "condition", "plate",
                                  "odometer_km", "fuel_percent", "service_date"], items)

# --------------------------------------------------------------------------
# Self-check: re-read the files and apply the importer's rules.
# --------------------------------------------------------------------------
import re

P = read("personnel.csv")
Q = read("partners.csv")
I = read("items.csv")
polres_of_unit = {}
for u in units:
    if u["level"] == "polres":
        polres_of_unit[u["code"]] = u["code"]
    elif u["level"] == "polsek":
        polres_of_unit[u["code"]] = u["parent_code"]

assert len({p["nrp"] for p in P}) == len(P)
assert len({p["name"] for p in P}) == len(P)
phones = [p["phone"] for p in P] + [q["phone"] for q in Q if q["phone"]]
assert len(set(phones)) == len(phones)
covered = Counter()
for p in P:
    assert re.fullmatch(r"\d{8}", p["nrp"]) and 1 <= int(p["nrp"][2:4]) <= 12, p
    assert p["rank"] in RANKS and p["function"] in FUNCTIONS and p["unit_code"] in polres_of_unit, p
    assert p["name"] and "," not in p["name"]
    assert re.fullmatch(r"08\d{9,10}", p["phone"]), p
    ds = [d for d in p["desa_binaan"].split(";") if d]
    assert bool(ds) == (p["function"] == "bhabinkamtibmas"), p
    for d in ds:
        assert region_level.get(d) in ("desa", "kelurahan"), p
        assert polsek_of_kec[d[:8]] == p["unit_code"], p
        covered[d] += 1
    assert len(ds) <= 3 and len({d[:8] for d in ds}) <= 1, p
all_desa = {d for ds in desa_by_kec.values() for d in ds}
assert set(covered) == all_desa and all(n == 1 for n in covered.values())
for polres in (v[0] for v in POLRES.values()):
    assert sum(1 for p in P if polres_of_unit[p["unit_code"]] == polres and p["rank"] == "AKBP") == 1
for p in P:
    if p["unit_code"].startswith("POLSEK-"):
        assert p["function"] not in ("lantas", "brimob", "binmas", "propam"), p

ids = defaultdict(set)
for q in Q:
    assert q["force"] in FORCES and unit_by_code[q["unit_code"]]["level"] == "polres", q
    assert q["identifier"] not in ids[q["force"]], q
    ids[q["force"]].add(q["identifier"])
    if q["force"] in ("tni", "linmas"):
        assert region_level.get(q["desa_code"]) in ("desa", "kelurahan"), q
        assert q["desa_code"][:5] == unit_by_code[q["unit_code"]]["region_codes"], q
    else:
        assert q["desa_code"] == "", q
    if q["force"] == "tni":
        assert re.fullmatch(r"\d{8,10}", q["identifier"]) and q["rank"], q
    if q["force"] == "linmas":
        assert re.fullmatch(r"\d{16}", q["identifier"]) and q["rank"] == "", q
        assert q["identifier"][:6] == q["desa_code"][:8].replace(".", ""), q
        assert 1 <= int(q["identifier"][6:8]) % 40 <= 31, q
    if q["force"] in ("satpol_pp", "dishub"):
        assert re.fullmatch(r"\d{18}", q["identifier"]), q
linmas_per_desa = Counter(q["desa_code"] for q in Q if q["force"] == "linmas")
assert all(linmas_per_desa[d] == LINMAS_PER_TPS * n for d, n in tps_by_desa.items())

nrp_unit = {p["nrp"]: p["unit_code"] for p in P}
assert len({i["serial"] for i in I}) == len(I)
plates = [i["plate"] for i in I if i["plate"]]
assert len(set(plates)) == len(plates)
for i in I:
    assert i["kind"] in KINDS and i["condition"] in CONDITIONS and i["unit_code"] in polres_of_unit, i
    if i["holder_nrp"]:
        assert i["holder_nrp"] in nrp_unit, i
        assert polres_of_unit[nrp_unit[i["holder_nrp"]]] == polres_of_unit[i["unit_code"]], i
    if i["kind"] in VEHICLES:
        assert i["plate"] and 0 <= int(i["fuel_percent"]) <= 100 and int(i["odometer_km"]) >= 0, i
        assert date.fromisoformat(i["service_date"]).year == 2024, i
    else:
        assert not (i["plate"] or i["fuel_percent"] or i["odometer_km"] or i["service_date"]), i
held = {(i["holder_nrp"], i["kind"]) for i in I if i["holder_nrp"]}
for p in P:
    if p["function"] == "bhabinkamtibmas":
        assert (p["nrp"], "kendaraan_r2") in held, p

# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------
print("Siaga demo roster written to", OUT)
print("  personnel.csv %6d rows, partners.csv %6d rows, items.csv %6d rows" % (n_persons, n_partners,
                                                                               n_items))
required_total = Counter()
required_rows = Counter()
for rc, (polres, total, *_rest) in POLRES.items():
    mine = [p for p in P if polres_of_unit[p["unit_code"]] == polres]
    hq_size, polsek_posts, n_bhabin = plan_report[polres]
    assert len(mine) == total, (polres, len(mine), total)
    fn = Counter(p["function"] for p in mine)
    rk = Counter(p["rank"] for p in mine)
    desa = [d for d in all_desa if d[:5] == rc]
    multi = sum(1 for p in mine if p["desa_binaan"].count(";") >= 1)
    print("%s (%s): %d Polri = HQ %d + Polsek %d + Bhabinkamtibmas %d" % (
        polres, rc, len(mine), hq_size, polsek_posts, n_bhabin))
    print("  desa/kelurahan %d (desa %d, kelurahan %d), Bhabinkamtibmas serving 2-3: %d (%.0f %%)" % (
        len(desa), sum(1 for d in desa if region_level[d] == "desa"),
        sum(1 for d in desa if region_level[d] == "kelurahan"), multi, 100.0 * multi / n_bhabin))
    print("  functions: " + ", ".join("%s %d" % (f, fn[f]) for f in FUNCTIONS if fn[f]))
    print("  ranks: " + ", ".join("%s %d" % (r, rk[r]) for r in RANKS if rk[r]))
    fq = Counter(q["force"] for q in Q if q["unit_code"] == polres)
    print("  partners: " + ", ".join("%s %d" % (f, fq[f]) for f in FORCES))
    mi = [i for i in I if polres_of_unit[i["unit_code"]] == polres]
    ki = Counter(i["kind"] for i in mi)
    print("  items: " + ", ".join("%s %d" % (k, ki[k]) for k in KINDS))
    ci = Counter(i["condition"] for i in mi)
    print("  conditions: " + ", ".join("%s %d" % (c, ci[c]) for c in CONDITIONS))
    veh = [i for i in mi if i["kind"] in VEHICLES]
    low = sum(1 for i in veh if int(i["fuel_percent"]) < 25)
    print("  vehicles %d, fuel under 25 %%: %d" % (len(veh), low))
    for p in mine:
        for kind, functions in REQUIRED_KIT.items():
            if p["function"] in functions:
                required_total[polres] += 1
                required_rows[polres] += (p["nrp"], kind) in held
    print("  required personal kit: %d items, %d missing (%.1f %%)" % (
        required_total[polres], required_total[polres] - required_rows[polres],
        100.0 * (required_total[polres] - required_rows[polres]) / required_total[polres]))
print("all checks passed")
