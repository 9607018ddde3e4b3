"""The year-end batch through a real Celery worker and Redis (issue #10 §4).

Everything runs in subprocesses against one database of its own: the worker is another
process, and it cannot see pytest-django's test database (inside a transaction that is never
committed). On the run's engine: a fresh PostgreSQL database on the server of DATABASE_URL
when the suite runs on PostgreSQL (created and dropped here), otherwise a SQLite file. The
`kinerja` commands build a small national tree in it, the worker
(`celery -A config worker --pool=solo`) takes the reports from Redis, and
`kinerja laporan --semua` sends them and waits. Each run has its own queue name, so another
worker on the same Redis never takes these tasks.

Redis missing: skipped on a developer's machine, a failure in CI (CI=true)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
import psycopg
import pytest
import redis

pytestmark = pytest.mark.celery_worker

ROOT = Path(__file__).resolve().parents[3]
BROKER = "redis://127.0.0.1:6379/15"
EMPTY_SATKER = """
from kinerja.organisations.models import Satker
Satker.objects.create(nama="KPU Kab Kosong (sintetis)", slug="sintetis-kosong",
                      tingkat="kabupaten_kota", parent=Satker.objects.get(slug="sintetis-prov-0"))
"""


@pytest.fixture
def broker():
    try:
        redis.Redis.from_url(BROKER, socket_connect_timeout=2).ping()
    except redis.ConnectionError:
        message = "Redis tidak menjawab di 127.0.0.1:6379: uji worker Celery tidak dapat berjalan."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return BROKER


@pytest.fixture
def database_url(tmp_path):
    """The worker's and the commands' database, on the engine this run tests."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'db.sqlite3'}"
        return
    config = dj_database_url.parse(url)
    name = f"kinerja_celery_{secrets.token_hex(4)}"
    server = {
        "host": config["HOST"] or None,
        "port": config["PORT"] or None,
        "user": config["USER"] or None,
        "password": config["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**server) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(**server) as connection:
            # FORCE: a worker stopped a moment ago may still hold a connection.
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def env(broker, database_url, tmp_path):
    queue = f"kinerja-uji-{secrets.token_hex(4)}"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "KINERJA_DEMO": "1",
        "DATABASE_URL": database_url,
        "KINERJA_MEDIA_ROOT": str(tmp_path / "media"),
        "CELERY_BROKER_URL": broker,
        "KINERJA_CELERY_QUEUE": queue,
    }
    yield environment
    redis.Redis.from_url(broker).delete(queue)  # nothing left behind if the test failed


def kinerja(env, *args, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        [_bin("kinerja"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _bin(name: str) -> str:
    # The virtualenv's own scripts, beside the interpreter running the tests.
    return str(Path(sys.executable).with_name(name))


def test_a_real_worker_writes_every_report_and_the_failure_does_not_stop_it(env, tmp_path):
    vendor = "from django.db import connection; print(connection.vendor)"
    engine = kinerja(env, "shell", "-c", vendor)
    # The worker's database is on the engine of this run: a PostgreSQL run tests PostgreSQL.
    run_url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if run_url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert engine.stdout.split()[-1] == expected, engine.stderr
    for step in (
        ["migrate", "--noinput", "-v0"],
        ["demo-nasional", "--ukuran", "5"],
        ["shell", "-c", EMPTY_SATKER],
    ):
        done = kinerja(env, *step)
        assert done.returncode == 0, done.stderr
    log = tmp_path / "worker.log"
    with log.open("w") as output:
        worker = subprocess.Popen(  # noqa: S603
            [
                _bin("celery"),
                "-A", "config", "worker", "--pool=solo", "--loglevel=INFO",
                "--queues", env["KINERJA_CELERY_QUEUE"], "--hostname", "uji@%h",
            ],
            env=env, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        folder = tmp_path / "lkjip"
        done = kinerja(
            env, "laporan", "--semua", "--induk", "sintetis-kpu-ri", "--tahun", "2024",
            "--format", "xlsx", "--output", str(folder),
        )  # fmt: skip
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    worked = log.read_text()
    assert done.returncode == 1, done.stderr  # one report failed
    assert "dikirim ke worker Celery" in done.stderr
    assert "5 LKjIP 2024 ditulis" in done.stdout
    assert "1 gagal" in done.stdout
    assert (
        "GAGAL sintetis-kosong: KPU Kab Kosong (sintetis) tidak memiliki data tahun 2024."
        in done.stderr
    )
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [f"lkjip-sintetis-kab-{n}-2024.xlsx" for n in range(3)]
        + ["lkjip-sintetis-kpu-ri-2024.xlsx", "lkjip-sintetis-prov-0-2024.xlsx"]
    )
    # The worker wrote them, one task per satker, the failed one included.
    assert worked.count("kinerja.documents.tulis_laporan_satker") >= 6
    assert worked.count("succeeded in") == 6, worked[-3000:]
