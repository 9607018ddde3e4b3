"""Charts of the dashboards as inline SVG markup, from Decimal figures. Plain Python.

Inline SVG rather than matplotlib (used for the Word/PDF documents, kinerja.documents.grafik):
a page needs no image file or request of its own, the markup is a few kilobytes, it scales and
prints sharply, each bar can be a link to the records behind it, and the page's content
security policy (no inline style) is kept — only presentation attributes are written. Every
chart stands beside the table it is drawn from, which is what screen readers and print read.

Coordinates are Decimal too, rounded to a tenth of a pixel for the markup.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from html import escape

from kinerja.core.formatting import format_persen
from kinerja.measurement.scales import Pita, Skala

ABU = "#9ca3af"  # not assessed, no predicate
GARIS = "#374151"
# From the lowest band of a scale to the highest; a scale of n bands (up to 8: AA … E) takes
# n of them, spread evenly, so that every band has its own colour.
PALET = ("#991b1b", "#dc2626", "#ea580c", "#d97706", "#ca8a04", "#65a30d", "#16a34a", "#166534")
SERAPAN = "#2563eb"
CAPAIAN = "#15803d"
SERATUS = Decimal(100)
PANJANG_LABEL = 44


def _px(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.1")), "f")


def teks(value) -> str:
    """Markup-safe text: a Pesan says itself in the reader's language (its __html__)."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))


def _pendek(value) -> tuple[str, str]:
    """(shown, full): a long label is cut, the full one kept as the bar's tooltip."""
    full = teks(value)
    plain = str(value.terjemahan() if hasattr(value, "terjemahan") else value)
    if len(plain) <= PANJANG_LABEL:
        return full, full
    return escape(plain[: PANJANG_LABEL - 1].rstrip() + "…"), full


def _urutan_pita(pita: Pita) -> Decimal:
    if pita.bawah is not None:
        return pita.bawah
    return pita.atas - SERATUS * 10 if pita.atas is not None else Decimal(0)


def warna_predikat(predikat: str | None, skala: Skala) -> str:
    """The colour of a predicate on its scale: red for the lowest band, green for the highest,
    grey for no predicate."""
    bands = sorted({item.predikat: item for item in skala.pita}.values(), key=_urutan_pita)
    names = [item.predikat for item in bands]
    if predikat is None or predikat not in names:
        return ABU
    if len(names) == 1:
        return PALET[-1]
    steps = len(names) - 1
    position = (names.index(predikat) * (len(PALET) - 1) + steps // 2) // steps
    return PALET[min(position, len(PALET) - 1)]


def skala_maks(values: Sequence[Decimal | None]) -> Decimal:
    """The axis' end: 100%, or the largest value rounded up to a multiple of 20."""
    largest = max([value for value in values if value is not None] + [SERATUS])
    return (largest / 20).to_integral_value(rounding=ROUND_CEILING) * 20


def _ticks(maks: Decimal) -> list[Decimal]:
    step = Decimal(25) if maks <= 200 else Decimal(50)
    ticks, tick = [], Decimal(0)
    while tick <= maks:
        ticks.append(tick)
        tick += step
    return ticks


def _tick(value: Decimal) -> str:
    # Axis ticks are whole percentages: "25%", not "25,00%".
    return f"{value.quantize(Decimal(1))}%"


@dataclass(frozen=True)
class Batang:
    label: object  # str or Pesan
    nilai: Decimal | None
    warna: str = SERAPAN
    tautan: str = ""
    acuan: Decimal | None = None  # a mark on the bar (the expected pace)
    keterangan: str = ""  # shown after the value (the predicate)


def _tautan(href: str, inner: str) -> str:
    return f'<a href="{escape(href)}">{inner}</a>' if href else inner


def grafik_batang(
    batang: Sequence[Batang], *, judul: str, label_acuan: str = "", kosong: str = "–"
) -> str:
    """Horizontal bars in %, one per row, with the 100% line and each row's own mark."""
    label_width, bar_x, bar_width, row = Decimal(300), Decimal(310), Decimal(330), Decimal(26)
    maks = skala_maks([item.nilai for item in batang] + [item.acuan for item in batang])
    top = Decimal(8)
    height = top + row * len(batang) + Decimal(30)
    width = bar_x + bar_width + Decimal(150)

    def x(value: Decimal) -> str:
        return _px(bar_x + bar_width * min(value, maks) / maks)

    parts = [
        f'<svg class="grafik" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_px(width)} '
        f'{_px(height)}" role="img" aria-label="{teks(judul)}" font-size="12" '
        f'font-family="sans-serif">',
        f"<title>{teks(judul)}</title>",
    ]
    axis_y = top + row * len(batang)
    for tick in _ticks(maks):
        parts.append(
            f'<line x1="{x(tick)}" x2="{x(tick)}" y1="{_px(top)}" y2="{_px(axis_y)}" '
            f'stroke="#e5e7eb"/>'
            f'<text x="{x(tick)}" y="{_px(axis_y + 14)}" text-anchor="middle" '
            f'fill="{GARIS}">{_tick(tick)}</text>'
        )
    for index, item in enumerate(batang):
        y = top + row * index
        shown, full = _pendek(item.label)
        inner = [
            f"<title>{full}</title>",
            f'<text x="{_px(label_width)}" y="{_px(y + 17)}" text-anchor="end" '
            f'fill="{GARIS}">{shown}</text>',
        ]
        if item.nilai is None:
            value_text = escape(kosong)
        else:
            length = bar_width * min(item.nilai, maks) / maks
            inner.append(
                f'<rect x="{_px(bar_x)}" y="{_px(y + 5)}" width="{_px(max(length, Decimal(0)))}" '
                f'height="16" fill="{escape(item.warna)}"/>'
            )
            value_text = escape(format_persen(item.nilai))
        if item.keterangan:
            value_text += " · " + teks(item.keterangan)
        inner.append(
            f'<text x="{_px(bar_x + bar_width + 6)}" y="{_px(y + 17)}" fill="{GARIS}">'
            f"{value_text}</text>"
        )
        if item.acuan is not None:
            inner.append(
                f'<line x1="{x(item.acuan)}" x2="{x(item.acuan)}" y1="{_px(y + 1)}" '
                f'y2="{_px(y + 25)}" stroke="#111827" stroke-width="3"/>'
            )
        parts.append(_tautan(item.tautan, "".join(inner)))
    parts.append(
        f'<line x1="{x(SERATUS)}" x2="{x(SERATUS)}" y1="{_px(top)}" y2="{_px(axis_y)}" '
        f'stroke="{GARIS}" stroke-dasharray="4 3"/>'
    )
    if label_acuan:
        parts.append(
            f'<line x1="{_px(bar_x)}" x2="{_px(bar_x + 14)}" y1="{_px(axis_y + 24)}" '
            f'y2="{_px(axis_y + 24)}" stroke="#111827" stroke-width="3"/>'
            f'<text x="{_px(bar_x + 20)}" y="{_px(axis_y + 28)}" fill="{GARIS}">'
            f"{teks(label_acuan)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Seri:
    nama: object
    warna: str


@dataclass(frozen=True)
class Kelompok:
    label: object
    nilai: tuple[Decimal | None, ...]  # one per series
    acuan: Decimal | None = None
    tautan: str = ""


def grafik_kelompok(
    kelompok: Sequence[Kelompok], seri: Sequence[Seri], *, judul: str, label_acuan: str = ""
) -> str:
    """Vertical bars in %, grouped (one group per quarter, one bar per series), with each
    group's mark (the expected pace) and the 100% line."""
    left, plot_height, top = Decimal(48), Decimal(180), Decimal(10)
    group_width, bar_width = Decimal(120), Decimal(28)
    maks = skala_maks(
        [value for group in kelompok for value in group.nilai] + [g.acuan for g in kelompok]
    )
    width = left + group_width * len(kelompok) + Decimal(10)
    legend_y = top + plot_height + Decimal(40)
    height = legend_y + Decimal(12)
    base = top + plot_height

    def y(value: Decimal) -> Decimal:
        return base - plot_height * min(value, maks) / maks

    parts = [
        f'<svg class="grafik kelompok" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {_px(width)} {_px(height)}" role="img" aria-label="{teks(judul)}" '
        f'font-size="12" font-family="sans-serif">',
        f"<title>{teks(judul)}</title>",
    ]
    for tick in _ticks(maks):
        parts.append(
            f'<line x1="{_px(left)}" x2="{_px(width)}" y1="{_px(y(tick))}" y2="{_px(y(tick))}" '
            f'stroke="#e5e7eb"/><text x="{_px(left - 4)}" y="{_px(y(tick) + 4)}" '
            f'text-anchor="end" fill="{GARIS}">{_tick(tick)}</text>'
        )
    parts.append(
        f'<line x1="{_px(left)}" x2="{_px(width)}" y1="{_px(y(SERATUS))}" '
        f'y2="{_px(y(SERATUS))}" stroke="{GARIS}" stroke-dasharray="4 3"/>'
    )
    for index, group in enumerate(kelompok):
        start = left + group_width * index + Decimal(16)
        inner = [f"<title>{teks(group.label)}</title>"]
        for number, (series, value) in enumerate(zip(seri, group.nilai, strict=True)):
            bar_x = start + (bar_width + 4) * number
            if value is None:
                inner.append(
                    f'<text x="{_px(bar_x + bar_width / 2)}" y="{_px(base - 4)}" '
                    f'text-anchor="middle" fill="{GARIS}">–</text>'
                )
                continue
            inner.append(
                f'<rect x="{_px(bar_x)}" y="{_px(y(value))}" width="{_px(bar_width)}" '
                f'height="{_px(base - y(value))}" fill="{escape(series.warna)}">'
                f"<title>{teks(series.nama)}: {escape(format_persen(value))}</title></rect>"
            )
        if group.acuan is not None:
            mark_end = start + (bar_width + 4) * len(seri)
            inner.append(
                f'<line x1="{_px(start - 4)}" x2="{_px(mark_end)}" y1="{_px(y(group.acuan))}" '
                f'y2="{_px(y(group.acuan))}" stroke="#111827" stroke-width="3"/>'
            )
        inner.append(
            f'<text x="{_px(start + (bar_width + 4) * len(seri) / 2)}" y="{_px(base + 16)}" '
            f'text-anchor="middle" fill="{GARIS}">{teks(group.label)}</text>'
        )
        parts.append(_tautan(group.tautan, "".join(inner)))
    legend_x = left
    for series in seri:
        parts.append(
            f'<rect x="{_px(legend_x)}" y="{_px(legend_y - 10)}" width="12" height="12" '
            f'fill="{escape(series.warna)}"/><text x="{_px(legend_x + 16)}" '
            f'y="{_px(legend_y)}" fill="{GARIS}">{teks(series.nama)}</text>'
        )
        legend_x += Decimal(110)
    if label_acuan:
        parts.append(
            f'<line x1="{_px(legend_x)}" x2="{_px(legend_x + 14)}" y1="{_px(legend_y - 4)}" '
            f'y2="{_px(legend_y - 4)}" stroke="#111827" stroke-width="3"/>'
            f'<text x="{_px(legend_x + 20)}" y="{_px(legend_y)}" fill="{GARIS}">'
            f"{teks(label_acuan)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
