"""Every generated draft of the LKjIP is kept with the data it was built from, each with its
SHA-256: the same draft again counts once more, a change of data makes a new one, an old draft
downloads as it was generated whatever the data says since, and another satker's drafts are
not found."""

import json

import pytest
from django.urls import reverse

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.documents import laporan_services
from kinerja.documents.isi import Dokumen, Judul
from kinerja.documents.models import LaporanDihasilkan
from kinerja.documents.serial import sidik
from kinerja.documents.tests.test_laporan_ttd import _docx_text
from kinerja.measurement.models import Realisasi
from kinerja.organisations.tests.factories import SatkerFactory

pytestmark = pytest.mark.django_db
TAHUN = 2025


def _url(name, satker, *args, tahun=TAHUN):
    return reverse(f"documents:{name}", args=[satker.slug, tahun, *args])


@pytest.fixture
def admin(client, siap):
    user = MembershipFactory(satker=siap, peran=Membership.Peran.ADMIN_SATKER).user
    client.force_login(user)
    return user


def test_a_downloaded_draft_is_kept_with_its_data_and_downloads_again_as_it_was(
    client, siap, admin
):
    first = _docx_text(client.get(_url("laporan_unduh", siap, "docx")).content)
    client.get(_url("laporan_unduh", siap, "docx"))
    (kept,) = LaporanDihasilkan.objects.filter(satker=siap, tahun=TAHUN)
    assert (kept.jumlah, kept.dibuat_oleh) == (2, admin)
    assert kept.sidik == sidik(kept.isi)
    assert kept.data_sidik == sidik(kept.data)
    data = json.loads(kept.data)
    assert "96" in json.dumps(data)  # the realisation the draft was built from

    Realisasi.objects.filter(indikator__satker=siap).update(nilai=50)
    later = _docx_text(client.get(_url("laporan_unduh", siap, "docx")).content)
    assert later != first
    assert LaporanDihasilkan.objects.filter(satker=siap, tahun=TAHUN).count() == 2
    # The first draft is still the document as it was generated, and its data.
    assert _docx_text(client.get(_url("laporan_draf_unduh", siap, kept.pk, "docx")).content) == (
        first
    )
    response = client.get(_url("laporan_draf_unduh", siap, kept.pk, "json"))
    assert response.content.decode() == kept.data
    page = client.get(reverse("documents:laporan", args=[siap.slug]) + f"?tahun={TAHUN}")
    assert kept.sidik[:12] in page.content.decode()


def test_another_satkers_drafts_are_not_found(client, siap, admin):
    client.get(_url("laporan_unduh", siap, "docx"))
    kept = LaporanDihasilkan.objects.get(satker=siap)
    assert client.get(_url("laporan_draf_unduh", siap, kept.pk, "pdf")).status_code == 200
    assert client.get(_url("laporan_draf_unduh", siap, kept.pk, "exe")).status_code == 404
    assert (
        client.get(_url("laporan_draf_unduh", siap, kept.pk, "pdf", tahun=2024)).status_code == 404
    )
    outsider = SatkerFactory()
    client.force_login(MembershipFactory(satker=outsider, peran="admin_satker").user)
    assert client.get(_url("laporan_draf_unduh", siap, kept.pk, "docx")).status_code == 404
    assert client.get(_url("laporan_draf_unduh", outsider, kept.pk, "docx")).status_code == 404


def test_only_the_latest_drafts_are_kept(siap, monkeypatch):
    monkeypatch.setattr(laporan_services, "SIMPAN_DRAF", 2)
    monkeypatch.setattr(laporan_services, "data_sumber", lambda snapshot: snapshot)
    for number in range(4):
        laporan_services.catat_laporan_dihasilkan(
            actor=None,
            satker=siap,
            tahun=TAHUN,
            document=Dokumen("LKjIP", [Judul(f"Draf {number}")]),
            snapshot=f'{{"n":{number}}}',
        )
    kept = LaporanDihasilkan.objects.filter(satker=siap).order_by("terakhir_dibuat", "pk")
    assert [row.data for row in kept] == ['{"n":2}', '{"n":3}']


def test_a_draft_keeps_the_charts_as_its_writer_drew_them_without_drawing_them_again():
    """Keeping a draft must not draw its charts once more (a tenth of a second each): a Word
    draft keeps the PNG its writer drew, and its PDF prints that PNG."""
    from kinerja.documents.docx_out import tulis_docx
    from kinerja.documents.isi import Gambar
    from kinerja.documents.pdf_out import tulis_pdf
    from kinerja.documents.serial import dari_json, ke_json

    calls = []

    def draw(fmt):
        calls.append(fmt)
        return PNG if fmt == "png" else b"<svg xmlns='http://www.w3.org/2000/svg'/>"

    document = Dokumen("LKjIP", [Judul("Grafik"), Gambar(draw, "Grafik 3.1", "teks")])
    tulis_docx(document)
    kept = ke_json(document, semua_format=False)
    assert calls == ["png"]
    assert '"svg"' not in kept
    assert tulis_pdf(dari_json(kept)).startswith(b"%PDF")
    # A signed version keeps every format.
    assert '"svg"' in ke_json(document)
    assert calls == ["png", "svg"]


def _png() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, format="PNG")
    return out.getvalue()


PNG = _png()
