"""Readers: a report as plain text, Word (DOCX) or PDF becomes the same blocks in document
order (`dokumen.Paragraf`, `dokumen.TabelMentah`). Plain Python, no Django.

- Plain text: a line holding a tab is a table row (the seed's tables are tab-separated);
  consecutive such lines are one table; every other non-blank line is a paragraph.
- Word: python-docx, the body's paragraphs and real tables in the order they appear; a merged
  cell gives its text to every grid column it spans, so a header group ("Kinerja" over
  target, realisasi, %) names each of its columns.
- PDF with a text layer: `baca_pdf.py` (pypdfium2, with `kisi.py` for the tables), page by
  page in reading order. A PDF without a text layer (a scan) yields no text, and the review
  says so instead of reporting nothing.
"""

import io
import re
from pathlib import Path

from kinerja.periksa.dokumen import Blok, Paragraf, TabelMentah

_TEBAL = re.compile(r"\*\*")


class BerkasTidakTerbaca(ValueError):
    """A file that is none of the formats read, or is damaged."""


def _bersih(teks: str) -> str:
    # Markdown bold marks and runs of spaces from the conversion are not part of the text.
    return " ".join(_TEBAL.sub(" ", teks).split())


def baca_teks(teks: str) -> list[Blok]:
    blocks: list[Blok] = []
    rows: list[tuple[str, ...]] = []
    start = 0

    def flush() -> None:
        if rows:
            blocks.append(TabelMentah(_rata(rows), f"baris {start}"))
            rows.clear()

    for number, line in enumerate(teks.splitlines(), start=1):
        if "\t" in line:
            if not rows:
                start = number
            rows.append(tuple(_bersih(cell) for cell in line.split("\t")))
            continue
        cleaned = _bersih(line)
        if not cleaned:
            continue  # a blank line ends no table: tables run on across blank lines
        flush()
        blocks.append(Paragraf(cleaned, f"baris {number}"))
    flush()
    return blocks


def _rata(rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Rows as wide as the table. A short row that starts with a tab lost a leading empty cell
    (an indented indicator under its kegiatan): it is aligned on the right, where its target
    is; any other short row is filled on the right."""
    width = max(len(row) for row in rows)
    return tuple(
        ("",) * (width - len(row)) + row if row and not row[0] else row + ("",) * (width - len(row))
        for row in rows
    )


def baca_docx(data: bytes) -> list[Blok]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds for a damaged file
        raise BerkasTidakTerbaca(f"Berkas Word tidak dapat dibuka: {error}") from error
    blocks: list[Blok] = []
    paragraphs = tables = 0
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs += 1
            for line in Paragraph(element, document).text.splitlines():
                if cleaned := _bersih(line):
                    blocks.append(Paragraf(cleaned, f"paragraf {paragraphs}"))
        elif tag == "tbl":
            tables += 1
            table = Table(element, document)
            rows = tuple(tuple(_bersih(cell.text) for cell in row.cells) for row in table.rows)
            blocks.append(TabelMentah(rows, f"tabel Word {tables}"))
    return blocks


def baca_pdf(data: bytes) -> list[Blok]:
    from kinerja.periksa import baca_pdf as pdf

    try:
        blocks = pdf.baca_pdf(data)
    except pdf.PdfRusak as error:
        raise BerkasTidakTerbaca(f"Berkas PDF tidak dapat dibuka: {error}") from error
    return [
        Paragraf(_bersih(block.teks), block.lokasi)
        if isinstance(block, Paragraf)
        else TabelMentah(
            tuple(tuple(_bersih(cell) for cell in row) for row in block.baris),
            block.lokasi,
            block.alasan,
        )
        for block in blocks
        if not isinstance(block, Paragraf) or _bersih(block.teks)
    ]


def baca_berkas(path: Path | str) -> list[Blok]:
    """The blocks of a file, its format told by its content, not its name."""
    data = Path(path).read_bytes()
    if data.startswith(b"%PDF"):
        return baca_pdf(data)
    if data.startswith(b"PK\x03\x04"):
        return baca_docx(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BerkasTidakTerbaca(
            "Berkas bukan DOCX, PDF, maupun teks UTF-8; simpan ulang sebagai salah satunya."
        ) from error
    return baca_teks(text)
