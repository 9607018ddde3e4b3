import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kinerja.core.formatting import format_angka, format_rupiah, plain_decimal
from kinerja.core.numbers import (
    MAKS_ANGKA_BELAKANG,
    MAKS_ANGKA_DEPAN,
    AngkaTidakSah,
    JenisAngka,
    parse_angka,
)

D = Decimal
UKURAN, PERSEN, RUPIAH = JenisAngka.UKURAN, JenisAngka.PERSEN, JenisAngka.RUPIAH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plain and decimal
        ("95", "95"),
        ("94,74", "94.74"),
        ("94.74", "94.74"),
        ("4,88", "4.88"),
        ("0,0001", "0.0001"),
        (",5", "0.5"),
        ("007", "7"),
        # Both separators: the last one is the decimal mark
        ("1.748.912.000,50", "1748912000.50"),
        ("1,748,912,000.50", "1748912000.50"),
        ("1.234,5", "1234.5"),
        # Only commas: one is a decimal comma, several group thousands
        ("1,500", "1.5"),
        ("1,748,912,000", "1748912000"),
        # Only dots: several group thousands; one is a decimal point unless it is one group
        ("1.748.912.000", "1748912000"),
        ("1.500", "1500"),
        ("12.000", "12000"),
        ("250.000", "250000"),
        ("0.200", "0.2"),
        ("0.5", "0.5"),
        ("1234.567", "1234.567"),
        ("1.5000", "1.5"),
        (".500", "0.5"),
        # Percent sign and whitespace, non-breaking spaces included
        ("94,74%", "94.74"),
        ("94,74 %", "94.74"),
        ("  95\t", "95"),
        ("\xa095,5\u202f%\xa0", "95.5"),
        # Trailing zeros are not decimals that count against the limit
        ("0,200000", "0.2"),
        # The largest measure
        ("999.999.999.999.999,9999", "999999999999999.9999"),
    ],
)
def test_measures_are_read_as_people_type_them(text, expected):
    assert parse_angka(text) == D(expected)
    assert parse_angka(text, PERSEN) == D(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("-5", "-5"), ("−5,5", "-5.5"), ("- 1.500", "-1500"), ("-0", "0"), ("−0,00", "0")],
)
def test_a_leading_minus_or_minus_sign_makes_the_number_negative(text, expected):
    value = parse_angka(text)
    assert value == D(expected)
    assert not value.is_signed() or value < 0  # never a "-0" that prints with its sign


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp 1.748.912.000", "1748912000"),
        ("Rp1.748.912.000", "1748912000"),
        ("Rp. 1.748.912.000", "1748912000"),
        ("rp 5.000", "5000"),
        ("Rp\xa01.748.912.000", "1748912000"),
        ("1.748.912.000", "1748912000"),
        ("1.500,00", "1500"),
        ("1,748,912,000.00", "1748912000"),
        ("-Rp 5.000", "-5000"),
        ("Rp -5.000", "-5000"),
        ("999.999.999.999.999.999", "999999999999999999"),
    ],
)
def test_rupiah_may_start_with_rp_and_is_whole(text, expected):
    value = parse_angka(text, RUPIAH)
    assert value == D(expected)
    # Whole, with no ",00" kept: a 0-place Rupiah column would refuse 1500.00.
    assert value.as_tuple().exponent == 0


@pytest.mark.parametrize(
    ("text", "jenis", "message"),
    [
        ("", UKURAN, "Angka kosong"),
        ("   ", UKURAN, "Angka kosong"),
        ("\xa0", RUPIAH, "Angka kosong"),
        ("abc", UKURAN, "Angka tidak dikenali"),
        ("sembilan puluh", UKURAN, "Angka tidak dikenali"),
        ("1e5", UKURAN, "Angka tidak dikenali"),
        ("1E+5", UKURAN, "Angka tidak dikenali"),
        ("NaN", UKURAN, "Angka tidak dikenali"),
        ("Infinity", UKURAN, "Angka tidak dikenali"),
        ("-inf", UKURAN, "Angka tidak dikenali"),
        ("+5", UKURAN, "Angka tidak dikenali"),
        ("--5", UKURAN, "Angka tidak dikenali"),
        ("1 500", UKURAN, "Angka tidak dikenali"),
        ("5%%", UKURAN, "Angka tidak dikenali"),
        ("%", PERSEN, "Angka tidak dikenali"),
        ("Rp", RUPIAH, "Angka tidak dikenali"),
        ("\u0663", UKURAN, "Angka tidak dikenali"),  # Arabic-Indic three: Decimal would take it
        ("²", UKURAN, "Angka tidak dikenali"),
        ("1,2,3", UKURAN, "Pemisah ribuan tidak sah"),
        ("1.2.3", UKURAN, "Pemisah ribuan tidak sah"),
        ("1.23,4", UKURAN, "Pemisah ribuan tidak sah"),
        ("12,34,567", UKURAN, "Pemisah ribuan tidak sah"),
        ("0.200.000", UKURAN, "Pemisah ribuan tidak sah"),
        ("1.234,5,6", UKURAN, "tanda desimal lebih dari satu"),
        ("5,", UKURAN, "tidak ada angka sesudah tanda desimal"),
        ("5.", UKURAN, "tidak ada angka sesudah tanda desimal"),
        (",", UKURAN, "tidak ada angka sesudah tanda desimal"),
        ("1.234,", UKURAN, "tidak ada angka sesudah tanda desimal"),
        ("Rp 5.000", UKURAN, "Rp tidak berlaku untuk target atau realisasi"),
        ("Rp. 95", PERSEN, "Rp tidak berlaku untuk persentase"),
        ("5%", RUPIAH, "Rupiah tidak memakai %"),
        ("1.500,50", RUPIAH, "Rupiah harus bilangan bulat"),
        ("1,5", RUPIAH, "Rupiah harus bilangan bulat"),
        ("1234567890123456", UKURAN, "maksimal 15 angka sebelum koma"),
        ("1.234.567.890.123.456", PERSEN, "maksimal 15 angka sebelum koma"),
        ("1.234.567.890.123.456.789", RUPIAH, "maksimal 18 angka sebelum koma"),
        ("99999999999999999999999999", UKURAN, "Angka terlalu besar"),
        ("0,00001", UKURAN, "terlalu banyak angka di belakang koma (maksimal 4)"),
        ("94,74449", PERSEN, "terlalu banyak angka di belakang koma (maksimal 4)"),
    ],
)
def test_refusals_say_why_in_indonesian_and_quote_the_input(text, jenis, message):
    with pytest.raises(AngkaTidakSah, match=re.escape(message)) as refusal:
        parse_angka(text, jenis)
    assert repr(text) in str(refusal.value)


def test_a_refusal_is_a_value_error_for_callers_that_catch_those():
    assert issubclass(AngkaTidakSah, ValueError)


def test_a_long_input_is_quoted_cut_short():
    with pytest.raises(AngkaTidakSah) as refusal:
        parse_angka("x" * 10_000)
    assert len(str(refusal.value)) < 200


def test_kind_may_be_given_as_its_text_value():
    with pytest.raises(AngkaTidakSah, match="bilangan bulat"):
        parse_angka("1,5", "rupiah")


# Strings built from the pieces people type, so the fuzzing reaches the separator rules
# instead of stopping at the first letter.
pieces = st.sampled_from(
    ["0", "1", "5", "9", "12", "123", "000", "999", ".", ",", "-", "−", "%", "Rp", "Rp.", "rp",
     " ", "\xa0", "e", "E", "+", "NaN", "Infinity", "²", "\u0663"]
)  # fmt: skip
typed = st.lists(pieces, max_size=30).map("".join)


@given(text=st.text() | typed, jenis=st.sampled_from(list(JenisAngka)))
@example(text="99999999999999999999999999", jenis=UKURAN)
@example(text="1" * 5000, jenis=RUPIAH)
@example(text="0," + "0" * 5000 + "1", jenis=UKURAN)
def test_any_text_is_a_bounded_finite_number_or_an_angka_tidak_sah(text, jenis):
    refusal = ""
    try:
        value = parse_angka(text, jenis)
    except AngkaTidakSah as error:
        refusal = str(error)
    if refusal:
        assert repr(text[:40]) in refusal
        return
    assert isinstance(value, Decimal)
    assert value.is_finite()
    assert value.copy_abs() < D(10) ** MAKS_ANGKA_DEPAN[jenis]
    smallest_exponent = 0 if jenis is RUPIAH else -MAKS_ANGKA_BELAKANG
    assert value.as_tuple().exponent >= smallest_exponent


measures = st.decimals(
    min_value=D("-999999999999999.9999"),
    max_value=D("999999999999999.9999"),
    places=4,
    allow_nan=False,
    allow_infinity=False,
)


@given(value=measures)
@example(value=D("1.5"))
@example(value=D("123.456"))
def test_what_kinerja_prints_is_read_back_as_the_same_number(value):
    assert parse_angka(format_angka(value, 4)) == value
    assert parse_angka(format_angka(value, 4) + "%", PERSEN) == value
    # The machine form with a decimal comma, as the form fields show stored values.
    assert parse_angka(plain_decimal(value).replace(".", ",")) == value


@given(value=st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1))
def test_printed_rupiah_is_read_back_as_the_same_amount(value):
    assert parse_angka(format_rupiah(value), RUPIAH) == value


@settings(max_examples=1000)
@given(
    whole=st.integers(min_value=0, max_value=10**15 - 1),
    fraction=st.text(alphabet="0123456789", min_size=1, max_size=4).filter(lambda f: len(f) != 3),
)
def test_a_decimal_comma_and_a_decimal_point_read_the_same_where_unambiguous(whole, fraction):
    # Three digits after a single dot may be a thousands group (`1.500`); any other count not.
    comma, point = f"{whole},{fraction}", f"{whole}.{fraction}"
    assert parse_angka(comma) == parse_angka(point) == Decimal(point)
