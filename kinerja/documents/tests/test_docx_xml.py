"""The Word writer writes a report table's rows as XML (for speed); the table must be the one
python-docx's own calls write: same cells, styles, alignment, bold rows, widths, row flags,
and the same handling of the characters Word stores apart (tabs, line breaks, spaces at the
ends, XML's reserved characters)."""

from io import BytesIO

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

from kinerja.documents.docx_out import GAYA_ISI_TABEL, _gaya_isi_tabel, _setup, tulis_docx
from kinerja.documents.isi import Dokumen, Kolom, Tabel

TABEL = Tabel(
    kolom=(Kolom("No", 1.0), Kolom("Uraian & <catatan>", 9.0), Kolom("Nilai", 3.0, angka=True)),
    baris=(
        ("1.", "  spasi di tepi ", "95,00%"),
        ("2.", "baris\npertama\r\nlalu\ttab", ""),
        ("3.", "≥ 95 – \"kutip\" 'tunggal' °", "Rp 1.748.912.000"),
    ),
    kaki=(("", "Jumlah", "Rp 1.748.912.000"),),
    judul="Tabel 1 Uji",
    nomor_kolom=True,
)


def _through_python_docx(block: Tabel):
    """The table as python-docx's high-level calls write it (the writer's former code)."""
    document = Document()
    _setup(document)
    style = _gaya_isi_tabel(document)
    headers = 2
    body = (*block.baris, *block.kaki)
    table = document.add_table(rows=headers + len(body), cols=len(block.kolom))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER

    def cell(target, text, bold, align):
        paragraph = target.paragraphs[0]
        paragraph.style = style
        if align != WD_ALIGN_PARAGRAPH.LEFT:
            paragraph.alignment = align
        run = paragraph.add_run(text)
        if bold:
            run.bold = True

    centred = WD_ALIGN_PARAGRAPH.CENTER
    for index, column in enumerate(block.kolom):
        cell(table.rows[0].cells[index], column.judul, True, centred)
        cell(table.rows[1].cells[index], f"({index + 1})", False, centred)
    for position, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        for name in ("tblHeader", "cantSplit") if position < headers else ("cantSplit",):
            flag = properties.makeelement(qn(f"w:{name}"))
            flag.set(qn("w:val"), "true")
            properties.append(flag)
    for number, values in enumerate(body):
        for column, target, text in zip(
            block.kolom, table.rows[headers + number].cells, values, strict=True
        ):
            align = WD_ALIGN_PARAGRAPH.RIGHT if column.angka else WD_ALIGN_PARAGRAPH.LEFT
            cell(target, text, number >= len(block.baris), align)
    table.autofit = False
    for column, width in zip(table.columns, block.lebar_kolom, strict=True):
        column.width = Cm(width)
    for row in table.rows:  # every cell its column's width, as Word lays autofit tables out
        for target, width in zip(row.cells, block.lebar_kolom, strict=True):
            target.width = Cm(width)
    return table._tbl


def test_a_report_table_is_written_as_python_docx_would_write_it():
    word = Document(BytesIO(tulis_docx(Dokumen("Uji", [TABEL]))))
    (written,) = word.tables
    assert etree.tostring(written._tbl) == etree.tostring(_through_python_docx(TABEL))
    # And read back through python-docx as a reader sees it.
    rows = [[cell.text for cell in row.cells] for row in written.rows]
    assert rows[2][1] == "  spasi di tepi "
    assert rows[3][1] == "baris\npertama\n\nlalu\ttab"
    assert rows[0][1] == "Uraian & <catatan>"
    paragraph = written.rows[1].cells[0].paragraphs[0]
    assert paragraph.style.name == GAYA_ISI_TABEL
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert all(run.bold for run in written.rows[-1].cells[2].paragraphs[0].runs)
