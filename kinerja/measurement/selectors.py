"""Entry points of the measurement: one satker-year with its comparisons, or many satkers at
once for a parent satker's roll-up. Both read through the reading layer (satker_year) and
compute with the same pure engine (pengukuran), so they give the same figures."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from kinerja.core.bulk import collector_paused
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran
from kinerja.measurement.rollup import rata_rata, serapan
from kinerja.measurement.satker_year import satker_tahun, satker_tahun_banyak
from kinerja.measurement.scales import Predikat, klasifikasi
from kinerja.organisations.models import Satker


def pengukuran(satker: Satker, tahun: int, *, sampai: str | None = None) -> Pengukuran:
    return hitung_pengukuran(satker_tahun(satker, tahun, dokumen=False), sampai=sampai)


def pengukuran_banyak(
    satkers: list[int] | QuerySet, tahun: int, *, tahun_lalu: bool = False
) -> dict[int, Pengukuran]:
    """The measurement of many satker-years in a fixed handful of queries."""
    with collector_paused():
        return {
            satker_id: hitung_pengukuran(snapshot)
            for satker_id, snapshot in satker_tahun_banyak(
                satkers, tahun, tahun_lalu=tahun_lalu
            ).items()
        }


def _jumlah(values) -> Decimal | None:
    present = [value for value in values if value is not None]
    return sum(present, Decimal(0)) if present else None


@dataclass
class RingkasanSatker:
    """A satker's figures as its parent shows them."""

    satker: Satker
    pengukuran: Pengukuran
    jumlah_satker: int = 1  # satkers whose figures are summed here (itself and below)
    capaian: Decimal | None = None
    pagu: Decimal | None = None  # None: no budget data below, shown "–", never Rp 0
    realisasi_anggaran: Decimal | None = None

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.realisasi_anggaran, self.pagu)


@dataclass
class RollupInduk:
    """A parent satker's children side by side, and the whole tree below it: each child's
    capaian is the mean of its subtree's satkers that measured anything; budget sums."""

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


def rollup_induk(induk: Satker, tahun: int) -> RollupInduk:
    """The roll-up a parent satker (KPU Provinsi, KPU RI) shows: one batched read of its whole
    subtree."""
    tree = list(induk.descendants(include_self=True))
    measured = pengukuran_banyak([node.pk for node in tree], tahun)
    by_parent: dict[int, list[Satker]] = {}
    for node in tree:
        by_parent.setdefault(node.parent_id, []).append(node)

    def subtree(node: Satker) -> list[Satker]:
        nodes = [node]
        for child in by_parent.get(node.pk, []):
            nodes.extend(subtree(child))
        return nodes

    def summary(node: Satker) -> RingkasanSatker:
        nodes = subtree(node)
        results = [measured[item.pk] for item in nodes]
        totals = [result.total() for result in results]
        return RingkasanSatker(
            satker=node,
            pengukuran=measured[node.pk],
            jumlah_satker=len(nodes),
            capaian=rata_rata([result.capaian for result in results]),
            pagu=_jumlah(total[0] for total in totals),
            realisasi_anggaran=_jumlah(total[1] for total in totals),
        )

    children = [summary(child) for child in sorted(by_parent.get(induk.pk, []), key=str)]
    everything = list(measured.values())
    totals = [result.total() for result in everything]
    capaian = rata_rata([result.capaian for result in everything])
    scale = measured[induk.pk].pengaturan.skala
    return RollupInduk(
        induk=induk,
        tahun=tahun,
        anak=children,
        capaian=capaian,
        predikat=klasifikasi(capaian, scale),
        pagu=_jumlah(total[0] for total in totals),
        realisasi_anggaran=_jumlah(total[1] for total in totals),
        jumlah_satker=len(everything),
        jumlah_satker_terukur=sum(1 for result in everything if result.capaian is not None),
    )
