"""Structure: sections against lists of headings, running heads, tables cut by a page break,
the year and the organisation."""

from kinerja.periksa.baca import baca_teks
from kinerja.periksa.dokumen import JenisTabel
from kinerja.periksa.susun import _hanya_kepala, susun

PANJANG = "Kalimat isi bagian yang panjang. " * 20

LAPORAN = f"""LAPORAN KINERJA
BADAN CONTOH PROVINSI CONTOH
TAHUN 2023
KATA PENGANTAR
{PANJANG}
DAFTAR ISI
KATA PENGANTAR\ti
BAB I PENDAHULUAN\t1
BAB I
PENDAHULUAN
{PANJANG}
Sistematika penulisan:
KATA PENGANTAR
DAFTAR ISI
BAB I PENDAHULUAN
Menyajikan penjelasan umum organisasi.
BAB II PERENCANAAN KINERJA
Menguraikan rencana.
BAB III AKUNTABILITAS KINERJA
LAMPIRAN
BADAN CONTOH
HALAMAN KEPALA
BAB II
PERENCANAAN KINERJA
{PANJANG}
HALAMAN KEPALA
BAB III
AKUNTABILITAS KINERJA
A. Capaian Kinerja
No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian
1\tIndikator satu\t90\t90\t100
HALAMAN KEPALA

2\tIndikator dua\t80\t60\t75
HALAMAN KEPALA
HALAMAN KEPALA
{PANJANG}
LAMPIRAN
{PANJANG}
"""


def test_sections_ignore_the_lists_of_headings():
    report = susun(baca_teks(LAPORAN))
    labels = [(section.label, section.lokasi) for section in report.bagian]
    assert [label for label, _ in labels] == [
        "Sampul", "Kata Pengantar", "Daftar Isi", "BAB I", "BAB II", "BAB III", "BAB III.A",
        "Lampiran",
    ]  # fmt: skip
    assert dict(labels)["BAB II"] == "baris 23"


def test_year_and_organisation_from_the_cover():
    report = susun(baca_teks(LAPORAN))
    assert (report.tahun, report.organisasi) == (2023, "BADAN CONTOH PROVINSI CONTOH")
    assert susun(baca_teks(LAPORAN), tahun=2024).tahun == 2024


def test_a_table_cut_by_a_running_head_is_one_table():
    report = susun(baca_teks(LAPORAN))
    (table,) = [table for table in report.tabel if table.bagian == "BAB III.A"]
    assert table.jenis is JenisTabel.PENGUKURAN
    assert [row[1] for row in table.baris[1:]] == ["Indikator satu", "Indikator dua"]


def test_a_table_of_unknown_columns_is_unreadable_not_guessed():
    report = susun(baca_teks("BAB III\n" + PANJANG + "\nKolom A\tKolom B\n1\t2\n"))
    (table,) = report.tabel
    assert table.jenis is JenisTabel.TAK_TERBACA
    assert table.alasan == "judul kolom tidak dikenali"


def test_a_line_of_running_heads_is_told_whatever_order_the_heads_come_in():
    # Taking "LAPORAN KINERJA SEKRETARIAT" first leaves "KPU", no head; the line is still
    # "LAPORAN KINERJA" + "SEKRETARIAT KPU". Sets iterate in a different order in each run.
    heads = ["LAPORAN KINERJA SEKRETARIAT", "LAPORAN KINERJA", "SEKRETARIAT KPU"]
    for order in (heads, heads[::-1]):
        assert _hanya_kepala("LAPORAN KINERJA SEKRETARIAT KPU", order)
    assert not _hanya_kepala("LAPORAN KINERJA TAHUN 2024", heads)
