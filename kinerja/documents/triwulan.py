"""BAB III.A's capaian by quarter: the satker and each sasaran as they stood at the end of TW
I, II, III and IV ("s.d. TW n"), measured by the reading layer's engine on the report's own
snapshot (`hitung_pengukuran(snapshot, sampai=…)`, the measurement page's reading to date), as
a table and, when two quarters or more have a satker capaian, a chart of the satker's."""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from kinerja.core.formatting import format_persen
from kinerja.documents.grafik import grafik_triwulan
from kinerja.documents.isi import Blok, Gambar, Kolom, Tabel
from kinerja.measurement.pengukuran import BarisPengukuran, Pengukuran, hitung_pengukuran
from kinerja.measurement.periods import TRIWULAN, URUTAN

LABEL = {"tw1": "TW I", "tw2": "TW II", "tw3": "TW III", "tw4": "TW IV"}


@dataclass(frozen=True)
class CapaianTriwulan:
    """The reading s.d. one quarter. A quarter in which nothing was reported shows no figure:
    its reading to date would only repeat the quarter before as if it were new."""

    kode: str  # "tw2"
    label: str  # "TW II"
    pengukuran: Pengukuran

    def _dilaporkan(self, rows: list[BarisPengukuran]) -> bool:
        end = URUTAN[self.kode]
        return any(
            row.bacaan.dipakai and end - 3 < URUTAN[row.bacaan.dipakai[-1].periode] <= end
            for row in rows
        )

    @property
    def capaian(self) -> Decimal | None:
        return self.pengukuran.capaian if self._dilaporkan(self.pengukuran.baris) else None

    def capaian_sasaran(self, index: int) -> Decimal | None:
        group = self.pengukuran.sasaran[index]
        return group.capaian if self._dilaporkan(group.baris) else None


def capaian_triwulan(snapshot) -> list[CapaianTriwulan]:
    """The measurement s.d. each quarter of the snapshot's year."""
    return [
        CapaianTriwulan(code, LABEL[code], hitung_pengukuran(snapshot, sampai=code))
        for code in TRIWULAN
    ]


def _persen(value: Decimal | None) -> str:
    return format_persen(value) if value is not None else "–"


def blok_triwulan(
    triwulan: list[CapaianTriwulan],
    tabel: Callable[[str], str],
    grafik: Callable[[str], str],
) -> list[Blok]:
    """The table (a row per sasaran, then the satker; "–" where a quarter has no assessed
    indicator, or nothing reported in it) and the chart; nothing when no quarter has a satker
    capaian — a year reported only as a whole has no quarters to show."""
    if not triwulan or all(item.capaian is None for item in triwulan):
        return []
    labels = [group.label for group in triwulan[0].pengukuran.sasaran]
    rows = [
        (
            f"{index}.",
            label,
            *(_persen(item.capaian_sasaran(index - 1)) for item in triwulan),
        )
        for index, label in enumerate(labels, start=1)
    ]
    table = Tabel(
        kolom=(
            Kolom("No", 0.9),
            Kolom("Sasaran", 6.3),
            *(Kolom(f"s.d. {item.label}", 2.2, angka=True) for item in triwulan),
        ),
        baris=tuple(rows),
        kaki=(("", "Capaian satker", *(_persen(item.capaian) for item in triwulan)),),
        judul=tabel("Capaian kinerja s.d. akhir setiap triwulan"),
    )
    blocks: list[Blok] = [table]
    points = [(item.label, item.capaian) for item in triwulan if item.capaian is not None]
    drawer = grafik_triwulan(points)
    if drawer is not None:
        source = " ".join(table.judul.split(" ", 2)[:2])
        blocks.append(
            Gambar(
                drawer,
                grafik(f"Capaian kinerja satker s.d. akhir setiap triwulan (data: {source})"),
                f"Diagram batang capaian satker s.d. {', '.join(label for label, _ in points)} "
                f"dengan garis 100%; angkanya ada pada {source}.",
            )
        )
    return blocks
