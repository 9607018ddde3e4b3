"""The readiness check's rules on hand-made facts: each kind of blocker appears, names its
record and where it is fixed, and disappears once the record is fixed."""

from dataclasses import replace

from django.utils import translation

from kinerja.core.pesan import terjemahkan
from kinerja.documents.kesiapan import (
    ATURAN_DIHITUNG_ULANG,
    HALAMAN_ATURAN,
    FaktaCatatan,
    FaktaIndikator,
    FaktaKesiapan,
    FaktaPK,
    Jenis,
    Tautan,
    periksa,
)
from kinerja.evaluation.reviu.rules import ATURAN, Temuan, Tingkat

SIGNED = FaktaPK(7, "Perjanjian Kinerja Tahun 2025", 1, False, True, True)
COMPLETE = FaktaIndikator(
    11, "K-1", "Persentase bimtek KPPS terlaksana", realisasi_setahun=True,
    periode_terakhir="TW IV", target_renstra=True, target_akhir_renstra=True, di_renstra=True,
)  # fmt: skip


def _fakta(**changes) -> FaktaKesiapan:
    facts = FaktaKesiapan(
        tahun=2025, renstra_id=3, tahun_akhir_renstra=2029, perjanjian=[SIGNED],
        indikator=[COMPLETE], temuan=[],
    )  # fmt: skip
    for name, value in changes.items():
        setattr(facts, name, value)
    return facts


def test_a_complete_year_is_ready():
    assert periksa(_fakta()) == []


def test_an_unsigned_pk_is_named_with_its_state_and_links_to_its_page():
    draft = FaktaPK(8, "Perjanjian Kinerja Subbagian Umum 2025", 2, False, False, False)
    (blocker,) = periksa(_fakta(perjanjian=[SIGNED, draft]))
    assert blocker.jenis == Jenis.PK
    assert blocker.pesan == (
        "Perjanjian Kinerja Subbagian Umum 2025 (versi 2) masih draf: belum ditandatangani."
    )
    assert blocker.tautan == Tautan("reporting:pk_detail", 8)
    submitted = replace(draft, diajukan=True)
    assert periksa(_fakta(perjanjian=[SIGNED, submitted]))[0].pesan == (
        "Perjanjian Kinerja Subbagian Umum 2025 (versi 2) sudah diajukan, tetapi belum "
        "ditandatangani."
    )
    assert periksa(_fakta(perjanjian=[SIGNED, replace(draft, ditandatangani=True)])) == []


def test_a_year_without_a_signed_satker_pk_is_not_ready():
    unit_only = replace(SIGNED, satker=False)
    messages = [item.pesan for item in periksa(_fakta(perjanjian=[unit_only]))]
    assert messages == ["Belum ada Perjanjian Kinerja satker yang ditandatangani untuk tahun 2025."]


def test_a_realisation_reported_only_to_tw_ii_names_the_indicator_and_the_period():
    halfway = replace(COMPLETE, realisasi_setahun=False, periode_terakhir="TW II")
    (blocker,) = periksa(_fakta(indikator=[halfway]))
    assert blocker.jenis == Jenis.REALISASI
    assert blocker.pesan == (
        "Realisasi K-1 “Persentase bimtek KPPS terlaksana” tahun 2025 belum ada untuk TW IV "
        "maupun setahun (baru dilaporkan sampai TW II)."
    )
    assert blocker.tautan == Tautan("reporting:rekap")
    nothing = replace(halfway, periode_terakhir="")
    assert "(belum ada periode yang dilaporkan)" in periksa(_fakta(indikator=[nothing]))[0].pesan
    assert periksa(_fakta(indikator=[replace(halfway, realisasi_setahun=True)])) == []


def test_no_renstra_covering_the_year_is_a_blocker_and_no_target_is_asked_of_it():
    missing_target = replace(COMPLETE, target_renstra=False)
    (blocker,) = periksa(_fakta(renstra_id=None, indikator=[missing_target]))
    assert blocker.pesan == "Tidak ada Renstra yang mencakup tahun 2025."
    assert blocker.tautan == Tautan("reporting:renstra")


def test_a_missing_renstra_target_names_the_year_and_the_final_year():
    missing = replace(COMPLETE, target_renstra=False, target_akhir_renstra=False)
    (blocker,) = periksa(_fakta(indikator=[missing]))
    assert blocker.jenis == Jenis.RENSTRA
    assert blocker.pesan == (
        "Target Renstra K-1 “Persentase bimtek KPPS terlaksana” untuk tahun 2025 dan tahun "
        "akhir Renstra (2029) belum diisi."
    )
    assert blocker.tautan == Tautan("reporting:renstra_detail", 3, "target-11")
    assert periksa(_fakta(indikator=[replace(missing, target_renstra=True)]))[0].pesan.endswith(
        "untuk tahun akhir Renstra (2029) belum diisi."
    )
    # In the Renstra's final year the two targets are one.
    assert len(periksa(_fakta(tahun_akhir_renstra=2025, indikator=[missing]))) == 1


def test_an_indicator_outside_the_renstra_is_sent_to_its_own_page_to_be_tied_first():
    loose = replace(COMPLETE, target_renstra=False, di_renstra=False)
    (blocker,) = periksa(_fakta(indikator=[loose]))
    assert blocker.pesan.endswith(
        "untuk tahun 2025 belum diisi. Indikator ini belum dikaitkan dengan sasaran Renstra."
    )
    assert blocker.tautan == Tautan("reporting:indikator_ubah", 11)


def _temuan(aturan: str, tingkat: Tingkat) -> Temuan:
    return Temuan(aturan, tingkat, "Realisasi melebihi pagu.", "Realisasi anggaran", "3355")


def test_an_open_galat_of_the_reviu_blocks_and_links_to_where_it_is_fixed():
    galat = _temuan("anggaran-melebihi-pagu", Tingkat.GALAT)
    (blocker,) = periksa(_fakta(temuan=[galat]))
    assert blocker.jenis == Jenis.REVIU
    assert blocker.pesan == "Galat reviu (Realisasi anggaran, 3355): Realisasi melebihi pagu."
    assert blocker.tautan == Tautan("reporting:anggaran")
    other = _temuan("skala-bermasalah", Tingkat.GALAT)
    assert periksa(_fakta(temuan=[other]))[0].tautan == Tautan("evaluation:reviu_detail")


def test_an_open_review_note_blocks_until_the_inspectorate_closes_it():
    note = FaktaCatatan(5, "Jelaskan selisih pagu\n3355.", ditanggapi=False)
    (blocker,) = periksa(_fakta(catatan=[note]))
    assert blocker.jenis == Jenis.CATATAN_REVIU
    assert blocker.pesan == (
        "Catatan reviu inspektorat #5 belum ditanggapi: “Jelaskan selisih pagu 3355.”"
    )
    assert blocker.tautan == Tautan("evaluation:reviu_detail", jangkar="catatan-5")
    (answered,) = periksa(_fakta(catatan=[replace(note, ditanggapi=True)]))
    assert "sudah ditanggapi, tetapi belum dinyatakan selesai" in answered.pesan
    assert periksa(_fakta(catatan=[])) == []  # closed notes are not among the facts


def test_warnings_and_figures_the_report_recomputes_do_not_block():
    warning = _temuan("target-pk-beda-rkt", Tingkat.PERINGATAN)
    printed = _temuan("capaian-tercatat-salah", Tingkat.GALAT)
    assert periksa(_fakta(temuan=[warning, printed])) == []


def test_the_page_reads_a_blocker_in_the_readers_language_the_document_in_indonesian():
    halfway = replace(COMPLETE, realisasi_setahun=False, periode_terakhir="TW II")
    (blocker,) = periksa(_fakta(indikator=[halfway]))
    with translation.override("en"):
        assert terjemahkan(blocker.pesan) == (
            "The 2025 realisation of K-1 “Persentase bimtek KPPS terlaksana” is missing for Q4 "
            "and for the whole year (reported only up to TW II)."
        )
    assert blocker.pesan.startswith("Realisasi K-1")


def test_the_rules_named_by_the_check_exist_in_the_reviu():
    assert set(ATURAN_DIHITUNG_ULANG) <= set(ATURAN)
    assert set(HALAMAN_ATURAN) <= set(ATURAN)
    assert all(ATURAN[rule].tingkat == Tingkat.GALAT for rule in ATURAN_DIHITUNG_ULANG)
