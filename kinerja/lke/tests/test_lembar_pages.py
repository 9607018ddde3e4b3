"""The worksheet versions: read and downloaded by anyone logged in, uploaded and published only
by whoever keeps worksheets; the same from the command line."""

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from kinerja.lke.bawaan import muat_lembar_88_2021
from kinerja.lke.models import VersiLembar
from kinerja.lke.versi import lembar_dari_versi
from kinerja.lke.xlsx_lembar import baca_lembar, tulis_lembar

URL = "/lke/lembar/"


def _upload(client, tahun, data, name="lembar.xlsx"):
    berkas = io.BytesIO(data)
    berkas.name = name
    return client.post(URL, {"tahun": tahun, "berkas": berkas}, follow=True)


def test_anyone_logged_in_downloads_the_demo_worksheet(client, outsider):
    client.force_login(outsider)
    response = client.get(f"{URL}2025.xlsx")
    assert response.status_code == 200
    lembar = baca_lembar(response.content)
    assert len(lembar.semua_kriteria()) == 80
    assert "lembar-lke-2025.xlsx" in response["Content-Disposition"]


def test_the_central_inspectorate_uploads_and_publishes_next_years_worksheet(client, orang):
    client.force_login(orang.inspektur_pusat)
    response = _upload(client, 2026, tulis_lembar(muat_lembar_88_2021()))
    assert "Lembar kerja 2026 disimpan sebagai draf (80 kriteria)." in response.content.decode()
    versi = VersiLembar.objects.get(tahun=2026)
    assert not versi.terbit
    assert lembar_dari_versi(versi).tahun == 2026
    client.post(f"{URL}2026/terbitkan/")
    versi.refresh_from_db()
    assert versi.terbit


def test_a_workbook_with_errors_is_refused_with_every_message(client, orang):
    client.force_login(orang.inspektur_pusat)
    book = load_workbook(io.BytesIO(tulis_lembar(muat_lembar_88_2021())))
    sheet = book["Lembar"]
    sheet["C3"] = "tiga puluh"  # a weight that is not a number
    out = io.BytesIO()
    book.save(out)
    response = _upload(client, 2026, out.getvalue())
    assert "bukan angka" in response.content.decode()
    assert not VersiLembar.objects.filter(tahun=2026).exists()


def test_a_file_that_is_not_a_workbook_is_refused(client, orang):
    client.force_login(orang.inspektur_pusat)
    response = _upload(client, 2026, b"%PDF-1.4 bukan xlsx", name="lembar.pdf")
    assert "Berkas bukan buku kerja XLSX." in response.content.decode()


def test_a_published_worksheet_cannot_be_replaced_by_an_upload(client, orang):
    client.force_login(orang.inspektur_pusat)
    response = _upload(client, 2025, tulis_lembar(muat_lembar_88_2021()))
    assert "sudah terbit dan tidak dapat diubah" in response.content.decode()


@pytest.mark.parametrize("siapa", ["admin", "inspektur", "orang_luar"])
def test_only_whoever_keeps_worksheets_may_upload(client, orang, siapa):
    client.force_login(getattr(orang, siapa))
    berkas = io.BytesIO(tulis_lembar(muat_lembar_88_2021()))
    berkas.name = "lembar.xlsx"
    response = client.post(URL, {"tahun": 2026, "berkas": berkas})
    assert response.status_code == 403
    assert not VersiLembar.objects.filter(tahun=2026).exists()
    assert "Unggah lembar kerja" not in client.get(URL).content.decode()


def test_only_whoever_keeps_worksheets_may_publish(client, orang, tmp_path):
    workbook = tmp_path / "lke.xlsx"
    workbook.write_bytes(tulis_lembar(muat_lembar_88_2021()))
    call_command("lke-lembar", "--tahun", "2026", "--impor", str(workbook))
    client.force_login(orang.admin)
    client.post(f"{URL}2026/terbitkan/")
    assert not VersiLembar.objects.get(tahun=2026).terbit


def test_the_command_exports_imports_and_publishes(tmp_path, db):
    exported = tmp_path / "lke.xlsx"
    call_command("lke-lembar", "--tahun", "2025", "--ekspor", str(exported))
    assert len(baca_lembar(exported.read_bytes()).semua_kriteria()) == 80
    out = io.StringIO()
    call_command(
        "lke-lembar", "--tahun", "2027", "--impor", str(exported), "--terbitkan", stdout=out
    )
    assert "Lembar kerja 2027 disimpan (terbit): 80 kriteria." in out.getvalue()
    assert VersiLembar.objects.get(tahun=2027).terbit


def test_the_command_refuses_a_broken_workbook_with_its_messages(tmp_path, db):
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"bukan xlsx")
    with pytest.raises(CommandError, match="Berkas bukan buku kerja XLSX."):
        call_command("lke-lembar", "--tahun", "2027", "--impor", str(broken))
    with pytest.raises(CommandError, match="Belum ada lembar kerja evaluasi tahun 2031"):
        call_command("lke-lembar", "--tahun", "2031", "--ekspor", str(tmp_path / "x.xlsx"))
