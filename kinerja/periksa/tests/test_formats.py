"""The same small report as plain text, Word and PDF reads the same and gets the same review:
its known errors found, its right figures left alone."""

import pytest

from kinerja.periksa.aturan import periksa_laporan
from kinerja.periksa.baca import baca_berkas, baca_docx, baca_pdf, baca_teks
from kinerja.periksa.dokumen import JenisTabel, TabelMentah
from kinerja.periksa.susun import susun
from kinerja.periksa.tests import bentuk, contoh

DIHARAPKAN = {
    ("capaian-tercatat-salah", "1001-1", "94,73%", "94,74%"),
    ("pembulatan-terpotong", "1001-1", "94,73%", "94,74%"),
    ("serapan-tercatat-salah", "1002", "98,00%", "97,50%"),
    ("total-tercatat-salah", "Capaian kinerja satker", "100,00%", "97,30%"),
    ("klaim-target-tercapai", "Semua target tercapai", "semua indikator tercapai", None),
    ("nilai-tidak-sah", "pihak kedua: Siti Aminah", "19790230 200312 2 002", None),
    ("tahun-anggaran-lain", None, "Tahun Anggaran 2023", "Tahun Anggaran 2024"),
}


@pytest.fixture(scope="module", params=["teks", "docx", "pdf", "pdf-tanpa-garis"])
def review(request):
    blocks = {
        "teks": lambda: baca_teks(contoh.teks()),
        "docx": lambda: baca_docx(contoh.docx()),
        "pdf": lambda: baca_pdf(contoh.pdf()),
        # Its tables printed without a single rule: read from the header's columns.
        "pdf-tanpa-garis": lambda: baca_pdf(bentuk.pdf(baca_teks(contoh.teks()), garis=False)),
    }[request.param]()
    report = susun(blocks)
    return report, periksa_laporan(report)[1]


def test_structure_is_read_alike(review):
    report, _ = review
    assert report.tahun == 2024
    assert report.organisasi == "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH"
    assert [section.label for section in report.bagian] == [
        "Sampul", "Kata Pengantar", "Ikhtisar Eksekutif", "BAB I", "BAB III", "BAB III.A",
        "BAB III.B", "BAB IV", "Lampiran",
    ]  # fmt: skip
    assert [table.jenis for table in report.tabel] == [
        JenisTabel.PENGUKURAN,
        JenisTabel.ANGGARAN,
    ]


def test_known_errors_found_and_nothing_else(review):
    _, findings = review
    found = {
        (
            finding.aturan,
            finding.baris if finding.aturan != "tahun-anggaran-lain" else None,
            finding.tercatat,
            finding.seharusnya if not finding.aturan.startswith(("klaim", "nilai")) else None,
        )
        for finding in findings
    }
    # Every finding is one of the known errors: 94,44% (85/90), 100 (3,5/3,5), 97,50% for
    # 1001 and for the total, "2 (dua) sasaran", "realisasi anggaran sebesar 97,50%" and the
    # NIP 19800101 200501 1 001 are right and not flagged.
    assert found == DIHARAPKAN


def test_claim_counts_the_indicators(review):
    _, findings = review
    (claim,) = [finding for finding in findings if finding.aturan == "klaim-target-tercapai"]
    assert claim.seharusnya == "1 dari 3 tercapai"
    assert "Persentase perangkat daerah yang terhubung jaringan: 94,44%" in claim.pesan


def test_format_is_told_by_content_not_name(tmp_path):
    for name, data in [("laporan.txt", contoh.docx()), ("laporan.docx", contoh.pdf())]:
        path = tmp_path / name
        path.write_bytes(data)
        assert susun(baca_berkas(path)).organisasi.startswith("DINAS KOMUNIKASI")


def test_a_pdf_table_without_rules_whose_cell_wraps_is_reported_not_guessed():
    # A name long enough to wrap: its second line may end its row or begin the next one.
    blocks = baca_teks(contoh.teks())
    index = next(i for i, block in enumerate(blocks) if isinstance(block, TabelMentah))
    rows = [list(row) for row in blocks[index].baris]
    rows[3][0] = "Persentase aduan masyarakat yang ditindaklanjuti " * 8
    blocks[index] = TabelMentah(tuple(map(tuple, rows)), blocks[index].lokasi)
    report = susun(baca_pdf(bentuk.pdf(blocks, garis=False)))
    unread = report.tak_terbaca
    assert [table.alasan for table in unread] == [
        "tabel tanpa garis, baris yang bersambung tidak dapat dipastikan"
    ]
    findings = {finding.aturan for finding in periksa_laporan(report)[1]}
    assert "tabel-tak-terbaca" in findings
    # The whole-report rules wait for a full reading; the budget table is still checked.
    assert "klaim-target-tercapai" not in findings
    assert "serapan-tercatat-salah" in findings
