"""Entry points of the measurement: one satker-year with its comparisons, or many satkers at
once for a parent satker's roll-up. Both read through the reading layer (satker_year) and
compute with the same pure engine (pengukuran), so they give the same figures."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from kinerja.core.bulk import collector_paused
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran
from kinerja.measurement.rollup import jumlah, rata_rata, serapan
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
    totals = {key: result.total() for key, result in measured.items()}
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
        return RingkasanSatker(
            satker=node,
            pengukuran=measured[node.pk],
            jumlah_satker=len(nodes),
            capaian=rata_rata([measured[item.pk].capaian for item in nodes]),
            pagu=jumlah(totals[item.pk][0] for item in nodes),
            realisasi_anggaran=jumlah(totals[item.pk][1] for item in nodes),
        )

    children = [summary(child) for child in sorted(by_parent.get(induk.pk, []), key=str)]
    everything = list(measured.values())
    capaian = rata_rata([result.capaian for result in everything])
    scale = measured[induk.pk].pengaturan.skala
    return RollupInduk(
        induk=induk,
        tahun=tahun,
        anak=children,
        capaian=capaian,
        predikat=klasifikasi(capaian, scale),
        pagu=jumlah(total[0] for total in totals.values()),
        realisasi_anggaran=jumlah(total[1] for total in totals.values()),
        jumlah_satker=len(everything),
        jumlah_satker_terukur=sum(1 for result in everything if result.capaian is not None),
    )
