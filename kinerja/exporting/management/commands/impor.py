import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kinerja.exporting.importer import ImporDitolak, impor


class Command(BaseCommand):
    help = (
        "Memulihkan satu satker-tahun dari berkas ekspor Kinerja (kinerja ekspor): satker baru, "
        "atau dengan --ganti mengganti data tahun itu. Semua atau tidak sama sekali."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", help="berkas JSON hasil `kinerja ekspor`")
        parser.add_argument(
            "--ganti",
            action="store_true",
            help="ganti data tahun itu bila satkernya sudah ada",
        )
        parser.add_argument(
            "--bukti",
            metavar="FOLDER",
            help="folder berkas bukti dukung hasil `kinerja ekspor --bukti`",
        )

    def handle(self, *args, berkas, ganti, bukti, **options):
        path = Path(berkas)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise CommandError(f"Berkas {berkas} tidak ditemukan.") from error
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Berkas {berkas} tidak dapat dibaca: {error}") from error
        except json.JSONDecodeError as error:
            raise CommandError(f"Berkas {berkas} bukan JSON yang sah: {error}") from error
        except RecursionError as error:
            raise CommandError(f"Berkas {berkas} bersarang terlalu dalam untuk dibaca.") from error
        try:
            result = impor(
                document, ganti=ganti, sumber=path.name, bukti=Path(bukti) if bukti else None
            )
        except ImporDitolak as error:
            raise CommandError(f"Impor ditolak, tidak ada yang diubah. {error}") from error
        action = "dibuat" if result.baru else "diganti"
        self.stdout.write(
            f"Satker {result.satker.slug} tahun {result.tahun} {action}: "
            f"{sum(result.perubahan.values())} baris ditulis/dihapus (tercatat di jejak audit)."
        )
        for warning in result.peringatan:
            self.stdout.write(f"Peringatan: {warning}")
