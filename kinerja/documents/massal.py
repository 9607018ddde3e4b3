"""The year-end batch: the LKjIP of every satker under a parent, one report per satker.

Starting it is a service (explicit actor, role check, one transaction, audited). Running it
sends one Celery task per satker (kinerja.documents.tasks) when a broker is configured; without
one the same work runs in this process, in a background thread for the web page or in the
caller's loop for the command. Each report is written, or its failure recorded, on its own
row: one satker's failure never stops the others.

A batch whose writer stopped (a worker or the web process died) is seen as stalled once nothing
has happened for KINERJA_BATCH_TERHENTI_MENIT, and may be resumed: its unwritten and failed
reports are queued again, the written ones kept."""

import datetime
import logging
import threading
import time
from collections.abc import Iterator
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import record_change, stored_snapshot
from kinerja.core.models import AuditLog
from kinerja.documents.choices import StatusLaporanMassal
from kinerja.documents.laporan_berkas import JENIS_BERKAS, TidakAdaData, berkas_lkjip
from kinerja.documents.massal_aturan import Kemajuan
from kinerja.documents.models import LaporanMassal, LaporanMassalSatker
from kinerja.organisations.models import Satker

logger = logging.getLogger(__name__)


@transaction.atomic
def mulai_laporan_massal(
    *, actor, induk: Satker, tahun: int, fmt: str, pelaku: str = ""
) -> LaporanMassal:
    """A batch over `induk` and every satker below it, each waiting for its report. `actor`
    None is the command line (`pelaku` names it); a user must be allowed to compose the
    parent's report. Nothing runs yet: `jalankan_laporan_massal` sends the work."""
    if actor is not None:
        wajib_boleh(actor, Aksi.SUSUN_LAPORAN, induk)
    if fmt not in JENIS_BERKAS:
        raise ValidationError(_("Format laporan tidak dikenal: %(fmt)s.") % {"fmt": fmt})
    job = LaporanMassal.objects.create(
        induk=induk,
        tahun=tahun,
        format=fmt,
        dimulai_oleh=actor,
        pelaku=pelaku or (actor.get_username() if actor is not None else "sistem"),
    )
    LaporanMassalSatker.objects.bulk_create(
        LaporanMassalSatker(laporan_massal=job, satker_id=pk)
        for pk in induk.descendants(include_self=True).values_list("pk", flat=True)
    )
    record_change(
        actor=actor,
        instance=job,
        action=AuditLog.Action.CREATE,
        before=None,
        after=stored_snapshot(job),
        actor_label=job.pelaku,
        reason=f"Laporan massal LKjIP {tahun}",
    )
    return job


def tulis_satu(item_id: int) -> LaporanMassalSatker:
    """Write one satker's report into the batch's folder, or record why it could not be
    written. Never raises for a report's failure: the batch goes on."""
    item = LaporanMassalSatker.objects.select_related("laporan_massal", "satker").get(pk=item_id)
    if item.status != StatusLaporanMassal.MENUNGGU:
        return item  # delivered twice (a worker restarted after writing it): written once
    job = item.laporan_massal
    start = time.perf_counter()
    try:
        content = berkas_lkjip(item.satker, job.tahun, job.format)
        name = f"{job.folder}/lkjip-{item.satker.slug}-{job.tahun}.{job.format}"
        item.berkas = default_storage.save(name, ContentFile(content))
        item.status = StatusLaporanMassal.SELESAI
    except TidakAdaData as error:
        item.status, item.pesan = StatusLaporanMassal.GAGAL, str(error)
    except Exception as error:  # one satker's failure is recorded, never the batch's end
        logger.exception(
            "LKjIP %s %s gagal dalam laporan massal %s", item.satker, job.tahun, job.pk
        )
        item.status = StatusLaporanMassal.GAGAL
        item.pesan = f"{type(error).__name__}: {error}"
    item.detik = Decimal(time.perf_counter() - start).quantize(Decimal("0.001"))
    # Only a row still waiting is written, so two deliveries of one task never both count.
    LaporanMassalSatker.objects.filter(pk=item.pk, status=StatusLaporanMassal.MENUNGGU).update(
        status=item.status,
        berkas=item.berkas,
        pesan=item.pesan,
        detik=item.detik,
        ditulis_pada=timezone.now(),
    )
    if not job.satker_laporan.filter(status=StatusLaporanMassal.MENUNGGU).exists():
        LaporanMassal.objects.filter(pk=job.pk, selesai_pada__isnull=True).update(
            selesai_pada=timezone.now()
        )
    return item


def jalankan_di_sini(job: LaporanMassal) -> Iterator[LaporanMassalSatker]:
    """Write the waiting reports one after another in this process, yielding each when done
    (the command prints its progress from them)."""
    waiting = job.satker_laporan.filter(status=StatusLaporanMassal.MENUNGGU)
    for item_id in list(waiting.values_list("pk", flat=True)):
        yield tulis_satu(item_id)


def _semua(job: LaporanMassal) -> None:
    for _item in jalankan_di_sini(job):
        pass


def _di_latar(job: LaporanMassal) -> None:
    try:
        _semua(job)
    finally:
        connection.close()  # the thread's own connection, not the request's


def jalankan_laporan_massal(job: LaporanMassal, *, latar: bool | None = None) -> None:
    """Send the batch's waiting reports to the workers; without a broker, write them in this
    process: in a background thread when `latar` (the web page, by default
    KINERJA_BATCH_THREAD), otherwise before returning."""
    # Imported here: the task module imports this one.
    from kinerja.documents.tasks import tulis_laporan_satker

    if settings.CELERY_BROKER_URL:
        waiting = job.satker_laporan.filter(status=StatusLaporanMassal.MENUNGGU)
        for item_id in waiting.values_list("pk", flat=True):
            tulis_laporan_satker.delay(item_id)
        return
    if latar if latar is not None else settings.KINERJA_BATCH_THREAD:
        threading.Thread(target=_di_latar, args=(job,), daemon=True).start()
    else:
        _semua(job)


def _hitungan(prefix: str = "") -> dict:
    return {
        "jumlah": Count(f"{prefix}pk"),
        "selesai": Count(
            f"{prefix}pk", filter=Q(**{f"{prefix}status": StatusLaporanMassal.SELESAI})
        ),
        "gagal": Count(f"{prefix}pk", filter=Q(**{f"{prefix}status": StatusLaporanMassal.GAGAL})),
        "ditulis": Max(f"{prefix}ditulis_pada"),
    }


def _kemajuan(job: LaporanMassal, jumlah: int, selesai: int, gagal: int, ditulis) -> Kemajuan:
    moments = [job.dimulai_pada, job.dilanjutkan_pada, ditulis]
    latest = max(moment for moment in moments if moment is not None)
    return Kemajuan(jumlah=jumlah, selesai=selesai, gagal=gagal, terakhir=latest)


def kemajuan(job: LaporanMassal) -> Kemajuan:
    """The batch's progress, counted from its rows in one query, with the last time anything
    happened to it."""
    return _kemajuan(job, **job.satker_laporan.aggregate(**_hitungan()))


def daftar_terbaru(induk: Satker, jumlah: int = 5) -> list[tuple[LaporanMassal, bool]]:
    """The parent's latest batches, each with whether it has stalled, in one query."""
    jobs = LaporanMassal.objects.filter(induk=induk).annotate(**_hitungan("satker_laporan__"))
    now, limit = timezone.now(), batas_terhenti()
    return [
        (
            job,
            _kemajuan(job, job.jumlah, job.selesai, job.gagal, job.ditulis).terhenti(now, limit),
        )
        for job in jobs[:jumlah]
    ]


def batas_terhenti() -> datetime.timedelta:
    return datetime.timedelta(minutes=settings.KINERJA_BATCH_TERHENTI_MENIT)


def boleh_dilanjutkan(job: LaporanMassal, progress: Kemajuan) -> bool:
    """Whether the batch may be resumed now (its files still kept)."""
    if job.dibersihkan_pada is not None:
        return False
    return progress.boleh_dilanjutkan(timezone.now(), batas_terhenti())


@transaction.atomic
def lanjutkan_laporan_massal(*, actor, job: LaporanMassal, pelaku: str = "") -> int:
    """Queue again the reports of a stalled batch that were never written, and those that
    failed; the written ones are kept. `actor` None is the command line (`pelaku` names it);
    a user must be allowed to start the parent's batch. Returns how many were queued; nothing
    runs yet (`jalankan_laporan_massal` sends them)."""
    if actor is not None:
        wajib_boleh(actor, Aksi.SUSUN_LAPORAN, job.induk)
    job = LaporanMassal.objects.select_for_update().select_related("induk").get(pk=job.pk)
    progress = kemajuan(job)
    if not boleh_dilanjutkan(job, progress):
        if job.dibersihkan_pada is not None:
            raise ValidationError(_("Berkas laporan massal ini sudah dihapus; mulai yang baru."))
        raise ValidationError(
            _(
                "Laporan massal ini masih berjalan atau sudah selesai tanpa kegagalan. Laporan "
                "massal dianggap terhenti setelah %(menit)s menit tanpa kemajuan."
            )
            % {"menit": settings.KINERJA_BATCH_TERHENTI_MENIT}
        )
    before = stored_snapshot(job)
    queued = job.satker_laporan.exclude(status=StatusLaporanMassal.SELESAI).update(
        status=StatusLaporanMassal.MENUNGGU, pesan="", detik=None, berkas="", ditulis_pada=None
    )
    job.dilanjutkan_pada = timezone.now()
    job.selesai_pada = None
    job.save(update_fields=["dilanjutkan_pada", "selesai_pada"])
    record_change(
        actor=actor,
        instance=job,
        action=AuditLog.Action.UPDATE,
        before=before,
        after=stored_snapshot(job),
        actor_label=pelaku,
        reason=f"Laporan massal LKjIP {job.tahun} dilanjutkan: {queued} satker diantrekan lagi "
        f"({progress.menunggu} belum ditulis, {progress.gagal} gagal)",
    )
    return queued


def kegagalan(job: LaporanMassal) -> list[LaporanMassalSatker]:
    return list(
        job.satker_laporan.filter(status=StatusLaporanMassal.GAGAL)
        .select_related("satker")
        .order_by("satker__slug")
    )
