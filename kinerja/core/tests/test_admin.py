"""Every model has a working, searchable admin, and admin changes are audited."""

import pytest
from django.contrib import admin
from django.urls import reverse

from kinerja.core.concurrency import sidik
from kinerja.core.formatting import format_angka
from kinerja.core.models import AuditLog
from kinerja.organisations.models import Pegawai

pytestmark = pytest.mark.django_db

KINERJA_MODELS = [model for model in admin.site._registry if model._meta.app_label not in {"auth"}]


def test_every_kinerja_model_is_registered():
    from django.apps import apps

    from kinerja.measurement.models import RingkasanPengukuran, VersiDataSatker
    from kinerja.periksa.models import PeriksaTersimpan

    # The measurement's cache and its keys are nobody's data: never edited by hand.
    cache = {RingkasanPengukuran, VersiDataSatker}
    # A report kept on /periksa-lk/ is its uploader's alone, the superuser's neither.
    private = {PeriksaTersimpan}
    ours = {model for model in apps.get_models() if model.__module__.startswith("kinerja.")}
    assert ours - cache - private <= set(admin.site._registry)
    assert not private & set(admin.site._registry)
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
            "kinerja_sidik": sidik(pegawai),
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


def test_the_second_of_two_admin_saves_is_refused_and_overwrites_nothing(
    client, superuser, prabumulih
):
    client.force_login(superuser)
    pegawai = Pegawai.objects.get(satker=prabumulih, nama="Hendri")
    url = reverse("admin:organisations_pegawai_change", args=[pegawai.pk])
    page = client.get(url).content.decode()
    opened = sidik(pegawai)
    assert f'name="kinerja_sidik" value="{opened}"' in page
    form = {
        "satker": prabumulih.pk, "nama": "Hendri", "jenis": "PNS", "nip": "", "formasi": "",
        "pangkat_golongan": pegawai.pangkat_golongan, "pendidikan": pegawai.pendidikan,
        "diklat": "", "nomor_urut": pegawai.nomor_urut, "sumber": pegawai.sumber,
        "nip_sumber": "", "kinerja_sidik": opened,
    }  # fmt: skip
    assert client.post(url, {**form, "jabatan": "Jabatan pertama"}).status_code == 302
    response = client.post(url, {**form, "jabatan": "Jabatan kedua"})
    assert response.status_code == 200
    assert "telah diubah orang lain" in response.content.decode()
    pegawai.refresh_from_db()
    assert pegawai.jabatan == "Jabatan pertama"


def test_deleting_an_indicator_in_the_admin_audits_every_row_it_takes_with_it(
    client, superuser, prabumulih
):
    from kinerja.measurement.models import Realisasi
    from kinerja.planning.models import IndikatorKinerja, TargetTahunan
    from kinerja.planning.tests.factories import IndikatorKinerjaFactory

    indikator = IndikatorKinerjaFactory(satker=prabumulih, kode="HAPUS-1")
    TargetTahunan.objects.create(indikator=indikator, tahun=2024, target=90)
    rows = [
        Realisasi.objects.create(indikator=indikator, tahun=2024, periode=periode, nilai=50)
        for periode in ("tw1", "tw2")
    ]
    client.force_login(superuser)
    url = reverse("admin:planning_indikatorkinerja_delete", args=[indikator.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not IndikatorKinerja.objects.filter(pk=indikator.pk).exists()
    deleted = AuditLog.objects.filter(action="delete", actor=superuser)
    assert {(entry.model, entry.object_id) for entry in deleted} >= {
        ("planning.IndikatorKinerja", str(indikator.pk)),
        *(("measurement.Realisasi", str(row.pk)) for row in rows),
    }
    assert deleted.filter(model="planning.TargetTahunan").count() == 1
    assert all(
        "Ikut terhapus" in entry.reason
        for entry in deleted.exclude(model="planning.IndikatorKinerja")
    )


def test_the_admin_shows_rupiah_grouped_and_measures_with_a_comma(client, superuser, prabumulih):
    from kinerja.budgets.models import Pagu

    client.force_login(superuser)
    pagu = Pagu.objects.filter(satker=prabumulih).first()
    html = client.get(reverse("admin:budgets_pagu_change", args=[pagu.pk])).content.decode()
    assert f'name="jumlah" value="{format_angka(pagu.jumlah)}"' in html
    assert "." in format_angka(pagu.jumlah)  # grouped: the demo's pagu are in the millions
