"""BAB III of the LKjIP from the measurement, on a small satker-year made here: the tables and
sentences follow the figures, an indicator not executed is never "100%", and the budget table's
total is the sum of its rows."""

import datetime
from decimal import Decimal
from io import BytesIO

import pytest
from docx import Document

from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.isi import Dokumen, Paragraf, Tabel, periksa_lebar
from kinerja.documents.kalimat import kalimat_anggaran
from kinerja.documents.lkjip import bab_tiga, laporan_kinerja
from kinerja.measurement.models import HambatanUpaya, Realisasi
from kinerja.measurement.selectors import pengukuran
from kinerja.measurement.snapshot import SUMBER_DANA, AnggaranKegiatan
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import RKT, BarisRKT
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db
TAHUN = 2025


@pytest.fixture
def satker():
    satker = SatkerFactory(
        nama="KPU Kota Uji LKjIP", slug="kpu-kota-uji-lkjip",
        nama_lengkap="Sekretariat KPU Kota Uji LKjIP",
    )  # fmt: skip
    kegiatan = KegiatanFactory(kode="9872", nama="Pemungutan dan Penghitungan Suara")
    rkt = RKT.objects.create(satker=satker, tahun=TAHUN)
    rows = [
        ("Persentase bimtek KPPS terlaksana", Decimal(95), "dilaporkan", Decimal(90), ""),
        ("Persentase logistik tepat waktu", Decimal(100), "dilaporkan", Decimal(100), ""),
        ("Persentase sosialisasi daring", Decimal(100), "tidak_dilaksanakan", None, "Tanpa dana"),
    ]  # fmt: skip
    for urutan, (nama, target, status, nilai, alasan) in enumerate(rows, start=1):
        indikator = IndikatorKinerjaFactory(
            satker=satker, kegiatan=kegiatan, nama=nama, satuan="%", kode=f"L-{urutan}"
        )
        BarisRKT.objects.create(
            rkt=rkt, urutan=urutan, sasaran_tercetak="S", indikator=indikator,
            kegiatan=kegiatan, target=target,
        )  # fmt: skip
        Realisasi.objects.create(
            indikator=indikator, tahun=TAHUN, periode="tahunan", status=status, nilai=nilai,
            alasan=alasan,
        )  # fmt: skip
    Pagu.objects.create(
        satker=satker, kegiatan=kegiatan, tahun=TAHUN, jenis="awal", jumlah=1_748_912_000,
        sumber="DIPA",
    )  # fmt: skip
    RealisasiAnggaran.objects.create(
        satker=satker, kegiatan=kegiatan, tahun=TAHUN, periode="tahunan", jumlah=1_746_500_000,
        sumber="SAKTI",
    )  # fmt: skip
    HambatanUpaya.objects.create(
        satker=satker, tahun=TAHUN, nomor=1, aspek="Bimtek KPPS",
        hambatan="Jadwal bimtek bertabrakan dengan pelantikan", upaya="Bimtek daring tambahan",
    )  # fmt: skip
    return satker


@pytest.fixture
def hasil(satker):
    return pengukuran(satker, TAHUN)


def _paragraphs(blocks):
    return [block.teks for block in blocks if isinstance(block, Paragraf)]


def test_the_capaian_table_follows_the_figures_and_never_calls_not_executed_100(hasil):
    blocks = bab_tiga(hasil)
    table = next(block for block in blocks if isinstance(block, Tabel) and "Capaian" in block.judul)
    assert table.judul.startswith("Tabel 3.2 Capaian")
    assert [row[2:] for row in table.baris] == [
        ("95%", "90%", "94,74%", "Belum tercapai"),
        ("100%", "100%", "100,00%", "Tercapai"),
        ("100%", "tidak dilaksanakan", "tidak dinilai", "–"),
    ]
    text = _paragraphs(blocks)
    assert "Dari 3 indikator, 1 tercapai, 1 belum tercapai, 1 tidak dinilai." in " ".join(text)
    assert any(
        "“Persentase bimtek KPPS terlaksana” terealisasi 90% dari target 95%, capaian 94,74%: "
        "target belum tercapai." in item
        for item in text
    )
    assert any("“Persentase sosialisasi daring” tidak dilaksanakan;" in item for item in text)
    assert "Realisasi anggaran sasaran ini sebesar 99,86% dari pagu Rp 1.748.912.000." in text


def test_the_budget_table_totals_its_rows(hasil):
    blocks = bab_tiga(hasil)
    budget, by_source = [block for block in blocks if isinstance(block, Tabel)][-2:]
    assert budget.judul == "Tabel 3.5 Realisasi anggaran per kegiatan"
    assert budget.baris == (
        ("9872", "Pemungutan dan Penghitungan Suara", "Rp 1.748.912.000", "Rp 1.746.500.000",
         "99,86%"),
    )  # fmt: skip
    assert budget.kaki == (("", "Jumlah", "Rp 1.748.912.000", "Rp 1.746.500.000", "99,86%"),)
    # The same budget by funding source, adding up to the same total.
    assert by_source.judul == "Tabel 3.6 Realisasi anggaran per sumber dana"
    assert [row[0] for row in by_source.baris] == [
        str(SUMBER_DANA[source]) for source in hasil.sumber_dana
    ]
    assert by_source.kaki == (("Jumlah", "Rp 1.748.912.000", "Rp 1.746.500.000", "99,86%"),)
    assert periksa_lebar(Dokumen("x", blocks)) == []


def test_the_chapter_reads_the_same_in_word(hasil):
    document = Document(BytesIO(tulis_docx(Dokumen("LKjIP", bab_tiga(hasil)))))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "BAB III AKUNTABILITAS KINERJA" in text
    assert "sebesar 99,86% dari pagu Rp 1.748.912.000" in text
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "94,74%" in cells
    assert "tidak dilaksanakan" in cells


def test_a_budget_above_its_pagu_is_said_to_exceed_it_and_a_missing_pagu_is_said_missing():
    over = AnggaranKegiatan(
        kegiatan_id=1, kode="1", nama="K", pagu=Decimal(100), realisasi=Decimal(120)
    )
    assert kalimat_anggaran([over]) == (
        "Realisasi anggaran sasaran ini sebesar 120,00% dari pagu Rp 100, melampaui pagu "
        "sebesar Rp 20."
    )
    missing = AnggaranKegiatan(kegiatan_id=2, kode="2", nama="K", realisasi=Decimal(50))
    assert (
        kalimat_anggaran([missing])
        == "Realisasi anggaran sasaran ini Rp 50; pagunya tidak tercatat."
    )
    assert kalimat_anggaran([AnggaranKegiatan(kegiatan_id=3, kode="3", nama="K")]) == (
        "Anggaran sasaran ini tidak tercatat."
    )


def _docx_text(data: bytes) -> str:
    document = Document(BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_report_puts_the_chapters_together_from_one_reading(satker):
    document = laporan_kinerja(satker, TAHUN)
    assert document.judul == "Laporan Kinerja Sekretariat KPU Kota Uji LKjIP Tahun 2025"
    assert periksa_lebar(document) == []
    text = _docx_text(tulis_docx(document))
    for expected in (
        "SEKRETARIAT KPU KOTA UJI LKJIP", "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
        "Tidak ada Renstra yang mencakup tahun 2025.", "Tabel 2.1 Rencana Kinerja Tahunan 2025",
        "Persentase bimtek KPPS terlaksana", "BAB III AKUNTABILITAS KINERJA",
        "Dari 3 indikator kinerja tahun 2025, 1 mencapai targetnya dan 1 belum; 1 tidak dinilai.",
        "Jadwal bimtek bertabrakan dengan pelantikan", "Bimtek daring tambahan",
        "Belum ada Perjanjian Kinerja satker yang berlaku tahun 2025.",
    ):  # fmt: skip
        assert expected in text, expected


def test_the_command_and_the_page_give_the_report_to_its_readers(client, satker, tmp_path):
    from django.core.management import CommandError, call_command
    from django.urls import reverse

    from kinerja.accounts.models import Membership
    from kinerja.accounts.tests.factories import MembershipFactory

    out = tmp_path / "lkjip.docx"
    call_command("laporan", satker=satker.slug, tahun=TAHUN, format="docx", output=str(out))
    assert "BAB III AKUNTABILITAS KINERJA" in _docx_text(out.read_bytes())
    with pytest.raises(CommandError, match="tidak memiliki data tahun 2019"):
        call_command("laporan", satker=satker.slug, tahun=2019, format="pdf", output=str(out))

    url = reverse("documents:laporan_unduh", args=[satker.slug, TAHUN, "docx"])
    outsider = MembershipFactory(satker=SatkerFactory(), peran=Membership.Peran.ADMIN_SATKER).user
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(MembershipFactory(satker=satker, peran=Membership.Peran.PIMPINAN).user)
    listing = client.get(reverse("documents:laporan", args=[satker.slug]))
    assert url in listing.content.decode()
    # The year is not ready (no PK, no Renstra): made only when asked to go ahead.
    response = client.get(url + "?tetap=1")
    assert response["Content-Disposition"] == (
        'attachment; filename="lkjip-kpu-kota-uji-lkjip-2025.docx"'
    )
    assert "Bimtek daring tambahan" in _docx_text(response.content)
    other_year = reverse("documents:laporan_unduh", args=[satker.slug, 2019, "pdf"])
    assert client.get(other_year).status_code == 404
    assert client.post(url).status_code == 405


def test_the_pdf_prints_the_numbered_tables_and_the_figures(hasil):
    from pypdf import PdfReader

    from kinerja.documents.pdf_out import tulis_pdf

    reader = PdfReader(BytesIO(tulis_pdf(Dokumen("LKjIP", bab_tiga(hasil)))))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Tabel 3.5 Realisasi anggaran per kegiatan" in text
    assert "Rp 1.748.912.000" in text
    assert "94,74%" in text


def test_every_pdf_table_stays_inside_the_margins(hasil):
    """Laid out by WeasyPrint, no table reaches past the right margin (cell padding and
    borders included): the printed widths, not only the declared ones."""
    from weasyprint import HTML

    from kinerja.documents.pdf_out import html_dokumen

    def boxes(box):
        yield box
        for child in getattr(box, "children", None) or []:
            yield from boxes(child)

    rendered = HTML(string=html_dokumen(Dokumen("LKjIP", bab_tiga(hasil)))).render()
    tables = 0
    for page in rendered.pages:
        frame = page._page_box  # WeasyPrint 70 (pinned): the page's box tree
        right = frame.content_box_x() + frame.width
        for box in boxes(frame):
            if type(box).__name__ == "TableBox":
                tables += 1
                assert box.position_x + box.margin_width() <= right + 0.5
    assert tables >= 2


def test_the_document_stays_indonesian_when_the_reader_reads_english():
    from django.utils import translation

    from kinerja.core.pesan import Pesan
    from kinerja.documents.pdf_out import html_dokumen

    document = Dokumen(judul="Uji")
    document.tambah(Paragraf(Pesan("Realisasi belum dilaporkan.")))
    with translation.override("en"):
        html = html_dokumen(document)
        assert translation.get_language() == "en"
    assert "Realisasi belum dilaporkan." in html
    assert "Realisation not yet reported." not in html


def test_without_a_satker_pk_the_report_says_why_it_names_no_signer(satker):
    document = laporan_kinerja(satker, TAHUN, tanggal=datetime.date(2026, 1, 15))
    text = _paragraphs(document.blok)
    assert "15 Januari 2026" in text
    assert (
        "Penanda tangan belum dapat ditentukan: riwayat jabatan pimpinan satker belum dicatat "
        "dan tidak ada Perjanjian Kinerja satker yang berlaku untuk tahun ini." in text
    )
