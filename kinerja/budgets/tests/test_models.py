from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from kinerja.budgets.models import KRO, Kegiatan, Pagu
from kinerja.budgets.tests.factories import KegiatanFactory

pytestmark = pytest.mark.django_db


def test_duplicate_kegiatan_code_is_refused_in_indonesian():
    kegiatan = Kegiatan(kode="6709", nama="Kegiatan kembar")
    with pytest.raises(ValidationError) as error:
        kegiatan.full_clean()
    assert error.value.message_dict["kode"] == ["Kode kegiatan ini sudah terdaftar."]
    assert Kegiatan.objects.filter(kode="6709").count() == 1


def test_negative_pagu_is_refused_and_not_saved(prabumulih):
    pagu = Pagu(
        satker=prabumulih,
        kegiatan=Kegiatan.objects.get(kode="6709"),
        tahun=2025,
        jenis="awal",
        jumlah=Decimal("-1"),
        sumber="uji",
    )
    with pytest.raises(ValidationError) as error:
        pagu.full_clean()
    assert error.value.message_dict["jumlah"] == ["Nilai Rupiah tidak boleh negatif."]
    assert not Pagu.objects.filter(tahun=2025).exists()


def test_negative_pagu_is_refused_by_the_database_too(prabumulih):
    with pytest.raises(IntegrityError), transaction.atomic():
        Pagu.objects.create(
            satker=prabumulih,
            kegiatan=Kegiatan.objects.get(kode="6709"),
            tahun=2025,
            jenis="awal",
            jumlah=Decimal("-1"),
            sumber="uji",
        )


def test_pagu_history_is_ordered_undated_first_on_every_database(prabumulih):
    import datetime

    kegiatan = Kegiatan.objects.get(kode="6870")
    revision = Pagu.objects.create(
        satker=prabumulih,
        kegiatan=kegiatan,
        tahun=2024,
        jenis="revisi",
        jumlah=Decimal("300000000"),
        tanggal=datetime.date(2024, 6, 1),
        alasan="Revisi POK",
        sumber="uji",
    )
    history = list(Pagu.objects.filter(kegiatan=kegiatan, tahun=2024))
    assert history[-1] == revision
    assert history[0].sumber == "BAB III.B Sasaran 3"


def test_a_pagu_revision_needs_a_date_a_reason_and_a_document_number(prabumulih):
    revision = Pagu(
        satker=prabumulih,
        kegiatan=Kegiatan.objects.get(kode="6709"),
        tahun=2024,
        jenis="revisi",
        jumlah=Decimal("600000000"),
        sumber="uji",
    )
    with pytest.raises(ValidationError) as error:
        revision.full_clean()
    assert error.value.message_dict == {
        "tanggal": ["Revisi pagu wajib bertanggal."],
        "alasan": ["Revisi pagu wajib menyebut alasannya."],
        "nomor_dokumen": [
            "Revisi pagu wajib menyebut nomor dokumennya (mis. nomor DIPA revisi atau surat "
            "revisi POK)."
        ],
    }


def test_an_initial_pagu_may_go_without_a_document_number(prabumulih):
    Pagu(
        satker=prabumulih,
        kegiatan=Kegiatan.objects.get(kode="6709"),
        tahun=2025,
        jenis="awal",
        jumlah=Decimal("600000000"),
        sumber="uji",
    ).full_clean()


def test_a_pagu_kro_must_belong_to_the_pagus_kegiatan(prabumulih):
    kegiatan = Kegiatan.objects.get(kode="6709")
    other = KegiatanFactory()
    foreign_kro = KRO.objects.create(kegiatan=other, kode="EBA", nama="Layanan lain")
    pagu = Pagu(
        satker=prabumulih,
        kegiatan=kegiatan,
        kro=foreign_kro,
        tahun=2025,
        jenis="awal",
        jumlah=Decimal("1000"),
        sumber="uji",
    )
    with pytest.raises(ValidationError) as error:
        pagu.full_clean()
    assert error.value.message_dict == {
        "kro": [f"KRO {other.kode}.EBA Layanan lain bukan bagian dari kegiatan 6709."]
    }
    pagu.kro = KRO.objects.create(kegiatan=kegiatan, kode="EBB", nama="Layanan sendiri")
    pagu.full_clean()


def test_a_kegiatan_year_is_kept_whole_or_per_kro_whoever_writes_it(prabumulih):
    """The rule sits in the model, so the admin and an import refuse the mix as the page does."""
    kegiatan = KegiatanFactory()
    kro = KRO.objects.create(kegiatan=kegiatan, kode="EBA", nama="Layanan")
    fields = dict(satker=prabumulih, kegiatan=kegiatan, tahun=2025, jenis="awal", sumber="uji")
    Pagu.objects.create(**fields, jumlah=Decimal(1000))
    with pytest.raises(ValidationError, match="sudah dicatat untuk seluruh kegiatan"):
        Pagu(**fields, kro=kro, jumlah=Decimal(400)).full_clean()
    Pagu(**fields, jumlah=Decimal(1200)).full_clean()  # another whole-kegiatan figure is fine
    Pagu(**{**fields, "tahun": 2026}, kro=kro, jumlah=Decimal(400)).full_clean()
