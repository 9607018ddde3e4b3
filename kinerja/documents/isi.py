"""The content of a generated document, independent of its format: headings, paragraphs,
identity lines, tables, charts and signature blocks, in order. One content model is written out as
Word, PDF (and later Excel), so the formats never disagree. Plain Python, no Django."""

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

# A4 portrait with the margins every renderer uses; a table must fit the width between them.
HALAMAN_CM = (21.0, 29.7)
MARGIN_CM = {"atas": 2.5, "bawah": 2.5, "kiri": 3.0, "kanan": 2.0}
LEBAR_CETAK_CM = HALAMAN_CM[0] - MARGIN_CM["kiri"] - MARGIN_CM["kanan"]


@dataclass(frozen=True)
class Judul:
    teks: str
    tingkat: int = 0  # 0: the document's title, centred; 1, 2: headings


@dataclass(frozen=True)
class Paragraf:
    teks: str
    rata: str = "rata"  # rata (justified), kiri, tengah, kanan
    tebal: bool = False


@dataclass(frozen=True)
class Identitas:
    """Lines such as "Nama : Abdul Aziz", with their colons aligned."""

    baris: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Kolom:
    judul: str
    lebar_cm: float
    angka: bool = False  # right-aligned figures


@dataclass(frozen=True)
class Tabel:
    kolom: tuple[Kolom, ...]
    baris: tuple[tuple[str, ...], ...]
    judul: str = ""  # the caption printed above it ("Tabel 3.1 …"); none when blank
    nomor_kolom: bool = False  # the (1) (2) (3) row under the header, as the PKs print it
    kaki: tuple[tuple[str, ...], ...] = ()  # total rows

    @property
    def lebar_cm(self) -> float:
        """The width as designed (what `periksa_lebar` checks)."""
        return sum(item.lebar_cm for item in self.kolom)

    @cached_property
    def lebar_kolom(self) -> tuple[float, ...]:
        """The columns' widths as printed: as designed, except that a column is widened (the
        others giving up their spare room) until its longest word fits between its borders."""
        from kinerja.documents.lebar_kolom import lebar_kolom

        cells = []  # per column: its texts, each with whether it is printed bold
        for index, column in enumerate(self.kolom):
            texts = [(column.judul, True), (f"({index + 1})" if self.nomor_kolom else "", False)]
            texts += [(row[index], False) for row in self.baris]
            texts += [(row[index], True) for row in self.kaki]
            cells.append(texts)
        return lebar_kolom([item.lebar_cm for item in self.kolom], cells, LEBAR_CETAK_CM)

    def _cetak(self, rows, bold: bool) -> tuple[tuple[str, ...], ...]:
        from kinerja.documents.lebar_kolom import beri_tanda_pisah

        widths = self.lebar_kolom
        return tuple(
            tuple(
                beri_tanda_pisah(text, width, bold) for text, width in zip(row, widths, strict=True)
            )
            for row in rows
        )

    # The texts as the writers print them: a word wider than its column (when the page cannot
    # hold every column's longest word) carries soft hyphens at its syllable breaks.
    @cached_property
    def judul_kolom_cetak(self) -> tuple[str, ...]:
        return self._cetak([tuple(item.judul for item in self.kolom)], True)[0]

    @cached_property
    def baris_cetak(self) -> tuple[tuple[str, ...], ...]:
        return self._cetak(self.baris, False)

    @cached_property
    def kaki_cetak(self) -> tuple[tuple[str, ...], ...]:
        return self._cetak(self.kaki, True)

    @property
    def persen_kolom(self) -> tuple[str, ...]:
        """Each column's share of the table's width ("37.50"), for a layout whose cell padding
        must not push the table past the margin."""
        total = sum(self.lebar_kolom) or 1
        return tuple(f"{width / total * 100:.2f}" for width in self.lebar_kolom)

    @property
    def persen_lebar(self) -> str:
        """The table's share of the printable width."""
        return f"{min(sum(self.lebar_kolom) / LEBAR_CETAK_CM, 1) * 100:.2f}"

    @property
    def angka_kolom(self) -> tuple[int, ...]:
        return tuple(index for index, item in enumerate(self.kolom) if item.angka)


@dataclass(frozen=True)
class Penanda:
    """One signature block: the lines above the space for the signature, the name, the NIP."""

    atas: tuple[str, ...]
    nama: str
    nip: str = ""
    pangkat: str = ""  # pangkat/golongan, printed between the name and the NIP


def nama_kapital(nama: str) -> str:
    """A signer's name in capitals with the academic degrees and titles as written, as official
    letters print it: `Drs. Hendra Saputra, M.Si.` → `Drs. HENDRA SAPUTRA, M.Si.` (not
    `M.SI.`). Titles are the leading words ending in a full stop; degrees follow the first
    comma."""
    name, comma, degrees = nama.partition(",")
    words = name.split()
    titles = 0
    while titles < len(words) - 1 and words[titles].endswith("."):
        titles += 1
    return " ".join(words[:titles] + [word.upper() for word in words[titles:]]) + comma + degrees


@dataclass(frozen=True)
class TandaTangan:
    """Place and date, then the signature blocks side by side (left to right)."""

    tempat_tanggal: str
    penanda: tuple[Penanda, ...]


@dataclass(frozen=True)
class HalamanBaru:
    pass


@dataclass(frozen=True)
class Bagian:
    """A new part of the document, starting on a new page, with its own page numbering:
    "sampul" (no number, no running header), "romawi" (i, ii, … from i: the front matter) or
    "arab" (1, 2, … from 1: the body)."""

    penomoran: str = "arab"


@dataclass(frozen=True)
class DaftarIsi:
    """A table of contents of the document's headings (jenis "isi"), of its table captions
    (jenis "tabel") or of its chart captions (jenis "grafik"), with their page numbers: a field
    Word fills, counters WeasyPrint fills."""

    jenis: str = "isi"

    @property
    def kosong(self) -> str:
        """What a list with no entry says (a report without a chart still has its Daftar
        Grafik page), instead of a blank page."""
        return KOSONG.get(self.jenis, "")


KOSONG = {
    "tabel": "Tidak ada tabel dalam dokumen ini.",
    "grafik": "Tidak ada grafik dalam dokumen ini.",
}


@dataclass(frozen=True, eq=False)
class Gambar:
    """A chart, its caption printed under it ("Grafik 3.1 …") and a text that says what it
    shows for a reader who cannot see it; the table it is drawn from stays in the document
    beside it. `gambar` draws the chart in a format ("svg" for the PDF: vectors; "png" for
    Word); each format is drawn once, when a writer first asks for it."""

    gambar: Callable[[str], bytes]
    judul: str
    teks_alternatif: str
    lebar_cm: float = 15.0

    @cached_property
    def png(self) -> bytes:
        return self.gambar("png")

    @cached_property
    def svg(self) -> bytes:
        return self.gambar("svg")

    @property
    def data_uri(self) -> str:
        drawn = self.svg
        # A kept draft's chart may hold only its PNG (kinerja.documents.serial).
        mime = "image/png" if drawn.startswith(b"\x89PNG") else "image/svg+xml"
        return f"data:{mime};base64," + base64.b64encode(drawn).decode("ascii")


Blok = (
    Judul | Paragraf | Identitas | Tabel | TandaTangan | HalamanBaru | Bagian | DaftarIsi | Gambar
)


@dataclass
class Dokumen:
    judul: str
    blok: list[Blok] = field(default_factory=list)
    # A watermark line for a document that is not final ("DRAF — BELUM DITANDATANGANI").
    catatan_status: str = ""
    # The running header of every numbered page ("… — Laporan Kinerja Tahun 2024").
    kepala: str = ""

    def tambah(self, *blocks: Blok) -> "Dokumen":
        self.blok.extend(blocks)
        return self


def entri_daftar(dokumen: Dokumen, jenis: str) -> list[tuple[int, Blok]]:
    """The entries of a table of contents, with their block's position: headings of level 1
    and 2 ("isi"), captioned tables ("tabel") or charts ("grafik")."""
    if jenis == "grafik":
        return [
            (index, block) for index, block in enumerate(dokumen.blok) if isinstance(block, Gambar)
        ]
    if jenis == "tabel":
        return [
            (index, block)
            for index, block in enumerate(dokumen.blok)
            if isinstance(block, Tabel) and block.judul
        ]
    return [
        (index, block)
        for index, block in enumerate(dokumen.blok)
        if isinstance(block, Judul) and block.tingkat in (1, 2)
    ]


def periksa_lebar(dokumen: Dokumen) -> list[str]:
    """Tables wider than the printable width, in words (empty when every table fits)."""
    problems = []
    for block in dokumen.blok:
        if isinstance(block, Tabel) and block.lebar_cm > LEBAR_CETAK_CM + 0.01:
            problems.append(
                f"Tabel {block.judul or block.kolom[0].judul} selebar {block.lebar_cm:.1f} cm "
                f"melebihi {LEBAR_CETAK_CM:.1f} cm."
            )
    return problems
