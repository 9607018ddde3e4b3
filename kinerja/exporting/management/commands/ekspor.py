import json

from django.core.management.base import BaseCommand

from kinerja.core.commands import tahun_argument
from kinerja.exporting.selectors import build_export
from kinerja.organisations.commands import satker_from_slug


class Command(BaseCommand):
    help = "Mencetak satu dokumen JSON berisi data SAKIP satu satker untuk satu tahun."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker, mis. kpu-kota-prabumulih")
        parser.add_argument("--tahun", required=True, help="tahun, mis. 2024")

    def handle(self, *args, satker, tahun, **options):
        document = build_export(satker_from_slug(satker), tahun_argument(tahun))
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
