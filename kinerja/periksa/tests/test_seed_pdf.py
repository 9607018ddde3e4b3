"""The seed written as a PDF (tests/bentuk.py: every cell ruled, A4 landscape, 54 pages, rows
cut by page breaks, long words cut in narrow cells) reads as its text does: the same tables
cell for cell, the same sections and paragraphs, and the same review."""

from pathlib import Path

import pytest

from kinerja.periksa.aturan import periksa_laporan
from kinerja.periksa.baca import baca_pdf, baca_teks
from kinerja.periksa.dokumen import JenisTabel
from kinerja.periksa.susun import susun
from kinerja.periksa.tests import bentuk

SEED = Path(__file__).resolve().parent / "data" / "lkjip-kpu-kota-prabumulih-2024.txt"


@pytest.fixture(scope="module")
def reports():
    text = susun(baca_teks(SEED.read_text()))
    pdf = susun(baca_pdf(bentuk.pdf(baca_teks(SEED.read_text()))))
    return text, pdf


def _key(finding):
    # A paragraph's place is its line in the text and its page in the PDF; the rest is equal.
    where = finding.baris
    if where.startswith(("baris ", "halaman ")):
        where = "paragraf"
    return finding.aturan, finding.tabel, where, finding.tercatat, finding.seharusnya


def test_every_table_reads_cell_for_cell_as_in_the_text(reports):
    text, pdf = reports
    assert len(pdf.tabel) == len(text.tabel) == 49
    for from_text, from_pdf in zip(text.tabel, pdf.tabel, strict=True):
        assert from_pdf.baris == from_text.baris, from_text.nomor
        assert (from_pdf.jenis, from_pdf.judul) == (from_text.jenis, from_text.judul)
    assert not pdf.tak_terbaca


def test_a_row_cut_by_a_page_break_is_one_row(reports):
    _, pdf = reports
    # RKT row of 6709, pages 18 and 19: its indicator runs over the break, its target is
    # printed before it.
    (rkt,) = [table for table in pdf.tabel if table.jenis is JenisTabel.RKT]
    assert (
        "",
        "",
        "Persentase KPU Kota Prabumulih yang mampu merencanakan, membangun, dan "
        "mengembangkan sarana dan prasarana IT Pemilu/Pemilihan",
        "90%",
    ) in rkt.baris


def test_paragraphs_and_sections_read_as_in_the_text(reports):
    text, pdf = reports
    assert [section.label for section in pdf.bagian] == [section.label for section in text.bagian]
    assert [(line.bagian, line.teks) for line in pdf.paragraf] == [
        (line.bagian, line.teks) for line in text.paragraf
    ]
    assert (pdf.tahun, pdf.organisasi) == (text.tahun, text.organisasi)


def test_the_pdf_gets_the_texts_review(reports):
    text, pdf = reports
    from_text = [_key(finding) for finding in periksa_laporan(text)[1]]
    from_pdf = [_key(finding) for finding in periksa_laporan(pdf)[1]]
    assert len(from_text) == 93  # with the three rules the upload branch brought to documents
    assert sorted(from_pdf, key=str) == sorted(from_text, key=str)


def test_the_seed_printed_without_rules_finds_nothing_the_text_does_not(reports):
    text, _ = reports
    bare = susun(baca_pdf(bentuk.pdf(baca_teks(SEED.read_text()), garis=False)))
    # Tables whose rows cannot be told apart are reported, and the rules over the whole
    # report wait; what is found is found in the text too (its section aside: without the
    # Lampiran's tables the Lampiran heading is not taken).
    assert len(bare.tak_terbaca) >= 20
    assert {table.alasan for table in bare.tak_terbaca} == {
        "tabel tanpa garis, baris yang bersambung tidak dapat dipastikan"
    }

    def key(finding):
        return finding.aturan, finding.tercatat, finding.seharusnya

    from_text = {key(finding) for finding in periksa_laporan(text)[1]}
    from_bare = [key(f) for f in periksa_laporan(bare)[1] if f.aturan != "tabel-tak-terbaca"]
    assert from_bare
    assert [finding for finding in from_bare if finding not in from_text] == []
    # The unit PKs, two columns of one-line rows, are read as PKs.
    assert sum(table.jenis is JenisTabel.PK for table in bare.tabel) == 10


@pytest.mark.browser
def test_the_seed_printed_by_chromium_reads_as_its_text(reports, page):
    # Another writer, another PDF: Chromium draws the rules as filled boxes and leaves the
    # spaces out of some pages' text, where PDFium then adds a line break after every letter.
    text, _ = reports
    page.set_content(bentuk.html(baca_teks(SEED.read_text())))
    printed = susun(baca_pdf(page.pdf(prefer_css_page_size=True)))
    assert [table.baris for table in printed.tabel] == [table.baris for table in text.tabel]
    from_text = sorted((_key(finding) for finding in periksa_laporan(text)[1]), key=str)
    assert sorted((_key(f) for f in periksa_laporan(printed)[1]), key=str) == from_text
