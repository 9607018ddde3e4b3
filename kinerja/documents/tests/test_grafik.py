"""The LKjIP's charts as a reader finds them: vector drawings with real text in the PDF, inline
pictures in Word, each drawn once per format; the trend of an indicator only over the years it
has a capaian; the capaian by quarter from the reading layer's reading to date; and the Daftar
Grafik with each chart's page."""

import re
from decimal import Decimal
from io import BytesIO

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from kinerja.core.formatting import format_persen
from kinerja.documents.docx_out import GAYA_GRAFIK, tulis_docx
from kinerja.documents.grafik import grafik_tren, grafik_triwulan
from kinerja.documents.isi import (
    Bagian,
    DaftarIsi,
    Dokumen,
    Gambar,
    HalamanBaru,
    Judul,
    Kolom,
    Paragraf,
    Tabel,
)
from kinerja.documents.lkjip import bab_tiga, laporan_kinerja
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.documents.tren import deret_capaian
from kinerja.documents.triwulan import blok_triwulan, capaian_triwulan
from kinerja.measurement.models import Realisasi
from kinerja.measurement.satker_year import satker_tahun
from kinerja.measurement.selectors import pengukuran
from kinerja.planning.models import IndikatorKinerja

TREN = [("1. Persentase laporan tepat waktu", [(2023, Decimal("95")), (2024, Decimal("94.74"))])]


def _images(reader: PdfReader) -> set[int]:
    return {
        reference.idnum
        for page in reader.pages
        for reference in page["/Resources"].get("/XObject", {}).values()
        if reference.get_object()["/Subtype"] == "/Image"
    }


def _pdf_text(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _counting(drawer):
    calls = []

    def draw(format: str) -> bytes:
        calls.append(format)
        return drawer(format)

    return draw, calls


def test_a_chart_is_vectors_with_text_in_the_pdf_and_a_picture_in_word_each_drawn_once():
    draw, calls = _counting(grafik_tren(TREN))
    chart = Gambar(draw, "Grafik 3.1 Capaian indikator contoh", "Diagram garis contoh")
    document = Dokumen("Contoh", [Paragraf("Pengantar."), chart])

    reader = PdfReader(BytesIO(tulis_pdf(document)))
    tulis_pdf(document)
    word = Document(BytesIO(tulis_docx(document)))
    tulis_docx(document)

    assert sorted(calls) == ["png", "svg"]  # two writes of each format, one drawing each
    # No picture in the PDF: the chart is paths, and its labels are text a reader can find.
    assert _images(reader) == set()
    text = " ".join(_pdf_text(reader))
    for label in ("94,74%", "2023", "Capaian"):
        assert label in text
    assert "Grafik 3.1 Capaian indikator contoh" in text
    (inline,) = list(word.element.body.iter(qn("wp:inline")))
    assert inline.find(qn("wp:docPr")).get("descr") == "Diagram garis contoh"
    assert chart.png.startswith(b"\x89PNG")


def test_a_trend_needs_two_years_and_a_quarter_chart_two_quarters():
    single = [("1. Indikator", [(2024, Decimal(100))]), ("2. Lain", [])]
    assert grafik_tren(single) is None
    svg = grafik_tren([*single, *TREN])("svg").decode()
    # Only the indicator with two years is drawn; its years are the axis.
    assert "Persentase laporan tepat waktu" in svg
    assert "Indikator" not in svg.replace("Persentase", "")
    assert re.findall(r">(20\d\d)<", svg) == ["2023", "2024"]
    assert grafik_triwulan([("TW I", Decimal(80))]) is None
    assert (
        "s.d. TW II"
        in grafik_triwulan([("TW I", Decimal(80)), ("TW II", Decimal(90))])("svg").decode()
    )


def test_the_daftar_grafik_lists_the_charts_with_their_pages_apart_from_the_tables():
    chart = Gambar(grafik_tren(TREN), "Grafik 3.1 Tren contoh", "Diagram garis")
    table = Tabel((Kolom("No", 1.0), Kolom("Uraian", 5.0)), (("1.", "a"),), "Tabel 3.1 Contoh")
    document = Dokumen(
        "Contoh",
        [
            Bagian("romawi"),
            Judul("DAFTAR TABEL", 1),
            DaftarIsi("tabel"),
            HalamanBaru(),
            Judul("DAFTAR GRAFIK", 1),
            DaftarIsi("grafik"),
            Bagian("arab"),
            Judul("BAB III AKUNTABILITAS KINERJA", 1),
            table,
            HalamanBaru(),
            chart,
        ],
    )
    pages = _pdf_text(PdfReader(BytesIO(tulis_pdf(document))))
    tables, charts = pages[0], pages[1]
    assert "Tabel 3.1 Contoh" in tables
    assert "Grafik" not in tables
    # The chart is on the body's second page: the list (on page ii) says 2.
    assert re.search(r"Grafik 3\.1 Tren contoh[ .]*2 ii$", charts)
    assert "Grafik 3.1 Tren contoh" in pages[3]

    word = Document(BytesIO(tulis_docx(document)))
    fields = [node.text for node in word.element.body.iter(qn("w:instrText"))]
    assert f' TOC \\h \\z \\t "{GAYA_GRAFIK},1" ' in fields
    assert ' TOC \\h \\z \\t "Caption,1" ' in fields
    styles = {p.style.name for p in word.paragraphs if p.text == "Grafik 3.1 Tren contoh"}
    assert styles == {GAYA_GRAFIK, "Normal"}  # the caption, and its entry in the list
    styles = {p.style.name for p in word.paragraphs if p.text == "Tabel 3.1 Contoh"}
    assert styles == {"Caption", "Normal"}


@pytest.mark.django_db
def test_the_trend_charts_follow_the_years_the_reading_layer_holds(prabumulih):
    measured = pengukuran(prabumulih, 2024)
    blocks = bab_tiga(measured)
    trends = [b for b in blocks if isinstance(b, Gambar) and " tahun 20" in b.judul]
    with_two_years = [
        group
        for group in measured.sasaran
        if any(len(deret_capaian(row, 2024)) >= 2 for row in group.baris)
    ]
    # The demo's 2023 figures are its Lampiran's, its 2024 figures BAB III.A's: the sentences
    # do not compare them, and no line joins them either.
    assert trends == []
    assert with_two_years == []
    first = next(row for row in measured.baris if row.indikator.kode == "6709-1")
    assert first.capaian_tahun_lalu is not None
    assert deret_capaian(first, 2024) == [(2024, first.hasil.nilai)]

    # A year stored from the same table as 2024 makes a line.
    indikator = IndikatorKinerja.objects.get(satker=prabumulih, kode="6709-1")
    Realisasi.objects.create(
        indikator=indikator, tahun=2022, periode="tahunan", status="dilaporkan",
        nilai=Decimal(90), target=Decimal(95), sumber="BAB III.A",
    )  # fmt: skip
    measured = pengukuran(prabumulih, 2024)
    first = next(row for row in measured.baris if row.indikator.kode == "6709-1")
    # A year from the same source as 2024 is joined to it; 2023, from another table, is not.
    assert [year for year, _ in deret_capaian(first, 2024)] == [2022, 2024]
    charts = [b for b in bab_tiga(measured) if isinstance(b, Gambar) and "2022–2024" in b.judul]
    assert len(charts) == 1
    assert "(6709)" in charts[0].judul


@pytest.mark.django_db
def test_the_capaian_by_quarter_is_the_reading_to_date_of_each_quarter(prabumulih):
    snapshot = satker_tahun(prabumulih, 2024)
    # The demo reports its year as a whole: no quarter, no table, no chart.
    assert blok_triwulan(capaian_triwulan(snapshot), str, str) == []

    indikator = IndikatorKinerja.objects.get(satker=prabumulih, kode="6709-1")
    for periode, nilai in (("tw1", 20), ("tw2", 45)):
        Realisasi.objects.create(
            indikator=indikator, tahun=2024, periode=periode, status="dilaporkan",
            nilai=Decimal(nilai), target=Decimal(50), sumber="Laporan TW",
        )  # fmt: skip
    quarters = capaian_triwulan(satker_tahun(prabumulih, 2024))
    numbers = iter(range(1, 10))
    table, chart = blok_triwulan(
        quarters,
        lambda text: f"Tabel 3.{next(numbers)} {text}",
        lambda text: f"Grafik 3.1 {text}",
    )
    # The measurement page's own reading s.d. TW I and TW II; nothing reported after TW II,
    # so TW III and TW IV print "–" rather than repeat TW II as if it were new.
    tw1, tw2 = (pengukuran(prabumulih, 2024, sampai=code).capaian for code in ("tw1", "tw2"))
    assert table.kaki[0][2:] == (format_persen(tw1), format_persen(tw2), "–", "–")
    assert pengukuran(prabumulih, 2024, sampai="tw3").capaian == tw2
    first_row = next(row for row in table.baris if row[1].endswith("(6709)"))
    assert first_row[2:] == ("40,00%", "90,00%", "–", "–")  # 20 of 50, 45 of 50
    assert all(row[2:] == ("–",) * 4 for row in table.baris if row is not first_row)
    assert table.judul == "Tabel 3.1 Capaian kinerja s.d. akhir setiap triwulan"
    assert chart.judul == (
        "Grafik 3.1 Capaian kinerja satker s.d. akhir setiap triwulan (data: Tabel 3.1)"
    )
    assert "s.d. TW I, TW II" in chart.teks_alternatif

    report = laporan_kinerja(prabumulih, 2024)
    captions = [b.judul for b in report.blok if isinstance(b, Gambar)]
    assert captions[0].startswith("Grafik 3.1 Capaian kinerja satker s.d. akhir setiap triwulan")
    front = report.blok.index(Judul("DAFTAR GRAFIK", 1))
    assert report.blok[front + 1] == DaftarIsi("grafik")


def test_a_list_of_charts_without_a_chart_says_so_instead_of_a_blank_page():
    document = Dokumen("Contoh", [Judul("DAFTAR GRAFIK", 1), DaftarIsi("grafik"), Paragraf("Isi.")])
    (page,) = _pdf_text(PdfReader(BytesIO(tulis_pdf(document))))
    assert "DAFTAR GRAFIK Tidak ada grafik dalam dokumen ini." in page
    word = Document(BytesIO(tulis_docx(document)))
    assert "Tidak ada grafik dalam dokumen ini." in [p.text for p in word.paragraphs]


def test_the_same_data_draws_the_same_bytes():
    """A kept report is known by its content's SHA-256: a chart drawn at another moment must
    not differ (matplotlib writes the time into an SVG unless told not to)."""
    import time

    first = grafik_tren(TREN)("svg")
    time.sleep(1.1)
    assert grafik_tren(TREN)("svg") == first
    assert b"<dc:date>" not in first
