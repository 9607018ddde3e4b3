"""What the entry grid shows: a unit's indicators for the year (the lines of its PK in force),
the periods already approved, and the capaian each entry would give — computed by the same
reading layer and engine as the measurement page, with the report's entries in place of the
stored ones, so the grid and the page agree once the report is approved."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext

from kinerja.agreements.choices import TingkatPerjanjian
from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.core.urutan import kunci_kode
from kinerja.measurement.choices import PeriodePelaporan, StatusRealisasi
from kinerja.measurement.models import PengaturanPengukuran, Realisasi
from kinerja.measurement.pengukuran import BarisPengukuran, hitung_pengukuran
from kinerja.measurement.periods import BULAN, TRIWULAN, URUTAN, deret
from kinerja.measurement.satker_year import indikator_banyak, satker_tahun
from kinerja.measurement.snapshot import BarisRealisasi
from kinerja.organisations.models import Satker, Unit
from kinerja.planning.models import (
    IndikatorKinerja,
    Misi,
    SasaranStrategis,
    TargetTahunan,
    Tujuan,
)
from kinerja.reporting.choices import StatusLaporan
from kinerja.reporting.models import IsianRealisasi, LaporanRealisasi

PERIODE_PELAPORAN = {PeriodePelaporan.TRIWULANAN: TRIWULAN, PeriodePelaporan.BULANAN: BULAN}


def periode_satker(satker: Satker) -> tuple[str, ...]:
    """The periods the satker's units report in, by its setting (quarters by default)."""
    chosen = (
        PengaturanPengukuran.objects.filter(satker=satker)
        .values_list("periode_laporan", flat=True)
        .first()
    )
    return PERIODE_PELAPORAN.get(chosen, TRIWULAN)


def periode_unit(unit: Unit, tahun: int, bawaan: tuple[str, ...]) -> tuple[str, ...]:
    """The periods a unit reports in for a year: those of the kind it already reported in
    (a satker that changed its setting keeps a unit's year whole), else the satker's."""
    kinds = {deret(code) for code in LaporanRealisasi.objects.filter(
        unit=unit, tahun=tahun).values_list("periode", flat=True)}  # fmt: skip
    return kinds.pop() if len(kinds) == 1 else bawaan


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
    # No longer the stored data: nothing computed from it may be kept under its version.
    snapshot.versi = None
    listed = {item.id for item in snapshot.indikator}
    snapshot.indikator.extend(indikator_banyak(set(entries) - listed, tahun))
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
    series = deret(laporan.periode)
    earlier = series[: series.index(laporan.periode)]
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


def rekap_laporan(
    satker: Satker, tahun: int
) -> tuple[list[str], list[tuple[Unit, list[SelLaporan | None]]]]:
    """Every unit × period of the year: which reports are in, and which are missing. The
    columns are the satker's periods, with any other kind a unit already reported in that year
    (a cell of the kind a unit does not report in is None)."""
    reports = {
        (item.unit_id, item.periode): item
        for item in LaporanRealisasi.objects.filter(satker=satker, tahun=tahun)
    }
    usual = periode_satker(satker)
    kinds: dict[int, set] = {}
    for unit_id, code in reports:
        kinds.setdefault(unit_id, set()).add(deret(code))
    columns = set(usual)
    for found in kinds.values():
        for series in found:
            columns.update(series)
    ordered = sorted(columns, key=lambda code: (URUTAN[code], code.startswith("tw")))
    rows = []
    for unit in satker.units.order_by("urutan", "nama"):
        own = kinds.get(unit.pk)
        series = next(iter(own)) if own and len(own) == 1 else usual
        rows.append(
            (
                unit,
                [
                    SelLaporan(unit, code, reports.get((unit.pk, code))) if code in series else None
                    for code in ordered
                ],
            )
        )
    return ordered, rows


@dataclass
class BarisTargetRenstra:
    indikator: IndikatorKinerja
    target: dict[int, object]  # year → TargetTahunan (absent: no target that year)
    tahun: list[int]
    ketik: dict[int, str] = field(default_factory=dict)  # what was typed, when refused

    @property
    def sel(self) -> list[tuple[int, object, str | None]]:
        return [(year, self.target.get(year), self.ketik.get(year)) for year in self.tahun]


def renstra_lengkap(renstra) -> dict:
    """A Renstra as its page shows it: misi, tujuan, sasaran with their tujuan, and the
    indicators of its sasaran with their targets for each year of the plan, in a fixed
    number of queries."""
    years = list(range(renstra.tahun_awal, renstra.tahun_akhir + 1))
    sasaran = list(SasaranStrategis.objects.filter(renstra=renstra).select_related("tujuan"))
    indicators = sorted(
        IndikatorKinerja.objects.filter(sasaran__renstra=renstra).select_related("sasaran"),
        key=lambda item: (item.sasaran.nomor, kunci_kode(item.kode)),
    )
    targets: dict[int, dict[int, object]] = {}
    for row in TargetTahunan.objects.filter(indikator__in=indicators, tahun__in=years):
        targets.setdefault(row.indikator_id, {})[row.tahun] = row
    return {
        "tahun_renstra": years,
        "misi": list(Misi.objects.filter(renstra=renstra)),
        "tujuan": list(Tujuan.objects.filter(renstra=renstra)),
        "sasaran": sasaran,
        "target_renstra": [
            BarisTargetRenstra(item, targets.get(item.pk, {}), years) for item in indicators
        ],
    }
