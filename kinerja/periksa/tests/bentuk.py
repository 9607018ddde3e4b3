"""A report's blocks written again as a Word file (python-docx) and as a PDF (WeasyPrint),
so one text fixture is checked in three formats. The files are made when the tests run, not
committed: they follow the text fixture when it changes, and a test shows what they hold.

The PDF is ruled as most LKjIP tables are (every cell's box drawn), in A4 landscape with small
print, so long tables run over pages and a page break cuts rows in two, and words too long
for a cell are cut where the room ends; or without any rule."""

import io
from html import escape

from kinerja.periksa.dokumen import Blok, Paragraf


def docx(blocks: list[Blok]) -> bytes:
    from docx import Document

    document = Document()
    for block in blocks:
        if isinstance(block, Paragraf):
            document.add_paragraph(block.teks)
            continue
        width = max(len(row) for row in block.baris)
        table = document.add_table(rows=len(block.baris), cols=width)
        for row, values in zip(table.rows, block.baris, strict=True):
            for cell, value in zip(row.cells, values, strict=False):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def html(blocks: list[Blok], garis: bool = True) -> str:
    """`garis=False` prints the tables without any rule, cells apart by a wide margin and
    their text at the top, as a table typed with spaces or with its borders switched off."""
    cells = (
        "table{border-collapse:collapse;width:100%;table-layout:fixed}"
        "td{border:1px solid #000;padding:1px;font-size:7pt;overflow-wrap:anywhere}"
        if garis
        else "td{padding:1px 8pt 1px 0;font-size:7pt;vertical-align:top}"
    )
    parts = [
        f"<html><head><meta charset='utf-8'><style>@page{{size:A4 landscape;margin:15mm}}"
        f"{cells}p{{font-size:9pt}}</style></head><body>"
    ]
    for block in blocks:
        if isinstance(block, Paragraf):
            parts.append(f"<p>{escape(block.teks)}</p>")
            continue
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in block.baris
        )
        parts.append(f"<table>{rows}</table>")
    return "".join(parts) + "</body></html>"


def pdf(blocks: list[Blok], garis: bool = True) -> bytes:
    """The PDF WeasyPrint writes of `html(blocks, garis)`."""
    from weasyprint import HTML

    return HTML(string=html(blocks, garis)).write_pdf()
