"""Dashboard benchmark: prints figures, asserts nothing about speed.

Builds the synthetic national dataset of kinerja.demo.nasional in a fresh database (SQLite,
PostgreSQL or both) and times, wall-clock, the median of --ulang runs in one process:

- KPU RI: its dashboard page (/satker/<slug>/dasbor/: the national roll-up, the 38 provinces'
  own figures and items needing attention, KPU RI's own dashboard) next to the baseline of the
  same run, its rekap page (/satker/<slug>/rekap/: the roll-up alone), both with every satker's
  figures already kept (warm), as between two writes;
- one province: its dashboard next to its rekap page;
- one kab/kota: its dashboard next to its pengukuran page (the same satker-year's measurement
  alone);
and the number of queries of each page, which must not grow with the number of satkers (the
script says so, and exits non-zero when the KPU RI dashboard's count differs between sizes).

    .venv/bin/python benchmarks/dasbor.py [--backend sqlite|postgresql|both] [--ukuran 55,553]
        [--ulang 5]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
YEAR = 2024


def measure(size: int, repeat: int) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from kinerja.accounts.models import User
    from kinerja.demo.nasional import Ukuran, bangun

    satkers = bangun(Ukuran(satker=size, tahun=(YEAR - 1, YEAR)))
    root = satkers[0]
    province = next(item for item in satkers if item.parent_id == root.pk)
    city = next(item for item in satkers if item.parent_id == province.pk)
    client = Client(HTTP_HOST="localhost")
    client.force_login(User.objects.create_superuser("bench", password=secrets.token_hex(8)))

    def page(url: str) -> dict:
        client.get(url, {"tahun": YEAR})  # figures computed and kept: warm from here on
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(url, {"tahun": YEAR})
            timings.append(time.perf_counter() - start)
            if response.status_code != 200:
                raise RuntimeError(f"{url}: {response.status_code}")
        with CaptureQueriesContext(connection) as captured:
            client.get(url, {"tahun": YEAR})
        return {"s": statistics.median(timings), "queries": len(captured)}

    def url(satker, name: str) -> str:
        return f"/satker/{satker.slug}/{name}/"

    return {
        "satker": len(satkers),
        "kpu_ri": {"dasbor": page(url(root, "dasbor")), "dasar": page(url(root, "rekap"))},
        "provinsi": {
            "dasbor": page(url(province, "dasbor")),
            "dasar": page(url(province, "rekap")),
        },
        "kab_kota": {"dasbor": page(url(city, "dasbor")), "dasar": page(url(city, "pengukuran"))},
    }


def run_child(size: int, repeat: int) -> None:
    """Runs in a child process whose DATABASE_URL names a fresh, empty database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("KINERJA_DEMO", "1")  # a throw-away local database
    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    print(json.dumps(measure(size, repeat)), flush=True)


BASELINES = {"kpu_ri": "rekap", "provinsi": "rekap", "kab_kota": "pengukuran"}


def report(result: dict) -> None:
    print(f"  {result['satker']} satker")
    for level, baseline in BASELINES.items():
        dashboard, base = result[level]["dasbor"], result[level]["dasar"]
        print(
            f"    {level:9} dasbor {dashboard['s'] * 1000:8.1f} ms ({dashboard['queries']} kueri)"
            f"   {baseline} {base['s'] * 1000:8.1f} ms ({base['queries']} kueri)"
            f"   ×{dashboard['s'] / base['s']:.2f}"
        )


def _database(backend: str, run: str, size: int):
    if backend == "sqlite":
        folder = tempfile.mkdtemp(prefix="kinerja-bench-")
        return f"sqlite:///{folder}/bench.sqlite3", lambda: shutil.rmtree(folder, True)
    name = f"kinerja_bench_dasbor_{run}_{size}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)  # noqa: S603,S607
    return f"postgres://postgres@127.0.0.1:5432/{name}", lambda: subprocess.run(  # noqa: S603
        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", name],  # noqa: S607
        check=False,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="sqlite")
    parser.add_argument("--ukuran", default="55,553", help="jumlah satker, dipisah koma")
    parser.add_argument("--ulang", type=int, default=5, help="runs per timing (median)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.ulang)
        return 0
    sizes = [int(size) for size in args.ukuran.split(",")]
    print(
        f"Kinerja dashboard benchmark: {', '.join(map(str, sizes))} satker × 40 indikator; "
        f"median of {args.ulang} runs, warm; year {YEAR}; baseline in the same run"
    )
    run = f"{os.getpid()}_{secrets.token_hex(3)}"
    failures = 0
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        print(f"[{backend}]")
        counts = set()
        for size in sizes:
            database, cleanup = _database(backend, run, size)
            try:
                completed = subprocess.run(  # noqa: S603
                    [sys.executable, __file__, "--child", str(size), "--ulang", str(args.ulang)],
                    env={**os.environ, "DATABASE_URL": database},
                    cwd=ROOT,
                    check=False,
                    capture_output=True,
                    text=True,
                )
                if completed.returncode != 0:
                    failures += 1
                    print(completed.stderr[-3000:], file=sys.stderr)
                    continue
                result = json.loads(completed.stdout.strip().splitlines()[-1])
                report(result)
                counts.add(result["kpu_ri"]["dasbor"]["queries"])
            finally:
                cleanup()
        if len(counts) > 1:
            failures += 1
            print(f"  kueri dasbor KPU RI berbeda antar ukuran: {sorted(counts)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
