"""`kinerja laporan --satker SLUG --tahun YYYY --format docx|pdf|xlsx --output FILE
[--konsistensi]`: the LKjIP of a satker-year as far as Kinerja generates it (see
docs/dokumen.md). Whoever runs the command has asked for the report: a year that is not ready
is written anyway, its blockers listed on stderr and printed in the report's appendix."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kinerja.core.commands import tahun_argument
from kinerja.documents.kesiapan_data import kesiapan
from kinerja.documents.laporan_berkas import JENIS_BERKAS, tulis_laporan
from kinerja.measurement.satker_year import tahun_tersedia
from kinerja.organisations.commands import satker_from_slug


class Command(BaseCommand):
    help = "Menulis Laporan Kinerja (LKjIP) satu satker-tahun sebagai Word, PDF atau Excel."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker")
        parser.add_argument("--tahun", required=True, help="tahun, mis. 2024")
        parser.add_argument("--format", required=True, choices=sorted(JENIS_BERKAS))
        parser.add_argument("--output", required=True, help="berkas tujuan")
        parser.add_argument(
            "--konsistensi",
            action="store_true",
            help="sertakan lampiran Catatan Konsistensi Data (temuan reviu)",
        )

    def handle(self, *args, satker, tahun, format, output, konsistensi, **options):
        found, tahun = satker_from_slug(satker), tahun_argument(tahun)
        if tahun not in tahun_tersedia(found):
            raise CommandError(f"{found.nama} tidak memiliki data tahun {tahun}.")
        check = kesiapan(found, tahun)
        if check.penghalang:
            self.stderr.write(
                f"{len(check.penghalang)} hal belum lengkap (dicetak di lampiran "
                "“Hal yang Belum Lengkap”):"
            )
            for item in check.penghalang:
                self.stderr.write(f"  - {item.pesan}")
        # The draft is kept only once its file is written.
        with transaction.atomic():
            content = tulis_laporan(found, tahun, format, check, konsistensi=konsistensi)
            try:
                Path(output).write_bytes(content)
            except OSError as error:
                raise CommandError(
                    f"Berkas {output} tidak dapat ditulis: {error.strerror}."
                ) from error
        name = found.nama_lengkap or found.nama
        self.stdout.write(f"{output}  (Laporan Kinerja {name} Tahun {tahun})")
