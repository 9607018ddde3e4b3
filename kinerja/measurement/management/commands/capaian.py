from django.core.management.base import BaseCommand, CommandError

from kinerja.core.commands import desimal_argument
from kinerja.core.formatting import format_desimal, format_persen
from kinerja.measurement.capaian import AturanCapaian, Polaritas, VarianTurun, hitung_capaian


class Command(BaseCommand):
    help = (
        "Kalkulator capaian: mencetak capaian dan aturan yang dipakai. Angka boleh ditulis "
        "cara Indonesia (4,88) atau dengan titik (4.88)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--target", required=True, help="target (T), mis. 95 atau 4,88")
        parser.add_argument("--realisasi", required=True, help="realisasi (R)")
        parser.add_argument(
            "--polaritas", choices=[item.value for item in Polaritas], default=Polaritas.NAIK.value
        )
        parser.add_argument("--batas-atas", help="batas atas rentang/pita (target = batas bawah)")
        parser.add_argument(
            "--varian",
            choices=[item.value for item in VarianTurun],
            default=VarianTurun.DUA_T_KURANG_R.value,
            help="rumus semakin rendah semakin baik: 2t-r (baku) atau t-r (T/R)",
        )
        parser.add_argument("--plafon", help="plafon capaian: 100, 110 atau 120")

    def handle(self, *args, **options):
        target = desimal_argument(options["target"], "--target")
        realisasi = desimal_argument(options["realisasi"], "--realisasi")
        batas_atas = (
            desimal_argument(options["batas_atas"], "--batas-atas")
            if options["batas_atas"]
            else None
        )
        plafon = desimal_argument(options["plafon"], "--plafon") if options["plafon"] else None
        try:
            aturan = AturanCapaian(
                polaritas=Polaritas(options["polaritas"]),
                varian_turun=VarianTurun(options["varian"]),
                batas_atas=batas_atas,
                plafon=plafon,
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
