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


def test_pagu_kept_per_kro_are_one_figure_for_the_reviu_not_rival_ones():
    from kinerja.agreements.models import AnggaranPerjanjian
    from kinerja.budgets.models import KRO, Pagu
    from kinerja.budgets.tests.factories import KegiatanFactory
    from kinerja.evaluation.reviu.rules import jalankan

    satker = SatkerFactory(nama="KPU Kota Uji KRO")
    kegiatan = KegiatanFactory(kode="9801")
    for kode, amount in (("EBA", 100_000_000), ("EBB", 200_000_000)):
        Pagu.objects.create(
            satker=satker, kegiatan=kegiatan, tahun=2025, jenis="awal", jumlah=amount,
            kro=KRO.objects.create(kegiatan=kegiatan, kode=kode, nama=kode), sumber="DIPA",
        )  # fmt: skip
    pk = PerjanjianSatkerFactory(satker=satker, status=SIGNED, sumber="PK Kota")
    line = AnggaranPerjanjian.objects.create(
        perjanjian=pk, urutan=1, jenis="kegiatan", kegiatan=kegiatan,
        uraian_tercetak="Kegiatan 9801", anggaran=300_000_000,
    )  # fmt: skip
    facts = fakta_reviu(satker, 2025)
    assert [(row.jenis, row.jumlah) for row in facts.pagu] == [("awal", 300_000_000)]

    def pagu_findings():
        return [
            item
            for item in jalankan(fakta_reviu(satker, 2025))
            if item.aturan == "pagu-berbeda-tanpa-revisi"
        ]

    assert pagu_findings() == []
    # The PK states another figure than the sum of the KRO pagu: that is a real disagreement.
    line.anggaran = 250_000_000
    line.save()
    assert len(pagu_findings()) == 1
