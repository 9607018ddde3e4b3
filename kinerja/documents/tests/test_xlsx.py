"""The LKjIP's Excel workbook on the demo (Prabumulih 2024), opened with openpyxl: figures
are numbers a spreadsheet can add, the totals are the reading layer's, and the sheets read
like the report (header frozen, widths set, Rupiah and percent formats)."""

from decimal import Decimal
from io import BytesIO

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from kinerja.core.formatting import round_half_up
from kinerja.documents.xlsx_out import PERSEN, RUPIAH, data_buku, tulis_xlsx
from kinerja.measurement.selectors import pengukuran

pytestmark = pytest.mark.django_db


@pytest.fixture
def buku(prabumulih):
    return load_workbook(BytesIO(tulis_xlsx(data_buku(prabumulih, 2024))))


def _rows(sheet):
    return list(sheet.iter_rows(min_row=2, values_only=True))


def test_the_budget_sheet_holds_numbers_whose_total_is_the_reading_layers(buku, prabumulih):
    measured = pengukuran(prabumulih, 2024)
    pagu, realised, share = measured.total()
    sheet = buku["Anggaran"]
    *rows, total = _rows(sheet)
    assert len(rows) == len(measured.anggaran)
    assert total[1] == "Jumlah"
    assert (total[3], total[4]) == (pagu, realised) == (41_661_103_000, 41_579_911_818)
    assert sum(row[3] for row in rows) == total[3]
    assert sum(row[4] for row in rows) == total[4]
    assert total[5] == pytest.approx(float(round_half_up(share, 2) / 100))
    assert total[6] == pagu - realised
    for cell in sheet[2][3:7]:
        assert cell.data_type == "n"
    assert sheet.cell(row=2, column=4).number_format == RUPIAH
    assert sheet.cell(row=2, column=6).number_format == PERSEN


def test_the_measurement_sheet_stores_targets_realisations_and_capaian_as_numbers(buku, prabumulih):
    measured = pengukuran(prabumulih, 2024)
    sheet = buku["Pengukuran"]
    rows = [row for row in _rows(sheet) if row[0] is not None]
    assert len(rows) == len(measured.baris)
    by_code = {row[2]: row for row in rows}
    # 6872-2: 90% of a 95% target, capaian 94,74% (the seed printed 94,73%).
    assert by_code["6872-2"][5:10] == (95, 90, 0.9474, "Sangat Berhasil", "Belum tercapai")
    # A PK indicator never measured: its realisation said, its capaian left empty, not 0.
    assert by_code["6867-5"][6:8] == ("belum dilaporkan", None)
    numeric = sheet.cell(row=2, column=8)
    assert numeric.data_type == "n"
    assert numeric.number_format == PERSEN
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width == 60
    (satker_row,) = [row for row in _rows(sheet) if row[1] == "Capaian satker"]
    assert satker_row[7] == pytest.approx(float(round_half_up(measured.capaian, 2) / 100))


def test_the_pk_sheets_list_every_line_and_budget_of_the_pks_in_force(buku, prabumulih):
    from kinerja.measurement.satker_year import satker_tahun

    agreements = satker_tahun(prabumulih, 2024).perjanjian
    lines = _rows(buku["PK Target"])
    assert len(lines) == sum(len(pk.baris.all()) for pk in agreements)
    assert all(isinstance(row[6], int | float) for row in lines if row[6] is not None)
    budgets = _rows(buku["PK Anggaran"])
    assert sum(row[3] for row in budgets) == sum(
        line.anggaran for pk in agreements for line in pk.anggaran.all()
    )
    assert buku["PK Target"].cell(row=2, column=3).is_date


def test_the_page_offers_the_workbook_to_its_readers(client, satker_admin, prabumulih):
    client.force_login(satker_admin)
    url = reverse("documents:laporan_unduh", args=[prabumulih.slug, 2024, "xlsx"])
    assert client.get(url).status_code == 302  # not ready: asked to go ahead first
    response = client.get(url + "?tetap=1")
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    book = load_workbook(BytesIO(response.content))
    assert book.sheetnames[:6] == [
        "Pengukuran", "Anggaran", "PK Target", "PK Anggaran", "Hambatan dan Upaya",
        "Belum Lengkap",
    ]  # fmt: skip
    # Then every table the report prints, each on its own sheet.
    assert "Tabel 3.1" in book.sheetnames[6:]
    assert "Tabel L.2" in book.sheetnames[6:]
    assert book["Belum Lengkap"].max_row == 1 + 45
    assert book["Hambatan dan Upaya"].max_row > 1
    assert Decimal(str(book["Anggaran"]["D2"].value)) > 0


def test_a_download_reads_the_satker_year_once(client, satker_admin, prabumulih, monkeypatch):
    from kinerja.measurement import satker_year

    calls = []
    read = satker_year.satker_tahun_banyak

    def counted(*args, **kwargs):
        calls.append(args)
        return read(*args, **kwargs)

    monkeypatch.setattr(satker_year, "satker_tahun_banyak", counted)
    client.force_login(satker_admin)
    url = reverse("documents:laporan_unduh", args=[prabumulih.slug, 2024, "xlsx"])
    assert client.get(url + "?tetap=1").status_code == 200
    # The readiness check's reading serves the report and the workbook.
    assert len(calls) == 1
