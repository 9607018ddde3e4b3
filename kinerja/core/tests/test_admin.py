"""Every model has a working, searchable admin, and admin changes are audited."""

import pytest
from django.contrib import admin
from django.urls import reverse

from kinerja.core.models import AuditLog
from kinerja.organisations.models import Pegawai

pytestmark = pytest.mark.django_db

KINERJA_MODELS = [model for model in admin.site._registry if model._meta.app_label not in {"auth"}]


def test_every_kinerja_model_is_registered():
    from django.apps import apps

    from kinerja.measurement.models import RingkasanPengukuran, VersiDataSatker

    # The measurement's cache and its keys are nobody's data: never edited by hand.
    cache = {RingkasanPengukuran, VersiDataSatker}
    ours = {model for model in apps.get_models() if model.__module__.startswith("kinerja.")}
    assert ours - cache <= set(admin.site._registry)
    assert not cache & set(admin.site._registry)


@pytest.mark.parametrize("model", KINERJA_MODELS, ids=lambda model: model._meta.label)
def test_changelist_and_search_load_in_indonesian(client, superuser, model):
    client.force_login(superuser)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = client.get(url, {"q": "Prabumulih"})
    assert response.status_code == 200
    assert "Cari" in response.content.decode()


def test_admin_edit_of_a_pegawai_is_audited_with_before_and_after(client, superuser, prabumulih):
    client.force_login(superuser)
    pegawai = Pegawai.objects.get(satker=prabumulih, nama="Hendri")
    url = reverse("admin:organisations_pegawai_change", args=[pegawai.pk])
    response = client.post(
        url,
        {
            "satker": prabumulih.pk,
            "nama": "Hendri",
            "jenis": "PNS",
            "nip": "",
            "jabatan": "Staf Perencanaan",
            "formasi": "",
            "pangkat_golongan": "Penata TK I / III d",
            "pendidikan": "S1",
            "diklat": "",
            "nomor_urut": 10,
            "sumber": "Tabel 2",
            "nip_sumber": "",
        },
    )
    assert response.status_code == 302
    entry = AuditLog.objects.get(
        model="organisations.Pegawai", object_id=str(pegawai.pk), actor=superuser
    )
    assert entry.before["jabatan"] == "Staf"
    assert entry.after["jabatan"] == "Staf Perencanaan"


def test_admin_refuses_an_invalid_nip_with_an_indonesian_message(client, superuser, prabumulih):
    client.force_login(superuser)
    pegawai = Pegawai.objects.get(satker=prabumulih, nama="Hendri")
    url = reverse("admin:organisations_pegawai_change", args=[pegawai.pk])
    response = client.post(
        url,
        {
            "satker": prabumulih.pk,
            "nama": "Hendri",
            "jenis": "PNS",
            "nip": "19780429 2009021 1 003",
            "jabatan": "Staf",
            "nomor_urut": 10,
            "sumber": "Tabel 2",
        },
    )
    assert response.status_code == 200
    assert "NIP PNS harus 18 digit, bukan 19 digit." in response.content.decode()
    pegawai.refresh_from_db()
    assert pegawai.nip == ""


def test_signed_pk_opens_read_only_in_the_admin(client, superuser, prabumulih):
    from kinerja.agreements.models import PerjanjianKinerja

    client.force_login(superuser)
    signed = PerjanjianKinerja.objects.get(satker=prabumulih, tingkat="satker")
    url = reverse("admin:agreements_perjanjiankinerja_change", args=[signed.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert 'name="judul"' not in response.content.decode()
    response = client.post(url, {"judul": "diubah"})
    assert response.status_code == 403
    signed.refresh_from_db()
    assert signed.judul.startswith("Perjanjian Kinerja Tahun 2024")


def test_admin_is_indonesian_even_for_an_english_browser(client, superuser):
    client.force_login(superuser)
    response = client.get(reverse("admin:index"), headers={"accept-language": "en-US,en;q=0.9"})
    assert "Administrasi data SAKIP" in response.content.decode()
    assert response.headers["Content-Language"] == "id"


def test_english_is_there_for_a_user_who_chooses_it(client, superuser):
    client.force_login(superuser)
    response = client.post(reverse("set_language"), {"language": "en", "next": "/admin/"})
    assert response.status_code == 302
    response = client.get(reverse("admin:index"))
    assert response.headers["Content-Language"] == "en"
    assert "Log out" in response.content.decode()


def test_database_is_the_one_ci_asked_for():
    """Guards the CI matrix: with a PostgreSQL DATABASE_URL the suite must run on PostgreSQL."""
    import os

    from django.db import connection

    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected
