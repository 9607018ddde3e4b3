from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kinerja.core.commands import tahun_argument
from kinerja.lke.bawaan import muat_lembar_88_2021
from kinerja.lke.models import VersiLembar
from kinerja.lke.versi import lembar_dari_versi, simpan_lembar, terbitkan_lembar
from kinerja.lke.xlsx_lembar import LembarTidakSah, baca_lembar, tulis_lembar


class Command(BaseCommand):
    help = (
        "Lembar kerja evaluasi AKIP sebagai XLSX: --ekspor BERKAS menulis lembar tahun itu (atau "
        "lembar 88/2021 bawaan dengan --bawaan); --impor BERKAS menyimpannya sebagai draf tahun "
        "itu, --terbitkan sekaligus menerbitkannya bila bobotnya benar."
    )

    def add_arguments(self, parser):
        parser.add_argument("--tahun", required=True, help="tahun evaluasi, mis. 2026")
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--ekspor", metavar="BERKAS", help="tulis lembar kerja ke XLSX")
        action.add_argument("--impor", metavar="BERKAS", help="baca lembar kerja dari XLSX")
        parser.add_argument(
            "--bawaan",
            action="store_true",
            help="dengan --ekspor: lembar 88/2021 bawaan Kinerja, bukan versi yang tersimpan",
        )
        parser.add_argument("--terbitkan", action="store_true", help="dengan --impor")

    def handle(self, *args, tahun, ekspor, impor, bawaan, terbitkan, **options):
        year = tahun_argument(tahun)
        if ekspor:
            self._ekspor(year, Path(ekspor), bawaan)
        else:
            self._impor(year, Path(impor), terbitkan)

    def _ekspor(self, year: int, path: Path, bawaan: bool) -> None:
        if bawaan:
            lembar = muat_lembar_88_2021()
        else:
            versi = VersiLembar.objects.filter(tahun=year).first()
            if versi is None:
                raise CommandError(f"Belum ada lembar kerja evaluasi tahun {year}.")
            lembar = lembar_dari_versi(versi)
        path.write_bytes(tulis_lembar(lembar))
        self.stdout.write(f"{path}: {len(lembar.semua_kriteria())} kriteria.")

    def _impor(self, year: int, path: Path, terbitkan: bool) -> None:
        if not path.is_file():
            raise CommandError(f"Berkas tidak ditemukan: {path}")
        try:
            lembar = baca_lembar(path.read_bytes(), tahun=year)
            with transaction.atomic():
                # The command line is the system: it is run by whoever administers the server.
                versi = simpan_lembar(lembar, tahun=year, actor=None)
                if terbitkan:
                    terbitkan_lembar(actor=None, versi=versi)
        except LembarTidakSah as refused:
            raise CommandError("\n".join(str(problem) for problem in refused.pesan)) from None
        except ValidationError as refused:
            raise CommandError("\n".join(refused.messages)) from None
        status = "terbit" if terbitkan else "draf"
        self.stdout.write(
            f"Lembar kerja {year} disimpan ({status}): {len(lembar.semua_kriteria())} kriteria."
        )
