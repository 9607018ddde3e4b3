"""Every table the report prints is a sheet of the workbook, its figures numbers."""

import datetime
from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook

from kinerja.documents.isi import Dokumen, Kolom, Tabel
from kinerja.documents.lkjip import laporan_kinerja
from kinerja.documents.xlsx_out import data_buku, tulis_xlsx
from kinerja.documents.xlsx_tabel import PERSEN, RUPIAH, nilai_sel, tulis_xlsx_dokumen


@pytest.mark.parametrize(
    ("text", "value", "number_format"),
    [
        ("Rp 1.748.912.000", 1_748_912_000, RUPIAH),
        ("94,74%", Decimal("0.9474"), PERSEN),
        ("95%", Decimal("0.95"), PERSEN),
        ("1.500", 1500, "#,##0"),
        ("4,5", Decimal("4.5"), "#,##0.00"),
        ("WTP", "WTP", None),
        ("≥ 95", "≥ 95", None),
        ("–", None, None),
    ],
)
def test_a_printed_figure_is_read_back_as_the_number_it_prints(text, value, number_format):
    assert nilai_sel(text) == (value, number_format)


def test_a_documents_tables_become_sheets_named_by_their_numbers():
    document = Dokumen(judul="Uji")
    document.tambah(
        Tabel(
            kolom=(Kolom("Kegiatan", 8.0), Kolom("Pagu", 4.0, angka=True)),
            baris=(("A", "Rp 1.000"), ("B", "–")),
            judul="Tabel 3.1 Pagu per kegiatan",
            kaki=(("Jumlah", "Rp 1.000"),),
        )
    )
    book = load_workbook(BytesIO(tulis_xlsx_dokumen(document)))
    assert book.sheetnames == ["Tabel 3.1"]
    sheet = book["Tabel 3.1"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows == [
        ("Tabel 3.1 Pagu per kegiatan", None),
        ("Kegiatan", "Pagu"),
        ("A", 1000),
        ("B", None),
        ("Jumlah", 1000),
    ]
    assert sheet["B3"].number_format == RUPIAH
    assert sheet["B5"].font.bold


@pytest.mark.django_db
def test_the_demo_workbook_holds_every_table_of_the_report(prabumulih):
    document = laporan_kinerja(prabumulih, 2024, tanggal=datetime.date(2025, 1, 16))
    tables = [block for block in document.blok if isinstance(block, Tabel)]
    book = load_workbook(BytesIO(tulis_xlsx(data_buku(prabumulih, 2024), document)))
    per_table = book.sheetnames[-len(tables) :]
    assert len(per_table) == len(tables)
    by_kegiatan = next(name for name in per_table if "per kegiatan" in str(book[name]["A1"].value))
    *rows, total = list(book[by_kegiatan].iter_rows(min_row=3, values_only=True))
    assert total[2:4] == (41_661_103_000, 41_579_911_818)
    assert sum(row[2] for row in rows) == total[2]
