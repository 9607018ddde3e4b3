"""Password-guessing benchmark: prints figures, asserts nothing about speed.

What a logged-in satker user notices while four clients guess passwords on the login page as
fast as they can, with and without the login lockout (django-axes, kinerja/accounts/lockout.py).
Kinerja runs as in production: gunicorn with --workers sync workers (2, for a 2-core server),
the production settings (its own secret key, KINERJA_ALLOWED_HOSTS=127.0.0.1, plain HTTP through
KINERJA_HTTPS=0, collected static files served by WhiteNoise, the PBKDF2 password hasher) on a
throw-away database holding the demo (`kinerja migrate`, `kinerja demo --paksa`).

One client logs in as the demo's satker admin (prabumulih) and requests, in turn, the satker
page and its measurement page; each figure is the median and p95 of --ulang requests per page,
wall-clock at the client:

- tenang: no other load, the baseline, measured on each server in the same run;
- tebak: while 4 clients (threads) post wrong passwords, each for its own real demo account
  (operator, kasubbag, sekretaris, inspektur), from 127.0.0.1, each with the CSRF token of its
  own login page; on a server with production's lockout (kunci aktif), then on one with
  benchmarks/settings_tanpa_kunci.py (kunci mati: AXES_ENABLED=False, every guess hashed).

With the lockout, the page's figures are also split at the moment every guesser has been
refused once (sebelum / sesudah semua terkunci). For each guessing phase it prints the guesses
per second, the answers by status with their median answer time (200: the form with its error;
429: the lockout page), and how many passwords were checked: the failures django-axes recorded
(read from its table), which include the failure that locks, answered with 429 although its
password was hashed; the rest were refused without a check. After each phase the satker user
logs in again with the right password from the same address, as a colleague in the same office
(behind the same address) would.

Client and server share this machine: the guessers' own CPU is taken from the server, which a
remote attacker's would not be (the four threads share one interpreter, so at most one core).

    .venv/bin/python benchmarks/tebak_sandi.py [--backend postgresql|sqlite] [--ulang 30]
        [--workers 2]

PostgreSQL: a throw-away database with a unique name on 127.0.0.1:5432 (user postgres, trust
auth), dropped at the end; the temporary folder (SQLite file, static files, server logs) is
deleted likewise, and each server is stopped through its PID.
"""

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from layan import Browser, database, kinerja, production_env, server

SATKER = "/satker/kpu-kota-prabumulih/"
PAGES = {"satker": SATKER, "pengukuran": f"{SATKER}pengukuran/"}
USER = "prabumulih"
GUESSED = ("operator", "kasubbag", "sekretaris", "inspektur")
# The demo accounts' published password (kinerja/demo/loader.py), in a throw-away database.
DEMO_PASSWORD = "kinerja-demo"  # noqa: S105


class Guesser(threading.Thread):
    """Posts wrong passwords for one account until told to stop."""

    def __init__(self, base: str, username: str, ready: threading.Barrier, stop: threading.Event):
        super().__init__(daemon=True)
        self.base, self.username, self.ready, self.stop = base, username, ready, stop
        self.answers: dict[int | str, list[float]] = {}
        self.first_refusal: float | None = None

    def run(self) -> None:
        browser = Browser(self.base)
        token = browser.csrf_token()
        self.ready.wait()
        number = 0
        while not self.stop.is_set():
            number += 1
            start = time.perf_counter()
            try:
                status: int | str = browser.login(self.username, f"tebakan-{number}", token)
            except OSError as error:
                status = type(error).__name__
            end = time.perf_counter()
            self.answers.setdefault(status, []).append(end - start)
            if status == 429 and self.first_refusal is None:
                self.first_refusal = end


@dataclass
class Phase:
    """One guessing phase: the page requests (page, start, seconds), the guesses' answer times
    by status, its length, and when the last guesser got its first refusal (None: never)."""

    samples: list[tuple[str, float, float]]
    answers: dict[int | str, list[float]]
    elapsed: float
    all_refused_at: float | None


def measure(browser: Browser, rounds: int) -> list[tuple[str, float, float]]:
    """Each page's requests, the pages in turn: (page, start, seconds)."""
    samples = []
    for _ in range(rounds):
        for name, path in PAGES.items():
            start = time.perf_counter()
            status, _ = browser.request(path)
            samples.append((name, start, time.perf_counter() - start))
            if status != 200:
                raise SystemExit(f"{path}: status {status}")
    return samples


def guessing(base: str, browser: Browser, rounds: int) -> Phase:
    stop = threading.Event()
    ready = threading.Barrier(len(GUESSED) + 1)
    guessers = [Guesser(base, username, ready, stop) for username in GUESSED]
    for guesser in guessers:
        guesser.start()
    ready.wait()
    start = time.perf_counter()
    samples = measure(browser, rounds)
    stop.set()
    for guesser in guessers:
        guesser.join()
    answers: dict[int | str, list[float]] = {}
    for guesser in guessers:
        for status, times in guesser.answers.items():
            answers.setdefault(status, []).extend(times)
    refusals = [guesser.first_refusal for guesser in guessers]
    all_refused_at = None if None in refusals else max(refusals)
    return Phase(samples, answers, time.perf_counter() - start, all_refused_at)


def recorded_failures(database_url: str) -> int:
    """The failed logins django-axes recorded: each one's password was checked (a refusal
    during a lockout is not recorded)."""
    query = "SELECT COALESCE(SUM(failures_since_start), 0) FROM axes_accessattempt"
    if database_url.startswith("sqlite:///"):
        connection = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        try:
            return connection.execute(query).fetchone()[0]
        finally:
            connection.close()
    import psycopg

    with psycopg.connect(database_url) as connection:
        return connection.execute(query).fetchone()[0]


def by_page(samples: list[tuple[str, float, float]]) -> dict[str, list[float]]:
    return {name: [seconds for page, _, seconds in samples if page == name] for name in PAGES}


def figures(seconds: list[float]) -> str:
    median = statistics.median(seconds) * 1000
    p95 = statistics.quantiles(seconds, n=20)[18] * 1000 if len(seconds) > 1 else median
    return f"{median:7.1f} / {p95:7.1f} ms"


def print_row(label: str, pages: dict[str, list[float]], baseline: dict | None = None) -> None:
    if not all(pages.values()):
        print(f"{label:30}(tidak ada permintaan)")
        return
    cells = []
    for name in PAGES:
        cell = figures(pages[name])
        if baseline:
            ratio = statistics.median(pages[name]) / statistics.median(baseline[name])
            cell += f" ×{ratio:5.1f}"
        cells.append(f"{cell:30}")
    count = len(pages[next(iter(PAGES))])
    print(f"{label:30}" + "".join(cells) + f"n={count}", flush=True)


def print_guesses(label: str, phase: Phase, checked: int, login_after: int) -> None:
    total = sum(len(times) for times in phase.answers.values())
    print(
        f"{label}: {total} tebakan dalam {phase.elapsed:.1f} s = {total / phase.elapsed:.1f}/s; "
        f"sandinya diperiksa {checked}, ditolak kunci tanpa diperiksa {total - checked}"
    )
    names = {200: "200 (formulir, sandi salah)", 429: "429 (halaman kunci)"}
    for status in sorted(phase.answers, key=str):
        times = phase.answers[status]
        name = names.get(status, f"lain: {status}")
        print(
            f"  {name:28}{len(times):6}  median jawaban {statistics.median(times) * 1000:7.1f} ms"
        )
    outcome = {302: "masuk", 429: "ditolak kunci (429)"}.get(login_after, str(login_after))
    print(f"  lalu {USER} dengan sandi yang benar dari alamat yang sama: {outcome}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", choices=["postgresql", "sqlite"], default="postgresql")
    parser.add_argument("--ulang", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kinerja-tebak-"))
    try:
        with database(args.backend, folder, "kinerja_tebak") as database_url:
            env = production_env(database_url, folder)
            print(f"Menyiapkan {args.backend} dengan data demo ...", flush=True)
            for command in (["migrate", "--noinput"], ["demo", "--paksa"]):
                kinerja(env, *command)
            kinerja(env, "collectstatic", "--noinput", "-v0")
            print(
                f"gunicorn {args.workers} worker, produksi; median / p95 dari {args.ulang} "
                f"permintaan per halaman (×: median terhadap tenang di server yang sama)\n"
                f"{'':30}{'satker':30}{'pengukuran':30}",
                flush=True,
            )
            runs = (
                ("kunci aktif", "config.settings", True),
                ("kunci mati", "benchmarks.settings_tanpa_kunci", False),
            )
            guesses = []
            for label, settings_module, lockout in runs:
                log_path = folder / f"gunicorn-{label.replace(' ', '-')}.log"
                with server(env, settings_module, args.workers, log_path) as base:
                    browser = Browser(base)
                    if browser.login(USER, DEMO_PASSWORD) != 302:
                        raise SystemExit(f"{USER} tidak dapat masuk ({label})")
                    # Warm-up: each worker's first request of a page imports and fills what
                    # later ones reuse; which worker answers is the kernel's choice.
                    measure(browser, 10)
                    baseline = by_page(measure(browser, args.ulang))
                    print_row(f"{label}, tenang", baseline)
                    failures_before = recorded_failures(database_url)
                    phase = guessing(base, browser, args.ulang)
                    print_row(f"{label}, tebak", by_page(phase.samples), baseline)
                    if phase.all_refused_at is not None:
                        # The first guesses are checked until each account is locked; from
                        # then on every guess gets the lockout page.
                        locked = phase.all_refused_at
                        before = [sample for sample in phase.samples if sample[1] < locked]
                        after = [sample for sample in phase.samples if sample[1] >= locked]
                        print_row("  sebelum semua terkunci", by_page(before), baseline)
                        print_row("  sesudah semua terkunci", by_page(after), baseline)
                    if lockout:
                        checked = recorded_failures(database_url) - failures_before
                    else:
                        # Nothing is recorded with the lockout off: every guess was checked.
                        checked = len(phase.answers.get(200, []))
                    login_after = Browser(base).login(USER, DEMO_PASSWORD)
                    guesses.append((label, phase, checked, login_after))
            print()
            for label, phase, checked, login_after in guesses:
                print_guesses(label, phase, checked, login_after)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
