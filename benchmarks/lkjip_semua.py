"""Year-end batch benchmark: every LKjIP of the national demo through Celery workers.

Builds the synthetic national dataset (`kinerja demo-nasional --ukuran N`, the generator of
benchmarks/national_rollup.py) in a fresh database, starts `celery -A config worker` with
--worker processes against Redis at 127.0.0.1:6379 on a queue of its own, and runs
`kinerja laporan --semua --induk sintetis-kpu-ri` as an operator would. It prints:

- the baseline, in the same run: one report written in a plain process, no Celery, no other
  work (median of --dasar reports, after one warm-up report);
- per report in the batch: the median and 95th percentile of the time each task took to write
  its report (kept on each satker's row), which the baseline shows the cost of running
  side by side on shared cores;
- the total wall-clock time of the command, from sending to the last file copied, and the
  reports per minute; below 553 satker, the total extrapolated linearly to 553 (stated so).

Prints figures only; the goal (all 553 within 10 minutes on 2 cores) is compared, not
asserted. Every process is stopped and every file or database removed at the end.

    .venv/bin/python benchmarks/lkjip_semua.py [--ukuran 553] [--worker 2] [--format docx]
        [--backend sqlite|postgresql] [--dasar 3]
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

import redis

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
BROKER = "redis://127.0.0.1:6379/14"
NASIONAL = 553
GOAL_S = 600
YEAR = 2024

BASELINE = """
import json, statistics, time
from kinerja.documents.laporan_berkas import berkas_lkjip
from kinerja.organisations.models import Satker
satkers = list(Satker.objects.filter(slug__startswith="sintetis-kab-").order_by("pk")[:{n}+1])
berkas_lkjip(satkers[0], {year}, "{fmt}")  # warm-up: imports, fonts, caches
timings = []
for satker in satkers[1:]:
    start = time.perf_counter()
    berkas_lkjip(satker, {year}, "{fmt}")
    timings.append(time.perf_counter() - start)
print(json.dumps(timings))
"""
TIMINGS = """
import json
from kinerja.documents.models import LaporanMassal
job = LaporanMassal.objects.latest("pk")
rows = job.satker_laporan.values_list("status", "detik")
print(json.dumps([[status, float(detik or 0)] for status, detik in rows]))
"""


def run(env, *args, timeout=None) -> subprocess.CompletedProcess:
    done = subprocess.run(  # noqa: S603
        [str(BIN / "kinerja"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return done


def must(done: subprocess.CompletedProcess) -> str:
    if done.returncode != 0:
        sys.exit(f"gagal: {' '.join(done.args[1:3])}\n{done.stderr[-3000:]}")
    return done.stdout


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ukuran", type=int, default=NASIONAL, help="jumlah satker")
    parser.add_argument("--worker", type=int, default=2, help="proses worker Celery")
    parser.add_argument("--format", default="docx", choices=["docx", "pdf", "xlsx"])
    parser.add_argument("--backend", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--dasar", type=int, default=3, help="laporan untuk baseline")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kinerja-lkjip-semua-"))
    queue = f"kinerja-bench-{os.getpid()}-{secrets.token_hex(3)}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "KINERJA_DEMO": "1",  # a throw-away local database
        "KINERJA_MEDIA_ROOT": str(folder / "media"),
        "CELERY_BROKER_URL": BROKER,
        "KINERJA_CELERY_QUEUE": queue,
    }
    database = None
    if args.backend == "postgresql":
        database = f"kinerja_bench_lkjip_{os.getpid()}_{secrets.token_hex(3)}"
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)  # noqa: S603,S607
        env["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{database}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    worker = None
    try:
        must(run(env, "migrate", "--noinput", "-v0"))
        start = time.perf_counter()
        must(run(env, "demo-nasional", "--ukuran", str(args.ukuran)))
        built = time.perf_counter() - start
        print(
            f"Kinerja LKjIP semua: {args.ukuran} satker × 40 indikator, {args.format}, "
            f"{args.backend}, {args.worker} worker, {os.cpu_count()} core; tahun {YEAR}"
        )
        print(f"  data nasional dibangun   {built:8.1f} s")
        baseline = json.loads(
            must(
                run(
                    env,
                    "shell",
                    "-c",
                    BASELINE.format(n=args.dasar, year=YEAR, fmt=args.format),
                )
            )
            .strip()
            .splitlines()[-1]
        )
        print(
            f"  baseline, 1 proses       {statistics.median(baseline):8.2f} s/laporan "
            f"(median {len(baseline)} laporan, tanpa Celery)"
        )
        worker = subprocess.Popen(  # noqa: S603
            [
                str(BIN / "celery"), "-A", "config", "worker", "--loglevel=WARNING",
                "--concurrency", str(args.worker), "--queues", queue,
                "--hostname", f"bench-{queue}@%h",
            ],
            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        start = time.perf_counter()
        done = run(
            env, "laporan", "--semua", "--induk", "sintetis-kpu-ri", "--tahun", str(YEAR),
            "--format", args.format, "--output", str(folder / "keluaran"),
        )  # fmt: skip
        total = time.perf_counter() - start
        if done.returncode not in (0, 1):
            sys.exit(f"kinerja laporan --semua gagal:\n{done.stderr[-3000:]}")
        rows = json.loads(must(run(env, "shell", "-c", TIMINGS)).strip().splitlines()[-1])
        seconds = [detik for status, detik in rows if status == "selesai"]
        failed = sum(1 for status, _ in rows if status == "gagal")
        print(
            f"  per laporan, batch       {statistics.median(seconds):8.2f} s median, "
            f"{percentile(seconds, 0.95):.2f} s p95 ({len(seconds)} ditulis, {failed} gagal)"
        )
        print(
            f"  total {args.ukuran:>4} laporan       {total:8.1f} s = {total / 60:.1f} menit "
            f"({args.ukuran / total * 60:.1f} laporan/menit)"
        )
        national = total * NASIONAL / args.ukuran
        if args.ukuran != NASIONAL:
            print(
                f"  ekstrapolasi ke {NASIONAL}      {national:8.1f} s = {national / 60:.1f} menit "
                f"(linier dari {args.ukuran} satker, BUKAN diukur)"
            )
        verdict = "ya" if national <= GOAL_S else "TIDAK"
        print(f"  sasaran ≤ 10 menit untuk {NASIONAL}: {verdict}")
        return 0
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=60)
        redis.Redis.from_url(BROKER).delete(queue)
        shutil.rmtree(folder, ignore_errors=True)
        if database:
            subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", database], check=False)  # noqa: S603,S607


if __name__ == "__main__":
    sys.exit(main())
