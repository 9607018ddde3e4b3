"""Load benchmark (issue #10 §3): prints figures, asserts nothing about speed.

Kinerja as in production — gunicorn (--workers, 2 × cores + 1 by default) with the production
settings on a throw-away PostgreSQL database (benchmarks/layan.py) — holding the synthetic
national demo (kinerja.demo.nasional: KPU RI, 38 provinces, 514 kab/kota, 40 indicators each).
--pengguna users are created with one membership each: a tenth at KPU RI (pimpinan), three
tenths at a province (inspektur), the rest at a kab/kota (admin satker); each logs in through
the login form, from its own client thread on 127.0.0.1.

Two phases, in the same run and on the same server:

1. campuran (the issue's scenario): every user, for --detik seconds, picks a page it may read,
   requests it, waits a think time drawn from --jeda (seconds, uniform), and so on. The pages:
   the KPU RI dashboard (KPU RI users), a province's dashboard (its own, or any for KPU RI),
   a kab/kota's dashboard, measurement page and realisation entry overview (its own, one in
   its province, or any), and the trivial view — the login page, GET, with the user's session.
   Printed per page: requests, throughput, p50/p95/p99 answer time at the client, errors
   (any status but 200, or no answer).
2. kapasitas: each page alone, requested without think time by --klien clients (KPU RI users'
   sessions, a random satker of the page's level each time) for --kapasitas-detik seconds:
   the throughput the server sustains for that page, beside the trivial view's (the ratio).
   Phase 1's throughputs follow the think time, not the server; this is where a slow page
   shows.

Before phase 1 a KPU RI user opens its dashboard once: the national roll-up's figures are
computed and kept (kinerja.measurement.ringkasan), as they are between two writes. Then
(--panaskan, the default) every measured page of every satker is opened once, by as many
clients as workers: the phases measure the pages as users mostly see them, between two
writes, and the warm-up's own time and percentiles are the cold cost. Without --cache-url
each worker keeps its own cache (local memory), so only the worker that served a page has it
kept; with a Redis all workers share it. --no-panaskan leaves every cache to fill during the
run.

Client and server share this machine: the clients' threads (one interpreter, so at most one
core) take CPU from the server, which remote users' browsers would not.

    .venv/bin/python benchmarks/beban.py [--pengguna 100] [--detik 300] [--jeda 1-3]
        [--workers N] [--ukuran 553] [--kapasitas-detik 20] [--klien N]
        [--cache-url redis://127.0.0.1:6379/15] [--no-panaskan]
"""

import argparse
import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from layan import LOGIN, ROOT, Browser, database, kinerja, production_env, server

TAHUN = 2024
PAGES = ("trivial", "dasbor_kpu_ri", "dasbor_provinsi", "dasbor_kab_kota", "pengukuran", "isian")
LABELS = {
    "trivial": "trivial (GET /akun/masuk/)",
    "dasbor_kpu_ri": "dasbor KPU RI",
    "dasbor_provinsi": "dasbor provinsi",
    "dasbor_kab_kota": "dasbor kab/kota",
    "pengukuran": "pengukuran kab/kota",
    "isian": "realisasi (isian) kab/kota",
}


class Pengguna(Browser):
    """One user of the load: logged in once, then timing the pages it asks for."""

    def __init__(self, base: str):
        super().__init__(base, timeout=120)

    def login(self, username: str, password: str) -> None:
        status = super().login(username, password)
        if status != 302:
            raise SystemExit(f"{username} tidak dapat masuk (status {status})")

    def timed(self, path: str) -> tuple[float, bool]:
        start = time.perf_counter()
        try:
            ok = self.request(path)[0] == 200
        except OSError:
            ok = False
        return time.perf_counter() - start, ok


def prepare(size: int, users: int) -> None:
    """In a child process on the fresh database: the national demo and the users, as JSON."""
    import django

    django.setup()
    from django.contrib.auth.hashers import make_password

    from kinerja.accounts.models import Membership, User
    from kinerja.demo.nasional import Ukuran, bangun

    satkers = bangun(Ukuran(satker=size, tahun=(TAHUN - 1, TAHUN)))
    root = satkers[0]
    provinces = [item for item in satkers if item.parent_id == root.pk]
    by_province = {
        province.slug: [item.slug for item in satkers if item.parent_id == province.pk]
        for province in provinces
    }
    cities = [item for item in satkers if item.parent_id not in (None, root.pk)]
    # One hash for every user: hashing is the login's cost, not the set-up's.
    password = make_password(os.environ["BEBAN_SANDI"])
    people = []
    for number in range(users):
        if number % 10 == 0:
            level, satker, peran = "pusat", root, Membership.Peran.PIMPINAN
        elif number % 10 <= 3:
            level, satker = "provinsi", provinces[number % len(provinces)]
            peran = Membership.Peran.INSPEKTUR
        else:
            level, satker = "kab_kota", cities[number % len(cities)]
            peran = Membership.Peran.ADMIN_SATKER
        people.append((f"beban-{number:03d}", level, satker, peran))
    created = User.objects.bulk_create(
        User(username=name, password=password) for name, *_ in people
    )
    Membership.objects.bulk_create(
        Membership(user=user, satker=satker, peran=peran)
        for user, (_, _, satker, peran) in zip(created, people, strict=True)
    )
    print(
        json.dumps(
            {
                "kpu_ri": root.slug,
                "provinsi": by_province,
                "pengguna": [
                    {"username": name, "level": level, "satker": satker.slug}
                    for name, level, satker, _ in people
                ],
            }
        )
    )


class Plan:
    """Which page of which satker a user may read, picked at random."""

    def __init__(self, world: dict, rng: random.Random):
        self.world, self.rng = world, rng
        self.provinces = list(world["provinsi"])
        self.cities = [city for cities in world["provinsi"].values() for city in cities]

    def pages_of(self, user: dict) -> list[str]:
        if user["level"] == "pusat":
            return list(PAGES)
        if user["level"] == "provinsi":
            return [page for page in PAGES if page != "dasbor_kpu_ri"]
        return ["trivial", "dasbor_kab_kota", "pengukuran", "isian"]

    def city_of(self, user: dict) -> str:
        if user["level"] == "kab_kota":
            return user["satker"]
        if user["level"] == "provinsi":
            return self.rng.choice(self.world["provinsi"][user["satker"]])
        return self.rng.choice(self.cities)

    def path(self, page: str, user: dict) -> str:
        if page == "trivial":
            return LOGIN
        if page == "dasbor_kpu_ri":
            slug, name = self.world["kpu_ri"], "dasbor"
        elif page == "dasbor_provinsi":
            slug = user["satker"] if user["level"] == "provinsi" else None
            slug, name = slug or self.rng.choice(self.provinces), "dasbor"
        else:
            name = {"dasbor_kab_kota": "dasbor", "pengukuran": "pengukuran", "isian": "realisasi"}
            slug, name = self.city_of(user), name[page]
        return f"/satker/{slug}/{name}/?tahun={TAHUN}"


def run_users(clients, plan_of, seconds: float, pause: tuple[float, float]) -> tuple[dict, float]:
    """Each client (browser, user, pages) in its own thread until `seconds` pass: the samples
    (page → [(seconds, ok)]) of the requests begun and answered in that time."""
    samples: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    lock = threading.Lock()
    start = time.monotonic()
    deadline = start + seconds

    def work(index: int, browser: Browser, user: dict, pages: list[str]) -> None:
        rng = random.Random(index)  # noqa: S311 - a load mix, not security
        plan = plan_of(rng)
        # Users do not arrive all at once: each starts within its first think time.
        time.sleep(rng.uniform(0, pause[1]))
        while time.monotonic() < deadline:
            page = rng.choice(pages)
            elapsed, ok = browser.timed(plan.path(page, user))
            if time.monotonic() <= deadline:
                with lock:
                    samples[page].append((elapsed, ok))
            if pause[1]:
                time.sleep(rng.uniform(*pause))

    threads = [
        threading.Thread(target=work, args=(index, *client), daemon=True)
        for index, client in enumerate(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, time.monotonic() - start


def percentiles(seconds: list[float]) -> tuple[float, float, float]:
    if len(seconds) < 2:
        value = seconds[0] if seconds else float("nan")
        return value, value, value
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


HEADER = f"{'halaman':30}{'permintaan':>11}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
HEADER += f"{'galat':>7}"


def row(page: str, rows: list[tuple[float, bool]], seconds: float) -> str:
    p50, p95, p99 = percentiles([elapsed for elapsed, _ in rows])
    errors = sum(1 for _, ok in rows if not ok)
    return (
        f"{LABELS[page]:30}{len(rows):11}{len(rows) / seconds:9.1f}{p50 * 1000:9.0f}"
        f"{p95 * 1000:9.0f}{p99 * 1000:9.0f}{errors:7}"
    )


def print_table(samples: dict, elapsed: float) -> None:
    print(HEADER)
    for page in PAGES:
        if samples.get(page):
            print(row(page, samples[page], elapsed), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pengguna", type=int, default=100)
    parser.add_argument("--detik", type=float, default=300)
    parser.add_argument("--jeda", default="1-3", help="think time in seconds, min-max")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument("--ukuran", type=int, default=553, help="satkers in the national demo")
    parser.add_argument("--kapasitas-detik", type=float, default=20)
    parser.add_argument("--klien", type=int, default=0, help="capacity clients (2 × workers)")
    parser.add_argument("--cache-url", default="", help="KINERJA_CACHE_URL for the server")
    parser.add_argument(
        "--panaskan",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="open every page of every satker once before measuring (a shared --cache-url)",
    )
    parser.add_argument("--siapkan", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.siapkan:
        prepare(args.ukuran, args.pengguna)
        return
    low, _, high = args.jeda.partition("-")
    pause = (float(low), float(high or low))
    clients_capacity = args.klien or 2 * args.workers
    password = secrets.token_urlsafe(16)

    folder = Path(tempfile.mkdtemp(prefix="kinerja-beban-"))
    env: dict = {}
    try:
        with database("postgresql", folder, "kinerja_beban") as database_url:
            env = production_env(database_url, folder)
            if args.cache_url:
                # A prefix of its own: another throw-away database on the same Redis holds
                # other data under the same satker ids and versions.
                env["KINERJA_CACHE_URL"] = args.cache_url
                env["KINERJA_CACHE_PREFIX"] = f"beban-{secrets.token_hex(4)}"
            print(f"Menyiapkan PostgreSQL: demo nasional {args.ukuran} satker ...", flush=True)
            kinerja(env, "migrate", "--noinput")
            kinerja(env, "collectstatic", "--noinput", "-v0")
            completed = subprocess.run(  # noqa: S603 - this script, fixed arguments
                [sys.executable, __file__, "--siapkan", "--ukuran", str(args.ukuran)]
                + ["--pengguna", str(max(args.pengguna, 10 * clients_capacity))],
                cwd=ROOT,
                env=env | {"DJANGO_SETTINGS_MODULE": "config.settings", "BEBAN_SANDI": password},
                capture_output=True,
                text=True,
            )
            if completed.returncode:
                raise SystemExit(completed.stderr[-3000:])
            world = json.loads(completed.stdout.strip().splitlines()[-1])
            with server(env, "config.settings", args.workers, folder / "gunicorn.log") as base:
                people = world["pengguna"][: args.pengguna]
                top = [user for user in world["pengguna"] if user["level"] == "pusat"]
                warm = Pengguna(base)
                warm.login(top[0]["username"], password)
                start = time.perf_counter()
                status, _ = warm.request(f"/satker/{world['kpu_ri']}/dasbor/?tahun={TAHUN}")
                print(
                    f"Dasbor KPU RI pertama (ringkasan {args.ukuran} satker dihitung): "
                    f"{time.perf_counter() - start:.1f} s, status {status}",
                    flush=True,
                )
                if args.panaskan:
                    warm_up(base, world, top, password, args.workers)
                browsers = {}
                for user in {item["username"]: item for item in people + top}.values():
                    browsers[user["username"]] = Pengguna(base)
                # Logged in a few at a time: each login hashes its password (PBKDF2).
                with ThreadPoolExecutor(max_workers=args.workers) as pool:
                    list(pool.map(lambda name: browsers[name].login(name, password), browsers))
                plan = Plan(world, random.Random(0))  # noqa: S311
                clients = [
                    (browsers[user["username"]], user, plan.pages_of(user)) for user in people
                ]
                print(
                    f"\n1. campuran: {len(people)} pengguna, {args.detik:.0f} s, jeda "
                    f"{pause[0]:g}–{pause[1]:g} s; gunicorn {args.workers} worker; cache "
                    f"{'Redis' if args.cache_url else 'memori tiap worker'}",
                    flush=True,
                )
                samples, elapsed = run_users(
                    clients, lambda rng: Plan(world, rng), args.detik, pause
                )
                print_table(samples, elapsed)
                total = sum(len(rows) for rows in samples.values())
                errors = sum(1 for rows in samples.values() for _, ok in rows if not ok)
                print(f"{'semua':30}{total:11}{total / elapsed:9.1f}{'':27}{errors:7}")

                print(
                    f"\n2. kapasitas: tiap halaman sendiri, {clients_capacity} klien tanpa jeda, "
                    f"{args.kapasitas_detik:.0f} s per halaman",
                    flush=True,
                )
                capacity: dict[str, list[tuple[float, bool]]] = {}
                capacity_time: dict[str, float] = {}
                for page in PAGES:
                    own = [
                        (browsers[top[index % len(top)]["username"]], top[0], [page])
                        for index in range(clients_capacity)
                    ]
                    result, seconds = run_users(
                        own, lambda rng: Plan(world, rng), args.kapasitas_detik, (0, 0)
                    )
                    capacity[page] = result[page]
                    capacity_time[page] = seconds
                print_table_capacity(capacity, capacity_time)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if args.cache_url and "KINERJA_CACHE_PREFIX" in env:
            forget(args.cache_url, env["KINERJA_CACHE_PREFIX"])


def warm_up(base: str, world: dict, top: list[dict], password: str, workers: int) -> None:
    """Every page of every satker opened once, by as many KPU RI clients as workers: what the
    phases then measure is the pages between two writes, as users mostly see them. The time
    it takes is the cold cost (every satker-year computed once)."""
    cities = [city for items in world["provinsi"].values() for city in items]
    paths = [f"/satker/{world['kpu_ri']}/dasbor/?tahun={TAHUN}"]
    paths += [f"/satker/{slug}/dasbor/?tahun={TAHUN}" for slug in world["provinsi"]]
    paths += [
        f"/satker/{slug}/{name}/?tahun={TAHUN}"
        for slug in cities
        for name in ("dasbor", "pengukuran", "realisasi")
    ]
    clients = []
    for index in range(workers):
        client = Pengguna(base)
        client.login(top[index % len(top)]["username"], password)
        clients.append(client)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        timings = list(
            pool.map(lambda item: clients[item[0] % workers].timed(item[1]), enumerate(paths))
        )
    errors = sum(1 for _, ok in timings if not ok)
    p50, p95, _ = percentiles([elapsed for elapsed, _ in timings])
    print(
        f"Pemanasan: {len(paths)} halaman dibuka sekali dalam {time.perf_counter() - start:.0f} s "
        f"(p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms), galat {errors}",
        flush=True,
    )


def forget(cache_url: str, prefix: str) -> None:
    """Deletes the run's own keys from the Redis it was given (they would expire in a day)."""
    import redis

    client = redis.Redis.from_url(cache_url)
    for batch in _batches(client.scan_iter(match=f"{prefix}:*", count=1000), 500):
        client.delete(*batch)


def _batches(items, size: int):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def print_table_capacity(samples: dict, elapsed: dict) -> None:
    trivial_rate = len(samples["trivial"]) / elapsed["trivial"]
    print(HEADER + "  ×trivial")
    for page in PAGES:
        rate = len(samples[page]) / elapsed[page]
        print(f"{row(page, samples[page], elapsed[page])}  {rate / trivial_rate:7.0%}", flush=True)


if __name__ == "__main__":
    main()
