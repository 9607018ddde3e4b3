"""Reading a generated Word file back the way a reader finds its tables: by their caption."""

from docx.table import Table


def tabel_word(word) -> dict[str, list[tuple[str, ...]]]:
    """Each captioned table of the Word file: its caption → its rows (header included)."""
    tables, caption = {}, ""
    for item in word.iter_inner_content():
        if isinstance(item, Table):
            if caption:
                tables[caption] = [tuple(cell.text for cell in row.cells) for row in item.rows]
            caption = ""
        elif item.text.startswith("Tabel "):
            caption = item.text
    return tables


def satu(tables, *words: str) -> list[tuple[str, ...]]:
    (match,) = [rows for caption, rows in tables.items() if all(w in caption for w in words)]
    return match
