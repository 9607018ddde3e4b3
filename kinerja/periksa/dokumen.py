"""What a reader makes of a report, whatever its format: blocks in document order, then the
report's structure (sections, year, organisation, tables). Plain Python, no Django.

A reader (`baca.py`) yields `Paragraf` and `TabelMentah` blocks, each with where it was found
("baris 245" in a text file, "paragraf 12" in a Word file, "halaman 5" in a PDF); `susun.py`
gives them their section and turns the tables into `Tabel` with a kind.
"""

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Paragraf:
    teks: str
    lokasi: str


@dataclass(frozen=True)
class TabelMentah:
    baris: tuple[tuple[str, ...], ...]
    lokasi: str
    alasan: str = ""  # why the reader could not read it (a PDF table without rules), if so


Blok = Paragraf | TabelMentah


class JenisTabel(StrEnum):
    PENGUKURAN = "pengukuran"  # indicator, target, realisation, capaian
    PENGUKURAN_ANGGARAN = "pengukuran_anggaran"  # the same beside pagu, realisasi, %
    ANGGARAN = "anggaran"  # pagu, realisasi, %
    PK = "pk"  # indicators and targets of a Perjanjian Kinerja
    RKT = "rkt"  # indicators and targets of the Rencana Kinerja Tahunan
    TARGET = "target"  # indicators and targets, neither PK nor RKT by its place
    PEGAWAI = "pegawai"  # staff: name and position
    NARASI = "narasi"  # words only (hambatan, upaya, 6M, kesimpulan): read for its sentences
    DAFTAR_ISI = "daftar_isi"
    TAK_TERBACA = "tak_terbaca"  # neither classified nor parsed: reported, never guessed


@dataclass(frozen=True)
class Bagian:
    """A section: its label ("Kata Pengantar", "BAB III.B") and where it begins."""

    label: str
    lokasi: str


@dataclass
class Tabel:
    nomor: int  # 1-based, in document order
    baris: tuple[tuple[str, ...], ...]
    lokasi: str
    bagian: str
    judul: str  # the caption or heading read just before it
    jenis: JenisTabel = JenisTabel.TAK_TERBACA
    alasan: str = ""  # why it could not be read
    konteks: str = ""  # the sasaran/kegiatan heading it sits under, if any

    @property
    def nama(self) -> str:
        """How findings name it: its section and caption."""
        judul = self.judul[:70] + ("…" if len(self.judul) > 70 else "")
        return f"{self.bagian}: {judul}" if judul else f"{self.bagian} (tabel {self.nomor})"


@dataclass(frozen=True)
class Kalimat:
    """A paragraph of prose in its section, with the heading it sits under."""

    teks: str
    lokasi: str
    bagian: str
    konteks: str = ""


@dataclass
class Laporan:
    tahun: int | None
    organisasi: str
    bagian: list[Bagian] = field(default_factory=list)
    paragraf: list[Kalimat] = field(default_factory=list)
    tabel: list[Tabel] = field(default_factory=list)

    @property
    def tak_terbaca(self) -> list[Tabel]:
        return [table for table in self.tabel if table.jenis is JenisTabel.TAK_TERBACA]
