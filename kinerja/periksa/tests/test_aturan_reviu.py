"""Three reviu rules in the form they take on a document, each on a small hand-made report:
total-pk-beda-pagu (the satker PK's budget printed as prose lines), indikator-disebut-tidak-
diukur (a sentence or an RKT line naming an indicator BAB III.A does not measure) and
unit-nama-beda (a unit signing a PK under another name than BAB I lists)."""

from kinerja.periksa.aturan import periksa_laporan
from kinerja.periksa.baca import baca_teks
from kinerja.periksa.susun import susun

SAMPUL = "LAPORAN KINERJA\nDINAS CONTOH\nTAHUN 2024\n"

LAPORAN = """BAB I PENDAHULUAN
C. Organisasi
1. Subbagian Umum dan Logistik
2. Subbagian Sumber Daya Manusia dan Parmas
BAB II PERENCANAAN KINERJA
C. Rencana Kinerja Tahunan
No\tSasaran Strategis\tIndikator Kinerja\tTarget
1.\tLogistik (1001)\tPersentase pengadaan logistik tepat waktu\t100%
2.\tKepegawaian (1002)\t{rkt}\t90%
BAB III AKUNTABILITAS KINERJA
A. Capaian Kinerja
Indikator Kinerja\tKinerja\t\t
\tTarget (%)\tRealisasi (%)\t% Capaian
Sasaran 1. Logistik (1001)\t\t\t
Persentase pengadaan logistik tepat waktu\t100\t100\t100
Sasaran 2. Kepegawaian (1002)\t\t\t
Persentase pegawai yang mengikuti pelatihan\t90\t90\t100
B. Realisasi Anggaran
Sasaran 1 : Logistik (1001)
No\tIndikator Kinerja Utama\tKinerja\t\t\tAnggaran\t\t
\t\tTarget (%)\tRealisasi (%)\t%\tPagu (Rp)\tRealisasi (Rp)\t%
1\tPersentase pengadaan logistik tepat waktu\t100\t100\t100\t600.000.000\t600.000.000\t100
Sasaran ini diukur melalui indikator {disebut}.
Sasaran 2 : Kepegawaian (1002)
No\tIndikator Kinerja Utama\tKinerja\t\t\tAnggaran\t\t
\t\tTarget (%)\tRealisasi (%)\t%\tPagu (Rp)\tRealisasi (Rp)\t%
1\tPersentase pegawai yang mengikuti pelatihan\t90\t90\t100\t400.000.000\t400.000.000\t100
BAB IV PENUTUP
Demikian laporan ini.
LAMPIRAN
PERJANJIAN KINERJA TAHUN 2024
No\tSasaran Kegiatan\tIndikator kinerja\tTarget
1.\tLogistik (1001)\tPersentase pengadaan logistik tepat waktu\t100%
2.\tKepegawaian (1002)\tPersentase pegawai yang mengikuti pelatihan\t90%
Program
1. Program Dukungan Manajemen
2. Program Penyelenggaraan Pemilu
3. Total Anggaran 2024
Anggaran
Rp 700.000.000
Rp {program}
Rp {total}
Prabumulih, 25 Januari 2024
PERJANJIAN KINERJA TAHUN 2024 SUBBAGIAN UMUM DAN LOGISTIK SEKRETARIAT
Nama : Budi
PERJANJIAN KINERJA TAHUN 2024 SUBBAGIAN {unit} SEKRETARIAT
Nama : Ani
"""
BENAR = {
    "rkt": "Persentase pegawai yang mengikuti pelatihan",
    "disebut": "persentase pengadaan logistik tepat waktu",
    "program": "300.000.000",
    "total": "1.000.000.000",
    "unit": "SUMBER DAYA MANUSIA DAN PARMAS",
}


def _temuan(rule: str, **changes):
    text = SAMPUL + LAPORAN.format(**(BENAR | changes))
    _, findings = periksa_laporan(susun(baca_teks(text)))
    return [finding for finding in findings if finding.aturan == rule]


def test_a_correct_report_gets_none_of_the_three():
    for rule in ("total-pk-beda-pagu", "indikator-disebut-tidak-diukur", "unit-nama-beda"):
        assert _temuan(rule) == [], rule
    assert _temuan("unit-pk-tak-tercantum") == []


def test_the_pk_total_against_the_pagu_of_the_kegiatan_of_its_lines():
    (finding,) = _temuan("total-pk-beda-pagu", program="500.000.000", total="1.200.000.000")
    assert (finding.tercatat, finding.seharusnya) == ("Rp 1.200.000.000", "Rp 1.000.000.000")
    assert "(1001, 1002)" in finding.pesan
    assert finding.tabel == "Lampiran: Perjanjian Kinerja Tahun 2024"


def test_the_pk_total_against_the_sum_of_its_own_lines():
    # Its lines are right (700 + 300 million): the printed total is wrong against both.
    lines, pagu = _temuan("total-pk-beda-pagu", total="1.100.000.000")
    assert (lines.tercatat, lines.seharusnya) == ("Rp 1.100.000.000", "Rp 1.000.000.000")
    assert "jumlah 2 baris anggarannya" in lines.pesan
    assert "dicakupnya (1001, 1002)" in pagu.pesan


def test_a_sentence_naming_another_indicator_than_the_one_measured():
    named = "persentase dokumen pengadaan yang diunggah ke LPSE"
    (finding,) = _temuan("indikator-disebut-tidak-diukur", disebut=named)
    assert (finding.tabel, finding.baris, finding.tercatat) == (
        "BAB III.B Sasaran 1",
        "1001",
        named,
    )


def test_a_sentence_writing_the_measured_indicator_out_longer_is_quiet():
    longer = "persentase pengadaan logistik tepat waktu untuk Pemilu dan Pemilihan Tahun 2024"
    assert _temuan("indikator-disebut-tidak-diukur", disebut=longer) == []


def test_an_rkt_line_whose_indicator_is_not_measured():
    (finding,) = _temuan("indikator-disebut-tidak-diukur", rkt="Indeks kepuasan layanan ASN")
    assert (finding.tabel, finding.baris, finding.tercatat) == (
        "RKT",
        "1002",
        "Indeks kepuasan layanan ASN",
    )
    # Written a little differently, it is the measured indicator.
    almost = "Persentase pegawai yang mengikuti pelatihan teknis"
    assert _temuan("indikator-disebut-tidak-diukur", rkt=almost) == []


def test_a_unit_signing_under_another_name_than_the_organisation_lists():
    (finding,) = _temuan("unit-nama-beda", unit="HUKUM DAN SUMBER DAYA MANUSIA")
    assert (finding.baris, finding.tercatat, finding.seharusnya) == (
        "Subbagian Hukum dan Sumber Daya Manusia",
        "Subbagian Sumber Daya Manusia dan Parmas",
        "Subbagian Hukum dan Sumber Daya Manusia",
    )
    assert finding.tabel == "BAB I.C"
    # Named apart, it is not also reported as missing from the organisation.
    assert _temuan("unit-pk-tak-tercantum", unit="HUKUM DAN SUMBER DAYA MANUSIA") == []


def test_a_unit_sharing_no_word_with_any_listed_unit_is_not_paired():
    assert _temuan("unit-nama-beda", unit="HUBUNGAN MASYARAKAT") == []
    (missing,) = _temuan("unit-pk-tak-tercantum", unit="HUBUNGAN MASYARAKAT")
    assert missing.baris == "Subbagian Hubungan Masyarakat"
