"""`kinerja bersihkan_bukti` on the LKE's files: the evidence under `bukti-lke/` and the
follow-up files under `tindak-lanjut/`. A file a row names stays, however old; one no row names
goes with --hapus."""

import datetime
import os
import time
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from kinerja.lke import rekomendasi, services
from kinerja.lke.models import BuktiLke
from kinerja.lke.models_rekomendasi import Rekomendasi
from kinerja.lke.tests.conftest import PDF
from kinerja.lke.tests.hasil_bangun import finalkan, versi  # noqa: F401  (versi: a fixture)

TWO_HOURS = 2 * 3600


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def final(evaluasi, orang):
    return finalkan(evaluasi, orang)


@pytest.fixture
def terbit(final, orang):
    rekomendasi.tambah_rekomendasi(
        actor=orang.inspektur_pusat,
        evaluasi=final,
        uraian="Lengkapi pedoman teknis perencanaan kinerja.",
        kode_kriteria=["1.a.2"],
        prioritas="tinggi",
        penanggung_jawab="Sekretaris",
        batas_waktu=datetime.date(2026, 6, 30),
    )
    return services.terbitkan(actor=orang.inspektur_pusat, evaluasi=final)


def _age_everything(media) -> None:
    then = time.time() - TWO_HOURS
    for path in media.rglob("*"):
        if path.is_file():
            os.utime(path, (then, then))


def _orphan(media, folder: str):
    path = media / folder / "2025" / "01" / "sisa.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(PDF)
    return path


def _run(*args) -> str:
    out = StringIO()
    call_command("bersihkan_bukti", *args, stdout=out)
    return out.getvalue()


def test_lke_evidence_no_row_names_is_deleted_and_named_evidence_kept(media, final):
    named = [item.berkas.name for item in BuktiLke.objects.filter(evaluasi=final)]
    assert named
    assert all(name.startswith("bukti-lke/") for name in named)
    orphan = _orphan(media, "bukti-lke")
    _age_everything(media)
    assert _run().splitlines() == [
        "bukti-lke/2025/01/sisa.pdf",
        "1 berkas yatim (jalankan dengan --hapus untuk menghapus yang lama).",
    ]
    assert "1 berkas yatim dihapus." in _run("--hapus")
    assert not orphan.exists()
    assert all((media / name).read_bytes() == PDF for name in named)


def test_follow_up_files_no_row_names_are_deleted_and_named_ones_kept(media, terbit, orang):
    entry = rekomendasi.tambah_tindak_lanjut(
        actor=orang.admin,
        rekomendasi=Rekomendasi.objects.get(evaluasi=terbit, nomor=1),
        uraian="Pedoman ditetapkan.",
        berkas=SimpleUploadedFile("pedoman.pdf", PDF),
    )
    orphan = _orphan(media, "tindak-lanjut")
    _age_everything(media)
    output = _run("--hapus")
    assert output.splitlines() == ["tindak-lanjut/2025/01/sisa.pdf", "1 berkas yatim dihapus."]
    assert not orphan.exists()
    assert (media / entry.berkas.name).read_bytes() == PDF
