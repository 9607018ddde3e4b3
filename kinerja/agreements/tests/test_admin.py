"""Entering a PK through the admin is all or nothing."""

import pytest
from django.urls import reverse

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.agreements.tests.factories import BarisPerjanjianFactory, PerjanjianSatkerFactory

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
