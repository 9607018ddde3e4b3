"""The readiness check on the demo (Prabumulih 2024) and on a small ready year made here, as
the report page and the downloads show it: a year with blockers is made only when asked to
go ahead, and then carries them as an appendix; the consistency appendix lists the reviu's
findings; another satker's reader gets "not found"."""

from collections import Counter
from io import BytesIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.documents.isi import periksa_lebar
from kinerja.documents.kesiapan import Jenis
from kinerja.documents.kesiapan_data import kesiapan
from kinerja.documents.lampiran import (
    JUDUL_BELUM_LENGKAP,
    JUDUL_KONSISTENSI,
    laporan_dengan_lampiran,
)
from kinerja.measurement.models import Realisasi

pytestmark = pytest.mark.django_db
# The PK indicators the seed report never measured: no realisation, no Renstra target.
TIDAK_DIUKUR = {
    "6867-5", "6867-6", "6867-7", "6867-8", "6981-2", "6981-3", "6981-4", "6981-5", "6981-6",
    "6982-2", "3360-11",
}  # fmt: skip


def _docx_text(data: bytes) -> str:
    document = Document(BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _url(satker, fmt: str, query: str = "", tahun: int = 2024) -> str:
    return reverse("documents:laporan_unduh", args=[satker.slug, tahun, fmt]) + query


def test_the_demo_year_lacks_eleven_realisations_their_renstra_targets_and_clean_budgets(
    prabumulih,
):
    check = kesiapan(prabumulih, 2024)
    kinds = Counter(item.jenis for item in check.penghalang)
    # Every PK of 2024 is signed.
    # Not reviewed by the inspectorate; the isu strategis and three kegiatan's analyses have no
    # hambatan to be written from.
    assert kinds == {
        Jenis.REALISASI: 11, Jenis.RENSTRA: 11, Jenis.REVIU: 18, Jenis.PERNYATAAN_REVIU: 1,
        Jenis.NASKAH: 4,
    }  # fmt: skip
    realisations = [item.pesan for item in check.penghalang if item.jenis == Jenis.REALISASI]
    assert {text.split()[1] for text in realisations} == TIDAK_DIUKUR
    assert realisations[0] == (
        "Realisasi 6867-5 “Persentase sosialisasi dan pengumuman pembentukan KPPS sesuai "
        "jadwal” tahun 2024 belum ada untuk TW IV maupun setahun (belum ada periode yang "
        "dilaporkan)."
    )
    reviu = Counter(item.tautan.nama_url for item in check.penghalang if item.jenis == Jenis.REVIU)
    # 1 budget above its pagu and 9 kegiatan with rival pagu; 2 untraceable unit-PK lines,
    # the satker PK's total and 4 ill-formed NIPs; 1 realisation of a kegiatan not executed.
    assert reviu == {"reporting:anggaran": 10, "reporting:pk_daftar": 7, "reporting:rekap": 1}
    # The seed's wrong printed figures (capaian, serapan, totals, claims) are not blockers:
    # the report prints the computation. They are among the reviu's findings all the same.
    assert not any("tercetak 94,73%" in item.pesan for item in check.penghalang)
    assert any(finding.aturan == "capaian-tercatat-salah" for finding in check.temuan)


def test_the_page_lists_each_years_blockers_with_where_to_fix_them(client, satker_admin):
    client.force_login(satker_admin)
    page = client.get(reverse("documents:laporan", args=["kpu-kota-prabumulih"]))
    html = page.content.decode()
    assert "45 hal belum lengkap" in html
    assert "Realisasi 6867-5 “Persentase sosialisasi" in html
    assert 'href="/satker/kpu-kota-prabumulih/realisasi/?tahun=2024"' in html
    assert 'href="/satker/kpu-kota-prabumulih/anggaran/?tahun=2024"' in html
    assert 'name="tetap"' in html
    assert 'name="konsistensi"' in html
    assert _url(page.context["satker"], "xlsx") in html


def test_the_page_reads_each_year_once_for_its_check(
    client, satker_admin, django_assert_max_num_queries
):
    client.force_login(satker_admin)
    # Two years, each read once by the reading layer and reviewed from that reading, with the
    # report's identity, its signer's history, the review notes, the review statement and the
    # narrative sections with the hambatan they are written from (92 queries when measured);
    # reading each year twice would take about 140.
    with django_assert_max_num_queries(100):
        client.get(reverse("documents:laporan", args=["kpu-kota-prabumulih"]))


def test_a_year_with_blockers_is_made_only_when_asked_to_go_ahead(client, satker_admin, prabumulih):
    client.force_login(satker_admin)
    refused = client.get(_url(prabumulih, "docx"))
    assert refused.status_code == 302
    assert "Content-Disposition" not in refused
    assert refused["Location"] == "/satker/kpu-kota-prabumulih/laporan/?tahun=2024#tahun-2024"
    assert "Laporan 2024 belum dibuat" in client.get(refused["Location"]).content.decode()

    made = client.get(_url(prabumulih, "docx", "?tetap=1"))
    assert made["Content-Disposition"].endswith('filename="lkjip-kpu-kota-prabumulih-2024.docx"')
    text = _docx_text(made.content)
    assert JUDUL_BELUM_LENGKAP in text
    assert "Realisasi 3360-11 “Persentase Penginputan Administrasi Kepegawaian" in text
    assert "Galat reviu (Realisasi anggaran, 3355)" in text
    assert JUDUL_KONSISTENSI not in text


def test_both_appendices_fit_the_page(prabumulih):
    check = kesiapan(prabumulih, 2024)
    document = laporan_dengan_lampiran(
        prabumulih, 2024, penghalang=check.penghalang, temuan=check.temuan
    )
    assert periksa_lebar(document) == []


def test_the_consistency_appendix_lists_what_the_reviu_page_lists(client, satker_admin, prabumulih):
    client.force_login(satker_admin)
    reviu = client.get(reverse("evaluation:reviu_detail", args=[prabumulih.slug]) + "?tahun=2024")
    findings = reviu.context["temuan"]
    made = client.get(_url(prabumulih, "docx", "?tetap=1&konsistensi=1"))
    document = Document(BytesIO(made.content))
    (table,) = [
        table for table in document.tables if table.rows[0].cells[1].text == "Aturan (tingkat)"
    ]
    rows = table.rows[1:]
    assert len(rows) == len(findings) == 84
    first, rule = findings[0]
    assert rows[0].cells[1].text == f"{rule.judul} (Galat)"
    assert rows[0].cells[3].text == first.pesan
    assert rows[0].cells[4].text == first.tercatat


def test_the_pdf_carries_both_appendices(client, satker_admin, prabumulih):
    from pypdf import PdfReader

    client.force_login(satker_admin)
    made = client.get(_url(prabumulih, "pdf", "?tetap=1&konsistensi=1"))
    reader = PdfReader(BytesIO(made.content))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert JUDUL_BELUM_LENGKAP in text
    assert JUDUL_KONSISTENSI in text
    assert "Realisasi anggaran melebihi pagu (Galat)" in text


def test_another_satkers_reader_finds_neither_the_page_nor_the_files(client, outsider, prabumulih):
    client.force_login(outsider)
    assert client.get(reverse("documents:laporan", args=[prabumulih.slug])).status_code == 404
    for fmt in ("docx", "pdf", "xlsx"):
        assert client.get(_url(prabumulih, fmt, "?tetap=1")).status_code == 404


def test_a_ready_year_is_said_ready_and_its_report_has_no_blockers_appendix(client, siap):
    assert kesiapan(siap, 2025).penghalang == []
    client.force_login(MembershipFactory(satker=siap, peran=Membership.Peran.PIMPINAN).user)
    html = client.get(reverse("documents:laporan", args=[siap.slug])).content.decode()
    assert "<strong>Siap</strong>" in html
    assert 'name="tetap"' not in html
    made = client.get(_url(siap, "docx", tahun=2025))
    text = _docx_text(made.content)
    assert "Persentase TPS tepat waktu" in text
    assert JUDUL_BELUM_LENGKAP not in text


def test_a_missing_realisation_once_entered_no_longer_blocks(siap):
    Realisasi.objects.filter(indikator__satker=siap).update(periode="tw2")
    (blocker,) = kesiapan(siap, 2025).penghalang
    assert blocker.pesan.endswith("(baru dilaporkan sampai TW II).")
    Realisasi.objects.create(
        indikator=Realisasi.objects.get(indikator__satker=siap).indikator,
        tahun=2025, periode="tw4", nilai=96,
    )  # fmt: skip
    assert kesiapan(siap, 2025).penghalang == []


def test_the_command_writes_any_format_and_lists_the_blockers(prabumulih, tmp_path, capsys):
    out = tmp_path / "lkjip.xlsx"
    call_command(
        "laporan", satker=prabumulih.slug, tahun=2024, format="xlsx", output=str(out),
        konsistensi=True,
    )  # fmt: skip
    from openpyxl import load_workbook

    book = load_workbook(out)
    assert book.sheetnames[5:7] == ["Belum Lengkap", "Konsistensi Data"]
    # The two appendices' tables are also among the report's tables, each on its sheet.
    assert book.sheetnames[-2:] == ["Hal yang belum lengkap 2024", "Catatan konsistensi data 2024"]
    assert book["Konsistensi Data"].max_row == 1 + 84
    assert "45 hal belum lengkap" in capsys.readouterr().err


def test_the_blockers_read_in_english_down_to_the_reviu_location(client, satker_admin):
    from django.conf import settings
    from django.utils import translation

    client.force_login(satker_admin)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(reverse("documents:laporan", args=["kpu-kota-prabumulih"])).content.decode()
    translation.activate(settings.LANGUAGE_CODE)
    assert "Review error (Budget realisation, 3355)" in html
    assert "(Realisasi anggaran, 3355)" not in html


def test_an_open_review_note_blocks_the_report_until_the_inspectorate_closes_it(client, siap):
    from kinerja.evaluation import services as catatan

    inspector = MembershipFactory(satker=siap, peran=Membership.Peran.INSPEKTUR).user
    note = catatan.catat_reviu(actor=inspector, satker=siap, tahun=2025, teks="Lampirkan SK.")
    (blocker,) = kesiapan(siap, 2025).penghalang
    assert (
        blocker.pesan == f"Catatan reviu inspektorat #{note.pk} belum ditanggapi: “Lampirkan SK.”"
    )
    client.force_login(MembershipFactory(satker=siap, peran=Membership.Peran.PIMPINAN).user)
    html = client.get(reverse("documents:laporan", args=[siap.slug])).content.decode()
    assert f"#catatan-{note.pk}" in html
    catatan.selesaikan(actor=inspector, satker=siap, catatan_id=note.pk)
    assert kesiapan(siap, 2025).penghalang == []
