"""A document (kinerja.documents.isi) written as Word (.docx) with python-docx: A4 with the
shared margins, page numbers in the footer (roman or arabic per part), a running header,
header rows that repeat on every page, column widths that add up to at most the printable
width, figures right-aligned, and tables of contents as TOC fields Word fills on opening."""

import re
from io import BytesIO
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from kinerja.documents.isi import (
    HALAMAN_CM,
    MARGIN_CM,
    Bagian,
    DaftarIsi,
    Dokumen,
    Gambar,
    HalamanBaru,
    Identitas,
    Judul,
    Paragraf,
    Tabel,
    TandaTangan,
    entri_daftar,
)
from kinerja.documents.lebar_kolom import TANDA_PISAH

FONT = "Times New Roman"
# Chart captions have their own style (Caption's look), so that the Daftar Tabel's TOC field,
# which collects the Caption paragraphs, lists tables only and the Daftar Grafik charts only.
GAYA_GRAFIK = "Judul Grafik"
GAYA_ISI_TABEL = "Isi Tabel"
RATA = {
    "rata": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "kiri": WD_ALIGN_PARAGRAPH.LEFT,
    "tengah": WD_ALIGN_PARAGRAPH.CENTER,
    "kanan": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, TOC …), updated by Word and LibreOffice when the file opens."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        run._r.append(element)


# Word's own number formats for a part's page numbers.
PENOMORAN = {"romawi": "lowerRoman", "arab": "decimal", "sampul": "decimal"}
# Elements of w:settings that must come after w:updateFields (the schema fixes the order).
SETELAH_UPDATE_FIELDS = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat")


def _fldchar(run, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    run._r.append(element)


def _daftar(document, dokumen: Dokumen, block: DaftarIsi) -> None:
    """A TOC field whose cached result already lists the entries (without page numbers), so
    the list reads even where the fields are not updated; Word fills the numbers on opening."""
    if block.jenis == "grafik":
        instruction = f'TOC \\h \\z \\t "{GAYA_GRAFIK},1"'
    elif block.jenis == "tabel":
        instruction = 'TOC \\h \\z \\t "Caption,1"'
    else:
        instruction = 'TOC \\o "1-2" \\h \\z \\u'
    entries = entri_daftar(dokumen, block.jenis)
    lines = [
        (item.teks, item.tingkat) if isinstance(item, Judul) else (item.judul, 1)
        for _, item in entries
    ] or [(block.kosong, 1)]
    paragraphs = []
    for text, level in lines:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        paragraphs.append((paragraph, text))
    first = paragraphs[0][0].add_run()
    _fldchar(first, "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    first._r.append(instr)
    _fldchar(first, "separate")
    for paragraph, text in paragraphs:
        paragraph.add_run(text)
    _fldchar(paragraphs[-1][0].add_run(), "end")


def _update_fields_on_open(document) -> None:
    settings = document.settings.element
    flag = OxmlElement("w:updateFields")
    flag.set(qn("w:val"), "true")
    for name in SETELAH_UPDATE_FIELDS:
        later = settings.find(qn(name))
        if later is not None:
            later.addprevious(flag)
            return
    settings.append(flag)


def _bagian(document, block: Bagian, first: bool) -> None:
    """A part on its own page with its own numbering; the cover shows neither header nor
    page number (its section's first page has its own, empty, header and footer)."""
    section = document.sections[-1] if first else document.add_section(WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = block.penomoran == "sampul"
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:pgNumType")):
        sect_pr.remove(old)
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:fmt"), PENOMORAN[block.penomoran])
    numbering.set(qn("w:start"), "1")
    columns = sect_pr.find(qn("w:cols"))
    if columns is not None:
        columns.addprevious(numbering)
    else:
        sect_pr.find(qn("w:pgMar")).addnext(numbering)


def _row_flag(row, name: str) -> None:
    """A row property: w:tblHeader (repeated on every page), w:cantSplit (never split across
    two pages)."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement(f"w:{name}")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _keep_previous_with_next(document) -> None:
    """What a signature signs stays on its page: the paragraph before it (through the blank
    paragraph after a table, to the table's last row) is kept with the next."""
    body = document.element.body
    element = body[-1].getprevious() if len(body) else None  # the last child is w:sectPr
    while element is not None:
        if element.tag == qn("w:tbl"):
            paragraphs = element.findall(qn("w:tr"))[-1].iter(qn("w:p"))
            for paragraph in paragraphs:
                Paragraph(paragraph, document).paragraph_format.keep_with_next = True
            return
        if element.tag != qn("w:p"):
            return
        paragraph = Paragraph(element, document)
        paragraph.paragraph_format.keep_with_next = True
        if paragraph.text.strip():
            return
        element = element.getprevious()


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _set_grid(table, widths_cm) -> None:
    """Fixed layout, with the grid's column widths."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)


def _set_widths(table, widths_cm) -> None:
    """Fixed layout: the grid's column widths, and the first row's cells (Word reads the
    grid for the rest)."""
    _set_grid(table, widths_cm)
    for cell, width in zip(table.rows[0].cells, widths_cm, strict=True):
        cell.width = Cm(width)


def _cell(cell, text: str, *, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, style=None) -> None:
    paragraph = cell.paragraphs[0]
    if style is not None:
        # By its id: python-docx's `paragraph.style =` looks through every style of the
        # document for each cell, which made a report's Word file five times slower.
        paragraph._p.get_or_add_pPr().style = style.style_id
    if align != WD_ALIGN_PARAGRAPH.LEFT:
        paragraph.alignment = align
    run = paragraph.add_run(text)
    if bold:  # a false flag would still be written out, cell by cell
        run.bold = True


def _paragraph(document, text: str, style) -> Paragraph:
    """A paragraph in a style set by its id: python-docx's `style=` first compares the style with
    the document's default one, which searches every style of the document each time."""
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = style.style_id
    return paragraph


def _setup(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(HALAMAN_CM[0]), Cm(HALAMAN_CM[1])
    section.top_margin = Cm(MARGIN_CM["atas"])
    section.bottom_margin = Cm(MARGIN_CM["bawah"])
    section.left_margin = Cm(MARGIN_CM["kiri"])
    section.right_margin = Cm(MARGIN_CM["kanan"])
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(footer, "PAGE")


# A run's characters Word stores as elements of their own rather than text (python-docx's
# run.text does the same for tabs and line breaks; a soft hyphen is w:softHyphen).
KHUSUS_RUN = re.compile(r"([\t\r\n\u00ad])")
JC = {WD_ALIGN_PARAGRAPH.CENTER: "center", WD_ALIGN_PARAGRAPH.RIGHT: "right"}


def _run_xml(text: str, bold: bool) -> str:
    """A w:r as python-docx's add_run(text) (and .bold = True) writes it."""
    parts = ["<w:r>", "<w:rPr><w:b/></w:rPr>" if bold else ""]
    for piece in KHUSUS_RUN.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            parts.append("<w:br/>")
        elif piece == TANDA_PISAH:
            parts.append("<w:softHyphen/>")
        elif piece:
            space = ' xml:space="preserve"' if piece.strip() != piece else ""
            parts.append(f"<w:t{space}>{escape(piece)}</w:t>")
    parts.append("</w:r>")
    return "".join(parts)


def _row_xml(texts, widths_twips, aligns, *, style_id: str, bold: bool, header: bool) -> str:
    """A table row (w:tr): each cell one paragraph in the table text style, aligned, bold for
    the header and total rows; the row never splits across pages, a header row repeats."""
    flags = '<w:tblHeader w:val="true"/>' if header else ""
    cells = []
    for text, width, align in zip(texts, widths_twips, aligns, strict=True):
        jc = f'<w:jc w:val="{JC[align]}"/>' if align in JC else ""
        cells.append(
            f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{jc}</w:pPr>'
            f"{_run_xml(text, bold)}</w:p></w:tc>"
        )
    return f'<w:tr><w:trPr>{flags}<w:cantSplit w:val="true"/></w:trPr>{"".join(cells)}</w:tr>'


def _tabel(document, block: Tabel, styles) -> None:
    """A report table. Its rows are written as XML and parsed at once: through python-docx's
    objects (cell.paragraphs, add_run, alignment, each looking up or inserting one element at a
    time) the LKjIP's tables took most of its Word file's time. The XML is what those calls
    wrote (tests/test_docx_xml.py compares the two)."""
    if block.judul:
        caption = _paragraph(document, block.judul, styles["Caption"])
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption.paragraph_format.keep_with_next = True
    count = len(block.kolom)
    table = document.add_table(rows=0, cols=count)
    table._tbl.tblStyle_val = styles["Table Grid"].style_id  # by id, as in _paragraph
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_grid(table, block.lebar_kolom)
    # Every cell carries its column's width: Word lays an autofit table out by its cells'
    # widths, LibreOffice by the grid; the two must agree.
    first = rest = [Cm(width).twips for width in block.lebar_kolom]
    style_id = styles[GAYA_ISI_TABEL].style_id
    centred = [WD_ALIGN_PARAGRAPH.CENTER] * count
    aligns = [
        WD_ALIGN_PARAGRAPH.RIGHT if column.angka else WD_ALIGN_PARAGRAPH.LEFT
        for column in block.kolom
    ]
    rows = [
        _row_xml(
            block.judul_kolom_cetak,
            first,
            centred,
            style_id=style_id,
            bold=True,
            header=True,
        )
    ]
    if block.nomor_kolom:
        numbers = [f"({index + 1})" for index in range(count)]
        rows.append(_row_xml(numbers, rest, centred, style_id=style_id, bold=False, header=True))
    for values in block.baris_cetak:
        rows.append(_row_xml(values, rest, aligns, style_id=style_id, bold=False, header=False))
    for values in block.kaki_cetak:
        rows.append(_row_xml(values, rest, aligns, style_id=style_id, bold=True, header=False))
    table._tbl.extend(parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(rows)}</w:tbl>"))
    document.add_paragraph()


def _gambar(document, block: Gambar, styles) -> None:
    """The chart inline, centred, with its alternative text (read by screen readers) and its
    caption under it."""
    picture = document.add_paragraph()
    picture.add_run().add_picture(BytesIO(block.png), width=Cm(block.lebar_cm))
    picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture.paragraph_format.keep_with_next = True
    for properties in picture._p.iter(qn("wp:docPr")):
        properties.set("descr", block.teks_alternatif)
    caption = _paragraph(document, block.judul, styles[GAYA_GRAFIK])
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _gaya_isi_tabel(document):
    """Table text a size below the body text, as LKjIP tables are set, and as narrow as the
    PDF's (kinerja.documents.lebar_kolom)."""
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style(GAYA_ISI_TABEL, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(0)
    return style


def _gaya_grafik(document):
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style(GAYA_GRAFIK, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Caption"]
    style.quick_style = True
    return style


def _tanda_tangan(document, block: TandaTangan) -> None:
    """Place and date kept with the signatures, whose row never splits: the block stays on one
    page, with the end of what it signs."""
    _keep_previous_with_next(document)
    place = document.add_paragraph(block.tempat_tanggal)
    place.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    place.paragraph_format.keep_with_next = True
    count = len(block.penanda)
    table = document.add_table(rows=1, cols=max(count, 2))
    _no_borders(table)
    _row_flag(table.rows[0], "cantSplit")
    # One signer stands on the right, as the documents print it.
    cells = table.rows[0].cells[-count:]
    for cell, signer in zip(cells, block.penanda, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in signer.atas:
            paragraph.add_run(line).bold = True
            paragraph.add_run().add_break()
        for _ in range(3):
            paragraph.add_run().add_break()
        name = paragraph.add_run(signer.nama)
        name.bold = name.underline = True
        if signer.pangkat:
            paragraph.add_run().add_break()
            paragraph.add_run(signer.pangkat)
        if signer.nip:
            paragraph.add_run().add_break()
            paragraph.add_run(f"NIP. {signer.nip}")
    width = (HALAMAN_CM[0] - MARGIN_CM["kiri"] - MARGIN_CM["kanan"]) / max(count, 2)
    _set_widths(table, [width] * max(count, 2))


def tulis_docx(dokumen: Dokumen) -> bytes:
    document = Document()
    _setup(document)
    document.core_properties.title = dokumen.judul
    header = document.sections[0].header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if dokumen.kepala:
        running = header.add_run(dokumen.kepala)
        running.font.size = Pt(9)
        running.italic = True
    if dokumen.catatan_status:
        if dokumen.kepala:
            header.add_run().add_break()
        run = header.add_run(dokumen.catatan_status)
        run.bold = True
        run.font.color.rgb = RGBColor(0xB4, 0x23, 0x18)
    if any(isinstance(block, DaftarIsi) for block in dokumen.blok):
        _update_fields_on_open(document)
    # Styles looked up by name once: python-docx searches the style list on every lookup.
    styles = {
        name: document.styles[name] for name in ("Table Grid", "Caption", "Heading 1", "Heading 2")
    }
    if any(isinstance(block, Gambar) for block in dokumen.blok):
        styles[GAYA_GRAFIK] = _gaya_grafik(document)
    if any(isinstance(block, Tabel) for block in dokumen.blok):
        styles[GAYA_ISI_TABEL] = _gaya_isi_tabel(document)
    for index, block in enumerate(dokumen.blok):
        if isinstance(block, Judul):
            if block.tingkat == 0:
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.paragraph_format.space_after = Pt(2)
                paragraph.add_run(block.teks).bold = True
            else:
                _paragraph(document, block.teks, styles[f"Heading {min(block.tingkat, 2)}"])
        elif isinstance(block, Paragraf):
            paragraph = document.add_paragraph()
            paragraph.alignment = RATA[block.rata]
            paragraph.add_run(block.teks).bold = block.tebal
        elif isinstance(block, Identitas):
            table = document.add_table(rows=0, cols=3)
            _no_borders(table)
            for label, value in block.baris:
                cells = table.add_row().cells
                for cell, text in zip(cells, (label, ":", value), strict=True):
                    _cell(cell, text)
            _set_widths(table, [2.5, 0.5, 13.0])
        elif isinstance(block, Tabel):
            _tabel(document, block, styles)
        elif isinstance(block, TandaTangan):
            _tanda_tangan(document, block)
        elif isinstance(block, Gambar):
            _gambar(document, block, styles)
        elif isinstance(block, HalamanBaru):
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, Bagian):
            _bagian(document, block, first=index == 0)
        elif isinstance(block, DaftarIsi):
            _daftar(document, dokumen, block)
    out = BytesIO()
    document.save(out)
    return out.getvalue()
