import datetime
from decimal import ROUND_HALF_UP, Context, Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from kinerja.core.formatting import (
    format_angka,
    format_desimal,
    format_persen,
    format_poin,
    format_rupiah,
    format_tanggal,
    format_target,
    format_ukuran,
    plain_decimal,
    round_half_up,
)
from kinerja.planning.targets import Target


def test_persen_rounds_half_up_to_two_decimals_with_comma():
    assert format_persen(Decimal(90) / Decimal(95) * 100) == "94,74%"
    assert format_persen(Decimal("99.675")) == "99,68%"
    assert format_persen(Decimal(100)) == "100,00%"


def test_rupiah_is_whole_with_dot_grouping():
    assert format_rupiah(Decimal("1748912000")) == "Rp 1.748.912.000"
    assert format_rupiah(4000) == "Rp 4.000"
    assert format_rupiah(0) == "Rp 0"


def test_angka_and_desimal():
    assert format_angka(Decimal("1234567.891"), 2) == "1.234.567,89"
    assert format_angka(Decimal("-1500"), 0) == "-1.500"
    assert format_desimal(Decimal("95.0000")) == "95"
    assert format_desimal(Decimal("94.4444")) == "94,44"
    assert format_desimal(Decimal("71.2")) == "71,2"


def test_points_always_have_two_decimals_even_at_zero():
    assert format_poin(Decimal("0")) == "0,00"
    assert format_poin(Decimal("0.0000")) == "0,00"
    assert format_poin(Decimal("9.5")) == "9,50"
    assert format_poin(Decimal("-0.675")) == "-0,68"


def test_tanggal_uses_indonesian_month_names():
    assert format_tanggal(datetime.date(2025, 1, 16)) == "16 Januari 2025"
    assert format_tanggal(datetime.date(2024, 2, 3)) == "3 Februari 2024"


def test_figures_wider_than_the_default_decimal_context_are_printed_in_full():
    # 28 digits is the default context: quantizing these to two places used to raise.
    huge = Decimal("99999999999999999999999999")
    assert format_persen(huge) == "99.999.999.999.999.999.999.999.999,00%"
    assert format_persen(huge * 10) == "999.999.999.999.999.999.999.999.990,00%"
    assert format_angka(Decimal("123456789012345678901234567.555"), 2) == (
        "123.456.789.012.345.678.901.234.567,56"
    )
    assert format_rupiah(Decimal("1E+30")) == "Rp 1" + ".000" * 10
    assert plain_decimal(Decimal("1234567890123456789012345678901.10")) == (
        "1234567890123456789012345678901.1"
    )


def test_rounding_carries_into_a_new_digit():
    assert format_persen(Decimal("999.995")) == "1.000,00%"
    assert round_half_up(Decimal("-0.005")) == Decimal("-0.01")


@given(
    value=st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**60), max_value=10**60)
    | st.integers(min_value=-(10**60), max_value=10**60),
    places=st.integers(min_value=0, max_value=6),
)
@example(value=Decimal("1E-1000"), places=2)
def test_presentation_never_fails_on_a_finite_number(value, places):
    number = Decimal(value)
    wide = Context(prec=200, rounding=ROUND_HALF_UP)
    assert round_half_up(number, places) == number.quantize(
        Decimal(1).scaleb(-places), context=wide
    )
    format_angka(value, places)
    format_desimal(value)
    format_persen(value)
    format_rupiah(value)
    assert Decimal(plain_decimal(number)) == number


def test_a_figure_with_its_unit_and_a_target_as_written():
    assert format_ukuran(Decimal("94.444"), "%") == "94,44%"
    assert format_ukuran(Decimal("12"), "dokumen") == "12 dokumen"
    assert format_ukuran(Decimal("7.5")) == "7,5"
    assert format_ukuran(None, "%") == "–"
    assert format_target(Target(Decimal("95")), "%") == "95%"
    assert format_target(Target(None, "≥ HPP"), "%") == "≥ HPP"
    assert format_target(None) == "–"
