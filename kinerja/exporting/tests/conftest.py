import shutil

import pytest

from kinerja.exporting.tests.support import kinerja_ok


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Evidence files written here go to the test's own folder, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media-sini"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """An empty Kinerja database (migrations only), made once and copied for each test."""
    database = tmp_path_factory.mktemp("kosong") / "kinerja.sqlite3"
    kinerja_ok(database, "migrate", "--noinput")
    return database


@pytest.fixture
def empty_database(migrated_template, tmp_path):
    """A fresh, empty SQLite database of its own, for a `kinerja` run in another process."""
    database = tmp_path / "kinerja.sqlite3"
    shutil.copyfile(migrated_template, database)
    return database
