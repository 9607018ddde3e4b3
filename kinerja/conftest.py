"""Shared fixtures: the demo data is loaded once into the test database and every test runs
inside a transaction that is rolled back, so each test sees exactly the published demo."""

import os

import pytest
from django.core.cache import cache

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory, UserFactory
from kinerja.demo.loader import load_demo
from kinerja.organisations.models import Satker
from kinerja.organisations.tests.factories import SatkerFactory

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by fixtures
# alongside it are still synchronous, so Django's async guard is lifted for the test run only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache: a rolled-back test's ids and data versions are
    used again by the next one, so a figure it kept would be taken for the next one's."""
    cache.clear()


@pytest.fixture
def prabumulih(db) -> Satker:
    return Satker.objects.get(slug="kpu-kota-prabumulih")


@pytest.fixture
def satker_admin(prabumulih):
    """Persona: the admin of KPU Kota Prabumulih."""
    return MembershipFactory(satker=prabumulih, peran=Membership.Peran.ADMIN_SATKER).user


@pytest.fixture
def other_satker(db) -> Satker:
    return SatkerFactory(
        nama="KPU Kota Lubuklinggau",
        slug="kpu-kota-lubuklinggau",
        parent=Satker.objects.get(slug="kpu-provinsi-sumatera-selatan"),
    )


@pytest.fixture
def outsider(other_satker):
    """Persona: the admin of another KPU Kota in the same province."""
    return MembershipFactory(satker=other_satker, peran=Membership.Peran.ADMIN_SATKER).user


@pytest.fixture
def inspector_of_province(db):
    """Persona: a read-only inspector granted on KPU Provinsi Sumatera Selatan (covers below)."""
    province = Satker.objects.get(slug="kpu-provinsi-sumatera-selatan")
    return MembershipFactory(satker=province, peran=Membership.Peran.INSPEKTUR).user


@pytest.fixture
def superuser(db):
    return UserFactory(is_staff=True, is_superuser=True)


# --- Real browser (Playwright + Debian's chromium) -------------------------------------------

CHROMIUM = "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    # Browser tests use a live server, whose transactional teardown empties the database: they
    # run last, after every test that relies on the demo loaded once per session.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM):
        message = f"Chromium tidak ada di {CHROMIUM}: pasang dengan `apt-get install chromium`."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def demo_server(live_server):
    load_demo()  # idempotent: a no-op while the session's demo is still there
    return live_server
