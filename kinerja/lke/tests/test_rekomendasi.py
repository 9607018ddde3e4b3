"""Recommendations: numbered per evaluation and linked to criterion codes by the evaluator;
followed up by the satker with an evidence file; closed only by the evaluator; carried, while
open, into the satker's next evaluation beside criterion 4.c.1. Every change audited."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kinerja.core.models import AuditLog
from kinerja.lke import rekomendasi, services
from kinerja.lke.models_rekomendasi import NarasiKomponen, Rekomendasi, TindakLanjut
from kinerja.lke.selectors_hasil import rekomendasi_terbawa
from kinerja.lke.tests.builders import jadwal_terbuka
from kinerja.lke.tests.conftest import isi
from kinerja.lke.tests.hasil_bangun import (  # noqa: F401  (versi: a fixture)
    finalkan,
    hapus_tahun,
    lembar_dengan_4c1,
    versi,
)
from kinerja.lke.versi import simpan_lembar, terbitkan_lembar

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
ARGS = ["kpu-kota-prabumulih", 2025]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _berkas(name="matriks.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def _tambah(evaluasi, actor, kode=("1.a.2",), uraian="Lengkapi pedoman teknis."):
    return rekomendasi.tambah_rekomendasi(
        actor=actor,
        evaluasi=evaluasi,
        uraian=uraian,
        kode_kriteria=list(kode),
        prioritas="tinggi",
        penanggung_jawab="Sekretaris",
        batas_waktu=datetime.date(2026, 6, 30),
    )


@pytest.fixture
def final(evaluasi, orang):
    return finalkan(evaluasi, orang)


@pytest.fixture
def terbit(final, orang):
    _tambah(final, orang.inspektur_pusat)
    _tambah(final, orang.inspektur_pusat, kode=("2.a.1", "2.a.3"), uraian="Ukur berjenjang.")
    return services.terbitkan(actor=orang.inspektur_pusat, evaluasi=final)


def test_recommendations_are_numbered_per_evaluation_and_audited(terbit):
    items = list(Rekomendasi.objects.filter(evaluasi=terbit))
    assert [(item.nomor, item.kode_kriteria) for item in items] == [
        (1, ["1.a.2"]),
        (2, ["2.a.1", "2.a.3"]),
    ]
    assert AuditLog.objects.filter(reason="Rekomendasi 2 evaluasi AKIP 2025").exists()


def test_a_recommendation_on_a_code_outside_the_worksheet_is_refused(final, orang):
    with pytest.raises(ValidationError, match="9.z.9 tidak ada"):
        _tambah(final, orang.inspektur_pusat, kode=("1.a.1", "9.z.9"))


def test_the_satker_cannot_write_recommendations_or_narratives(final, orang):
    with pytest.raises(PermissionDenied):
        _tambah(final, orang.admin)
    with pytest.raises(PermissionDenied):
        rekomendasi.simpan_narasi(actor=orang.admin, evaluasi=final, kode_komponen="1", teks="x")


def test_narratives_are_editable_until_published_and_audited(final, orang):
    actor = orang.inspektur_pusat
    rekomendasi.simpan_narasi(actor=actor, evaluasi=final, kode_komponen="1", teks="Awal.")
    rekomendasi.simpan_narasi(actor=actor, evaluasi=final, kode_komponen="1", teks="Diubah.")
    assert NarasiKomponen.objects.get(evaluasi=final).teks == "Diubah."
    change = AuditLog.objects.get(
        reason="Uraian komponen 1 evaluasi AKIP 2025", action=AuditLog.Action.UPDATE
    )
    assert change.before["teks"] == "Awal."
    services.terbitkan(actor=actor, evaluasi=final)
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        rekomendasi.simpan_narasi(actor=actor, evaluasi=final, kode_komponen="1", teks="Lagi.")


def test_the_satker_follows_up_with_an_evidence_file_checked_by_its_content(terbit, orang):
    item = Rekomendasi.objects.get(evaluasi=terbit, nomor=1)
    entry = rekomendasi.tambah_tindak_lanjut(
        actor=orang.admin, rekomendasi=item, uraian="Pedoman ditetapkan.", berkas=_berkas()
    )
    assert entry.jenis == "application/pdf"
    assert entry.berkas.name.startswith("tindak-lanjut/")
    with pytest.raises(ValidationError, match="bukan jenis yang diterima"):
        rekomendasi.tambah_tindak_lanjut(
            actor=orang.admin,
            rekomendasi=item,
            uraian="Skrip.",
            berkas=_berkas("pedoman.pdf", b"#!/bin/sh\necho hai\n"),
        )
    assert TindakLanjut.objects.filter(rekomendasi=item).count() == 1


def test_only_the_evaluator_closes_a_recommendation(terbit, orang):
    item = Rekomendasi.objects.get(evaluasi=terbit, nomor=1)
    for satker_side in (orang.admin, orang.pimpinan):
        with pytest.raises(PermissionDenied, match="inspektorat"):
            rekomendasi.tutup_rekomendasi(actor=satker_side, rekomendasi=item, catatan="Selesai.")
    item.refresh_from_db()
    assert item.terbuka
    rekomendasi.tutup_rekomendasi(
        actor=orang.inspektur_pusat, rekomendasi=item, catatan="Pedoman telah ditetapkan."
    )
    item.refresh_from_db()
    assert not item.terbuka
    assert item.ditutup_oleh == orang.inspektur_pusat
    closing = AuditLog.objects.get(reason="Rekomendasi 1 evaluasi AKIP 2025 ditutup")
    assert closing.before["status"] == "terbuka"


def test_the_satker_posting_a_close_gets_403_and_the_recommendation_stays_open(
    client, terbit, orang
):
    client.force_login(orang.admin)
    url = reverse("lke:rekomendasi_tutup", args=[*ARGS, 1])
    assert client.post(url, {"catatan": "Selesai."}).status_code == 403
    assert Rekomendasi.objects.get(evaluasi=terbit, nomor=1).terbuka


def test_another_satker_gets_404_on_every_recommendation_url(client, terbit, orang):
    entry = rekomendasi.tambah_tindak_lanjut(
        actor=orang.admin,
        rekomendasi=Rekomendasi.objects.get(evaluasi=terbit, nomor=1),
        uraian="Pedoman ditetapkan.",
        berkas=_berkas(),
    )
    for outsider in (orang.orang_luar, orang.inspektur_lain):
        client.force_login(outsider)
        assert client.get(reverse("lke:hasil", args=ARGS)).status_code == 404
        assert (
            client.post(
                reverse("lke:rekomendasi_tutup", args=[*ARGS, 1]), {"catatan": "x"}
            ).status_code
            == 404
        )
        assert (
            client.post(
                reverse("lke:tindak_lanjut_tambah", args=[*ARGS, 1]),
                {"uraian": "x", "berkas": _berkas()},
            ).status_code
            == 404
        )
        assert (
            client.get(reverse("lke:tindak_lanjut_berkas", args=[*ARGS, 1, entry.pk])).status_code
            == 404
        )
    assert Rekomendasi.objects.get(evaluasi=terbit, nomor=1).terbuka
    assert TindakLanjut.objects.count() == 1


def test_follow_up_through_the_page_then_the_evaluator_closes_it(client, terbit, orang):
    client.force_login(orang.admin)
    response = client.post(
        reverse("lke:tindak_lanjut_tambah", args=[*ARGS, 1]),
        {"uraian": "Pedoman ditetapkan.", "berkas": _berkas()},
    )
    assert response.status_code == 302
    page = client.get(reverse("lke:hasil", args=ARGS)).content.decode()
    assert "Pedoman ditetapkan." in page
    assert "matriks.pdf" in page
    client.force_login(orang.inspektur_pusat)
    client.post(reverse("lke:rekomendasi_tutup", args=[*ARGS, 1]), {"catatan": "Cukup."})
    assert not Rekomendasi.objects.get(evaluasi=terbit, nomor=1).terbuka


def test_open_recommendations_are_shown_next_year_beside_criterion_4c1(client, terbit, orang):
    rekomendasi.tutup_rekomendasi(
        actor=orang.inspektur_pusat,
        rekomendasi=Rekomendasi.objects.get(evaluasi=terbit, nomor=1),
        catatan="Selesai.",
    )
    hapus_tahun(2026)
    jadwal_terbuka(2026)
    versi_2026 = simpan_lembar(lembar_dengan_4c1(2026), tahun=2026, actor=None)
    terbitkan_lembar(actor=None, versi=versi_2026)
    next_year = services.buka_evaluasi(actor=orang.admin, satker=terbit.satker, tahun=2026)
    assert [(item.evaluasi.tahun, item.nomor) for item in rekomendasi_terbawa(next_year)] == [
        (2025, 2)
    ]
    client.force_login(orang.admin)
    page = client.get(reverse("lke:lembar_kerja", args=["kpu-kota-prabumulih", 2026]))
    text = page.content.decode()
    row = text[text.index('id="kriteria-4-c-1"') :]
    row = row[: row.index("</tbody>")]
    assert "Ukur berjenjang." in row
    assert "Lengkapi pedoman teknis." not in row  # closed: no longer carried
    other = text[text.index('id="kriteria-1-a-1"') :]
    assert "Ukur berjenjang." not in other[: other.index("</tbody>")]


def test_the_evaluator_writes_narratives_and_recommendations_through_the_page(
    client, evaluasi, orang
):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur_pusat, evaluasi=evaluasi)
    client.force_login(orang.inspektur_pusat)
    page = client.get(reverse("lke:hasil", args=ARGS)).content.decode()
    assert "Tambah rekomendasi" in page
    client.post(
        reverse("lke:narasi_simpan", args=ARGS), {"kode_komponen": "2", "teks": "Cukup baik."}
    )
    client.post(
        reverse("lke:rekomendasi_tambah", args=ARGS),
        {
            "uraian": "Susun definisi operasional.",
            "kode_kriteria": "2.a.1, 2.a.3",
            "prioritas": "sedang",
            "penanggung_jawab": "Kasubbag Program",
            "batas_waktu": "2026-03-31",
        },
    )
    item = Rekomendasi.objects.get(evaluasi=evaluasi)
    assert (item.nomor, item.kode_kriteria) == (1, ["2.a.1", "2.a.3"])
    assert NarasiKomponen.objects.get(evaluasi=evaluasi, kode_komponen="2").teks == "Cukup baik."
    client.force_login(orang.admin)
    response = client.post(
        reverse("lke:rekomendasi_tambah", args=ARGS),
        {
            "uraian": "Dari satker.",
            "kode_kriteria": "1.a.1",
            "prioritas": "rendah",
            "penanggung_jawab": "Admin",
            "batas_waktu": "2026-03-31",
        },
    )
    assert response.status_code == 403
    assert Rekomendasi.objects.filter(evaluasi=evaluasi).count() == 1


def test_downloading_the_lhe_without_a_signer_returns_to_the_page_with_the_message(
    client, final, orang
):
    client.force_login(orang.inspektur_pusat)
    response = client.get(reverse("lke:lhe_docx", args=ARGS), follow=True)
    assert "Penanda tangan LHE belum ditetapkan" in response.content.decode()
