"""Every `kinerja` command answers bad arguments (a missing satker, a bad year, a missing or
unreadable file, a folder that cannot be written) with a clear message and a non-zero exit,
never a traceback."""

import json
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from kinerja.exporting.tests.support import database_fingerprint

pytestmark = pytest.mark.django_db
SATKER = "kpu-kota-prabumulih"
PER_SATKER = {
    "ekspor": [],
    "pengukuran": [],
    "reviu": [],
    "laporan": ["--format", "pdf", "--output", "laporan.pdf"],
    "dokumen-pk": ["--output", "pk"],
}


def _refused(*args) -> str:
    before = database_fingerprint()
    with pytest.raises(CommandError) as error:
        call_command(*args, stdout=StringIO(), stderr=StringIO())
    assert database_fingerprint() == before
    return str(error.value)


@pytest.mark.parametrize("command", sorted(PER_SATKER))
def test_a_missing_satker_is_named(command, tmp_path):
    extra = [
        str(tmp_path / arg) if arg.startswith(("laporan", "pk")) else arg
        for arg in PER_SATKER[command]
    ]
    message = _refused(command, "--satker", "tidak-ada", "--tahun", "2024", *extra)
    assert "tidak-ada" in message
    assert "tidak ditemukan" in message


@pytest.mark.parametrize("command", sorted(PER_SATKER))
@pytest.mark.parametrize("tahun", ["dua ribu", "²⁰²⁴", "99999999999999999999", "-2024", "1800"])
def test_a_bad_year_is_refused(command, tahun, tmp_path):
    extra = [
        str(tmp_path / arg) if arg.startswith(("laporan", "pk")) else arg
        for arg in PER_SATKER[command]
    ]
    assert "Tahun tidak sah" in _refused(command, "--satker", SATKER, "--tahun", tahun, *extra)


def test_impor_names_a_missing_unreadable_or_malformed_file(tmp_path):
    assert "tidak ditemukan" in _refused("impor", str(tmp_path / "tidak-ada.json"))
    assert "tidak dapat dibaca" in _refused("impor", str(tmp_path))  # a folder
    binary = tmp_path / "biner.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert "tidak dapat dibaca" in _refused("impor", str(binary))
    broken = tmp_path / "rusak.json"
    broken.write_text('{"format": ', encoding="utf-8")
    assert "bukan JSON yang sah" in _refused("impor", str(broken))
    deep = tmp_path / "dalam.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "terlalu dalam" in _refused("impor", str(deep))
    other = tmp_path / "lain.json"
    other.write_text(json.dumps([1, 2, 3]), encoding="utf-8")
    assert "bukan ekspor Kinerja" in _refused("impor", str(other))


def test_documents_to_a_place_that_cannot_be_written_are_refused(tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder", encoding="utf-8")
    output = str(blocker / "pk")
    assert "tidak dapat dibuat" in _refused(
        "dokumen-pk", "--satker", SATKER, "--tahun", "2024", "--output", output
    )
    output = str(tmp_path / "tidak-ada" / "laporan.pdf")
    assert "tidak dapat ditulis" in _refused(
        "laporan", "--satker", SATKER, "--tahun", "2024", "--format", "pdf", "--output", output
    )


def test_the_console_exits_non_zero_with_the_message_and_no_traceback(tmp_path):
    completed = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-c", "from kinerja.cli import main; main()", "impor", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode != 0
    assert "tidak dapat dibaca" in completed.stderr
    assert "Traceback" not in completed.stderr
