"""`kinerja bersihkan-laporan [--hapus]`: the year-end batches whose files the retention rule
removes (all but each parent's newest KINERJA_BATCH_SIMPAN, and any older than
KINERJA_BATCH_SIMPAN_HARI days; docs/dokumen.md); with --hapus, removes them. Meant for a
daily timer (docs/deploy.md)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from kinerja.documents.massal_bersih import batch_kedaluwarsa, hapus_berkas_massal

PELAKU = "perintah kinerja bersihkan-laporan"


class Command(BaseCommand):
    help = (
        "Mendaftar laporan massal yang berkasnya sudah melewati aturan retensi; dengan "
        "--hapus, menghapus berkasnya dari penyimpanan (barisnya tetap, dengan tanda dihapus)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hapus", action="store_true", help="hapus berkas yang terdaftar")

    def handle(self, *args, hapus: bool, **options):
        expired = batch_kedaluwarsa()
        removed = 0
        for job in expired:
            self.stdout.write(
                f"laporan massal {job.pk}: {job.induk.slug} LKjIP {job.tahun} ({job.format}), "
                f"dimulai {job.dimulai_pada:%Y-%m-%d %H:%M}"
            )
            if hapus:
                removed += hapus_berkas_massal(actor=None, job=job, pelaku=PELAKU)
        rule = (
            f"disimpan {settings.KINERJA_BATCH_SIMPAN} terbaru per satker induk, "
            f"paling lama {settings.KINERJA_BATCH_SIMPAN_HARI} hari"
        )
        if hapus:
            self.stdout.write(
                f"{len(expired)} laporan massal dibersihkan, {removed} berkas dihapus ({rule})."
            )
        else:
            self.stdout.write(
                f"{len(expired)} laporan massal melewati aturan retensi ({rule})"
                + ("; jalankan dengan --hapus untuk menghapus berkasnya." if expired else ".")
            )
