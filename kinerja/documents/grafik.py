"""BAB III's charts, drawn with matplotlib: the capaian of each indicator of a sasaran against
the 100% line, the pagu beside the realisation of each kegiatan, the capaian of the indicators
over the years the reading layer holds (n−2, n−1, n), and the capaian to date at the end of
each quarter.

A chart function decides whether there is anything to draw (None when not) and returns a
`Gambar`-ready drawer: `draw("svg")` or `draw("png")`. Nothing is drawn until a writer asks
for a format: the PDF takes SVG (WeasyPrint lays it out as vector paths with real text), Word
takes PNG (python-docx cannot embed SVG portably), and a report written in one format never
pays for the other.

matplotlib is imported when a chart is drawn (not when Kinerja starts) and used through its
object interface (Figure, rendered by the Agg canvas): no display, no pyplot global state, safe
in a web worker. The figures are turned into floats only to be drawn; every label printed on a
chart is the Decimal figure formatted as the tables print it, so chart and table agree."""

import textwrap
from collections.abc import Callable
from decimal import Decimal
from io import BytesIO

from kinerja.core.formatting import format_persen
from kinerja.measurement.pengukuran import BarisPengukuran
from kinerja.measurement.snapshot import AnggaranKegiatan

DPI = 150
LEBAR_INCI = 6.3  # 16 cm, the printable width
BIRU, ABU, MERAH = "#1f5f99", "#9aa5b1", "#b42318"
JUTA = Decimal(1_000_000)


def _figure(height: float):
    """A figure on its own Agg canvas, with no layout engine: `_tata_letak` places the axes
    once from the measured size of its labels. Matplotlib's constrained layout measured every
    text of the chart again at each draw, which was about half of a report's time."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(LEBAR_INCI, height), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure


# The blank kept between anything drawn and the figure's edge, in points.
TEPI_PT = 3.0


def _tepi(figure, axes, legend=None) -> bool:
    """Sets the axes' margins so that its tick labels, axis labels, loose texts and a legend
    at the figure's foot all fit inside the figure, measured as they will be drawn (each text
    laid out once, not the whole figure). Returns whether the axes moved."""
    renderer = figure.canvas.get_renderer()
    points = figure.dpi / 72
    pad = TEPI_PT * points
    box = axes.get_window_extent()
    boxes = [label.get_window_extent(renderer) for label in _label_sumbu(axes)]
    boxes += [text.get_window_extent(renderer) for text in axes.texts if text.get_in_layout()]
    left = max([box.x0 - item.x0 for item in boxes] + [0])
    right = max([item.x1 - box.x1 for item in boxes] + [0])
    below = max([box.y0 - item.y0 for item in boxes] + [0])
    above = max([item.y1 - box.y1 for item in boxes] + [0])
    # An axis label sits its labelpad beyond the tick labels, drawn where the draw puts it.
    if axes.get_ylabel():
        label = axes.yaxis.label
        left += axes.yaxis.labelpad * points + label.get_window_extent(renderer).width
    if axes.get_xlabel():
        label = axes.xaxis.label
        below += axes.xaxis.labelpad * points + label.get_window_extent(renderer).height
    if legend is not None:
        below += legend.get_window_extent(renderer).height + pad
    width, height = figure.bbox.width, figure.bbox.height
    margins = {
        "left": (left + pad) / width,
        "right": 1 - (right + pad) / width,
        "bottom": (below + pad) / height,
        "top": 1 - (above + pad) / height,
    }
    before = axes.get_position().bounds
    figure.subplots_adjust(**margins)
    return axes.get_position().bounds != before


def _label_sumbu(axes) -> list:
    """The tick labels the axes will draw: those of ticks inside its limits."""
    labels = []
    for axis in (axes.xaxis, axes.yaxis):
        low, high = sorted(axis.get_view_interval())
        slack = (high - low) * 1e-9
        ticks = axis.get_majorticklocs()
        labels += [
            label
            for tick, label in zip(ticks, axis.get_majorticklabels(), strict=False)
            if low - slack <= tick <= high + slack and label.get_text()
        ]
    return labels


def _tata_letak(figure, axes, labels=(), sumbu: str = "x", legend=None) -> None:
    """Margins first, then the value labels clear of the 100% line; when moving the labels
    raised the axis' end and its tick labels changed size, once more."""
    for label in labels:
        label.set_in_layout(False)  # kept inside the axes by moving them, not by margins
    _tepi(figure, axes, legend)
    raised = bool(labels) and _lepaskan_label(figure, axes, labels, sumbu)
    if raised and _tepi(figure, axes, legend):
        _lepaskan_label(figure, axes, labels, sumbu)


def _simpan(figure, format: str) -> bytes:
    """The figure as PNG (at DPI) or SVG; the SVG keeps its text as text (svg.fonttype
    "none"), so the PDF prints it in a font, searchable and sharp, instead of glyph outlines."""
    from matplotlib import rc_context

    out = BytesIO()
    if format == "svg":
        with rc_context({"svg.fonttype": "none", "svg.hashsalt": "kinerja"}):
            # No creation date: the same data draws the same bytes, so a kept report's
            # SHA-256 depends on its content only (kinerja.documents.laporan_services).
            figure.savefig(out, format="svg", metadata={"Date": None})
    else:
        # zlib level 3 rather than 6: a fifth of a chart's time went to compressing it, and
        # the flat colours of a chart are only about 3% larger for it.
        figure.savefig(out, format="png", dpi=DPI, pil_kwargs={"compress_level": 3})
    return out.getvalue()


def _penggambar(draw: Callable, *args) -> Callable[[str], bytes]:
    """A drawer for one chart: each call builds the figure afresh and saves it in the format
    asked (a matplotlib Figure is not shared between threads or kept alive in the content)."""

    def gambar(format: str) -> bytes:
        return _simpan(draw(*args), format)

    return gambar


# How far a value label keeps from the 100% line, in points.
JARAK_GARIS_PT = 2.0


def lepas_dari_garis(awal: float, panjang: float, garis: float, jarak: float) -> float:
    """Where a value label starts, along the axis that crosses the reference line, so that the
    line never runs through it: where it is when it keeps `jarak` clear of the line on both
    sides, else just past the line. `awal` and `panjang` are the label's start and length,
    `garis` the line's position, all in one unit."""
    if awal - jarak < garis < awal + panjang + jarak:
        return garis + jarak
    return awal


Kotak = tuple[float, float, float, float]


def tempatkan_label(kotak: list[Kotak], garis: float, jarak: float) -> list[float]:
    """The start of each value label so that the reference line crosses none and none covers
    another: `kotak` gives each label's (start, end) along the axis that crosses the line and
    (low, high) across it. Labels only move forward (away from the axis' origin), the nearest
    to the origin placed first, each past the line and past the labels already placed that it
    would overlap."""
    starts = [box[0] for box in kotak]
    placed: list[Kotak] = []
    for index in sorted(range(len(kotak)), key=lambda item: kotak[item][0]):
        start, end, low, high = kotak[index]
        length = end - start
        while True:
            moved = lepas_dari_garis(start, length, garis, jarak)
            for other_start, other_end, other_low, other_high in placed:
                across = other_low < high and low < other_high
                if across and other_start < moved + length + jarak and moved < other_end + jarak:
                    moved = other_end + jarak
            if moved == start:
                break
            start = moved
        starts[index] = start
        placed.append((start, start + length, low, high))
    return starts


def _lepaskan_label(figure, axes, labels: list, sumbu: str) -> bool:
    """Moves the value labels (annotations placed in offset points) clear of the 100% line and
    of each other, measured as they will be drawn; raises the axis' end when a label would run
    past it (and then says so). `sumbu`: "x" for horizontal bars (a vertical line), "y" for a
    horizontal line."""
    offsets = [label.xyann for label in labels]
    renderer = figure.canvas.get_renderer()
    points_per_pixel = 72 / figure.dpi
    gap = JARAK_GARIS_PT / points_per_pixel
    along, across = (0, 1) if sumbu == "x" else (1, 0)
    raised = False
    for _attempt in range(3):
        for label, offset in zip(labels, offsets, strict=True):
            label.xyann = offset
        line = axes.transData.transform((100, 100))[along]
        origin, end = (point[along] for point in axes.get_window_extent().get_points())
        boxes = [label.get_window_extent(renderer).get_points() for label in labels]
        extents = [(lo[along], hi[along], lo[across], hi[across]) for lo, hi in boxes]
        furthest = end
        for label, extent, start in zip(
            labels, extents, tempatkan_label(extents, line, gap), strict=True
        ):
            moved = list(label.xyann)
            moved[along] += (start - extent[0]) * points_per_pixel
            label.xyann = tuple(moved)
            furthest = max(furthest, start + extent[1] - extent[0])
        if furthest <= end:
            return raised
        # The axis' end at which the stretch past the line holds what the labels need there.
        low, high = axes.get_xlim() if sumbu == "x" else axes.get_ylim()
        share = (furthest - line) / (end - origin)
        limit = (100 - share * low) / (1 - share) if share < 1 else high * 2
        (axes.set_xlim if sumbu == "x" else axes.set_ylim)(low, max(limit * 1.02, high))
        raised = True
    return raised


def _label(text: str, width: int = 42) -> str:
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > 3:
        lines = [*lines[:2], lines[2][: width - 1] + "…"]
    return "\n".join(lines)


def _koma(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def grafik_capaian(baris: list[BarisPengukuran]) -> Callable[[str], bytes] | None:
    """Horizontal bars of the assessed indicators' capaian with the 100% line; None when no
    indicator is assessed (a chart of nothing would suggest 0%)."""
    rows = [row for row in baris if row.hasil.dinilai]
    if not rows:
        return None
    return _penggambar(_capaian, rows)


def _capaian(rows: list[BarisPengukuran]):
    figure = _figure(0.9 + 0.55 * len(rows))
    axes = figure.add_subplot()
    values = [float(row.hasil.nilai) for row in rows]
    positions = range(len(rows))
    colours = [BIRU if row.hasil.nilai >= 100 else MERAH for row in rows]
    axes.barh(positions, values, color=colours, height=0.6)
    axes.axvline(100, color="black", linewidth=1, linestyle="--")
    axes.set_yticks(list(positions), [_label(row.indikator.nama) for row in rows], fontsize=7)
    axes.invert_yaxis()
    top = max([*values, 100.0]) * 1.18
    axes.set_xlim(0, top)
    labels = [
        axes.annotate(
            format_persen(row.hasil.nilai),
            (float(row.hasil.nilai), position),
            textcoords="offset points",
            xytext=(3, 0),
            va="center",
            fontsize=7,
            annotation_clip=False,
        )
        for position, row in zip(positions, rows, strict=True)
    ]
    axes.xaxis.set_major_formatter(lambda value, _position: f"{_koma(value)}%")
    axes.tick_params(axis="x", labelsize=7)
    axes.set_xlabel("Capaian (garis putus-putus: 100%)", fontsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    _tata_letak(figure, axes, labels, "x")
    return figure


def grafik_anggaran(anggaran: list[AnggaranKegiatan]) -> Callable[[str], bytes] | None:
    """Pagu beside realisation per kegiatan, in millions of Rupiah; None when no kegiatan has
    a pagu."""
    items = [item for item in anggaran if item.pagu is not None]
    if not items:
        return None
    return _penggambar(_anggaran, items)


def _anggaran(items: list[AnggaranKegiatan]):
    figure = _figure(1.2 + 0.6 * len(items))
    axes = figure.add_subplot()
    positions = [float(index) for index in range(len(items))]
    height = 0.38
    pagu = [float(item.pagu / JUTA) for item in items]
    spent = [float((item.realisasi or 0) / JUTA) for item in items]
    axes.barh([p - height / 2 for p in positions], pagu, height, color=ABU, label="Pagu")
    axes.barh([p + height / 2 for p in positions], spent, height, color=BIRU, label="Realisasi")
    axes.set_yticks(
        positions, [_label(f"{item.kode} {item.nama}", 36) for item in items], fontsize=7
    )
    axes.invert_yaxis()
    top = max([*pagu, *spent]) * 1.25 or 1
    axes.set_xlim(0, top)
    for position, item in zip(positions, items, strict=True):
        share = item.serapan
        if share is not None:
            axes.text(
                float(max(item.pagu, item.realisasi or 0) / JUTA) + top * 0.01,
                position,
                format_persen(share),
                va="center",
                fontsize=7,
            )
    axes.xaxis.set_major_formatter(lambda value, _position: _koma(value))
    axes.tick_params(axis="x", labelsize=7)
    axes.set_xlabel("Juta rupiah (angka: serapan)", fontsize=7)
    # Under the chart, never over a bar's serapan.
    legend = figure.legend(
        *axes.get_legend_handles_labels(),
        fontsize=7,
        loc="lower center",
        ncols=2,
        bbox_to_anchor=(0.5, 0),
        frameon=False,
    )
    axes.spines[["top", "right"]].set_visible(False)
    _tata_letak(figure, axes, legend=legend)
    return figure


# One line per indicator: colours and markers that stay apart in grey print.
GARIS = (
    (BIRU, "o"),
    (MERAH, "s"),
    ("#2e7d32", "^"),
    ("#6a1b9a", "D"),
    ("#ef6c00", "v"),
    ("#37474f", "P"),
)


def grafik_tren(
    deret: list[tuple[str, list[tuple[int, Decimal]]]],
) -> Callable[[str], bytes] | None:
    """The capaian of each indicator over the years it has one (a line per indicator, labelled
    as its row in the table), with the 100% line; an indicator with a single year is left out
    (one point is no trend), and None when no indicator has two."""
    lines = [(name, points) for name, points in deret if len(points) >= 2]
    if not lines:
        return None
    return _penggambar(_tren, lines)


def _tren(lines: list[tuple[str, list[tuple[int, Decimal]]]]):
    names = [_label(name, 70) for name, _ in lines]
    # The legend under the chart takes a line of text per line of a name: the plot keeps its
    # height however long the names are.
    figure = _figure(2.6 + 0.16 * sum(name.count("\n") + 1 for name in names))
    axes = figure.add_subplot()
    years = sorted({year for _, points in lines for year, _ in points})
    top = 100.0
    labels = []
    for index, (name, (_, points)) in enumerate(zip(names, lines, strict=True)):
        colour, marker = GARIS[index % len(GARIS)]
        xs = [year for year, _ in points]
        ys = [float(value) for _, value in points]
        top = max(top, *ys)
        axes.plot(xs, ys, color=colour, marker=marker, linewidth=1.4, label=name)
        labels.extend(
            axes.annotate(
                format_persen(value),
                (year, float(value)),
                textcoords="offset points",
                xytext=(0, 5),
                ha="center",
                va="bottom",
                fontsize=6.5,
                color=colour,
                annotation_clip=False,
            )
            for year, value in points
        )
    axes.axhline(100, color="black", linewidth=1, linestyle="--")
    axes.set_xticks(years, [str(year) for year in years], fontsize=7)
    axes.set_xlim(years[0] - 0.4, years[-1] + 0.4)
    axes.set_ylim(0, top * 1.15)
    axes.yaxis.set_major_formatter(lambda value, _position: f"{_koma(value)}%")
    axes.tick_params(axis="y", labelsize=7)
    axes.set_ylabel("Capaian", fontsize=7)
    # At the figure's foot, under the years: one line per indicator, in the table's order.
    legend = figure.legend(
        *axes.get_legend_handles_labels(),
        fontsize=6.5,
        loc="lower center",
        bbox_to_anchor=(0.5, 0),
        frameon=False,
    )
    axes.spines[["top", "right"]].set_visible(False)
    _tata_letak(figure, axes, labels, "y", legend)
    return figure


def grafik_triwulan(titik: list[tuple[str, Decimal]]) -> Callable[[str], bytes] | None:
    """The satker's capaian to date at the end of each quarter that has one ("s.d. TW II"),
    as bars against the 100% line; None with fewer than two quarters."""
    if len(titik) < 2:
        return None
    return _penggambar(_triwulan, titik)


def _triwulan(titik: list[tuple[str, Decimal]]):
    figure = _figure(2.4)
    axes = figure.add_subplot()
    positions = range(len(titik))
    values = [float(value) for _, value in titik]
    colours = [BIRU if value >= 100 else MERAH for _, value in titik]
    axes.bar(positions, values, color=colours, width=0.55)
    axes.axhline(100, color="black", linewidth=1, linestyle="--")
    top = max([*values, 100.0]) * 1.18
    axes.set_ylim(0, top)
    labels = [
        axes.annotate(
            format_persen(value),
            (position, float(value)),
            textcoords="offset points",
            xytext=(0, 3),
            ha="center",
            va="bottom",
            fontsize=7,
            annotation_clip=False,
        )
        for position, (_, value) in zip(positions, titik, strict=True)
    ]
    axes.set_xticks(list(positions), [f"s.d. {label}" for label, _ in titik], fontsize=7)
    axes.yaxis.set_major_formatter(lambda value, _position: f"{_koma(value)}%")
    axes.tick_params(axis="y", labelsize=7)
    axes.set_ylabel("Capaian satker", fontsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    _tata_letak(figure, axes, labels, "y")
    return figure
