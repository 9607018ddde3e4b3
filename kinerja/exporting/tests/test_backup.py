"""The restore drill of docs/backup.md: a database backed up and restored into an empty one
exports every satker-year byte for byte as before. SQLite uses its online backup API; on
PostgreSQL (DATABASE_URL) pg_dump and pg_restore, which CI must have (a failure, not a skip)."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from kinerja.exporting.tests.satker_lengkap import SLUG, TAHUN, satker_lengkap
from kinerja.exporting.tests.support import ekspor_di_sini

pytestmark = pytest.mark.django_db

SATKER_TAHUN = """
import django, json
django.setup()
from kinerja.measurement.satker_year import tahun_tersedia
from kinerja.organisations.models import Satker
print(json.dumps({s.slug: sorted(tahun_tersedia(s)) for s in Satker.objects.order_by("slug")}))
"""


def _run(url: str, media: Path, *arguments: str) -> bytes:
    """`python -c ARGUMENTS` with Kinerja's settings on the database at `url`."""
    environment = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "KINERJA_MEDIA_ROOT": str(media),
        "KINERJA_STORAGE": "berkas",
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter and code, no shell
        [sys.executable, "-c", *arguments],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def _kinerja(url: str, media: Path, *args: str) -> bytes:
    return _run(url, media, "from kinerja.cli import main; main()", *args)


def _exports(url: str, media: Path) -> dict[tuple[str, int], bytes]:
    """`kinerja ekspor` of every satker-year the database holds."""
    years = json.loads(_run(url, media, SATKER_TAHUN))
    exports = {
        (slug, year): _kinerja(url, media, "ekspor", "--satker", slug, "--tahun", str(year))
        for slug, satker_years in years.items()
        for year in satker_years
    }
    assert (SLUG, TAHUN) in exports
    return exports


@pytest.fixture
def berkas_ekspor(tmp_path) -> Path:
    """A satker holding one of each kind of row, as `kinerja ekspor` wrote it."""
    satker_lengkap()
    path = tmp_path / "lengkap.json"
    path.write_bytes(ekspor_di_sini(SLUG, TAHUN, bukti=tmp_path / "bukti"))
    return path


def _alat(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} tidak ada; uji pemulihan PostgreSQL membutuhkannya"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the PostgreSQL drill runs below")
def test_a_sqlite_backup_restored_into_a_new_file_exports_the_same(
    berkas_ekspor, empty_database, tmp_path
):
    media = tmp_path / "media"
    live_url = f"sqlite:///{empty_database}"
    _kinerja(live_url, media, "impor", str(berkas_ekspor), "--bukti", str(tmp_path / "bukti"))
    backup, restored = tmp_path / "cadangan.sqlite3", tmp_path / "pulih" / "db.sqlite3"
    restored.parent.mkdir()
    # The online backup API copies a consistent database even while it is in use.
    with sqlite3.connect(empty_database) as live, sqlite3.connect(backup) as copy:
        live.backup(copy)
    with sqlite3.connect(backup) as copy, sqlite3.connect(restored) as fresh:
        copy.backup(fresh)
    before = _exports(live_url, media)
    empty_database.unlink()  # the restore must not lean on the original
    assert _exports(f"sqlite:///{restored}", media) == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQLite drill runs above")
def test_a_pg_dump_restored_into_an_empty_database_exports_the_same(berkas_ekspor, tmp_path):
    pg_dump, pg_restore = _alat("pg_dump"), _alat("pg_restore")
    import psycopg

    server = settings.DATABASES["default"]
    params = {
        "host": server["HOST"] or "127.0.0.1",
        "port": str(server["PORT"] or 5432),
        "user": server["USER"] or "postgres",
        "password": server["PASSWORD"] or "",
    }
    names = [f"kinerja_cadangan_{uuid.uuid4().hex[:8]}", f"kinerja_pulih_{uuid.uuid4().hex[:8]}"]
    admin = psycopg.connect(dbname="postgres", autocommit=True, **params)

    def url(name):
        return (
            f"postgres://{params['user']}:{params['password']}@{params['host']}:{params['port']}"
            f"/{name}"
        )

    tools_env = {**os.environ, "PGPASSWORD": params["password"]}
    try:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
        source, target = names
        media = tmp_path / "media"
        _kinerja(url(source), media, "migrate", "--noinput", "-v0")
        _kinerja(
            url(source), media, "impor", str(berkas_ekspor), "--bukti", str(tmp_path / "bukti")
        )
        dump = tmp_path / "kinerja.dump"
        connect = ["-h", params["host"], "-p", params["port"], "-U", params["user"]]
        subprocess.run(  # noqa: S603 - the tool found on PATH, fixed arguments
            [pg_dump, *connect, "--format=custom", "--file", str(dump), source],
            env=tools_env,
            check=True,
            capture_output=True,
        )
        subprocess.run(  # noqa: S603
            [pg_restore, *connect, "--no-owner", "--exit-on-error", "-d", target, str(dump)],
            env=tools_env,
            check=True,
            capture_output=True,
        )
        assert _exports(url(target), media) == _exports(url(source), media)
    finally:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
