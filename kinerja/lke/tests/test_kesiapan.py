from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja.lke.bawaan import muat_lembar_88_2021
from kinerja.lke.kesiapan import ke_mana_poin, pilihan_teratas
from kinerja.lke.lembar import AA_E, YA_TIDAK, Komponen, Kriteria, Lembar, SubKomponen
from kinerja.lke.nilai import TIDAK_BERLAKU, hitung

D = Decimal


def _lembar() -> Lembar:
    """Komponen 1 (60): 1.a (20) with three Y/T criteria, 1.b (40) with two graded ones;
    komponen 2 (40): 2.a (40) with one graded criterion."""
    return Lembar(
        2025,
        "uji",
        (
            Komponen(
                "1",
                "",
                D(60),
                (
                    SubKomponen(
                        "1.a",
                        "",
                        D(20),
                        tuple(Kriteria(f"1.a.{i}", "", YA_TIDAK) for i in (1, 2, 3)),
                    ),
                    SubKomponen(
                        "1.b", "", D(40), tuple(Kriteria(f"1.b.{i}", "", AA_E) for i in (1, 2))
                    ),
                ),
            ),
            Komponen(
                "2", "", D(40), (SubKomponen("2.a", "", D(40), (Kriteria("2.a.1", "", AA_E),)),)
            ),
        ),
    )


def test_each_criterion_gains_what_its_share_of_the_sub_komponen_lacks():
    jawaban = {"1.a.1": "Y", "1.a.2": "T", "1.b.1": "B", "1.b.2": "AA", "2.a.1": "C"}
    peluang = {p.kode: p for p in ke_mana_poin(_lembar(), jawaban)}
    assert peluang["2.a.1"].tambahan == D(20)  # 40 × (1 − 0,5)
    assert peluang["1.b.1"].tambahan == D(6)  # 40 × (1 − 0,7) / 2
    # 20 / 3: equal to the 24th decimal (the exact figure comes from hitung's 28 digits).
    assert peluang["1.a.2"].tambahan == peluang["1.a.3"].tambahan
    assert abs(peluang["1.a.2"].tambahan - D(20) / 3) < D("1E-24")
    assert peluang["1.a.1"].tambahan == peluang["1.b.2"].tambahan == D(0)
    assert peluang["1.b.1"].nilai_sekarang == D("0.7")
    assert peluang["1.b.1"].jawaban == "B"
    assert peluang["1.a.3"].nilai_sekarang is None  # unanswered counts as 0 in the score


def test_largest_gain_first_then_worksheet_order():
    jawaban = {"1.a.1": "Y", "1.a.2": "T", "1.b.1": "B", "1.b.2": "AA", "2.a.1": "C"}
    urutan = [p.kode for p in ke_mana_poin(_lembar(), jawaban)]
    assert urutan == ["2.a.1", "1.a.2", "1.a.3", "1.b.1", "1.a.1", "1.b.2"]


def test_a_not_applicable_answer_raised_to_the_top_reenters_the_mean():
    # 1.b: N/A and B → 40 × 0,7 = 28; AA and B → 40 × 0,85 = 34: a gain of 6.
    jawaban = {"1.b.1": TIDAK_BERLAKU, "1.b.2": "B"}
    peluang = {p.kode: p for p in ke_mana_poin(_lembar(), jawaban)}
    assert peluang["1.b.1"].tambahan == D(6)
    assert peluang["1.b.1"].nilai_sekarang is None
    assert peluang["1.b.1"].jawaban == TIDAK_BERLAKU


def test_a_worksheet_answered_at_the_top_has_nowhere_left_to_gain():
    lembar = muat_lembar_88_2021()
    atas = {k.kode: pilihan_teratas(k.skala).kode for k in lembar.semua_kriteria()}
    assert {p.tambahan for p in ke_mana_poin(lembar, atas)} == {D(0)}


def _jawaban_acak(lembar: Lembar):
    def untuk(kriteria):
        kode = [p.kode for p in kriteria.skala.pilihan] + [TIDAK_BERLAKU, None]
        return st.sampled_from(kode)

    return st.fixed_dictionaries({k.kode: untuk(k) for k in lembar.semua_kriteria()}).map(
        lambda jawaban: {kode: nilai for kode, nilai in jawaban.items() if nilai is not None}
    )


def _raised_equals_total_plus_gain(lembar, jawaban):
    total = hitung(lembar, jawaban).total
    peluang = ke_mana_poin(lembar, jawaban)
    assert len(peluang) == len(lembar.semua_kriteria())
    for p in peluang:
        kriteria = next(k for k in lembar.semua_kriteria() if k.kode == p.kode)
        raised = {**jawaban, p.kode: pilihan_teratas(kriteria.skala).kode}
        assert hitung(lembar, raised).total == total + p.tambahan
        assert p.tambahan >= 0


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_raising_one_criterion_moves_the_total_by_exactly_its_gain(data):
    lembar = _lembar()
    _raised_equals_total_plus_gain(lembar, data.draw(_jawaban_acak(lembar)))


@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_raising_one_criterion_of_the_88_2021_worksheet_moves_the_total_by_its_gain(data):
    # Sub-komponen of 3, 7, 9 and 11 criteria: thirds, sevenths and elevenths that no
    # 28-digit decimal holds exactly.
    lembar = muat_lembar_88_2021()
    _raised_equals_total_plus_gain(lembar, data.draw(_jawaban_acak(lembar)))
