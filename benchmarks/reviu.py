"""Reviu and rekap pages benchmark: prints figures, asserts nothing about speed.

Loads the Prabumulih demo and the synthetic national dataset of kinerja.demo.nasional into a
fresh database (SQLite or PostgreSQL) and times, wall-clock, the median of --ulang warm views
in one process (each page viewed once before, as between two writes), with the number of
queries of one more view:

- the reviu page (/satker/<slug>/reviu/) of the demo's KPU Kota Prabumulih (its LKjIP 2024, 84
  findings) and of one synthetic kab/kota;
- the rekap page (/satker/<slug>/rekap/) of KPU RI and of one province;
- KPU RI's own page (/satker/<slug>/), which shows the same roll-up above its documents.

    .venv/bin/python benchmarks/reviu.py [--backend sqlite|postgresql] [--ukuran 553]
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
    from kinerja.demo.loader import load_demo
    from kinerja.demo.nasional import Ukuran, bangun

    load_demo()
    satkers = bangun(Ukuran(satker=size, tahun=(YEAR - 1, YEAR)))
    root = satkers[0]
    province = next(item for item in satkers if item.parent_id == root.pk)
    city = next(item for item in satkers if item.parent_id == province.pk)
    client = Client(HTTP_HOST="localhost")
    client.force_login(User.objects.create_superuser("bench", password=secrets.token_hex(8)))

    def page(url: str) -> dict:
        start = time.perf_counter()
        client.get(url, {"tahun": YEAR})  # computed (and kept, where kept): warm from here on
        first = time.perf_counter() - start
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            response = client.get(url, {"tahun": YEAR})
            timings.append(time.perf_counter() - start)
            if response.status_code != 200:
                raise RuntimeError(f"{url}: {response.status_code}")
        with CaptureQueriesContext(connection) as captured:
            client.get(url, {"tahun": YEAR})
        return {"first": first, "s": statistics.median(timings), "queries": len(captured)}

    return {
        "satker": len(satkers),
        "pages": {
            "reviu Prabumulih (demo)": page("/satker/kpu-kota-prabumulih/reviu/"),
            "reviu kab/kota (sintetis)": page(f"/satker/{city.slug}/reviu/"),
            "rekap KPU RI": page(f"/satker/{root.slug}/rekap/"),
            "rekap provinsi": page(f"/satker/{province.slug}/rekap/"),
            "halaman satker KPU RI": page(f"/satker/{root.slug}/"),
        },
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


def _database(backend: str, run: str):
    if backend == "sqlite":
        folder = tempfile.mkdtemp(prefix="kinerja-bench-")
        return f"sqlite:///{folder}/bench.sqlite3", lambda: shutil.rmtree(folder, True)
    name = f"kinerja_bench_reviu_{run}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)  # noqa: S603,S607
    return f"postgres://postgres@127.0.0.1:5432/{name}", lambda: subprocess.run(  # noqa: S603
        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", name],  # noqa: S607
        check=False,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--ukuran", type=int, default=553, help="jumlah satker sintetis")
    parser.add_argument("--ulang", type=int, default=5, help="warm views per page (median)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.ulang)
        return 0
    database, cleanup = _database(args.backend, f"{os.getpid()}_{secrets.token_hex(3)}")
    try:
        completed = subprocess.run(  # noqa: S603
            [sys.executable, __file__, "--child", str(args.ukuran), "--ulang", str(args.ulang)],
            env={**os.environ, "DATABASE_URL": database},
            cwd=ROOT,
            check=False,
            capture_output=True,
            text=True,
        )
    finally:
        cleanup()
    if completed.returncode != 0:
        print(completed.stderr[-3000:], file=sys.stderr)
        return 1
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    print(
        f"Kinerja reviu/rekap benchmark [{args.backend}]: demo + {result['satker']} satker "
        f"sintetis × 40 indikator; year {YEAR}; median of {args.ulang} warm views"
    )
    for name, figures in result["pages"].items():
        print(
            f"  {name:27} {figures['s'] * 1000:8.1f} ms  {figures['queries']:3} kueri"
            f"   (first view {figures['first'] * 1000:.0f} ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
