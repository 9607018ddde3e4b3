"""Every table of a generated document on its own worksheet, its figures stored as numbers:
the Excel file holds exactly the tables the Word and PDF files print (the same content
model), so a reader can add up any of them.

A figure cell is read back with the number reader the forms use (kinerja.core.numbers):
`Rp 1.748.912.000` → 1748912000 with a Rupiah format, `94,74%` → 0,9474 with a percent
format, `1.500` → 1500; a cell that is not a number (`WTP`, `≥ 95`, `–`) stays text, and `–`
(no figure) is an empty cell, never 0."""

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from kinerja.core.numbers import AngkaTidakSah, JenisAngka, parse_angka
from kinerja.documents.isi import Dokumen, Tabel

RUPIAH = '"Rp "#,##0'
PERSEN = "0.00%"
ANGKA = "#,##0"
DESIMAL = "#,##0.00"
KOSONG = {"–", "-", ""}
# A sheet's name: at most 31 characters, none of []:*?/\
_TERLARANG = str.maketrans({char: " " for char in "[]:*?/\\"})


def nilai_sel(text: str) -> tuple[object, str | None]:
    """(value, number format) of a printed figure; text as it is when it is no number."""
    text = str(text).strip()
    if text in KOSONG:
        return None, None
    try:
        if text.startswith("Rp"):
            return int(parse_angka(text, JenisAngka.RUPIAH)), RUPIAH
        if text.endswith("%"):
            return parse_angka(text, JenisAngka.PERSEN) / 100, PERSEN
        number = parse_angka(text, JenisAngka.UKURAN)
    except AngkaTidakSah:
        return text, None
    if number == number.to_integral_value():
        return int(number), ANGKA
    return number, DESIMAL


def _nama_lembar(block: Tabel, index: int, taken: set[str]) -> str:
    caption = block.judul or f"Tabel {index}"
    # "Tabel 3.11 Capaian …" → "Tabel 3.11": the number names the table in the document.
    words = caption.split()
    name = " ".join(words[:2]) if len(words) > 1 and words[0] == "Tabel" else caption
    name = name.translate(_TERLARANG)[:31]
    base, count = name, 2
    while name in taken:
        name = f"{base[:27]} ({count})"
        count += 1
    taken.add(name)
    return name


def tambah_tabel(book: Workbook, dokumen: Dokumen) -> int:
    """Adds a sheet per table of `dokumen` (its caption in the first row, then the header,
    the rows and the total rows, bold); returns how many."""
    taken = set(book.sheetnames)
    tables = [block for block in dokumen.blok if isinstance(block, Tabel)]
    for index, block in enumerate(tables, start=1):
        sheet = book.create_sheet(_nama_lembar(block, index, taken))
        sheet.append([str(block.judul)] if block.judul else [""])
        sheet["A1"].font = Font(bold=True)
        sheet.append([str(kolom.judul) for kolom in block.kolom])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for rows, bold in ((block.baris, False), (block.kaki, True)):
            for row in rows:
                sheet.append([None] * len(row))
                for column, (kolom, text) in enumerate(zip(block.kolom, row, strict=False), 1):
                    cell = sheet.cell(row=sheet.max_row, column=column)
                    if kolom.angka:
                        value, number_format = nilai_sel(text)
                        cell.value = value
                        if number_format:
                            cell.number_format = number_format
                    else:
                        cell.value = str(text) if text not in (None, "") else None
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
                    cell.font = Font(bold=bold)
        for column, kolom in enumerate(block.kolom, start=1):
            # The document's width in cm, as Excel's character widths (about 5 per cm).
            sheet.column_dimensions[get_column_letter(column)].width = max(8, kolom.lebar_cm * 5)
        sheet.freeze_panes = "A3"
    return len(tables)


def tulis_xlsx_dokumen(dokumen: Dokumen) -> bytes:
    """A workbook of the document's tables only: a signed report as it was signed."""
    book = Workbook()
    empty = book.active
    if tambah_tabel(book, dokumen):
        book.remove(empty)
    book.properties.title = str(dokumen.judul)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
