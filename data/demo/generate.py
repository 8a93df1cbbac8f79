#!/usr/bin/env python3
"""Generate the Siaga demo data set (data/demo/*).

Standard library only, deterministic (random.Random(20241127)).
Reads the shared wilayah data (real public data, see its README.md) and
writes the CSV / GeoJSON / README files next to this script.

Usage:  python3 data/demo/generate.py
"""

import csv
import io
import json
import math
import random
from collections import Counter, OrderedDict, defaultdict
from pathlib import Path

SEED = 20241127
OUT = Path(__file__).resolve().parent


def find_src():
    try:
        cand = Path(__file__).resolve().parents[3] / "shared/data/wilayah"
        if (cand / "villages.csv").exists():
            return cand
    except IndexError:
        pass
    return Path("/work/shared/data/wilayah")


SRC = find_src()
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# Fixed inputs (published figures, see shared/data/wilayah/README.md, key N)
# --------------------------------------------------------------------------
REGENCIES = OrderedDict([
    # code: (short name, polres code, polda code, seat kecamatan name)
    ("33.20", ("Jepara", "POLRES-JEPARA", "POLDA-JATENG", "Jepara")),
    ("35.09", ("Jember", "POLRES-JEMBER", "POLDA-JATIM", "Kaliwates")),
    ("53.03", ("Timor Tengah Utara", "POLRES-TTU", "POLDA-NTT", "Kota Kefamenanu")),
    ("73.07", ("Sinjai", "POLRES-SINJAI", "POLDA-SULSEL", "Sinjai Utara")),
])
POLDA = OrderedDict([
    ("POLDA-JATENG", ("Polda Jawa Tengah", "33")),
    ("POLDA-JATIM", ("Polda Jawa Timur", "35")),
    ("POLDA-SULSEL", ("Polda Sulawesi Selatan", "73")),
    ("POLDA-NTT", ("Polda Nusa Tenggara Timur", "53")),
])
MABES = ("MABES", "Mabes Polri", -6.2406, 106.7989)

# Pemilu 2024 TPS totals (K, checked against N) and Pilkada 2024 TPS totals (N)
PEMILU_TPS = {"33.20": 3490, "35.09": 7706, "73.07": 830, "53.03": 774}
PILKADA_TPS_KNOWN = {"33.20": 1753, "35.09": 4046, "73.07": 427}
_known = sorted(PILKADA_TPS_KNOWN)
TTU_RATIO_NUM = sum(PILKADA_TPS_KNOWN[c] for c in _known)
TTU_RATIO_DEN = sum(PEMILU_TPS[c] for c in _known)
TTU_TPS_ESTIMATE = round(PEMILU_TPS["53.03"] * TTU_RATIO_NUM / TTU_RATIO_DEN)
PILKADA_TPS = dict(PILKADA_TPS_KNOWN)
PILKADA_TPS["53.03"] = TTU_TPS_ESTIMATE

# Voters (DPT) per regency
JEPARA_PEMILU_DPT = 914996
JEPARA_FACTOR = 0.99
TTU_VOTERS_PER_PEMILU_TPS = 250
VOTERS = {
    "33.20": round(JEPARA_PEMILU_DPT * JEPARA_FACTOR),          # estimate
    "35.09": 1955219,                                            # published
    "73.07": 197158,                                             # published
    "53.03": TTU_VOTERS_PER_PEMILU_TPS * PEMILU_TPS["53.03"],    # estimate
}
VOTERS_PUBLISHED = {"35.09", "73.07"}
MAX_VOTERS_PER_TPS = 600
LOKSUS_WEIGHT = 0.4           # TPS lokasi khusus get fewer voters
MAX_SPREAD = 0.2              # max +/- relative variation of voters per TPS
NO_POLYGON_JITTER_M = 500.0
GENERATED_NOTE = "lokasi dihasilkan (generated position)"


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def read_csv(name):
    with open(SRC / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_geojson(name):
    with open(SRC / name, encoding="utf-8") as f:
        return json.load(f)


def fmt(x):
    return "%.6f" % x


def write_csv(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, r)
        cells = ["" if v is None else str(v) for v in r]
        for c in cells:
            assert c == c.strip() and "\n" not in c and "\r" not in c, (name, r)
        w.writerow(cells)
    (OUT / name).write_text(buf.getvalue(), encoding="utf-8", newline="")
    return len(rows)


def polygons_of(geom):
    """Return list of polygons, each a list of rings [[lon,lat],...]."""
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return list(geom["coordinates"])
    raise ValueError(geom["type"])


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y):
            xc = (xj - xi) * (y - yi) / (yj - yi) + xi
            if x < xc:
                inside = not inside
        j = i
    return inside


def point_in_geom(lon, lat, polys):
    for rings in polys:
        if point_in_ring(lon, lat, rings[0]) and not any(
                point_in_ring(lon, lat, h) for h in rings[1:]):
            return True
    return False


def bbox(polys):
    xs = [p[0] for rings in polys for p in rings[0]]
    ys = [p[1] for rings in polys for p in rings[0]]
    return min(xs), min(ys), max(xs), max(ys)


def random_point_in(polys, bb, max_tries=200000):
    """Uniform point inside the (multi)polygon by rejection sampling in its
    bbox; the 6-decimal rounded point is re-tested so that the written value
    is inside as well."""
    x0, y0, x1, y1 = bb
    for _ in range(max_tries):
        lon = round(rng.uniform(x0, x1), 6)
        lat = round(rng.uniform(y0, y1), 6)
        if point_in_geom(lon, lat, polys):
            return lat, lon
    raise RuntimeError("rejection sampling failed")


def jitter(lat, lon, max_m):
    r = max_m * math.sqrt(rng.random())
    a = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(a) / 111320.0
    dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def haversine_m(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371008.8 * math.asin(math.sqrt(a))


def largest_remainder(total, weights, minimum=0):
    """Integers summing to `total`, proportional to weights, each >= minimum.
    Deterministic: ties broken by index."""
    n = len(weights)
    assert total >= minimum * n
    wsum = float(sum(weights))
    quotas = [total * w / wsum for w in weights]
    alloc = [max(minimum, int(math.floor(q))) for q in quotas]
    diff = total - sum(alloc)
    rema = [q - math.floor(q) for q in quotas]
    if diff > 0:
        order = sorted(range(n), key=lambda i: (-rema[i], i))
        k = 0
        while diff > 0:
            alloc[order[k % n]] += 1
            diff -= 1
            k += 1
    elif diff < 0:
        # take from those furthest above their quota first
        while diff < 0:
            cands = [i for i in range(n) if alloc[i] > minimum]
            i = max(cands, key=lambda i: (alloc[i] - quotas[i], -i))
            alloc[i] -= 1
            diff += 1
    assert sum(alloc) == total
    return alloc


def capped_apportion(total, weights, cap):
    """Integers summing to `total`, roughly proportional to weights, each
    <= cap (iterative water-filling, then largest remainder)."""
    n = len(weights)
    assert total <= cap * n, (total, n)
    fixed = {}
    free = list(range(n))
    while True:
        rest = total - cap * len(fixed)
        wsum = sum(weights[i] for i in free)
        over = [i for i in free if rest * weights[i] / wsum > cap]
        if not over:
            break
        for i in over:
            fixed[i] = cap
        free = [i for i in free if i not in fixed]
    rest = total - cap * len(fixed)
    wsum = sum(weights[i] for i in free)
    quotas = {i: rest * weights[i] / wsum for i in free}
    alloc = [0] * n
    for i in fixed:
        alloc[i] = cap
    for i in free:
        alloc[i] = int(math.floor(quotas[i]))
    diff = total - sum(alloc)
    order = sorted(free, key=lambda i: (-(quotas[i] - math.floor(quotas[i])), i))
    k = 0
    while diff > 0:
        i = order[k % len(order)]
        if alloc[i] < cap:
            alloc[i] += 1
            diff -= 1
        k += 1
    assert sum(alloc) == total and max(alloc) <= cap
    return alloc


# --------------------------------------------------------------------------
# Load sources
# --------------------------------------------------------------------------
villages = read_csv("villages.csv")
districts = read_csv("districts.csv")
regencies_src = read_csv("regencies.csv")
stations = read_csv("police_stations.csv")
vgeo = read_geojson("villages.geojson")
dgeo = read_geojson("districts.geojson")
rgeo = read_geojson("regencies.geojson")

assert len(villages) == 716 and len(districts) == 80 and len(regencies_src) == 4

reg_by_code = {r["code"]: r for r in regencies_src}
dist_by_code = {d["code"]: d for d in districts}
vill_by_code = {v["code"]: v for v in villages}
vpoly = {}
vbbox = {}
for f in vgeo["features"]:
    c = f["properties"]["code"]
    vpoly[c] = polygons_of(f["geometry"])
    vbbox[c] = bbox(vpoly[c])

villages.sort(key=lambda v: v["code"])
districts.sort(key=lambda d: d["code"])
vill_by_dist = defaultdict(list)
for v in villages:
    vill_by_dist[v["district_code"]].append(v)
dist_by_reg = defaultdict(list)
for d in districts:
    dist_by_reg[d["regency_code"]].append(d)

seat = {}
for rc, (_, _, _, seat_name) in REGENCIES.items():
    m = [d for d in dist_by_reg[rc] if d["name"] == seat_name]
    assert len(m) == 1, (rc, seat_name)
    seat[rc] = m[0]


def dist_centroid(dc):
    d = dist_by_code[dc]
    return float(d["lat"]), float(d["lon"])


# --------------------------------------------------------------------------
# 1. regions.csv
# --------------------------------------------------------------------------
prov_names = {}
for v in villages:
    prov_names[v["province_code"]] = v["province_name"]

region_rows = []
region_latlon = {}
no_coord_villages = []
for pc in sorted(prov_names):
    regs = [r for r in regencies_src if r["province_code"] == pc]
    lat = sum(float(r["lat"]) for r in regs) / len(regs)
    lon = sum(float(r["lon"]) for r in regs) / len(regs)
    region_rows.append((pc, prov_names[pc], "provinsi", fmt(lat), fmt(lon)))
    region_latlon[pc] = (lat, lon)
for r in sorted(regencies_src, key=lambda r: r["code"]):
    region_rows.append((r["code"], r["name"], "kabupaten", fmt(float(r["lat"])), fmt(float(r["lon"]))))
    region_latlon[r["code"]] = (float(r["lat"]), float(r["lon"]))
for d in districts:
    region_rows.append((d["code"], d["name"], "kecamatan", fmt(float(d["lat"])), fmt(float(d["lon"]))))
    region_latlon[d["code"]] = (float(d["lat"]), float(d["lon"]))
for v in villages:
    assert v["kind"] in ("desa", "kelurahan")
    if v["lat"] and v["lon"]:
        lat, lon = float(v["lat"]), float(v["lon"])
    else:
        lat, lon = dist_centroid(v["district_code"])
        no_coord_villages.append(v["code"])
    region_rows.append((v["code"], v["name"], v["kind"], fmt(lat), fmt(lon)))
    region_latlon[v["code"]] = (lat, lon)
assert no_coord_villages == ["53.03.06.1015"], no_coord_villages
n_regions = write_csv("regions.csv", ["code", "name", "level", "lat", "lon"], region_rows)

# --------------------------------------------------------------------------
# 2. regions.geojson
# --------------------------------------------------------------------------
features = []
for src in (rgeo, dgeo, vgeo):
    for f in sorted(src["features"], key=lambda f: f["properties"]["code"]):
        features.append({"type": "Feature",
                         "properties": {"code": f["properties"]["code"]},
                         "geometry": f["geometry"]})
with open(OUT / "regions.geojson", "w", encoding="utf-8", newline="") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f,
              ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
n_features = len(features)

# --------------------------------------------------------------------------
# 3. units.csv
# --------------------------------------------------------------------------
polsek_names = {}
polres_names = {}
for s in stations:
    if s["unit_type"] == "Polsek":
        assert s["district_code"] not in polsek_names
        polsek_names[s["district_code"]] = s["name"]
    elif s["unit_type"] == "Polres":
        polres_names[s["regency_code"]] = s["name"].split(" (")[0]

unit_rows = [(MABES[0], MABES[1], "mabes", "", "", fmt(MABES[2]), fmt(MABES[3]))]
unit_latlon = {MABES[0]: (MABES[2], MABES[3])}
for code, (name, pc) in POLDA.items():
    lat, lon = region_latlon[pc]
    unit_rows.append((code, name, "polda", "MABES", pc, fmt(lat), fmt(lon)))
    unit_latlon[code] = (lat, lon)
polres_of = {}
for rc, (short, polres, polda, _) in REGENCIES.items():
    lat, lon = dist_centroid(seat[rc]["code"])
    unit_rows.append((polres, polres_names[rc], "polres", polda, rc, fmt(lat), fmt(lon)))
    unit_latlon[polres] = (lat, lon)
    polres_of[rc] = polres
polsek_generated_names = []
polsek_code = {}
for rc in REGENCIES:
    for d in dist_by_reg[rc]:
        code = "POLSEK-" + d["code"]
        name = polsek_names.get(d["code"])
        if name is None:
            name = "Polsek " + d["name"]
            polsek_generated_names.append(d["code"])
        lat, lon = dist_centroid(d["code"])
        unit_rows.append((code, name, "polsek", polres_of[rc], d["code"], fmt(lat), fmt(lon)))
        unit_latlon[code] = (lat, lon)
        polsek_code[d["code"]] = code
n_units = write_csv("units.csv", ["code", "name", "level", "parent_code", "region_codes", "lat", "lon"], unit_rows)

# --------------------------------------------------------------------------
# 4. tps.csv
# --------------------------------------------------------------------------
tps_rows = []
tps_by_reg = Counter()
loksus_by_reg = Counter()
voters_by_reg = Counter()
tps_records = []  # (code, desa_code, regency, district, number, loksus)
for rc in REGENCIES:
    vs = [v for v in villages if v["regency_code"] == rc]
    assert sum(int(v["tps_count"]) for v in vs) == PEMILU_TPS[rc]
    loks = [int(v["tps_loksus"]) for v in vs]
    regular = [int(v["tps_count"]) - l for v, l in zip(vs, loks)]
    assert min(regular) >= 1
    target_regular = PILKADA_TPS[rc] - sum(loks)
    alloc = largest_remainder(target_regular, regular, minimum=1)
    for v, n_reg, n_lok in zip(vs, alloc, loks):
        numbers = [(i, False) for i in range(1, n_reg + 1)] + \
                  [(900 + i, True) for i in range(1, n_lok + 1)]
        for num, is_lok in numbers:
            code = v["code"].replace(".", "") + "%03d" % num
            tps_records.append([code, v["code"], rc, v["district_code"], num, is_lok])
            tps_by_reg[rc] += 1
            if is_lok:
                loksus_by_reg[rc] += 1
    assert tps_by_reg[rc] == PILKADA_TPS[rc], (rc, tps_by_reg[rc])

# voters: Sinjai per kecamatan (published), others per regency
voters = [0] * len(tps_records)
groups = defaultdict(list)
sinjai_dpt_kec = {d["code"]: int(d["dpt_pilkada2024"]) for d in districts if d["dpt_pilkada2024"]}
assert sum(sinjai_dpt_kec.values()) == VOTERS["73.07"]
for i, r in enumerate(tps_records):
    groups[r[3] if r[2] == "73.07" else r[2]].append(i)
for g, idx in sorted(groups.items()):
    total = sinjai_dpt_kec[g] if g.startswith("73.07.") else VOTERS[g]
    # seeded variation of +/-20 %, narrowed where the mean is close to the
    # 600 cap so that few TPS end up exactly at the cap
    eff = sum(LOKSUS_WEIGHT if tps_records[i][5] else 1.0 for i in idx)
    mean_regular = total / eff
    spread = max(0.03, min(MAX_SPREAD, 0.99 * MAX_VOTERS_PER_TPS / mean_regular - 1.0))
    weights = [rng.uniform(1 - spread, 1 + spread) * (LOKSUS_WEIGHT if tps_records[i][5] else 1.0)
               for i in idx]
    alloc = capped_apportion(total, weights, MAX_VOTERS_PER_TPS)
    for i, a in zip(idx, alloc):
        voters[i] = a

for rec, nv in zip(tps_records, voters):
    code, dc, rc, kc, num, is_lok = rec
    if dc in vpoly:
        lat, lon = random_point_in(vpoly[dc], vbbox[dc])
    else:
        clat, clon = dist_centroid(kc)
        lat, lon = jitter(clat, clon, NO_POLYGON_JITTER_M)
    rec.extend([lat, lon, nv])
    voters_by_reg[rc] += nv
    tps_rows.append((code, num, dc, fmt(lat), fmt(lon), nv,
                     "TPS %d %s" % (num, vill_by_code[dc]["name"])))
n_tps = write_csv("tps.csv", ["code", "number", "desa_code", "lat", "lon", "voters", "address"], tps_rows)

# --------------------------------------------------------------------------
# 5. objects.csv
# --------------------------------------------------------------------------
def random_point_in_kecamatan(kc):
    cands = [v["code"] for v in vill_by_dist[kc] if v["code"] in vpoly]
    dc = rng.choice(cands)
    lat, lon = random_point_in(vpoly[dc], vbbox[dc])
    return lat, lon, dc


object_rows = []
object_points = []
for rc, (short, _, _, _) in REGENCIES.items():
    sk = seat[rc]["code"]
    for kind, name in (("kpu_office", "Kantor KPU Kabupaten %s" % short),
                       ("kpu_warehouse", "Gudang Logistik KPU Kabupaten %s" % short),
                       ("bawaslu_office", "Kantor Bawaslu Kabupaten %s" % short)):
        lat, lon, dc = random_point_in_kecamatan(sk)
        object_rows.append((kind, name, fmt(lat), fmt(lon), dc, GENERATED_NOTE))
        object_points.append((lat, lon, dc))
    for d in dist_by_reg[rc]:
        lat, lon, dc = random_point_in_kecamatan(d["code"])
        object_rows.append(("ppk", "PPK %s" % d["name"], fmt(lat), fmt(lon), dc, GENERATED_NOTE))
        object_points.append((lat, lon, dc))
    # crowd points: the seat's alun-alun and a campaign field in the kecamatan
    # with the most Pemilu 2024 TPS outside the seat (names illustrative)
    lat, lon, dc = random_point_in_kecamatan(sk)
    town = "Kefamenanu" if rc == "53.03" else short
    object_rows.append(("crowd_point", "Alun-alun %s" % town, fmt(lat), fmt(lon), dc,
                        GENERATED_NOTE + "; nama ilustratif (illustrative name)"))
    object_points.append((lat, lon, dc))
    other = max((d for d in dist_by_reg[rc] if d["code"] != sk),
                key=lambda d: (int(d["tps_count_pemilu2024"]), d["code"]))
    lat, lon, dc = random_point_in_kecamatan(other["code"])
    object_rows.append(("crowd_point", "Lapangan Kampanye %s" % other["name"], fmt(lat), fmt(lon), dc,
                        GENERATED_NOTE + "; nama ilustratif (illustrative name)"))
    object_points.append((lat, lon, dc))
n_objects = write_csv("objects.csv", ["kind", "name", "lat", "lon", "desa_code", "notes"], object_rows)

# --------------------------------------------------------------------------
# 6. elections.csv
# --------------------------------------------------------------------------
VOTING_DATE = "2024-11-27"
election_rows = []
for pc in sorted(prov_names):
    election_rows.append(("PILGUB-%s-2024" % pc,
                          "Pemilihan Gubernur dan Wakil Gubernur %s 2024" % prov_names[pc],
                          "gubernur", pc, VOTING_DATE))
for rc in sorted(REGENCIES):
    election_rows.append(("PILBUP-%s-2024" % rc,
                          "Pemilihan Bupati dan Wakil Bupati %s 2024" % REGENCIES[rc][0],
                          "bupati", rc, VOTING_DATE))
n_elections = write_csv("elections.csv", ["code", "name", "kind", "region_code", "voting_date"], election_rows)

# --------------------------------------------------------------------------
# 7. stages.csv (PKPU 2/2024; only stages with sourced dates, brief.md s.3)
# --------------------------------------------------------------------------
STAGES = [
    ("pendaftaran_pemantau", "Pendaftaran pemantau pemilihan", "Registration of election monitors",
     "2024-02-27", "2024-11-16",
     "Pendataan lembaga pemantau dan koordinasi rutin dengan KPU dan Bawaslu sebagai bagian deteksi dini.",
     "Record accredited monitoring groups and keep routine liaison with KPU and Bawaslu as part of early detection."),
    ("pembentukan_badan_adhoc", "Pembentukan PPK, PPS dan KPPS", "Formation of PPK, PPS and KPPS",
     "2024-04-17", "2024-11-05",
     "Deteksi dini oleh Intelkam dan Bhabinkamtibmas atas keberatan atau protes terhadap rekrutmen badan ad hoc.",
     "Intelkam and Bhabinkamtibmas watch for objections or protests against the recruitment of ad hoc election bodies."),
    ("penyerahan_dp4", "Penyerahan DP4 kepada KPU", "DP4 (potential-voter data) handed to KPU",
     "2024-04-24", "2024-05-31",
     "Koordinasi dengan KPU dan pemda serta pemantauan hoaks terkait data pemilih.",
     "Liaise with KPU and local government and monitor hoaxes about voter data."),
    ("syarat_dukungan_perseorangan", "Pengumuman dan penyerahan syarat dukungan calon perseorangan",
     "Support requirements for independent candidates",
     "2024-05-05", "2024-08-19",
     "Pengamanan penyerahan berkas dukungan di kantor KPU dan deteksi dini dukungan ganda atau palsu.",
     "Secure the hand-over of support documents at the KPU office and watch for duplicate or forged support."),
    ("pemutakhiran_data_pemilih", "Pemutakhiran dan penyusunan daftar pemilih",
     "Voter-list updating and compilation",
     "2024-05-31", "2024-09-23",
     "Bhabinkamtibmas memantau keberatan atas daftar pemilih dan pleno penetapan DPS/DPT di tingkat PPS, PPK dan KPU.",
     "Bhabinkamtibmas monitor objections to the voter list and the DPS/DPT plenaries at PPS, PPK and KPU level."),
    ("coklit", "Pencocokan dan penelitian (coklit) data pemilih", "Door-to-door voter verification (coklit)",
     "2024-06-24", "2024-07-24",
     "Bhabinkamtibmas mendampingi pantarlih di wilayah rawan melalui sambang door to door.",
     "Bhabinkamtibmas accompany voter-list officers in vulnerable areas during door-to-door visits."),
    ("pengumuman_pendaftaran", "Pengumuman pendaftaran pasangan calon", "Candidate registration announcement",
     "2024-08-24", "2024-08-26",
     "Cipta kondisi dan cooling system dengan tokoh masyarakat; Operasi Mantap Praja kewilayahan Polda berjalan.",
     "Condition-setting and cooling-system talks with community leaders; the Polda-run Operasi Mantap Praja is under way."),
    ("pendaftaran_paslon", "Pendaftaran pasangan calon", "Candidate registration",
     "2024-08-27", "2024-08-29",
     "Pengamanan terbuka kantor KPU dan arak-arakan pendukung serta pengaturan lalu lintas; layanan SKCK bakal calon.",
     "Open guarding of the KPU office and supporter convoys with traffic control; SKCK certificates for prospective candidates."),
    ("verifikasi_syarat", "Penelitian persyaratan calon", "Verification of candidate requirements",
     "2024-08-27", "2024-09-21",
     "Penjagaan kantor KPU dan Bawaslu serta deteksi dini penolakan hasil verifikasi.",
     "Guard the KPU and Bawaslu offices and watch for rejection of verification results."),
    ("penetapan_paslon", "Penetapan pasangan calon", "Determination of candidate pairs",
     "2024-09-22", "2024-09-22",
     "Pengamanan pleno penetapan di KPU; Dalmas Awal siaga untuk unjuk rasa pendukung bakal calon yang tidak lolos.",
     "Secure the KPU determination plenary with Dalmas Awal on standby for protests by supporters of rejected hopefuls."),
    ("pengundian_nomor_urut", "Pengundian dan penetapan nomor urut pasangan calon", "Ballot-number draw",
     "2024-09-23", "2024-09-23",
     "Sterilisasi lokasi pengundian dan pemisahan massa pendukung; Dalmas siaga untuk mencegah bentrokan.",
     "Sweep the draw venue and keep supporter groups apart with Dalmas on standby to prevent clashes."),
    ("kampanye", "Kampanye", "Campaign",
     "2024-09-25", "2024-11-23",
     "Pengamanan kampanye terbuka dan pengawalan paslon, patroli dialogis, pengawasan APK, politik uang dan ujaran kebencian bersama Gakkumdu.",
     "Secure open campaign events and escort candidates with dialogic patrols and watch campaign props, vote buying and hate speech with Gakkumdu."),
    ("masa_tenang", "Masa tenang", "Quiet period",
     "2024-11-24", "2024-11-26",
     "Patroli skala besar tiga pilar dan KRYD ke KPU, Bawaslu, PPK dan gudang logistik; pengawalan distribusi logistik ke PPK dan PPS tanpa pengiriman malam.",
     "Large-scale three-pillar patrols and KRYD at KPU, Bawaslu, PPK and warehouses; escort logistics to PPK and PPS with no night deliveries."),
    ("pemungutan_suara", "Pemungutan suara", "Voting day",
     "2024-11-27", "2024-11-27",
     "Pengamanan TPS sesuai pola per kelas kerawanan (minimal 2 personel dengan 2 Linmas per TPS) dengan cadangan BKO Brimob siaga.",
     "Guard polling stations by vulnerability class (at least 2 officers with 2 Linmas per TPS) with BKO Brimob reserves on standby."),
    ("penghitungan_rekapitulasi", "Penghitungan suara dan rekapitulasi berjenjang",
     "Counting and tiered recapitulation",
     "2024-11-27", "2024-12-16",
     "Pengawalan kotak suara TPS ke PPS, PPK dan gudang KPU; penjagaan pleno rekapitulasi dengan eskalasi Sispamkota hijau, kuning, merah bila ada penolakan hasil.",
     "Escort ballot boxes from TPS to PPS, PPK and the KPU warehouse; guard recap plenaries with Sispamkota green, yellow, red escalation if results are rejected."),
    ("pelantikan", "Pelantikan kepala daerah (serentak)", "Joint inauguration of regional heads",
     "2025-02-20", "2025-02-20",
     "Cipta kondisi pasca-penetapan dan pemantauan sengketa di MK serta potensi PSU hingga pelantikan.",
     "Post-determination condition-setting and monitoring of Constitutional Court disputes and possible re-votes until inauguration."),
]
STAGES.sort(key=lambda s: (s[3], s[4]))
n_stages = write_csv("stages.csv", ["code", "name_id", "name_en", "starts_on", "ends_on", "posture_id", "posture_en"], STAGES)

# --------------------------------------------------------------------------
# 8. candidates.csv (placeholders only)
# --------------------------------------------------------------------------
cand_rows = []
for code, _name, kind, _rc, _d in election_rows:
    office = "Gubernur" if kind == "gubernur" else "Bupati"
    n = rng.choice((2, 3))
    letters = list("ABCDEFGH")
    rng.shuffle(letters)
    for i in range(1, n + 1):
        k = rng.choice((1, 2, 3))
        parties = ";".join("Partai Contoh %s" % letters.pop() for _ in range(k))
        cand_rows.append((code, i, "Calon %s %d (contoh)" % (office, i),
                          "Calon Wakil %s %d (contoh)" % (office, i), parties))
n_candidates = write_csv("candidates.csv", ["election_code", "number", "head_name", "deputy_name", "parties"], cand_rows)

# --------------------------------------------------------------------------
# 9. accounts.csv
# --------------------------------------------------------------------------
K_KALIWATES = polsek_code[seat["35.09"]["code"]]
K_JEPARA = polsek_code[seat["33.20"]["code"]]
K_SINJAI_TIMUR = "POLSEK-73.07.03"
K_KEFAMENANU = polsek_code[seat["53.03"]["code"]]
K_SILO = "POLSEK-35.09.30"
ACCOUNTS = [
    ("admin", "admin", "MABES"),
    ("jatim.pimpinan", "pimpinan", "POLDA-JATIM"),
    ("jember.pimpinan", "pimpinan", "POLRES-JEMBER"),
    ("jember.ops", "ops", "POLRES-JEMBER"),
    ("jember.ren", "ren", "POLRES-JEMBER"),
    ("jember.intelkam", "intelkam", "POLRES-JEMBER"),
    ("jember.binmas", "binmas", "POLRES-JEMBER"),
    ("jember.kapolsek.kaliwates", "kapolsek", K_KALIWATES),
    ("jember.officer", "officer", K_KALIWATES),
    ("jember.kapolsek.silo", "kapolsek", K_SILO),
    ("jember.officer.silo", "officer", K_SILO),
    ("jember.partner", "partner", "POLRES-JEMBER"),
    ("jepara.pimpinan", "pimpinan", "POLRES-JEPARA"),
    ("jepara.ops", "ops", "POLRES-JEPARA"),
    ("jepara.kapolsek.jepara", "kapolsek", K_JEPARA),
    ("sinjai.ops", "ops", "POLRES-SINJAI"),
    ("sinjai.kapolsek.sinjaitimur", "kapolsek", K_SINJAI_TIMUR),
    ("ttu.ops", "ops", "POLRES-TTU"),
    ("ttu.kapolsek.kefamenanu", "kapolsek", K_KEFAMENANU),
]
account_rows = [(u, "%s-Demo-2024" % r.capitalize(), r, unit) for u, r, unit in ACCOUNTS]
n_accounts = write_csv("accounts.csv", ["username", "password", "role", "unit_code"], account_rows)

# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------
def reread(name):
    with open(OUT / name, newline="", encoding="utf-8") as f:
        text = f.read()
    assert "\r" not in text and text.endswith("\n"), name
    for line in text.split("\n"):
        assert line == line.rstrip(" \t"), (name, line)
    return list(csv.DictReader(io.StringIO(text)))


R = reread("regions.csv")
region_codes = [r["code"] for r in R]
assert len(region_codes) == len(set(region_codes)) == 4 + 4 + 80 + 716
LEVELS = {"provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"}
seen = set()
for r in R:
    assert r["level"] in LEVELS
    parent = r["code"].rsplit(".", 1)[0] if "." in r["code"] else None
    if parent:
        assert parent in seen, ("parent order", r["code"])
    seen.add(r["code"])
    float(r["lat"]), float(r["lon"])

G = json.loads((OUT / "regions.geojson").read_text(encoding="utf-8"))
gcodes = [f["properties"]["code"] for f in G["features"]]
assert len(gcodes) == len(set(gcodes)) == 4 + 80 + 715
assert set(gcodes) <= set(region_codes)
assert all(list(f["properties"].keys()) == ["code"] for f in G["features"])
assert set(region_codes) - set(gcodes) == {"33", "35", "53", "73", "53.03.06.1015"}

U = reread("units.csv")
ucodes = [u["code"] for u in U]
assert len(ucodes) == len(set(ucodes)) == 1 + 4 + 4 + 80
useen = set()
for u in U:
    assert u["level"] in {"mabes", "polda", "polres", "polsek"}
    if u["parent_code"]:
        assert u["parent_code"] in useen, u
    else:
        assert u["level"] == "mabes"
    useen.add(u["code"])
    for rcode in filter(None, u["region_codes"].split(";")):
        assert rcode in seen, u

T = reread("tps.csv")
tcodes = [t["code"] for t in T]
assert len(tcodes) == len(set(tcodes))
tot_tps = Counter()
tot_voters = Counter()
kec_voters = Counter()
outside = 0
for t in T:
    dc = t["desa_code"]
    assert dc in vill_by_code
    rc = dc[:5]
    tot_tps[rc] += 1
    nv = int(t["voters"])
    assert 1 <= nv <= MAX_VOTERS_PER_TPS
    tot_voters[rc] += nv
    kec_voters[dc[:8]] += nv
    lat, lon = float(t["lat"]), float(t["lon"])
    assert t["code"] == dc.replace(".", "") + "%03d" % int(t["number"])
    if dc in vpoly:
        assert point_in_geom(lon, lat, vpoly[dc]), t
    else:
        clat, clon = dist_centroid(vill_by_code[dc]["district_code"])
        assert haversine_m(lat, lon, clat, clon) <= NO_POLYGON_JITTER_M + 1, t
for rc in REGENCIES:
    assert tot_tps[rc] == PILKADA_TPS[rc], (rc, tot_tps[rc])
    assert tot_voters[rc] == VOTERS[rc], (rc, tot_voters[rc])
for kc, dpt in sinjai_dpt_kec.items():
    assert kec_voters[kc] == dpt, (kc, kec_voters[kc], dpt)
assert set(t["desa_code"] for t in T) == set(vill_by_code)   # every desa >= 1 TPS

O = reread("objects.csv")
OK_KINDS = {"kpu_office", "kpu_warehouse", "bawaslu_office", "ppk", "pps",
            "candidate_post", "crowd_point", "vital_object", "other"}
for o in O:
    assert o["kind"] in OK_KINDS and o["desa_code"] in vill_by_code
    assert point_in_geom(float(o["lon"]), float(o["lat"]), vpoly[o["desa_code"]]), o
assert sum(1 for o in O if o["kind"] == "ppk") == 80

E = reread("elections.csv")
assert len(E) == 8 and len(set(e["code"] for e in E)) == 8
assert all(e["region_code"] in seen and e["kind"] in {"gubernur", "bupati", "walikota"} for e in E)
S = reread("stages.csv")
assert len(set(s["code"] for s in S)) == len(S)
assert all(s["starts_on"] <= s["ends_on"] for s in S)
C = reread("candidates.csv")
ecodes = set(e["code"] for e in E)
assert all(c["election_code"] in ecodes for c in C)
assert len(set((c["election_code"], c["number"]) for c in C)) == len(C)
A = reread("accounts.csv")
ROLES = {"admin", "pimpinan", "ops", "ren", "intelkam", "binmas", "kapolsek", "officer", "partner"}
assert set(a["role"] for a in A) == ROLES
assert len(set(a["username"] for a in A)) == len(A)
import re
for a in A:
    assert re.fullmatch(r"[a-z0-9._-]+", a["username"]) and a["unit_code"] in useen
    assert len(a["password"]) >= 10

# --------------------------------------------------------------------------
# README.md
# --------------------------------------------------------------------------
def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


tps_table = md_table(
    ["Kabupaten", "TPS Pemilu 2024 (K)", "TPS Pilkada 2024 (this set)", "of which 9xx", "Pilkada total source", "DPT (voters)", "DPT source"],
    [("%s %s" % (rc, reg_by_code[rc]["name"]), PEMILU_TPS[rc], tot_tps[rc], loksus_by_reg[rc],
      "published (N)" if rc in PILKADA_TPS_KNOWN else "**estimate**",
      "{:,}".format(tot_voters[rc]),
      "published (N)" if rc in VOTERS_PUBLISHED else "**estimate**")
     for rc in sorted(REGENCIES)])
acc_table = md_table(["username", "password", "role", "unit"], [(a["username"], a["password"], a["role"], a["unit_code"]) for a in A])
files_table = md_table(["File", "Rows"], [
    ("regions.csv", n_regions), ("regions.geojson", "%d features" % n_features),
    ("units.csv", n_units), ("tps.csv", n_tps), ("objects.csv", n_objects),
    ("elections.csv", n_elections), ("stages.csv", n_stages),
    ("candidates.csv", n_candidates), ("accounts.csv", n_accounts)])
generated_polsek = ", ".join(sorted(polsek_generated_names))

README = f"""# Data demo Siaga / Siaga demo data set

**Bahasa Indonesia.** Folder ini berisi data demo untuk Siaga: wilayah (Kemendagri), unit Polri,
TPS Pilkada 2024, objek pengamanan, pemilihan, tahapan PKPU 2/2024, paslon, dan akun demo untuk empat
kabupaten (Jepara, Jember, Sinjai, Timor Tengah Utara). Kode, nama, dan batas wilayah adalah data publik
yang nyata. **Posisi TPS, posisi unit dan objek, jumlah TPS per desa, jumlah pemilih per TPS, serta
seluruh paslon adalah data buatan (dihasilkan atau diperkirakan)** dan tidak boleh dipakai sebagai data
operasional. Nama paslon hanya contoh. File dibuat ulang dengan `python3 data/demo/generate.py`.

**English.** Demo data for Siaga covering four regencies. Codes, names and boundaries are real public data
from the shared wilayah set (`shared/data/wilayah`, source keys **W**, **B**, **K**, **P**, **N** as
defined in its README). Everything positional below the regency level that is not a boundary (TPS, police
units, offices), the per-desa Pilkada TPS counts, the per-TPS voter counts and all candidates are
**generated or estimated**. Do not use them operationally.

## Regenerating

```
python3 data/demo/generate.py
```

Standard library only, deterministic (`random.Random({SEED})`). It reads
`<repo>/../shared/data/wilayah` (i.e. `Path(__file__).resolve().parents[3] / "shared/data/wilayah"`),
falling back to `/work/shared/data/wilayah`, rewrites every file in this folder (including this README)
and runs assertions at the end (regency totals, every TPS/object inside its desa polygon, unique codes,
parents exist, parent-before-child order). The outputs are checked in; the script is only for regeneration.

All CSV files: UTF-8, header line first, comma separated, RFC 4180 quoting only where a field contains a
comma or a quote, `\\n` line ends. Coordinates are WGS84 with 6 decimals. Multi-valued fields
(`region_codes`, `parties`) are `;`-separated.

{files_table}

## Files: what is real and what is generated

### `regions.csv` (`code,name,level,lat,lon`)
- 4 provinces, 4 regencies (`kabupaten`), 80 kecamatan, 716 desa/kelurahan; parents before children.
- **Real:** codes and names (**W**), level of desa/kelurahan from the 4th code segment (**W**),
  regency/kecamatan/village lat/lon = polygon centroid from **B**.
- **Derived:** a province's lat/lon is the mean of its regency centroids. Each province has only one
  regency here, so it is simply that regency's centroid, **not** the province's real centre
  (and not the Polda HQ).
- **Generated:** Boronubaen Timur `53.03.06.1015` has no coordinates or polygon in any source; it gets
  the centroid of its kecamatan (Biboki Utara, `53.03.06`).

### `regions.geojson`
- FeatureCollection of {n_features} features: 4 regency, 80 kecamatan and 715 desa/kelurahan polygons,
  geometry copied unchanged from `regencies.geojson`, `districts.geojson`, `villages.geojson` (**B**).
  Properties are reduced to `{{"code": "<dotted code>"}}`.
- Boronubaen Timur has no polygon. The kecamatan/regency polygons are much more strongly simplified than the
  village polygons and their edges do not line up exactly (see the wilayah README).

### `units.csv` (`code,name,level,parent_code,region_codes,lat,lon`)
- `MABES` (Mabes Polri, Jl. Trunojoyo, Jakarta; -6.2406, 106.7989), 4 Polda, 4 Polres, 80 Polsek.
- **Real:** Polres names (**N**), Jember Polsek names (**P**, a 2014/2015 list; "Polsek Sempolan" is
  mapped to Kec. Silo), "Polsek Jepara Kota" and "Polsek Sinjai Timur" (**N**). Polda names are the
  standard names.
- **Generated:** one Polsek per kecamatan is a simplification (real Polsek can cover several kecamatan or
  none). Where no source names a Polsek the name is "Polsek <Kecamatan>" ({len(polsek_generated_names)}
  units: all of TTU, all of Jepara except Jepara, all of Sinjai except Sinjai Timur, and **Jember's Ajung
  (`35.09.17`), which has no Polsek in the source list**).
- **Generated positions:** no police coordinates exist in any source. Polda = province centroid (see
  above, i.e. the regency centroid, not the Polda HQ city). Polres = centroid of the regency-seat
  kecamatan (Jepara `33.20.06`, Kaliwates `35.09.19`, Sinjai Utara `73.07.05`, Kota Kefamenanu
  `53.03.05`). Polsek = centroid of its kecamatan, so each Polres shares its point with the seat Polsek.
- Generated Polsek names (kecamatan codes): {generated_polsek}.

### `tps.csv` (`code,number,desa_code,lat,lon,voters,address`)
- One row per **Pilkada 2024** TPS. Code = desa code without dots + 3-digit TPS number (KPU scheme).

{tps_table}

- **Real:** regency totals marked published (**N**: Jepara 1,753 TPS on voting day, murianews 25 Nov 2024,
  see `shared/domain/brief.md` s.1; an earlier Linmas hand-over of 23 Oct 2024 spoke of 1,740 TPS; Jember 4,046 TPS / 1,955,219 DPT; Sinjai 427 TPS / 197,158 DPT, and
  Sinjai's DPT per kecamatan, which this set matches exactly). Pemilu 2024 TPS per desa (**K**).
- **Estimated:** TTU has no published Pilkada TPS total: `round(774 * (1753+4046+427) / (3490+7706+830))`
  = round(774 * {TTU_RATIO_NUM}/{TTU_RATIO_DEN}) = **{TTU_TPS_ESTIMATE}**. Jepara DPT = Pemilu 2024 DPT
  914,996 x {JEPARA_FACTOR} = **{VOTERS['33.20']:,}**. TTU DPT = {TTU_VOTERS_PER_PEMILU_TPS} voters per
  Pemilu 2024 TPS x 774 = **{VOTERS['53.03']:,}** (about {VOTERS['53.03'] / TTU_TPS_ESTIMATE:.0f} per
  Pilkada TPS; Jepara and Jember had 256-262 voters per Pemilu TPS).
- **Generated:** the per-desa Pilkada TPS count. Each desa's Pemilu 2024 regular TPS count is scaled so the
  regency total matches (largest-remainder apportionment, at least 1 TPS per desa). The Pemilu 2024
  9xx TPS (lokasi khusus per the wilayah README) are kept unchanged as TPS 901.. in the same desa and count
  in the total.
- **Generated:** `voters` per TPS: the regency DPT (Sinjai: the kecamatan DPT) split over its TPS with seeded
  variation of up to +/-20 % (narrowed where the mean is close to 600; 9xx TPS get 40 % weight), capped at
  600 (the Pilkada 2024 maximum); sums are exact.
- **Generated:** `lat`/`lon`: a uniformly random point inside the desa polygon (rejection sampling,
  holes and MultiPolygon parts honoured). For Boronubaen Timur (no polygon): within 500 m of the Biboki
  Utara kecamatan centroid. These are **not** real TPS locations (none are public).
- **Generated:** `address` is just `TPS <n> <Desa name>`.

### `objects.csv` (`kind,name,lat,lon,desa_code,notes`)
- Per regency: KPU office, KPU logistics warehouse and Bawaslu office in the regency-seat kecamatan; one
  PPK per kecamatan; two `crowd_point`s (an "Alun-alun" in the seat kecamatan and a "Lapangan Kampanye"
  in the kecamatan with the most TPS outside the seat).
- The institutions are real kinds of offices, but **every position is generated** (a random point in a
  random desa polygon of that kecamatan; `desa_code` is that desa). Crowd-point names are illustrative.
  No PPS points are generated.

### `elections.csv` (`code,name,kind,region_code,voting_date`)
- Real: the 8 contests held on 27 Nov 2024 (4 governor, 4 regent) for these regions.

### `stages.csv` (`code,name_id,name_en,starts_on,ends_on,posture_id,posture_en`)
- Stage dates from PKPU 2/2024 as quoted in `shared/domain/brief.md` s.3 (masa tenang per PKPU 13/2024,
  24-26 Nov). Only stages with sourced dates are included; winner determination (tied to MK timing) is
  left out. `pelantikan` is the actual joint inauguration of 20 Feb 2025 (regions with MK disputes were
  inaugurated later).
- `posture_*` are short security-posture notes **written for the demo** from brief.md s.2, 5, 6 and 7;
  they are not an official Polri phase list (none was found).

### `candidates.csv` (`election_code,number,head_name,deputy_name,parties`)
- **Placeholders only.** "Calon Bupati 1 (contoh)" etc. and "Partai Contoh A" etc. The number of pairs (2-3)
  is random. No real candidate or party names are used.

### `observations.csv` (`tps_code,desa_code,indicator,value,observed_at,note,source`)
**Generated, not real** (no per-TPS Bawaslu or Polres list of 2024 is public), by
`generate_observations.py` (deterministic). Vulnerability observations giving
every demo Polres TPS in at least three classes: low-weight Bawaslu indicators
(disabled voters, DPTb, internet, electricity) on most TPS; rawan TPS from a
Polda criterion or from security history; sangat rawan from a history of
conflict with casualties or an isolated location; the lokasi-khusus TPS (9xx)
khusus. Polres TTU keeps the proportions Polda NTT reported for TTU at Pemilu
2024 (750 / 19 / 5 of 774): 387 kurang rawan, 10 rawan, 3 sangat rawan and
1 khusus of its 401 Pilkada TPS. Shares for Jember (4 % / 0.5 %), Jepara
(3 % / 0.4 %) and Sinjai (5 % / 1 %) are invented. Dates: Bawaslu's list of
15 Nov 2024 and field reports from August to November 2024, some before the
campaign began, so "changes since kampanye" shows movement.

### `personnel.csv` (`nrp,name,rank,function,unit_code,phone,desa_binaan`)
**Generated, not real** (no Polres publishes its roster), by `generate_personnel.py` (deterministic,
`random.Random(20241023)`, standard library only). It reads `regions.csv`, `units.csv` and `tps.csv`, so run
it after `generate.py`; it also writes `partners.csv` and `items.csv` and asserts the rules below. Every name,
NRP, NIK, NIP, phone number, serial and plate is invented. Names are random combinations of common given and
family names of the region (Javanese and Madurese for Jember, Javanese for Jepara, Bugis for Sinjai,
Dawan/Timorese for TTU; about 8 % of Polri and TNI from another region, as they are posted nationally); any
match with a real person is coincidental. Phone numbers are random `08xx` numbers of 11-12 digits that may
belong to real subscribers: never send messages to them.

| Polres | Polri | Polres HQ | Polsek, without Bhabinkamtibmas | Bhabinkamtibmas | desa + kelurahan | serving 2-3 |
|---|---|---|---|---|---|---|
| POLRES-JEMBER | 900 | 360 (20 Brimob) | 347 | 193 | 226 + 22 | 48 |
| POLRES-JEPARA | 650 | 290 | 215 | 145 | 184 + 11 | 43 |
| POLRES-SINJAI | 380 | 205 | 115 | 60 | 67 + 13 | 15 |
| POLRES-TTU | 420 | 135 (20 Brimob) | 131 | 154 | 182 + 11 | 35 |

- `nrp`: 8 digits, birth year (yy) + birth month + 4 random digits, unique; the birth year fits the rank.
- `rank`: one AKBP (Kapolres) per Polres; 4-5 Kompol at HQ (Wakapolres, Kabag); AKP for the Kasat; Iptu/Ipda
  for Kanit and Kasubbag; every Kapolsek (`staf`) Iptu or AKP; all others Bintara (Bhabinkamtibmas mostly
  Bripka/Aipda/Aiptu, Samapta, Lantas and Brimob younger).
- `function`: Polres HQ holds staf, samapta (Dalmas/Sabhara), intelkam, reskrim, lantas, binmas and propam,
  and at Jember and TTU 20 `brimob` (a BKO platoon of Sat Brimob Polda, listed under the Polres). Each Polsek
  holds its Kapolsek, samapta, reskrim, intelkam and staf (more where its kecamatan has more TPS) and the
  Bhabinkamtibmas of its desa.
- `desa_binaan` (`;`-separated, only for `bhabinkamtibmas`): every desa **and kelurahan** of the four regencies
  has exactly one Bhabinkamtibmas, of the Polsek whose `region_codes` holds its kecamatan; about 25 % of them
  serve two or three codes of the same kecamatan. The Polri totals are fixed; the Bhabinkamtibmas are placed
  first and the other Polsek posts take the rest.

### `partners.csv` (`force,identifier,name,rank,unit_code,desa_code,phone`)
**Generated, not real**, by `generate_personnel.py`. `unit_code` is the Polres whose roster holds them.
- `tni`: Babinsa, one per desa/kelurahan or per two of the same kecamatan; `desa_code` is the first (main) one
  they serve, so some desa have no Babinsa row of their own. Rank Serda, Sertu, Serka, Serma or Pelda;
  `identifier` is a generated 8- or 10-digit number in the style of an NRP TNI.
- `linmas`: 2 per TPS (the standard for the Pilkada) of each desa/kelurahan, counted from `tps.csv`;
  `identifier` is a generated 16-digit NIK (kecamatan code without dots, birth date ddmmyy with day + 40 for
  women, 4 digits); `rank` empty; about 10 % have no phone; names may repeat.
- `satpol_pp` (36-44 per regency) and `dishub` (18-22): Pemkab staff for the whole regency, `desa_code` empty;
  `identifier` is a generated 18-digit NIP (birth date, year and month of appointment, sex digit, 3 digits);
  `rank` holds the post (Kepala Satuan, Kepala Bidang, Kepala Seksi, Komandan Regu, Anggota).

| Polres | tni | satpol_pp | dishub | linmas |
|---|---|---|---|---|
| POLRES-JEMBER | 180 | 39 | 19 | 8092 |
| POLRES-JEPARA | 150 | 44 | 20 | 3506 |
| POLRES-SINJAI | 58 | 40 | 21 | 854 |
| POLRES-TTU | 143 | 40 | 22 | 802 |

### `items.csv` (`kind,serial,unit_code,holder_nrp,condition,plate,odometer_km,fuel_percent,service_date`)
**Generated, not real**, by `generate_personnel.py`.
- Personal kit as in the equipment catalogue (`src/domain/equipment.cpp`): `rompi_anti_sayat` for
  Bhabinkamtibmas, Samapta and Brimob; `senter` for Bhabinkamtibmas and Samapta; `ht` for Bhabinkamtibmas,
  Samapta, Intelkam and Brimob; `helm` for Samapta, Brimob and Lantas; `tameng` for Brimob; `borgol` for
  Samapta and Reskrim. Each required item is drawn: about 4 % missing (no row), 3 % `rusak_ringan`, 2 %
  `rusak_berat`, 0.5 % `hilang`, the rest `baik`; `holder_nrp` is the person, `unit_code` their unit.
- Unit-held items (no holder): 2-5 spares per Polsek; at each Polres HQ 25-40 Dalmas shields (`tameng`) and
  3-8 spares of each other kit kind.
- Vehicles: one `kendaraan_r2` per Bhabinkamtibmas (held by them), 2-4 more per Polsek and 10-20 at each Polres
  HQ (patrol); `kendaraan_r4` 2-3 per Polsek and 13-17 at each Polres HQ (no holder). Conditions are drawn
  like the kit (none missing). `plate` is a generated dinas-style number, regency code without dots and 4
  digits (e.g. `3509-0123`), unique; it is not the real Polri plate scheme. `odometer_km` is random,
  `fuel_percent` mostly 40-100 with about 8 % under 25 (the fitness threshold), `service_date` in 2024.
- `serial`: kind prefix (RAS, SNT, HT, HLM, TMG, BRG, R2, R4), regency code without dots, 6 digits; unique.

| Polres | items | baik | rusak_ringan | rusak_berat | hilang | vehicles | fuel under 25 % |
|---|---|---|---|---|---|---|---|
| POLRES-JEMBER | 2571 | 2400 | 90 | 64 | 17 | 401 | 27 |
| POLRES-JEPARA | 1785 | 1676 | 56 | 38 | 15 | 258 | 17 |
| POLRES-SINJAI | 1020 | 975 | 20 | 20 | 5 | 138 | 11 |
| POLRES-TTU | 1454 | 1367 | 51 | 27 | 9 | 312 | 15 |

### `accounts.csv` (`username,password,role,unit_code`)
- Demo accounts with **demo passwords** (`<Role>-Demo-2024`). Never use them outside a demo.

{acc_table}
"""
(OUT / "README.md").write_text(README, encoding="utf-8", newline="")

# --------------------------------------------------------------------------
print("Siaga demo data written to", OUT)
print("source:", SRC)
for name, n in (("regions.csv", n_regions), ("regions.geojson (features)", n_features), ("units.csv", n_units),
                ("tps.csv", n_tps), ("objects.csv", n_objects), ("elections.csv", n_elections),
                ("stages.csv", n_stages), ("candidates.csv", n_candidates), ("accounts.csv", n_accounts)):
    print("  %-28s %6d rows" % (name, n))
for rc in sorted(REGENCIES):
    print("  %s %-30s TPS %5d (9xx %d, %s)  voters %9d (%s)" % (
        rc, reg_by_code[rc]["name"], tot_tps[rc], loksus_by_reg[rc],
        "published" if rc in PILKADA_TPS_KNOWN else "estimate", tot_voters[rc],
        "published" if rc in VOTERS_PUBLISHED else "estimate"))
print("  TTU TPS estimate: round(774 * %d / %d) = %d" % (TTU_RATIO_NUM, TTU_RATIO_DEN, TTU_TPS_ESTIMATE))
print("all checks passed")
