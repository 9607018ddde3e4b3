"""BAB III of the LKjIP from the measurement, on a small satker-year made here: the tables and
sentences follow the figures, an indicator not executed is never "100%", and the budget table's
total is the sum of its rows."""

from decimal import Decimal
from io import BytesIO

import pytest
from docx import Document

from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.isi import Dokumen, Paragraf, Tabel, periksa_lebar
from kinerja.documents.kalimat import kalimat_anggaran
from kinerja.documents.lkjip import bab_tiga
from kinerja.measurement.models import Realisasi
from kinerja.measurement.selectors import pengukuran
from kinerja.measurement.snapshot import AnggaranKegiatan
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import RKT, BarisRKT
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db
TAHUN = 2025


@pytest.fixture
def hasil():
    satker = SatkerFactory(nama="KPU Kota Uji LKjIP", slug="kpu-kota-uji-lkjip")
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
    return pengukuran(satker, TAHUN)


def _paragraphs(blocks):
    return [block.teks for block in blocks if isinstance(block, Paragraf)]


def test_the_capaian_table_follows_the_figures_and_never_calls_not_executed_100(hasil):
    blocks = bab_tiga(hasil)
    table = next(block for block in blocks if isinstance(block, Tabel))
    assert table.judul.startswith("Tabel 3.1 Capaian")
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
    budget = [block for block in blocks if isinstance(block, Tabel)][-1]
    assert budget.judul == "Tabel 3.2 Realisasi anggaran per kegiatan"
    assert budget.baris == (
        ("9872", "Pemungutan dan Penghitungan Suara", "Rp 1.748.912.000", "Rp 1.746.500.000",
         "99,86%"),
    )  # fmt: skip
    assert budget.kaki == (("", "Jumlah", "Rp 1.748.912.000", "Rp 1.746.500.000", "99,86%"),)
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
