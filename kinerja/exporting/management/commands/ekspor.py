import json

from django.core.management.base import BaseCommand, CommandError

from kinerja.exporting.selectors import build_export
from kinerja.organisations.models import Satker


class Command(BaseCommand):
    help = "Mencetak satu dokumen JSON berisi data SAKIP satu satker untuk satu tahun."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker, mis. kpu-kota-prabumulih")
        parser.add_argument("--tahun", required=True, type=int, help="tahun, mis. 2024")

    def handle(self, *args, satker, tahun, **options):
        found = Satker.objects.filter(slug=satker).first()
        if found is None:
            raise CommandError(f"Satker dengan slug {satker!r} tidak ditemukan.")
        if not 1900 <= tahun <= 2200:
            raise CommandError(f"Tahun {tahun} tidak masuk akal.")
        document = build_export(found, tahun)
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
