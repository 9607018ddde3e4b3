"""`kinerja laporan --satker SLUG --tahun YYYY --format docx|pdf --output FILE`: the LKjIP of a
satker-year as far as Kinerja generates it (see docs/dokumen.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.lkjip import laporan_kinerja
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.measurement.satker_year import tahun_tersedia
from kinerja.organisations.models import Satker


class Command(BaseCommand):
    help = "Menulis Laporan Kinerja (LKjIP) satu satker-tahun sebagai Word atau PDF."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker")
        parser.add_argument("--tahun", required=True, type=int)
        parser.add_argument("--format", required=True, choices=["docx", "pdf"])
        parser.add_argument("--output", required=True, help="berkas tujuan")

    def handle(self, *args, satker, tahun, format, output, **options):
        found = Satker.objects.filter(slug=satker).first()
        if found is None:
            raise CommandError(f"Satker {satker!r} tidak ditemukan.")
        if tahun not in tahun_tersedia(found):
            raise CommandError(f"{found.nama} tidak memiliki data tahun {tahun}.")
        document = laporan_kinerja(found, tahun)
        write = tulis_docx if format == "docx" else tulis_pdf
        Path(output).write_bytes(write(document))
        self.stdout.write(f"{output}  ({document.judul})")
