"""Reports of other bodies, written from their published figures (tests/publik.py): the
review finds each one's known errors and flags none of its right figures, read from the text
and from the same report written as Word and as PDF (tests/bentuk.py)."""

import pytest

from kinerja.periksa.aturan import periksa_laporan
from kinerja.periksa.baca import baca_docx, baca_pdf, baca_teks
from kinerja.periksa.susun import susun
from kinerja.periksa.tests import bentuk, publik


def _found(report):
    return {(finding.aturan, finding.tercatat) for finding in periksa_laporan(report)[1]}


def _review(text):
    report = susun(baca_teks(text))
    return report, _found(report)


def test_kediri_preface_names_the_year_before():
    report, found = _review(publik.KEDIRI)
    assert (report.tahun, report.organisasi) == (2017, "DINAS KESEHATAN KABUPATEN KEDIRI")
    assert found == publik.KEDIRI_DIHARAPKAN  # the valid NIP is not flagged


def test_kesga_as_published_is_clean():
    report, found = _review(publik.KESGA_BENAR)
    assert report.organisasi == "DIREKTORAT KESEHATAN KELUARGA"
    assert found == set()


def test_kesga_with_injected_errors():
    _, found = _review(publik.KESGA_SALAH)
    assert found == publik.KESGA_DIHARAPKAN


def test_pilangkenceng_third_year_of_a_plan_in_its_fifth():
    report, found = _review(publik.PILANGKENCENG)
    assert (report.tahun, report.organisasi) == (2022, "KECAMATAN PILANGKENCENG KABUPATEN MADIUN")
    assert found == publik.PILANGKENCENG_DIHARAPKAN


def test_karanglewas_cover_names_the_body_above_the_title():
    report, found = _review(publik.KARANGLEWAS)
    assert (report.tahun, report.organisasi) == (2025, "KECAMATAN KARANGLEWAS KABUPATEN BANYUMAS")
    assert found == set()


def test_kaltim_as_published_is_clean():
    report, found = _review(publik.KALTIM_BENAR)
    # The cover prints the year as "20" over "20": the year is read from the text.
    assert (report.tahun, report.organisasi) == (
        2020,
        "SEKRETARIAT KPU PROVINSI KALIMANTAN TIMUR",
    )
    assert found == set()


def test_kaltim_counts_with_their_unit_are_measured():
    report, found = _review(publik.KALTIM_SALAH)
    assert found == publik.KALTIM_DIHARAPKAN
    (wrong,) = [f for f in periksa_laporan(report)[1] if f.aturan == "capaian-tercatat-salah"]
    assert wrong.seharusnya == "90,91%"  # 10 Lap of 11 Lap
    assert "e-LPPA" in wrong.pesan


FIXTURES = {
    "kediri": (publik.KEDIRI, publik.KEDIRI_DIHARAPKAN),
    "kesga-benar": (publik.KESGA_BENAR, set()),
    "kesga-salah": (publik.KESGA_SALAH, publik.KESGA_DIHARAPKAN),
    "pilangkenceng": (publik.PILANGKENCENG, publik.PILANGKENCENG_DIHARAPKAN),
    "karanglewas": (publik.KARANGLEWAS, set()),
    "kaltim-benar": (publik.KALTIM_BENAR, set()),
    "kaltim-salah": (publik.KALTIM_SALAH, publik.KALTIM_DIHARAPKAN),
}


@pytest.mark.parametrize("name", FIXTURES)
@pytest.mark.parametrize("format_", ["docx", "pdf"])
def test_word_and_pdf_forms_get_the_texts_review(name, format_):
    text, expected = FIXTURES[name]
    blocks = baca_teks(text)
    read = baca_docx(bentuk.docx(blocks)) if format_ == "docx" else baca_pdf(bentuk.pdf(blocks))
    from_text, other = susun(blocks), susun(read)
    assert (other.tahun, other.organisasi) == (from_text.tahun, from_text.organisasi)
    assert [table.baris for table in other.tabel] == [table.baris for table in from_text.tabel]
    assert _found(other) == _found(from_text) == expected
