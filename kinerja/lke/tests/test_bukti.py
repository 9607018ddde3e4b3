"""Evidence of a criterion: files by the realisation evidence rules, links to the satker's own
records pinned as they were, checked by the evaluator."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from kinerja.core.http import TidakDitemukan
from kinerja.lke import services
from kinerja.lke.bukti import (
    berubah_sejak_ditautkan,
    periksa_bukti_lke,
    tautkan_bukti_lke,
    unggah_bukti_lke,
)
from kinerja.lke.models import BuktiLke
from kinerja.lke.rekaman import rekaman_tersedia
from kinerja.lke.usulan_bukti import JenisRekaman
from kinerja.planning.models import RKT, BarisRKT

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _pdf(name="pedoman.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def _rkt_2024(prabumulih):
    return RKT.objects.get(satker=prabumulih, tahun=2024)


def test_a_pdf_is_kept_with_its_kind_and_hash(evaluasi, orang):
    bukti = unggah_bukti_lke(
        actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.1", berkas=_pdf()
    )
    assert (bukti.jenis_berkas, bukti.status) == ("application/pdf", "diajukan")
    assert len(bukti.sha256) == 64
    assert bukti.berkas.name.startswith("bukti-lke/")


def test_a_file_whose_content_is_not_an_accepted_kind_is_refused(evaluasi, orang):
    with pytest.raises(ValidationError, match="bukan jenis yang diterima"):
        unggah_bukti_lke(
            actor=orang.admin,
            evaluasi=evaluasi,
            kode_kriteria="1.a.1",
            berkas=_pdf("palsu.pdf", b"ini teks biasa"),
        )
    assert not BuktiLke.objects.exists()


def test_a_linked_rkt_stays_pinned_to_what_it_was(evaluasi, orang, prabumulih):
    rkt = _rkt_2024(prabumulih)
    bukti = tautkan_bukti_lke(
        actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.2", kunci=f"rkt:2024:{rkt.pk}"
    )
    assert (bukti.jenis_tautan, bukti.tahun_tautan, bukti.tautan_id) == ("rkt", 2024, rkt.pk)
    pinned = bukti.isi_tautan
    assert berubah_sejak_ditautkan(bukti) is False
    row = BarisRKT.objects.filter(rkt=rkt).first()
    BarisRKT.objects.filter(pk=row.pk).update(target=row.target + 1)
    bukti.refresh_from_db()
    assert bukti.isi_tautan == pinned
    assert berubah_sejak_ditautkan(bukti) is True


def test_another_satkers_record_cannot_be_linked(evaluasi, orang, other_satker):
    foreign = RKT.objects.create(satker=other_satker, tahun=2025)
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        tautkan_bukti_lke(
            actor=orang.admin,
            evaluasi=evaluasi,
            kode_kriteria="1.a.2",
            kunci=f"rkt:2025:{foreign.pk}",
        )


def test_the_records_offered_are_the_satkers_own_of_year_n_and_n_minus_1(evaluasi, prabumulih):
    offered = rekaman_tersedia(prabumulih, 2025)
    assert {rkt.tahun for rkt in offered[JenisRekaman.RKT]} <= {2024, 2025}
    assert offered[JenisRekaman.RKT]
    assert offered[JenisRekaman.PK_SATKER]


def test_the_measurement_of_the_year_evaluated_is_linked_and_pinned(evaluasi, orang):
    bukti = tautkan_bukti_lke(
        actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.2", kunci="pengukuran:2024:"
    )
    assert (bukti.jenis_tautan, bukti.tahun_tautan, bukti.tautan_id) == ("pengukuran", 2024, None)
    assert bukti.label == "Pengukuran kinerja 2024"
    assert berubah_sejak_ditautkan(bukti) is False


def test_a_record_of_a_year_not_looked_at_cannot_be_linked(evaluasi, orang):
    # 2023's measurement exists in the demo, but a 2025 evaluation looks at 2024's results.
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        tautkan_bukti_lke(
            actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.2", kunci="pengukuran:2023:"
        )


def test_the_evaluator_rejects_with_a_reason_and_the_item_stays(evaluasi, orang):
    bukti = unggah_bukti_lke(
        actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.1", berkas=_pdf()
    )
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    with pytest.raises(PermissionDenied):
        periksa_bukti_lke(actor=orang.admin, bukti=bukti, diterima=True)
    with pytest.raises(ValidationError, match="alasan penolakan"):
        periksa_bukti_lke(actor=orang.inspektur, bukti=bukti, diterima=False)
    periksa_bukti_lke(
        actor=orang.inspektur, bukti=bukti, diterima=False, alasan="Belum ditandatangani"
    )
    services.kembalikan(actor=orang.inspektur, evaluasi=evaluasi, alasan="Bukti 1.a.1 ditolak")
    unggah_bukti_lke(
        actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.1", berkas=_pdf("v2.pdf")
    )
    assert list(BuktiLke.objects.values_list("status", "alasan_penolakan")) == [
        ("ditolak", "Belum ditandatangani"),
        ("diajukan", ""),
    ]


def test_evidence_is_closed_once_the_self_assessment_is_submitted(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    with pytest.raises(ValidationError, match="selama penilaian mandiri terbuka"):
        unggah_bukti_lke(actor=orang.admin, evaluasi=evaluasi, kode_kriteria="1.a.1", berkas=_pdf())


def test_another_satkers_admin_cannot_add_evidence(evaluasi, orang):
    with pytest.raises(TidakDitemukan):
        unggah_bukti_lke(
            actor=orang.orang_luar, evaluasi=evaluasi, kode_kriteria="1.a.1", berkas=_pdf()
        )
