from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja.core.formatting import format_persen
from kinerja.measurement.capaian import (
    AturanCapaian,
    KebijakanTargetNol,
    Polaritas,
    StatusRealisasi,
    VarianTurun,
    hitung_capaian,
)

D = Decimal
measures = st.decimals(
    min_value=0, max_value=10_000, places=2, allow_nan=False, allow_infinity=False
)
positive = st.decimals(
    min_value=D("0.01"), max_value=10_000, places=2, allow_nan=False, allow_infinity=False
)
caps = st.sampled_from([None, D(100), D(110), D(120)])


WIDTH = D(10)


def aturan_for(polaritas, target, cap, width=WIDTH):
    if polaritas in (Polaritas.RENTANG, Polaritas.STABIL):
        return AturanCapaian(polaritas=polaritas, batas_atas=target + width, plafon=cap)
    return AturanCapaian(polaritas=polaritas, plafon=cap)


@pytest.mark.parametrize(
    ("target", "realisasi", "expected"),
    [("90", "85", "94,44%"), ("95", "90", "94,74%"), ("80", "75", "93,75%")],
)
def test_published_examples(target, realisasi, expected):
    result = hitung_capaian(D(target), D(realisasi))
    assert format_persen(result.nilai) == expected
    assert result.aturan == "R/T×100 (semakin tinggi semakin baik)"


def test_lower_is_better_default_and_variant_from_the_domain_reference():
    assert hitung_capaian(D(5), D(4), AturanCapaian(polaritas=Polaritas.TURUN)).nilai == 120
    assert hitung_capaian(D(5), D(6), AturanCapaian(polaritas=Polaritas.TURUN)).nilai == 80
    variant = AturanCapaian(polaritas=Polaritas.TURUN, varian_turun=VarianTurun.T_BAGI_R)
    assert hitung_capaian(D(5), D(4), variant).nilai == 125
    assert format_persen(hitung_capaian(D(5), D(6), variant).nilai) == "83,33%"
    assert "T/R" in hitung_capaian(D(5), D(6), variant).aturan


def test_official_smk_examples():
    # 7–8 months, realised 6,5: lower-is-better against the lower bound → 107,14
    turun = AturanCapaian(polaritas=Polaritas.TURUN)
    assert format_persen(hitung_capaian(D(7), D("6.5"), turun).nilai) == "107,14%"
    assert format_persen(hitung_capaian(D(8), D(9), turun).nilai) == "87,50%"
    # range 80–90 %, realised 70 → 70/80
    rentang = AturanCapaian(polaritas=Polaritas.RENTANG, batas_atas=D(90))
    assert format_persen(hitung_capaian(D(80), D(70), rentang).nilai) == "87,50%"
    assert hitung_capaian(D(80), D(85), rentang).nilai == 100
    assert format_persen(hitung_capaian(D(80), D(92), rentang).nilai) == "102,22%"


@pytest.mark.parametrize(
    ("realisasi", "expected"),
    [("6.5", "107,14%"), ("7", "100,00%"), ("7.5", "100,00%"), ("8", "100,00%"), ("9", "87,50%")],
)
def test_lower_is_better_range_smk_example(realisasi, expected):
    # PermenPANRB SMK: a service time of 7–8 months, lower is better.
    rentang = AturanCapaian(polaritas=Polaritas.TURUN, batas_atas=D(8))
    result = hitung_capaian(D(7), D(realisasi), rentang)
    assert format_persen(result.nilai) == expected
    assert result.kode_aturan == "turun_rentang"
    assert result.aturan.startswith("Target rentang 7–8 (semakin rendah semakin baik)")


def test_lower_is_better_range_above_the_upper_bound_never_goes_below_zero():
    rentang = AturanCapaian(polaritas=Polaritas.TURUN, batas_atas=D(8))
    assert hitung_capaian(D(7), D(12), rentang).nilai == 50
    assert hitung_capaian(D(7), D(20), rentang).nilai == 0


def test_lower_is_better_range_with_the_t_over_r_variant():
    rentang = AturanCapaian(
        polaritas=Polaritas.TURUN, varian_turun=VarianTurun.T_BAGI_R, batas_atas=D(8)
    )
    assert format_persen(hitung_capaian(D(7), D("6.5"), rentang).nilai) == "107,69%"  # 7/6,5
    assert hitung_capaian(D(7), D("7.5"), rentang).nilai == 100
    assert format_persen(hitung_capaian(D(7), D(9), rentang).nilai) == "88,89%"  # 8/9
    result = hitung_capaian(D(7), D(9), rentang)
    assert result.kode_aturan == "turun_rentang_t_r"
    assert "Target rentang 7–8" in result.aturan
    assert "U/R×100" in result.aturan


def test_lower_is_better_range_realisasi_0_follows_the_t_over_r_rule():
    variant = {"polaritas": Polaritas.TURUN, "varian_turun": VarianTurun.T_BAGI_R}
    uncapped = hitung_capaian(D(7), D(0), AturanCapaian(**variant, batas_atas=D(8)))
    assert uncapped.nilai is None
    assert "tidak terdefinisi" in uncapped.alasan
    capped = AturanCapaian(**variant, batas_atas=D(8), plafon=D(120))
    assert hitung_capaian(D(7), D(0), capped).nilai == 120


def test_lower_is_better_range_from_zero():
    rentang = AturanCapaian(polaritas=Polaritas.TURUN, batas_atas=D(5))
    assert hitung_capaian(D(0), D(0), rentang).nilai == 100
    assert hitung_capaian(D(0), D(3), rentang).nilai == 100
    assert hitung_capaian(D(0), D(7), rentang).nilai == 60  # (2×5 − 7) / 5
    exactly_zero = AturanCapaian(polaritas=Polaritas.TURUN, batas_atas=D(0))
    assert hitung_capaian(D(0), D(0), exactly_zero).nilai == 100
    over = hitung_capaian(D(0), D(2), exactly_zero)
    assert (over.nilai, over.kode_aturan) == (0, "target_nol")


def test_lower_is_better_range_upper_bound_below_the_target_is_an_error():
    with pytest.raises(ValueError, match="tidak boleh di bawah target"):
        hitung_capaian(D(8), D(7), AturanCapaian(polaritas=Polaritas.TURUN, batas_atas=D(7)))


@pytest.mark.parametrize(
    ("polaritas", "message"),
    [
        (Polaritas.NAIK, "tidak berlaku untuk polaritas naik; .* gunakan polaritas rentang"),
        (Polaritas.BINER, "tidak berlaku untuk polaritas biner"),
    ],
)
def test_an_upper_bound_where_it_means_nothing_is_an_error(polaritas, message):
    with pytest.raises(ValueError, match=message):
        AturanCapaian(polaritas=polaritas, batas_atas=D(90))


@pytest.mark.parametrize("polaritas", [Polaritas.TURUN, Polaritas.RENTANG, Polaritas.STABIL])
def test_an_upper_bound_is_accepted_where_a_rule_reads_it(polaritas):
    assert AturanCapaian(polaritas=polaritas, batas_atas=D(90)).batas_atas == 90


def test_lower_is_better_never_goes_below_zero():
    assert hitung_capaian(D(5), D(50), AturanCapaian(polaritas=Polaritas.TURUN)).nilai == 0


def test_stabilising_band():
    band = AturanCapaian(polaritas=Polaritas.STABIL, batas_atas=D(12))
    assert hitung_capaian(D(10), D(11), band).nilai == 100
    assert hitung_capaian(D(10), D(8), band).nilai == 80
    assert hitung_capaian(D(10), D(14), band).nilai == 80


def test_binary_milestone():
    biner = AturanCapaian(polaritas=Polaritas.BINER)
    assert hitung_capaian(D(1), D(1), biner).nilai == 100
    assert hitung_capaian(D(1), D(0), biner).nilai == 0


@pytest.mark.parametrize(
    ("polaritas", "realisasi", "expected"),
    [
        (Polaritas.NAIK, D(0), None),
        (Polaritas.NAIK, D(3), D(100)),
        (Polaritas.TURUN, D(0), D(100)),
        (Polaritas.TURUN, D(2), D(0)),
    ],
)
def test_zero_target_policy(polaritas, realisasi, expected):
    result = hitung_capaian(D(0), realisasi, AturanCapaian(polaritas=polaritas))
    assert result.nilai == expected
    assert result.kode_aturan == "target_nol"


def test_zero_target_gives_the_cap_when_there_is_one_or_nothing_by_policy():
    capped = AturanCapaian(plafon=D(120))
    assert hitung_capaian(D(0), D(3), capped).nilai == 120
    never = AturanCapaian(target_nol=KebijakanTargetNol.TIDAK_DINILAI)
    assert hitung_capaian(D(0), D(3), never).nilai is None


def test_cap_keeps_the_uncapped_value_beside_it():
    result = hitung_capaian(D(80), D(100), AturanCapaian(plafon=D(110)))
    assert result.nilai == 110
    assert result.nilai_tanpa_plafon == 125
    assert "plafon 110%" in result.aturan


def test_not_executed_and_not_reported_are_never_zero():
    executed = hitung_capaian(D(100), None, status=StatusRealisasi.TIDAK_DILAKSANAKAN)
    assert executed.nilai is None
    assert "tidak dilaksanakan" in executed.alasan.lower()
    assert hitung_capaian(D(100), None).nilai is None


def test_floats_are_refused():
    with pytest.raises(TypeError, match="Decimal"):
        hitung_capaian(90.0, D(85))
    with pytest.raises(TypeError, match="Decimal"):
        hitung_capaian(D(90), 85.0)


def test_invalid_settings_are_explained():
    with pytest.raises(ValueError, match="batas atas"):
        AturanCapaian(polaritas=Polaritas.RENTANG)
    with pytest.raises(ValueError, match="100, 110 atau 120"):
        AturanCapaian(plafon=D(150))
    with pytest.raises(ValueError, match="negatif"):
        hitung_capaian(D(-1), D(1))


@given(polaritas=st.sampled_from(list(Polaritas)), target=positive, cap=caps)
def test_exactly_100_when_realisasi_equals_target(polaritas, target, cap):
    assert hitung_capaian(target, target, aturan_for(polaritas, target, cap)).nilai == 100


@given(
    polaritas=st.sampled_from([Polaritas.NAIK, Polaritas.RENTANG, Polaritas.BINER]),
    target=positive,
    low=measures,
    high=measures,
    cap=caps,
)
def test_higher_is_better_rules_never_fall_when_realisasi_rises(polaritas, target, low, high, cap):
    low, high = sorted((low, high))
    aturan = aturan_for(polaritas, target, cap)
    assert hitung_capaian(target, low, aturan).nilai <= hitung_capaian(target, high, aturan).nilai


@given(
    target=positive,
    low=positive,
    high=positive,
    cap=caps,
    variant=st.sampled_from(list(VarianTurun)),
)
def test_lower_is_better_never_rises_when_realisasi_rises(target, low, high, cap, variant):
    low, high = sorted((low, high))
    aturan = AturanCapaian(polaritas=Polaritas.TURUN, varian_turun=variant, plafon=cap)
    assert hitung_capaian(target, low, aturan).nilai >= hitung_capaian(target, high, aturan).nilai


@given(
    polaritas=st.sampled_from(list(Polaritas)),
    target=measures,
    realisasi=measures,
    cap=st.sampled_from([D(100), D(110), D(120)]),
)
def test_the_cap_is_never_exceeded_and_results_are_decimal(polaritas, target, realisasi, cap):
    result = hitung_capaian(target, realisasi, aturan_for(polaritas, target, cap))
    if result.nilai is not None:
        assert isinstance(result.nilai, Decimal)
        assert D(0) <= result.nilai <= cap
    assert result.aturan


variants = st.sampled_from(list(VarianTurun))


def turun_rentang(target, width, variant, cap):
    return AturanCapaian(
        polaritas=Polaritas.TURUN, varian_turun=variant, batas_atas=target + width, plafon=cap
    )


@given(target=positive, width=measures, variant=variants, cap=caps)
def test_lower_is_better_range_is_exactly_100_at_the_target_and_across_the_range(
    target, width, variant, cap
):
    aturan = turun_rentang(target, width, variant, cap)
    assert hitung_capaian(target, target, aturan).nilai == 100
    assert hitung_capaian(target, target + width / 2, aturan).nilai == 100
    assert hitung_capaian(target, target + width, aturan).nilai == 100


@given(target=measures, width=measures, low=positive, high=positive, variant=variants, cap=caps)
def test_lower_is_better_range_never_rises_when_realisasi_rises(
    target, width, low, high, variant, cap
):
    low, high = sorted((low, high))
    aturan = turun_rentang(target, width, variant, cap)
    assert hitung_capaian(target, low, aturan).nilai >= hitung_capaian(target, high, aturan).nilai


@given(
    target=measures,
    width=measures,
    realisasi=measures,
    variant=variants,
    cap=st.sampled_from([D(100), D(110), D(120)]),
)
def test_lower_is_better_range_never_exceeds_the_cap(target, width, realisasi, variant, cap):
    result = hitung_capaian(target, realisasi, turun_rentang(target, width, variant, cap))
    if result.nilai is not None:
        assert isinstance(result.nilai, Decimal)
        assert D(0) <= result.nilai <= cap
    assert result.aturan


# Every value the measure columns can hold (20 digits, 4 of them decimals), not only typical ones.
stored = st.decimals(
    min_value=0, max_value=D("9999999999999999.9999"), places=4, allow_nan=False,
    allow_infinity=False,
)  # fmt: skip


@settings(max_examples=2000)
@given(
    polaritas=st.sampled_from(list(Polaritas)),
    target=stored,
    realisasi=stored | st.none(),
    width=stored,
    variant=variants,
    cap=caps,
)
def test_any_stored_target_and_realisasi_give_a_result_never_an_exception(
    polaritas, target, realisasi, width, variant, cap
):
    aturan = AturanCapaian(
        polaritas=polaritas,
        batas_atas=target + width if polaritas in (Polaritas.RENTANG, Polaritas.STABIL) else None,
        varian_turun=variant,
        plafon=cap,
    )
    hasil = hitung_capaian(target, realisasi, aturan)
    assert hasil.nilai is None or (isinstance(hasil.nilai, Decimal) and hasil.nilai.is_finite())
    if hasil.nilai is not None:
        assert format_persen(hasil.nilai)
