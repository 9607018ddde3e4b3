"""The measurement of one satker-year, computed from its snapshot (kinerja.measurement.snapshot):
every derived figure — capaian, predicate, sasaran and satker capaian, serapan, efficiency,
comparisons — with the rule that produced it. Plain Python: the same function serves one satker
and a whole country (the reading layer builds the snapshots, one or many at a time).

Which realisation and which target (docs/pengukuran.md):

- The annual realisation row of the year, when there is one, measured against the target
  printed beside it, else the target in force (PK → RKT → Renstra). Period rows beside it are
  shown, not silently dropped.
- Otherwise the period rows, rolled up by the indicator's method. When the last reported
  period ends the year (TW IV, December) the year is complete; otherwise the year is in
  progress and the reading is "s.d. TW II": the realisation to date against the target to date
  from the rencana aksi (period targets), never against the annual target as if the year had
  ended. Without a target to date, the indicator is not assessed yet, and says so.
"""

import calendar
import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from kinerja.core.formatting import round_half_up
from kinerja.core.pesan import Pesan, gabung
from kinerja.measurement import capaian as rules
from kinerja.measurement.capaian import SERATUS
from kinerja.measurement.capaian_tertulis import hitung_capaian_tertulis, tidak_dinilai
from kinerja.measurement.periods import (
    NAMA_METODE,
    SINGKATAN,
    TAHUNAN,
    URUTAN,
    MetodeAgregasi,
    akhir_tahun,
    deret,
    rollup,
)
from kinerja.measurement.rollup import beda_tercetak, efisiensi, jumlah, rata_rata, serapan
from kinerja.measurement.scales import Predikat, alasan_tanpa_predikat, klasifikasi
from kinerja.measurement.snapshot import (
    SUMBER_PK,
    SUMBER_PK_UNIT,
    AnggaranKegiatan,
    BarisRealisasi,
    Indikator,
    Pengaturan,
    SatkerTahun,
    putuskan_anggaran,
)
from kinerja.planning.targets import Target

DILAPORKAN = rules.StatusRealisasi.DILAPORKAN

ALASAN_TANPA_PAGU = Pesan("tanpa pagu")
ALASAN_BELUM_REALISASI = Pesan("realisasi anggaran belum tercatat")
ALASAN_TIDAK_DINILAI = Pesan("capaian tidak dinilai")
ALASAN_TIDAK_TERSERAP = Pesan("anggaran tidak terserap")
ALASAN_BELUM_TERCAPAI = Pesan("target belum tercapai")
BELUM = rules.StatusRealisasi.BELUM_DILAPORKAN
TIDAK_DILAKSANAKAN = rules.StatusRealisasi.TIDAK_DILAKSANAKAN


@dataclass
class Bacaan:
    """What an indicator's realisation rows say for the year (or up to a period)."""

    nilai: Decimal | None = None
    nilai_teks: str = ""
    status: str = BELUM
    posisi: str | None = None  # TAHUNAN, or the last period reported while the year runs
    tahunan: BarisRealisasi | None = None
    periode: list[BarisRealisasi] = field(default_factory=list)
    dipakai: list[BarisRealisasi] = field(default_factory=list)  # the rows the value comes from
    metode: str = ""
    # The roll-up of the period rows recorded beside an annual row (not used, but checked).
    nilai_periode: Decimal | None = None

    # Described on demand: a national roll-up never prints them.
    @property
    def sumber(self) -> str:
        if self.tahunan is not None:
            return self.tahunan.sumber or Pesan("realisasi tahunan")
        if self.dipakai:
            return Pesan(
                "%(periode)s (%(metode)s)",
                periode=_labels(self.dipakai),
                metode=NAMA_METODE.get(self.metode, self.metode),
            )
        return ""

    @property
    def sumber_data(self) -> frozenset[str]:
        return frozenset(row.sumber for row in self.dipakai)

    @property
    def catatan(self) -> str:
        if self.tahunan is None or not self.periode:
            return ""
        return Pesan(
            "%(periode)s juga tercatat; yang dipakai realisasi tahunan (%(sumber)s).",
            periode=_labels(self.periode),
            sumber=self.tahunan.sumber or Pesan("tahunan"),
        )


def nilai_baris(row: BarisRealisasi) -> tuple[Decimal | None, str]:
    """The realisation of one row. From its components it is pembilang ÷ pembagi × 100 at the
    precision it is shown with (two decimals, half-up), so the capaian can be reproduced from
    the page."""
    if row.pembilang is not None and row.pembagi:
        return round_half_up(row.pembilang / row.pembagi * SERATUS), ""
    return row.nilai, row.nilai_teks


def _labels(rows: list[BarisRealisasi]) -> str:
    return gabung(", ", [SINGKATAN[row.periode] for row in rows])


def _rank(row: BarisRealisasi) -> int:
    return URUTAN[row.periode]


def baca_realisasi(rows: list[BarisRealisasi], metode: str, sampai: str | None = None) -> Bacaan:
    if sampai is not None:
        limit = URUTAN[sampai]
        rows = [row for row in rows if not row.tahunan and URUTAN[row.periode] <= limit]
    annual = None
    periods = []
    for row in rows:
        if row.tahunan:
            annual = row
        else:
            periods.append(row)
    periods.sort(key=_rank)
    # An annual row not yet reported does not hide the quarters that were.
    if annual is not None and annual.status == BELUM and periods:
        annual = None
    if annual is not None:
        value, text = nilai_baris(annual) if annual.status == DILAPORKAN else (None, "")
        # The periods are checked against the annual figure only once they cover the year:
        # TW I's 30 beside the year's 100 is progress, not a contradiction.
        rolled = baca_realisasi(periods, metode) if periods else None
        beside = rolled.nilai if rolled is not None and rolled.posisi == TAHUNAN else None
        return Bacaan(value, text, annual.status, TAHUNAN, annual, periods, [annual], "", beside)
    reported = [row for row in periods if row.status == DILAPORKAN]
    if not reported:
        status = (
            TIDAK_DILAKSANAKAN
            if periods and all(row.status == TIDAK_DILAKSANAKAN for row in periods)
            else BELUM
        )
        return Bacaan(status=status, periode=periods)
    last = reported[-1]
    values = [nilai_baris(row) for row in reported]
    if any(value is None for value, _ in values):
        # A qualitative realisation is a state, not an amount: the latest reported one stands.
        value, text = values[-1]
        metode = MetodeAgregasi.TERAKHIR
    else:
        value, text = rollup([value for value, _ in values], MetodeAgregasi(metode)), ""
    return Bacaan(
        value,
        text,
        DILAPORKAN,
        TAHUNAN if akhir_tahun(last.periode) else last.periode,
        None,
        periods,
        reported,
        metode,
    )


def _period_targets(
    indikator: Indikator, snapshot: SatkerTahun, rows: list[BarisRealisasi]
) -> dict[str, Target]:
    """The rencana aksi targets of the year, else the target printed on a period row."""
    targets = {row.periode: row.target for row in rows if not row.tahunan and row.target}
    targets.update(snapshot.target_periode.get(indikator.id, {}))
    return targets


def target_sampai(
    metode: str, targets: dict[str, Target], periode: str
) -> tuple[Target | None, str]:
    """The target to date at `periode` from period targets: the period's own for cumulative
    readings (terakhir, maksimum), the sum or mean of the periods so far for jumlah/rata_rata
    (every one of them must have a numeric target)."""
    if metode in (MetodeAgregasi.TERAKHIR, MetodeAgregasi.MAKSIMUM):
        target = targets.get(periode)
        return target, (Pesan("target %(periode)s", periode=SINGKATAN[periode]) if target else "")
    series = deret(periode)
    so_far = series[: series.index(periode) + 1]
    numbers = [targets[code].angka if code in targets else None for code in so_far]
    if any(number is None for number in numbers):
        return None, ""
    total = sum(numbers, Decimal(0))
    if metode == MetodeAgregasi.JUMLAH:
        return Target(total), Pesan("jumlah target %(periode)s", periode=_span(so_far))
    return Target(total / len(numbers)), Pesan(
        "rata-rata target %(periode)s", periode=_span(so_far)
    )


def _span(codes: tuple[str, ...]) -> str:
    if len(codes) == 1:
        return SINGKATAN[codes[0]]
    return Pesan("%(awal)s–%(akhir)s", awal=SINGKATAN[codes[0]], akhir=SINGKATAN[codes[-1]])


def pilih_target(
    indikator: Indikator, bacaan: Bacaan, snapshot: SatkerTahun, rows: list[BarisRealisasi]
) -> tuple[Target | None, str, str]:
    """(target, where it comes from, why there is none)."""
    if bacaan.posisi not in (None, TAHUNAN):
        targets = _period_targets(indikator, snapshot, rows)
        target, source = target_sampai(indikator.metode_agregasi, targets, bacaan.posisi)
        if target is not None:
            return target, Pesan("%(sumber)s (rencana aksi)", sumber=source), ""
        return (
            None,
            "",
            Pesan(
                "Tahun berjalan (s.d. %(periode)s): belum ada target s.d. %(periode)s; capaian "
                "tahunan dinilai setelah periode terakhir.",
                periode=SINGKATAN[bacaan.posisi],
            ),
        )
    in_force = snapshot.target_berlaku.get(indikator.id)
    # The signed PK is the agreement a year is measured against: a target printed beside the
    # realisation that differs from it is the document's (the reviu reports it), and would
    # have the report's PK table and its measurement disagree.
    if in_force is not None and in_force.sumber in (SUMBER_PK, SUMBER_PK_UNIT):
        return in_force.target, in_force.sumber, ""
    if bacaan.tahunan is not None and bacaan.tahunan.target is not None:
        return bacaan.tahunan.target, Pesan("target terukur (%(sumber)s)", sumber=bacaan.sumber), ""
    if in_force is not None:
        return in_force.target, in_force.sumber, ""
    targets = _period_targets(indikator, snapshot, rows)
    if targets:
        final = deret(next(iter(targets)))[-1]
        target, source = target_sampai(indikator.metode_agregasi, targets, final)
        if target is not None:
            return target, Pesan("%(sumber)s (rencana aksi)", sumber=source), ""
    return None, "", Pesan("Tidak ada target untuk tahun ini.")


def aturan_indikator(indikator: Indikator, pengaturan: Pengaturan) -> rules.AturanCapaian:
    return _aturan(
        indikator.polaritas,
        indikator.varian_turun,
        indikator.batas_atas,
        indikator.plafon,
        indikator.kebijakan_target_nol,
        pengaturan.plafon,
        pengaturan.target_nol,
    )


# The rules and their results are immutable and depend only on their arguments: a country's
# indicators share a handful of rules and of (target, realisation) pairs, each worked out once.
@lru_cache(maxsize=4096)
def _aturan(polaritas, varian, batas_atas, plafon, target_nol, plafon_satker, target_nol_satker):
    caps = {"": plafon_satker, "tanpa": None}
    plafon = caps[plafon] if plafon in caps else Decimal(plafon)
    return rules.AturanCapaian(
        polaritas=rules.Polaritas(polaritas),
        varian_turun=rules.VarianTurun(varian),
        batas_atas=batas_atas,
        plafon=plafon,
        target_nol=rules.KebijakanTargetNol(target_nol) if target_nol else target_nol_satker,
    )


@lru_cache(maxsize=65536)
def _hitung(target, value, text, aturan, status, labels) -> rules.HasilCapaian:
    """The capaian, with an invalid rule (a band below its target) reported, not raised."""
    try:
        return hitung_capaian_tertulis(
            target, value, text, aturan, rules.StatusRealisasi(status), labels
        )
    except ValueError as error:
        return tidak_dinilai("aturan_tidak_sah", _aturan_tidak_sah(error))


def _aturan_tidak_sah(error: ValueError) -> Pesan:
    # The rule's own refusal may itself be translatable (kinerja.measurement.capaian).
    reason = error.args[0] if error.args else str(error)
    return Pesan("Aturan capaian tidak sah: %(alasan)s", alasan=reason)


@dataclass(slots=True)
class BarisPengukuran:
    indikator: Indikator
    sasaran: str
    aturan: rules.AturanCapaian
    target: Target | None
    target_sumber: str
    realisasi: Decimal | None
    realisasi_teks: str
    status: str
    bacaan: Bacaan
    posisi: str | None
    hasil: rules.HasilCapaian
    predikat: Predikat | None
    predikat_alasan: str = ""
    capaian_tercatat: Decimal | None = None
    periode: list[BarisRealisasi] = field(default_factory=list)
    realisasi_periode: Decimal | None = None
    realisasi_tahun_lalu: Decimal | None = None
    sumber_tahun_lalu: str = ""
    capaian_tahun_lalu: Decimal | None = None
    selisih_tahun_lalu: Decimal | None = None
    catatan_tahun_lalu: str = ""
    target_akhir_renstra: Target | None = None
    tahun_akhir_renstra: int | None = None
    capaian_terhadap_renstra: Decimal | None = None
    # Where each year's realisation comes from (the rows' sources), so that a comparison is
    # made only between figures of the same source; and two years back (n−2), read as n−1 is.
    sumber_data_tahun_lalu: frozenset[str] = frozenset()
    realisasi_dua_tahun_lalu: Decimal | None = None
    capaian_dua_tahun_lalu: Decimal | None = None
    sumber_data_dua_tahun_lalu: frozenset[str] = frozenset()

    @property
    def kegiatan_kode(self) -> str | None:
        return self.indikator.kegiatan_kode

    @property
    def realisasi_sumber(self) -> str:
        return self.bacaan.sumber

    @property
    def catatan(self) -> str:
        return self.bacaan.catatan

    @property
    def tahun_berjalan(self) -> bool:
        return self.posisi not in (None, TAHUNAN)

    @property
    def posisi_label(self) -> str:
        if self.posisi is None:
            return ""
        if self.posisi == TAHUNAN:
            return Pesan("tahunan")
        return Pesan("s.d. %(periode)s", periode=SINGKATAN[self.posisi])

    @property
    def capaian_tercatat_beda(self) -> bool:
        """A capaian printed beside the realisation that the computation does not confirm."""
        return self.capaian_tercatat is not None and beda_tercetak(
            self.capaian_tercatat, self.hasil.nilai
        )


@dataclass
class AnggaranBersama:
    """A kegiatan whose indicators serve this sasaran and another: its budget is counted
    once, under `pemilik` (the sasaran that holds it), or under none when two Renstra sasaran
    share it (`pemilik` empty), never in both."""

    anggaran: AnggaranKegiatan
    pemilik: str = ""
    juga: tuple[str, ...] = ()  # the other sasaran its indicators serve


@dataclass
class SasaranPengukuran:
    label: str
    baris: list[BarisPengukuran]
    # The kegiatan whose budget this sasaran holds: each kegiatan's budget is held by exactly
    # one sasaran or by none (AnggaranBersama), so the sasaran's pagu add up to no more than
    # the satker's.
    anggaran: list[AnggaranKegiatan] = field(default_factory=list)
    anggaran_bersama: list[AnggaranBersama] = field(default_factory=list)
    capaian: Decimal | None = None
    predikat: Predikat | None = None
    # What the group is, stable across years and label edits: "sasaran-<Renstra sasaran id>",
    # "kegiatan-<kode>" for indicators tied to no sasaran, "tanpa-sasaran" otherwise.
    kunci: str = ""

    @property
    def pagu(self) -> Decimal | None:
        return jumlah(item.pagu for item in self.anggaran)

    @property
    def realisasi_anggaran(self) -> Decimal | None:
        return jumlah(item.realisasi for item in self.anggaran)

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.realisasi_anggaran, self.pagu)

    @property
    def efisiensi(self) -> Decimal | None:
        return efisiensi(self.capaian, self.serapan)

    @property
    def efisiensi_alasan(self) -> str:
        """Why no efficiency is stated (empty when one is)."""
        if self.efisiensi is not None:
            return ""
        if not self.pagu:
            return ALASAN_TANPA_PAGU
        if self.realisasi_anggaran is None:
            return ALASAN_BELUM_REALISASI
        if self.capaian is None:
            return ALASAN_TIDAK_DINILAI
        if self.realisasi_anggaran == 0:
            return ALASAN_TIDAK_TERSERAP
        return ALASAN_BELUM_TERCAPAI


@dataclass
class Pengukuran:
    satker_id: int
    slug: str
    nama: str
    tahun: int
    pengaturan: Pengaturan
    sasaran: list[SasaranPengukuran]
    anggaran: list[AnggaranKegiatan]
    capaian: Decimal | None
    predikat: Predikat | None
    sampai: str | None = None

    @property
    def baris(self) -> list[BarisPengukuran]:
        return [row for group in self.sasaran for row in group.baris]

    @property
    def tahun_berjalan(self) -> bool:
        return any(row.tahun_berjalan for row in self.baris)

    def total(
        self, sumber_dana: str | None = None
    ) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        """(pagu, realisasi, serapan) of every kegiatan, or of one funding source; None where
        there is nothing to add (never Rp 0, which would read as a budget of nothing)."""
        if sumber_dana is None:
            pagu = jumlah(item.pagu for item in self.anggaran)
            realisasi = jumlah(item.realisasi for item in self.anggaran)
        else:
            # The kegiatan's funding source: a PK pagu states none, its realisation does.
            pagu = jumlah(item.pagu for item in self.anggaran if item.sumber_dana == sumber_dana)
            realisasi = jumlah(
                item.realisasi_per_sumber_dana.get(sumber_dana) for item in self.anggaran
            )
        return pagu, realisasi, serapan(realisasi, pagu)

    @property
    def sumber_dana(self) -> list[str]:
        return sorted(
            {item.sumber_dana for item in self.anggaran}
            | {source for item in self.anggaran for source in item.realisasi_per_sumber_dana}
        )


def label_sasaran(nomor, uraian: str) -> str:
    """How a Renstra sasaran is named wherever figures are grouped or matched by it."""
    return Pesan("Sasaran %(nomor)s: %(uraian)s", nomor=nomor, uraian=uraian)


def _sasaran_label(item: Indikator) -> str:
    # The LKjIP measures per kegiatan when indicators are not tied to a Renstra sasaran.
    if item.sasaran_id is not None:
        return label_sasaran(item.sasaran_nomor, item.sasaran_uraian)
    if item.kegiatan_kode:
        return f"{item.kegiatan_nama} ({item.kegiatan_kode})"
    return Pesan("Tanpa sasaran")


def _sasaran_kunci(item: Indikator) -> str:
    if item.sasaran_id is not None:
        return f"sasaran-{item.sasaran_id}"
    if item.kegiatan_kode:
        return f"kegiatan-{item.kegiatan_kode}"
    return "tanpa-sasaran"


def _baris(
    indikator: Indikator, sasaran: str, snapshot: SatkerTahun, sampai: str | None
) -> BarisPengukuran:
    setting = snapshot.pengaturan
    rows = snapshot.realisasi.get(indikator.id, [])
    bacaan = baca_realisasi(rows, indikator.metode_agregasi, sampai)
    try:
        aturan, invalid = aturan_indikator(indikator, setting), ""
    except ValueError as error:
        # A misconfigured indicator (a range without its upper bound) is reported as not
        # assessed, with the reason, instead of breaking the whole measurement.
        aturan, invalid = rules.AturanCapaian(), _aturan_tidak_sah(error)
    target, target_source, why_none = pilih_target(indikator, bacaan, snapshot, rows)
    if invalid:
        hasil = tidak_dinilai("aturan_tidak_sah", invalid)
    elif target is None and bacaan.status != TIDAK_DILAKSANAKAN:
        hasil = tidak_dinilai("tanpa_target", why_none)
    else:
        # Not executed is said as such whether or not a target exists.
        hasil = _hitung(
            target or Target(Decimal(0)),
            bacaan.nilai,
            bacaan.nilai_teks,
            aturan,
            bacaan.status,
            indikator.urutan_label,
        )
    predikat = klasifikasi(hasil.nilai, setting.skala)
    row = BarisPengukuran(
        indikator=indikator,
        sasaran=sasaran,
        aturan=aturan,
        target=target,
        target_sumber=target_source,
        realisasi=bacaan.nilai,
        realisasi_teks=bacaan.nilai_teks,
        status=bacaan.status,
        bacaan=bacaan,
        posisi=bacaan.posisi,
        hasil=hasil,
        predikat=predikat,
        predikat_alasan=(
            alasan_tanpa_predikat(hasil.nilai, setting.skala)
            if hasil.dinilai and predikat is None
            else ""
        ),
        capaian_tercatat=bacaan.tahunan.capaian_tercatat if bacaan.tahunan else None,
        periode=bacaan.periode,
        realisasi_periode=bacaan.nilai_periode,
    )
    # Comparisons are for a year's result, not for a reading to date.
    if not invalid and sampai is None and not row.tahun_berjalan:
        _compare(row, bacaan, snapshot)
        _compare_dua_tahun(row, snapshot)
    return row


def _compare(row: BarisPengukuran, bacaan: Bacaan, snapshot: SatkerTahun) -> None:
    indikator = row.indikator
    labels = indikator.urutan_label
    if snapshot.realisasi_lalu is not None:
        last = baca_realisasi(
            snapshot.realisasi_lalu.get(indikator.id, []), indikator.metode_agregasi
        )
        if last.nilai is not None and last.posisi == TAHUNAN:
            row.realisasi_tahun_lalu = last.nilai
            row.sumber_tahun_lalu = ", ".join(sorted(filter(None, last.sumber_data)))
            row.sumber_data_tahun_lalu = last.sumber_data
            target = last.tahunan.target if last.tahunan else None
            target = target or snapshot.target_tahunan.get((indikator.id, snapshot.tahun - 1))
            if target is not None:
                row.capaian_tahun_lalu = _hitung(
                    target, last.nilai, "", row.aturan, last.status, labels
                ).nilai
            if row.realisasi is not None and last.sumber_data == bacaan.sumber_data:
                row.selisih_tahun_lalu = row.realisasi - last.nilai
            elif row.realisasi is not None:
                # Figures from two tables are not compared: a difference between them says
                # more about the tables than about the year.
                row.catatan_tahun_lalu = Pesan(
                    "Tidak dibandingkan: realisasi kedua tahun berasal dari sumber berbeda "
                    "(%(ini)s; %(lalu)s).",
                    ini=row.realisasi_sumber,
                    lalu=row.sumber_tahun_lalu or Pesan("entri"),
                )
    final_year = snapshot.tahun_akhir_renstra
    final = snapshot.target_tahunan.get((indikator.id, final_year)) if final_year else None
    if final is not None:
        row.target_akhir_renstra = final
        row.tahun_akhir_renstra = final_year
        row.capaian_terhadap_renstra = _hitung(
            final, row.realisasi, row.realisasi_teks, row.aturan, row.status, labels
        ).nilai


def _compare_dua_tahun(row: BarisPengukuran, snapshot: SatkerTahun) -> None:
    """Two years back, read and measured as last year is: the year's realisation (a complete
    year only) against the target printed beside it, else that year's Renstra target."""
    indikator = row.indikator
    if snapshot.realisasi_dua_tahun_lalu is None:
        return
    rows = snapshot.realisasi_dua_tahun_lalu.get(indikator.id, [])
    earlier = baca_realisasi(rows, indikator.metode_agregasi)
    if earlier.nilai is None or earlier.posisi != TAHUNAN:
        return
    row.realisasi_dua_tahun_lalu = earlier.nilai
    row.sumber_data_dua_tahun_lalu = earlier.sumber_data
    target = earlier.tahunan.target if earlier.tahunan else None
    target = target or snapshot.target_tahunan.get((indikator.id, snapshot.tahun - 2))
    if target is not None:
        row.capaian_dua_tahun_lalu = _hitung(
            target, earlier.nilai, "", row.aturan, earlier.status, indikator.urutan_label
        ).nilai


def anggaran_sampai(item: AnggaranKegiatan, tahun: int, sampai: str) -> AnggaranKegiatan:
    """A kegiatan's budget as it stood at the end of a period: the pagu decided by the history
    dated up to then (undated entries count), the realisation of the period rows up to then
    (an annual row is only known at year end)."""
    month = URUTAN[sampai]
    end = datetime.date(tahun, month, calendar.monthrange(tahun, month)[1])
    riwayat = tuple(row for row in item.riwayat if row.tanggal is None or row.tanggal <= end)
    rows = tuple(
        row
        for row in item.realisasi_baris
        if row.periode != TAHUNAN and URUTAN.get(row.periode, 13) <= month
    )
    return putuskan_anggaran(
        item.kegiatan_id,
        item.kode,
        item.nama,
        item.program,
        item.pagu_pk,
        riwayat,
        rows,
        pagu_pk_dari=item.pagu_pk_dari,
    )


def _bagi_anggaran(groups: dict[tuple, SasaranPengukuran], by_code: dict) -> None:
    """Give each kegiatan's budget to the one sasaran that holds it (docs/pengukuran.md): the
    sasaran all its indicators serve; when they are split between one Renstra sasaran and
    groups that are not Renstra sasaran (indicators not linked yet), that Renstra sasaran;
    when two Renstra sasaran share it, neither — its budget is counted once, in the satker's
    total, and each sasaran says so."""
    served: dict[str, list[tuple]] = {}
    for key, group in groups.items():
        for row in group.baris:
            if row.kegiatan_kode in by_code and key not in served.setdefault(row.kegiatan_kode, []):
                served[row.kegiatan_kode].append(key)
    for code, keys in served.items():
        renstra = [key for key in keys if key[0] is not None]
        owner = keys[0] if len(keys) == 1 else (renstra[0] if len(renstra) == 1 else None)
        for key in keys:
            if key == owner:
                groups[key].anggaran.append(by_code[code])
                continue
            groups[key].anggaran_bersama.append(
                AnggaranBersama(
                    by_code[code],
                    pemilik=groups[owner].label if owner is not None else "",
                    juga=tuple(groups[other].label for other in keys if other not in (key, owner)),
                )
            )


def hitung_pengukuran(snapshot: SatkerTahun, *, sampai: str | None = None) -> Pengukuran:
    """The measurement of a satker-year; with `sampai` (a quarter or month), as it stood at
    the end of that period."""
    setting = snapshot.pengaturan
    # Grouped by what the indicators belong to, not by the words of its label.
    groups: dict[tuple, SasaranPengukuran] = {}
    for indikator in snapshot.indikator:
        key = (indikator.sasaran_id, None if indikator.sasaran_id else indikator.kegiatan_kode)
        group = groups.get(key)
        if group is None:
            group = groups[key] = SasaranPengukuran(
                _sasaran_label(indikator), [], kunci=_sasaran_kunci(indikator)
            )
        group.baris.append(_baris(indikator, group.label, snapshot, sampai))
    anggaran = snapshot.anggaran
    if sampai is not None:
        anggaran = [anggaran_sampai(item, snapshot.tahun, sampai) for item in anggaran]
    _bagi_anggaran(groups, {item.kode: item for item in anggaran})
    for group in groups.values():
        group.capaian = rata_rata(
            [row.hasil.nilai for row in group.baris], [row.indikator.bobot for row in group.baris]
        )
        group.predikat = klasifikasi(group.capaian, setting.skala)
    sasaran = list(groups.values())
    capaian = rata_rata([group.capaian for group in sasaran])
    return Pengukuran(
        satker_id=snapshot.satker_id,
        slug=snapshot.slug,
        nama=snapshot.nama,
        tahun=snapshot.tahun,
        pengaturan=setting,
        sasaran=sasaran,
        anggaran=anggaran,
        capaian=capaian,
        predikat=klasifikasi(capaian, setting.skala),
        sampai=sampai,
    )
