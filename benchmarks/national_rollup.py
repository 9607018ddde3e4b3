"""National measurement benchmark: prints figures, asserts nothing about speed.

Builds the synthetic national dataset of kinerja.demo.nasional (KPU RI, provinces, kab/kota;
40 indicators × 4 quarters × 2 years each, with late and short reporters and kegiatan budgeted
only by quarter) in a fresh database per size, on SQLite and on PostgreSQL, and measures one
year's national roll-up (the mean capaian of every satker, and the national serapan):

- batched: the product path for many satkers (kinerja.measurement.selectors.pengukuran_banyak:
  a fixed handful of queries, the pure rules in Python);
- per satker: the product path one satker at a time (what a satker's own page does), at the
  smaller sizes only;
- SQL, equivalent: one SQL statement with the product's reading rule — the latest *reported*
  period of each indicator (annual row first), the target in force, R/T×100, means per
  kegiatan, per satker, nationally; serapan from the pagu in force and the annual budget row
  or else the sum of the quarterly ones;
- SQL, naive: the statement this benchmark used before — TW IV rows only, each row's own
  target. It is quick because it reads a quarter of the rows, and wrong as soon as a satker is
  late: it is printed for comparison with earlier figures, and the check shows it disagrees.

Every timing is the median of --ulang runs, wall-clock, measured in the same process and run.
The product's figures must equal the equivalent SQL's (the script says "ya" or "TIDAK").

    .venv/bin/python benchmarks/national_rollup.py [--backend sqlite|postgresql|both]
        [--ukuran 55,553,5530] [--ulang 3]

PostgreSQL: a throw-away database is created on 127.0.0.1:5432 (user postgres, trust auth)
for each size and dropped afterwards.
"""

import argparse
import json
import os
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


def measure(size: int, repeat: int) -> dict:
    from kinerja.demo.nasional import PREFIX, Ukuran, bangun
    from kinerja.measurement.capaian import hitung_capaian
    from kinerja.measurement.models import Realisasi
    from kinerja.measurement.rollup import rata_rata, serapan
    from kinerja.measurement.selectors import pengukuran, pengukuran_banyak
    from kinerja.organisations.models import Satker

    start = time.perf_counter()
    bangun(Ukuran(satker=size, tahun=YEARS))
    built = time.perf_counter() - start
    satkers = list(Satker.objects.filter(slug__startswith=PREFIX).order_by("pk"))
    result = {
        "satker": len(satkers),
        "realisasi": Realisasi.objects.count(),
        "dibangun_s": built,
    }

    def national(measured):
        totals = [item.total() for item in measured]
        return (
            rata_rata([item.capaian for item in measured]),
            serapan(
                sum((total[1] or 0 for total in totals), Decimal(0)),
                sum((total[0] or 0 for total in totals), Decimal(0)),
            ),
        )

    def batched():
        return national(list(pengukuran_banyak([satker.pk for satker in satkers], YEAR).values()))

    def per_satker():
        return national([pengukuran(satker, YEAR) for satker in satkers])

    measured = {
        "naive": (SQL_NAIVE, SQL_NAIVE_SERAPAN),
        "setara": (SQL_EQUIVALENT, SQL_EQUIVALENT_SERAPAN),
    }
    for name, (capaian_sql, serapan_sql) in measured.items():
        seconds, figures = _timed(lambda c=capaian_sql, s=serapan_sql: (_sql(c), _sql(s)), repeat)
        result[name] = {"s": seconds, "capaian": str(figures[0]), "serapan": str(figures[1])}
    seconds, figures = _timed(batched, repeat)
    result["batch"] = {"s": seconds, "capaian": str(figures[0]), "serapan": str(figures[1])}
    if len(satkers) <= PER_SATKER_UP_TO:
        seconds, figures = _timed(per_satker, 1)
        result["per_satker"] = {
            "s": seconds,
            "capaian": str(figures[0]),
            "serapan": str(figures[1]),
        }
    if len(satkers) == PER_SATKER_UP_TO:
        rows = list(Realisasi.objects.filter(nilai__isnull=False).values_list("target", "nilai"))
        seconds, _ = _timed(lambda: [hitung_capaian(t, v) for t, v in rows], repeat)
        result["capaian_baris_per_detik"] = len(rows) / seconds
    return result


def run_child(size: int, repeat: int) -> None:
    """Runs in a child process whose DATABASE_URL names a fresh, empty database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(json.dumps(measure(size, repeat)), flush=True)


def _agree(a: dict, b: dict) -> bool:
    return all(
        abs(Decimal(a[key]) - Decimal(b[key])) < Decimal("0.000001")
        for key in ("capaian", "serapan")
    )


def report(backend: str, result: dict) -> None:
    batch = result["batch"]
    print(
        f"  {result['satker']:>5} satker · {result['realisasi']:>9,} realisasi "
        f"(dibangun {result['dibangun_s']:.0f} s)"
    )
    print(
        f"    batch (produk)  {batch['s'] * 1000:8.1f} ms  "
        f"({batch['s'] * 1000 / result['satker']:.3f} ms/satker)  "
        f"capaian {Decimal(batch['capaian']):.4f} serapan {Decimal(batch['serapan']):.4f}"
    )
    for key, label in (("setara", "SQL setara"), ("naive", "SQL naif (TW IV)")):
        row = result[key]
        print(
            f"    {label:<16}{row['s'] * 1000:8.1f} ms  batch = {batch['s'] / row['s']:.2f}×  "
            f"hasil sama: {'ya' if _agree(row, batch) else 'TIDAK'}"
        )
    if "per_satker" in result:
        row = result["per_satker"]
        print(
            f"    per satker      {row['s'] * 1000:8.1f} ms  = {row['s'] / batch['s']:.1f}× batch  "
            f"hasil sama: {'ya' if _agree(row, batch) else 'TIDAK'}"
        )
    if "capaian_baris_per_detik" in result:
        print(f"    aturan capaian  {result['capaian_baris_per_detik']:,.0f} baris/detik")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--ukuran", default="55,553,5530", help="jumlah satker, dipisah koma")
    parser.add_argument("--ulang", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.ulang)
        return 0

    sizes = [int(size) for size in args.ukuran.split(",")]
    print(
        f"Kinerja national benchmark: {', '.join(map(str, sizes))} satker × 40 indikator × "
        f"4 triwulan × {len(YEARS)} tahun; median of {args.ulang} runs; year {YEAR}"
    )
    failures = 0
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        print(f"[{backend}]")
        for size in sizes:
            env = dict(os.environ)
            cleanup = None
            if backend == "sqlite":
                folder = tempfile.mkdtemp(prefix="kinerja-bench-")
                env["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
            else:
                name = f"kinerja_bench_{os.getpid()}_{size}"
                subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)  # noqa: S603,S607
                env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"

                def cleanup(name=name):
                    subprocess.run(  # noqa: S603
                        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", name],  # noqa: S607
                        check=False,
                    )

            try:
                completed = subprocess.run(  # noqa: S603
                    [sys.executable, __file__, "--child", str(size), "--ulang", str(args.ulang)],
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
                report(backend, json.loads(completed.stdout.strip().splitlines()[-1]))
            finally:
                if cleanup:
                    cleanup()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
