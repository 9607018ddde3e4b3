from decimal import Decimal

import pytest

from kinerja.lke.lembar import AA_E, YA_TIDAK, Komponen, Kriteria, Lembar, SubKomponen
from kinerja.lke.nilai import TIDAK_BERLAKU, hitung, jawaban_sah, periksa_bobot

D = Decimal


def _lembar() -> Lembar:
    """A small worksheet with the 88/2021 weights: 4 komponen × 3 sub-komponen, 1–3 criteria."""
    komponen = []
    for nomor, bobot in ((1, "30"), (2, "30"), (3, "15"), (4, "25")):
        bobot = D(bobot)
        subs = []
        for huruf, share, jumlah in (("a", "0.2", 2), ("b", "0.3", 3), ("c", "0.5", 3)):
            skala = YA_TIDAK if huruf == "a" else AA_E
            kriteria = tuple(
                Kriteria(f"{nomor}.{huruf}.{i}", f"kriteria {i}", skala)
                for i in range(1, jumlah + 1)
            )
            subs.append(SubKomponen(f"{nomor}.{huruf}", "", bobot * D(share), kriteria))
        komponen.append(Komponen(str(nomor), "", bobot, tuple(subs)))
    return Lembar(2025, "uji", tuple(komponen))


def _semua(lembar, ya, nilai):
    return {k.kode: (ya if k.skala is YA_TIDAK else nilai) for k in lembar.semua_kriteria()}


def test_every_answer_at_the_top_scores_exactly_100():
    hasil = hitung(_lembar(), _semua(_lembar(), "Y", "AA"))
    assert hasil.total == D("100")
    assert hasil.predikat == "AA"


def test_every_answer_at_the_bottom_scores_exactly_0():
    hasil = hitung(_lembar(), _semua(_lembar(), "T", "E"))
    assert hasil.total == D("0")
    assert hasil.predikat == "D"


def test_mixed_worksheet_matches_the_hand_computation():
    lembar = _lembar()
    jawaban = _semua(lembar, "Y", "AA")
    # 1.a: one of two Y → 6 × 1/2 = 3 (loses 3); 1.b: AA, B, C → 9 × 2,2/3 = 6,6 (loses 2,4);
    # 4.c: N/A, BB, D → 12,5 × 1,1/2 = 6,875 (loses 5,625). 100 − 3 − 2,4 − 5,625 = 88,975.
    jawaban.update({"1.a.2": "T", "1.b.2": "B", "1.b.3": "C"})
    jawaban.update({"4.c.1": TIDAK_BERLAKU, "4.c.2": "BB", "4.c.3": "D"})
    hasil = hitung(lembar, jawaban)
    assert hasil.total == D("88.975")
    assert hasil.total_tampil == D("88.98")
    assert hasil.predikat == "A"
    assert [k.nilai for k in hasil.komponen] == [D("24.6"), D("30"), D("15"), D("19.375")]


def test_unanswered_criteria_count_as_zero_and_lower_completeness():
    lembar = _lembar()
    jawaban = _semua(lembar, "Y", "AA")
    del jawaban["2.c.1"]
    hasil = hitung(lembar, jawaban)
    assert hasil.total == D("95")  # 2.c: 15 × 2/3 = 10
    assert hasil.dijawab == hasil.jumlah - 1
    assert hasil.kelengkapan < 100


def test_an_answer_outside_the_scale_is_refused():
    lembar = _lembar()
    kriteria = lembar.semua_kriteria()[0]
    assert jawaban_sah(kriteria, "Y")
    assert not jawaban_sah(kriteria, "AA")
    with pytest.raises(ValueError, match="bukan pilihan"):
        hitung(lembar, {kriteria.kode: "AA"})


@pytest.mark.parametrize(
    ("total", "predikat"),
    [
        ("90.01", "AA"),
        ("90", "A"),
        ("89.99", "A"),
        ("80.01", "A"),
        ("80", "BB"),
        ("70.01", "BB"),
        ("70", "B"),
        ("69.99", "B"),
        ("60.01", "B"),
        ("60", "CC"),
        ("50.01", "CC"),
        ("50", "C"),
        ("30.01", "C"),
        ("30", "D"),
        ("29.99", "D"),
        ("90.004", "A"),  # shown as 90,00: the printed figure decides
        ("90.005", "AA"),
    ],
)
def test_predicate_boundaries_are_exclusive_below(total, predikat):
    lembar = Lembar(
        2025,
        "satu kriteria",
        (
            Komponen(
                "1",
                "",
                D("100"),
                (SubKomponen("1.a", "", D("100"), (Kriteria("1.a.1", "", _skala(total)),)),),
            ),
        ),
    )
    assert hitung(lembar, {"1.a.1": "X"}).predikat == predikat


def _skala(total):
    from kinerja.lke.lembar import PilihanJawaban, Skala

    return Skala("x", "x", (PilihanJawaban("X", "X", D(total) / 100),))


def test_weights_that_do_not_add_up_block_publication():
    lembar = _lembar()
    assert periksa_bobot(lembar) == []
    kom = lembar.komponen[0]
    broken_sub = SubKomponen("1.a", "", D("7"), kom.sub[0].kriteria)
    broken = Lembar(
        2025,
        "x",
        (Komponen("1", "", D("30"), (broken_sub, *kom.sub[1:])), *lembar.komponen[1:]),
    )
    errors = periksa_bobot(broken)
    assert any("Komponen 1" in e and "31" in e for e in errors)
    short = Lembar(2025, "x", lembar.komponen[:3])
    assert any("75" in e for e in periksa_bobot(short))


def test_duplicate_criterion_codes_block_publication():
    lembar = _lembar()
    kom = lembar.komponen[3]
    sub = kom.sub[0]
    dup = SubKomponen(sub.kode, "", sub.bobot, (*sub.kriteria, sub.kriteria[0]))
    broken = Lembar(
        2025, "x", (*lembar.komponen[:3], Komponen("4", "", kom.bobot, (dup, *kom.sub[1:])))
    )
    assert any("4.a.1" in e for e in periksa_bobot(broken))
