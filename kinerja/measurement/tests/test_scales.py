from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kinerja.core.formatting import plain_decimal
from kinerja.measurement.scales import (
    LAKIP_6_PITA,
    LAN_4_PITA,
    PERMENDAGRI_5_PITA,
    PERMENPANRB_88_2021,
    PRESETS,
    Pita,
    Predikat,
    Skala,
    alasan_tanpa_predikat,
    klasifikasi,
    periksa_skala,
)

D = Decimal


def pita(predikat, bawah, bawah_inklusif, atas, atas_inklusif, keterangan=""):
    return Pita(
        predikat,
        keterangan,
        None if bawah is None else D(bawah),
        bawah_inklusif,
        None if atas is None else D(atas),
        atas_inklusif,
    )


def skala(*bands, teratas_terbuka=True):
    return Skala("uji", "Skala uji", "dibuat untuk pengujian", bands, teratas_terbuka)


# As one LKjIP prints the "LAN" scale: "> 85 Sangat Berhasil; 70 – < 85 Berhasil", so 85 itself
# falls in no band.
LAN_TERCETAK_BERCELAH = skala(
    pita("Sangat Berhasil", "85", False, None, False),
    pita("Berhasil", "70", True, "85", False),
    pita("Cukup Berhasil", "55", True, "70", False),
    pita("Tidak Berhasil", None, False, "55", False),
)

# A document's PermenPANRB table, listed from the bottom, with CC misprinted "30–50"
# (it is "> 50 – 60").
PERMENPANRB_SALAH_CETAK = skala(
    pita("D", "0", True, "30", True),
    pita("C", "30", False, "50", True),
    pita("CC", "30", True, "50", True),
    pita("B", "60", False, "70", True),
    pita("BB", "70", False, "80", True),
    pita("A", "80", False, "90", True),
    pita("AA", "90", False, "100", True),
    teratas_terbuka=False,
)

EMPAT_PITA_BERSIH = skala(
    pita("Sangat Baik", "75", True, "100", True),
    pita("Baik", "50", True, "75", False),
    pita("Cukup", "25", True, "50", False),
    pita("Kurang", "0", True, "25", False),
)


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


def test_evaluation_scores_above_100_are_outside_the_scale_and_say_so():
    assert klasifikasi(D("100.01"), PERMENPANRB_88_2021) is None
    assert alasan_tanpa_predikat(D("100.5"), PERMENPANRB_88_2021) == (
        "100,5 melebihi skala PermenPANRB 88/2021 (predikat evaluasi AKIP), yang berakhir pada 100."
    )


def test_negative_evaluation_score_is_below_the_scale():
    assert klasifikasi(D("-0.01"), PERMENPANRB_88_2021) is None
    assert alasan_tanpa_predikat(D("-0.01"), PERMENPANRB_88_2021) == (
        "-0,01 di bawah skala PermenPANRB 88/2021 (predikat evaluasi AKIP), yang dimulai dari 0."
    )


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
        ("75.01", "Sangat Baik"),
        ("75", "Baik"),
        ("65.01", "Baik"),
        ("65", "Cukup Baik"),
        ("50.01", "Cukup Baik"),
        ("50", "Agak Kurang"),
        ("30.01", "Agak Kurang"),
        ("30", "Kurang"),
        ("0", "Kurang"),
        ("100", "Memuaskan"),
        ("104", "Memuaskan"),
    ],
)
def test_old_six_bands(nilai, predikat):
    assert klasifikasi(D(nilai), LAKIP_6_PITA).predikat == predikat


def test_negative_capaian_is_below_the_old_six_band_scale():
    assert klasifikasi(D("-0.01"), LAKIP_6_PITA) is None
    assert "di bawah skala" in alasan_tanpa_predikat(D("-0.01"), LAKIP_6_PITA)


@pytest.mark.parametrize("preset", PRESETS, ids=lambda preset: preset.kode)
def test_every_preset_passes_the_scale_check(preset):
    assert periksa_skala(preset) == []


def test_not_assessed_has_no_predicate_and_says_why():
    assert klasifikasi(None, LAN_4_PITA) is None
    assert alasan_tanpa_predikat(None, LAN_4_PITA) == "Tidak dinilai, sehingga tidak berpredikat."
    # Also once the equal Decimal has been classified (and remembered) on the same scale.
    assert klasifikasi(Decimal("90.5"), LAN_4_PITA).predikat == "Sangat Berhasil"
    with pytest.raises(TypeError):
        klasifikasi(90.5, LAN_4_PITA)
    with pytest.raises(TypeError):
        alasan_tanpa_predikat(90.5, LAN_4_PITA)


def test_a_value_with_a_predicate_has_no_reason():
    assert alasan_tanpa_predikat(D("85"), LAN_4_PITA) == ""


# Predikat printing


@pytest.mark.parametrize(
    ("keterangan", "printed"),
    [
        ("Sangat Memuaskan", "AA (Sangat Memuaskan)"),
        ("", "AA"),
        ("  ", "AA"),
        ("AA", "AA"),
        ("aa", "AA"),
    ],
)
def test_predicate_prints_its_description_only_when_it_adds_something(keterangan, printed):
    assert str(Predikat("AA", keterangan, "Skala uji")) == printed


def test_a_band_without_description_never_prints_empty_brackets():
    band = skala(pita("D", "0", True, "30", True), pita("C", "30", False, "50", True))
    assert str(klasifikasi(D("10"), band)) == "D"


# Scale checks on hand-made scales


def test_clean_four_band_scale_has_no_problems():
    assert periksa_skala(EMPAT_PITA_BERSIH) == []


def test_published_lan_scale_leaving_85_out_reports_the_gap():
    assert periksa_skala(LAN_TERCETAK_BERCELAH) == ["Celah: nilai 85 tidak masuk pita mana pun"]


def test_value_in_a_gap_has_no_predicate_and_says_so():
    assert klasifikasi(D("85.00"), LAN_TERCETAK_BERCELAH) is None
    assert alasan_tanpa_predikat(D("85.00"), LAN_TERCETAK_BERCELAH) == (
        "85 tidak masuk pita mana pun pada skala Skala uji."
    )
    assert klasifikasi(D("85.01"), LAN_TERCETAK_BERCELAH).predikat == "Sangat Berhasil"
    assert klasifikasi(D("84.99"), LAN_TERCETAK_BERCELAH).predikat == "Berhasil"


def test_misprinted_band_reports_each_overlap_and_the_gap_it_leaves_from_the_bottom_up():
    assert periksa_skala(PERMENPANRB_SALAH_CETAK) == [
        "Tumpang tindih: nilai 30 masuk pita D dan CC",
        "Tumpang tindih: nilai di atas 30 sampai dengan 50 masuk pita C dan CC",
        "Celah: nilai di atas 50 sampai dengan 60 tidak masuk pita mana pun",
    ]


@pytest.mark.parametrize("nilai", ["30", "40", "50"])
def test_value_in_two_overlapping_bands_never_takes_the_first(nilai):
    assert klasifikasi(D(nilai), PERMENPANRB_SALAH_CETAK) is None
    reason = alasan_tanpa_predikat(D(nilai), PERMENPANRB_SALAH_CETAK)
    assert reason.startswith(f"{nilai} masuk lebih dari satu pita pada skala Skala uji (")
    assert "CC)" in reason


def test_gap_strictly_between_two_bounds_is_an_open_interval():
    bands = skala(pita("Tinggi", "55", True, None, False), pita("Rendah", None, False, "50", True))
    assert periksa_skala(bands) == ["Celah: nilai di antara 50 dan 55 tidak masuk pita mana pun"]


def test_value_in_a_gap_of_an_open_top_scale_does_not_take_a_lower_band():
    # Above the upper bound of "≤ 50" but below "≥ 60": in the gap, not in the top band.
    bands = skala(pita("Tinggi", "60", True, None, False), pita("Rendah", None, False, "50", True))
    assert klasifikasi(D("55"), bands) is None
    assert "tidak masuk pita mana pun" in alasan_tanpa_predikat(D("55"), bands)


def test_open_top_scale_gives_the_top_band_from_its_excluded_upper_bound_up():
    bands = skala(pita("AA", "90", True, "100", False), pita("A", "0", True, "90", False))
    assert klasifikasi(D("100"), bands).predikat == "AA"
    assert klasifikasi(D("100.5"), bands).predikat == "AA"


def test_inverted_band_is_reported_before_the_gap_it_leaves():
    bands = skala(
        pita("B", "50", False, "100", True),
        pita("C", "50", False, "30", True),
        pita("D", "0", True, "30", True),
    )
    assert periksa_skala(bands) == [
        "Pita C: batas bawah 50 di atas batas atas 30",
        "Celah: nilai di atas 30 sampai dengan 50 tidak masuk pita mana pun",
    ]


@pytest.mark.parametrize(("bawah_inklusif", "atas_inklusif"), [(True, False), (False, True)])
def test_band_with_equal_bounds_and_one_side_excluded_is_empty(bawah_inklusif, atas_inklusif):
    bands = skala(
        pita("A", "0", True, "50", True), pita("X", "50", bawah_inklusif, "50", atas_inklusif)
    )
    assert periksa_skala(bands) == [
        "Pita X kosong: batas bawah dan atasnya sama (50) tetapi tidak keduanya termasuk"
    ]


def test_single_value_band_with_both_bounds_included_is_sound():
    bands = skala(pita("Sempurna", "100", True, "100", True), pita("Baik", "0", True, "100", False))
    assert periksa_skala(bands) == []
    assert klasifikasi(D("100"), bands).predikat == "Sempurna"
    assert klasifikasi(D("104"), bands).predikat == "Sempurna"


def test_excluded_lowest_bound_lies_below_the_scale_not_in_a_gap():
    bands = skala(pita("B", "30", False, "100", True), pita("C", "0", False, "30", True))
    assert periksa_skala(bands) == []
    assert alasan_tanpa_predikat(D("0"), bands) == (
        "0 di bawah skala Skala uji, yang dimulai di atas 0."
    )


def test_overlapping_unbounded_bands_are_named_in_scale_order():
    bands = skala(
        pita("A", None, False, "30", False),
        pita("B", None, False, "40", False),
        pita("C", "20", True, None, False),
    )
    assert periksa_skala(bands) == [
        "Tumpang tindih: nilai di bawah 20 masuk pita A dan B",
        "Tumpang tindih: nilai 20 sampai di bawah 30 masuk pita A, B dan C",
        "Tumpang tindih: nilai 30 sampai di bawah 40 masuk pita B dan C",
    ]


def test_scale_without_bands_is_reported():
    assert periksa_skala(skala()) == ["Skala tidak memiliki pita."]


def test_check_is_exact_beyond_the_default_decimal_precision():
    # 28 digits (the default precision) would round the midpoint onto 1 and miss the gap.
    tiny = "1." + "0" * 40 + "1"
    bands = skala(pita("Tinggi", tiny, True, None, False), pita("Rendah", None, False, "1", True))
    assert periksa_skala(bands) == [
        f"Celah: nilai di antara 1 dan {tiny.replace('.', ',')} tidak masuk pita mana pun"
    ]


# Properties: a scale cut at sorted distinct points into half-open bands, all closed on the same
# side, is sound; taking out a band that has neighbours on both sides leaves exactly one gap.


@st.composite
def half_open_scales(draw):
    places = draw(st.integers(min_value=0, max_value=6))
    cuts = sorted(
        draw(
            st.lists(
                st.decimals(min_value=-1000, max_value=1000, places=places),
                min_size=2,
                max_size=8,
                unique=True,
            )
        )
    )
    lower_included = draw(st.booleans())
    bounds = list(zip(cuts, cuts[1:], strict=False))
    if draw(st.booleans()):
        bounds.insert(0, (None, cuts[0]))
    if draw(st.booleans()):
        bounds.append((cuts[-1], None))
    bands = [
        Pita(f"P{index}", "", bawah, lower_included, atas, not lower_included)
        for index, (bawah, atas) in enumerate(bounds)
    ]
    return bands, lower_included


@given(scale=half_open_scales(), data=st.data())
def test_half_open_bands_cut_at_distinct_points_have_no_problems(scale, data):
    bands, _ = scale
    shuffled = skala(*data.draw(st.permutations(bands)))
    assert periksa_skala(shuffled) == []


@given(scale=half_open_scales(), data=st.data())
def test_removing_an_inner_band_leaves_exactly_one_gap(scale, data):
    bands, lower_included = scale
    assume(len(bands) >= 3)
    removed = bands.pop(data.draw(st.integers(min_value=1, max_value=len(bands) - 2)))
    low, high = (plain_decimal(bound).replace(".", ",") for bound in (removed.bawah, removed.atas))
    expected = (
        f"nilai {low} sampai di bawah {high}"
        if lower_included
        else f"nilai di atas {low} sampai dengan {high}"
    )
    flawed = skala(*data.draw(st.permutations(bands)))
    assert periksa_skala(flawed) == [f"Celah: {expected} tidak masuk pita mana pun"]
    inside = (removed.bawah + removed.atas) / 2
    assert klasifikasi(inside, flawed) is None
    assert "tidak masuk pita mana pun" in alasan_tanpa_predikat(inside, flawed)
