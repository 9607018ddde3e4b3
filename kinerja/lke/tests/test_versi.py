from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from kinerja.core.models import AuditLog
from kinerja.lke.models import KomponenLke, KriteriaLke, SubKomponenLke, VersiLembar
from kinerja.lke.tests.builders import lembar_kecil
from kinerja.lke.versi import lembar_dari_versi, simpan_lembar, terbitkan_lembar, ubah_kriteria

pytestmark = pytest.mark.django_db


def _bersih(tahun):
    VersiLembar.objects.filter(tahun=tahun).delete()


def test_a_stored_worksheet_reads_back_as_the_same_plain_worksheet():
    _bersih(2030)
    lembar = lembar_kecil(2030)
    versi = simpan_lembar(lembar, tahun=2030, actor=None)
    assert lembar_dari_versi(versi) == lembar


def test_reading_a_worksheet_back_takes_a_fixed_number_of_queries(django_assert_num_queries):
    _bersih(2030)
    versi = simpan_lembar(lembar_kecil(2030), tahun=2030, actor=None)
    with django_assert_num_queries(5):
        lembar_dari_versi(versi)


def test_publishing_is_refused_while_the_weights_do_not_add_up():
    _bersih(2030)
    versi = simpan_lembar(lembar_kecil(2030, bobot_1b="30"), tahun=2030, actor=None)
    with pytest.raises(ValidationError) as refused:
        terbitkan_lembar(actor=None, versi=versi)
    assert refused.value.messages == [
        "Komponen 1 berbobot 60, tetapi jumlah bobot sub-komponennya 54."
    ]
    versi.refresh_from_db()
    assert not versi.terbit


def test_a_published_worksheet_refuses_edits_and_replacement(superuser):
    _bersih(2030)
    versi = terbitkan_lembar(
        actor=superuser, versi=simpan_lembar(lembar_kecil(2030), tahun=2030, actor=superuser)
    )
    kriteria = KriteriaLke.objects.get(versi=versi, kode="1.a.1")
    with pytest.raises(ValidationError, match="sudah terbit"):
        ubah_kriteria(actor=superuser, kriteria=kriteria, teks="diubah")
    with pytest.raises(ValidationError, match="sudah terbit"):
        simpan_lembar(lembar_kecil(2030), tahun=2030, actor=superuser)
    kriteria.refresh_from_db()
    assert kriteria.teks == "Terdapat pedoman teknis."
    assert AuditLog.objects.filter(model="lke.VersiLembar", object_id=str(versi.pk)).count() == 2


def test_editing_next_years_draft_leaves_this_years_worksheet_as_it_was(superuser):
    _bersih(2030)
    _bersih(2031)
    this_year = terbitkan_lembar(
        actor=superuser, versi=simpan_lembar(lembar_kecil(2030), tahun=2030, actor=superuser)
    )
    next_year = simpan_lembar(lembar_kecil(2031), tahun=2031, actor=superuser)
    ubah_kriteria(
        actor=superuser,
        kriteria=KriteriaLke.objects.get(versi=next_year, kode="1.a.1"),
        teks="Teks baru",
    )
    assert lembar_dari_versi(this_year).semua_kriteria()[0].teks == "Terdapat pedoman teknis."
    assert lembar_dari_versi(next_year).semua_kriteria()[0].teks == "Teks baru"


def test_only_the_central_inspectorate_or_a_superuser_keeps_worksheets(orang):
    _bersih(2030)
    for someone in (orang.inspektur, orang.admin, orang.orang_luar):
        with pytest.raises(PermissionDenied):
            simpan_lembar(lembar_kecil(2030), tahun=2030, actor=someone)
    assert simpan_lembar(lembar_kecil(2030), tahun=2030, actor=orang.inspektur_pusat)


def test_the_database_refuses_a_duplicate_code_and_a_negative_weight():
    _bersih(2030)
    versi = simpan_lembar(lembar_kecil(2030), tahun=2030, actor=None)
    sub = SubKomponenLke.objects.get(komponen__versi=versi, kode="1.a")
    kriteria = KriteriaLke.objects.get(versi=versi, kode="1.a.1")
    with transaction.atomic(), pytest.raises(IntegrityError):
        KriteriaLke.objects.create(
            versi=versi, sub=sub, kode="1.a.1", teks="lagi", skala=kriteria.skala
        )
    with transaction.atomic(), pytest.raises(IntegrityError):
        KomponenLke.objects.create(versi=versi, kode="9", nama="negatif", bobot=Decimal("-1"))


def test_storing_a_draft_again_replaces_it_whole():
    _bersih(2030)
    simpan_lembar(lembar_kecil(2030, bobot_1b="30"), tahun=2030, actor=None)
    versi = simpan_lembar(lembar_kecil(2030), tahun=2030, actor=None)
    assert VersiLembar.objects.filter(tahun=2030).count() == 1
    assert lembar_dari_versi(versi) == lembar_kecil(2030)
    assert terbitkan_lembar(actor=None, versi=versi).terbit


def test_publishing_from_the_admin_shows_why_it_is_refused(client, superuser):
    from django.urls import reverse

    _bersih(2030)
    versi = simpan_lembar(lembar_kecil(2030, bobot_1b="30"), tahun=2030, actor=None)
    client.force_login(superuser)
    response = client.post(
        reverse("admin:lke_versilembar_changelist"),
        {"action": "terbitkan", "_selected_action": [versi.pk]},
        follow=True,
    )
    assert "2030: Komponen 1 berbobot 60, tetapi jumlah bobot sub-komponennya 54." in (
        response.content.decode()
    )
    versi.refresh_from_db()
    assert not versi.terbit
