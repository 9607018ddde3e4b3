"""The upload page /periksa-lk/: any signed-in user checks a report; the file is read and
discarded unless its uploader keeps it, and a kept file is its uploader's alone."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kinerja.accounts.tests.factories import UserFactory
from kinerja.core.models import AuditLog
from kinerja.periksa import unggah
from kinerja.periksa.models import PeriksaTersimpan
from kinerja.periksa.tests import contoh
from kinerja.periksa.tests.test_seed import SEED

URL = reverse("periksa:periksa_lk")


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def pengguna(db):
    """Persona: a signed-in user with no satker and no role at all."""
    return UserFactory()


def _upload(client, name, data, **fields):
    return client.post(URL, {"berkas": SimpleUploadedFile(name, data), **fields})


def _stored_files(media):
    return [path for path in media.rglob("*") if path.is_file()]


def test_anonymous_is_sent_to_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_any_user_without_satker_sees_the_form_linked_from_the_header(client, pengguna):
    client.force_login(pengguna)
    response = client.get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="berkas"' in page
    assert f'href="{URL}"' in page  # the navigation link
    assert 'class="htmx-indicator' in page


def test_a_report_not_kept_is_reviewed_and_nothing_is_stored(client, pengguna, media):
    client.force_login(pengguna)
    response = _upload(client, "lkjip.docx", contoh.docx())
    assert response.status_code == 200
    page = response.content.decode()
    assert "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH" in page
    assert "capaian-tercatat-salah" in page
    assert "98,00%" in page
    assert "97,50%" in page
    assert "sudah dibaca lalu dibuang" in page
    assert PeriksaTersimpan.objects.count() == 0
    assert _stored_files(media) == []


def test_the_seed_text_shows_the_same_findings_as_the_command(client, pengguna, media):
    from kinerja.periksa.baca import baca_berkas
    from kinerja.periksa.hasil import periksa_blok

    client.force_login(pengguna)
    response = _upload(client, "lkjip.txt", SEED.read_bytes())
    page = response.content.decode()
    expected = periksa_blok(baca_berkas(SEED), None, "lkjip.txt")
    assert f"{len(expected.temuan)} temuan" in page
    assert "Tahun Anggaran 2019" in page
    assert page.count('<code class="catatan">tahun-anggaran-lain</code>') == 1


def test_htmx_upload_answers_with_the_part_of_the_page(client, pengguna, media):
    client.force_login(pengguna)
    response = client.post(
        URL,
        {"berkas": SimpleUploadedFile("lkjip.txt", contoh.teks().encode())},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" not in page
    assert "hasil-periksa" in page


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("laporan.xlsx", b"PK\x03\x04whatever", "Jenis berkas tidak diterima"),
        ("laporan.pdf", b"not a pdf at all", "bukan PDF"),
        ("laporan.docx", b"\x00\x01garbage", "bukan DOCX"),
        ("laporan.docx", b"PK\x03\x04garbage, not a zip", "tidak dapat dibaca"),
        ("laporan.pdf", b"%PDF-1.7\n garbage \x00\xff", "dapat dibaca"),
        ("laporan.txt", b"\xff\xfe\x00\xd8 not utf-8 \x81", "tidak dapat dibaca"),
        ("laporan.txt", b"%PDF-1.4 renamed", "bukan teks"),
    ],
)
def test_a_wrong_or_damaged_file_is_refused_with_a_message(
    client, pengguna, media, name, data, message
):
    client.force_login(pengguna)
    response = _upload(client, name, data, simpan="1")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert PeriksaTersimpan.objects.count() == 0
    assert _stored_files(media) == []


def test_a_file_over_the_limit_is_refused(client, pengguna, media, monkeypatch):
    monkeypatch.setattr(unggah, "BATAS_BERKAS", 100)
    client.force_login(pengguna)
    response = _upload(client, "lkjip.txt", contoh.teks().encode())
    assert response.status_code == 400
    assert "terlalu besar" in response.content.decode()


def test_the_year_given_reads_a_report_whose_cover_has_none(client, pengguna, media):
    client.force_login(pengguna)
    text = contoh.teks().replace("TAHUN 2024", "")
    response = _upload(client, "lkjip.txt", text.encode(), tahun="2024")
    assert "Tahun: <strong>2024</strong>" in response.content.decode()


def test_a_kept_report_is_stored_listed_and_audited(client, pengguna, media):
    client.force_login(pengguna)
    response = _upload(client, "lkjip.docx", contoh.docx(), simpan="1")
    kept = PeriksaTersimpan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("periksa:periksa_detail", args=[kept.pk])
    assert kept.pemilik == pengguna
    assert kept.berkas.read() == contoh.docx()
    assert any(finding["aturan"] == "capaian-tercatat-salah" for finding in kept.hasil["temuan"])
    detail = client.get(response["Location"]).content.decode()
    assert "capaian-tercatat-salah" in detail
    assert "lkjip.docx" in client.get(URL).content.decode()
    audit = AuditLog.objects.get(model="periksa.PeriksaTersimpan", object_id=str(kept.pk))
    assert audit.action == AuditLog.Action.CREATE
    assert audit.actor == pengguna
    assert "hasil" not in audit.after
    download = client.get(reverse("periksa:periksa_unduh", args=[kept.pk]))
    assert b"".join(download.streaming_content) == contoh.docx()


def test_htmx_keep_sends_the_browser_to_the_kept_report(client, pengguna, media):
    client.force_login(pengguna)
    response = client.post(
        URL,
        {"berkas": SimpleUploadedFile("lkjip.txt", contoh.teks().encode()), "simpan": "1"},
        headers={"HX-Request": "true"},
    )
    kept = PeriksaTersimpan.objects.get()
    assert response["HX-Redirect"] == reverse("periksa:periksa_detail", args=[kept.pk])


def test_delete_removes_the_file_and_the_row_and_is_audited(
    client, pengguna, media, django_capture_on_commit_callbacks
):
    client.force_login(pengguna)
    _upload(client, "lkjip.txt", contoh.teks().encode(), simpan="1")
    kept = PeriksaTersimpan.objects.get()
    assert len(_stored_files(media)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("periksa:periksa_hapus", args=[kept.pk]))
    assert response.status_code == 302
    assert PeriksaTersimpan.objects.count() == 0
    assert _stored_files(media) == []
    audit = AuditLog.objects.get(
        model="periksa.PeriksaTersimpan", object_id=str(kept.pk), action=AuditLog.Action.DELETE
    )
    assert audit.actor == pengguna
    assert audit.before["nama_asli"] == "lkjip.txt"


def test_another_user_can_neither_see_download_nor_delete_a_kept_report(
    client, pengguna, outsider, satker_admin, media
):
    client.force_login(pengguna)
    _upload(client, "rahasia.txt", contoh.teks().encode(), simpan="1")
    client.get(URL)  # shows (and so spends) the uploader's own "kept" message
    kept = PeriksaTersimpan.objects.get()
    for other in (outsider, satker_admin):
        client.force_login(other)
        assert "rahasia.txt" not in client.get(URL).content.decode()
        for name in ("periksa_detail", "periksa_unduh"):
            assert client.get(reverse(f"periksa:{name}", args=[kept.pk])).status_code == 404
        assert client.post(reverse("periksa:periksa_hapus", args=[kept.pk])).status_code == 404
    assert PeriksaTersimpan.objects.filter(pk=kept.pk).exists()
    assert len(_stored_files(media)) == 1


def test_delete_is_a_post_only(client, pengguna, media):
    client.force_login(pengguna)
    _upload(client, "lkjip.txt", contoh.teks().encode(), simpan="1")
    kept = PeriksaTersimpan.objects.get()
    assert client.get(reverse("periksa:periksa_hapus", args=[kept.pk])).status_code == 405
    assert PeriksaTersimpan.objects.filter(pk=kept.pk).exists()


def test_the_list_of_kept_reports_costs_the_same_queries_for_one_or_many(
    client, pengguna, media, django_assert_num_queries
):
    client.force_login(pengguna)
    _upload(client, "satu.txt", contoh.teks().encode(), simpan="1")
    client.get(URL)
    # The same few queries (session, user, the list) whatever the number of kept reports.
    with django_assert_num_queries(4):
        client.get(URL)
    for number in range(3):
        _upload(client, f"lain-{number}.txt", contoh.teks().encode(), simpan="1")
    client.get(URL)
    with django_assert_num_queries(4):
        page = client.get(URL).content.decode()
    assert page.count("periksa-lk/") >= 4


def test_a_pdf_without_text_says_nothing_was_reviewed(client, pengguna, media, monkeypatch):
    # A scan: the PDF opens and yields no text at all.
    monkeypatch.setattr(unggah, "baca_berkas", lambda path: [])
    client.force_login(pengguna)
    response = _upload(client, "pindaian.pdf", b"%PDF-1.7 scanned pages")
    assert response.status_code == 200
    assert "tidak ada yang diperiksa" in response.content.decode()


def test_a_text_without_headings_or_tables_is_still_reviewed(client, pengguna, media):
    client.force_login(pengguna)
    response = _upload(
        client, "catatan.txt", b"Laporan Kinerja Tahun Anggaran 2019.\n", tahun="2024"
    )
    page = response.content.decode()
    assert "tidak ada yang diperiksa" not in page
    assert "Tahun Anggaran 2019" in page
