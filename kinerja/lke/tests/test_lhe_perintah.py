"""`kinerja lhe` writes the LHE (Word, PDF) and the finalised worksheet (Excel) the results
page serves, read back here with python-docx, pypdf and openpyxl; it refuses, writing no file,
what the page refuses and what it cannot tell the format of."""

from io import BytesIO, StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from pypdf import PdfReader

from kinerja.lke.tests.hasil_bangun import (  # noqa: F401  (versi: a fixture)
    finalkan,
    lengkapi_lhe,
    versi,
)
from kinerja.lke.tests.lhe_baca import baris, sel_xlsx, teks_docx

WEB = ["kpu-kota-prabumulih", 2025]


@pytest.fixture
def final(evaluasi, orang):
    return finalkan(evaluasi, orang)


@pytest.fixture
def bertanda(final, orang):
    return lengkapi_lhe(final, orang)


def _run(output, *args, tahun="2025") -> str:
    out = StringIO()
    call_command(
        "lhe",
        "--satker",
        "kpu-kota-prabumulih",
        "--tahun",
        tahun,
        "--output",
        str(output),
        *args,
        stdout=out,
    )
    return out.getvalue()


def _web(client, orang, url_name: str) -> bytes:
    client.force_login(orang.inspektur_pusat)
    response = client.get(reverse(url_name, args=WEB))
    assert response.status_code == 200
    return response.content


def _pdf_text(content: bytes) -> str:
    """The text of every page, its line breaks and runs of spaces as one space."""
    pages = PdfReader(BytesIO(content)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def test_the_word_lhe_prints_the_final_scores_and_equals_the_web_download(
    bertanda, client, orang, prabumulih, tmp_path
):
    output = tmp_path / "lhe.docx"
    said = _run(output)
    assert said.strip() == f"{output}  (LHE {prabumulih.nama_lengkap} Tahun 2025)"
    texts = teks_docx(output.read_bytes())
    assert baris(texts, "1 | Perencanaan Kinerja") == (
        "1 | Perencanaan Kinerja | 60,00 | 42,60 | 71,00%"
    )
    assert baris(texts, " | Nilai Akhir") == " | Nilai Akhir | 100,00 | 68,60 | B"
    assert texts == teks_docx(_web(client, orang, "lke:lhe_docx"))


def test_the_pdf_lhe_prints_the_final_score_and_predicate_and_equals_the_web_download(
    bertanda, client, orang, tmp_path
):
    output = tmp_path / "lhe.pdf"
    _run(output)
    text = _pdf_text(output.read_bytes())
    assert "adalah 68,60 dengan predikat B." in text
    assert text == _pdf_text(_web(client, orang, "lke:lhe_pdf"))


def test_the_workbook_holds_the_final_scores_and_equals_the_web_download(
    final, client, orang, tmp_path
):
    # The worksheet needs the snapshot only, as on the page: no signer recorded here.
    output = tmp_path / "lembar.xlsx"
    assert "Lembar kerja LKE" in _run(output)
    sheets = sel_xlsx(output.read_bytes())
    scores = {row[1]: row for row in sheets["Nilai"][1:]}
    assert scores["Nilai akhir"][3:] == (66.8, 68.6)
    assert scores["Predikat"][3:] == ("B", "B")
    assert sheets == sel_xlsx(_web(client, orang, "lke:lembar_xlsx"))


def test_format_names_the_kind_of_a_file_without_an_extension(bertanda, tmp_path):
    output = tmp_path / "hasil-evaluasi"
    _run(output, "--format", "docx")
    assert " | Nilai Akhir | 100,00 | 68,60 | B" in teks_docx(output.read_bytes())


def test_a_format_contradicting_the_extension_is_refused(bertanda, tmp_path):
    output = tmp_path / "lhe.pdf"
    with pytest.raises(CommandError, match="--format docx tidak sesuai"):
        _run(output, "--format", "docx")
    assert not output.exists()


def test_an_unknown_extension_is_refused_and_nothing_is_written(bertanda, tmp_path):
    output = tmp_path / "lhe.odt"
    with pytest.raises(CommandError, match="Jenis berkas tidak dikenali"):
        _run(output)
    assert not output.exists()


def test_a_year_without_an_evaluation_is_refused(bertanda, tmp_path):
    output = tmp_path / "lhe.docx"
    with pytest.raises(CommandError, match="belum memiliki evaluasi AKIP tahun 2026"):
        _run(output, tahun="2026")
    assert not output.exists()


@pytest.mark.parametrize("name", ["lhe.docx", "lhe.pdf", "lembar.xlsx"])
def test_an_evaluation_not_yet_final_is_refused_in_every_format(evaluasi, tmp_path, name):
    output = tmp_path / name
    with pytest.raises(CommandError, match="Hasil evaluasi belum final"):
        _run(output)
    assert not output.exists()


@pytest.mark.parametrize("name", ["lhe.docx", "lhe.pdf"])
def test_the_lhe_is_refused_while_no_signer_is_recorded(final, tmp_path, name):
    output = tmp_path / name
    with pytest.raises(CommandError, match="Penanda tangan LHE belum ditetapkan"):
        _run(output)
    assert not output.exists()
