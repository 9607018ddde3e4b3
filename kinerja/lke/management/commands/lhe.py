"""`kinerja lhe --satker SLUG --tahun YYYY --output FILE.docx|.pdf|.xlsx [--format ...]`: the
LHE (Word or PDF) or the finalised worksheet (Excel) of a satker-year, written by the functions
the results page serves its downloads with, from the same snapshot. The command line is the
system: it may read a result the evaluator hides from the satker. Whatever the page refuses
(no final result yet, no signer recorded) is refused here with the same message, and no file
is written."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from kinerja.core.commands import tahun_argument
from kinerja.lke.lhe_berkas import lembar_kerja_xlsx, lhe_docx, lhe_pdf
from kinerja.lke.models import EvaluasiLke
from kinerja.organisations.commands import satker_from_slug

# Each format with its writer and what the written file is called in the closing line.
PENULIS = {
    "docx": (lhe_docx, "LHE"),
    "pdf": (lhe_pdf, "LHE"),
    "xlsx": (lembar_kerja_xlsx, "Lembar kerja LKE"),
}


def format_berkas(output: Path, fmt: str | None) -> str:
    """The format asked for: `--format`, else the output's extension; refused when neither
    names a known one, or when they disagree."""
    extension = output.suffix.lower().lstrip(".")
    if fmt is None:
        if extension not in PENULIS:
            raise CommandError(
                f"Jenis berkas tidak dikenali dari nama {output.name!r}: akhiri dengan .docx, "
                ".pdf atau .xlsx, atau sebutkan --format."
            )
        return extension
    if extension in PENULIS and extension != fmt:
        raise CommandError(f"--format {fmt} tidak sesuai dengan nama berkas {output.name!r}.")
    return fmt


class Command(BaseCommand):
    help = (
        "Menulis Laporan Hasil Evaluasi (LHE) AKIP satu satker-tahun sebagai Word atau PDF, "
        "atau lembar kerja evaluasinya sebagai Excel, dari snapshot final; sama dengan unduhan "
        "di halaman hasil evaluasi."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker")
        parser.add_argument("--tahun", required=True, help="tahun evaluasi, mis. 2025")
        parser.add_argument("--output", required=True, help="berkas tujuan (.docx, .pdf, .xlsx)")
        parser.add_argument(
            "--format", choices=sorted(PENULIS), help="bawaan: dari akhiran nama berkas"
        )

    def handle(self, *args, satker, tahun, output, format, **options):
        path = Path(output)
        fmt = format_berkas(path, format)
        found, year = satker_from_slug(satker), tahun_argument(tahun)
        evaluasi = (
            EvaluasiLke.objects.select_related("satker").filter(satker=found, tahun=year).first()
        )
        if evaluasi is None:
            raise CommandError(f"{found.nama} belum memiliki evaluasi AKIP tahun {year}.")
        write, what = PENULIS[fmt]
        try:
            content = write(evaluasi)
        except ValidationError as refused:
            raise CommandError(" ".join(refused.messages)) from None
        try:
            path.write_bytes(content)
        except OSError as error:
            raise CommandError(f"Berkas {path} tidak dapat ditulis: {error.strerror}.") from error
        name = found.nama_lengkap or found.nama
        self.stdout.write(f"{path}  ({what} {name} Tahun {year})")
