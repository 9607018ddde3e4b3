"""A chart's value labels are never crossed by the 100% line nor by each other, for any value
near 100: the placement rule on plain numbers, then the charts as drawn."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja.documents import grafik
from kinerja.documents.grafik import lepas_dari_garis, tempatkan_label

# Figures as a chart has them: hundredths of a unit (pixels, percentages).
lengths = st.integers(10, 5000).map(lambda value: value / 100)
positions = st.integers(-20000, 20000).map(lambda value: value / 100)
gaps = st.integers(0, 500).map(lambda value: value / 100)
ROUNDING = 1e-6


def _crossed(start: float, length: float, line: float, gap: float = 0.0) -> bool:
    return start - gap + ROUNDING < line < start + length + gap - ROUNDING


@given(start=positions, length=lengths, line=positions, gap=gaps)
def test_a_label_is_moved_past_the_line_only_when_the_line_would_cross_it(start, length, line, gap):
    placed = lepas_dari_garis(start, length, line, gap)
    assert not _crossed(placed, length, line, gap)
    assert placed == start or placed == line + gap


@pytest.mark.parametrize("value", ["88", "94.44", "97.5", "99", "99.9", "100", "100.4"])
def test_a_bar_label_just_short_of_100_starts_past_the_line(value):
    # A label 10 units long starting 1 unit after the bar's end, the line at 100.
    end = float(value)
    placed = lepas_dari_garis(end + 1, 10, 100, 0.5)
    assert not _crossed(placed, 10, 100, 0.5)


boxes = st.lists(
    st.tuples(positions, lengths, positions, st.floats(min_value=1, max_value=20)).map(
        lambda box: (box[0], box[0] + box[1], box[2], box[2] + box[3])
    ),
    max_size=8,
)


@given(kotak=boxes, line=positions, gap=gaps)
def test_labels_are_placed_clear_of_the_line_and_of_each_other(kotak, line, gap):
    starts = tempatkan_label(kotak, line, gap)
    placed = [
        (start, start + end - begin, low, high)
        for start, (begin, end, low, high) in zip(starts, kotak, strict=True)
    ]
    for (start, end, *_across), (begin, *_rest) in zip(placed, kotak, strict=True):
        assert start >= begin  # only moved forward, away from the axis' origin
        assert not _crossed(start, end - start, line)
    for index, (start, end, low, high) in enumerate(placed):
        for other_start, other_end, other_low, other_high in placed[index + 1 :]:
            if other_low < high and low < other_high:
                assert end <= other_start + ROUNDING or other_end <= start + ROUNDING


def _labels_as_drawn(figure, along: int) -> list[tuple[float, float, float]]:
    """Each value label's (start, end) on the axis crossing the 100% line, and the line, in
    pixels, as the figure is drawn."""
    figure.draw_without_rendering()
    axes = figure.axes[0]
    line = axes.transData.transform((100, 100))[along]
    result = []
    for text in axes.texts:
        low, high = text.get_window_extent().get_points()
        result.append((low[along], high[along], line))
    return result


NEAR_100 = ["85", "94.44", "97.5", "99", "99.9", "100", "100.4", "101"]


def test_the_capaian_bars_labels_are_not_crossed_by_the_100_line():
    rows = [
        SimpleNamespace(
            hasil=SimpleNamespace(nilai=Decimal(value), dinilai=True),
            indikator=SimpleNamespace(nama=f"Indikator {value}"),
        )
        for value in NEAR_100
    ]
    figure = grafik._capaian(rows)
    labels = _labels_as_drawn(figure, along=0)
    assert len(labels) == len(NEAR_100)
    axes_end = figure.axes[0].get_window_extent().x1
    for start, end, line in labels:
        assert not _crossed(start, end - start, line)
        assert end <= axes_end  # still inside the chart


def test_the_quarter_and_trend_labels_are_not_crossed_by_the_100_line_nor_each_other():
    quarters = grafik._triwulan([("TW I", Decimal("96.5")), ("TW II", Decimal("99.2"))])
    trend = grafik._tren(
        [
            ("a", [(2022, Decimal("97")), (2023, Decimal("99.5")), (2024, Decimal("100"))]),
            ("b", [(2022, Decimal("92")), (2023, Decimal("98.9")), (2024, Decimal("102"))]),
        ]
    )
    for figure in (quarters, trend):
        for start, end, line in _labels_as_drawn(figure, along=1):
            assert not _crossed(start, end - start, line)
    by_year: dict[float, list[tuple[float, float]]] = {}
    for text in trend.axes[0].texts:
        box = text.get_window_extent()
        by_year.setdefault(round(box.x0 + box.x1), []).append((box.y0, box.y1))
    for spans in by_year.values():
        spans.sort()
        for (_, lower_end), (upper_start, _) in zip(spans, spans[1:], strict=False):
            assert lower_end <= upper_start
