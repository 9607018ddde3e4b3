"""The "Pernyataan Telah Direviu" page of the LKjIP as the report page records it: the
inspectorate states it, the Word file prints it after the Kata Pengantar, signed by the
reviewer with the NIP as the documents print it; withdrawn, the report says "belum direviu"
again, while a report signed with it keeps it. Only the inspectorate records; another
satker's inspector finds nothing."""

import datetime
from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document
from docx.table import Table

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.documents import laporan_services
from kinerja.documents.kesiapan import Jenis
from kinerja.documents.kesiapan_data import kesiapan
from kinerja.documents.reviu_apip import BELUM_DIREVIU
from kinerja.evaluation import services as reviu
from kinerja.evaluation.models import PernyataanReviu
from kinerja.organisations.models import RiwayatJabatan
from kinerja.organisations.tests.factories import PegawaiFactory, SatkerFactory

pytestmark = pytest.mark.django_db
TAHUN = 2025
Peran = Membership.Peran


@pytest.fixture
def belum(siap):
    """The ready year before its review: no statement yet."""
    PernyataanReviu.objects.filter(satker=siap).delete()
    return siap


@pytest.fixture
def inspektorat(belum):
    """The satker the inspectorate's staff belong to, above the reviewed one: a statement is
    never signed by the reviewed satker's own people."""
    if belum.parent is not None:
        return belum.parent
    parent = SatkerFactory(nama="KPU Provinsi Uji APIP", slug="kpu-provinsi-uji-apip")
    belum.parent = parent
    belum.save()
    return parent


@pytest.fixture
def inspektur(inspektorat):
    return MembershipFactory(satker=inspektorat, peran=Peran.INSPEKTUR).user


@pytest.fixture
def pereviu(inspektorat):
    person = PegawaiFactory(satker=inspektorat, nama="Dewi Pengawas", nip="198001012005012001")
    RiwayatJabatan.objects.create(
        satker=inspektorat, pegawai=person, jabatan="Inspektur Wilayah II",
        pangkat_golongan="Pembina Utama Muda (IV/c)", mulai=datetime.date(2024, 1, 1),
    )  # fmt: skip
    return person


def test_the_reviewed_satkers_own_staff_are_never_offered_as_reviewer(client, belum, inspektur):
    # Assigned on the reviewed satker itself too, as the demo's inspector is.
    MembershipFactory(user=inspektur, satker=belum, peran=Peran.INSPEKTUR)
    own = PegawaiFactory(satker=belum, nama="Staf Satker Sendiri", nip="198502022010011002")
    client.force_login(inspektur)
    page = _page(client, belum)
    assert "Staf Satker Sendiri" not in page
    response = _post(client, belum, own)
    assert response.status_code in (302, 400)
    assert not PernyataanReviu.objects.filter(satker=belum).exists()


def _post(client, satker, pegawai, **overrides):
    data = {"tanggal": "2026-01-16", "tempat": "Palembang", "pemeriksa": pegawai.pk, **overrides}
    url = reverse("documents:pernyataan_reviu", args=[satker.slug, TAHUN])
    return client.post(url, {f"reviu-{TAHUN}-{key}": value for key, value in data.items()})


def _tarik(client, satker, alasan):
    url = reverse("documents:pernyataan_reviu_tarik", args=[satker.slug, TAHUN])
    return client.post(url, {f"tarik-{TAHUN}-alasan": alasan})


def _page(client, satker) -> str:
    return client.get(reverse("documents:laporan", args=[satker.slug])).content.decode()


def _paragraphs(content: bytes) -> list[str]:
    """The Word file's text in order: each paragraph, and each table cell (a signature block
    is laid out as a table)."""
    texts = []
    for item in Document(BytesIO(content)).iter_inner_content():
        if isinstance(item, Table):
            texts += [cell.text for row in item.rows for cell in row.cells]
        else:
            texts.append(item.text)
    return texts


def _docx(client, satker) -> list[str]:
    url = reverse("documents:laporan_unduh", args=[satker.slug, TAHUN, "docx"])
    return _paragraphs(client.get(url, {"tetap": "1"}).content)


def test_the_inspector_states_the_report_reviewed_and_word_prints_it_signed(
    client, belum, inspektur, pereviu
):
    client.force_login(inspektur)
    assert "Nyatakan laporan telah direviu" in _page(client, belum)
    response = _post(client, belum, pereviu)
    assert response.status_code == 302
    assert response.url.endswith(f"#reviu-{TAHUN}")
    page = _page(client, belum)
    assert "Telah direviu" in page
    assert (
        "pernyataan ditandatangani Dewi Pengawas (Inspektur Wilayah II), Palembang, "
        "16 Januari 2026." in page
    )
    assert [item.jenis for item in kesiapan(belum, TAHUN).penghalang] == []
    paragraphs = _docx(client, belum)
    title = paragraphs.index("PERNYATAAN TELAH DIREVIU")
    assert paragraphs.index("KATA PENGANTAR") < title < paragraphs.index("IKHTISAR EKSEKUTIF")
    statement = paragraphs[title + 1 : paragraphs.index("IKHTISAR EKSEKUTIF")]
    assert statement[0] == (
        "Kami telah mereviu Laporan Kinerja KPU Kota Siap untuk tahun anggaran 2025 sesuai "
        "Pedoman Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan "
        "Kinerja menjadi tanggung jawab manajemen KPU Kota Siap."
    )
    assert any("tidak terdapat kondisi atau hal-hal" in text for text in statement)
    signature = "\n".join(statement)
    for line in ("Palembang, 16 Januari 2026", "INSPEKTUR WILAYAH II,", "DEWI PENGAWAS",
                 "Pembina Utama Muda (IV/c)", "19800101 200501 2 001"):  # fmt: skip
        assert line in signature
    assert BELUM_DIREVIU not in paragraphs


def test_an_open_review_note_refuses_the_statement_on_the_page(client, belum, inspektur, pereviu):
    reviu.catat_reviu(actor=inspektur, satker=belum, tahun=TAHUN, teks="Lampirkan SK tim.")
    client.force_login(inspektur)
    response = _post(client, belum, pereviu)
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "Masih ada 1 catatan reviu tahun 2025 yang belum selesai" in page
    assert not PernyataanReviu.objects.exists()


def test_a_signer_from_another_satker_or_missing_fields_are_refused(
    client, belum, inspektur, pereviu
):
    client.force_login(inspektur)
    stranger = PegawaiFactory(satker=SatkerFactory(), nama="Orang Lain", jabatan="Inspektur")
    page = client.get(_post(client, belum, stranger).url).content.decode()
    assert "pernyataan belum disimpan" in page
    _post(client, belum, pereviu, tempat="")
    assert not PernyataanReviu.objects.exists()


def test_withdrawn_the_report_is_not_reviewed_again_but_the_signed_version_keeps_it(
    client, belum, inspektur, pereviu
):
    client.force_login(inspektur)
    _post(client, belum, pereviu)
    pimpinan = MembershipFactory(satker=belum, peran=Peran.PIMPINAN).user
    signed = laporan_services.tandatangani_laporan(actor=pimpinan, satker=belum, tahun=TAHUN)
    assert _tarik(client, belum, "").status_code == 302
    assert PernyataanReviu.objects.get().berlaku  # no reason, not withdrawn
    _tarik(client, belum, "Realisasi diubah setelah reviu.")
    statement = PernyataanReviu.objects.get()
    assert not statement.berlaku
    page = _page(client, belum)
    assert "Belum direviu" in page
    assert "Realisasi diubah setelah reviu." in page
    (blocker,) = kesiapan(belum, TAHUN).penghalang
    assert blocker.jenis == Jenis.PERNYATAAN_REVIU
    # The signed version prints the statement it was signed with.
    url = reverse("documents:laporan_versi_unduh", args=[belum.slug, TAHUN, signed.versi, "docx"])
    kept = _paragraphs(client.get(url).content)
    title = kept.index("PERNYATAAN TELAH DIREVIU")
    assert "NIP. 19800101 200501 2 001" in "\n".join(kept[title : title + 8])
    # Generated afresh (as a revision would be), the report says it is not reviewed.
    from kinerja.documents.lkjip import laporan_kinerja
    from kinerja.documents.reviu_apip import JUDUL_PERNYATAAN

    blocks = laporan_kinerja(belum, TAHUN).blok
    texts = [getattr(block, "teks", "") for block in blocks]
    assert texts[texts.index(JUDUL_PERNYATAAN) + 1] == BELUM_DIREVIU


@pytest.mark.parametrize("peran", [Peran.ADMIN_SATKER, Peran.PIMPINAN, Peran.OPERATOR_UNIT])
def test_the_satkers_own_roles_may_not_state_or_withdraw(client, belum, pereviu, peran):
    client.force_login(MembershipFactory(satker=belum, peran=peran).user)
    assert "Nyatakan laporan telah direviu" not in _page(client, belum)
    assert _post(client, belum, pereviu).status_code == 403
    assert _tarik(client, belum, "Alasan.").status_code == 403
    assert not PernyataanReviu.objects.exists()


def test_another_satkers_inspector_gets_not_found(client, belum, pereviu):
    other = SatkerFactory(nama="KPU Kota Lain", slug="kpu-kota-lain-reviu")
    client.force_login(MembershipFactory(satker=other, peran=Peran.INSPEKTUR).user)
    assert _post(client, belum, pereviu).status_code == 404
    assert _tarik(client, belum, "Alasan.").status_code == 404
    assert not PernyataanReviu.objects.exists()
