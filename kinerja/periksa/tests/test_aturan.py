"""The document's own rules, each on a few lines of report: the case that fires, with what the
reader sees, and the close case that stays quiet."""

from kinerja.periksa.aturan import periksa_laporan
from kinerja.periksa.baca import baca_teks
from kinerja.periksa.susun import susun

SAMPUL = "LAPORAN KINERJA\nDINAS CONTOH\nTAHUN 2024\n"
ISI = "Kalimat isi bagian. " * 30


def _temuan(text: str, rule: str):
    _, findings = periksa_laporan(susun(baca_teks(SAMPUL + text)))
    return [finding for finding in findings if finding.aturan == rule]


def test_report_naming_itself_for_another_budget_year():
    (finding,) = _temuan(
        "KATA PENGANTAR\nLaporan Kinerja Dinas Contoh Tahun Anggaran 2019 disusun.\n",
        "tahun-anggaran-lain",
    )
    assert (finding.tabel, finding.tercatat, finding.seharusnya) == (
        "Kata Pengantar",
        "Tahun Anggaran 2019",
        "Tahun Anggaran 2024",
    )


def test_another_budget_year_in_a_sentence_not_about_the_report_is_quiet():
    text = "BAB II\nPagu Tahun Anggaran 2023 menjadi dasar perencanaan.\n"
    assert not _temuan(text, "tahun-anggaran-lain")
    assert not _temuan(
        "KATA PENGANTAR\nLaporan Kinerja Tahun Anggaran 2024.\n", "tahun-anggaran-lain"
    )


HAMBATAN = """BAB IV
{isi}
No\tHambatan\tKeterangan
12\tTidak ada gugatan atau sengketa hukum di tahun 2024\tNihil
Upaya berikut:
No\tHambatan\tUpaya
12\tTidak ada gugatan atau sengketa hukum di tahun {tahun}\tMempertahankan
"""


def test_one_statement_with_two_years():
    (finding,) = _temuan(HAMBATAN.format(isi=ISI, tahun=2023), "tahun-beda-antar-bagian")
    assert finding.baris == "no. 12"
    assert (finding.tercatat, finding.seharusnya) == ("2023", "2024")


def test_one_statement_with_the_same_year_is_quiet():
    assert not _temuan(HAMBATAN.format(isi=ISI, tahun=2024), "tahun-beda-antar-bagian")


def test_regulation_older_than_the_plan_it_grounds():
    text = (
        "BAB II\nKPU menerapkan Peraturan KPU Nomor 63 Tahun {tahun} Tentang Rencana Strategis "
        "Komisi Pemilihan Umum Tahun 2020-2024.\n"
    )
    (finding,) = _temuan(text.format(tahun=2015), "regulasi-sebelum-rencana")
    assert "peraturan tahun 2015" in finding.pesan
    assert "2020–2024" in finding.pesan
    assert not _temuan(text.format(tahun=2019), "regulasi-sebelum-rencana")


TABEL = """BAB III
A. Capaian
Indikator Kinerja\tTarget (%)\tRealisasi (%)\t% Capaian
Sasaran 1. Layanan (1001)\t\t\t
Persentase aduan selesai\t95\t90\t{capaian}
"""


def test_a_capaian_cut_not_rounded():
    (finding,) = _temuan(TABEL.format(capaian="94,73"), "pembulatan-terpotong")
    assert finding.tingkat == "info"
    assert (finding.baris, finding.tercatat, finding.seharusnya) == ("1001-1", "94,73%", "94,74%")
    assert "94,7368 dipotong" in finding.pesan
    assert not _temuan(TABEL.format(capaian="94,74"), "pembulatan-terpotong")
    # A printed figure wrong otherwise is capaian-tercatat-salah's alone.
    assert not _temuan(TABEL.format(capaian="90"), "pembulatan-terpotong")


PIHAK = """BAB I
C. Organisasi
1. Subbagian Umum
2. Subbagian Keuangan
Tabel 2
No\tNama Pegawai\tJabatan
1\tMedial Aryansie\tKasubbag
2\tAmir Mahmud\tStaf
LAMPIRAN
PERJANJIAN KINERJA TAHUN 2024 SUBBAGIAN {unit} SEKRETARIAT
Nama : {nama}
NIP : 19850527 200912 1 005
"""


def test_a_party_spelled_unlike_the_staff_list():
    (finding,) = _temuan(PIHAK.format(unit="UMUM", nama="Meidial Aryansie"), "nama-pihak-mirip")
    assert finding.baris == "19850527 200912 1 005"
    assert "Tabel 2 no. 1" in finding.pesan
    assert not _temuan(PIHAK.format(unit="UMUM", nama="Medial Aryansie"), "nama-pihak-mirip")
    assert not _temuan(PIHAK.format(unit="UMUM", nama="Budi Santoso"), "nama-pihak-mirip")


def test_a_unit_signing_a_pk_missing_from_the_organisation():
    (finding,) = _temuan(PIHAK.format(unit="HUKUM", nama="Budi"), "unit-pk-tak-tercantum")
    assert finding.baris == "Subbagian Hukum"
    assert "Subbagian Keuangan; Subbagian Umum" in finding.pesan
    assert not _temuan(PIHAK.format(unit="UMUM", nama="Budi"), "unit-pk-tak-tercantum")


ANGGARAN = """BAB III
B. Anggaran
No\tKegiatan\tPagu (Rp)\tRealisasi (Rp)\t%
1\tLayanan (1001)\t1.200.000.000\t1.170.000.000\t97,50
2\tTata kelola (1002)\t800.000.000\t780.000.000\t97,50
\tJumlah\t{pagu}\t1.950.000.000\t{persen}
"""


def test_a_total_row_against_its_lines():
    findings = _temuan(ANGGARAN.format(pagu="2.100.000.000", persen="97,50"), "total-baris-salah")
    assert [(finding.tercatat, finding.seharusnya) for finding in findings] == [
        ("Rp 2.100.000.000", "Rp 2.000.000.000"),
        ("97,50%", "92,86%"),
    ]
    assert not _temuan(ANGGARAN.format(pagu="2.000.000.000", persen="97,50"), "total-baris-salah")


def test_an_unreadable_table_is_said_to_be_and_whole_report_rules_wait():
    text = f"IKHTISAR EKSEKUTIF\nSeluruh target tercapai.\n{TABEL.format(capaian='94,74')}"
    (claim,) = _temuan(text, "klaim-target-tercapai")
    unread = text + f"{ISI}\nKolom A\tKolom B\n1\t2\n"
    general, table = _temuan(unread, "tabel-tak-terbaca")
    assert "klaim-target-tercapai" in general.pesan
    assert "judul kolom tidak dikenali" in table.pesan
    assert table.baris == "baris 12"
    # With a table unread, "all targets met" may be right about the rows not read.
    assert not _temuan(unread, "klaim-target-tercapai")
    # A figure checked against its own row still is.
    assert _temuan(unread.replace("94,74", "90"), "capaian-tercatat-salah")


PK = """BAB II
C. Rencana Kinerja Tahunan
No\tSasaran Strategis\tIndikator Kinerja\tTarget
1.\tLogistik (6871)\tPersentase pengadaan logistik tepat waktu dan sesuai prosedur\t100%
LAMPIRAN
PERJANJIAN KINERJA TAHUN 2024 SUBBAGIAN UMUM
No\tSasaran Kegiatan\tIndikator kinerja\tTarget
1.\tLogistik (6871)\t{indikator}\t100%
"""


def test_a_unit_pk_line_written_nearly_as_its_parent():
    (finding,) = _temuan(
        PK.format(indikator="Persentase pengadaan 10upervis tepat waktu dan sesuai prosedur"),
        "indikator-beda-tulis",
    )
    assert finding.seharusnya == "Persentase pengadaan logistik tepat waktu dan sesuai prosedur"
    quiet = PK.format(indikator="Persentase pengadaan logistik tepat waktu dan sesuai prosedur")
    assert not _temuan(quiet, "indikator-beda-tulis")
    assert not _temuan(quiet, "baris-pk-tanpa-induk")
    (untraced,) = _temuan(PK.format(indikator="Pengelolaan JDIH"), "baris-pk-tanpa-induk")
    assert untraced.baris == "baris 1"
