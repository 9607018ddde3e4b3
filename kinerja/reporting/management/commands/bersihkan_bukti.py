from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from kinerja.reporting.berkas import MASA_TENGGANG, berkas_yatim, hapus_yatim


class Command(BaseCommand):
    help = (
        "Mendaftar berkas unggahan di penyimpanan yang tidak dirujuk data mana pun — bukti "
        "dukung realisasi dan LKE, berkas tindak lanjut, laporan yang disimpan di Periksa LK: "
        "setiap folder unggahan model (sisa unggahan yang gagal, data yang dihapus); dengan "
        "--hapus, menghapusnya."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hapus", action="store_true", help="hapus berkas yang terdaftar (bukan yang baru)"
        )

    def handle(self, *args, hapus: bool, **options):
        try:
            found = berkas_yatim()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        hours = int(MASA_TENGGANG.total_seconds() // 3600)
        old = [item for item in found if not item.baru]
        for item in found:
            note = (
                f"  (baru, < {hours} jam: mungkin unggahan yang sedang berjalan)"
                if item.baru
                else ""
            )
            self.stdout.write(f"{item.nama}{note}")
        if hapus:
            deleted = hapus_yatim(old)
            self.stdout.write(f"{len(deleted)} berkas yatim dihapus.")
        else:
            self.stdout.write(
                f"{len(found)} berkas yatim"
                + (" (jalankan dengan --hapus untuk menghapus yang lama)." if old else ".")
            )
