"""The retention of the year-end batch's files (`kinerja bersihkan-laporan`): which batches'
files go is kinerja.documents.massal_aturan.batch_dibersihkan, with KINERJA_BATCH_SIMPAN and
KINERJA_BATCH_SIMPAN_HARI. A batch whose files are removed keeps its rows (who started it,
what failed and why), its written rows with no file, and says when its files went."""

import datetime

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from kinerja.core.audit import record_change, stored_snapshot
from kinerja.core.models import AuditLog
from kinerja.documents.massal_aturan import BatchTersimpan, batch_dibersihkan
from kinerja.documents.models import LaporanMassal


def batch_kedaluwarsa(sekarang: datetime.datetime | None = None) -> list[LaporanMassal]:
    """The batches whose files the retention rule removes now, oldest first."""
    kept = LaporanMassal.objects.filter(dibersihkan_pada__isnull=True)
    batches = [
        BatchTersimpan(job_id, induk_id, started, finished is not None)
        for job_id, induk_id, started, finished in kept.values_list(
            "pk", "induk_id", "dimulai_pada", "selesai_pada"
        )
    ]
    ids = batch_dibersihkan(
        batches,
        simpan=settings.KINERJA_BATCH_SIMPAN,
        umur=datetime.timedelta(days=settings.KINERJA_BATCH_SIMPAN_HARI),
        sekarang=sekarang or timezone.now(),
    )
    return list(
        LaporanMassal.objects.filter(pk__in=ids).select_related("induk").order_by("dimulai_pada")
    )


@transaction.atomic
def hapus_berkas_massal(*, actor, job: LaporanMassal, pelaku: str = "") -> int:
    """Remove a batch's files from the storage and say so on its rows, audited; returns how
    many files went. The files are deleted once the rows are committed: a failure leaves a
    stray file, never a row naming a file that is gone."""
    job = LaporanMassal.objects.select_for_update().get(pk=job.pk)
    if job.dibersihkan_pada is not None:
        return 0
    before = stored_snapshot(job)
    written = job.satker_laporan.exclude(berkas="")
    names = list(written.values_list("berkas", flat=True))
    written.update(berkas="")
    job.dibersihkan_pada = timezone.now()
    job.save(update_fields=["dibersihkan_pada"])
    record_change(
        actor=actor,
        instance=job,
        action=AuditLog.Action.UPDATE,
        before=before,
        after=stored_snapshot(job),
        actor_label=pelaku,
        reason=f"Berkas laporan massal dihapus menurut aturan retensi: {len(names)} berkas",
    )
    transaction.on_commit(lambda: _hapus(names))
    return len(names)


def _hapus(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)  # a file already gone is no error
