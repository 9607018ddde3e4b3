"""Targets as documents write them (kinerja.planning.targets), read without a database."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.planning.targets import (
    Ambang,
    Angka,
    Label,
    Rentang,
    Target,
    angka_tertulis,
    baca_target,
    target_dari,
)

D = Decimal


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("95", D(95)),
        ("95%", D(95)),
        ("95 %", D(95)),
        ("4,88", D("4.88")),
        ("4.88", D("4.88")),
        ("10 hari", D(10)),
        ("1.500", D(1500)),
    ],
)
def test_a_number_with_or_without_unit_is_read_as_that_number(teks, nilai):
    assert baca_target(teks) == Angka(nilai)


@pytest.mark.parametrize(
    ("teks", "bawah", "atas"),
    [
        ("7–8", D(7), D(8)),
        ("7 - 8 bulan", D(7), D(8)),
        ("80-90%", D(80), D(90)),
        ("80 - 90 %", D(80), D(90)),
        ("7 s.d. 8", D(7), D(8)),
        ("7 s/d 8", D(7), D(8)),
        ("7 sampai dengan 8", D(7), D(8)),
        ("antara 7 dan 8", D(7), D(8)),
        ("7,5 – 8,5 bulan", D("7.5"), D("8.5")),
    ],
)
def test_a_range_keeps_both_bounds(teks, bawah, atas):
    assert baca_target(teks) == Rentang(bawah, atas)


def test_an_inverted_range_is_not_read_as_a_range():
    # "8–7" has no inside: it is kept as written rather than guessed into "7–8".
    assert not isinstance(baca_target("8–7"), Rentang)


@pytest.mark.parametrize(
    ("teks", "pembanding", "batas"),
    [
        ("≥ 95", "≥", D(95)),
        (">= 95", "≥", D(95)),
        ("minimal 95%", "≥", D(95)),
        ("paling sedikit 90", "≥", D(90)),
        # Longest phrase first: "tidak kurang dari" is ≥, never read as "kurang dari" (<).
        ("tidak kurang dari 90", "≥", D(90)),
        ("≤ 10", "≤", D(10)),
        ("maksimal 10 hari", "≤", D(10)),
        ("kurang dari 5", "<", D(5)),
        ("< 5", "<", D(5)),
        ("di atas 90", ">", D(90)),
    ],
)
def test_a_threshold_with_a_number(teks, pembanding, batas):
    assert baca_target(teks) == Ambang(pembanding, batas)


def test_a_threshold_keeps_what_it_compares():
    assert baca_target("CV ≤ 10") == Ambang("≤", D(10), besaran="CV")
    assert str(baca_target("CV ≤ 10")) == "CV ≤ 10"


@pytest.mark.parametrize(
    ("teks", "pembanding", "nama"),
    [("≥ HPP", "≥", "HPP"), ("di bawah ambang batas", "<", "ambang batas")],
)
def test_a_threshold_with_a_named_bound_has_no_number(teks, pembanding, nama):
    bentuk = baca_target(teks)
    assert bentuk == Ambang(pembanding, None, nama_batas=nama)
    with pytest.raises(ValueError, match="Ambang bernama"):
        bentuk.terpenuhi(D(1))


@pytest.mark.parametrize(
    ("teks", "nilai", "terpenuhi"),
    [
        ("≥ 95", "95", True),
        ("≥ 95", "94.99", False),
        ("> 95", "95", False),
        ("≤ 10", "10", True),
        ("< 10", "10", False),
        ("< 10", "9.99", True),
    ],
)
def test_a_threshold_is_met_by_its_bound_only_when_it_includes_it(teks, nilai, terpenuhi):
    assert baca_target(teks).terpenuhi(D(nilai)) is terpenuhi


@pytest.mark.parametrize("teks", ["WTP", "Baik", "Wajar Tanpa Pengecualian", "Sangat Baik"])
def test_a_label_is_kept_as_written(teks):
    assert baca_target(teks) == Label(teks)


def test_spaces_are_normalised_before_reading():
    assert baca_target("  Wajar   Tanpa\nPengecualian ") == Label("Wajar Tanpa Pengecualian")


@pytest.mark.parametrize("teks", ["", "   ", "\n\t"])
def test_an_empty_target_is_an_error(teks):
    with pytest.raises(ValueError, match="Target kosong"):
        baca_target(teks)


@given(st.text(max_size=40))
def test_baca_target_raises_only_value_error_and_reads_numbers_as_decimals(teks):
    try:
        bentuk = baca_target(teks)
    except ValueError:
        assert not teks.strip()
        return
    numbers = {
        Angka: lambda b: [b.nilai],
        Rentang: lambda b: [b.bawah, b.atas],
        Ambang: lambda b: [b.batas] if b.batas is not None else [],
        Label: lambda b: [],
    }[type(bentuk)](bentuk)
    assert all(isinstance(number, Decimal) for number in numbers)
    if isinstance(bentuk, Rentang):
        assert bentuk.bawah <= bentuk.atas


@given(
    st.text(alphabet="0123456789.,-–%≥≤<> sdatnrhimlkDHPWT", max_size=20),
)
def test_baca_target_on_target_like_text_raises_only_value_error(teks):
    # Arbitrary text rarely looks like a target; this alphabet makes near-misses common.
    try:
        baca_target(teks)
    except ValueError:
        assert not teks.strip()


def test_a_target_is_a_number_or_a_text_never_both_never_neither():
    assert Target(D(95)).bentuk == Angka(D(95))
    assert Target(teks="≥ 95").bentuk == Ambang("≥", D(95))
    with pytest.raises(ValueError, match="tidak keduanya"):
        Target(D(95), "95")
    with pytest.raises(ValueError, match="tidak keduanya"):
        Target()
    with pytest.raises(ValueError, match="tidak keduanya"):
        Target(teks="   ")


def test_a_zero_target_is_a_number_not_nothing():
    assert Target(D(0)).bentuk == Angka(D(0))
    assert target_dari(D(0), "") == Target(D(0))


def test_target_dari_prefers_the_number_and_gives_none_for_nothing():
    assert target_dari(None, "  ") is None
    assert target_dari(D(95), "≥ 95") == Target(D(95))
    assert target_dari(None, "WTP") == Target(teks="WTP")


def test_a_written_target_prints_as_written_and_a_number_the_indonesian_way():
    assert str(Target(teks="7 s.d. 8 bulan")) == "7 s.d. 8 bulan"
    assert str(Target(D("4.88"))) == "4,88"


@pytest.mark.parametrize(
    ("teks", "angka"),
    [("95", D(95)), ("95%", D(95)), ("4,88", D("4.88")), ("≥ 95", None), ("WTP", None), ("", None)],
)
def test_angka_tertulis_keeps_only_a_bare_number(teks, angka):
    assert angka_tertulis(teks) == angka


def test_a_symbol_after_a_number_is_not_a_unit():
    assert isinstance(baca_target("5 ≥"), Label)
    assert baca_target("12 dokumen") == Angka(Decimal(12))
