"""Shared fixtures: the demo data is loaded once into the test database and every test runs
inside a transaction that is rolled back, so each test sees exactly the published demo."""

import pytest

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory, UserFactory
from kinerja.demo.loader import load_demo
from kinerja.organisations.models import Satker
from kinerja.organisations.tests.factories import SatkerFactory


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo()


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
