"""National measurement benchmark: prints figures, asserts nothing about speed.

Builds a synthetic national dataset — 553 satker (KPU RI, 38 provinces, 514 kab/kota) × 40
indicators (10 kegiatan × 4) × 4 quarters × 5 years = 442.400 realisations, with annual targets,
pagu and budget realisations — on SQLite and on PostgreSQL, and prints for each:

- capaian computation: rows per second of kinerja.measurement.capaian.hitung_capaian over every
  realisation (pure Python, data already in memory);
- a full national roll-up for one year through the product path
  (kinerja.measurement.selectors.pengukuran for every satker, then the national mean and
  serapan), beside the equivalent raw SQL aggregate measured in the same run. The two must
  give the same national capaian and serapan; the script checks that they do.

Every timing is the median of --ulang runs. Usage (from the repository root):

    .venv/bin/python benchmarks/national_rollup.py [--backend sqlite|postgresql|both] [--ulang 3]

PostgreSQL: a throw-away database is created on 127.0.0.1:5432 (user postgres, trust auth)
and dropped afterwards.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SATKER_COUNT = (1, 38, 514)
INDICATORS = 40
KEGIATAN = 10
YEARS = [2020, 2021, 2022, 2023, 2024]
QUARTERS = ["tw1", "tw2", "tw3", "tw4"]
YEAR = 2024


def _timed(function, repeat: int) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), result


def build(stdout) -> None:
    from kinerja.budgets.models import Kegiatan, Pagu, RealisasiAnggaran
    from kinerja.measurement.models import Realisasi
    from kinerja.organisations.models import Satker
    from kinerja.planning.models import IndikatorKinerja, TargetTahunan

    start = time.perf_counter()
    pusat = Satker.objects.create(nama="KPU RI", slug="b-kpu-ri", tingkat="pusat")
    provinces = Satker.objects.bulk_create(
        Satker(nama=f"KPU Provinsi {n}", slug=f"b-prov-{n}", tingkat="provinsi", parent=pusat)
        for n in range(SATKER_COUNT[1])
    )
    Satker.objects.bulk_create(
        Satker(
            nama=f"KPU Kab/Kota {n}",
            slug=f"b-kab-{n}",
            tingkat="kabupaten_kota",
            parent=provinces[n % len(provinces)],
        )
        for n in range(SATKER_COUNT[2])
    )
    satkers = list(Satker.objects.filter(slug__startswith="b-").order_by("pk"))
    kegiatan = Kegiatan.objects.bulk_create(
        Kegiatan(kode=f"B{n:03d}", nama=f"Kegiatan {n}") for n in range(KEGIATAN)
    )
    IndikatorKinerja.objects.bulk_create(
        (
            IndikatorKinerja(
                satker=satker,
                kode=f"I{n:02d}",
                nama=f"Indikator {n}",
                kegiatan=kegiatan[n % KEGIATAN],
                metode_agregasi="terakhir",
            )
            for satker in satkers
            for n in range(INDICATORS)
        ),
        batch_size=5000,
    )
    indicators = list(IndikatorKinerja.objects.filter(satker__slug__startswith="b-"))
    TargetTahunan.objects.bulk_create(
        (
            TargetTahunan(indikator=item, tahun=year, target=Decimal(80 + (item.pk + year) % 20))
            for item in indicators
            for year in YEARS
        ),
        batch_size=5000,
    )
    Realisasi.objects.bulk_create(
        (
            Realisasi(
                indikator=item,
                tahun=year,
                periode=quarter,
                target=Decimal(80 + (item.pk + year) % 20),
                nilai=Decimal(60 + (item.pk * 7 + year + index * 11) % 45),
            )
            for item in indicators
            for year in YEARS
            for index, quarter in enumerate(QUARTERS)
        ),
        batch_size=5000,
    )
    Pagu.objects.bulk_create(
        (
            Pagu(
                satker=satker,
                kegiatan=item,
                tahun=year,
                jenis="awal",
                sumber="sintetis",
                jumlah=Decimal(100_000_000 + satker.pk * 1000 + year),
            )
            for satker in satkers
            for item in kegiatan
            for year in YEARS
        ),
        batch_size=5000,
    )
    RealisasiAnggaran.objects.bulk_create(
        (
            RealisasiAnggaran(
                satker=satker,
                kegiatan=item,
                tahun=year,
                periode="tahunan",
                sumber="sintetis",
                jumlah=Decimal(90_000_000 + (satker.pk * 37 + year) % 9_000_000),
            )
            for satker in satkers
            for item in kegiatan
            for year in YEARS
        ),
        batch_size=5000,
    )
    stdout.write(
        f"  dataset: {len(satkers)} satker, {len(indicators)} indikator, "
        f"{Realisasi.objects.count()} realisasi, built in {time.perf_counter() - start:.1f} s\n"
    )


def measure(repeat: int, stdout) -> dict[str, str]:
    from django.db import connection

    from kinerja.measurement.capaian import hitung_capaian
    from kinerja.measurement.models import Realisasi
    from kinerja.measurement.rollup import rata_rata, serapan
    from kinerja.measurement.selectors import pengukuran
    from kinerja.organisations.models import Satker

    rows = list(Realisasi.objects.values_list("target", "nilai"))

    def compute_all():
        return sum(1 for target, value in rows if hitung_capaian(target, value).dinilai)

    capaian_time, computed = _timed(compute_all, repeat)
    if computed != len(rows):
        raise RuntimeError(f"{len(rows) - computed} realisasi tidak dinilai")

    satkers = list(Satker.objects.filter(slug__startswith="b-").order_by("pk"))

    def national_product():
        results = [pengukuran(satker, YEAR) for satker in satkers]
        pagu = sum((result.total()[0] for result in results), Decimal(0))
        spent = sum((result.total()[1] for result in results), Decimal(0))
        return rata_rata([result.capaian for result in results]), serapan(spent, pagu)

    # One SQL statement: latest quarter (tw4) per indicator, R/T×100, mean per kegiatan, per
    # satker, nationally; serapan from the budget tables.
    sql_capaian = """
        SELECT AVG(satker_capaian) FROM (
            SELECT satker_id, AVG(kegiatan_capaian) AS satker_capaian FROM (
                SELECT i.satker_id, i.kegiatan_id,
                       AVG(r.nilai * 100.0 / r.target) AS kegiatan_capaian
                FROM measurement_realisasi r
                JOIN planning_indikatorkinerja i ON i.id = r.indikator_id
                WHERE r.tahun = %s AND r.periode = 'tw4'
                GROUP BY i.satker_id, i.kegiatan_id
            ) per_kegiatan GROUP BY satker_id
        ) per_satker
    """
    sql_serapan = """
        SELECT (SELECT SUM(jumlah) FROM budgets_realisasianggaran WHERE tahun = %s) * 100.0
             / (SELECT SUM(jumlah) FROM budgets_pagu WHERE tahun = %s)
    """

    def national_sql():
        with connection.cursor() as cursor:
            cursor.execute(sql_capaian, [YEAR])
            capaian = cursor.fetchone()[0]
            cursor.execute(sql_serapan, [YEAR, YEAR])
            return capaian, cursor.fetchone()[0]

    product_time, (product_capaian, product_serapan) = _timed(national_product, repeat)
    sql_time, (sql_capaian_value, sql_serapan_value) = _timed(national_sql, repeat)
    agree = abs(Decimal(str(sql_capaian_value)) - product_capaian) < Decimal("0.0001") and abs(
        Decimal(str(sql_serapan_value)) - product_serapan
    ) < Decimal("0.0001")
    return {
        "realisasi": f"{len(rows)}",
        "capaian_median_s": f"{capaian_time:.3f}",
        "capaian_rows_per_s": f"{len(rows) / capaian_time:,.0f}",
        "rollup_product_median_s": f"{product_time:.2f}",
        "rollup_sql_median_s": f"{sql_time:.3f}",
        "ratio": f"{product_time / sql_time:,.0f}×",
        "national_capaian": f"{product_capaian:.4f} (SQL {Decimal(str(sql_capaian_value)):.4f})",
        "national_serapan": f"{product_serapan:.4f} (SQL {Decimal(str(sql_serapan_value)):.4f})",
        "same_result": "ya" if agree else "TIDAK",
    }


def run_backend(repeat: int) -> None:
    """Runs inside a child process whose DATABASE_URL names a fresh, empty database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    stdout = sys.stdout
    stdout.write(f"[{connection.vendor}]\n")
    build(stdout)
    for key, value in measure(repeat, stdout).items():
        stdout.write(f"  {key:<24} {value}\n")
    stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--ulang", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_backend(args.ulang)
        return 0

    print(
        f"Kinerja national benchmark: {sum(SATKER_COUNT)} satker × {INDICATORS} indikator × "
        f"{len(QUARTERS)} triwulan × {len(YEARS)} tahun; medians of {args.ulang} runs"
    )
    failures = 0
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        env = dict(os.environ)
        cleanup = None
        if backend == "sqlite":
            folder = tempfile.mkdtemp(prefix="kinerja-bench-")
            env["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
        else:
            name = f"kinerja_bench_{os.getpid()}"
            subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)  # noqa: S603,S607
            env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{name}"

            def cleanup(name=name):
                subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", name], check=False)  # noqa: S603,S607

        try:
            completed = subprocess.run(  # noqa: S603
                [sys.executable, __file__, "--child", "--ulang", str(args.ulang)],
                env=env,
                cwd=ROOT,
                check=False,
            )
            failures += completed.returncode != 0
        finally:
            if cleanup:
                cleanup()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
