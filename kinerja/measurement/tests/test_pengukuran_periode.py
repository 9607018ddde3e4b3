"""The engine (hitung_pengukuran) on hand-made snapshots: which realisation rows a year is read
from, and which target a year, or a year in progress, is measured against."""

from decimal import Decimal

from kinerja.core.formatting import format_persen
from kinerja.measurement.pengukuran import BarisPengukuran, hitung_pengukuran
from kinerja.measurement.tests.snapshots import baris, indikator, satker_tahun
from kinerja.planning.targets import Target

D = Decimal
TRIWULAN_25_50_75_100 = {"tw1": "25", "tw2": "50", "tw3": "75", "tw4": "100"}


def satu(snapshot, sampai=None) -> BarisPengukuran:
    (row,) = hitung_pengukuran(snapshot, sampai=sampai).baris
    return row


# An annual row and period rows beside it ---------------------------------------------------


def test_the_annual_row_is_used_and_the_period_rows_beside_it_are_kept_with_a_note():
    rows = [
        baris("tw2", "45"),
        baris("tahunan", "90", sumber="LKjIP 2024"),
        baris("tw1", "20"),
        baris("tw4", "85"),
        baris("tw3", "70"),
    ]
    row = satu(satker_tahun(realisasi={1: rows}, target_berlaku={1: "100"}))
    assert row.realisasi == 90
    assert row.hasil.nilai == 90
    assert row.posisi_label == "tahunan"
    assert [period.periode for period in row.periode] == ["tw1", "tw2", "tw3", "tw4"]
    assert "TW I, TW II, TW III, TW IV juga tercatat" in row.catatan
    assert "LKjIP 2024" in row.catatan
    # Cumulative by default: the latest quarter is what the quarters say about the year.
    assert row.realisasi_periode == 85


def test_the_roll_up_beside_an_annual_row_follows_the_indicators_method():
    rows = [baris("tahunan", "70"), *(baris(f"tw{n}", v) for n, v in ((1, "20"), (2, "45"),
            (3, "5"), (4, "5")))]  # fmt: skip
    snapshot = satker_tahun(
        indikator(metode_agregasi="jumlah"), realisasi={1: rows}, target_berlaku={1: "100"}
    )
    assert satu(snapshot).realisasi_periode == 75


def test_an_annual_row_alone_has_no_note_and_no_period_roll_up():
    row = satu(satker_tahun(realisasi={1: [baris("tahunan", "90")]}, target_berlaku={1: "100"}))
    assert row.periode == []
    assert row.catatan == ""
    assert row.realisasi_periode is None


def test_period_rows_alone_roll_up_by_the_method_to_a_complete_year():
    rows = [
        baris(periode, value) for periode, value in zip(TRIWULAN_25_50_75_100, "1234", strict=True)
    ]
    snapshot = satker_tahun(
        indikator(metode_agregasi="jumlah"), realisasi={1: rows}, target_berlaku={1: "10"}
    )
    row = satu(snapshot)
    assert row.realisasi == 10
    assert row.posisi_label == "tahunan"
    assert not row.tahun_berjalan
    assert row.hasil.nilai == 100
    assert "jumlah" in row.realisasi_sumber


def test_period_rows_all_not_executed_are_not_executed_even_without_a_target():
    rows = [baris("tw1", status="tidak_dilaksanakan"), baris("tw2", status="tidak_dilaksanakan")]
    row = satu(satker_tahun(realisasi={1: rows}))
    assert row.status == "tidak_dilaksanakan"
    assert row.hasil.kode_aturan == "tidak_dilaksanakan"
    assert row.hasil.nilai is None


# Targets per period (rencana aksi) ---------------------------------------------------------


def test_without_an_annual_target_the_year_is_measured_against_the_period_targets():
    rows = [baris("tw1", "25"), baris("tw2", "50"), baris("tw3", "75"), baris("tw4", "100")]
    snapshot = satker_tahun(realisasi={1: rows}, target_periode={1: TRIWULAN_25_50_75_100})
    row = satu(snapshot)
    assert row.target == Target(D(100))
    assert "rencana aksi" in row.target_sumber
    assert row.posisi_label == "tahunan"
    assert row.hasil.nilai == 100


def test_a_year_in_progress_is_measured_to_date_never_against_the_annual_target():
    # The example: TW I 25, TW II 50 against an annual 100 is not 50% for the year.
    snapshot = satker_tahun(
        realisasi={1: [baris("tw1", "25"), baris("tw2", "50")]},
        target_periode={1: {"tw1": "25", "tw2": "50"}},
        target_berlaku={1: "100"},
    )
    result = hitung_pengukuran(snapshot)
    (row,) = result.baris
    assert row.hasil.nilai == 100
    assert row.target == Target(D(50))
    assert row.posisi_label == "s.d. TW II"
    assert row.tahun_berjalan
    assert result.tahun_berjalan


def test_a_year_in_progress_without_a_target_to_date_is_not_assessed_and_says_why():
    snapshot = satker_tahun(
        realisasi={1: [baris("tw1", "25"), baris("tw2", "50")]}, target_berlaku={1: "100"}
    )
    row = satu(snapshot)
    assert row.hasil.nilai is None
    assert row.hasil.kode_aturan == "tanpa_target"
    assert "Tahun berjalan" in row.hasil.alasan
    assert "s.d. TW II" in row.hasil.alasan
    assert row.predikat is None


def test_the_target_to_date_of_a_summed_indicator_is_the_sum_of_the_period_targets_so_far():
    snapshot = satker_tahun(
        indikator(metode_agregasi="jumlah"),
        realisasi={1: [baris("tw1", "10"), baris("tw2", "15")]},
        target_periode={1: {"tw1": "10", "tw2": "20", "tw3": "30", "tw4": "40"}},
        target_berlaku={1: "100"},
    )
    row = satu(snapshot)
    assert row.realisasi == 25
    assert row.target == Target(D(30))
    assert "jumlah target TW I–TW II" in row.target_sumber
    assert format_persen(row.hasil.nilai) == "83,33%"


def test_a_summed_indicator_missing_a_period_target_so_far_has_no_target_to_date():
    snapshot = satker_tahun(
        indikator(metode_agregasi="jumlah"),
        realisasi={1: [baris("tw1", "10"), baris("tw2", "15")]},
        target_periode={1: {"tw2": "20"}},
    )
    assert satu(snapshot).hasil.kode_aturan == "tanpa_target"


def test_a_complete_summed_year_is_measured_against_the_sum_of_its_period_targets():
    rows = [baris("tw1", "10"), baris("tw2", "20"), baris("tw3", "30"), baris("tw4", "35")]
    snapshot = satker_tahun(
        indikator(metode_agregasi="jumlah"),
        realisasi={1: rows},
        target_periode={1: {"tw1": "10", "tw2": "20", "tw3": "30", "tw4": "40"}},
    )
    row = satu(snapshot)
    assert row.target == Target(D(100))
    assert row.hasil.nilai == 95


def test_a_target_printed_on_a_period_row_serves_when_there_is_no_rencana_aksi():
    snapshot = satker_tahun(realisasi={1: [baris("tw2", "40", target_tertulis="50")]})
    row = satu(snapshot)
    assert row.target == Target(D(50))
    assert row.hasil.nilai == 80


def test_the_rencana_aksi_outranks_a_target_printed_on_a_period_row():
    snapshot = satker_tahun(
        realisasi={1: [baris("tw2", "40", target_tertulis="50")]},
        target_periode={1: {"tw2": "40"}},
    )
    assert satu(snapshot).hasil.nilai == 100


def test_up_to_a_period_ignores_later_rows_and_the_annual_row():
    rows = [
        baris("tw1", "25"),
        baris("tw2", "40"),
        baris("tw3", "75"),
        baris("tahunan", "100", target_tertulis="100"),
    ]
    snapshot = satker_tahun(
        realisasi={1: rows},
        target_periode={1: TRIWULAN_25_50_75_100},
        target_berlaku={1: "100"},
        realisasi_lalu={1: [baris("tahunan", "80")]},
    )
    result = hitung_pengukuran(snapshot, sampai="tw2")
    (row,) = result.baris
    assert result.sampai == "tw2"
    assert row.realisasi == 40
    assert row.target == Target(D(50))
    assert row.posisi_label == "s.d. TW II"
    assert row.hasil.nilai == 80
    assert [period.periode for period in row.periode] == ["tw1", "tw2"]
    # A reading to date is not compared with last year's result.
    assert row.realisasi_tahun_lalu is None
    assert satu(snapshot).realisasi == 100


def test_up_to_the_last_quarter_is_the_year_from_its_quarters():
    rows = [baris("tw3", "75"), baris("tw4", "90"), baris("tahunan", "100")]
    snapshot = satker_tahun(realisasi={1: rows}, target_berlaku={1: "100"})
    row = satu(snapshot, sampai="tw4")
    assert row.realisasi == 90
    assert row.posisi_label == "tahunan"
    assert row.hasil.nilai == 90


def test_an_annual_row_not_yet_reported_does_not_hide_the_quarters_that_were():
    rows = [baris("tahunan", status="belum_dilaporkan"), baris("tw1", "30"), baris("tw2", "60")]
    row = satu(satker_tahun(realisasi={1: rows}, target_periode={1: {"tw1": "25", "tw2": "50"}}))
    assert row.realisasi == 60
    assert row.posisi_label == "s.d. TW II"
    assert row.hasil.nilai == 120


def test_periods_are_set_beside_the_annual_figure_only_once_they_cover_the_year():
    from kinerja.measurement.pengukuran import baca_realisasi

    early = baca_realisasi([baris("tahunan", "100"), baris("tw1", "30")], "terakhir")
    assert (early.nilai, early.nilai_periode) == (Decimal(100), None)
    rows = [baris("tahunan", "100"), *(baris(f"tw{n}", v) for n, v in enumerate("2468", 1))]
    full = baca_realisasi(rows, "jumlah")
    assert (full.nilai, full.nilai_periode) == (Decimal(100), Decimal(20))
