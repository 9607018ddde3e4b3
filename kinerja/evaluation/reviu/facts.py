"""Plain data the reviu rules read: one satker-year, gathered by
kinerja.evaluation.selectors.fakta_reviu. No Django here."""

from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.measurement.capaian import AturanCapaian, HasilCapaian
from kinerja.measurement.scales import Skala


@dataclass(frozen=True)
class Indikator:
    kode: str
    nama: str
    kegiatan_kode: str | None
    aturan: AturanCapaian


@dataclass(frozen=True)
class Pengukuran:
    """The realisation of record of an indicator for the year and what Kinerja computes."""

    kode: str
    target: Decimal | None
    realisasi: Decimal | None
    status: str
    hasil: HasilCapaian
    capaian_tercatat: Decimal | None
    sumber: str


@dataclass(frozen=True)
class BarisRencana:
    """A line of the RKT or of a PK."""

    dokumen: str
    urutan: int
    kode: str
    teks: str
    target: Decimal
    induk_target: Decimal | None = None
    masalah_telusur: str = ""


@dataclass(frozen=True)
class Perjanjian:
    judul: str
    tingkat: str
    sumber: str
    baris: tuple[BarisRencana, ...]
    anggaran: tuple[tuple[str | None, str, Decimal], ...]  # (kegiatan, uraian, anggaran)
    total_anggaran_tercatat: Decimal | None
    nip_tercetak: tuple[tuple[str, str, str], ...]  # (pihak, nama, NIP as printed)


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
    serapan_tercatat: tuple[tuple[str, Decimal], ...]  # (sumber, percentage printed)


@dataclass(frozen=True)
class NilaiTercatat:
    sumber: str
    urutan: int
    besaran: str
    indikator_kode: str | None
    kegiatan_kode: str | None
    label: str
    nilai: Decimal | None
    teks: str


@dataclass(frozen=True)
class Hambatan:
    nomor: int
    kegiatan_kode: str | None
    aspek: str


@dataclass
class FaktaReviu:
    satker: str
    tahun: int
    skala: Skala
    ambang_capaian: Decimal
    indikator: dict[str, Indikator]
    pengukuran: dict[str, Pengukuran]
    rkt: list[BarisRencana]
    perjanjian: list[Perjanjian]
    pagu: list[Pagu]
    anggaran: dict[str, Anggaran]
    nilai_tercatat: list[NilaiTercatat]
    hambatan: list[Hambatan]
    capaian_satker: Decimal | None
    jumlah_sasaran: int
    pagu_total: Decimal
    realisasi_total: Decimal
    # (pagu, realisasi) per funding source, when the satker has more than one
    anggaran_per_sumber_dana: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)

    @property
    def pk_satker(self) -> list[Perjanjian]:
        return [pk for pk in self.perjanjian if pk.tingkat == "satker"]

    def nama(self, kode: str | None) -> str:
        if kode is None or kode not in self.indikator:
            return kode or "–"
        return f"{kode} {self.indikator[kode].nama}"
