"""Signing the LKjIP keeps it as signed: the pimpinan signs, the content is stored with its
SHA-256, later downloads (Word, PDF) are that document even after the data changed, a revision
is a new version with its reason and the old one stays readable. Only the signing role signs;
another satker's ids are not found."""

import datetime
import hashlib
import json
from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.models import AuditLog
from kinerja.documents.models import LaporanTahunan, LaporanTertandatangan
from kinerja.documents.serial import sidik
from kinerja.measurement.models import Realisasi

pytestmark = pytest.mark.django_db
TAHUN = 2025


def _login(client, satker, peran):
    user = MembershipFactory(satker=satker, peran=peran).user
    client.force_login(user)
    return user


def _url(name, satker, *args, tahun=TAHUN):
    return reverse(f"documents:{name}", args=[satker.slug, tahun, *args])


def _docx_text(data: bytes) -> str:
    document = Document(BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


@pytest.fixture
def pimpinan(client, siap):
    return _login(client, siap, Membership.Peran.PIMPINAN)


def test_a_signed_report_downloads_as_signed_after_the_data_changed(client, siap, pimpinan):
    response = client.post(_url("laporan_tandatangani", siap))
    assert response.status_code == 302
    (signed,) = LaporanTertandatangan.objects.filter(satker=siap, tahun=TAHUN)
    assert signed.sidik == hashlib.sha256(signed.isi.encode()).hexdigest()
    assert (signed.tanggal, signed.penanda_tangan, signed.ditandatangani_oleh) == (
        datetime.date(2026, 1, 20),
        "Siti Kepala",
        pimpinan,
    )
    docx_before = _docx_text(client.get(_url("laporan_unduh", siap, "docx")).content)
    pdf_before = _pdf_text(client.get(_url("laporan_unduh", siap, "pdf")).content)
    assert "96%" in docx_before
    assert "SITI KEPALA" in docx_before
    assert "96%" in pdf_before

    Realisasi.objects.filter(indikator__satker=siap).update(nilai=50)
    LaporanTahunan.objects.filter(satker=siap).update(tanggal=datetime.date(2026, 3, 1))

    signed.refresh_from_db()
    assert sidik(signed.isi) == signed.sidik
    for url in (_url("laporan_unduh", siap, "docx"), _url("laporan_versi_unduh", siap, 1, "docx")):
        assert _docx_text(client.get(url).content) == docx_before
    for url in (_url("laporan_unduh", siap, "pdf"), _url("laporan_versi_unduh", siap, 1, "pdf")):
        assert _pdf_text(client.get(url).content) == pdf_before
    # The workbook of a signed year is the signed report's tables, not today's figures.
    book = load_workbook(BytesIO(client.get(_url("laporan_unduh", siap, "xlsx")).content))
    cells = {cell for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row}
    # Excel gives numbers back as floats.
    assert 0.96 in cells
    assert 0.5 not in cells
    assert 50 not in cells
    audit = AuditLog.objects.get(model="documents.LaporanTertandatangan", object_id=signed.pk)
    assert signed.sidik in audit.reason
    assert audit.actor == pimpinan


def test_a_revision_is_a_new_version_with_its_reason_and_the_old_one_stays(client, siap, pimpinan):
    client.post(_url("laporan_tandatangani", siap))
    first = _docx_text(client.get(_url("laporan_versi_unduh", siap, 1, "docx")).content)
    Realisasi.objects.filter(indikator__satker=siap).update(nilai=97)

    # Signing twice is refused: a signed report is revised, never re-signed in place.
    client.post(_url("laporan_tandatangani", siap))
    assert LaporanTertandatangan.objects.filter(satker=siap).count() == 1
    # A revision without a reason is refused.
    client.post(_url("laporan_revisi", siap), {"alasan": " "})
    assert LaporanTertandatangan.objects.filter(satker=siap).count() == 1

    client.post(_url("laporan_revisi", siap), {"alasan": "Realisasi TPS dikoreksi"})
    old, new = LaporanTertandatangan.objects.filter(satker=siap).order_by("versi")
    assert (new.versi, new.revisi_dari, new.alasan) == (2, old, "Realisasi TPS dikoreksi")
    assert new.sidik != old.sidik
    assert _docx_text(client.get(_url("laporan_versi_unduh", siap, 1, "docx")).content) == first
    assert "97%" in _docx_text(client.get(_url("laporan_unduh", siap, "docx")).content)
    html = client.get(reverse("documents:laporan", args=[siap.slug])).content.decode()
    assert old.sidik[:12] in html
    assert new.sidik[:12] in html
    assert "Realisasi TPS dikoreksi" in html
    assert AuditLog.objects.filter(model="documents.LaporanTertandatangan").count() == 2


def test_without_the_reports_date_signing_is_refused(client, siap, pimpinan):
    LaporanTahunan.objects.filter(satker=siap).update(tanggal=None)
    response = client.post(_url("laporan_tandatangani", siap), follow=True)
    assert "Tanggal laporan tahun 2025 belum diisi" in response.content.decode()
    assert not LaporanTertandatangan.objects.filter(satker=siap).exists()


@pytest.mark.parametrize(
    "peran",
    [
        Membership.Peran.ADMIN_SATKER,
        Membership.Peran.KASUBBAG,
        Membership.Peran.OPERATOR_UNIT,
        Membership.Peran.INSPEKTUR,
    ],
)
def test_only_the_pimpinan_signs_or_revises(client, siap, peran):
    _login(client, siap, peran)
    assert client.post(_url("laporan_tandatangani", siap)).status_code == 403
    assert client.post(_url("laporan_revisi", siap), {"alasan": "x"}).status_code == 403
    assert not LaporanTertandatangan.objects.filter(satker=siap).exists()


def test_the_admin_sets_the_date_place_and_number_and_a_reader_may_not(client, siap):
    _login(client, siap, Membership.Peran.ADMIN_SATKER)
    data = {
        "identitas-2025-tanggal": "2026-02-03",
        "identitas-2025-tempat": "Kota Lain",
        "identitas-2025-nomor": "001/PL/2026",
    }
    assert client.post(_url("laporan_identitas", siap), data).status_code == 302
    record = LaporanTahunan.objects.get(satker=siap, tahun=TAHUN)
    assert (record.tanggal, record.tempat, record.nomor) == (
        datetime.date(2026, 2, 3),
        "Kota Lain",
        "001/PL/2026",
    )
    assert AuditLog.objects.filter(model="documents.LaporanTahunan", object_id=record.pk).exists()
    # The date field shows the stored date back (a date input reads ISO dates only).
    html = client.get(reverse("documents:laporan", args=[siap.slug])).content.decode()
    assert 'value="2026-02-03"' in html
    _login(client, siap, Membership.Peran.INSPEKTUR)
    assert client.post(_url("laporan_identitas", siap), data).status_code == 403


def test_another_satkers_ids_are_not_found(client, siap, pimpinan, prabumulih, outsider):
    # The pimpinan of one satker cannot sign, revise, date or download another's.
    for name in ("laporan_tandatangani", "laporan_revisi", "laporan_identitas"):
        assert client.post(_url(name, prabumulih, tahun=2024), {"alasan": "x"}).status_code == 404
    client.post(_url("laporan_tandatangani", siap))
    assert (
        client.get(_url("laporan_versi_unduh", prabumulih, 1, "docx", tahun=2024)).status_code
        == 404
    )
    client.force_login(outsider)
    assert client.get(_url("laporan_versi_unduh", siap, 1, "docx")).status_code == 404
    assert client.post(_url("laporan_tandatangani", siap)).status_code == 404
    assert LaporanTertandatangan.objects.filter(satker=siap).count() == 1


def test_changing_the_date_after_signing_says_the_signed_version_keeps_its_own(
    client, siap, pimpinan
):
    assert client.post(_url("laporan_tandatangani", siap)).status_code == 302
    _login(client, siap, Membership.Peran.ADMIN_SATKER)
    data = {
        "identitas-2025-tanggal": "2026-02-03",
        "identitas-2025-tempat": "Kota Lain",
        "identitas-2025-nomor": "002/PL/2026",
    }
    response = client.post(_url("laporan_identitas", siap), data, follow=True)
    html = response.content.decode()
    assert "sudah ditandatangani (versi 1)" in html
    assert "berlaku pada revisi berikutnya" in html


def test_a_signed_version_keeps_the_data_it_was_built_from(client, siap, pimpinan):
    client.post(_url("laporan_tandatangani", siap))
    (signed,) = LaporanTertandatangan.objects.filter(satker=siap, tahun=TAHUN)
    assert signed.data_sidik == hashlib.sha256(signed.data.encode()).hexdigest()
    Realisasi.objects.filter(indikator__satker=siap).update(nilai=50)

    response = client.get(_url("laporan_versi_unduh", siap, 1, "json"))
    assert response["Content-Disposition"].endswith(f'-{TAHUN}-v1-data.json"')
    data = json.loads(response.content)
    # The measurement as it stood when signed (`kinerja pengukuran --json`): the realisation
    # behind "96%", not today's 50.
    assert (data["satker"], data["tahun"]) == (siap.slug, TAHUN)
    values = {row["realisasi"] for row in data["indikator"]}
    assert "96" in values
    assert "50" not in values
    assert {row["capaian"] for row in data["indikator"]} == {"101.05"}  # 96 against 95
    html = client.get(reverse("documents:laporan", args=[siap.slug])).content.decode()
    assert _url("laporan_versi_unduh", siap, 1, "json") in html


def test_a_version_whose_data_was_not_kept_offers_no_data(client, siap, pimpinan):
    client.post(_url("laporan_tandatangani", siap))
    LaporanTertandatangan.objects.filter(satker=siap).update(data="", data_sidik="")
    assert client.get(_url("laporan_versi_unduh", siap, 1, "json")).status_code == 404
    html = client.get(reverse("documents:laporan", args=[siap.slug])).content.decode()
    assert _url("laporan_versi_unduh", siap, 1, "json") not in html
