from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from hypothesis import example, given
from hypothesis import strategies as st

from kinerja.core.forms import DECIMAL_OVERRIDES, DesimalField
from kinerja.core.numbers import JenisAngka


def _measure_field(**kwargs):
    return DesimalField(max_digits=20, decimal_places=4, **kwargs)


def test_form_field_reads_comma_and_dot_decimals():
    field = _measure_field()
    assert field.clean("94,74") == Decimal("94.74")
    assert field.clean("94.74") == Decimal("94.74")
    assert field.clean("0.200") == Decimal("0.2")
    assert field.prepare_value(Decimal("95.0000")) == "95"
    with pytest.raises(ValidationError, match="Angka tidak dikenali"):
        field.clean("sembilan puluh")


def test_blank_optional_field_is_empty_not_an_error():
    field = _measure_field(required=False)
    assert field.clean("") is None
    assert field.clean("  \xa0") is None


def test_form_field_refuses_what_its_kind_forbids():
    with pytest.raises(ValidationError, match="Rp tidak berlaku"):
        _measure_field().clean("Rp 5.000")
    money = DesimalField(max_digits=18, decimal_places=0, jenis=JenisAngka.RUPIAH)
    assert money.clean("Rp 1.748.912.000,00") == Decimal("1748912000")
    with pytest.raises(ValidationError, match="bilangan bulat"):
        money.clean("1,5")


def test_admin_columns_read_rupiah_where_the_column_is_whole():
    make = DECIMAL_OVERRIDES["form_class"]
    assert make(max_digits=18, decimal_places=0).clean("Rp 4.000") == Decimal(4000)
    assert make(max_digits=20, decimal_places=4).jenis is JenisAngka.UKURAN


@given(
    value=st.decimals(
        min_value=0, max_value=Decimal("999999999999999.9999"), places=4, allow_nan=False
    )
)
@example(value=Decimal("123.456"))
@example(value=Decimal("1.5"))
def test_a_stored_measure_survives_an_unchanged_resubmission(value):
    # The admin shows prepare_value() in the input and reads the same text back on save:
    # shown as "123.456", a measure of 123,456 used to come back as 123456.
    field = _measure_field()
    assert field.clean(field.prepare_value(value)) == value


@given(value=st.integers(min_value=0, max_value=10**15))
@example(value=1_748_912_000)
def test_rupiah_are_shown_grouped_and_read_back_unchanged(value):
    make = DECIMAL_OVERRIDES["form_class"]
    field = make(max_digits=18, decimal_places=0)
    shown = field.prepare_value(Decimal(value))
    if value == 1_748_912_000:
        assert shown == "1.748.912.000"
    assert field.clean(shown) == Decimal(value)
