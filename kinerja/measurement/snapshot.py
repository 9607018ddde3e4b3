"""A satker-year as it stands, as plain data: what the reading layer
(kinerja.measurement.satker_year) hands to the measurement engine, the reviu, the export and the
pages. Plain Python, no Django: the engine and the rules can be tested on hand-made snapshots.

"As it stands" decisions are made once, here and in satker_year: the PKs in force, the target
in force of each indicator, the pagu in force and the budget realisation of each kegiatan.

The row types are treated as immutable but not declared frozen: a frozen dataclass's __init__
pays an object.__setattr__ per field, and a national roll-up builds hundreds of thousands.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kinerja.core.pesan import Pesan, gabung
from kinerja.measurement.capaian import KebijakanTargetNol
from kinerja.measurement.periods import SINGKATAN
from kinerja.measurement.periods import TAHUNAN as PERIODE_TAHUNAN
from kinerja.measurement.rollup import serapan
from kinerja.measurement.scales import Skala
from kinerja.planning.targets import Target

# Where a target in force comes from when it is a signed PK's: the agreement a year is
# measured against (kinerja.measurement.pengukuran.pilih_target).
SUMBER_PK = "PK"
SUMBER_PK_UNIT = "PK unit"

# The funding sources of kinerja.budgets.choices.SumberDana (a test keeps them equal).
SUMBER_DANA = {
    "": Pesan("Tidak disebutkan"),
    "apbn_dipa": "APBN (DIPA)",
    "apbd": "APBD",
    "hibah": Pesan("Hibah (NPHD)"),
    "pnbp": "PNBP",
    "lainnya": Pesan("Lainnya"),
}


@dataclass(slots=True)
class Indikator:
    id: int
    kode: str
    nama: str
    satuan: str
    polaritas: str = "naik"
    varian_turun: str = "2t-r"
    batas_atas: Decimal | None = None
    plafon: str = ""
    kebijakan_target_nol: str = ""
    metode_agregasi: str = "terakhir"
    bobot: Decimal | None = None
    urutan_label: tuple[str, ...] = ()
    iku: bool = False
    kegiatan_id: int | None = None
    kegiatan_kode: str | None = None
    kegiatan_nama: str = ""
    sasaran_id: int | None = None
    sasaran_nomor: int | None = None
    sasaran_uraian: str = ""


@dataclass(slots=True)
class BarisRealisasi:
    """One stored realisation row of an indicator (one period of one year)."""

    periode: str
    status: str
    nilai: Decimal | None = None
    nilai_teks: str = ""
    pembilang: Decimal | None = None
    pembagi: Decimal | None = None
    target: Target | None = None
    capaian_tercatat: Decimal | None = None
    sumber: str = ""
    alasan: str = ""

    @property
    def tahunan(self) -> bool:
        return self.periode == PERIODE_TAHUNAN


@dataclass(slots=True)
class TargetBerlaku:
    """The annual target in force of an indicator and where it comes from (`SUMBER_PK`,
    `SUMBER_PK_UNIT`, "RKT", "target tahunan Renstra")."""

    target: Target
    sumber: str


@dataclass(slots=True)
class RiwayatPagu:
    jenis: str
    jenis_label: str
    jumlah: Decimal
    sumber_dana: str
    tanggal: Any  # datetime.date | None
    alasan: str
    sumber: str
    kro: str = ""  # the KRO's code; blank: the pagu of the whole kegiatan
    kro_nama: str = ""
    nomor_dokumen: str = ""


@dataclass(slots=True)
class PaguKRO:
    """The pagu in force of one KRO of a kegiatan: the last of that KRO's history."""

    kode: str
    nama: str
    jumlah: Decimal
    sumber_dana: str
    riwayat: tuple[RiwayatPagu, ...]


@dataclass(slots=True)
class BarisRealisasiAnggaran:
    periode: str
    jumlah: Decimal
    sumber_dana: str
    serapan_tercatat: Decimal | None
    sumber: str


@dataclass
class AnggaranKegiatan:
    """One kegiatan's budget in a satker-year: its records and, decided once, the pagu in force
    and the realisation."""

    kegiatan_id: int
    kode: str
    nama: str
    program: str | None = None
    pagu_pk: tuple[Decimal, ...] = ()
    riwayat: tuple[RiwayatPagu, ...] = ()
    realisasi_baris: tuple[BarisRealisasiAnggaran, ...] = ()
    pagu: Decimal | None = None
    pagu_sumber: str = ""
    pagu_sumber_dana: str = ""
    realisasi: Decimal | None = None
    realisasi_sumber: str = ""
    realisasi_per_sumber_dana: dict[str, Decimal] = field(default_factory=dict)
    pagu_pk_dari: tuple[str, ...] = ()  # the PK of each amount in pagu_pk, in the same order
    pagu_per_kro: tuple[PaguKRO, ...] = ()
    pagu_masalah: str = ""  # why no pagu in force could be decided from the history

    @property
    def pagu_pk_bernama(self) -> list[tuple[Decimal, str]]:
        return list(zip(self.pagu_pk, self.pagu_pk_dari or ("",) * len(self.pagu_pk), strict=True))

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.realisasi, self.pagu)

    @property
    def sumber_dana(self) -> str:
        """The funding source: the pagu's, else the single source of the realisation."""
        if self.pagu_sumber_dana or self.riwayat:
            return self.pagu_sumber_dana
        sources = set(self.realisasi_per_sumber_dana)
        return sources.pop() if len(sources) == 1 else ""

    @property
    def sumber_dana_label(self) -> str:
        return SUMBER_DANA.get(self.sumber_dana, self.sumber_dana)


def putuskan_anggaran(
    kegiatan_id: int,
    kode: str,
    nama: str,
    program: str | None,
    pagu_pk: tuple[Decimal, ...],
    riwayat: tuple[RiwayatPagu, ...],
    realisasi_baris: tuple[BarisRealisasiAnggaran, ...],
    pagu_pk_dari: tuple[str, ...] = (),
) -> AnggaranKegiatan:
    """The budget of a kegiatan as it stands.

    - Pagu in force: the last of its history (ordered by date, undated first, then entry).
      When the history is kept per KRO, the sum over its KROs of the last of each KRO's
      history: a revision of one KRO replaces that KRO's figure only. A history holding both
      figures of the whole kegiatan and of its KROs decides nothing (one would count the
      other twice, and which of them is meant cannot be told): no pagu, and the reason.
    - Without a history: the amount the PKs in force give it when they all give the same one.
    - Realisation, per funding source: the annual row, else the sum of the period rows.
    """
    item = AnggaranKegiatan(kegiatan_id, kode, nama, program, pagu_pk, riwayat, realisasi_baris)
    item.pagu_pk_dari = pagu_pk_dari
    per_kro: dict[str, list[RiwayatPagu]] = {}
    for row in riwayat:
        if row.kro:
            per_kro.setdefault(row.kro, []).append(row)
    if per_kro and any(not row.kro for row in riwayat):
        item.pagu_masalah = Pesan(
            "Pagu kegiatan ini tercatat untuk seluruh kegiatan dan juga per KRO; keduanya "
            "tidak dijumlahkan, jadi pagu yang berlaku belum dapat ditentukan."
        )
    elif per_kro:
        item.pagu_per_kro = tuple(
            PaguKRO(kro, rows[-1].kro_nama, rows[-1].jumlah, rows[-1].sumber_dana, tuple(rows))
            for kro, rows in sorted(per_kro.items())
        )
        item.pagu = sum((share.jumlah for share in item.pagu_per_kro), Decimal(0))
        item.pagu_sumber = Pesan("jumlah pagu per KRO (%(kro)s)", kro=", ".join(sorted(per_kro)))
        sources = {share.sumber_dana for share in item.pagu_per_kro}
        item.pagu_sumber_dana = sources.pop() if len(sources) == 1 else ""
    elif riwayat:
        last = riwayat[-1]
        item.pagu, item.pagu_sumber, item.pagu_sumber_dana = (
            last.jumlah,
            last.sumber or last.jenis_label,
            last.sumber_dana,
        )
    elif pagu_pk and len(set(pagu_pk)) == 1:
        item.pagu, item.pagu_sumber = pagu_pk[0], Pesan("anggaran di PK")
    by_source: dict[str, list[BarisRealisasiAnggaran]] = {}
    for row in realisasi_baris:
        by_source.setdefault(row.sumber_dana, []).append(row)
    descriptions = []
    for source, rows in by_source.items():
        annual = [row for row in rows if row.periode == PERIODE_TAHUNAN]
        counted = annual or rows
        item.realisasi_per_sumber_dana[source] = sum((row.jumlah for row in counted), Decimal(0))
        descriptions.append(
            Pesan("tahunan")
            if annual
            else Pesan(
                "jumlah %(periode)s", periode=gabung(", ", [SINGKATAN[row.periode] for row in rows])
            )
        )
    if by_source:
        item.realisasi = sum(item.realisasi_per_sumber_dana.values(), Decimal(0))
        item.realisasi_sumber = gabung("; ", descriptions)
    return item


@dataclass(frozen=True)
class Pengaturan:
    skala: Skala
    plafon: Decimal | None
    target_nol: KebijakanTargetNol
    ambang_capaian: Decimal
    masalah_skala: tuple[str, ...] = ()
    sumber: str = ""


@dataclass
class SatkerTahun:
    """Everything the measurement and its readers need about one satker-year."""

    satker_id: int
    slug: str
    nama: str
    tahun: int
    pengaturan: Pengaturan
    indikator: list[Indikator]
    target_berlaku: dict[int, TargetBerlaku] = field(default_factory=dict)
    target_tahunan: dict[tuple[int, int], Target] = field(default_factory=dict)
    target_periode: dict[int, dict[str, Target]] = field(default_factory=dict)
    realisasi: dict[int, list[BarisRealisasi]] = field(default_factory=dict)
    realisasi_lalu: dict[int, list[BarisRealisasi]] | None = None
    # Two years back (n−2), read by the same query as last year's, for the LKjIP's comparison.
    realisasi_dua_tahun_lalu: dict[int, list[BarisRealisasi]] | None = None
    tahun_akhir_renstra: int | None = None
    anggaran: list[AnggaranKegiatan] = field(default_factory=list)
    # The satker's data version the figures were read at (kinerja.measurement.cache); None
    # when they were read around the cache.
    versi: int | None = None
    # Documents, for the pages, the reviu and the export (model instances; filled only when
    # the reading layer is asked for detail).
    satker: Any = None
    renstra: Any = None
    rkt: Any = None
    rkt_baris: list = field(default_factory=list)
    perjanjian: list = field(default_factory=list)
    perjanjian_lain: list = field(default_factory=list)

    @property
    def punya_dokumen(self) -> bool:
        return bool(self.renstra or self.rkt or self.perjanjian or self.perjanjian_lain)
