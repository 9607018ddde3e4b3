"""`kinerja bersihkan-laporan`: old batches' files leave the storage, their rows stay and say
so, each parent's newest batches keep theirs, and the page no longer offers the zip."""

import datetime
from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.models import AuditLog
from kinerja.demo.nasional import Ukuran, bangun
from kinerja.documents import massal
from kinerja.documents.choices import StatusLaporanMassal
from kinerja.documents.models import LaporanMassal

TAHUN = 2024


@pytest.fixture
def nasional(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.KINERJA_BATCH_SIMPAN = 1
    settings.KINERJA_BATCH_SIMPAN_HARI = 30
    return bangun(Ukuran(satker=4, indikator=3, kegiatan=2))


def _batch(induk, days_ago: int) -> LaporanMassal:
    job = massal.mulai_laporan_massal(actor=None, induk=induk, tahun=TAHUN, fmt="xlsx")
    massal.jalankan_laporan_massal(job)
    LaporanMassal.objects.filter(pk=job.pk).update(
        dimulai_pada=timezone.now() - datetime.timedelta(days=days_ago)
    )
    job.refresh_from_db()
    return job


def _files(job) -> list[str]:
    return list(job.satker_laporan.exclude(berkas="").values_list("berkas", flat=True))


def test_the_command_removes_old_batches_files_and_the_rows_say_so(
    nasional, django_capture_on_commit_callbacks
):
    old, newest = _batch(nasional[0], 2), _batch(nasional[0], 1)
    province = _batch(nasional[1], 40)  # its parent's only batch, but past 30 days
    old_files, province_files = _files(old), _files(province)
    assert len(old_files) == 4
    assert len(province_files) == 3
    assert all(default_storage.exists(name) for name in old_files + province_files)

    out = StringIO()
    call_command("bersihkan-laporan", stdout=out)  # listing only
    assert f"laporan massal {old.pk}: {nasional[0].slug}" in out.getvalue()
    assert all(default_storage.exists(name) for name in old_files)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("bersihkan-laporan", hapus=True, stdout=out)
    assert "2 laporan massal dibersihkan, 7 berkas dihapus" in out.getvalue()
    assert not any(default_storage.exists(name) for name in old_files + province_files)
    for job in (old, province):
        job.refresh_from_db()
        assert job.dibersihkan_pada is not None
        assert _files(job) == []
        # What was written, failed and why is kept.
        assert job.satker_laporan.filter(status=StatusLaporanMassal.SELESAI).count() >= 3
    newest.refresh_from_db()
    assert newest.dibersihkan_pada is None
    assert all(default_storage.exists(name) for name in _files(newest))
    audit = AuditLog.objects.get(model="documents.LaporanMassal", object_id=str(old.pk),
                                 action="update")  # fmt: skip
    assert audit.actor_label == "perintah kinerja bersihkan-laporan"
    assert audit.after["dibersihkan_pada"] is not None

    # Run again: nothing more to remove.
    call_command("bersihkan-laporan", hapus=True, stdout=(again := StringIO()))
    assert "0 laporan massal dibersihkan" in again.getvalue()


def test_a_cleaned_batchs_page_says_its_files_are_gone_and_the_zip_is_404(
    client, nasional, django_capture_on_commit_callbacks
):
    old, _newest = _batch(nasional[0], 2), _batch(nasional[0], 1)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("bersihkan-laporan", hapus=True, stdout=StringIO())
    admin = MembershipFactory(satker=nasional[0], peran=Membership.Peran.ADMIN_SATKER).user
    client.force_login(admin)
    page = client.get(reverse("documents:massal", args=[nasional[0].slug, old.pk]))
    text = page.content.decode()
    assert "dihapus pada" in text
    assert reverse("documents:massal_unduh", args=[nasional[0].slug, old.pk]) not in text
    zip_url = reverse("documents:massal_unduh", args=[nasional[0].slug, old.pk])
    assert client.get(zip_url).status_code == 404
