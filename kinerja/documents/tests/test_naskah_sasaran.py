"""The analysis written per sasaran in BAB III.A and the isu strategis in BAB I: their
defaults come from the hambatan and upaya recorded (or say plainly they are not written), an
edit is printed verbatim under its sasaran in Word and PDF and survives regeneration, an edit
whose sasaran is gone is kept and shown as orphaned, and only those who may write the report
write them."""

import re
from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.documents import services
from kinerja.documents.kesiapan import Jenis
from kinerja.documents.kesiapan_data import kesiapan
from kinerja.documents.models import NaskahLaporan
from kinerja.documents.naskah import bawaan_tahun, fakta_tahun, naskah_tahun
from kinerja.documents.reviu_apip import BELUM_DIREVIU
from kinerja.evaluation.models import PernyataanReviu
from kinerja.measurement.models import HambatanUpaya, Realisasi
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import SasaranStrategis

pytestmark = pytest.mark.django_db
TAHUN = 2025
ANALISIS = "Keberhasilan sasaran ini didukung koordinasi dengan PPK; hambatannya cuaca."
ISU = "Isu strategis tahun ini: partisipasi pemilih di kecamatan terpencil."


def _persona(satker, peran):
    return MembershipFactory(satker=satker, peran=peran).user


def _kunci(satker) -> str:
    return f"sasaran-{SasaranStrategis.objects.get(renstra__satker=satker).pk}"


def _url(satker):
    return reverse("documents:naskah", args=[satker.slug, TAHUN])


def _post(client, satker, bagian, teks, kunci="", sidik=""):
    return client.post(
        _url(satker), {"aksi": "simpan", "bagian": bagian, "kunci": kunci, "sidik": sidik,
                       "teks": teks},
    )  # fmt: skip


def _paragraphs(client, satker) -> list[str]:
    url = reverse("documents:laporan_unduh", args=[satker.slug, TAHUN, "docx"])
    response = client.get(url, {"tetap": "1"})
    return [paragraph.text for paragraph in Document(BytesIO(response.content)).paragraphs]


def test_the_defaults_come_from_the_recorded_hambatan(siap):
    texts = bawaan_tahun(siap, TAHUN)
    assert texts[f"analisis_sasaran:{_kunci(siap)}"] == (
        "Hambatan yang tercatat pada tahun 2025 dan upaya yang dilakukan:\n"
        "1. Faktor penghambat (TPS): Akses ke TPS terpencil sulit. Upaya: Pengiriman lebih awal."
    )
    assert texts["isu_strategis"].endswith("tercatat pada tahun 2024:\n1. Logistik: Distribusi "
                                           "terlambat.")  # fmt: skip


def test_without_hambatan_the_report_says_the_analysis_is_not_written_and_the_check_lists_it(
    client, siap
):
    HambatanUpaya.objects.filter(satker=siap).delete()
    client.force_login(_persona(siap, Membership.Peran.ADMIN_SATKER))
    paragraphs = _paragraphs(client, siap)
    assert (
        "Analisis penyebab keberhasilan atau kegagalan (faktor pendukung dan penghambat) serta "
        "upaya untuk Sasaran 1: Pemilu tertib tahun 2025 belum ditulis." in paragraphs
    )
    assert any(
        text.startswith("Isu strategis KPU Kota Siap tahun 2025 belum ditulis")
        for text in paragraphs
    )
    blockers = [item.pesan for item in kesiapan(siap, TAHUN).penghalang]
    assert blockers == [
        "Naskah “BAB I D. Isu Strategis” tahun 2025 belum ditulis: laporan mencetak bahwa bagian "
        "ini belum ditulis.",
        "Naskah “BAB III.A Analisis keberhasilan dan kegagalan serta upaya, Sasaran 1: Pemilu "
        "tertib” tahun 2025 belum ditulis: laporan mencetak bahwa bagian ini belum ditulis.",
    ]
    page = client.get(reverse("documents:laporan", args=[siap.slug])).content.decode()
    assert f"/laporan/{TAHUN}/naskah/?tahun={TAHUN}#bagian-isu_strategis" in page


def test_edited_analysis_and_isu_are_printed_in_place_in_word_and_pdf(client, siap):
    client.force_login(_persona(siap, Membership.Peran.ADMIN_SATKER))
    kunci = _kunci(siap)
    assert _post(client, siap, "analisis_sasaran", ANALISIS, kunci).status_code == 302
    assert _post(client, siap, "isu_strategis", ISU).status_code == 302
    saved = NaskahLaporan.objects.get(bagian="analisis_sasaran")
    assert (saved.kunci, saved.label_kunci) == (kunci, "Sasaran 1: Pemilu tertib")
    everything = _paragraphs(client, siap)
    # The body, after the table of contents (whose entries Word files carry as text too).
    paragraphs = everything[len(everything) - everything[::-1].index("BAB I PENDAHULUAN") - 1 :]
    # BAB I: after the tugas and fungsi, before the sistematika, under its own heading.
    isu = paragraphs.index(ISU)
    assert paragraphs[isu - 1] == "D. Isu Strategis"
    assert paragraphs.index("C. Tugas Pokok dan Fungsi") < isu
    assert paragraphs.index("E. Sistematika Penulisan") > isu
    assert any("isu strategis yang dihadapi" in text for text in paragraphs)  # the sistematika
    # BAB III.A: under its sasaran's figures and sentences, before the next part.
    analysis = paragraphs.index(ANALISIS)
    assert paragraphs[analysis - 1] == "Analisis keberhasilan dan kegagalan serta upaya"
    assert paragraphs.index("Sasaran 1: Pemilu tertib") < analysis
    assert any(text.startswith("Indikator “Persentase TPS") for text in paragraphs[:analysis])
    assert paragraphs.index("B. Realisasi Anggaran") > analysis
    # The default it replaced is not printed.
    assert "Akses ke TPS terpencil sulit" not in " ".join(paragraphs)
    pdf = client.get(
        reverse("documents:laporan_unduh", args=[siap.slug, TAHUN, "pdf"]), {"tetap": "1"}
    )
    pages = [page.extract_text() for page in PdfReader(BytesIO(pdf.content)).pages]
    text = re.sub(r"\s+", " ", " ".join(pages))
    assert ANALISIS in text
    assert ISU in text
    # The reviewed report carries the inspectorate's statement after the Kata Pengantar.
    statement = next(page for page in pages if page.startswith("PERNYATAAN TELAH DIREVIU"))
    assert "BUDI INSPEKTUR" in statement
    assert "Kota Siap, 15 Januari 2026" in statement
    assert BELUM_DIREVIU not in text
    contents = re.sub(r"\s+", " ", next(p for p in pages if "DAFTAR ISI" in p and "BAB I" in p))
    assert "D. Isu Strategis" in contents


def test_an_edit_survives_regeneration_after_the_data_changed(client, siap):
    admin = _persona(siap, Membership.Peran.ADMIN_SATKER)
    kunci = _kunci(siap)
    services.simpan_naskah(
        actor=admin, satker=siap, tahun=TAHUN, bagian="analisis_sasaran", kunci=kunci,
        teks=ANALISIS, bawaan=bawaan_tahun(siap, TAHUN)[f"analisis_sasaran:{kunci}"],
        sidik_awal="",
    )  # fmt: skip
    HambatanUpaya.objects.filter(satker=siap, tahun=TAHUN).update(upaya="Upaya lain.")
    Realisasi.objects.filter(indikator__satker=siap).update(nilai=80)
    sections = {item.slot: item for item in naskah_tahun(siap, TAHUN, fakta_tahun(siap, TAHUN))}
    edited = sections[f"analisis_sasaran:{kunci}"]
    assert edited.teks == ANALISIS
    assert edited.berubah
    client.force_login(admin)
    assert ANALISIS in _paragraphs(client, siap)
    page = client.get(_url(siap)).content.decode()
    assert "Data di bawah bagian ini berubah sejak disunting pada" in page
    assert "Upaya lain." in page  # the new default, to compare


def test_an_analysis_whose_sasaran_is_gone_is_kept_and_shown_orphaned(client, siap):
    admin = _persona(siap, Membership.Peran.ADMIN_SATKER)
    client.force_login(admin)
    kunci = _kunci(siap)
    _post(client, siap, "analisis_sasaran", ANALISIS, kunci)
    # The Renstra is redone: the indicator now belongs to a new sasaran.
    old = SasaranStrategis.objects.get(pk=int(kunci.split("-")[1]))
    new = SasaranStrategis.objects.create(renstra=old.renstra, nomor=2, uraian="Pemilu damai")
    old.indikator.update(sasaran=new)
    sections = naskah_tahun(siap, TAHUN, fakta_tahun(siap, TAHUN))
    (orphan,) = [item for item in sections if item.yatim]
    assert (orphan.kunci, orphan.teks) == (kunci, ANALISIS)
    assert NaskahLaporan.objects.filter(kunci=kunci).count() == 1
    paragraphs = _paragraphs(client, siap)
    assert ANALISIS not in paragraphs  # its sasaran is not in the report any more
    assert "Sasaran 2: Pemilu damai" in paragraphs
    page = client.get(_url(siap)).content.decode()
    assert "Sasaran analisis ini tidak ada lagi pada data tahun ini" in page
    assert "BAB III A. Analisis Sasaran 1: Pemilu tertib" in page
    assert ANALISIS in page
    # Posting to it again is refused with a message; nothing is saved, the text is shown back.
    response = _post(client, siap, "analisis_sasaran", "Teks baru.", kunci,
                     sidik=services.sidik_versi(orphan.versi))  # fmt: skip
    assert response.status_code == 200
    assert "tidak ada lagi pada data tahun 2025" in response.content.decode()
    assert "Teks baru." in response.content.decode()
    assert NaskahLaporan.objects.count() == 1


@pytest.mark.parametrize("peran", [Membership.Peran.INSPEKTUR, Membership.Peran.KASUBBAG])
def test_a_reader_cannot_write_an_analysis(client, siap, peran):
    client.force_login(_persona(siap, peran))
    page = client.get(_url(siap)).content.decode()
    assert "BAB III A. Analisis Sasaran 1: Pemilu tertib" in page
    assert "<textarea" not in page
    assert _post(client, siap, "analisis_sasaran", "x", _kunci(siap)).status_code == 403
    assert _post(client, siap, "isu_strategis", "x").status_code == 403
    assert not NaskahLaporan.objects.exists()


def test_another_satker_can_neither_write_nor_restore_this_satkers_analysis(client, siap):
    kunci = _kunci(siap)
    mine = services.simpan_naskah(
        actor=_persona(siap, Membership.Peran.ADMIN_SATKER), satker=siap, tahun=TAHUN,
        bagian="analisis_sasaran", kunci=kunci, teks=ANALISIS, bawaan="", sidik_awal="",
    )  # fmt: skip
    other = SatkerFactory(nama="KPU Kota Lain", slug="kpu-kota-lain-sasaran")
    client.force_login(_persona(other, Membership.Peran.ADMIN_SATKER))
    assert client.get(_url(siap)).status_code == 404
    assert _post(client, siap, "analisis_sasaran", "x", kunci).status_code == 404
    restore = {"aksi": "pulihkan", "versi": mine.pk, "sidik": services.sidik_versi(mine)}
    assert client.post(_url(siap), restore).status_code == 404
    # Nor through its own year: the other satker has no such sasaran, and the version is
    # not its own.
    from kinerja.planning.models import RKT

    RKT.objects.create(satker=other, tahun=TAHUN)
    own = reverse("documents:naskah", args=[other.slug, TAHUN])
    refused = client.post(own, {"aksi": "simpan", "bagian": "analisis_sasaran", "kunci": kunci,
                                "sidik": "", "teks": "x"})  # fmt: skip
    assert "tidak ada lagi pada data tahun 2025" in refused.content.decode()
    assert client.post(own, restore).status_code == 404
    assert list(NaskahLaporan.objects.values_list("satker_id", "teks")) == [(siap.pk, ANALISIS)]


def test_a_report_without_a_statement_is_marked_not_reviewed(client, siap):
    PernyataanReviu.objects.filter(satker=siap).delete()
    client.force_login(_persona(siap, Membership.Peran.PIMPINAN))
    paragraphs = _paragraphs(client, siap)
    title = paragraphs.index("PERNYATAAN TELAH DIREVIU")
    assert paragraphs.index("KATA PENGANTAR") < title < paragraphs.index("IKHTISAR EKSEKUTIF")
    assert paragraphs[title + 1] == BELUM_DIREVIU
    assert paragraphs[title + 2].startswith("Laporan Kinerja KPU Kota Siap Tahun 2025 belum "
                                            "direviu oleh Aparat Pengawasan Intern")  # fmt: skip
    (blocker,) = kesiapan(siap, TAHUN).penghalang
    assert blocker.jenis == Jenis.PERNYATAAN_REVIU
