"""The dashboard's rules on plain data: the expected absorption pace and the reporting
deadlines (docs/dasbor.md)."""

import datetime
from decimal import Decimal

import pytest

from kinerja.dashboards import aturan

D = Decimal
day = datetime.date


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (day(2025, 3, 30), D(0)),  # TW I not over yet
        (day(2025, 3, 31), D(25)),  # its last day counts as ended
        (day(2025, 7, 1), D(50)),
        (day(2025, 12, 30), D(75)),
        (day(2025, 12, 31), D(100)),
        (day(2026, 6, 1), D(100)),  # a year already over
        (day(2024, 6, 1), D(0)),  # a year not begun
    ],
)
def test_the_expected_pace_is_25_percent_per_quarter_ended(today, expected):
    assert aturan.laju_serapan(2025, today) == expected


def test_the_pace_at_the_end_of_each_quarter():
    assert [aturan.laju_triwulan(code) for code in ("tw1", "tw2", "tw3", "tw4")] == [
        D(25),
        D(50),
        D(75),
        D(100),
    ]


def test_a_period_is_due_ten_days_after_it_ends_leap_year_included():
    assert aturan.batas_lapor(2024, "tw1") == day(2024, 4, 10)
    assert aturan.batas_lapor(2024, "tw4") == day(2025, 1, 10)
    assert aturan.batas_lapor(2024, "b02") == day(2024, 3, 10)  # 29 Feb + 10
    assert aturan.akhir_periode(2024, "b02") == day(2024, 2, 29)


def test_an_unknown_period_is_refused():
    with pytest.raises(ValueError, match="Periode tidak dikenal"):
        aturan.akhir_periode(2024, "tw5")


def test_a_period_needs_attention_from_a_week_before_its_deadline_and_stays_once_overdue():
    quarters = ("tw1", "tw2", "tw3", "tw4")
    assert aturan.periode_jatuh_tempo(2025, quarters, day(2025, 4, 2)) == []
    assert aturan.periode_jatuh_tempo(2025, quarters, day(2025, 4, 3)) == [
        aturan.PeriodeJatuhTempo("tw1", day(2025, 4, 10), False)
    ]
    late = aturan.periode_jatuh_tempo(2025, quarters, day(2025, 4, 11))
    assert late == [aturan.PeriodeJatuhTempo("tw1", day(2025, 4, 10), True)]
    assert [
        item.periode for item in aturan.periode_jatuh_tempo(2025, quarters, day(2026, 2, 1))
    ] == [
        "tw1",
        "tw2",
        "tw3",
        "tw4",
    ]


def test_a_realisation_counts_for_its_period_or_for_the_whole_year_when_annual():
    rows = [("tw1", "dilaporkan"), ("tw2", "tidak_dilaksanakan"), ("tw3", "belum_dilaporkan")]
    recorded = aturan.periode_tercatat(rows)
    assert not aturan.belum_direalisasi(recorded, "tw1")
    assert not aturan.belum_direalisasi(recorded, "tw2")  # not executed, with its reason
    assert aturan.belum_direalisasi(recorded, "tw3")  # a row "not reported yet" says nothing
    assert aturan.belum_direalisasi(recorded, "tw4")
    annual = aturan.periode_tercatat([("tahunan", "dilaporkan")])
    assert not aturan.belum_direalisasi(annual, "tw3")
