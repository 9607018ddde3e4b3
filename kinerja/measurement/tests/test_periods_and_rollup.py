from decimal import Decimal

import pytest

from kinerja.measurement.periods import MetodeAgregasi, rollup
from kinerja.measurement.rollup import efisiensi, rata_rata, serapan

D = Decimal
QUARTERS = [D(10), None, D(30), D(20)]


@pytest.mark.parametrize(
    ("metode", "expected"),
    [
        (MetodeAgregasi.JUMLAH, D(60)),
        (MetodeAgregasi.TERAKHIR, D(20)),
        (MetodeAgregasi.RATA_RATA, D(20)),
        (MetodeAgregasi.MAKSIMUM, D(30)),
    ],
)
def test_quarters_roll_up_to_the_year_skipping_unreported(metode, expected):
    assert rollup(QUARTERS, metode) == expected


def test_nothing_reported_is_nothing_not_zero():
    assert rollup([None, None], MetodeAgregasi.JUMLAH) is None


def test_rollup_refuses_floats():
    with pytest.raises(TypeError):
        rollup([1.5], MetodeAgregasi.JUMLAH)


def test_mean_skips_unassessed_and_uses_weights_when_all_have_them():
    assert rata_rata([D(100), None, D(90)]) == D(95)
    assert rata_rata([D(100), D(90)], [D(3), D(1)]) == D("97.5")
    assert rata_rata([D(100), D(90)], [D(3), None]) == D(95)
    assert rata_rata([None]) is None


def test_serapan_and_efisiensi():
    assert serapan(D(1746467098), D(1748912000)).quantize(D("0.01")) == D("99.86")
    assert serapan(D(5), D(0)) is None
    assert efisiensi(D(100), D("99.86")) == D("0.14")
    assert efisiensi(None, D(50)) is None


def test_efisiensi_is_claimed_only_for_a_target_met_with_something_spent():
    assert efisiensi(D("98.15"), D("90.03")) is None  # not met: what is left is no saving
    assert efisiensi(D("99.994"), D(90)) is None  # shown 99,99%
    assert efisiensi(D("99.995"), D(90)) == D("9.995")  # shown 100,00%: met, as printed
    assert efisiensi(D(120), D(0)) is None  # nothing spent is no efficiency either
    assert efisiensi(D(100), D("100.5")) == D("-0.5")  # met, but over budget
