"""`kinerja dokumen-pk --satker SLUG --tahun YYYY --output DIR`: every PK of a satker-year in
force, each as Word and PDF, named after its level and unit."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.core.commands import tahun_argument
from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.nama import nama_berkas
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.documents.pk import dokumen_pk, perjanjian_untuk_dokumen
from kinerja.organisations.commands import satker_from_slug


class Command(BaseCommand):
    help = "Menulis dokumen Perjanjian Kinerja (Word dan PDF) satu satker-tahun."

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker")
        parser.add_argument("--tahun", required=True, help="tahun, mis. 2024")
        parser.add_argument("--output", required=True, help="folder tujuan")
        parser.add_argument(
            "--format", choices=["docx", "pdf", "semua"], default="semua", help="bawaan: semua"
        )

    def handle(self, *args, satker, tahun, output, format, **options):
        found, tahun = satker_from_slug(satker), tahun_argument(tahun)
        ids = PerjanjianKinerja.objects.berlaku(found.pk, tahun).values_list("pk", flat=True)
        agreements = list(perjanjian_untuk_dokumen(ids).order_by("tingkat", "unit__urutan"))
        if not agreements:
            raise CommandError(f"{found.nama} tidak memiliki PK yang berlaku tahun {tahun}.")
        folder = Path(output)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(f"Folder {output} tidak dapat dibuat: {error.strerror}.") from error
        writers = {"docx": tulis_docx, "pdf": tulis_pdf}
        kinds = list(writers) if format == "semua" else [format]
        for pk in agreements:
            document = dokumen_pk(pk)
            for kind in kinds:
                path = folder / f"{nama_berkas(pk)}.{kind}"
                try:
                    path.write_bytes(writers[kind](document))
                except OSError as error:
                    raise CommandError(
                        f"Berkas {path} tidak dapat ditulis: {error.strerror}."
                    ) from error
                self.stdout.write(f"{path}  ({pk.judul})")
