"""Evidence files: checked by content, size-limited, kept with their SHA-256, downloadable
only by those who may read the satker."""

import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kinerja.reporting import services
from kinerja.reporting.models import BuktiDukung
from kinerja.reporting.selectors import laporan_atau_baru
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00" * 32


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def draf(dunia):
    values = {"status": "dilaporkan", "nilai_teks": "", "alasan": "", "nilai": 1}
    return services.simpan(
        laporan_atau_baru(dunia.unit, TAHUN, "tw1"),
        actor=dunia.operator,
        versi=None,
        isian={dunia.a.pk: values},
        narasi="",
    )


def _upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


@pytest.mark.parametrize(("name", "content", "jenis"), [
    ("notulen.pdf", PDF, "application/pdf"),
    ("foto-gudang", PNG, "image/png"),  # no extension: the content decides
])  # fmt: skip
def test_pdf_and_images_are_kept_with_their_hash(dunia, draf, name, content, jenis):
    bukti = services.unggah_bukti(draf, actor=dunia.operator, berkas=_upload(name, content))
    assert (bukti.jenis, bukti.nama_asli, bukti.ukuran) == (jenis, name, len(content))
    assert bukti.sha256 == hashlib.sha256(content).hexdigest()
    with bukti.berkas.open("rb") as stored:
        assert stored.read() == content


def test_a_file_is_judged_by_its_content_not_its_name(dunia, draf):
    with pytest.raises(ValidationError, match="bukan jenis yang diterima"):
        services.unggah_bukti(draf, actor=dunia.operator, berkas=_upload("laporan.pdf", b"MZ\x90"))
    assert not BuktiDukung.objects.exists()


def test_a_file_over_the_limit_is_refused(dunia, draf, monkeypatch):
    monkeypatch.setattr(services, "BATAS_BUKTI", 10)
    with pytest.raises(ValidationError, match="terlalu besar"):
        services.unggah_bukti(draf, actor=dunia.operator, berkas=_upload("besar.pdf", PDF))


def test_evidence_is_downloaded_only_by_those_who_may_read_the_satker(client, dunia, draf):
    bukti = services.unggah_bukti(draf, actor=dunia.operator, berkas=_upload("nota.pdf", PDF))
    url = reverse("reporting:unduh_bukti", args=[dunia.satker.slug, bukti.pk])
    client.force_login(dunia.inspektur)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert 'filename="nota.pdf"' in response["Content-Disposition"]
    client.force_login(dunia.orang_luar)
    assert client.get(url).status_code == 404
    # Their own satker's slug with our file's id: still not found.
    other = reverse("reporting:unduh_bukti", args=[dunia.lain.slug, bukti.pk])
    assert client.get(other).status_code == 404


def test_the_page_lists_the_evidence_and_uploads_through_the_form(client, dunia, draf):
    client.force_login(dunia.operator)
    url = reverse("reporting:isian", args=[dunia.satker.slug, dunia.unit.pk, "tw1"])
    response = client.post(
        f"{url}?tahun={TAHUN}", {"aksi": "unggah", "bukti": _upload("rapat.pdf", PDF)}
    )
    assert response.status_code == 302
    html = client.get(f"{url}?tahun={TAHUN}").content.decode()
    assert "rapat.pdf" in html
    response = client.post(
        f"{url}?tahun={TAHUN}", {"aksi": "unggah", "bukti": _upload("virus.pdf", b"MZ\x90\x00")}
    )
    assert response.status_code == 400
    assert "bukan jenis yang diterima" in response.content.decode()


def _stored_files(root) -> list:
    return [path for path in root.rglob("*") if path.is_file()]


def test_a_failure_after_the_file_is_stored_leaves_neither_file_nor_row(
    dunia, draf, monkeypatch, settings
):
    def fail(*args, **kwargs):
        raise RuntimeError("audit gagal")

    monkeypatch.setattr(services, "catat", fail)  # the audit record comes after file and row
    with pytest.raises(RuntimeError, match="audit gagal"):
        services.unggah_bukti(draf, actor=dunia.operator, berkas=_upload("nota.pdf", PDF))
    assert not BuktiDukung.objects.exists()
    assert _stored_files(settings.MEDIA_ROOT) == []
