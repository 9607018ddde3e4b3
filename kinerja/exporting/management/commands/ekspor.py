import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kinerja.core.commands import tahun_argument
from kinerja.exporting.bukti import BuktiTidakSah, salin_bukti
from kinerja.exporting.selectors import build_export
from kinerja.organisations.commands import satker_from_slug


class Command(BaseCommand):
    help = "Mencetak satu dokumen JSON berisi data SAKIP satu satker untuk satu tahun."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker, mis. kpu-kota-prabumulih")
        parser.add_argument("--tahun", required=True, help="tahun, mis. 2024")
        parser.add_argument(
            "--bukti",
            metavar="FOLDER",
            help="salin juga berkas bukti dukung ke FOLDER, masing-masing bernama SHA-256-nya",
        )

    def handle(self, *args, satker, tahun, bukti, **options):
        satker, tahun = satker_from_slug(satker), tahun_argument(tahun)
        document = build_export(satker, tahun)
        if bukti:
            try:
                count = salin_bukti(satker, tahun, Path(bukti))
            except BuktiTidakSah as error:
                raise CommandError(f"Ekspor dibatalkan. {error}") from error
            # stdout carries the JSON alone.
            self.stderr.write(f"{count} berkas bukti dukung ada di {bukti}.")
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
