import json
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kinerja.core.commands import tahun_argument
from kinerja.evaluation.reviu.cetak import hitungan, tulis_temuan
from kinerja.periksa.aturan import periksa_laporan
from kinerja.periksa.baca import BerkasTidakTerbaca, baca_berkas
from kinerja.periksa.susun import susun


class Command(BaseCommand):
    help = (
        "Membaca Laporan Kinerja (DOCX, PDF berteks, atau teks) dan mencetak reviunya: setiap "
        "temuan dengan aturan, tingkat, lokasi, nilai tercatat dan hasil hitungan."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", help="berkas laporan: .docx, .pdf atau teks")
        parser.add_argument("--tahun", help="tahun laporan, bila sampulnya tidak menyebut")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, berkas, tahun=None, **options):
        year = tahun_argument(tahun) if tahun else None
        path = Path(berkas)
        if not path.is_file():
            raise CommandError(f"Berkas tidak ditemukan: {berkas}")
        started = time.perf_counter()
        try:
            blocks = baca_berkas(path)
        except BerkasTidakTerbaca as error:
            raise CommandError(str(error)) from error
        report = susun(blocks, year)
        data, findings = periksa_laporan(report)
        seconds = time.perf_counter() - started
        if options["json"]:
            document = {
                "berkas": path.name,
                "tahun": report.tahun,
                "organisasi": report.organisasi,
                "bagian": [asdict(section) for section in report.bagian],
                "tabel": [
                    {
                        "nomor": table.nomor,
                        "bagian": table.bagian,
                        "judul": table.judul,
                        "lokasi": table.lokasi,
                        "jenis": table.jenis.value,
                        "alasan": table.alasan,
                    }
                    for table in report.tabel
                ],
                "temuan": [asdict(finding) for finding in findings],
            }
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
            return
        if not blocks:
            self.stdout.write(
                f"{path.name}: tidak ada teks yang terbaca (PDF hasil pindai tanpa lapisan "
                "teks?); tidak ada yang diperiksa."
            )
            return
        kinds = Counter(table.jenis.value for table in report.tabel)
        listing = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        took = f"{seconds:.2f}".replace(".", ",")
        self.stdout.write(
            f"PERIKSA {path.name}: {report.organisasi or '(organisasi tidak terbaca)'}, tahun "
            f"{report.tahun or '(tidak terbaca)'}; {len(report.bagian)} bagian, "
            f"{len(report.tabel)} tabel ({listing}), "
            f"{len(data.fakta.pengukuran)} indikator diukur; dibaca dalam "
            f"{took} detik."
        )
        self.stdout.write(hitungan(findings))
        tulis_temuan(self.stdout.write, findings)
