import json
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from kinerja.core.commands import tahun_argument
from kinerja.evaluation.reviu.cetak import hitungan, tulis_temuan
from kinerja.organisations.models import Satker
from kinerja.periksa.baca import BerkasTidakTerbaca, baca_berkas
from kinerja.periksa.hasil import periksa_blok, sebagai_json
from kinerja.periksa.services import simpan_nilai_dokumen


class Command(BaseCommand):
    help = (
        "Membaca Laporan Kinerja (DOCX, PDF berteks, atau teks) dan mencetak reviunya: setiap "
        "temuan dengan aturan, tingkat, lokasi, nilai tercatat dan hasil hitungan. Dengan "
        "--simpan --satker, yang terbaca menjadi nilai tercatat satker-tahun itu."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", help="berkas laporan: .docx, .pdf atau teks")
        parser.add_argument("--tahun", help="tahun laporan, bila sampulnya tidak menyebut")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")
        parser.add_argument(
            "--simpan",
            action="store_true",
            help="simpan yang terbaca sebagai nilai tercatat satker-tahun (bukan masukannya)",
        )
        parser.add_argument("--satker", help="slug satker untuk --simpan")
        parser.add_argument(
            "--pengguna", help="nama pengguna yang dicatat di jejak audit (bawaan: sistem)"
        )

    def handle(self, *args, berkas, tahun=None, **options):
        year = tahun_argument(tahun) if tahun else None
        satker, actor = self.tujuan(options)
        path = Path(berkas)
        if not path.is_file():
            raise CommandError(f"Berkas tidak ditemukan: {berkas}")
        started = time.perf_counter()
        try:
            blocks = baca_berkas(path)
        except BerkasTidakTerbaca as error:
            raise CommandError(str(error)) from error
        hasil = periksa_blok(blocks, year, path.name)
        seconds = time.perf_counter() - started
        if satker is not None:
            # Said on stderr under --json, so that stdout stays one JSON document.
            self.simpan(hasil, satker, actor, self.stderr if options["json"] else self.stdout)
        if options["json"]:
            self.stdout.write(json.dumps(sebagai_json(hasil), ensure_ascii=False, indent=2))
            return
        if not hasil.ada_teks:
            self.stdout.write(
                f"{path.name}: tidak ada teks yang terbaca (PDF hasil pindai tanpa lapisan "
                "teks?); tidak ada yang diperiksa."
            )
            return
        report = hasil.laporan
        listing = ", ".join(f"{count} {kind}" for kind, count in hasil.jenis_tabel.items())
        took = f"{seconds:.2f}".replace(".", ",")
        self.stdout.write(
            f"PERIKSA {path.name}: {report.organisasi or '(organisasi tidak terbaca)'}, tahun "
            f"{report.tahun or '(tidak terbaca)'}; {len(report.bagian)} bagian, "
            f"{len(report.tabel)} tabel ({listing}), "
            f"{len(hasil.data.fakta.pengukuran)} indikator diukur; dibaca dalam "
            f"{took} detik."
        )
        self.stdout.write(hitungan(hasil.temuan))
        tulis_temuan(self.stdout.write, hasil.temuan)

    def tujuan(self, options):
        """The satker and the actor of --simpan, checked before the file is read."""
        if not options["simpan"]:
            if options["satker"] or options["pengguna"]:
                raise CommandError("--satker dan --pengguna hanya dipakai bersama --simpan.")
            return None, None
        if not options["satker"]:
            raise CommandError("--simpan membutuhkan --satker SLUG.")
        satker = Satker.objects.filter(slug=options["satker"]).first()
        if satker is None:
            raise CommandError(f"Satker tidak dikenal: {options['satker']}.")
        actor = None
        if options["pengguna"]:
            actor = get_user_model().objects.filter(username=options["pengguna"]).first()
            if actor is None:
                raise CommandError(f"Pengguna tidak dikenal: {options['pengguna']}.")
        return satker, actor

    def simpan(self, hasil, satker, actor, out) -> None:
        if not hasil.laporan.tahun:
            raise CommandError(
                "Tahun laporan tidak terbaca dari berkasnya; sebutkan dengan --tahun YYYY."
            )
        try:
            result = simpan_nilai_dokumen(
                hasil.data, satker=satker, actor=actor, berkas=hasil.berkas
            )
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        out.write(
            f"Disimpan sebagai nilai tercatat {satker.slug} {hasil.laporan.tahun}: "
            f"{result.ditulis} nilai ({result.dihapus} nilai terbaca sebelumnya diganti; "
            f"{result.tanpa_indikator} tanpa indikator Kinerja yang cocok). Target, realisasi "
            "dan pagu tidak diubah."
        )
