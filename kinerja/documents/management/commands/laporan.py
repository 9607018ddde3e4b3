"""`kinerja laporan --satker SLUG --tahun YYYY --format docx|pdf|xlsx --output FILE
[--konsistensi]`: the LKjIP of a satker-year as far as Kinerja generates it (see
docs/dokumen.md). Whoever runs the command has asked for the report: a year that is not ready
is written anyway, its blockers listed on stderr and printed in the report's appendix.

`kinerja laporan --semua --induk SLUG --tahun YYYY --output FOLDER [--format docx|pdf|xlsx]`:
the year-end batch, every satker under SLUG (itself included), as the report page's batch
does: on the Celery workers when CELERY_BROKER_URL is set, otherwise in this process. Progress
on stderr, the failures listed at the end; the exit status is 1 when any report failed.

`kinerja laporan --semua --lanjutkan ID --output FOLDER`: resumes batch ID (stalled, or
finished with failures): its unwritten and failed reports are written again, then every
report of the batch is copied into FOLDER as above."""

import time
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kinerja.core.commands import tahun_argument
from kinerja.documents.choices import StatusLaporanMassal
from kinerja.documents.kesiapan_data import kesiapan
from kinerja.documents.laporan_berkas import JENIS_BERKAS, tulis_laporan
from kinerja.documents.massal import (
    Kemajuan,
    jalankan_di_sini,
    jalankan_laporan_massal,
    kegagalan,
    kemajuan,
    lanjutkan_laporan_massal,
    mulai_laporan_massal,
)
from kinerja.documents.models import LaporanMassal
from kinerja.measurement.satker_year import tahun_tersedia
from kinerja.organisations.commands import satker_from_slug

# With workers, how long without progress before the command says none may be running.
DIAM_DETIK = 120


class Command(BaseCommand):
    help = (
        "Menulis Laporan Kinerja (LKjIP) satu satker-tahun sebagai Word, PDF atau Excel; "
        "dengan --semua --induk, LKjIP setiap satker di bawah satker induk ke satu folder."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", help="slug satker")
        parser.add_argument(
            "--semua",
            action="store_true",
            help="LKjIP setiap satker di bawah --induk (termasuk induk itu) ke folder --output",
        )
        parser.add_argument("--induk", help="slug satker induk, dengan --semua")
        parser.add_argument(
            "--lanjutkan",
            type=int,
            metavar="ID",
            help="dengan --semua: lanjutkan laporan massal ID yang terhenti atau punya kegagalan",
        )
        parser.add_argument("--tahun", help="tahun, mis. 2024")
        parser.add_argument("--format", choices=sorted(JENIS_BERKAS), help="bawaan --semua: docx")
        parser.add_argument("--output", required=True, help="berkas tujuan (--semua: folder)")
        parser.add_argument(
            "--konsistensi",
            action="store_true",
            help="sertakan lampiran Catatan Konsistensi Data (temuan reviu)",
        )

    def handle(
        self, *args, satker, semua, induk, lanjutkan, tahun, format, output, konsistensi, **options
    ):
        if lanjutkan is not None:
            if not semua or satker or induk or tahun or format or konsistensi:
                raise CommandError("--lanjutkan ID memakai --semua dan --output saja.")
            return self.lanjutkan(lanjutkan, Path(output))
        if not tahun:
            raise CommandError("--tahun wajib diisi.")
        if semua:
            if satker or not induk or konsistensi:
                raise CommandError("--semua memakai --induk SLUG (tanpa --satker, --konsistensi).")
            return self.semua(induk, tahun_argument(tahun), format or "docx", Path(output))
        if not satker or induk:
            raise CommandError("Sebutkan --satker SLUG, atau --semua --induk SLUG.")
        if not format:
            raise CommandError("--format wajib diisi: docx, pdf atau xlsx.")
        found, tahun = satker_from_slug(satker), tahun_argument(tahun)
        if tahun not in tahun_tersedia(found):
            raise CommandError(f"{found.nama} tidak memiliki data tahun {tahun}.")
        check = kesiapan(found, tahun)
        if check.penghalang:
            self.stderr.write(
                f"{len(check.penghalang)} hal belum lengkap (dicetak di lampiran "
                "“Hal yang Belum Lengkap”):"
            )
            for item in check.penghalang:
                self.stderr.write(f"  - {item.pesan}")
        # The draft is kept only once its file is written.
        with transaction.atomic():
            content = tulis_laporan(found, tahun, format, check, konsistensi=konsistensi)
            try:
                Path(output).write_bytes(content)
            except OSError as error:
                raise CommandError(
                    f"Berkas {output} tidak dapat ditulis: {error.strerror}."
                ) from error
        name = found.nama_lengkap or found.nama
        self.stdout.write(f"{output}  (Laporan Kinerja {name} Tahun {tahun})")

    def semua(self, induk_slug: str, tahun: int, fmt: str, folder: Path) -> None:
        induk = satker_from_slug(induk_slug)
        self.folder(folder)
        job = mulai_laporan_massal(
            actor=None, induk=induk, tahun=tahun, fmt=fmt, pelaku="perintah kinerja laporan --semua"
        )
        self.jalankan(job, folder)

    def lanjutkan(self, job_id: int, folder: Path) -> None:
        job = LaporanMassal.objects.filter(pk=job_id).select_related("induk").first()
        if job is None:
            raise CommandError(f"Laporan massal {job_id} tidak ada.")
        self.folder(folder)
        try:
            queued = lanjutkan_laporan_massal(
                actor=None, job=job, pelaku="perintah kinerja laporan --lanjutkan"
            )
        except ValidationError as error:
            raise CommandError(
                " ".join(error.messages)
                + " (KINERJA_BATCH_TERHENTI_MENIT=0 bila penulisnya pasti sudah berhenti.)"
            ) from error
        self.stderr.write(
            f"Laporan massal {job.pk} ({job.induk.slug}, {job.tahun}) dilanjutkan: "
            f"{queued} LKjIP ditulis lagi."
        )
        self.jalankan(job, folder)

    def folder(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(f"Folder {folder} tidak dapat dibuat: {error.strerror}.") from error

    def jalankan(self, job, folder: Path) -> None:
        tahun = job.tahun
        start = time.monotonic()
        self.kemajuan(kemajuan(job))
        if settings.CELERY_BROKER_URL:
            self.stderr.write(f"Laporan massal {job.pk}: dikirim ke worker Celery.")
            jalankan_laporan_massal(job)
            self.tunggu(job)
        else:
            for _item in jalankan_di_sini(job):
                self.kemajuan(kemajuan(job))
        self.stderr.write("")
        progress = kemajuan(job)
        for item in job.satker_laporan.filter(status=StatusLaporanMassal.SELESAI):
            with default_storage.open(item.berkas, "rb") as stored:
                (folder / PurePosixPath(item.berkas).name).write_bytes(stored.read())
        self.stdout.write(
            f"{progress.selesai} LKjIP {tahun} ditulis ke {folder}, {progress.gagal} gagal, "
            f"dalam {time.monotonic() - start:.0f} detik (laporan massal {job.pk})."
        )
        failed = kegagalan(job)
        for item in failed:
            self.stderr.write(f"  GAGAL {item.satker.slug}: {item.pesan}")
        if failed:
            raise CommandError(f"{len(failed)} LKjIP gagal ditulis.", returncode=1)

    def tunggu(self, job) -> None:
        """Polls the batch's rows until every report is written or failed."""
        last, last_change, warned = None, time.monotonic(), False
        while True:
            progress = kemajuan(job)
            if progress != last:
                self.kemajuan(progress)
                last, last_change = progress, time.monotonic()
            if progress.tuntas:
                return
            if not warned and time.monotonic() - last_change > DIAM_DETIK:
                self.stderr.write(
                    f"\nBelum ada kemajuan selama {DIAM_DETIK} detik: apakah worker Celery "
                    "berjalan? (celery -A config worker)"
                )
                warned = True
            time.sleep(0.5)

    def kemajuan(self, progress: Kemajuan) -> None:
        width = 30
        filled = width * progress.persen // 100
        bar = "#" * filled + "-" * (width - filled)
        line = (
            f"[{bar}] {progress.selesai + progress.gagal}/{progress.jumlah} "
            f"({progress.gagal} gagal)"
        )
        # On a terminal the bar redraws in place; in a log, one line per report.
        if self.stderr.isatty():
            self.stderr.write(f"\r{line}", ending="")
            self.stderr.flush()
        else:
            self.stderr.write(line)
