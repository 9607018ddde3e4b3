"""`kinerja bersihkan_bukti` lists stored files no row names, in the folder of every model's
FileField, and, with --hapus, deletes them — never a file a row names, nor one recent enough to
be an upload still in progress, nor anything outside those folders. The LKE's folders are
tested with the LKE's own fixtures in kinerja/lke/tests/test_bersihkan_berkas.py."""

import os
import time
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from kinerja.periksa.models import PeriksaTersimpan
from kinerja.periksa.services import simpan_periksa
from kinerja.reporting import services
from kinerja.reporting.berkas import berkas_yatim, folder_berkas, folder_unggahan, hapus_yatim
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


def _orphan(media, name: str, age_seconds: int = TWO_HOURS, folder: str = "bukti"):
    path = media / folder / "2024" / "03" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(PDF)
    _age(path, age_seconds)
    return path


def _age(path, age_seconds: int = TWO_HOURS) -> None:
    then = time.time() - age_seconds
    os.utime(path, (then, then))


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


def test_every_file_field_folder_is_scanned():
    assert [folder for _store, folder in folder_berkas()] == [
        "bukti",
        "bukti-lke",
        "periksa-lk",
        "tindak-lanjut",
    ]


@pytest.mark.parametrize(
    ("upload_to", "folder"),
    [
        ("bukti/%Y/%m/", "bukti"),
        ("/tindak-lanjut/", "tindak-lanjut"),
        ("%Y/%m/", None),
        ("", None),
        (lambda instance, name: name, None),
    ],
)
def test_the_folder_is_the_fixed_start_of_upload_to(upload_to, folder):
    assert folder_unggahan(upload_to) == folder


def test_a_file_field_without_a_fixed_folder_stops_the_command_before_anything_is_deleted(
    media, bukti, monkeypatch
):
    orphan = _orphan(media, "sisa.pdf")
    field = PeriksaTersimpan._meta.get_field("berkas")
    monkeypatch.setattr(field, "upload_to", "%Y/%m/")
    with pytest.raises(CommandError, match="PeriksaTersimpan.berkas: upload_to tanpa folder"):
        _run("--hapus")
    assert orphan.exists()


def test_reports_kept_on_the_periksa_page_are_kept_and_their_orphans_deleted(media, dunia):
    kept = simpan_periksa(
        actor=dunia.operator, berkas=SimpleUploadedFile("lkjip.pdf", PDF), hasil={}, tahun=2024
    )
    _age(media / kept.berkas.name)
    orphan = _orphan(media, "lama.pdf", folder="periksa-lk")
    output = _run("--hapus")
    assert output.splitlines() == ["periksa-lk/2024/03/lama.pdf", "1 berkas yatim dihapus."]
    assert not orphan.exists()
    assert (media / kept.berkas.name).read_bytes() == PDF


def test_files_outside_every_file_field_folder_are_never_listed(media, db):
    # The batch reports' folder: its files are named by a CharField and cleaned up by
    # `kinerja bersihkan-laporan`, with its own retention.
    batch = media / "laporan-massal" / "7" / "lkjip.docx"
    batch.parent.mkdir(parents=True)
    batch.write_bytes(b"PK")
    _age(batch)
    assert _run("--hapus").splitlines() == ["0 berkas yatim dihapus."]
    assert batch.exists()


def test_a_file_a_row_has_come_to_name_since_the_listing_is_not_deleted(media, dunia):
    orphan = _orphan(media, "baru-dirujuk.pdf", folder="periksa-lk")
    found = berkas_yatim()
    assert [item.nama for item in found] == ["periksa-lk/2024/03/baru-dirujuk.pdf"]
    PeriksaTersimpan.objects.create(
        pemilik=dunia.operator,
        berkas="periksa-lk/2024/03/baru-dirujuk.pdf",
        nama_asli="baru-dirujuk.pdf",
        ukuran=len(PDF),
        sha256="0" * 64,
        hasil={},
    )
    assert hapus_yatim(found) == []
    assert orphan.exists()
