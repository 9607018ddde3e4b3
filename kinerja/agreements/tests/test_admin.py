"""Entering a PK through the admin is all or nothing; its status changes only through the
services (the Tandatangani and Buat revisi actions)."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.agreements.services import sign_perjanjian
from kinerja.agreements.tests.factories import BarisPerjanjianFactory, PerjanjianSatkerFactory
from kinerja.core.concurrency import sidik
from kinerja.core.models import AuditLog

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:agreements_perjanjiankinerja_add")


def _form(prabumulih, parent, lines):
    unit = prabumulih.units.get(nama="Subbagian Perencanaan, Data dan Informasi")
    data = {
        "satker": prabumulih.pk,
        "tahun": 2025,
        "tingkat": "unit",
        "unit": unit.pk,
        "judul": "Perjanjian Kinerja Tahun 2025 Subbagian Perencanaan",
        "induk": parent.pk,
        "status": "draft",
        "versi": 1,
        "pihak_pertama_nama": "Abdul Aziz",
        "pihak_pertama_jabatan": "Kasubbag Perencanaan, Data dan Informasi",
        "pihak_kedua_nama": "Yasrin Abidin",
        "pihak_kedua_jabatan": "Sekretaris",
        "tempat": "Prabumulih",
        "tanggal": "2025-01-30",
        "baris-TOTAL_FORMS": len(lines),
        "baris-INITIAL_FORMS": 0,
        "baris-MIN_NUM_FORMS": 0,
        "baris-MAX_NUM_FORMS": 1000,
        "anggaran-TOTAL_FORMS": 0,
        "anggaran-INITIAL_FORMS": 0,
        "anggaran-MIN_NUM_FORMS": 0,
        "anggaran-MAX_NUM_FORMS": 1000,
    }
    for index, line in enumerate(lines):
        for key, value in line.items():
            data[f"baris-{index}-{key}"] = value
    return data


@pytest.fixture
def parent(prabumulih):
    parent = PerjanjianSatkerFactory(satker=prabumulih, tahun=2025)
    BarisPerjanjianFactory(perjanjian=parent, indikator=prabumulih.indikator.get(kode="6709-1"))
    return parent


def test_a_new_unit_pk_with_one_untraced_line_is_refused_whole(
    client, superuser, prabumulih, parent
):
    client.force_login(superuser)
    parent_line = parent.baris.get()
    response = client.post(
        ADD_URL,
        _form(
            prabumulih,
            parent,
            [
                {
                    "urutan": 1,
                    "sasaran_tercetak": "6709",
                    "indikator": parent_line.indikator_id,
                    "target": "95",
                    "induk_baris": parent_line.pk,
                },
                {
                    "urutan": 2,
                    "sasaran_tercetak": "6709",
                    "indikator": prabumulih.indikator.get(kode="6709-4").pk,
                    "target": "100",
                },
            ],
        ),
    )
    assert response.status_code == 200
    assert "Baris PK unit harus tertelusur ke baris PK induk atau baris RKT." in (
        response.content.decode()
    )
    assert not PerjanjianKinerja.objects.filter(tahun=2025, tingkat="unit").exists()


def test_a_new_unit_pk_whose_lines_all_trace_is_saved(client, superuser, prabumulih, parent):
    client.force_login(superuser)
    parent_line = parent.baris.get()
    response = client.post(
        ADD_URL,
        _form(
            prabumulih,
            parent,
            [
                {
                    "urutan": 1,
                    "sasaran_tercetak": "6709",
                    "indikator": parent_line.indikator_id,
                    "target": "95,5",
                    "induk_baris": parent_line.pk,
                },
            ],
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    created = PerjanjianKinerja.objects.get(tahun=2025, tingkat="unit")
    assert created.baris.get().induk_baris == parent_line


# --- status changes only through the services -----------------------------------------------

CHANGELIST_URL = reverse("admin:agreements_perjanjiankinerja_changelist")


@pytest.fixture
def draft_pk():
    return BarisPerjanjianFactory(
        perjanjian=PerjanjianSatkerFactory(judul="PK draf uji")
    ).perjanjian


def _action(client, action, *pks, **extra):
    return client.post(
        CHANGELIST_URL,
        {"action": action, ACTION_CHECKBOX_NAME: [str(pk) for pk in pks], **extra},
        follow=True,
    )


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_status_is_read_only_on_the_change_form(client, superuser, draft_pk):
    client.force_login(superuser)
    url = reverse("admin:agreements_perjanjiankinerja_change", args=[draft_pk.pk])
    html = client.get(url).content.decode()
    assert 'name="status"' not in html
    assert 'name="judul"' in html  # a draft is still edited in place
    data = {
        "satker": draft_pk.satker_id,
        "tahun": draft_pk.tahun,
        "tingkat": "satker",
        "judul": "PK draf uji (diperbaiki)",
        "status": "ditandatangani",
        "pihak_pertama_nama": draft_pk.pihak_pertama_nama,
        "pihak_pertama_jabatan": draft_pk.pihak_pertama_jabatan,
        "pihak_kedua_nama": draft_pk.pihak_kedua_nama,
        "pihak_kedua_jabatan": draft_pk.pihak_kedua_jabatan,
        "tempat": "Prabumulih",
        "tanggal": "2025-01-30",
        "kinerja_sidik": sidik(draft_pk),
    }
    for prefix in ("baris", "anggaran"):
        data |= {
            f"{prefix}-TOTAL_FORMS": 0,
            f"{prefix}-INITIAL_FORMS": 0,
            f"{prefix}-MIN_NUM_FORMS": 0,
            f"{prefix}-MAX_NUM_FORMS": 1000,
        }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    draft_pk.refresh_from_db()
    assert draft_pk.judul == "PK draf uji (diperbaiki)"
    assert draft_pk.status == "draft"


def test_tandatangani_action_signs_through_the_service(client, superuser, draft_pk):
    client.force_login(superuser)
    response = _action(client, "tandatangani", draft_pk.pk)
    assert f"{draft_pk}: ditandatangani." in _messages(response)
    draft_pk.refresh_from_db()
    assert draft_pk.status == "ditandatangani"
    record = AuditLog.objects.get(model="agreements.PerjanjianKinerja", object_id=str(draft_pk.pk))
    assert record.actor == superuser
    assert record.reason == "Penandatanganan Perjanjian Kinerja"
    assert (record.before["status"], record.after["status"]) == ("draft", "ditandatangani")


def test_tandatangani_action_reports_each_refusal_in_indonesian(client, superuser, draft_pk):
    client.force_login(superuser)
    empty = PerjanjianSatkerFactory(satker=draft_pk.satker, versi=2)
    response = _action(client, "tandatangani", draft_pk.pk, empty.pk)
    assert (
        f"{empty}: tidak ditandatangani — PK tanpa baris indikator tidak dapat ditandatangani."
        in _messages(response)
    )
    assert f"{draft_pk}: ditandatangani." in _messages(response)
    empty.refresh_from_db()
    assert empty.status == "draft"
    assert not AuditLog.objects.filter(
        model="agreements.PerjanjianKinerja", object_id=str(empty.pk)
    ).exists()


def test_buat_revisi_action_asks_for_the_reason_then_creates_the_draft(client, superuser, draft_pk):
    client.force_login(superuser)
    sign_perjanjian(draft_pk, actor=superuser)
    signed = draft_pk
    form = _action(client, "buat_revisi", signed.pk)
    assert form.templates[0].name == "admin/agreements/revisi_form.html"
    html = form.content.decode()
    assert "Alasan revisi" in html and 'name="alasan"' in html  # noqa: PT018
    assert not PerjanjianKinerja.objects.filter(revisi_dari=signed).exists()

    response = _action(
        client,
        "buat_revisi",
        signed.pk,
        alasan="pergantian_pejabat",
        keterangan="Sekretaris baru dilantik",
    )
    revision = PerjanjianKinerja.objects.get(revisi_dari=signed)
    assert (revision.status, revision.versi, revision.alasan_revisi) == (
        "draft",
        2,
        "pergantian_pejabat",
    )
    assert revision.keterangan_revisi == "Sekretaris baru dilantik"
    assert revision.baris.count() == 1
    assert any(
        message.startswith(f"Draf revisi {revision} dibuat") for message in _messages(response)
    )
    assert set(PerjanjianKinerja.objects.berlaku(signed.satker, signed.tahun)) == {signed}
    record = AuditLog.objects.get(model="agreements.PerjanjianKinerja", object_id=str(revision.pk))
    assert record.actor == superuser
    assert "Sekretaris baru dilantik" in record.reason


def test_buat_revisi_reason_starts_empty_and_must_be_chosen(client, superuser, draft_pk):
    client.force_login(superuser)
    sign_perjanjian(draft_pk, actor=superuser)
    html = _action(client, "buat_revisi", draft_pk.pk).content.decode()
    assert '<option value="" selected>— pilih alasan revisi —</option>' in html
    response = _action(client, "buat_revisi", draft_pk.pk, alasan="", keterangan="x")
    assert "Pilih alasan revisi." in response.content.decode()
    assert not PerjanjianKinerja.objects.filter(revisi_dari=draft_pk).exists()


def test_buat_revisi_action_refuses_a_draft_in_indonesian(client, superuser, draft_pk):
    client.force_login(superuser)
    response = _action(client, "buat_revisi", draft_pk.pk, alasan="pergantian_pejabat")
    assert (
        "Revisi ditolak — Hanya PK yang sudah ditandatangani yang direvisi; draf diubah."
        in _messages(response)
    )
    assert not PerjanjianKinerja.objects.filter(revisi_dari=draft_pk).exists()


def test_buat_revisi_action_takes_exactly_one_pk(client, superuser, prabumulih):
    client.force_login(superuser)
    both = PerjanjianKinerja.objects.filter(satker=prabumulih, tahun=2024)[:2]
    # With a reason given, so that only the count of PKs stops it.
    response = _action(client, "buat_revisi", *[pk.pk for pk in both], alasan="pergantian_pejabat")
    assert "Pilih tepat satu PK untuk direvisi." in _messages(response)
    assert not PerjanjianKinerja.objects.filter(satker=prabumulih, status="draft").exists()
