"""BAB III's charts as PNG images, drawn with matplotlib: the capaian of each indicator of a
sasaran against the 100% line, and the pagu beside the realisation of each kegiatan.

matplotlib is imported when a chart is drawn (not when Kinerja starts) and used through its
object interface (Figure, rendered by the Agg canvas): no display, no pyplot global state, safe
in a web worker. The figures are turned into floats only to be drawn; every label printed on a
chart is the Decimal figure formatted as the tables print it, so chart and table agree."""

import textwrap
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
    from matplotlib.figure import Figure

    figure = Figure(figsize=(LEBAR_INCI, height), dpi=DPI)
    figure.set_layout_engine("constrained")
    return figure


def _png(figure) -> bytes:
    out = BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()


def _label(text: str, width: int = 42) -> str:
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > 3:
        lines = [*lines[:2], lines[2][: width - 1] + "…"]
    return "\n".join(lines)


def _koma(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def grafik_capaian(baris: list[BarisPengukuran]) -> bytes | None:
    """Horizontal bars of the assessed indicators' capaian with the 100% line; None when no
    indicator is assessed (a chart of nothing would suggest 0%)."""
    rows = [row for row in baris if row.hasil.dinilai]
    if not rows:
        return None
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
    for position, row in zip(positions, rows, strict=True):
        axes.text(
            float(row.hasil.nilai) + top * 0.01,
            position,
            format_persen(row.hasil.nilai),
            va="center",
            fontsize=7,
        )
    axes.xaxis.set_major_formatter(lambda value, _position: f"{_koma(value)}%")
    axes.tick_params(axis="x", labelsize=7)
    axes.set_xlabel("Capaian (garis putus-putus: 100%)", fontsize=7)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def grafik_anggaran(anggaran: list[AnggaranKegiatan]) -> bytes | None:
    """Pagu beside realisation per kegiatan, in millions of Rupiah; None when no kegiatan has
    a pagu."""
    items = [item for item in anggaran if item.pagu is not None]
    if not items:
        return None
    figure = _figure(1.0 + 0.6 * len(items))
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
    axes.legend(fontsize=7, loc="lower right")
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)
