import json

from django.core.management.base import BaseCommand

from kinerja.core.commands import tahun_argument
from kinerja.measurement.render import as_dict, as_text
from kinerja.measurement.selectors import pengukuran
from kinerja.organisations.commands import satker_from_slug


class Command(BaseCommand):
    help = "Tabel pengukuran kinerja satu satker-tahun: capaian, predikat, anggaran, total."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker")
        parser.add_argument("--tahun", required=True, help="tahun, mis. 2024")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, satker, tahun, **options):
        result = pengukuran(satker_from_slug(satker), tahun_argument(tahun))
        if options["json"]:
            self.stdout.write(json.dumps(as_dict(result), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(as_text(result))
