"""An indicator's batas atas through the measurement: read by a lower-is-better range,
refused (and reported, not raised) where no rule reads it."""

from decimal import Decimal

import pytest

from kinerja.measurement.selectors import pengukuran
from kinerja.planning.models import IndikatorKinerja

pytestmark = pytest.mark.django_db


def _row(result, kode):
    return next(row for row in result.baris if row.indikator.kode == kode)


def test_an_upper_bound_on_a_higher_is_better_indicator_is_reported_not_ignored(prabumulih):
    IndikatorKinerja.objects.filter(satker=prabumulih, kode="6872-2").update(
        polaritas="naik", batas_atas=Decimal(100)
    )
    row = _row(pengukuran(prabumulih, 2024), "6872-2")
    assert row.hasil.nilai is None
    assert row.hasil.kode_aturan == "aturan_tidak_sah"
    assert "gunakan polaritas rentang" in row.hasil.alasan


def test_a_lower_is_better_indicator_with_an_upper_bound_is_measured_against_the_range(
    prabumulih,
):
    # 6872-2: target 95, realisasi 90. As a range 95–100 where lower is better, 90 is below
    # the range: (2×95 − 90) / 95 × 100.
    IndikatorKinerja.objects.filter(satker=prabumulih, kode="6872-2").update(
        polaritas="turun", batas_atas=Decimal(100)
    )
    row = _row(pengukuran(prabumulih, 2024), "6872-2")
    assert row.hasil.kode_aturan == "turun_rentang"
    assert row.hasil.nilai == (2 * Decimal(95) - Decimal(90)) / Decimal(95) * 100
    assert "Target rentang 95–100" in row.hasil.aturan
