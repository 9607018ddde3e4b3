import json
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError

from kinerja.core.commands import tahun_argument
from kinerja.core.formatting import format_desimal, format_persen, format_poin
from kinerja.lke.models import EvaluasiLke, SnapshotLke
from kinerja.lke.snapshot import baca_snapshot, isi_snapshot
from kinerja.organisations.commands import satker_from_slug

JUDUL = {"mandiri": "Mandiri", "evaluator": "Final"}


class Command(BaseCommand):
    help = (
        "Nilai evaluasi AKIP (LKE) satu satker-tahun: nilai per komponen, total, predikat dan "
        "kelengkapan, penilaian mandiri dan final; dari snapshot bila sudah difinalkan."
    )

    def add_arguments(self, parser):
        parser.add_argument("--satker", required=True, help="slug satker")
        parser.add_argument("--tahun", required=True, help="tahun evaluasi, mis. 2025")
        parser.add_argument("--json", action="store_true", help="keluaran JSON")

    def handle(self, *args, satker, tahun, **options):
        found = satker_from_slug(satker)
        year = tahun_argument(tahun)
        evaluasi = (
            EvaluasiLke.objects.select_related("satker", "versi")
            .filter(satker=found, tahun=year)
            .first()
        )
        if evaluasi is None:
            raise CommandError(f"{found.nama} belum memiliki evaluasi AKIP tahun {year}.")
        snapshot = SnapshotLke.objects.filter(evaluasi=evaluasi).first()
        isi = baca_snapshot(evaluasi) if snapshot else isi_snapshot(evaluasi)
        if options["json"]:
            document = {
                "satker": found.slug,
                "tahun": year,
                "status": evaluasi.status,
                "lembar": evaluasi.versi.nama,
                "sumber": "snapshot" if snapshot else "jawaban-terkini",
                "sha256": snapshot.sha256 if snapshot else None,
                "hasil": isi["hasil"],
            }
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
            return
        self._tulis(found, evaluasi, isi, snapshot)

    def _tulis(self, satker, evaluasi, isi, snapshot) -> None:
        write = self.stdout.write
        write(
            f"EVALUASI AKIP {satker.nama_lengkap or satker.nama} TAHUN {evaluasi.tahun}: "
            f"{evaluasi.get_status_display()} ({evaluasi.versi.nama})"
        )
        if snapshot:
            write(f"Dari snapshot final, SHA-256 {snapshot.sha256}")
        sides = ["mandiri", "evaluator"]
        write(f"{'Komponen':<48}" + "".join(f"{JUDUL[side]:>12}" for side in sides))
        lembar = {kom["kode"]: kom for kom in isi["lembar"]["komponen"]}
        for index, kom in enumerate(isi["hasil"]["mandiri"]["komponen"]):
            bobot = format_desimal(Decimal(kom["bobot"]))
            nama = f"{kom['kode']}. {lembar[kom['kode']]['nama']} ({bobot})"
            values = [isi["hasil"][side]["komponen"][index]["nilai"] for side in sides]
            write(f"{nama[:47]:<48}" + "".join(f"{format_poin(Decimal(v)):>12}" for v in values))
        totals = []
        for side in sides:
            hasil = isi["hasil"][side]
            totals.append(
                f"{format_poin(Decimal(hasil['total']))} {hasil['predikat'] or '-'}"
                if hasil["dijawab"]
                else "belum dinilai"
            )
        write(f"{'Total':<48}" + "".join(f"{text:>12}" for text in totals))
        for side in sides:
            hasil = isi["hasil"][side]
            write(
                f"Kelengkapan {JUDUL[side].lower()}: {hasil['dijawab']} dari {hasil['jumlah']} "
                f"kriteria dijawab, {hasil['tidak_berlaku']} N/A: "
                f"{format_persen(Decimal(hasil['kelengkapan']))}"
            )
