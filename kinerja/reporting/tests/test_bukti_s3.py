"""Evidence in an S3-compatible store (KINERJA_STORAGE=s3): the same service and the same
download view, through django-storages' S3 backend, against moto's in-process S3 (no network).
The store is configured as a MinIO would be: its own endpoint URL, a region, keys, a prefix."""

import hashlib

import boto3
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from config.storage import FILE_SYSTEM, default_storage_from_env
from kinerja.reporting import services
from kinerja.reporting.berkas import berkas_yatim
from kinerja.reporting.selectors import laporan_atau_baru
from kinerja.reporting.tests.conftest import TAHUN

pytestmark = pytest.mark.django_db

ENDPOINT = "http://minio.kantor.test:9000"
BUCKET = "kinerja-bukti"
PREFIX = "kpu"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
S3_ENV = {
    "KINERJA_STORAGE": "s3",
    "KINERJA_S3_BUCKET": BUCKET,
    "KINERJA_S3_ENDPOINT_URL": ENDPOINT,
    "KINERJA_S3_REGION": "us-east-1",
    "KINERJA_S3_ACCESS_KEY": "kunci-uji",
    "KINERJA_S3_SECRET_KEY": "rahasia-uji",
    "KINERJA_S3_PREFIX": PREFIX,
}


@pytest.fixture
def s3(monkeypatch, settings):
    """An empty bucket at ENDPOINT, and Kinerja's storage switched to it by the environment."""
    # moto answers for a custom endpoint only when told its URL before it starts.
    monkeypatch.setenv("MOTO_S3_CUSTOM_ENDPOINTS", ENDPOINT)
    from moto import mock_aws

    for name, value in S3_ENV.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        client = boto3.client(
            "s3",
            endpoint_url=ENDPOINT,
            region_name="us-east-1",
            aws_access_key_id="kunci-uji",
            aws_secret_access_key="rahasia-uji",
        )
        client.create_bucket(Bucket=BUCKET)
        settings.STORAGES = {**settings.STORAGES, "default": default_storage_from_env()}
        yield client


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


def _objects(client) -> dict[str, bytes]:
    listed = client.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    return {
        item["Key"]: client.get_object(Bucket=BUCKET, Key=item["Key"])["Body"].read()
        for item in listed
    }


def test_evidence_goes_to_the_bucket_and_back_to_those_who_may_read_it(s3, client, dunia, draf):
    upload = SimpleUploadedFile("notulen.pdf", PDF, content_type="application/octet-stream")
    bukti = services.unggah_bukti(draf, actor=dunia.operator, berkas=upload)

    assert bukti.sha256 == hashlib.sha256(PDF).hexdigest()
    # The object is in the bucket, under the prefix, with the uploaded bytes; nothing on disk.
    assert _objects(s3) == {f"{PREFIX}/{bukti.berkas.name}": PDF}
    assert bukti.berkas.name.startswith("bukti/")

    url = reverse("reporting:unduh_bukti", args=[dunia.satker.slug, bukti.pk])
    client.force_login(dunia.inspektur)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert 'filename="notulen.pdf"' in response["Content-Disposition"]
    client.force_login(dunia.orang_luar)
    assert client.get(url).status_code == 404
    other = reverse("reporting:unduh_bukti", args=[dunia.lain.slug, bukti.pk])
    assert client.get(other).status_code == 404


def test_a_failed_upload_leaves_no_object_in_the_bucket(s3, dunia, draf, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("audit gagal")

    monkeypatch.setattr(services, "catat", fail)
    upload = SimpleUploadedFile("notulen.pdf", PDF)
    with pytest.raises(RuntimeError):
        services.unggah_bukti(draf, actor=dunia.operator, berkas=upload)
    assert _objects(s3) == {}


def test_objects_no_row_names_are_found_in_the_bucket(s3, dunia, draf):
    bukti = services.unggah_bukti(
        draf, actor=dunia.operator, berkas=SimpleUploadedFile("a.pdf", PDF)
    )
    s3.put_object(Bucket=BUCKET, Key=f"{PREFIX}/bukti/2024/01/sisa.pdf", Body=PDF)
    assert [item.nama for item in berkas_yatim()] == ["bukti/2024/01/sisa.pdf"]
    assert bukti.berkas.name not in [item.nama for item in berkas_yatim()]


def test_the_disk_is_the_default_store(monkeypatch):
    monkeypatch.delenv("KINERJA_STORAGE", raising=False)
    assert default_storage_from_env() == FILE_SYSTEM


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"KINERJA_STORAGE": "ftp"}, "KINERJA_STORAGE harus 'berkas' atau 's3', bukan 'ftp'"),
        ({"KINERJA_STORAGE": "s3"}, "KINERJA_STORAGE=s3 membutuhkan KINERJA_S3_BUCKET."),
    ],
)
def test_an_unknown_store_or_a_missing_bucket_fails_loudly(monkeypatch, environment, message):
    monkeypatch.delenv("KINERJA_S3_BUCKET", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=message):
        default_storage_from_env()


def test_without_an_endpoint_the_store_is_aws_s3_with_its_own_addressing(monkeypatch):
    monkeypatch.setenv("KINERJA_STORAGE", "s3")
    monkeypatch.setenv("KINERJA_S3_BUCKET", BUCKET)
    monkeypatch.delenv("KINERJA_S3_ENDPOINT_URL", raising=False)
    options = default_storage_from_env()["OPTIONS"]
    assert (options["endpoint_url"], options["addressing_style"]) == (None, None)
    assert (options["default_acl"], options["file_overwrite"]) == (None, False)
