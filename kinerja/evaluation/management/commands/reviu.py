import json
from dataclasses import asdict

from django.core.management.base import BaseCommand

from kinerja.core.commands import tahun_argument
from kinerja.evaluation.reviu.cetak import hitungan, tulis_temuan
from kinerja.evaluation.reviu.rules import jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.organisations.commands import satker_from_slug


class Command(BaseCommand):
    help = (
        "Reviu konsistensi data SAKIP satu satker-tahun: setiap temuan dengan aturan, tingkat, "
        "lokasi, nilai tercatat dan nilai seharusnya. Temuan tidak membuat perintah gagal."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker")
        parser.add_argument("--tahun", required=True, help="tahun, mis. 2024")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, satker, tahun, **options):
        found = satker_from_slug(satker)
        year = tahun_argument(tahun)
        facts = fakta_reviu(found, year)
        findings = jalankan(facts)
        if options["json"]:
            document = {
                "satker": found.slug,
                "tahun": year,
                "ada_data": facts.ada_data,
                "temuan": [asdict(finding) for finding in findings],
            }
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
            return
        if not facts.ada_data:
            # "0 temuan" would read as a clean bill for a year with nothing to review.
            self.stdout.write(
                f"REVIU {found.nama_lengkap or found.nama} TAHUN {year}: belum ada data satker "
                "ini sendiri (RKT, Perjanjian Kinerja, realisasi atau anggaran); tidak ada yang "
                "direviu."
            )
            return
        self.stdout.write(
            f"REVIU {found.nama_lengkap or found.nama} TAHUN {year}: {hitungan(findings)}"
        )
        tulis_temuan(self.stdout.write, findings)
