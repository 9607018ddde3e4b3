import json

from django.core.management.base import BaseCommand, CommandError

from kinerja.core.commands import tahun_argument
from kinerja.measurement.periods import BULAN, SINGKATAN, TRIWULAN
from kinerja.measurement.render import as_dict, as_text
from kinerja.measurement.selectors import pengukuran
from kinerja.organisations.commands import satker_from_slug


class Command(BaseCommand):
    help = "Tabel pengukuran kinerja satu satker-tahun: capaian, predikat, anggaran, total."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker")
        parser.add_argument("--tahun", required=True, help="tahun, mis. 2024")
        parser.add_argument(
            "--sampai",
            help="ukur keadaan pada akhir periode ini: tw1…tw4 atau b01…b12 (bawaan: tahunan)",
        )
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, satker, tahun, sampai, **options):
        if sampai is not None and sampai not in (*TRIWULAN, *BULAN):
            raise CommandError(
                f"Periode tidak dikenal: {sampai!r} (tw1…tw4 untuk triwulan, b01…b12 untuk "
                f"bulan; mis. tw2 = {SINGKATAN['tw2']})."
            )
        result = pengukuran(satker_from_slug(satker), tahun_argument(tahun), sampai=sampai)
        if options["json"]:
            self.stdout.write(json.dumps(as_dict(result), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(as_text(result))
