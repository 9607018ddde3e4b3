"""`kinerja periksa-lk FILE [--tahun] [--json]`: the review printed in Indonesian, as JSON, and
a clear message (never a traceback) for a file it cannot read."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from kinerja.periksa.tests import contoh


def _run(*args) -> str:
    out = io.StringIO()
    call_command("periksa-lk", *args, stdout=out)
    return out.getvalue()


def test_prints_the_review_in_indonesian(tmp_path):
    path = tmp_path / "lkjip.docx"
    path.write_bytes(contoh.docx())
    text = _run(str(path))
    first = text.splitlines()[0]
    assert first.startswith("PERIKSA lkjip.docx: DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN")
    assert "tahun 2024" in first
    assert "1 pengukuran" in first
    assert "7 temuan (6 galat, 0 peringatan, 1 info)" in text
    assert "tercatat: 98,00% · seharusnya: 97,50%" in text


def test_json_carries_structure_and_findings(tmp_path):
    path = tmp_path / "lkjip.txt"
    path.write_text(contoh.teks())
    document = json.loads(_run(str(path), "--json", "--tahun", "2024"))
    assert document["tahun"] == 2024
    assert [table["jenis"] for table in document["tabel"]] == ["pengukuran", "anggaran"]
    rules = {finding["aturan"] for finding in document["temuan"]}
    assert "capaian-tercatat-salah" in rules
    assert all(
        finding["tingkat"] in ("galat", "peringatan", "info") for finding in document["temuan"]
    )


def test_year_given_overrides_the_cover(tmp_path):
    path = tmp_path / "lkjip.txt"
    path.write_text(contoh.teks())
    # Read as a 2023 report, its "Tahun Anggaran 2023" is its own year.
    assert "tahun-anggaran-lain" not in _run(str(path), "--tahun", "2023")


def test_missing_and_unreadable_files_are_explained(tmp_path):
    with pytest.raises(CommandError, match="Tahun tidak sah"):
        _run(str(tmp_path / "lkjip.pdf"), "--tahun", "24")
    with pytest.raises(CommandError, match="Berkas tidak ditemukan"):
        _run(str(tmp_path / "tidak-ada.pdf"))
    binary = tmp_path / "gambar.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(CommandError, match="bukan DOCX, PDF, maupun teks"):
        _run(str(binary))
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4 rusak")
    with pytest.raises(CommandError, match="PDF tidak dapat dibuka"):
        _run(str(broken))


def test_a_pdf_without_text_says_so(tmp_path):
    from weasyprint import HTML

    path = tmp_path / "pindaian.pdf"
    path.write_bytes(HTML(string="<div style='height:10mm'></div>").write_pdf())
    assert "tidak ada teks yang terbaca" in _run(str(path))
