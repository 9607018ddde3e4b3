from django.core.management.base import BaseCommand

from kinerja.reporting.berkas import MASA_TENGGANG, berkas_yatim
from kinerja.reporting.berkas import hapus as hapus_berkas


class Command(BaseCommand):
    help = (
        "Mendaftar berkas bukti dukung di penyimpanan yang tidak dirujuk satu pun bukti dukung "
        "(sisa unggahan yang gagal, laporan yang dihapus); dengan --hapus, menghapusnya."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hapus", action="store_true", help="hapus berkas yang terdaftar (bukan yang baru)"
        )

    def handle(self, *args, hapus: bool, **options):
        found = berkas_yatim()
        hours = int(MASA_TENGGANG.total_seconds() // 3600)
        old = [item.nama for item in found if not item.baru]
        for item in found:
            note = (
                f"  (baru, < {hours} jam: mungkin unggahan yang sedang berjalan)"
                if item.baru
                else ""
            )
            self.stdout.write(f"{item.nama}{note}")
        if hapus:
            hapus_berkas(old)
            self.stdout.write(f"{len(old)} berkas yatim dihapus.")
        else:
            self.stdout.write(
                f"{len(found)} berkas yatim"
                + (" (jalankan dengan --hapus untuk menghapus yang lama)." if old else ".")
            )
