from decimal import Decimal

import pytest

from kinerja.measurement.scales import (
    LAKIP_6_PITA,
    LAN_4_PITA,
    PERMENDAGRI_5_PITA,
    PERMENPANRB_88_2021,
    PRESETS,
    klasifikasi,
)

D = Decimal


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        ("90.01", "AA"),
        ("90", "A"),
        ("80.01", "A"),
        ("80", "BB"),
        ("71.2", "BB"),
        ("70", "B"),
        ("60", "CC"),
        ("50", "C"),
        ("30.01", "C"),
        ("30", "D"),
        ("0", "D"),
        ("100", "AA"),
    ],
)
def test_permenpanrb_88_2021_lower_bounds_are_exclusive(nilai, predikat):
    assert klasifikasi(D(nilai), PERMENPANRB_88_2021).predikat == predikat


def test_evaluation_scores_above_100_are_outside_the_scale():
    assert klasifikasi(D("100.01"), PERMENPANRB_88_2021) is None


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        ("91", "Sangat Tinggi"),
        ("90.99", "Tinggi"),
        ("90.5", "Tinggi"),
        ("76", "Tinggi"),
        ("75.99", "Sedang"),
        ("66", "Sedang"),
        ("65.5", "Rendah"),
        ("51", "Rendah"),
        ("50.99", "Sangat Rendah"),
        ("0", "Sangat Rendah"),
        ("120", "Sangat Tinggi"),
    ],
)
def test_permendagri_five_bands_have_no_gaps(nilai, predikat):
    assert klasifikasi(D(nilai), PERMENDAGRI_5_PITA).predikat == predikat


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        ("85.01", "Sangat Berhasil"),
        ("85", "Berhasil"),
        ("70", "Berhasil"),
        ("69.99", "Cukup Berhasil"),
        ("55", "Cukup Berhasil"),
        ("54.99", "Tidak Berhasil"),
        ("110", "Sangat Berhasil"),
    ],
)
def test_lan_four_bands(nilai, predikat):
    assert klasifikasi(D(nilai), LAN_4_PITA).predikat == predikat


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        ("85.01", "Memuaskan"),
        ("85", "Sangat Baik"),
        ("75", "Baik"),
        ("65", "Cukup Baik"),
        ("50", "Agak Kurang"),
        ("30", "Kurang"),
        ("104", "Memuaskan"),
    ],
)
def test_old_six_bands(nilai, predikat):
    assert klasifikasi(D(nilai), LAKIP_6_PITA).predikat == predikat


@pytest.mark.parametrize("skala", PRESETS, ids=lambda skala: skala.kode)
def test_every_value_from_0_to_100_falls_in_exactly_one_band(skala):
    for hundredths in range(0, 10001, 7):
        nilai = D(hundredths) / 100
        assert sum(band.memuat(nilai) for band in skala.pita) == 1, nilai


def test_not_assessed_has_no_predicate():
    assert klasifikasi(None, LAN_4_PITA) is None
    with pytest.raises(TypeError):
        klasifikasi(90.5, LAN_4_PITA)
