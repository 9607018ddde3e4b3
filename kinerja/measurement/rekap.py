"""A parent satker's roll-up (KPU Provinsi, KPU RI): its children side by side and the whole
tree below it, from the figures of kinerja.measurement.ringkasan — the same figures every
satker's own page computes, kept until the satker's data changes."""

from dataclasses import dataclass
from decimal import Decimal

from kinerja.measurement.ringkasan import Angka, angka_banyak
from kinerja.measurement.rollup import jumlah, rata_rata, serapan
from kinerja.measurement.satker_year import pengaturan
from kinerja.measurement.scales import Predikat, klasifikasi
from kinerja.organisations.models import Satker


@dataclass
class RingkasanSatker:
    """A satker's figures as its parent shows them."""

    satker: Satker
    jumlah_satker: int = 1  # satkers whose figures are summed here (itself and below)
    capaian: Decimal | None = None
    pagu: Decimal | None = None  # None: no budget data below, shown "–", never Rp 0
    realisasi_anggaran: Decimal | None = None

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.realisasi_anggaran, self.pagu)

    @property
    def ada_angka(self) -> bool:
        """Whether anything was measured or budgeted in its subtree in the year: one without
        may hold no data for the year at all, and its pages refuse a year it lacks (a link to
        it names no year)."""
        return any(
            value is not None for value in (self.capaian, self.pagu, self.realisasi_anggaran)
        )


@dataclass
class RollupInduk:
    """Each child's capaian is the mean of its subtree's satkers that measured anything;
    budgets are summed."""

    induk: Satker
    tahun: int
    anak: list[RingkasanSatker]
    capaian: Decimal | None
    predikat: Predikat | None
    pagu: Decimal | None
    realisasi_anggaran: Decimal | None
    jumlah_satker: int
    jumlah_satker_terukur: int

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.realisasi_anggaran, self.pagu)


def _ringkas(figures: list[Angka]) -> tuple:
    return (
        rata_rata([item.capaian for item in figures]),
        jumlah(item.pagu for item in figures),
        jumlah(item.realisasi_anggaran for item in figures),
    )


def rollup_induk(induk: Satker, tahun: int) -> RollupInduk:
    tree = list(induk.descendants(include_self=True))
    figures = angka_banyak([node.pk for node in tree], tahun)
    by_parent: dict[int, list[Satker]] = {}
    for node in tree:
        by_parent.setdefault(node.parent_id, []).append(node)

    def subtree(node: Satker) -> list[Satker]:
        nodes = [node]
        for child in by_parent.get(node.pk, []):
            nodes.extend(subtree(child))
        return nodes

    children = []
    for child in sorted(by_parent.get(induk.pk, []), key=str):
        nodes = subtree(child)
        capaian, pagu, realisasi = _ringkas([figures[node.pk] for node in nodes])
        children.append(RingkasanSatker(child, len(nodes), capaian, pagu, realisasi))
    everything = list(figures.values())
    capaian, pagu, realisasi = _ringkas(everything)
    return RollupInduk(
        induk=induk,
        tahun=tahun,
        anak=children,
        capaian=capaian,
        predikat=klasifikasi(capaian, pengaturan(induk.pk).skala),
        pagu=pagu,
        realisasi_anggaran=realisasi,
        jumlah_satker=len(everything),
        jumlah_satker_terukur=sum(1 for item in everything if item.capaian is not None),
    )
