"""Login cost benchmark: prints figures, asserts nothing about speed.

A wrong password costs one run of the password hasher (PBKDF2, Django's default in production:
the tests use MD5); a login refused because the account is locked must not. In a throw-away
SQLite database with the production hasher, it times through the login page:

- gagal: a wrong password for an account that is not locked;
- terkunci: the right password for an account locked by five failures from the same address.

Each figure is the median of --ulang attempts, wall-clock and CPU time of the process.

    .venv/bin/python benchmarks/masuk_terkunci.py [--ulang 20]
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ulang", type=int, default=20)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="kinerja-masuk-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/db.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    # The demo mode for its built-in key and hosts; the hasher and the lockout are production's.
    os.environ["KINERJA_DEMO"] = "1"
    try:
        _run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(args, folder: str) -> None:
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from axes.models import AccessAttempt
    from django.core.management import call_command
    from django.test import Client

    from kinerja.accounts.models import User

    call_command("migrate", verbosity=0)
    User.objects.create_user("uji", password="sandi-yang-benar")  # noqa: S106
    client = Client(SERVER_NAME="localhost")

    def login(password: str, address: str) -> int:
        response = client.post(
            "/akun/masuk/", {"username": "uji", "password": password}, REMOTE_ADDR=address
        )
        return response.status_code

    def timed(password: str, address: str, expected: int) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        status = login(password, address)
        if status != expected:
            raise SystemExit(f"status {status}, bukan {expected}")
        return time.perf_counter() - wall, time.process_time() - cpu

    failed, locked = [], []
    for number in range(args.ulang):
        # A fresh address each round: four failures stay below every limit.
        address = f"10.9.{number // 250}.{number % 250}"
        AccessAttempt.objects.all().delete()
        failed.append(timed("sandi-salah", address, 200))
        for _ in range(4):
            login("sandi-salah", address)
        locked.append(timed("sandi-yang-benar", address, 429))

    for name, figures in (("gagal", failed), ("terkunci", locked)):
        wall = statistics.median(value for value, _ in figures) * 1000
        cpu = statistics.median(value for _, value in figures) * 1000
        print(f"{name:10} {wall:8.1f} ms wall {cpu:8.1f} ms CPU (median of {len(figures)})")


if __name__ == "__main__":
    main()
