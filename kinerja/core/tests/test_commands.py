from decimal import Decimal

import pytest
from django.core.management import CommandError

from kinerja.core.commands import desimal_argument, tahun_argument
from kinerja.core.numbers import JenisAngka


@pytest.mark.parametrize(
    "text", ["dua", "", "1899", "2201", "²", "２０２４", "\u0662\u0660\u0662\u0664"]
)
def test_a_year_that_is_not_four_ascii_digits_in_range_is_a_usage_error(text):
    with pytest.raises(CommandError, match="Tahun tidak sah"):
        tahun_argument(text)


def test_a_decimal_argument_names_its_option_and_says_why():
    assert desimal_argument("4,88", "--target") == Decimal("4.88")
    with pytest.raises(CommandError, match=r"--plafon: Rp tidak berlaku untuk persentase"):
        desimal_argument("Rp 110", "--plafon", JenisAngka.PERSEN)
