"""The cached figures of satker-years, for the roll-up of a whole hierarchy.

A parent satker's page sums hundreds or thousands of satkers. Computing all of them on every
view costs several times the raw SQL aggregate, most of it in moving rows from the database to
Python; so each satker-year's three figures (capaian, pagu, realisasi anggaran) are kept in
RingkasanPengukuran once computed, and recomputed only for the satkers whose data changed.

A kept figure is used only when both keys still match:
- `versi`: the satker's data version, read *before* its figures were computed and changed by
  every write to its data in the writer's own transaction (kinerja.measurement.versi_data). A
  figure computed from data a write has since changed carries an older version, whatever the
  order in which the two transactions commit.
- `aturan`: a fingerprint of the code that computes the figures (kinerja.measurement.cache), so
  a release that changes a rule never shows figures computed by the old one.

The figures are computed by the same reading layer and pure engine as every other page
(kinerja.measurement.selectors.pengukuran_banyak) and stored as exact Decimal text.
"""

import logging
from dataclasses import dataclass
from decimal import Decimal

from django.db import DatabaseError, transaction

from kinerja.measurement.cache import SIDIK_ATURAN
from kinerja.measurement.models import RingkasanPengukuran
from kinerja.measurement.selectors import pengukuran_banyak
from kinerja.measurement.versi_data import versi_banyak

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Angka:
    """A satker-year's figures as its parent sums them; None where there is nothing."""

    capaian: Decimal | None
    pagu: Decimal | None
    realisasi_anggaran: Decimal | None


def _text(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def _decimal(text: str) -> Decimal | None:
    return Decimal(text) if text else None


def angka_banyak(ids: list[int], tahun: int) -> dict[int, Angka]:
    """The figures of these satkers for the year: kept ones where still valid, the others
    computed (in one batch) and kept."""
    versions = versi_banyak(ids)
    figures: dict[int, Angka] = {}
    for satker_id, versi, capaian_, pagu, realisasi in RingkasanPengukuran.objects.filter(
        satker_id__in=ids, tahun=tahun, aturan=SIDIK_ATURAN
    ).values_list("satker_id", "versi", "capaian", "pagu", "realisasi_anggaran"):
        if versions.get(satker_id) == versi:
            figures[satker_id] = Angka(_decimal(capaian_), _decimal(pagu), _decimal(realisasi))
    stale = [pk for pk in ids if pk not in figures]
    if stale:
        computed = {}
        for satker_id, result in pengukuran_banyak(stale, tahun).items():
            pagu, realisasi, _ = result.total()
            computed[satker_id] = Angka(result.capaian, pagu, realisasi)
        figures.update(computed)
        _simpan(computed, versions, tahun)
    return figures


def _simpan(computed: dict[int, Angka], versions: dict[int, int], tahun: int) -> None:
    rows = [
        RingkasanPengukuran(
            satker_id=satker_id,
            tahun=tahun,
            versi=versions[satker_id],
            aturan=SIDIK_ATURAN,
            capaian=_text(figures.capaian),
            pagu=_text(figures.pagu),
            realisasi_anggaran=_text(figures.realisasi_anggaran),
        )
        for satker_id, figures in computed.items()
    ]
    try:
        # A savepoint: a failed write (a busy SQLite file, a read-only replica) leaves the
        # page's transaction usable; the figures were computed and are shown all the same.
        with transaction.atomic():
            RingkasanPengukuran.objects.bulk_create(
                rows,
                batch_size=500,
                update_conflicts=True,
                unique_fields=["satker", "tahun"],
                update_fields=[
                    "versi",
                    "aturan",
                    "capaian",
                    "pagu",
                    "realisasi_anggaran",
                    "dihitung",
                ],
            )
    except DatabaseError:
        logger.warning(
            "Ringkasan pengukuran tidak tersimpan; dihitung lagi lain kali.", exc_info=True
        )
