"""Reports of other bodies, written from their published figures (tests/publik.py): the
review finds each one's known errors and flags none of its right figures."""

from kinerja.periksa.aturan import periksa_laporan
from kinerja.periksa.baca import baca_teks
from kinerja.periksa.susun import susun
from kinerja.periksa.tests import publik


def _review(text):
    report = susun(baca_teks(text))
    return report, {(finding.aturan, finding.tercatat) for finding in periksa_laporan(report)[1]}


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
