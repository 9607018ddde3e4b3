"""The seed LKjIP read as a user uploads it (not through the demo loader): the review finds the
contradictions the demo-based reviu finds (docs/reviu.md) and the textual ones of issue #12,
and flags none of the figures that are right."""

from pathlib import Path

import pytest

from kinerja.periksa.aturan import periksa_laporan
from kinerja.periksa.baca import baca_berkas
from kinerja.periksa.susun import susun

# The seed document, kept in the repository byte for byte (data/README.md).
SEED = Path(__file__).resolve().parent / "data" / "lkjip-kpu-kota-prabumulih-2024.txt"
# Where the project's seeds lie beside a checkout, when they do: the kept copy must not drift.
SEED_BERSAMA = Path(__file__).resolve().parents[4] / "shared" / "seeds" / "000_b727606380cd5016.txt"


@pytest.fixture(scope="module")
def review():
    report = susun(baca_berkas(SEED))
    return report, periksa_laporan(report)[1]


def _found(findings, rule, where="", text=""):
    return [
        finding
        for finding in findings
        if finding.aturan == rule
        and where in f"{finding.tabel} {finding.baris}"
        and text in f"{finding.pesan} {finding.tercatat}"
    ]


def test_structure_year_and_organisation(review):
    report, _ = review
    assert report.tahun == 2024
    assert report.organisasi == "SEKRETARIAT KPU KOTA PRABUMULIH"
    labels = [section.label for section in report.bagian]
    for label in ("Kata Pengantar", "Ikhtisar Eksekutif", "BAB I", "BAB II.C", "BAB III.A"):
        assert label in labels
    assert labels[-1] == "Lampiran"
    # The headings listed in the Daftar Isi and BAB I.D open no section of their own.
    assert labels.count("BAB II") == 1
    assert [section.lokasi for section in report.bagian if section.label == "BAB I"] == [
        "baris 123"
    ]


@pytest.mark.parametrize(
    ("rule", "where", "text"),
    [
        # As the demo-based reviu finds them (docs/reviu.md).
        ("anggaran-melebihi-pagu", "3355", "Rp 19.889.462"),
        ("pagu-berbeda-tanpa-revisi", "6867", "Rp 7.421.764.000"),
        ("capaian-tercatat-salah", "6872-2", "94,73%"),
        ("capaian-tercatat-salah", "BAB III.A", "tercetak 0,00%"),
        ("total-tercatat-salah", "BAB III.A", "3 sasaran"),
        ("total-tercatat-salah", "BAB IV.E", "98,17%"),
        ("total-tercatat-salah", "BAB IV ", "99,42%"),
        ("klaim-target-tercapai", "Ikhtisar Eksekutif", "semua target terpenuhi"),
        ("klaim-target-tercapai", "BAB IV", "mencapai semua sasaran strategis"),
        ("klaim-target-tercapai", "BAB III.B Sasaran 5", ""),
        ("klaim-capaian", "BAB III.B Sasaran 8", "melebihi target"),
        ("predikat-tercatat-salah", "BAB IV.B no. 4", '"B"'),
        ("predikat-tercatat-salah", "BAB IV", "Berhasil"),
        ("nilai-tidak-sah", "Yasrin Abidin", "19780429 2009021 1 003"),
        ("pegawai-ganda", "Amir Mahmud", "Tabel 3 no. 1; Tabel 3 no. 9"),
        ("target-pk-beda-terukur", "3355-5", "target 95"),
        ("target-unit-beda-induk", "baris 7", "3355-3"),
        ("angka-tercatat-beda-data", "BAB III.B Sasaran 3", "target 100"),
        ("angka-tercatat-beda-data", "Lampiran (6867)", "Rp 7.397.563.413"),
        ("indikator-diukur-tanpa-pk", "6867-1", "pelantikan PPK"),
        ("indikator-pk-tidak-diukur", "baris 4", "pengumuman pembentukan KPPS"),
        ("target-pk-tercatat-beda", "BAB II.D", "Persentase pelantikan PPK sesuai jadwal"),
        ("indikator-jumlah-bersatuan-persen", "3355-1", "Jumlah draft"),
        ("total-pk-beda-pagu", "Perjanjian Kinerja Tahun 2024", "Rp 17.952.205.000"),
        ("indikator-disebut-tidak-diukur", "BAB III.B Sasaran 10", "memutakhirkan data pemilih"),
        ("unit-nama-beda", "Subbagian Hukum dan Sumber Daya Manusia", "dan Parmas"),
        ("unit-nama-beda", "Partisipasi dan Hubungan Masyarakat", "Pemilu dan Hukum"),
        # Found only in the text (issue #12 §2).
        ("tahun-anggaran-lain", "Kata Pengantar", "Tahun Anggaran 2019"),
        ("tahun-beda-antar-bagian", "BAB IV.C no. 12", "di tahun 2023"),
        ("regulasi-sebelum-rencana", "BAB II.B", "tahun 2015"),
        ("pembulatan-terpotong", "6872-2", "94,7368 dipotong"),
        ("nama-pihak-mirip", "19850527 200912 1 005", "Medial Aryansie"),
    ],
)
def test_the_seeds_contradictions_are_found(review, rule, where, text):
    _, findings = review
    assert _found(findings, rule, where, text), (rule, where, text)


def test_right_figures_are_not_flagged(review):
    _, findings = review
    # 85/90 = 94,44% and 75/80 = 93,75% are printed right; 100,68% is 2.938.071.462 ÷
    # 2.918.182.000; the Lampiran's 99,67% is right from its own figures; 71,2 is BB, as
    # BAB III.B says; the PK's NIP 19850527 200912 1 005 is valid.
    for rule, text in [
        ("capaian-tercatat-salah", "94,44%"),
        ("capaian-tercatat-salah", "93,75%"),
        ("serapan-tercatat-salah", ""),
        ("predikat-tercatat-salah", '"BB"'),
        ("nilai-tidak-sah", "19850527"),
    ]:
        assert not _found(findings, rule, "", text), (rule, text)
    assert not [finding for finding in findings if finding.aturan == "tabel-tak-terbaca"]
    # The satker PK's total is the sum of its two programmes (2.885.908.000 + 17.632.649.000).
    assert not _found(findings, "total-pk-beda-pagu", "", "baris anggarannya")
    # Sasaran 4 and 5 sum up their kegiatan's indicators; Sasaran 6 and 7 write measured ones
    # out longer: none names another indicator.
    for sasaran in (4, 5, 6, 7):
        assert not _found(findings, "indikator-disebut-tidak-diukur", f"Sasaran {sasaran} ")
    # BAB IV's "Tahun Anggaran 2024" is the report's own year.
    assert [
        finding.tercatat for finding in findings if finding.aturan == "tahun-anggaran-lain"
    ] == ["Tahun Anggaran 2019"]


@pytest.mark.skipif(not SEED_BERSAMA.exists(), reason="no shared seeds beside this checkout")
def test_the_kept_seed_is_the_seed_byte_for_byte():
    assert SEED.read_bytes() == SEED_BERSAMA.read_bytes()
