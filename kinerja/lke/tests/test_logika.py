from decimal import Decimal

from kinerja.lke.bawaan import muat_lembar_88_2021
from kinerja.lke.kesiapan import pilihan_teratas
from kinerja.lke.lembar import (
    AA_E,
    KEBERADAAN,
    KUALITAS,
    PEMANFAATAN,
    YA_TIDAK,
    Komponen,
    Kriteria,
    Lembar,
    SubKomponen,
)
from kinerja.lke.logika import GALAT, PERINGATAN, periksa_logika
from kinerja.lke.nilai import TIDAK_BERLAKU

D = Decimal


def _lembar(prasyarat=()) -> Lembar:
    """One komponen: 1.a keberadaan (four Y/T), 1.b kualitas and 1.c pemanfaatan (two graded
    each); 1.b.2 may rest on 1.a.1."""
    keberadaan = tuple(Kriteria(f"1.a.{i}", "", YA_TIDAK) for i in (1, 2, 3, 4))
    kualitas = (Kriteria("1.b.1", "", AA_E), Kriteria("1.b.2", "", AA_E, prasyarat=prasyarat))
    pemanfaatan = tuple(Kriteria(f"1.c.{i}", "", AA_E) for i in (1, 2))
    subs = (
        SubKomponen("1.a", "", D(20), keberadaan, KEBERADAAN),
        SubKomponen("1.b", "", D(30), kualitas, KUALITAS),
        SubKomponen("1.c", "", D(50), pemanfaatan, PEMANFAATAN),
    )
    return Lembar(2025, "uji", (Komponen("1", "", D(100), subs),))


def _bukti_semua(lembar):
    return {k.kode: 1 for k in lembar.semua_kriteria()}


def _konsisten():
    # keberadaan 3 of 4 (75%); kualitas B, B (70%); pemanfaatan C, CC (≤ 70%).
    return {
        "1.a.1": "Y",
        "1.a.2": "Y",
        "1.a.3": "Y",
        "1.a.4": "T",
        "1.b.1": "B",
        "1.b.2": "B",
        "1.c.1": "C",
        "1.c.2": "CC",
    }


def test_consistent_answers_with_evidence_raise_nothing():
    lembar = _lembar(prasyarat=("1.a.1",))
    assert periksa_logika(lembar, _konsisten(), _bukti_semua(lembar), {}) == []


def test_an_answer_above_zero_without_evidence_is_an_error():
    lembar = _lembar()
    bukti = _bukti_semua(lembar) | {"1.b.1": 0}
    del bukti["1.a.2"]
    temuan = periksa_logika(lembar, _konsisten(), bukti, {})
    assert [(t.kode, t.tingkat) for t in temuan] == [("1.a.2", GALAT), ("1.b.1", GALAT)]
    assert temuan[1].pesan == "Kriteria 1.b.1 dijawab B tanpa bukti dukung."


def test_an_answer_at_zero_needs_no_evidence():
    lembar = _lembar()
    bukti = _bukti_semua(lembar) | {"1.a.4": 0}
    assert periksa_logika(lembar, _konsisten(), bukti, {}) == []


def test_not_applicable_needs_a_reason_but_no_evidence():
    lembar = _lembar()
    jawaban = _konsisten() | {"1.b.1": TIDAK_BERLAKU, "1.c.1": TIDAK_BERLAKU}
    bukti = _bukti_semua(lembar) | {"1.b.1": 0, "1.c.1": 0}
    alasan = {"1.b.1": "Satker tidak memiliki unit di bawahnya.", "1.c.1": "  "}
    temuan = periksa_logika(lembar, jawaban, bukti, alasan)
    assert [(t.kode, t.tingkat, t.pesan) for t in temuan] == [
        ("1.c.1", GALAT, "Kriteria 1.c.1 dijawab N/A tanpa alasan.")
    ]


def test_an_answer_off_the_scale_and_an_unknown_criterion_are_errors():
    lembar = _lembar()
    jawaban = _konsisten() | {"1.a.1": "AA", "9.z.9": "Y"}
    temuan = periksa_logika(lembar, jawaban, _bukti_semua(lembar), {})
    galat = [t for t in temuan if t.tingkat == GALAT]
    assert [t.kode for t in galat] == ["1.a.1", "9.z.9"]
    assert temuan[: len(galat)] == galat  # errors come first
    assert temuan[0].pesan == "Jawaban AA bukan pilihan skala Ya/Tidak kriteria 1.a.1."


def test_a_quality_answer_above_the_mean_of_keberadaan_is_a_warning_naming_both():
    lembar = _lembar()
    jawaban = _konsisten() | {"1.b.1": "BB"}  # 80% > 75% of 1.a
    temuan = periksa_logika(lembar, jawaban, _bukti_semua(lembar), {})
    assert [(t.kode, t.tingkat) for t in temuan] == [("1.b.1", PERINGATAN)]
    assert temuan[0].pesan == (
        "Nilai 1.b.1 (BB, 80,00%) lebih tinggi dari rata-rata sub-komponen 1.a (75,00%)."
    )


def test_a_use_answer_above_the_mean_of_kualitas_is_a_warning():
    lembar = _lembar()
    # 1.c.2 at 75% does not exceed keberadaan (75%) but exceeds kualitas (70%), as [W] checks.
    jawaban = _konsisten() | {"1.c.2": "B", "1.c.1": "B"}
    assert periksa_logika(lembar, jawaban, _bukti_semua(lembar), {}) == []
    jawaban = _konsisten() | {"1.b.1": "B", "1.b.2": "CC", "1.c.2": "B"}  # kualitas 65%
    temuan = periksa_logika(lembar, jawaban, _bukti_semua(lembar), {})
    assert [t.kode for t in temuan] == ["1.c.2"]
    assert "sub-komponen 1.b (65,00%)" in temuan[0].pesan


def test_a_use_answer_above_both_means_is_one_warning_naming_the_lowest():
    lembar = _lembar()
    jawaban = _konsisten() | {"1.c.1": "AA"}  # 100% > 75% (1.a) and > 70% (1.b)
    temuan = periksa_logika(lembar, jawaban, _bukti_semua(lembar), {})
    assert [t.kode for t in temuan] == ["1.c.1"]
    assert "sub-komponen 1.b (70,00%)" in temuan[0].pesan


def test_a_use_answer_above_keberadaan_is_a_warning_even_when_kualitas_is_unanswered():
    lembar = _lembar()
    jawaban = {k: v for k, v in _konsisten().items() if not k.startswith("1.b")}
    jawaban["1.c.1"] = "BB"  # 80% > 75% of 1.a; 1.b has no answer to compare with
    temuan = periksa_logika(lembar, jawaban, _bukti_semua(lembar), {})
    assert [t.kode for t in temuan] == ["1.c.1"]
    assert "sub-komponen 1.a (75,00%)" in temuan[0].pesan


def test_a_sub_komponen_without_perspective_is_not_compared():
    lembar = _lembar()
    komponen = lembar.komponen[0]
    tanpa = tuple(SubKomponen(s.kode, s.nama, s.bobot, s.kriteria) for s in komponen.sub)
    lembar = Lembar(2025, "uji", (Komponen("1", "", D(100), tanpa),))
    jawaban = _konsisten() | {"1.c.1": "AA"}
    assert periksa_logika(lembar, jawaban, _bukti_semua(lembar), {}) == []


def test_an_answer_above_zero_on_a_criterion_whose_prerequisite_is_zero_is_a_warning():
    lembar = _lembar(prasyarat=("1.a.4",))
    temuan = periksa_logika(lembar, _konsisten(), _bukti_semua(lembar), {})
    assert [(t.kode, t.tingkat, t.pesan) for t in temuan] == [
        ("1.b.2", PERINGATAN, "Kriteria 1.b.2 dijawab B, padahal prasyaratnya 1.a.4 dijawab T.")
    ]
    # answered 0 itself, or the prerequisite unanswered: nothing to say
    nol = _konsisten() | {"1.b.2": "E", "1.c.1": "E", "1.c.2": "E"}
    assert periksa_logika(lembar, nol, _bukti_semua(lembar), {}) == []
    jawaban = {k: v for k, v in _konsisten().items() if k != "1.a.4"}
    assert periksa_logika(lembar, jawaban, _bukti_semua(lembar), {}) == []


def test_the_88_2021_prerequisites_flag_a_report_answered_without_a_report():
    lembar = muat_lembar_88_2021()
    jawaban = {k.kode: pilihan_teratas(k.skala).kode for k in lembar.semua_kriteria()}
    jawaban["3.a.1"] = "T"
    temuan = periksa_logika(lembar, jawaban, _bukti_semua(lembar), {})
    prasyarat = [t.kode for t in temuan if "prasyaratnya 3.a.1" in t.pesan]
    assert len(prasyarat) == 21
    assert all(t.tingkat == PERINGATAN for t in temuan)
