"""What the entry grid shows: a unit's indicators for the year (the lines of its PK in force),
the periods already approved, and the capaian each entry would give — computed by the same
reading layer and engine as the measurement page, with the report's entries in place of the
stored ones, so the grid and the page agree once the report is approved."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext

from kinerja.agreements.choices import TingkatPerjanjian
from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.measurement.choices import StatusRealisasi
from kinerja.measurement.models import Realisasi
from kinerja.measurement.pengukuran import BarisPengukuran, hitung_pengukuran
from kinerja.measurement.satker_year import indikator_banyak, satker_tahun
from kinerja.measurement.snapshot import BarisRealisasi
from kinerja.organisations.models import Satker, Unit
from kinerja.planning.models import IndikatorKinerja
from kinerja.reporting.choices import PeriodeLaporan, StatusLaporan
from kinerja.reporting.models import IsianRealisasi, LaporanRealisasi

URUTAN_PERIODE = [choice.value for choice in PeriodeLaporan]


def indikator_unit(unit: Unit, tahun: int) -> list[BarisPerjanjian]:
    """The lines of the unit's PK in force for the year, one per indicator, in their order."""
    lines = (
        BarisPerjanjian.objects.filter(
            perjanjian__in=PerjanjianKinerja.objects.berlaku(unit.satker_id, tahun).filter(
                tingkat=TingkatPerjanjian.UNIT, unit=unit
            )
        )
        .select_related("indikator")
        .order_by("perjanjian_id", "urutan")
    )
    seen, result = set(), []
    for line in lines:
        if line.indikator_id not in seen:
            seen.add(line.indikator_id)
            result.append(line)
    return result


def laporan_atau_baru(unit: Unit, tahun: int, periode: str) -> LaporanRealisasi:
    """The unit's report for the period, or an unsaved draft (saved on the first save)."""
    found = (
        LaporanRealisasi.objects.filter(unit=unit, tahun=tahun, periode=periode)
        .select_related("diajukan_oleh", "diputuskan_oleh", "diubah_oleh")
        .first()
    )
    return found or LaporanRealisasi(
        satker_id=unit.satker_id, unit=unit, tahun=tahun, periode=periode
    )


@dataclass
class BarisIsian:
    """One row of the entry grid."""

    baris_pk: BarisPerjanjian
    isian: IsianRealisasi | None
    sebelumnya: list[Realisasi] = field(default_factory=list)  # approved earlier periods
    pengukuran: BarisPengukuran | None = None

    @property
    def indikator(self) -> IndikatorKinerja:
        return self.baris_pk.indikator


def baris_realisasi(isian: IsianRealisasi | None, periode: str) -> BarisRealisasi | None:
    """An entry as the engine reads a stored realisation."""
    if isian is None:
        return None
    return BarisRealisasi(
        periode=periode,
        status=isian.status,
        nilai=isian.nilai,
        nilai_teks=isian.nilai_teks,
        alasan=isian.alasan,
    )


def pratinjau(
    satker: Satker, tahun: int, periode: str, entries: dict[int, BarisRealisasi]
) -> dict[int, BarisPengukuran]:
    """The measurement rows of these indicators "s.d." the period, with the entries in place
    of whatever is stored for that period."""
    if not entries:
        return {}
    snapshot = satker_tahun(satker, tahun, dokumen=False)
    listed = {item.id for item in snapshot.indikator}
    snapshot.indikator.extend(indikator_banyak(set(entries) - listed))
    for indikator_id, row in entries.items():
        kept = [
            item for item in snapshot.realisasi.get(indikator_id, []) if item.periode != periode
        ]
        snapshot.realisasi[indikator_id] = [*kept, row]
    result = hitung_pengukuran(snapshot, sampai=periode)
    return {row.indikator.id: row for row in result.baris if row.indikator.id in entries}


def grid(laporan: LaporanRealisasi) -> list[BarisIsian]:
    lines = indikator_unit(laporan.unit, laporan.tahun)
    ids = [line.indikator_id for line in lines]
    entries = {item.indikator_id: item for item in laporan.isian.all()} if laporan.pk else {}
    earlier = URUTAN_PERIODE[: URUTAN_PERIODE.index(laporan.periode)]
    previous: dict[int, list[Realisasi]] = {}
    for row in Realisasi.objects.filter(
        indikator_id__in=ids, tahun=laporan.tahun, periode__in=earlier
    ).order_by("periode"):
        previous.setdefault(row.indikator_id, []).append(row)
    measured = pratinjau(
        laporan.satker,
        laporan.tahun,
        laporan.periode,
        {
            pk: row
            for pk, item in entries.items()
            if (row := baris_realisasi(item, laporan.periode)) is not None
        },
    )
    return [
        BarisIsian(line, entries.get(line.indikator_id), previous.get(line.indikator_id, []),
                   measured.get(line.indikator_id))
        for line in lines
    ]  # fmt: skip


def di_bawah_ambang(row: BarisPengukuran, ambang: Decimal) -> bool:
    capaian = row.hasil.nilai
    return row.status == StatusRealisasi.DILAPORKAN and capaian is not None and capaian < ambang


@dataclass
class SelLaporan:
    unit: Unit
    periode: str
    laporan: LaporanRealisasi | None

    @property
    def status(self) -> str:
        return self.laporan.status if self.laporan else "belum"

    @property
    def label(self) -> str:
        if self.laporan is None:
            return gettext("Belum ada")
        return StatusLaporan(self.laporan.status).label


def rekap_laporan(satker: Satker, tahun: int) -> list[tuple[Unit, list[SelLaporan]]]:
    """Every unit × period of the year: which reports are in, and which are missing."""
    reports = {
        (item.unit_id, item.periode): item
        for item in LaporanRealisasi.objects.filter(satker=satker, tahun=tahun)
    }
    return [
        (unit, [SelLaporan(unit, item, reports.get((unit.pk, item))) for item in URUTAN_PERIODE])
        for unit in satker.units.order_by("urutan", "nama")
    ]
