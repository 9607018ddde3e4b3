"""The year-end batch (issue #10 §4): every LKjIP under a parent, one failure never stopping
the rest, started only by someone allowed on the parent, and followed on its page. Without a
broker (the tests) the batch runs in-process, to the end, before the response."""

import io
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from openpyxl import load_workbook

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.models import AuditLog
from kinerja.documents import massal
from kinerja.documents.choices import StatusLaporanMassal
from kinerja.documents.laporan_berkas import berkas_lkjip
from kinerja.documents.models import LaporanMassal
from kinerja.organisations.tests.factories import SatkerFactory

TAHUN = 2024


@pytest.fixture
def rusak_satu(monkeypatch, nasional):
    """The report of the last kab/kota crashes (a bug in a generator, a broken record)."""
    broken = nasional[-1]

    def writer(satker, tahun, fmt):
        if satker.pk == broken.pk:
            raise RuntimeError("grafik tidak dapat digambar")
        return berkas_lkjip(satker, tahun, fmt)

    monkeypatch.setattr(massal, "berkas_lkjip", writer)
    return broken


def test_a_crash_in_one_report_is_recorded_and_every_other_report_is_written(
    nasional, admin_pusat, rusak_satu
):
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    massal.jalankan_laporan_massal(job)

    assert massal.kemajuan(job) == massal.Kemajuan(jumlah=4, selesai=3, gagal=1)
    [failure] = massal.kegagalan(job)
    assert failure.satker == rusak_satu
    assert failure.pesan == "RuntimeError: grafik tidak dapat digambar"
    job.refresh_from_db()
    assert job.selesai_pada is not None
    for item in job.satker_laporan.filter(status=StatusLaporanMassal.SELESAI):
        with default_storage.open(item.berkas, "rb") as stored:
            workbook = load_workbook(stored)
        assert workbook.sheetnames  # a real workbook, one per satker
        assert item.berkas.endswith(f"lkjip-{item.satker.slug}-{TAHUN}.xlsx")


def test_a_satker_without_data_for_the_year_is_a_named_failure(nasional, admin_pusat):
    empty = SatkerFactory(nama="KPU Kab Kosong", slug="kpu-kab-kosong", parent=nasional[1])
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    massal.jalankan_laporan_massal(job)

    [failure] = massal.kegagalan(job)
    assert failure.satker == empty
    assert failure.pesan == f"KPU Kab Kosong tidak memiliki data tahun {TAHUN}."
    assert massal.kemajuan(job).selesai == 4


def test_a_report_delivered_twice_is_written_once(nasional, admin_pusat):
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    item = job.satker_laporan.first()
    first = massal.tulis_satu(item.pk)
    again = massal.tulis_satu(item.pk)
    assert again.berkas == first.berkas
    assert len(default_storage.listdir(job.folder)[1]) == 1


def test_starting_a_batch_is_audited_with_its_actor(nasional, admin_pusat):
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="pdf")
    audit = AuditLog.objects.get(model="documents.LaporanMassal", object_id=str(job.pk))
    assert audit.actor == admin_pusat
    assert audit.after["tahun"] == TAHUN
    assert job.satker_laporan.count() == 4  # the parent and everything below it


def test_the_admin_starts_the_batch_follows_it_and_downloads_the_zip(
    client, nasional, admin_pusat, rusak_satu
):
    client.force_login(admin_pusat)
    root = nasional[0]
    page = client.get(reverse("documents:laporan", args=[root.slug]))
    assert "Buat semua laporan" in page.content.decode()

    response = client.post(
        reverse("documents:massal_mulai", args=[root.slug]), {"tahun": TAHUN, "format": "xlsx"}
    )
    job = LaporanMassal.objects.get(induk=root)
    assert response.url == reverse("documents:massal", args=[root.slug, job.pk])

    page = client.get(response.url).content.decode()
    assert "3 dari 4 laporan ditulis, 1 gagal" in page
    assert rusak_satu.nama in page
    assert "RuntimeError: grafik tidak dapat digambar" in page
    assert 'hx-trigger="every' not in page  # finished: the page stops polling

    archive = zipfile.ZipFile(
        io.BytesIO(b"".join(client.get(reverse("documents:massal_unduh", args=[root.slug, job.pk]))
                            .streaming_content))
    )  # fmt: skip
    names = sorted(archive.namelist())
    assert names == sorted(
        [f"lkjip-{satker.slug}-{TAHUN}.xlsx" for satker in nasional[:3]] + ["GAGAL.txt"]
    )
    assert rusak_satu.slug in archive.read("GAGAL.txt").decode()


def test_a_running_batch_page_polls_its_progress(client, nasional, admin_pusat):
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    client.force_login(admin_pusat)
    url = reverse("documents:massal", args=[nasional[0].slug, job.pk])
    partial = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert partial.startswith('\n<div id="massal-kemajuan"')
    assert 'hx-trigger="every 2s"' in partial
    assert "0 dari 4 laporan ditulis, 0 gagal" in partial


def test_the_progress_page_reads_a_fixed_number_of_queries(
    client, nasional, admin_pusat, django_assert_max_num_queries
):
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    for item in job.satker_laporan.all():
        item.status, item.pesan = StatusLaporanMassal.GAGAL, "uji"
        item.save()
    client.force_login(admin_pusat)
    with django_assert_max_num_queries(12):
        client.get(reverse("documents:massal", args=[nasional[0].slug, job.pk]))


def test_a_read_only_inspector_may_follow_but_not_start_a_batch(
    client, nasional, admin_pusat, inspektur_pusat
):
    client.force_login(inspektur_pusat)
    root = nasional[0]
    assert (
        "Buat semua laporan"
        not in client.get(reverse("documents:laporan", args=[root.slug])).content.decode()
    )
    response = client.post(
        reverse("documents:massal_mulai", args=[root.slug]), {"tahun": TAHUN, "format": "xlsx"}
    )
    assert response.status_code == 403
    assert not LaporanMassal.objects.exists()

    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=root, tahun=TAHUN, fmt="xlsx")
    assert client.get(reverse("documents:massal", args=[root.slug, job.pk])).status_code == 200


def test_an_admin_below_the_parent_cannot_start_or_see_the_parents_batch(
    client, nasional, admin_pusat
):
    kab_admin = MembershipFactory(satker=nasional[2], peran=Membership.Peran.ADMIN_SATKER).user
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    client.force_login(kab_admin)
    root = nasional[0]
    post = client.post(
        reverse("documents:massal_mulai", args=[root.slug]), {"tahun": TAHUN, "format": "xlsx"}
    )
    assert post.status_code == 404
    assert client.get(reverse("documents:massal", args=[root.slug, job.pk])).status_code == 404
    # Nor through its own satker's address with the parent's batch id.
    own = reverse("documents:massal_unduh", args=[nasional[2].slug, job.pk])
    assert client.get(own).status_code == 404


def test_the_outsider_of_another_satker_gets_404(client, nasional, admin_pusat, outsider):
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    client.force_login(outsider)
    assert (
        client.get(reverse("documents:massal", args=[nasional[0].slug, job.pk])).status_code == 404
    )


def test_a_year_the_parent_has_no_data_for_is_refused(client, nasional, admin_pusat):
    client.force_login(admin_pusat)
    response = client.post(
        reverse("documents:massal_mulai", args=[nasional[0].slug]),
        {"tahun": 2019, "format": "docx"},
    )
    assert response.status_code == 302
    assert not LaporanMassal.objects.exists()
