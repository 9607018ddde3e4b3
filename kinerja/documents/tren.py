"""The multi-year trend of a sasaran's indicators (BAB III.A): each indicator's capaian in the
years the reading layer measured (n−2, n−1 and n, as the comparison table prints them), drawn
as one chart per sasaran beside that table. Only years with a capaian from the same source are
points; an indicator with a single year is no trend and is left out; a sasaran without any
two-year indicator has no chart."""

from collections.abc import Callable
from decimal import Decimal

from kinerja.documents.banding import tahun_lalu
from kinerja.documents.grafik import grafik_tren
from kinerja.documents.isi import Blok, Gambar
from kinerja.measurement.pengukuran import BarisPengukuran, SasaranPengukuran


def deret_capaian(row: BarisPengukuran, tahun: int) -> list[tuple[int, Decimal]]:
    """(year, capaian) of the years that have one, oldest first. This year's counts only when
    assessed for the whole year (a reading to date is not a year's result). A line joins only
    figures from the same source, as the comparison sentences compare only those
    (kinerja.documents.banding): the source of the latest year drawn decides."""
    last, before = tahun_lalu(row, tahun)
    points = [
        (before.tahun, before.capaian, before.sumber),
        (last.tahun, last.capaian, last.sumber),
    ]
    if row.hasil.dinilai and not row.tahun_berjalan:
        points.append((tahun, row.hasil.nilai, row.bacaan.sumber_data))
    points = [point for point in points if point[1] is not None]
    if not points:
        return []
    source = points[-1][2]
    return [(year, value) for year, value, sumber in points if sumber == source]


def gambar_tren(
    group: SasaranPengukuran, tahun: int, grafik: Callable[[str], str], tabel_sumber: str
) -> list[Blok]:
    series = [
        (f"{index}. {row.indikator.nama}", deret_capaian(row, tahun))
        for index, row in enumerate(group.baris, start=1)
    ]
    drawer = grafik_tren(series)
    if drawer is None:
        return []
    drawn = [name for name, points in series if len(points) >= 2]
    years = sorted({year for _, points in series if len(points) >= 2 for year, _ in points})
    span = f"{years[0]}–{years[-1]}"
    return [
        Gambar(
            drawer,
            grafik(f"Capaian indikator {group.label} tahun {span} (data: {tabel_sumber})"),
            f"Diagram garis capaian {len(drawn)} indikator {group.label} tahun {span} dengan "
            f"garis 100%; angkanya ada pada {tabel_sumber}.",
        )
    ]
