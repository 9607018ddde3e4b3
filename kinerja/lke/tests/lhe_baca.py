"""The readers the LHE tests open the written files with: python-docx and openpyxl."""

from io import BytesIO

from docx import Document
from openpyxl import load_workbook


def teks_docx(content: bytes) -> list[str]:
    """The paragraphs, then every table row as its cells joined by ` | `."""
    document = Document(BytesIO(content))
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            # Soft hyphens and the word joiners that keep a criterion code on one line.
            texts.append(
                " | ".join(
                    cell.text.replace("\u00ad", "").replace("\u2060", "") for cell in row.cells
                )
            )
    return texts


def baris(texts: list[str], start: str) -> str:
    return next(text for text in texts if text.startswith(start))


def sel_xlsx(content: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(BytesIO(content))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
