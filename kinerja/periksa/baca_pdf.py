"""A PDF's text layer as blocks (`dokumen.Paragraf`, `dokumen.TabelMentah`), page by page in
reading order: pypdfium2 gives each character's box and each drawn path's bounds, `kisi.py`
makes tables and lines of them. Plain Python, no Django.

pypdfium2 (PDFium, the PDF engine of Chromium, through its C library) is chosen over
pdfplumber, which read the tables of earlier versions: pdfplumber lays every page out in
pure Python (pdfminer.six), 0,12 s a page, about 20 times what PDFium takes for the same
characters, and it split a table wherever a row had no ruling line. pypdf gives a page's text
with a table's columns run together, and no positions to tell them apart.
"""

import pypdfium2
import pypdfium2.raw as pdfium_c

from kinerja.periksa.dokumen import Blok, Paragraf, TabelMentah
from kinerja.periksa.kisi import Garis, Kata, TabelPdf, halaman, sambung

_TIPIS = 3.0  # points: a path this thin is a ruling line
_SPASI = 0.1  # of a character's height: a gap this wide between characters ends a word


# PDFium marks a hyphen where a line breaks as a soft one (U+FFFE, U+0002 or U+00AD).
_TANDA_HUBUNG = {"\ufffe", "\x02", "\xad"}


class PdfRusak(ValueError):
    """A file that PDFium cannot open."""


def _kata(textpage, height: float) -> list[Kata]:
    text = textpage.get_text_range()
    words: list[Kata] = []
    current: list[str] = []
    box: list[float] = []  # x0, x1, top, bottom of the word being read

    def flush() -> None:
        if current:
            words.append(Kata("".join(current), *box))
            current.clear()

    for index, character in enumerate(text):
        if character in _TANDA_HUBUNG:
            character = "-"
        if character.isspace() or not character.isprintable():
            # A space or line break PDFium adds by itself between two characters is not
            # the document's (Chromium's PDFs get one after every character on some
            # pages): where they stand tells whether a word ends.
            if not pdfium_c.FPDFText_IsGenerated(textpage.raw, index):
                flush()
            continue
        left, low, right, high = textpage.get_charbox(index, loose=True)
        top, bottom = height - high, height - low
        if current:
            size = bottom - top
            same_line = abs((top + bottom) - (box[2] + box[3])) <= size
            if not same_line or left < box[0] or left - box[1] > _SPASI * size:
                flush()
        if current:
            box = [box[0], max(box[1], right), min(box[2], top), max(box[3], bottom)]
        else:
            box = [left, right, top, bottom]
        current.append(character)
    flush()
    return words


def _garis(page, height: float) -> list[Garis]:
    rules: list[Garis] = []
    for path in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, low, right, high = path.get_bounds()
        top, bottom = height - high, height - low
        if min(right - left, bottom - top) <= _TIPIS:
            if max(right - left, bottom - top) > _TIPIS:
                rules.append(Garis(left, right, top, bottom))
        elif pdfium_c.FPDFPath_CountSegments(path.raw) <= 5:
            # A drawn rectangle (a cell's box, a shaded header) gives its four sides.
            rules += [
                Garis(left, right, top, top),
                Garis(left, right, bottom, bottom),
                Garis(left, left, top, bottom),
                Garis(right, right, top, bottom),
            ]
    return rules


def _sambung_baris(earlier: TabelPdf, later: TabelPdf) -> TabelPdf:
    """A row cut by the page break, its two parts joined cell by cell, and the rest after."""
    last, first = earlier.baris[-1], later.baris[0]
    joined = [" ".join(part for part in pair if part) for pair in zip(last, first, strict=True)]
    return TabelPdf(
        earlier.baris[:-1] + [joined] + later.baris[1:],
        earlier.top,
        later.bottom,
        earlier.x0,
        earlier.x1,
        earlier.terbuka_atas,
        later.terbuka_bawah,
        earlier.alasan or later.alasan,
    )


def _mentah(table: TabelPdf, where: str) -> TabelMentah:
    return TabelMentah(tuple(map(tuple, table.baris)), where, table.alasan)


def baca_pdf(data: bytes) -> list[Blok]:
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise PdfRusak(str(error)) from error
    blocks: list[Blok] = []
    open_table: tuple[int, TabelPdf] | None = None  # (its index in blocks, the table)
    try:
        for number in range(1, len(document) + 1):
            page = document[number - 1]
            height = page.get_height()
            textpage = page.get_textpage()
            read = halaman(_kata(textpage, height), _garis(page, height))
            where = f"halaman {number}"
            items: list[tuple[float, Blok | TabelPdf]] = [
                (table.top, table) for table in read.tabel if table.baris
            ]
            previous = None  # (bottom, height) of the last line of the paragraph being read
            for line in read.baris:
                inside_gap = previous and line.top - previous[0] < 0.5 * previous[1]
                # A line closer to the one above than half its height goes on its paragraph:
                # a wrapped sentence is one paragraph, as in a Word file.
                if inside_gap and items and isinstance(items[-1][1], Paragraf):
                    top, block = items[-1]
                    items[-1] = (top, Paragraf(sambung(block.teks, line.teks), where))
                else:
                    items.append((line.top, Paragraf(line.teks, where)))
                previous = (line.bottom, line.bottom - line.top)
            items.sort(key=lambda item: item[0])
            for position, (_, item) in enumerate(items):
                if not isinstance(item, TabelPdf):
                    blocks.append(item)
                    continue
                first_table = not any(isinstance(other, TabelPdf) for _, other in items[:position])
                if (
                    first_table
                    and open_table
                    and item.terbuka_atas
                    and len(item.baris[0]) == len(open_table[1].baris[-1])
                ):
                    # The row the page break cut goes on in the first row here.
                    index, earlier = open_table
                    item = _sambung_baris(earlier, item)
                    blocks[index] = _mentah(item, blocks[index].lokasi)
                    open_table = (index, item) if item.terbuka_bawah else None
                    continue
                blocks.append(_mentah(item, where))
                open_table = (len(blocks) - 1, item) if item.terbuka_bawah else None
            if not read.tabel:
                open_table = None
            textpage.close()
            page.close()
    finally:
        document.close()
    return blocks
