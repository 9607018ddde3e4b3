"""Capaian against targets as documents write them (kinerja.measurement.capaian_tertulis)."""

from decimal import Decimal

import pytest

from kinerja.core.formatting import format_persen
from kinerja.measurement.capaian import AturanCapaian, Polaritas, StatusRealisasi
from kinerja.measurement.capaian_tertulis import hitung_capaian_tertulis
from kinerja.planning.targets import Target

D = Decimal
TURUN = AturanCapaian(polaritas=Polaritas.TURUN)
BINER = AturanCapaian(polaritas=Polaritas.BINER)


def capaian(target: str, realisasi: str | None = None, teks: str = "", **kwargs):
    """The capaian of a realisation (a number, or `teks`) against a target as written."""
    nilai = None if realisasi is None else D(realisasi)
    return hitung_capaian_tertulis(Target(teks=target), nilai, teks, **kwargs)


def persen(target: str, realisasi: str, **kwargs) -> str:
    return format_persen(capaian(target, realisasi, **kwargs).nilai)


def assert_tidak_dinilai(hasil, kode: str, *words: str):
    assert hasil.nilai is None
    assert hasil.nilai_tanpa_plafon is None
    assert not hasil.dinilai
    assert hasil.kode_aturan == kode
    for word in words:
        assert word in hasil.alasan


# Ranges ------------------------------------------------------------------------------------


def test_lower_is_better_range_below_its_lower_bound_is_measured_against_it():
    # The published example 7–8 bulan, R 6,5: (2×7 − 6,5) / 7 × 100.
    assert persen("7–8 bulan", "6.5", aturan=TURUN) == "107,14%"


@pytest.mark.parametrize(("realisasi", "expected"), [("7.5", "100,00%"), ("9", "87,50%")])
def test_published_lower_is_better_range_example(realisasi, expected):
    # 7–8 bulan, lower is better: inside the range is 100; above it, measured against the
    # upper bound: (2×8 − 9) / 8 × 100.
    assert persen("7–8 bulan", realisasi, aturan=TURUN) == expected


@pytest.mark.parametrize(
    ("realisasi", "expected"), [("70", "87,50%"), ("85", "100,00%"), ("92", "102,22%")]
)
def test_published_higher_is_better_range_example(realisasi, expected):
    assert persen("80–90%", realisasi) == expected


@pytest.mark.parametrize(("realisasi", "expected"), [("80", 100), ("90", 100), ("79.99", 0)])
def test_a_milestone_on_a_range_is_100_inside_and_0_outside(realisasi, expected):
    assert capaian("80–90%", realisasi, aturan=BINER).nilai == expected
    assert capaian("80–90%", "90.01", aturan=BINER).nilai == 0


def test_a_range_keeps_the_indicators_cap():
    hasil = capaian("80–90%", "99", aturan=AturanCapaian(plafon=D(100)))
    assert hasil.nilai == 100
    assert hasil.nilai_tanpa_plafon == D(110)


# Thresholds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "realisasi", "expected"),
    [
        ("≥ 95", "95", 100),
        ("≥ 95", "94.99", 0),
        ("≥ 95", "120", 100),
        ("minimal 95%", "95", 100),
        ("CV ≤ 10", "10", 100),
        ("CV ≤ 10", "10.01", 0),
        ("kurang dari 5", "5", 0),
        ("kurang dari 5", "4.99", 100),
    ],
)
def test_a_numeric_threshold_is_met_or_not(target, realisasi, expected):
    hasil = capaian(target, realisasi)
    assert hasil.nilai == expected
    assert hasil.kode_aturan == "ambang"


@pytest.mark.parametrize("teks", ["memenuhi", "Memenuhi", "ya", "tercapai", "≥ HPP", "HPP"])
def test_a_named_threshold_stated_as_met_is_100(teks):
    assert capaian("≥ HPP", teks=teks).nilai == 100


@pytest.mark.parametrize("teks", ["tidak memenuhi", "Tidak", "tidak tercapai"])
def test_a_named_threshold_stated_as_not_met_is_0(teks):
    hasil = capaian("≥ HPP", teks=teks)
    assert hasil.nilai == 0
    assert hasil.dinilai


def test_a_named_threshold_met_in_the_targets_own_words_is_100():
    assert capaian("di bawah ambang batas", teks="di bawah ambang batas").nilai == 100
    assert capaian("minimal HPP", teks="Minimal HPP").nilai == 100


def test_the_bounds_name_alone_meets_only_an_inclusive_named_threshold():
    assert capaian("≤ ambang batas", teks="ambang batas").nilai == 100
    # "ambang batas" puts the realisation on the bound: "di bawah ambang batas" is not shown
    # as met; what the realisation is, is for the document to state.
    hasil = capaian("di bawah ambang batas", teks="ambang batas")
    assert_tidak_dinilai(hasil, "ambang_tanpa_angka", "memenuhi")


@pytest.mark.parametrize(("realisasi", "teks"), [(None, "lumayan"), (None, "1.250"), ("1250", "")])
def test_a_named_threshold_with_any_other_realisation_is_not_assessed(realisasi, teks):
    hasil = capaian("≥ HPP", realisasi, teks)
    assert_tidak_dinilai(hasil, "ambang_tanpa_angka", "≥ HPP", "memenuhi")


# Labels -------------------------------------------------------------------------------------


def test_the_same_label_is_100():
    assert capaian("WTP", teks="WTP").nilai == 100
    assert capaian("WTP", teks="Wajar Tanpa Pengecualian").nilai == 100
    assert capaian("Wajar Tanpa Pengecualian (WTP)", teks="WTP").nilai == 100


def test_a_bpk_opinion_below_the_target_is_0_by_the_known_order():
    hasil = capaian("WTP", teks="WDP")
    assert hasil.nilai == 0
    assert "WDP < WTP" in hasil.aturan


def test_a_label_above_the_target_is_100():
    assert capaian("Baik", teks="Sangat Baik").nilai == 100
    assert capaian("WDP", teks="WTP").nilai == 100
    assert capaian("BB", teks="A").nilai == 100


def test_labels_with_no_known_order_are_not_assessed_never_0_or_100():
    hasil = capaian("Hijau", teks="Kuning")
    assert_tidak_dinilai(hasil, "label_tanpa_urutan", "Kuning", "Hijau", "urutan")


def test_the_indicators_own_order_decides_and_wins_over_a_known_one():
    warna = ("Merah", "Kuning", "Hijau")
    assert capaian("Hijau", teks="Kuning", urutan_label=warna).nilai == 0
    assert capaian("Kuning", teks="Hijau", urutan_label=warna).nilai == 100
    # Known SAKIP order: A is above B; this indicator ranks them the other way round.
    assert capaian("B", teks="A").nilai == 100
    assert capaian("B", teks="A", urutan_label=("A", "B")).nilai == 0


# Mismatched forms and statuses -------------------------------------------------------------


@pytest.mark.parametrize("target", ["95", "80–90%", "≥ 95"])
def test_a_text_realisation_against_a_number_target_is_not_assessed(target):
    hasil = capaian(target, teks="tinggi")
    assert_tidak_dinilai(hasil, "realisasi_bukan_angka", "tinggi")


def test_a_number_against_a_label_is_not_assessed():
    assert_tidak_dinilai(capaian("WTP", "95"), "realisasi_bukan_label", "WTP")


@pytest.mark.parametrize(
    ("status", "kode", "alasan"),
    [
        (StatusRealisasi.BELUM_DILAPORKAN, "belum_dilaporkan", "belum dilaporkan"),
        (StatusRealisasi.TIDAK_DILAKSANAKAN, "tidak_dilaksanakan", "tidak dilaksanakan"),
    ],
)
@pytest.mark.parametrize("target", ["95", "80–90%", "≥ 95", "≥ HPP", "WTP"])
def test_an_unreported_or_unexecuted_realisation_is_not_assessed_whatever_the_target(
    status, kode, alasan, target
):
    hasil = capaian(target, "95", "memenuhi", status=status)
    assert_tidak_dinilai(hasil, kode, alasan)


@pytest.mark.parametrize("target", ["95", "≥ HPP", "WTP"])
def test_no_realisation_at_all_is_not_reported(target):
    assert_tidak_dinilai(capaian(target, None, "  "), "belum_dilaporkan")


def test_a_number_target_follows_the_indicators_rule():
    assert persen("90", "85") == "94,44%"
    assert capaian("5", "4", aturan=TURUN).nilai == 120
