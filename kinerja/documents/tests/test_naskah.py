"""The LKjIP's narrative sections edited in the application: what is edited is what Word and PDF
print, every save is a version that can be restored, regenerating after a data change keeps
the edit and says the data changed, and only those who may write the report write it."""

import re
from decimal import Decimal
from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.core.models import AuditLog
from kinerja.documents import services
from kinerja.documents.models import NaskahLaporan
from kinerja.documents.naskah import bawaan_tahun, naskah_berlaku
from kinerja.measurement.models import Realisasi
from kinerja.organisations.models import Unit
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import RKT, BarisRKT
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db
TAHUN = 2025
SUNTINGAN = "Kata pengantar ini ditulis sendiri oleh Sekretaris untuk laporan tahun ini."
CATATAN = "Data di bawah bagian ini berubah sejak disunting pada"


@pytest.fixture
def satker():
    satker = SatkerFactory(
        nama="KPU Kota Uji Naskah", slug="kpu-kota-uji-naskah", kota="Kota Uji",
        nama_lengkap="Sekretariat KPU Kota Uji Naskah", alamat="Jl. Merdeka No. 1, Kota Uji",
    )  # fmt: skip
    Unit.objects.create(satker=satker, nama="Subbagian Uji Keuangan", tugas="Mengelola keuangan.")
    kegiatan = KegiatanFactory(kode="9873", nama="Kegiatan Uji")
    rkt = RKT.objects.create(satker=satker, tahun=TAHUN)
    for urutan, (target, nilai) in enumerate(((95, 90), (100, 100)), start=1):
        indikator = IndikatorKinerjaFactory(
            satker=satker, kegiatan=kegiatan, nama=f"Indikator uji {urutan}", satuan="%",
            kode=f"N-{urutan}",
        )  # fmt: skip
        BarisRKT.objects.create(
            rkt=rkt, urutan=urutan, sasaran_tercetak="S", indikator=indikator,
            kegiatan=kegiatan, target=Decimal(target),
        )  # fmt: skip
        Realisasi.objects.create(
            indikator=indikator, tahun=TAHUN, periode="tahunan", status="dilaporkan",
            nilai=Decimal(nilai),
        )  # fmt: skip
    Pagu.objects.create(
        satker=satker, kegiatan=kegiatan, tahun=TAHUN, jenis="awal", jumlah=1_000_000_000,
        sumber="DIPA",
    )  # fmt: skip
    RealisasiAnggaran.objects.create(
        satker=satker, kegiatan=kegiatan, tahun=TAHUN, periode="tahunan", jumlah=900_000_000,
        sumber="SAKTI",
    )  # fmt: skip
    return satker


def _persona(satker, peran):
    return MembershipFactory(satker=satker, peran=peran).user


@pytest.fixture
def admin(satker):
    return _persona(satker, Membership.Peran.ADMIN_SATKER)


def _url(satker):
    return reverse("documents:naskah", args=[satker.slug, TAHUN])


def _simpan(satker, actor, bagian, teks, sidik=None):
    if sidik is None:
        current = NaskahLaporan.objects.filter(satker=satker, tahun=TAHUN, bagian=bagian).first()
        sidik = services.sidik_versi(current)
    return services.simpan_naskah(
        actor=actor, satker=satker, tahun=TAHUN, bagian=bagian, teks=teks,
        bawaan=bawaan_tahun(satker, TAHUN)[bagian], sidik_awal=sidik,
    )  # fmt: skip


def _docx(client, satker):
    url = reverse("documents:laporan_unduh", args=[satker.slug, TAHUN, "docx"])
    # The hand-made year is not ready (no signed PK): the report is asked for anyway.
    return Document(BytesIO(client.get(url, {"tetap": "1"}).content))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_a_section_edited_in_the_app_is_printed_verbatim_in_word_and_pdf(client, satker, admin):
    client.force_login(admin)
    response = client.post(
        _url(satker),
        {"aksi": "simpan", "bagian": "kata_pengantar", "sidik": "", "teks": SUNTINGAN},
    )
    assert response.status_code == 302
    paragraphs = [paragraph.text for paragraph in _docx(client, satker).paragraphs]
    assert SUNTINGAN in paragraphs
    # The default it replaced is gone; the other sections still print their defaults.
    assert not any("disusun sebagai wujud pertanggungjawaban" in text for text in paragraphs)
    assert any(text.startswith("Sebagai wujud akuntabilitas kinerja,") for text in paragraphs)
    pdf = client.get(
        reverse("documents:laporan_unduh", args=[satker.slug, TAHUN, "pdf"]), {"tetap": "1"}
    )
    text = _flat(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf.content)).pages))
    assert SUNTINGAN in text


def test_regenerating_after_a_data_change_keeps_the_edit_and_shows_the_note(client, satker, admin):
    edited = "Ikhtisar yang ditulis pengguna: capaian tahun ini baik."
    _simpan(satker, admin, "ikhtisar_eksekutif", edited)
    client.force_login(admin)
    assert CATATAN not in client.get(_url(satker)).content.decode()
    # The realisation under the ikhtisar changes: its default now reads differently.
    Realisasi.objects.filter(indikator__satker=satker, nilai=Decimal(90)).update(nilai=80)
    sections = {
        item.kode: item for item in naskah_berlaku(satker, TAHUN, bawaan_tahun(satker, TAHUN))
    }
    assert sections["ikhtisar_eksekutif"].berubah
    assert sections["ikhtisar_eksekutif"].teks == edited
    assert not sections["kata_pengantar"].berubah  # not edited: nothing to warn about
    assert edited in [paragraph.text for paragraph in _docx(client, satker).paragraphs]
    page = client.get(_url(satker)).content.decode()
    assert CATATAN in page
    assert "sebesar 92,11%" in page  # the new default (84,21% and 100%) is there to compare
    listing = client.get(reverse("documents:laporan", args=[satker.slug])).content.decode()
    assert CATATAN in listing


def test_every_save_is_a_version_and_an_old_one_can_be_restored(client, satker, admin):
    first = _simpan(satker, admin, "latar_belakang", "Versi pertama latar belakang.")
    second = _simpan(satker, admin, "latar_belakang", "Versi kedua latar belakang.")
    assert (first.versi, second.versi) == (1, 2)
    assert _simpan(satker, admin, "latar_belakang", "Versi kedua latar belakang.") == second
    client.force_login(admin)
    response = client.post(
        _url(satker),
        {"aksi": "pulihkan", "versi": first.pk, "sidik": services.sidik_versi(second)},
    )
    assert response.status_code == 302
    versions = list(NaskahLaporan.objects.filter(satker=satker, bagian="latar_belakang"))
    assert [(item.versi, item.teks) for item in versions] == [
        (3, "Versi pertama latar belakang."),
        (2, "Versi kedua latar belakang."),
        (1, "Versi pertama latar belakang."),
    ]
    assert versions[0].dipulihkan_dari == first
    assert versions[0].penulis == admin
    assert "Versi pertama latar belakang." in [p.text for p in _docx(client, satker).paragraphs]
    page = client.get(_url(satker)).content.decode()
    assert "Versi kedua latar belakang." in page  # older versions stay readable
    audited = AuditLog.objects.filter(model="documents.NaskahLaporan", actor=admin)
    assert audited.count() == 3
    assert "dipulihkan dari versi 1" in audited.order_by("-pk").first().reason


def test_a_second_editor_is_warned_and_overwrites_nothing(client, satker, admin):
    opened = services.sidik_versi(None)  # both open the section before anyone saved
    _simpan(satker, admin, "sistematika", "Sistematika dari editor pertama.", sidik=opened)
    other = _persona(satker, Membership.Peran.PIMPINAN)
    client.force_login(other)
    response = client.post(
        _url(satker),
        {"aksi": "simpan", "bagian": "sistematika", "sidik": opened,
         "teks": "Sistematika dari editor kedua."},
    )  # fmt: skip
    assert response.status_code == 200
    page = response.content.decode()
    assert "telah disimpan orang lain" in page
    assert "Sistematika dari editor kedua." in page  # what they typed is kept on the page
    assert list(
        NaskahLaporan.objects.filter(satker=satker, bagian="sistematika").values_list("teks")
    ) == [("Sistematika dari editor pertama.",)]


@pytest.mark.parametrize("peran", [Membership.Peran.INSPEKTUR, Membership.Peran.OPERATOR_UNIT])
def test_a_reader_reads_the_sections_but_cannot_edit_them(client, satker, peran):
    client.force_login(_persona(satker, peran))
    page = client.get(_url(satker))
    assert page.status_code == 200
    assert "Sebagai wujud akuntabilitas kinerja" in page.content.decode()
    assert "<textarea" not in page.content.decode()
    refused = client.post(
        _url(satker), {"aksi": "simpan", "bagian": "kata_pengantar", "sidik": "", "teks": "x"}
    )
    assert refused.status_code == 403
    assert not NaskahLaporan.objects.exists()


def test_the_sekretaris_may_write_the_narrative(client, satker):
    client.force_login(_persona(satker, Membership.Peran.PIMPINAN))
    response = client.post(
        _url(satker), {"aksi": "simpan", "bagian": "kata_pengantar", "sidik": "", "teks": "Teks."}
    )
    assert response.status_code == 302
    assert NaskahLaporan.objects.get().teks == "Teks."


def test_another_satkers_slug_or_version_is_not_found(client, satker, admin):
    mine = _simpan(satker, admin, "kata_pengantar", "Milik satker uji.")
    other = SatkerFactory(nama="KPU Kota Lain", slug="kpu-kota-lain-naskah")
    outsider = _persona(other, Membership.Peran.ADMIN_SATKER)
    client.force_login(outsider)
    assert client.get(_url(satker)).status_code == 404
    post = {"aksi": "pulihkan", "versi": mine.pk, "sidik": services.sidik_versi(mine)}
    assert client.post(_url(satker), post).status_code == 404
    # The outsider's own page does not reach the other satker's version either.
    RKT.objects.create(satker=other, tahun=TAHUN)
    assert client.post(_url(other), post).status_code == 404
    assert NaskahLaporan.objects.count() == 1


def test_the_word_file_has_a_toc_field_filled_on_opening_and_roman_front_matter(
    client, satker, admin
):
    client.force_login(admin)
    document = _docx(client, satker)
    body = document.element.body.xml
    assert 'TOC \\o "1-2" \\h \\z \\u' in body
    assert 'TOC \\h \\z \\t "Caption,1"' in body
    assert '<w:updateFields w:val="true"/>' in document.settings.element.xml
    formats = [
        section._sectPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgNumType"
        ).get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fmt")
        for section in document.sections
    ]
    assert formats == ["decimal", "lowerRoman", "decimal"]  # cover, front matter, body
    assert document.sections[0].different_first_page_header_footer  # a bare cover
    header = document.sections[1].header.paragraphs[0].text
    assert header == f"Sekretariat KPU Kota Uji Naskah — Laporan Kinerja Tahun {TAHUN}"
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "KPU KOTA UJI NASKAH" in texts
    assert "Jl. Merdeka No. 1, Kota Uji" in texts
    assert texts.index("KATA PENGANTAR") < texts.index("IKHTISAR EKSEKUTIF")
    assert texts.index("DAFTAR ISI") < texts.index("BAB I PENDAHULUAN")
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Subbagian Uji Keuangan" in cells
    assert "Mengelola keuangan." in cells


def test_the_pdf_numbers_the_front_matter_in_roman_and_the_body_from_one(client, satker, admin):
    client.force_login(admin)
    pdf = client.get(
        reverse("documents:laporan_unduh", args=[satker.slug, TAHUN, "pdf"]), {"tetap": "1"}
    )
    pages = [page.extract_text() for page in PdfReader(BytesIO(pdf.content)).pages]
    contents = _flat(next(page for page in pages if "DAFTAR ISI" in page and "BAB I" in page))
    assert re.search(r"KATA PENGANTAR[ .]*i\b", contents)
    assert re.search(r"BAB I PENDAHULUAN[ .]*1\b", contents)
    # Each page reads: its text, the running header, the page number.
    kata_pengantar = next(page for page in pages if page.startswith("KATA PENGANTAR"))
    assert kata_pengantar.endswith(f"Laporan Kinerja Tahun {TAHUN}\ni")
    bab_satu = next(page for page in pages if page.startswith("BAB I PENDAHULUAN"))
    assert bab_satu.endswith(f"Laporan Kinerja Tahun {TAHUN}\n1")
    assert "Laporan Kinerja Tahun 2025" not in pages[0]  # the cover carries no running header


def test_the_navigations_year_link_leads_to_that_years_sections(client, satker, admin):
    RKT.objects.create(satker=satker, tahun=TAHUN - 1)
    client.force_login(admin)
    response = client.get(_url(satker), {"tahun": TAHUN - 1})
    assert response.url == reverse("documents:naskah", args=[satker.slug, TAHUN - 1])
    assert client.get(response.url).status_code == 200
