"""A signature block (place and date, jabatan, name, pangkat, NIP) is never split across two
pages, and stays with the end of what it signs: in the PDF and in Word."""

from io import BytesIO

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.isi import Dokumen, Kolom, Paragraf, Penanda, Tabel, TandaTangan
from kinerja.documents.pdf_out import tulis_pdf

TTD = TandaTangan(
    "Prabumulih, 16 Januari 2025",
    (Penanda(("SEKRETARIS,",), "YASRIN ABIDIN", "19780429 200902 1 003", "Pembina/ IV.a"),),
)
LINES = ("Prabumulih, 16 Januari 2025", "SEKRETARIS,", "YASRIN ABIDIN", "Pembina/ IV.a", "NIP.")


def _pages(document: Dokumen) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(tulis_pdf(document))).pages]


# 27 one-line paragraphs fill the first page down to where the place and date still fit and
# the signatures do not: the block would start at the foot of page 1 and end on page 2.
@pytest.mark.parametrize("filler", [27, 28])
def test_the_pdf_signature_block_stays_on_one_page_with_the_paragraph_before_it(filler):
    blocks = [Paragraf(f"Kalimat pengisi nomor {index}.") for index in range(filler)]
    pages = _pages(Dokumen("Uji", [*blocks, TTD]))
    assert len(pages) == 2
    (page,) = [text for text in pages if "YASRIN ABIDIN" in text]
    for line in LINES:
        assert line in page, line
    assert f"Kalimat pengisi nomor {filler - 1}." in page


def test_the_pdf_signature_block_stays_with_the_last_row_of_the_table_it_closes():
    # 36 rows end the first page where the place and date still fit and the signatures not.
    rows = tuple((f"{index}.", f"Hambatan nomor {index}") for index in range(1, 37))
    table = Tabel(kolom=(Kolom("No", 1.0), Kolom("Hambatan", 15.0)), baris=rows)
    pages = _pages(Dokumen("Uji", [Paragraf("Pembuka."), table, TTD]))
    (page,) = [text for text in pages if "YASRIN ABIDIN" in text]
    for line in (*LINES, "Hambatan nomor 36"):
        assert line in page, line


def _keeps_with_next(paragraph) -> bool:
    return bool(paragraph.paragraph_format.keep_with_next)


def test_the_word_signature_block_is_kept_together_and_with_the_paragraph_before_it():
    word = Document(BytesIO(tulis_docx(Dokumen("Uji", [Paragraf("Demikian laporan ini."), TTD]))))
    closing, place = word.paragraphs[-2:]
    assert closing.text == "Demikian laporan ini."
    assert place.text == "Prabumulih, 16 Januari 2025"
    assert _keeps_with_next(closing)
    assert _keeps_with_next(place)
    (signatures,) = word.tables
    (row,) = signatures.rows
    assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    assert "YASRIN ABIDIN" in row.cells[-1].text
    assert "NIP." in row.cells[-1].text


def test_the_word_signature_block_is_kept_with_the_last_row_of_the_table_it_closes():
    table = Tabel(kolom=(Kolom("No", 1.0), Kolom("Hambatan", 15.0)), baris=(("1.", "A"),))
    word = Document(BytesIO(tulis_docx(Dokumen("Uji", [table, TTD]))))
    grid = word.tables[0]
    assert all(_keeps_with_next(paragraph) for paragraph in grid.rows[-1].cells[1].paragraphs)
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in grid.rows)
