"""A batch whose writer died (a worker, the web process) is seen as stalled and resumed: only
its unwritten and failed reports are written again, by someone allowed to start batches on
the parent; the page says "terhenti" and offers the button. Without a broker (the tests) the
resumed batch runs in-process before the response."""

import datetime
from io import StringIO

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.models import AuditLog
from kinerja.documents import massal
from kinerja.documents.choices import StatusLaporanMassal
from kinerja.documents.models import LaporanMassal

TAHUN = 2024


@pytest.fixture
def terhenti(nasional, admin_pusat):
    """A batch whose worker died 11 minutes ago: one report written, one failed, two never
    written."""
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    first, second = job.satker_laporan.order_by("pk")[:2]
    massal.tulis_satu(first.pk)
    job.satker_laporan.filter(pk=second.pk).update(
        status=StatusLaporanMassal.GAGAL, pesan="RuntimeError: worker mati"
    )
    long_ago = timezone.now() - datetime.timedelta(minutes=11)
    LaporanMassal.objects.filter(pk=job.pk).update(dimulai_pada=long_ago)
    job.satker_laporan.exclude(ditulis_pada=None).update(ditulis_pada=long_ago)
    job.refresh_from_db()
    return job


def test_a_batch_without_progress_for_the_limit_is_stalled(terhenti, settings):
    progress = massal.kemajuan(terhenti)
    assert progress == massal.Kemajuan(jumlah=4, selesai=1, gagal=1)
    assert progress.terhenti(timezone.now(), massal.batas_terhenti())
    settings.KINERJA_BATCH_TERHENTI_MENIT = 12
    assert not progress.terhenti(timezone.now(), massal.batas_terhenti())


def test_resuming_writes_only_the_unwritten_and_failed_reports_and_is_audited(
    terhenti, admin_pusat
):
    written = terhenti.satker_laporan.get(status=StatusLaporanMassal.SELESAI)
    queued = massal.lanjutkan_laporan_massal(actor=admin_pusat, job=terhenti)
    assert queued == 3
    massal.jalankan_laporan_massal(terhenti)

    assert massal.kemajuan(terhenti) == massal.Kemajuan(jumlah=4, selesai=4, gagal=0)
    again = terhenti.satker_laporan.get(pk=written.pk)
    assert (again.berkas, again.ditulis_pada) == (written.berkas, written.ditulis_pada)
    assert len(default_storage.listdir(terhenti.folder)[1]) == 4  # one file each, none twice
    terhenti.refresh_from_db()
    assert terhenti.selesai_pada is not None
    audit = AuditLog.objects.filter(model="documents.LaporanMassal", action="update").get()
    assert audit.actor == admin_pusat
    assert audit.before["dilanjutkan_pada"] is None
    assert audit.after["dilanjutkan_pada"] is not None
    assert "3 satker diantrekan lagi (2 belum ditulis, 1 gagal)" in audit.reason


def test_a_batch_still_moving_is_not_resumed(nasional, admin_pusat):
    job = massal.mulai_laporan_massal(actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    with pytest.raises(ValidationError, match="masih berjalan"):
        massal.lanjutkan_laporan_massal(actor=admin_pusat, job=job)
    assert massal.kemajuan(job).menunggu == 4
    assert not AuditLog.objects.filter(model="documents.LaporanMassal", action="update").exists()


def test_an_inspector_may_not_resume(terhenti, inspektur_pusat):
    with pytest.raises(PermissionDenied):
        massal.lanjutkan_laporan_massal(actor=inspektur_pusat, job=terhenti)


def test_the_page_shows_a_stalled_batch_stops_polling_and_offers_to_resume(
    client, terhenti, admin_pusat, nasional
):
    client.force_login(admin_pusat)
    url = reverse("documents:massal", args=[nasional[0].slug, terhenti.pk])
    page = client.get(url).content.decode()
    assert "terhenti" in page
    assert "Lanjutkan laporan massal" in page
    assert 'hx-trigger="every' not in page

    response = client.post(
        reverse("documents:massal_lanjutkan", args=[nasional[0].slug, terhenti.pk])
    )
    assert response.url == url
    page = client.get(url).content.decode()
    assert "4 dari 4 laporan ditulis, 0 gagal" in page
    assert "Lanjutkan laporan massal" not in page


def test_the_inspector_sees_the_stall_without_the_button_and_cannot_post(
    client, terhenti, inspektur_pusat, nasional
):
    client.force_login(inspektur_pusat)
    page = client.get(reverse("documents:massal", args=[nasional[0].slug, terhenti.pk]))
    assert "terhenti" in page.content.decode()
    assert "Lanjutkan laporan massal" not in page.content.decode()
    post = client.post(reverse("documents:massal_lanjutkan", args=[nasional[0].slug, terhenti.pk]))
    assert post.status_code == 403
    assert massal.kemajuan(terhenti).menunggu == 2


def test_an_admin_below_the_parent_or_of_another_satker_gets_404(
    client, terhenti, nasional, outsider
):
    kab_admin = MembershipFactory(satker=nasional[2], peran=Membership.Peran.ADMIN_SATKER).user
    for user, slug in ((kab_admin, nasional[0].slug), (kab_admin, nasional[2].slug),
                       (outsider, nasional[0].slug)):  # fmt: skip
        client.force_login(user)
        post = client.post(reverse("documents:massal_lanjutkan", args=[slug, terhenti.pk]))
        assert post.status_code == 404
    assert massal.kemajuan(terhenti).menunggu == 2


def test_a_finished_batch_with_failures_offers_to_write_them_again(
    client, terhenti, admin_pusat, nasional
):
    terhenti.satker_laporan.filter(status=StatusLaporanMassal.MENUNGGU).update(
        status=StatusLaporanMassal.GAGAL, pesan="uji"
    )
    client.force_login(admin_pusat)
    page = client.get(reverse("documents:massal", args=[nasional[0].slug, terhenti.pk]))
    assert "Tulis ulang laporan yang gagal" in page.content.decode()


def test_the_command_resumes_a_stalled_batch_into_the_folder(terhenti, tmp_path):
    out, err = StringIO(), StringIO()
    folder = tmp_path / "lkjip"
    call_command(
        "laporan", semua=True, lanjutkan=terhenti.pk, output=str(folder), stdout=out, stderr=err
    )
    assert "dilanjutkan: 3 LKjIP ditulis lagi" in err.getvalue()
    assert "4 LKjIP 2024 ditulis" in out.getvalue()
    assert len(list(folder.iterdir())) == 4
    assert AuditLog.objects.filter(actor_label="perintah kinerja laporan --lanjutkan").exists()


def test_the_command_refuses_a_batch_still_moving(nasional, tmp_path):
    job = massal.mulai_laporan_massal(actor=None, induk=nasional[0], tahun=TAHUN, fmt="xlsx")
    with pytest.raises(CommandError, match="KINERJA_BATCH_TERHENTI_MENIT=0"):
        call_command(
            "laporan", semua=True, lanjutkan=job.pk, output=str(tmp_path), stdout=StringIO(),
            stderr=StringIO(),
        )  # fmt: skip


def test_the_report_page_lists_a_stalled_batch_as_stalled(client, terhenti, admin_pusat, nasional):
    running = massal.mulai_laporan_massal(
        actor=admin_pusat, induk=nasional[0], tahun=TAHUN, fmt="pdf"
    )
    client.force_login(admin_pusat)
    page = client.get(reverse("documents:laporan", args=[nasional[0].slug])).content.decode()
    items = page.split("<li>")
    (stalled,) = [item for item in items if f"/massal/{terhenti.pk}/" in item]
    (moving,) = [item for item in items if f"/massal/{running.pk}/" in item]
    assert "terhenti" in stalled
    assert "berjalan" in moving
    assert "terhenti" not in moving
