"""Plain data the reviu rules read: one satker-year, gathered by
kinerja.evaluation.selectors.fakta_reviu from the reading layer. No Django here, so every rule
can be tested on small hand-made facts."""

from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.measurement.capaian import AturanCapaian, HasilCapaian
from kinerja.measurement.scales import Skala
from kinerja.planning.targets import Target


@dataclass(frozen=True)
class Indikator:
    kode: str
    nama: str
    kegiatan_kode: str | None
    aturan: AturanCapaian = AturanCapaian()
    satuan: str = "%"
    iku: bool = False
    sasaran: str = ""  # the label of the sasaran it is measured under


@dataclass(frozen=True)
class Pengukuran:
    """The realisation of record of an indicator for the year and what Kinerja computes."""

    kode: str
    target: Target | None
    realisasi: Decimal | None
    status: str
    hasil: HasilCapaian
    capaian_tercatat: Decimal | None = None
    sumber: str = ""
    realisasi_teks: str = ""
    # When an annual row is the realisation of record and period rows exist beside it: their
    # roll-up, and which periods they are.
    realisasi_periode: Decimal | None = None
    periode: str = ""
    # The target a document printed beside the annual realisation (BAB III.A), when it did;
    # the year is measured against the PK's.
    target_tercetak: Target | None = None


@dataclass(frozen=True)
class Sasaran:
    label: str
    kegiatan_kode: tuple[str, ...]
    capaian: Decimal | None


@dataclass(frozen=True)
class BarisRencana:
    """A line of the RKT or of a PK."""

    dokumen: str
    urutan: int
    kode: str
    teks: str
    target: Target
    induk_target: Target | None = None
    masalah_telusur: str = ""


@dataclass(frozen=True)
class AnggaranPerjanjian:
    kegiatan_kode: str | None
    program: str | None
    uraian: str
    jumlah: Decimal


@dataclass(frozen=True)
class Perjanjian:
    judul: str
    tingkat: str
    sumber: str
    baris: tuple[BarisRencana, ...] = ()
    anggaran: tuple[AnggaranPerjanjian, ...] = ()
    total_anggaran_tercatat: Decimal | None = None
    pihak: tuple[tuple[str, str, str], ...] = ()  # (pihak, nama, NIP as printed)
    # The parent PK it was cascaded from, when that PK is no longer in force: its name, and
    # the name of the revision that replaced it ("" when none of the PKs in force does).
    induk_diganti: tuple[str, str] | None = None

    @property
    def nama(self) -> str:
        return self.sumber or self.judul


@dataclass(frozen=True)
class Pagu:
    kegiatan_kode: str
    jenis: str
    jumlah: Decimal
    sumber: str


@dataclass(frozen=True)
class Anggaran:
    kegiatan_kode: str
    pagu: Decimal | None
    realisasi: Decimal | None
    serapan_tercatat: tuple[tuple[str, Decimal], ...] = ()  # (sumber, percentage printed)
    program: str | None = None


@dataclass(frozen=True)
class NilaiTercatat:
    sumber: str
    urutan: int
    besaran: str
    indikator_kode: str | None = None
    kegiatan_kode: str | None = None
    label: str = ""
    nilai: Decimal | None = None
    teks: str = ""
    cakupan: str = ""
    pembanding: str = "="
    dari: Decimal | None = None
    sasaran: str = ""  # label of the sasaran strategis it names


@dataclass(frozen=True)
class Hambatan:
    nomor: int
    kegiatan_kode: str | None
    aspek: str
    indikator_kode: str | None = None
    sasaran: str = ""


@dataclass(frozen=True)
class Pegawai:
    nama: str
    nip: str
    sumber: str
    nomor_urut: int


@dataclass(frozen=True)
class Unit:
    nama: str
    nama_lain: str = ""
    nama_lain_sumber: str = ""


@dataclass
class FaktaReviu:
    satker: str
    tahun: int
    skala: Skala
    ambang_capaian: Decimal
    indikator: dict[str, Indikator]
    pengukuran: dict[str, Pengukuran]
    rkt: list[BarisRencana] = field(default_factory=list)
    perjanjian: list[Perjanjian] = field(default_factory=list)
    pagu: list[Pagu] = field(default_factory=list)
    anggaran: dict[str, Anggaran] = field(default_factory=dict)
    nilai_tercatat: list[NilaiTercatat] = field(default_factory=list)
    hambatan: list[Hambatan] = field(default_factory=list)
    sasaran: list[Sasaran] = field(default_factory=list)
    capaian_satker: Decimal | None = None
    pagu_total: Decimal | None = None
    realisasi_total: Decimal | None = None
    # (pagu, realisasi) per funding source label
    anggaran_per_sumber_dana: dict[str, tuple[Decimal | None, Decimal | None]] = field(
        default_factory=dict
    )
    plafon: Decimal | None = None  # the cap the satker measures with, if any
    masalah_skala: tuple[str, ...] = ()
    pegawai: list[Pegawai] = field(default_factory=list)
    unit: list[Unit] = field(default_factory=list)

    @property
    def jumlah_sasaran(self) -> int:
        return len(self.sasaran)

    @property
    def ada_data(self) -> bool:
        """Whether the satker-year holds anything of its own to review."""
        return bool(
            self.pengukuran or self.perjanjian or self.rkt or self.anggaran or self.nilai_tercatat
        )

    @property
    def pk_satker(self) -> list[Perjanjian]:
        return [pk for pk in self.perjanjian if pk.tingkat == "satker"]

    def nama(self, kode: str | None) -> str:
        if kode is None or kode not in self.indikator:
            return kode or "–"
        return f"{kode} {self.indikator[kode].nama}"
