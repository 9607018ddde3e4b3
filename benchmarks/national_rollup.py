"""National measurement benchmark: prints figures, asserts nothing about speed.

Builds the synthetic national dataset of kinerja.demo.nasional (KPU RI, provinces, kab/kota;
40 indicators × 4 quarters × 2 years each, with late and short reporters and kegiatan budgeted
only by quarter) in a fresh database per size, on SQLite and on PostgreSQL, and measures one
year's national roll-up (the mean capaian of the satkers that measured anything, and the
national serapan):

- batched: the product's national roll-up, kinerja.measurement.rekap.rollup_induk on KPU RI
  (what the KPU RI rekap page runs), twice:
  - "dingin" (cold): every satker's data version changed before each run, as after a write in
    every satker, so the whole tree is computed through pengukuran_banyak (a fixed handful of
    queries, the pure rules in Python) and its figures kept (kinerja.measurement.ringkasan);
  - "satu berubah": one kab/kota's data version changed before each run, as after an
    operator's entry: that satker computed, the others' figures read;
  - "hangat" (warm): the figures kept by the previous run are still valid (no write since),
    so the page reads them and sums each province's subtree;
- per satker: the product path one satker at a time (what a satker's own page does), summed
  here as rollup_induk sums (no budget data is None, not 0), at the smaller sizes only;
- SQL, equivalent: one SQL statement with the product's reading rule — the latest *reported*
  period of each indicator (annual row first), the target in force, R/T×100, means per
  kegiatan, per satker, nationally; serapan from the pagu in force and the annual budget row
  or else the sum of the quarterly ones;
- SQL, naive: the statement this benchmark used before — TW IV rows only, each row's own
  target. It is quick because it reads a quarter of the rows, and wrong as soon as a satker is
  late: it is printed for comparison with earlier figures, and the check shows it disagrees.

Every timing is the median of --ulang runs, wall-clock, measured in the same process and run.
The product's figures must equal the equivalent SQL's and the per-satker path's (the script
says "ya" or "TIDAK", and exits non-zero on "TIDAK"; the naive SQL's disagreement is expected
and does not fail). The capaian rule's throughput (pure Python, no database) is measured once
per run, on the first backend at the smallest size.

    .venv/bin/python benchmarks/national_rollup.py [--backend sqlite|postgresql|both]
        [--ukuran 55,553,5530] [--ulang 3]

PostgreSQL: a throw-away database with a unique name is created on 127.0.0.1:5432 (user
postgres, trust auth) for each size and dropped afterwards; SQLite's temporary folder is
deleted likewise.
"""

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
YEARS = (2023, 2024)
YEAR = 2024
PER_SATKER_UP_TO = 553

SQL_NAIVE = """
    SELECT AVG(satker_capaian) FROM (
        SELECT satker_id, AVG(kegiatan_capaian) AS satker_capaian FROM (
            SELECT i.satker_id, i.kegiatan_id,
                   AVG(r.nilai * 100.0 / r.target) AS kegiatan_capaian
            FROM measurement_realisasi r
            JOIN planning_indikatorkinerja i ON i.id = r.indikator_id
            WHERE r.tahun = %(tahun)s AND r.periode = 'tw4'
            GROUP BY i.satker_id, i.kegiatan_id
        ) per_kegiatan GROUP BY satker_id
    ) per_satker
"""
SQL_NAIVE_SERAPAN = """
    SELECT (SELECT SUM(jumlah) FROM budgets_realisasianggaran WHERE tahun = %(tahun)s) * 100.0
         / (SELECT SUM(jumlah) FROM budgets_pagu WHERE tahun = %(tahun)s)
"""
# The product's reading rule for this dataset's shape (quarterly rows, an annual target):
# the latest reported row of the year; a complete year (TW IV) is measured against the target
# in force, a year in progress against the target printed for its last period.
SQL_EQUIVALENT = """
    WITH pilihan AS (
        SELECT r.indikator_id, r.periode, r.nilai, r.target,
               ROW_NUMBER() OVER (
                   PARTITION BY r.indikator_id
                   ORDER BY (r.periode = 'tahunan') DESC, r.periode DESC
               ) AS urut
        FROM measurement_realisasi r
        WHERE r.tahun = %(tahun)s AND r.status = 'dilaporkan'
    ),
    dinilai AS (
        SELECT i.satker_id, i.kegiatan_id,
               p.nilai * 100.0 / (CASE WHEN p.periode IN ('tahunan', 'tw4')
                                       THEN COALESCE(t.target, p.target)
                                       ELSE p.target END) AS capaian
        FROM pilihan p
        JOIN planning_indikatorkinerja i ON i.id = p.indikator_id
        LEFT JOIN planning_targettahunan t
               ON t.indikator_id = p.indikator_id AND t.tahun = %(tahun)s
        WHERE p.urut = 1
    ),
    per_kegiatan AS (
        SELECT satker_id, kegiatan_id, AVG(capaian) AS capaian
        FROM dinilai GROUP BY satker_id, kegiatan_id
    ),
    per_satker AS (SELECT satker_id, AVG(capaian) AS capaian FROM per_kegiatan GROUP BY satker_id)
    SELECT AVG(capaian) FROM per_satker
"""
SQL_EQUIVALENT_SERAPAN = """
    WITH realisasi AS (
        SELECT satker_id, kegiatan_id, sumber_dana,
               CASE WHEN SUM(CASE WHEN periode = 'tahunan' THEN 1 ELSE 0 END) > 0
                    THEN SUM(CASE WHEN periode = 'tahunan' THEN jumlah ELSE 0 END)
                    ELSE SUM(jumlah) END AS jumlah
        FROM budgets_realisasianggaran WHERE tahun = %(tahun)s
        GROUP BY satker_id, kegiatan_id, sumber_dana
    ),
    pagu AS (
        SELECT jumlah, ROW_NUMBER() OVER (
                   PARTITION BY satker_id, kegiatan_id ORDER BY tanggal DESC NULLS LAST, id DESC
               ) AS urut
        FROM budgets_pagu WHERE tahun = %(tahun)s
    )
    SELECT (SELECT SUM(jumlah) FROM realisasi) * 100.0
         / (SELECT SUM(jumlah) FROM pagu WHERE urut = 1)
"""


def _timed(function, repeat: int) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), result


def _sql(statement: str):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(statement, {"tahun": YEAR})
        value = cursor.fetchone()[0]
    return None if value is None else Decimal(str(value))


def _figures(seconds: float, figures: tuple) -> dict:
    capaian, serapan = figures
    return {
        "s": seconds,
        "capaian": None if capaian is None else str(capaian),
        "serapan": None if serapan is None else str(serapan),
    }


def measure(size: int, repeat: int, rule: bool) -> dict:
    from kinerja.demo.nasional import Ukuran, bangun
    from kinerja.measurement.capaian import hitung_capaian
    from kinerja.measurement.models import Realisasi
    from kinerja.measurement.rekap import rollup_induk
    from kinerja.measurement.rollup import rata_rata, serapan
    from kinerja.measurement.selectors import pengukuran
    from kinerja.measurement.versi_data import tandai_berubah

    start = time.perf_counter()
    satkers = bangun(Ukuran(satker=size, tahun=YEARS))
    built = time.perf_counter() - start
    # bangun returns KPU RI first: the one national root, every other satker below it.
    root = satkers[0]
    if root.parent_id is not None or any(item.parent_id is None for item in satkers[1:]):
        raise RuntimeError("the generated tree has no single national root")
    result = {
        "satker": len(satkers),
        "realisasi": Realisasi.objects.count(),
        "dibangun_s": built,
    }

    def batched():
        rekap = rollup_induk(root, YEAR)
        return rekap.jumlah_satker, (rekap.capaian, rekap.serapan)

    def after_write(changed):
        tandai_berubah(changed)  # not timed: what the writes leave behind
        start = time.perf_counter()
        counted, figures = batched()
        return time.perf_counter() - start, counted, figures

    def present_sum(values):
        # As rollup_induk sums: satkers without budget data add nothing; none at all is None.
        present = [value for value in values if value is not None]
        return sum(present, Decimal(0)) if present else None

    def per_satker():
        measured = [pengukuran(satker, YEAR) for satker in satkers]
        totals = [item.total() for item in measured]
        return (
            rata_rata([item.capaian for item in measured]),  # the satkers that measured anything
            serapan(
                present_sum(total[1] for total in totals),
                present_sum(total[0] for total in totals),
            ),
        )

    measured = {
        "naive": (SQL_NAIVE, SQL_NAIVE_SERAPAN),
        "setara": (SQL_EQUIVALENT, SQL_EQUIVALENT_SERAPAN),
    }
    for name, (capaian_sql, serapan_sql) in measured.items():
        seconds, figures = _timed(lambda c=capaian_sql, s=serapan_sql: (_sql(c), _sql(s)), repeat)
        result[name] = _figures(seconds, figures)
    for key, changed in (("dingin", None), ("satu", [satkers[-1].pk])):
        runs = [after_write(changed) for _ in range(repeat)]
        result[key] = _figures(statistics.median(run[0] for run in runs), runs[-1][2])
        result[key]["satker"] = runs[-1][1]
    seconds, (counted, figures) = _timed(batched, repeat)
    result["batch"] = _figures(seconds, figures)
    result["batch"]["satker"] = counted
    if len(satkers) <= PER_SATKER_UP_TO:
        result["per_satker"] = _figures(*_timed(per_satker, 1))
    if rule:
        rows = list(Realisasi.objects.filter(nilai__isnull=False).values_list("target", "nilai"))
        seconds, _ = _timed(lambda: [hitung_capaian(t, v) for t, v in rows], repeat)
        result["aturan_capaian"] = {"baris": len(rows), "baris_per_detik": len(rows) / seconds}
    return result


def run_child(size: int, repeat: int, rule: bool) -> None:
    """Runs in a child process whose DATABASE_URL names a fresh, empty database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # A throw-away local database: the demo mode (production refuses the built-in key).
    os.environ.setdefault("KINERJA_DEMO", "1")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(json.dumps(measure(size, repeat, rule)), flush=True)


def _agree(a: dict, b: dict) -> bool:
    """Same figures: both None (nothing to measure), or within a millionth of a point."""
    for key in ("capaian", "serapan"):
        if a[key] is None or b[key] is None:
            if a[key] is not b[key]:
                return False
        elif abs(Decimal(a[key]) - Decimal(b[key])) >= Decimal("0.000001"):
            return False
    return True


def _shown(value: str | None) -> str:
    return "–" if value is None else f"{Decimal(value):.4f}"


def report(backend: str, result: dict) -> bool:
    """Prints one size's figures; False when the product (cold or warm) disagrees with the
    equivalent SQL or with the per-satker path (the naive SQL is expected to disagree)."""
    setara, naive = result["setara"], result["naive"]
    print(
        f"  {result['satker']:>5} satker · {result['realisasi']:>9,} realisasi "
        f"(dibangun {result['dibangun_s']:.0f} s)"
    )
    agreed = True
    for key, label in (
        ("dingin", "produk, dingin"),
        ("satu", "produk, 1 ubah"),
        ("batch", "produk, hangat"),
    ):
        row = result[key]
        same = _agree(row, setara)
        agreed = agreed and same and row["satker"] == result["satker"]
        print(
            f"    {label:<16}{row['s'] * 1000:9.1f} ms  = {row['s'] / setara['s']:5.2f}× SQL setara"
            f"  ({row['s'] * 1000 / result['satker']:.3f} ms/satker)  capaian "
            f"{_shown(row['capaian'])} serapan {_shown(row['serapan'])}  "
            f"hasil sama: {'ya' if same else 'TIDAK'}"
        )
        if row["satker"] != result["satker"]:
            print(f"    rollup_induk merangkum {row['satker']} satker, bukan {result['satker']}")
    print(f"    SQL setara      {setara['s'] * 1000:9.1f} ms")
    print(
        f"    SQL naif (TW IV){naive['s'] * 1000:9.1f} ms  "
        f"hasil sama: {'ya' if _agree(naive, setara) else 'TIDAK'} (diharapkan TIDAK)"
    )
    if "per_satker" in result:
        row = result["per_satker"]
        same = _agree(row, setara)
        agreed = agreed and same
        print(
            f"    per satker      {row['s'] * 1000:9.1f} ms  "
            f"= {row['s'] / setara['s']:5.2f}× SQL setara  hasil sama: {'ya' if same else 'TIDAK'}"
        )
    if "aturan_capaian" in result:
        rule = result["aturan_capaian"]
        print(
            f"    aturan capaian  {rule['baris_per_detik']:,.0f} baris/detik "
            f"({rule['baris']:,} baris; sekali per run)"
        )
    return agreed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--ukuran", default="55,553,5530", help="jumlah satker, dipisah koma")
    parser.add_argument("--ulang", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--aturan", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.ulang, args.aturan)
        return 0

    sizes = [int(size) for size in args.ukuran.split(",")]
    print(
        f"Kinerja national benchmark: {', '.join(map(str, sizes))} satker × 40 indikator × "
        f"4 triwulan × {len(YEARS)} tahun; median of {args.ulang} runs; year {YEAR}"
    )
    failures = disagreements = 0
    # The capaian rule is pure Python: measured once, on the first backend at the smallest size.
    rule_measured = False
    run = f"{os.getpid()}_{secrets.token_hex(3)}"  # unique, whoever else benchmarks on the server
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        print(f"[{backend}]")
        for size in sizes:
            env = dict(os.environ)
            rule = not rule_measured and size == min(sizes)
            rule_measured = rule_measured or rule
            if backend == "sqlite":
                folder = tempfile.mkdtemp(prefix="kinerja-bench-")
                env["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"

                def cleanup(folder=folder):
                    shutil.rmtree(folder, ignore_errors=True)

            else:
                name = f"kinerja_bench_{run}_{size}"
                subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)  # noqa: S603,S607
                env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"

                def cleanup(name=name):
                    subprocess.run(  # noqa: S603
                        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", name],  # noqa: S607
                        check=False,
                    )

            try:
                completed = subprocess.run(  # noqa: S603
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        str(size),
                        "--ulang",
                        str(args.ulang),
                        *(["--aturan"] if rule else []),
                    ],
                    env=env,
                    cwd=ROOT,
                    check=False,
                    capture_output=True,
                    text=True,
                )
                if completed.returncode != 0:
                    failures += 1
                    print(completed.stderr[-3000:], file=sys.stderr)
                    continue
                if not report(backend, json.loads(completed.stdout.strip().splitlines()[-1])):
                    disagreements += 1
            finally:
                cleanup()
    if disagreements:
        print(
            f"hasil produk berbeda dari SQL setara atau jalur per satker: {disagreements} ukuran",
            file=sys.stderr,
        )
    return 1 if failures or disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
