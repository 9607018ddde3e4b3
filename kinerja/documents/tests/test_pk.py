"""The PK documents: the content built from the PK's stored fields, and the same content in the
Word and PDF files — read back with python-docx and pypdf, not merely written."""

import datetime
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian
from kinerja.agreements.tests.factories import PerjanjianSatkerFactory
from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.isi import LEBAR_CETAK_CM, Dokumen, Kolom, Tabel, periksa_lebar
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.documents.pk import baris_target, dokumen_pk, perjanjian_untuk_dokumen
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pk():
    satker = SatkerFactory(
        nama="KPU Kota Uji Dokumen", slug="kpu-kota-uji-dokumen",
        nama_lengkap="Sekretariat Komisi Pemilihan Umum Kota Uji",
    )  # fmt: skip
    agreement = PerjanjianSatkerFactory(
        satker=satker, tahun=2025, status="ditandatangani", tempat="Kota Uji",
        tanggal=datetime.date(2025, 1, 27),
        judul="Perjanjian Kinerja Tahun 2025 Komisi Pemilihan Umum Kota Uji",
        pihak_pertama_nama="Rina Lestari", pihak_pertama_jabatan="Sekretaris",
        pihak_pertama_nip_tercetak="19800101 200501 2 001",
        pihak_kedua_nama="Budi Santoso", pihak_kedua_jabatan="Ketua",
    )  # fmt: skip
    rows = [
        ("Perencanaan program (6709)", "Persentase dokumen tepat waktu", Decimal(95), "%", ""),
        ("Perencanaan program (6709)", "Persentase sarana IT berfungsi", Decimal("90.5"), "%", ""),
        ("Pengelolaan keuangan (3355)", "Opini laporan keuangan", None, "opini", "WTP"),
    ]  # fmt: skip
    for urutan, (sasaran, nama, target, satuan, teks) in enumerate(rows, start=1):
        BarisPerjanjian.objects.create(
            perjanjian=agreement, urutan=urutan, sasaran_tercetak=sasaran,
            indikator=IndikatorKinerjaFactory(satker=satker, nama=nama, satuan=satuan),
            target=target, target_teks=teks,
        )  # fmt: skip
    for urutan, (uraian, amount) in enumerate(
        [("Program Dukungan Manajemen", 2885908000), ("Program Pemilu", 17632649000)], start=1
    ):
        AnggaranPerjanjian.objects.create(
            perjanjian=agreement, urutan=urutan, jenis="program", uraian_tercetak=uraian,
            anggaran=amount,
        )  # fmt: skip
    return perjanjian_untuk_dokumen([agreement.pk]).get()


def _teks_docx(data: bytes) -> str:
    document = Document(BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_the_attachment_numbers_each_sasaran_once_and_prints_targets_as_stated(pk):
    assert baris_target(pk) == (
        ("1.", "Perencanaan program (6709)", "Persentase dokumen tepat waktu", "95%"),
        ("", "", "Persentase sarana IT berfungsi", "90,5%"),
        ("2.", "Pengelolaan keuangan (3355)", "Opini laporan keuangan", "WTP"),
    )


def test_the_document_states_the_parties_place_date_and_budget_total(pk):
    document = dokumen_pk(pk)
    assert document.catatan_status == ""
    assert periksa_lebar(document) == []
    text = _teks_docx(tulis_docx(document))
    for expected in (
        "PERJANJIAN KINERJA TAHUN 2025 KOMISI PEMILIHAN UMUM KOTA UJI",
        "Rina Lestari", "19800101 200501 2 001", "Budi Santoso",
        "Kota Uji, 27 Januari 2025", "PIHAK PERTAMA,", "PIHAK KEDUA,",
        "SEKRETARIAT KOMISI PEMILIHAN UMUM KOTA UJI",
        "Rp 2.885.908.000", "Rp 20.518.557.000", "90,5%", "WTP",
    ):  # fmt: skip
        assert expected in text, expected


def test_a_draft_pk_says_so_on_every_page(pk):
    pk.status = "draft"
    document = dokumen_pk(pk)
    assert document.catatan_status == "DRAF — BELUM DITANDATANGANI"
    header = Document(BytesIO(tulis_docx(document))).sections[0].header.paragraphs[0].text
    assert header == "DRAF — BELUM DITANDATANGANI"
    assert "BELUM DITANDATANGANI" in PdfReader(BytesIO(tulis_pdf(document))).pages[1].extract_text()


def test_the_word_file_is_a4_numbered_and_its_tables_fit_and_repeat_their_header(pk):
    document = Document(BytesIO(tulis_docx(dokumen_pk(pk))))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml
    grids = [table for table in document.tables if table.style.name == "Table Grid"]
    assert len(grids) == 2
    for table in grids:
        widths = [cell.width.cm for cell in table.rows[0].cells]
        assert sum(widths) <= LEBAR_CETAK_CM + 0.01
        header = table.rows[0]._tr.trPr
        assert header is not None
        assert header.find(qn("w:tblHeader")) is not None
    targets = grids[0]
    assert [cell.text for cell in targets.rows[1].cells] == ["(1)", "(2)", "(3)", "(4)"]


def test_the_pdf_carries_the_same_figures(pk):
    reader = PdfReader(BytesIO(tulis_pdf(dokumen_pk(pk))))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Rina Lestari", "NIP. 19800101 200501 2 001", "Rp 20.518.557.000",
                     "90,5%", "27 Januari 2025"):  # fmt: skip
        assert expected in text, expected
    assert len(reader.pages) >= 2  # the statement, then the attachment


def test_a_table_wider_than_the_page_is_reported():
    wide = Tabel(kolom=(Kolom("A", 10), Kolom("B", 8)), baris=(), judul="Lebar")
    assert periksa_lebar(Dokumen("x", [wide])) == ["Tabel Lebar selebar 18.0 cm melebihi 16.0 cm."]


def test_the_command_writes_every_pk_in_force(pk, tmp_path):
    call_command("dokumen-pk", satker=pk.satker.slug, tahun=2025, output=str(tmp_path))
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "pk-2025-satker-v1.docx",
        "pk-2025-satker-v1.pdf",
    ]
    with pytest.raises(CommandError, match="tidak memiliki PK yang berlaku tahun 2019"):
        call_command("dokumen-pk", satker=pk.satker.slug, tahun=2019, output=str(tmp_path))
    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("dokumen-pk", satker="tidak-ada", tahun=2025, output=str(tmp_path))


def test_only_readers_of_the_satker_download_it(client, pk):
    url = reverse("documents:dokumen_pk", args=[pk.satker.slug, pk.pk, "docx"])
    reader = MembershipFactory(satker=pk.satker, peran=Membership.Peran.INSPEKTUR).user
    outsider = MembershipFactory(satker=SatkerFactory(), peran=Membership.Peran.ADMIN_SATKER).user
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    # Another satker's PK id under the reader's own satker is not found either.
    foreign = PerjanjianSatkerFactory(satker=outsider.memberships.get().satker)
    client.force_login(reader)
    assert (
        client.get(
            reverse("documents:dokumen_pk", args=[pk.satker.slug, foreign.pk, "pdf"])
        ).status_code
        == 404
    )
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="pk-2025-satker-v1.docx"'
    assert "Rina Lestari" in _teks_docx(response.content)
    pdf = client.get(reverse("documents:dokumen_pk", args=[pk.satker.slug, pk.pk, "pdf"]))
    assert pdf["Content-Type"] == "application/pdf"
    assert (
        client.get(reverse("documents:dokumen_pk", args=[pk.satker.slug, pk.pk, "odt"])).status_code
        == 404
    )
