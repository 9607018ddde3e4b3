"""A chart's margins are set from its own labels (no layout engine): whatever the labels'
length or the figures' size, nothing drawn runs past the figure's edge, and the trend's legend
stays clear of the years above it."""

from decimal import Decimal
from types import SimpleNamespace

import pytest

from kinerja.documents import grafik
from kinerja.measurement.snapshot import AnggaranKegiatan

PANJANG = (
    "Persentase KPU Kota Prabumulih yang mampu merencanakan, membangun, dan mengembangkan "
    "sarana dan prasarana IT Pemilu/Pemilihan secara berkelanjutan"
)


def _baris(nama: str, nilai: str):
    return SimpleNamespace(
        hasil=SimpleNamespace(nilai=Decimal(nilai), dinilai=True),
        indikator=SimpleNamespace(nama=nama),
    )


CHARTS = {
    "capaian, long names": lambda: grafik._capaian(
        [_baris(PANJANG, "94.44"), _baris("Indikator pendek", "100"), _baris(PANJANG, "101")]
    ),
    "capaian far past 100": lambda: grafik._capaian(
        [_baris(PANJANG, "1250.5"), _baris("Indikator", "99.9")]
    ),
    "anggaran in billions": lambda: grafik._anggaran(
        [
            AnggaranKegiatan(
                kegiatan_id=index,
                kode=f"66{index:02d}",
                nama=PANJANG,
                pagu=Decimal(pagu),
                realisasi=Decimal(pagu) * Decimal("0.97"),
            )
            for index, pagu in enumerate(["23750000000", "1200000", "987654321000"])
        ]
    ),
    "trend, six long lines": lambda: grafik._tren(
        [
            (f"{index}. {PANJANG}", [(2022, Decimal(90 + index)), (2024, Decimal(140 - index))])
            for index in range(1, 7)
        ]
    ),
    "quarters above 100": lambda: grafik._triwulan(
        [("TW I", Decimal("180.25")), ("TW II", Decimal("99.5")), ("TW III", Decimal("100"))]
    ),
}


@pytest.mark.parametrize("name", CHARTS)
def test_nothing_drawn_runs_past_the_charts_edge(name):
    figure = CHARTS[name]()
    renderer = figure.canvas.get_renderer()
    figure.draw(renderer)
    drawn = figure.get_tightbbox(renderer)  # in inches, everything drawn
    width, height = figure.get_size_inches()
    slack = 0.5 / figure.dpi
    assert drawn.x0 >= -slack
    assert drawn.y0 >= -slack
    assert drawn.x1 <= width + slack
    assert drawn.y1 <= height + slack
    axes = figure.axes[0]
    # The tick labels sit beside the axes, not over its bars.
    for label in axes.yaxis.get_ticklabels():
        if label.get_text():
            assert label.get_window_extent(renderer).x1 <= axes.bbox.x0


def test_the_trends_legend_stays_below_the_years():
    figure = CHARTS["trend, six long lines"]()
    renderer = figure.canvas.get_renderer()
    figure.draw(renderer)
    (legend,) = figure.legends
    years = [label for label in figure.axes[0].xaxis.get_ticklabels() if label.get_text()]
    assert years
    top = legend.get_window_extent(renderer).y1
    assert all(label.get_window_extent(renderer).y0 >= top for label in years)
