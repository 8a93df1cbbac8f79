#!/usr/bin/env python3
"""Generate data/demo/observations.csv: vulnerability observations for the
demo TPS. GENERATED, not real: no Bawaslu or Polres list of 2024 is public
per TPS. Deterministic (random.Random(20241120)); reads tps.csv.

What it aims at (checked by tests/api/vulnerability.test.mjs):
- every demo Polres has TPS in at least three classes;
- Polres TTU keeps the proportions Polda NTT reported for TTU at Pemilu 2024
  (750 kurang rawan / 19 rawan / 5 sangat rawan of 774): 10 rawan and
  3 sangat rawan of its 401 Pilkada TPS, and its one lokasi-khusus TPS khusus.
- most TPS carry a few low-weight Bawaslu indicators (disabled voters, DPTb,
  internet), far below the rawan threshold; rawan TPS come from a Polda
  criterion or from enough security indicators; sangat rawan ones from a
  history of conflict with casualties or an isolated location.
- dates: Bawaslu's list of 15 Nov 2024; field observations from August to
  November 2024, some before the campaign began (25 Sep), some after.

Usage:  python3 data/demo/generate_observations.py
"""

import csv
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent
rng = random.Random(20241120)

# Share of rawan and sangat rawan among regular TPS per regency.
TARGETS = {
    "53.03": (19 / 774, 5 / 774),  # TTU, published (Polda NTT, Pemilu 2024)
    "35.09": (0.040, 0.005),       # Jember, generated
    "33.20": (0.030, 0.004),       # Jepara, generated
    "73.07": (0.050, 0.010),       # Sinjai, generated
}
KHUSUS = ["lokasi_lapas_rutan", "lokasi_panti_sosial", "lokasi_relokasi_bencana"]
# Low-weight Bawaslu indicators: at most two per TPS, so noise alone stays
# far below the rawan threshold (15 of 100).
NOISE_BINARY = ["kendala_internet", "dekat_sekolah_pabrik_tambang", "kendala_listrik"]
RAWAN_FORCING = ["tps_berjauhan", "potensi_protes_kpps", "permukiman_padat"]
RAWAN_BY_SCORE = ["riwayat_kekerasan", "riwayat_intimidasi", "riwayat_politik_uang"]
SANGAT_RAWAN = ["riwayat_konflik_korban", "terisolasi"]


def day(month, first, last):
    d = rng.randint(first, last)
    return f"2024-{month:02d}-{d:02d}T{rng.randint(1, 9):02d}:{rng.choice(['00', '15', '30', '45'])}:00Z"


def field_date():
    month = rng.choice([8, 9, 10, 11])
    return day(month, 1, 20 if month == 11 else 28)


def main():
    with open(OUT / "tps.csv", newline="", encoding="utf-8") as f:
        tps = list(csv.DictReader(f))
    rows = []

    def add(tps_code, desa_code, indicator, value, when, source, note=""):
        rows.append([tps_code, desa_code, indicator, value, when, note, source])

    by_regency = {}
    for t in tps:
        by_regency.setdefault(t["desa_code"][:5], []).append(t)
    bawaslu_date = "2024-11-15T03:00:00Z"
    for regency, items in sorted(by_regency.items()):
        regular = [t for t in items if int(t["number"]) < 900]
        special = [t for t in items if int(t["number"]) >= 900]
        rate_rawan, rate_sangat = TARGETS[regency]
        n_sangat = max(1, round(len(regular) * rate_sangat))
        n_rawan = max(1, round(len(regular) * rate_rawan))
        picked = rng.sample(regular, n_sangat + n_rawan)
        sangat, rawan = picked[:n_sangat], picked[n_sangat:]
        # Background noise on most TPS.
        for t in regular:
            code = t["code"]
            if rng.random() < 0.6:
                add(code, "", "pemilih_disabilitas", rng.randint(1, 6), bawaslu_date, "bawaslu")
            if rng.random() < 0.3:
                add(code, "", "pemilih_dptb", rng.randint(1, 30), bawaslu_date, "bawaslu")
            for ind in rng.sample(NOISE_BINARY, rng.choice([0, 0, 1, 1, 2])):
                add(code, "", ind, 1, bawaslu_date, "bawaslu")
        # Desa-level context on some desa (low weight).
        desa = sorted({t["desa_code"] for t in regular})
        for d in rng.sample(desa, max(1, len(desa) // 10)):
            add("", d, "politisasi_sara", rng.randint(1, 2), field_date(), "intelkam",
                "pantauan media sosial (dihasilkan)")
        for i, t in enumerate(rawan):
            code = t["code"]
            if i % 5 in (0, 1):
                for ind in RAWAN_BY_SCORE:
                    add(code, "", ind, 1, field_date(), "bhabinkamtibmas",
                        "laporan Bhabinkamtibmas (dihasilkan)")
            else:
                ind = RAWAN_FORCING[i % len(RAWAN_FORCING)]
                when = field_date()
                if i % 4 == 0:
                    # An earlier "no" by the same officer, overtaken by a later "yes".
                    add(code, "", ind, 0, "2024-08-05T02:00:00Z", "bhabinkamtibmas",
                        "pengecekan awal (dihasilkan)")
                add(code, "", ind, 1, when, "bhabinkamtibmas", "laporan Bhabinkamtibmas (dihasilkan)")
        for i, t in enumerate(sangat):
            ind = SANGAT_RAWAN[i % len(SANGAT_RAWAN)]
            add(t["code"], "", ind, 1, field_date(), "intelkam", "kajian Intelkam (dihasilkan)")
            add(t["code"], "", "riwayat_kekerasan", 1, field_date(), "bhabinkamtibmas",
                "laporan Bhabinkamtibmas (dihasilkan)")
        for i, t in enumerate(special):
            add(t["code"], "", KHUSUS[i % len(KHUSUS)], 1, bawaslu_date, "bawaslu",
                "TPS lokasi khusus (dihasilkan)")
    with open(OUT / "observations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["tps_code", "desa_code", "indicator", "value", "observed_at", "note", "source"])
        w.writerows(rows)
    print(f"observations.csv: {len(rows)} rows")


if __name__ == "__main__":
    main()
