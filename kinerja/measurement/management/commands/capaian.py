from django.core.management.base import BaseCommand, CommandError

from kinerja.core.commands import desimal_argument
from kinerja.core.formatting import format_desimal, format_persen
from kinerja.core.numbers import JenisAngka
from kinerja.measurement.capaian import AturanCapaian, Polaritas, VarianTurun, hitung_capaian


def _pilihan(enum, text: str, name: str):
    # Checked here rather than by argparse's `choices`, whose refusal is in English.
    try:
        return enum(text)
    except ValueError:
        allowed = ", ".join(item.value for item in enum)
        raise CommandError(
            f"{name}: {text!r} tidak dikenal; pilih salah satu: {allowed}."
        ) from None


def _metavar(enum) -> str:
    return "{" + ",".join(item.value for item in enum) + "}"


class Command(BaseCommand):
    help = (
        "Kalkulator capaian: mencetak capaian dan aturan yang dipakai. Angka boleh ditulis "
        "cara Indonesia (4,88) atau dengan titik (4.88)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--target", required=True, help="target (T), mis. 95 atau 4,88")
        parser.add_argument("--realisasi", required=True, help="realisasi (R)")
        parser.add_argument(
            "--polaritas", default=Polaritas.NAIK.value, metavar=_metavar(Polaritas)
        )
        parser.add_argument(
            "--batas-atas",
            help="batas atas target rentang (rentang, stabil, atau turun: semakin rendah "
            "semakin baik); target adalah batas bawahnya",
        )
        parser.add_argument(
            "--varian",
            default=VarianTurun.DUA_T_KURANG_R.value,
            metavar=_metavar(VarianTurun),
            help="rumus semakin rendah semakin baik: 2t-r (baku) atau t-r (T/R)",
        )
        parser.add_argument("--plafon", help="plafon capaian: 100, 110 atau 120")

    def handle(self, *args, **options):
        polaritas = _pilihan(Polaritas, options["polaritas"], "--polaritas")
        varian = _pilihan(VarianTurun, options["varian"], "--varian")
        target = desimal_argument(options["target"], "--target")
        realisasi = desimal_argument(options["realisasi"], "--realisasi")
        # `is None`, not falsiness: `--batas-atas ""` is a mistake to report, not an omission.
        batas_atas = (
            None
            if options["batas_atas"] is None
            else desimal_argument(options["batas_atas"], "--batas-atas")
        )
        plafon = (
            None
            if options["plafon"] is None
            else desimal_argument(options["plafon"], "--plafon", JenisAngka.PERSEN)
        )
        try:
            aturan = AturanCapaian(
                polaritas=polaritas, varian_turun=varian, batas_atas=batas_atas, plafon=plafon
            )
            hasil = hitung_capaian(target, realisasi, aturan)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Target {format_desimal(target)}, realisasi {format_desimal(realisasi)}")
        if hasil.dinilai:
            self.stdout.write(f"Capaian: {format_persen(hasil.nilai)}")
            if hasil.nilai_tanpa_plafon is not None and hasil.nilai_tanpa_plafon != hasil.nilai:
                self.stdout.write(f"Tanpa plafon: {format_persen(hasil.nilai_tanpa_plafon)}")
        else:
            self.stdout.write(f"Capaian: tidak dinilai — {hasil.alasan}")
        self.stdout.write(f"Aturan: {hasil.aturan}")
