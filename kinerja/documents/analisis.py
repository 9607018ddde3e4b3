"""BAB III.A's analysis of one sasaran around its capaian table: the chart of that table, a
paragraph per indicator (its result, the comparison with the two years before and with the
Renstra's final target), the comparison tables, and the efficiency sentence. Captions are
numbered by the chapter (`tabel` and `grafik` give the next "Tabel 3.n …" / "Grafik 3.n …")."""

from collections.abc import Callable

from kinerja.documents.banding import kalimat_banding, kalimat_renstra, tabel_banding, tabel_renstra
from kinerja.documents.efisiensi import kalimat_efisiensi
from kinerja.documents.grafik import grafik_anggaran, grafik_capaian
from kinerja.documents.isi import Blok, Gambar, Paragraf
from kinerja.documents.kalimat import kalimat_indikator
from kinerja.documents.tren import gambar_tren
from kinerja.measurement.pengukuran import BarisPengukuran, SasaranPengukuran
from kinerja.measurement.snapshot import AnggaranKegiatan

Caption = Callable[[str], str]


def gambar_capaian(group: SasaranPengukuran, grafik: Caption, tabel_sumber: str) -> list[Blok]:
    drawer = grafik_capaian(group.baris)
    if drawer is None:
        return []
    assessed = [row for row in group.baris if row.hasil.dinilai]
    return [
        Gambar(
            drawer,
            grafik(f"Capaian indikator {group.label} terhadap 100% (data: {tabel_sumber})"),
            f"Diagram batang capaian {len(assessed)} indikator {group.label} dengan garis 100%; "
            f"angkanya ada pada {tabel_sumber}.",
        )
    ]


def gambar_anggaran(anggaran: list[AnggaranKegiatan], grafik: Caption, tabel_sumber: str):
    drawer = grafik_anggaran(anggaran)
    if drawer is None:
        return []
    return [
        Gambar(
            drawer,
            grafik(f"Pagu dan realisasi anggaran per kegiatan (data: {tabel_sumber})"),
            f"Diagram batang pagu dan realisasi anggaran per kegiatan; angkanya ada pada "
            f"{tabel_sumber}.",
        )
    ]


def paragraf_indikator(row: BarisPengukuran, tahun: int) -> Paragraf:
    """One paragraph per indicator: this year's result, then how it compares with the years
    before and with the Renstra's final target."""
    sentences = (kalimat_indikator(row), kalimat_banding(row, tahun), kalimat_renstra(row, tahun))
    return Paragraf(" ".join(text for text in sentences if text))


def analisis_sasaran(
    group: SasaranPengukuran, tahun: int, tabel: Caption, grafik: Caption
) -> list[Blok]:
    """The comparison tables (n−2, n−1, n, with the chart of the years that have a capaian;
    the Renstra's final target) and the efficiency."""
    comparison = tabel_banding(
        group.baris,
        tahun,
        tabel(f"Perbandingan realisasi dan capaian {tahun - 2}–{tahun}, {group.label}"),
    )
    source = " ".join(comparison.judul.split(" ", 2)[:2])
    blocks: list[Blok] = [comparison, *gambar_tren(group, tahun, grafik, source)]
    if any(row.target_akhir_renstra is not None for row in group.baris):
        caption = tabel(f"Realisasi {tahun} terhadap target akhir Renstra, {group.label}")
        blocks.append(tabel_renstra(group.baris, tahun, caption))
    efficiency = kalimat_efisiensi(group)
    if efficiency:
        blocks.append(Paragraf(efficiency))
    return blocks
