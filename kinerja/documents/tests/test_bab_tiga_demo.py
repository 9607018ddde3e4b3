"""BAB III of the demo LKjIP (Prabumulih 2024) as a reader finds it: what it says for the
first sasaran (6709), n−2 read through the reading layer once it is stored, the charts inline
in Word and as vectors in the PDF, and the report signed by the head of the satker."""

import datetime
from decimal import Decimal
from io import BytesIO

import pytest
from docx import Document
from docx.oxml.ns import qn

from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.isi import Dokumen, Gambar, Paragraf, Tabel, TandaTangan
from kinerja.documents.lkjip import bab_tiga, laporan_kinerja
from kinerja.measurement.models import Realisasi
from kinerja.measurement.selectors import pengukuran
from kinerja.planning.models import IndikatorKinerja

pytestmark = pytest.mark.django_db
SASARAN = "(6709)"


def _section(blocks, marker: str) -> list:
    """The blocks of one sasaran: from its capaian table to the next sasaran's heading."""
    start = next(
        index
        for index, block in enumerate(blocks)
        if isinstance(block, Tabel) and block.judul.endswith(marker) and " Capaian " in block.judul
    )
    end = next(
        (
            index
            for index, block in enumerate(blocks[start + 1 :], start=start + 1)
            if isinstance(block, Tabel) and " Capaian " in block.judul
        ),
        len(blocks),
    )
    return blocks[start:end]


def _text(blocks) -> str:
    return "\n".join(block.teks for block in blocks if isinstance(block, Paragraf))


def test_the_first_sasaran_compares_only_what_the_records_allow(prabumulih):
    section = _section(bab_tiga(pengukuran(prabumulih, 2024)), SASARAN)
    text = _text(section)
    # 2023 comes from the report's Lampiran, 2024 from its BAB III.A: shown, not compared.
    assert (
        "Realisasi tahun 2023 dicatat dari sumber data yang berbeda dengan realisasi tahun "
        "2024, sehingga tidak dibandingkan; realisasi tahun 2022 tidak tercatat." in text
    )
    assert "lebih tinggi" not in text
    assert "lebih rendah" not in text
    assert "target akhir Renstra belum tercapai, masih kurang 5 poin persen." in text
    assert (
        "Target sasaran ini belum tercapai (capaian 98,15%, serapan anggaran 90,03%), sehingga "
        "efisiensi penggunaan anggaran tidak dapat dinyatakan." in text
    )
    comparison = next(
        block for block in section if isinstance(block, Tabel) and "Perbandingan" in block.judul
    )
    assert [column.judul for column in comparison.kolom][2:4] == ["Realisasi 2022", "Capaian 2022"]
    assert comparison.baris[0][2:] == ("–", "–", "95%", "100,00%", "95%", "100,00%")
    chart = next(block for block in section if isinstance(block, Gambar))
    assert chart.judul.startswith("Grafik 3.1 Capaian indikator")
    assert chart.png.startswith(b"\x89PNG")


def test_a_stored_n_minus_2_of_the_same_source_is_compared(prabumulih):
    indikator = IndikatorKinerja.objects.get(satker=prabumulih, kode="6709-1")
    Realisasi.objects.create(
        indikator=indikator, tahun=2022, periode="tahunan", status="dilaporkan",
        nilai=Decimal(90), target=Decimal(95), sumber="BAB III.A",
    )  # fmt: skip
    section = _section(bab_tiga(pengukuran(prabumulih, 2024)), SASARAN)
    assert "lebih tinggi daripada tahun 2022 (94,74%)" in _text(section)
    comparison = next(
        block for block in section if isinstance(block, Tabel) and "Perbandingan" in block.judul
    )
    assert comparison.baris[0][2:4] == ("90%", "94,74%")


def test_the_charts_are_inline_images_in_word_and_vectors_in_the_pdf(prabumulih):
    from pypdf import PdfReader

    from kinerja.documents.pdf_out import tulis_pdf

    blocks = bab_tiga(pengukuran(prabumulih, 2024))
    charts = [block for block in blocks if isinstance(block, Gambar)]
    # Per sasaran its capaian (ten sasaran), and the budget per kegiatan; no trend, since the
    # demo's 2023 and 2024 figures come from two tables (test_grafik.py).
    assert len(charts) == 11
    assert charts[-1].judul.startswith("Grafik 3.11 Pagu dan realisasi anggaran per kegiatan")
    document = Document(BytesIO(tulis_docx(Dokumen("BAB III", blocks))))
    inline = list(document.element.body.iter(qn("wp:inline")))
    assert len(inline) == len(charts)
    assert all(item.find(qn("wp:docPr")).get("descr") for item in inline)
    captions = [p.text for p in document.paragraphs if p.text.startswith("Grafik 3.")]
    assert captions == [chart.judul for chart in charts]
    reader = PdfReader(BytesIO(tulis_pdf(Dokumen("BAB III", blocks))))
    # No picture at all: every chart is drawn as paths with its labels as text.
    images = [
        reference
        for page in reader.pages
        for reference in page["/Resources"].get("/XObject", {}).values()
        if reference.get_object()["/Subtype"] == "/Image"
    ]
    assert images == []
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Grafik 3.11 Pagu dan realisasi anggaran" in pdf_text
    capaian_charts = sum(1 for chart in charts if " terhadap 100% " in chart.judul)
    assert pdf_text.count("Capaian (garis putus-putus: 100%)") == capaian_charts == 10
    assert pdf_text.count("Juta rupiah (angka: serapan)") == 1


def test_the_report_is_signed_by_the_head_with_pangkat_on_the_date_given(prabumulih):
    document = laporan_kinerja(prabumulih, 2024, tanggal=datetime.date(2025, 1, 16))
    signature = next(
        block
        for block in document.blok
        if isinstance(block, TandaTangan) and block.tempat_tanggal == "Prabumulih, 16 Januari 2025"
    )
    (signer,) = signature.penanda
    assert signer.atas == ("SEKRETARIS KOMISI PEMILIHAN UMUM KOTA PRABUMULIH,",)
    assert signer.nama == "YASRIN ABIDIN"
    assert signer.pangkat == "Pembina/ IV.a"
    cells = [
        cell.text
        for table in Document(BytesIO(tulis_docx(document))).tables
        for row in table.rows
        for cell in row.cells
    ]
    assert any("YASRIN ABIDIN" in cell and "Pembina/ IV.a" in cell for cell in cells)


def test_the_foreword_and_the_end_are_signed_by_the_same_head_on_the_same_date(prabumulih):
    document = laporan_kinerja(prabumulih, 2024, tanggal=datetime.date(2025, 1, 16))
    signatures = [
        block
        for block in document.blok
        if isinstance(block, TandaTangan) and block.tempat_tanggal == "Prabumulih, 16 Januari 2025"
    ]
    # The Kata Pengantar's and the report's own, before the attached PKs.
    assert len(signatures) == 2
    assert signatures[0].penanda == signatures[1].penanda
