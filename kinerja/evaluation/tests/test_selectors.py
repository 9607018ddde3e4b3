"""The facts the reviu reads, gathered from the database: which parent PKs are no longer in
force, wherever the parent PK is kept."""

import datetime

import pytest

from kinerja.agreements.choices import StatusPerjanjian
from kinerja.agreements.tests.factories import PerjanjianSatkerFactory, PerjanjianUnitFactory
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.organisations.tests.factories import SatkerFactory

pytestmark = pytest.mark.django_db

SIGNED = StatusPerjanjian.DITANDATANGANI


def _by_name(facts):
    return {pk.nama: pk.induk_diganti for pk in facts.perjanjian}


def test_a_satker_pk_under_its_parent_satkers_pk_in_force_is_not_stale():
    province = SatkerFactory(nama="KPU Provinsi Uji")
    city = SatkerFactory(nama="KPU Kota Uji", parent=province)
    parent = PerjanjianSatkerFactory(satker=province, status=SIGNED, sumber="PK Provinsi")
    PerjanjianSatkerFactory(satker=city, status=SIGNED, sumber="PK Kota", induk=parent)
    assert _by_name(fakta_reviu(city, 2025)) == {"PK Kota": None}


def test_a_satker_pk_under_a_replaced_pk_of_its_parent_satker_names_the_replacement():
    province = SatkerFactory(nama="KPU Provinsi Uji")
    city = SatkerFactory(nama="KPU Kota Uji", parent=province)
    parent = PerjanjianSatkerFactory(satker=province, status=SIGNED, sumber="PK Provinsi")
    PerjanjianSatkerFactory(
        satker=province,
        status=SIGNED,
        sumber="PK Provinsi",
        versi=2,
        revisi_dari=parent,
        tanggal=datetime.date(2025, 6, 2),
    )
    PerjanjianSatkerFactory(satker=city, status=SIGNED, sumber="PK Kota", induk=parent)
    assert _by_name(fakta_reviu(city, 2025)) == {
        "PK Kota": ("PK Provinsi (versi 1, 30 Januari 2025)", "PK Provinsi (versi 2, 2 Juni 2025)")
    }


def test_a_unit_pk_under_a_draft_parent_has_no_replacement():
    unit = PerjanjianUnitFactory(status=SIGNED, sumber="PK Subbagian Uji")
    facts = fakta_reviu(unit.satker, 2025)
    assert _by_name(facts) == {
        "PK Subbagian Uji": ("Perjanjian Kinerja Tahun 2025 (versi 1, 30 Januari 2025)", "")
    }


def test_a_unit_pk_under_a_draft_revision_is_not_told_the_older_pk_replaced_it():
    signed = PerjanjianSatkerFactory(status=SIGNED, sumber="PK Sekretaris")
    draft = PerjanjianSatkerFactory(
        satker=signed.satker, versi=2, revisi_dari=signed, sumber="PK Sekretaris", tanggal=None
    )
    PerjanjianUnitFactory(satker=signed.satker, induk=draft, status=SIGNED, sumber="PK Umum")
    facts = fakta_reviu(signed.satker, 2025)
    assert _by_name(facts)["PK Umum"] == ("PK Sekretaris (versi 2)", "")
