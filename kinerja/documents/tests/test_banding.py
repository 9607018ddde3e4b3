"""BAB III's comparisons on hand-made satker-years: this year against n−1 and n−2 (higher,
lower, equal; a missing year; a year from another source; a capaian not assessed) and against
the Renstra's final target. The figures go through the measurement engine, as the LKjIP's do."""

from kinerja.documents.banding import (
    kalimat_banding,
    kalimat_renstra,
    tabel_banding,
    tabel_renstra,
)
from kinerja.measurement.pengukuran import hitung_pengukuran
from kinerja.measurement.tests.snapshots import TAHUN, baris, indikator, satker_tahun


def _row(now, last=None, before=None, *, target="100", **fields):
    """One indicator measured in 2024 with its 2023 and 2024 rows; each year is (value,
    source) with the year's target printed beside it."""
    snapshot = satker_tahun(
        indikator(**fields),
        realisasi={1: [baris(nilai=now[0], sumber=now[1])]},
        target_berlaku={1: target},
        realisasi_lalu={1: [baris(nilai=last[0], sumber=last[1], target_tertulis="100")]}
        if last
        else {},
        target_tahunan={(1, TAHUN): "100"},
        tahun_akhir_renstra=TAHUN,
    )
    snapshot.realisasi_dua_tahun_lalu = (
        {1: [baris(nilai=before[0], sumber=before[1], target_tertulis="100")]} if before else {}
    )
    return hitung_pengukuran(snapshot).baris[0]


def test_higher_than_last_year_and_equal_to_the_year_before():
    row = _row(("90", "e-SAKIP"), ("80", "e-SAKIP"), ("90", "e-SAKIP"))
    assert row.realisasi_dua_tahun_lalu == 90
    assert row.capaian_dua_tahun_lalu == 90
    assert kalimat_banding(row, TAHUN) == (
        "Capaian tahun 2024 (90,00%) lebih tinggi daripada tahun 2023 (80,00%) dan sama dengan "
        "tahun 2022 (90,00%)."
    )


def test_lower_than_both_earlier_years():
    row = _row(("70", ""), ("80", ""), ("95", ""))
    assert kalimat_banding(row, TAHUN) == (
        "Capaian tahun 2024 (70,00%) lebih rendah daripada tahun 2023 (80,00%) dan lebih "
        "rendah daripada tahun 2022 (95,00%)."
    )


def test_a_difference_too_small_to_print_is_not_called_a_change():
    row = _row(("80,001", ""), ("80,004", ""))
    assert kalimat_banding(row, TAHUN).startswith(
        "Capaian tahun 2024 (80,00%) sama dengan tahun 2023 (80,00%)."
    )


def test_a_missing_year_is_said_missing_and_never_compared():
    row = _row(("90", ""), ("80", ""))
    sentence = kalimat_banding(row, TAHUN)
    assert sentence == (
        "Capaian tahun 2024 (90,00%) lebih tinggi daripada tahun 2023 (80,00%). Realisasi "
        "tahun 2022 tidak tercatat."
    )
    table = tabel_banding([row], TAHUN, "Tabel 3.9 Perbandingan")
    assert table.baris[0][2:] == ("–", "–", "80%", "80,00%", "90%", "90,00%")


def test_no_earlier_year_at_all_says_there_is_nothing_to_compare_with():
    row = _row(("90", ""))
    assert kalimat_banding(row, TAHUN) == (
        "Realisasi tahun 2022 dan 2023 tidak tercatat, sehingga tidak ada pembanding."
    )


def test_a_year_from_another_source_is_shown_but_not_compared():
    row = _row(("90", "LKjIP 2024"), ("80", "e-Monev"), ("70", "LKjIP 2024"))
    sentence = kalimat_banding(row, TAHUN)
    assert "lebih tinggi daripada tahun 2022 (70,00%)" in sentence
    assert "tahun 2023 (80,00%)" not in sentence
    assert (
        "Realisasi tahun 2023 dicatat dari sumber data yang berbeda dengan realisasi tahun "
        "2024, sehingga tidak dibandingkan." in sentence
    )
    # The figure is still in the table, for the reader to see.
    assert tabel_banding([row], TAHUN, "t").baris[0][4:6] == ("80%", "80,00%")


def test_a_capaian_not_assessed_is_not_compared():
    snapshot = satker_tahun(
        realisasi={1: [baris(status="belum_dilaporkan")]},
        target_berlaku={1: "100"},
        realisasi_lalu={1: [baris(nilai="80", target_tertulis="100")]},
    )
    row = hitung_pengukuran(snapshot).baris[0]
    sentence = kalimat_banding(row, TAHUN)
    assert "tidak dibandingkan" in sentence
    assert "lebih" not in sentence
    assert "sama dengan" not in sentence


def test_the_renstra_final_target_reached_or_the_gap_left():
    reached = _row(("100", ""))
    assert kalimat_renstra(reached, TAHUN) == (
        "Terhadap target akhir Renstra tahun 2024 (100%), realisasi tahun 2024 (100%) mencapai "
        "100,00%: target akhir Renstra telah tercapai."
    )
    short = _row(("85", ""))
    assert kalimat_renstra(short, TAHUN).endswith(
        "mencapai 85,00%: target akhir Renstra belum tercapai, masih kurang 15 poin persen."
    )
    table = tabel_renstra([reached, short], TAHUN, "Tabel 3.9")
    assert [row[2:] for row in table.baris] == [
        ("100% (2024)", "100%", "100,00%", "Tercapai"),
        ("100% (2024)", "85%", "85,00%", "15 poin persen"),
    ]


def test_a_lower_is_better_gap_counts_down_to_the_target():
    snapshot = satker_tahun(
        indikator(polaritas="turun", satuan="hari"),
        realisasi={1: [baris(nilai="12")]},
        target_berlaku={1: "10"},
        target_tahunan={(1, 2026): "8"},
        tahun_akhir_renstra=2026,
    )
    row = hitung_pengukuran(snapshot).baris[0]
    assert kalimat_renstra(row, TAHUN) == (
        "Terhadap target akhir Renstra tahun 2026 (8 hari), realisasi tahun 2024 (12 hari) "
        "mencapai 50,00%: target akhir Renstra belum tercapai, masih kurang 4 hari."
    )


def test_without_a_final_target_the_renstra_comparison_says_so():
    snapshot = satker_tahun(realisasi={1: [baris(nilai="90")]}, target_berlaku={1: "100"})
    row = hitung_pengukuran(snapshot).baris[0]
    assert kalimat_renstra(row, TAHUN) == "Target akhir Renstra untuk indikator ini tidak tercatat."


def test_n_minus_2_without_a_printed_target_is_measured_against_that_years_renstra_target():
    snapshot = satker_tahun(
        realisasi={1: [baris(nilai="90")]},
        target_berlaku={1: "100"},
        target_tahunan={(1, 2022): "75"},
    )
    snapshot.realisasi_dua_tahun_lalu = {1: [baris(nilai="60")]}
    row = hitung_pengukuran(snapshot).baris[0]
    assert row.realisasi_dua_tahun_lalu == 60
    assert row.capaian_dua_tahun_lalu == 80
    assert "lebih tinggi daripada tahun 2022 (80,00%)" in kalimat_banding(row, TAHUN)


def test_a_year_still_running_two_years_back_is_not_a_years_result():
    snapshot = satker_tahun(realisasi={1: [baris(nilai="90")]}, target_berlaku={1: "100"})
    snapshot.realisasi_dua_tahun_lalu = {1: [baris("tw2", "40")]}
    row = hitung_pengukuran(snapshot).baris[0]
    assert row.realisasi_dua_tahun_lalu is None
    assert tabel_banding([row], TAHUN, "t").baris[0][2:4] == ("–", "–")
