"""`kinerja bersihkan_bukti` lists stored evidence files no BuktiDukung names and, with
--hapus, deletes them — never a file a row names, nor one recent enough to be an upload still
in progress."""

import os
import time
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from kinerja.reporting import services
from kinerja.reporting.selectors import laporan_atau_baru
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
TWO_HOURS = 2 * 3600


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def bukti(dunia, media):
    values = {"status": "dilaporkan", "nilai_teks": "", "alasan": "", "nilai": 1}
    laporan = services.simpan(
        laporan_atau_baru(dunia.unit, TAHUN, "tw1"),
        actor=dunia.operator,
        versi=None,
        isian={dunia.a.pk: values},
        narasi="",
    )
    upload = SimpleUploadedFile("nota.pdf", PDF)
    return services.unggah_bukti(laporan, actor=dunia.operator, berkas=upload)


def _orphan(media, name: str, age_seconds: int = TWO_HOURS):
    path = media / "bukti" / "2024" / "03" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(PDF)
    then = time.time() - age_seconds
    os.utime(path, (then, then))
    return path


def _run(*args) -> str:
    out = StringIO()
    call_command("bersihkan_bukti", *args, stdout=out)
    return out.getvalue()


def test_files_no_row_names_are_listed_and_nothing_is_deleted(media, bukti):
    orphan = _orphan(media, "sisa.pdf")
    output = _run()
    assert output.splitlines() == [
        "bukti/2024/03/sisa.pdf",
        "1 berkas yatim (jalankan dengan --hapus untuk menghapus yang lama).",
    ]
    assert orphan.exists()
    assert (media / bukti.berkas.name).exists()


def test_hapus_deletes_old_orphans_and_keeps_named_and_recent_files(media, bukti):
    old = _orphan(media, "lama.pdf")
    recent = _orphan(media, "baru.pdf", age_seconds=60)
    output = _run("--hapus")
    assert "bukti/2024/03/baru.pdf  (baru, < 1 jam" in output
    assert "1 berkas yatim dihapus." in output
    assert not old.exists()
    assert recent.exists()
    assert (media / bukti.berkas.name).read_bytes() == PDF


def test_an_empty_store_has_no_orphans(media, db):
    assert _run().splitlines() == ["0 berkas yatim."]
