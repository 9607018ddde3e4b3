"""Column widths that hold their words: a table's columns as designed, widened where the longest
word of a column (or a figure, "Rp 23.708.898.000", which reads badly split) would not fit between
the cell's borders, the width taken back from the columns that have room to spare.

A column can be narrower than its longest word only when the words of all columns together are
wider than the page; such a word is then printed with soft hyphens at its syllable breaks
(Indonesian rules, pyphen), so that Word and the PDF break it where a hyphen shows it, not at
whatever letter reaches the border ("Pertanggungjawaba / n").

Words are measured in the PDF's table font (DejaVu Serif 9 pt, bold for the header and total
rows), with matplotlib's text measure (already used for the charts; imported when a table is
first measured). Word prints tables in Times New Roman 10 pt, narrower than DejaVu Serif 9 pt
for every text, so widths that hold the PDF's words hold Word's."""

import math
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

FONT = "DejaVu Serif"
UKURAN_PT = 9
# Both cell paddings and the borders, with a little room for the renderers' rounding: 4 pt each
# side and .6 pt borders in the PDF (0.3 cm), Word's default 0.19 cm each side (0.38 cm).
RUANG_SEL_CM = 0.4
CM_PER_PT = 2.54 / 72
# A figure is kept on one line when the page allows: "Rp 1.748.912.000", "100,00%", "-12,5".
ANGKA = re.compile(r"^(Rp )?[−–+-]?[\d.,]+( ?%)?$")
# Printed as "-" only where a line breaks at it; Word and WeasyPrint both honour it.
TANDA_PISAH = "\u00ad"
SPASI = re.compile(r"(\s+)")

Ukur = Callable[[str, bool], float]


def lebar_teks_cm(teks: str, tebal: bool = False) -> float:
    """The width of a text on one line in the table font, in cm: the sum of its characters'
    advances. Each character is measured once (a report holds tens of thousands of distinct
    words, which a cache of words could not hold); DejaVu's kerning only ever narrows a pair,
    so the sum errs on the wide side."""
    return sum(_lebar_huruf_cm(char, tebal) for char in teks)


@cache  # bounded by the characters in use: a few hundred
def _lebar_huruf_cm(char: str, tebal: bool) -> float:
    from matplotlib.font_manager import FontProperties

    font = FontProperties(family=FONT, size=UKURAN_PT, weight="bold" if tebal else "normal")
    # Measured between two letters: a space alone has no ink, and its advance is what counts.
    pair = _measure().get_text_width_height_descent("x" + char + "x", font, ismath=False)[0]
    bare = _measure().get_text_width_height_descent("xx", font, ismath=False)[0]
    return (pair - bare) * CM_PER_PT


@lru_cache(maxsize=1)
def _measure():
    from matplotlib.textpath import TextToPath

    return TextToPath()


def kata(teks: str, utuh: bool) -> list[str]:
    """The parts of a cell a line cannot break inside: its words, or the whole cell when it is
    a figure and `utuh` asks for figures whole."""
    teks = teks.strip()
    if utuh and ANGKA.match(teks):
        return [teks]
    return teks.split()


def lebar_minimum(
    sel: Sequence[tuple[str, bool]], *, utuh: bool, ukur: Ukur = lebar_teks_cm
) -> float:
    """The narrowest a column can be without a word crossing its border: its widest word
    (cells as (text, bold)) plus the padding."""
    widest = max((ukur(word, bold) for text, bold in sel for word in kata(text, utuh)), default=0.0)
    return widest + RUANG_SEL_CM


def bagi_ulang(lebar: Sequence[float], minimum: Sequence[float], batas: float) -> list[float]:
    """Widths of at least `minimum` each, as close to the designed `lebar` as the table's
    designed total (or, when the words need more, `batas`) allows: a column below its minimum is
    widened, and the width it needs is taken from the columns above their minimum, in
    proportion to what each has to spare. When even the minimums exceed `batas`, the columns
    with the widest words give up the difference (a long word breaks more gracefully than
    "No" or a header), down to a common width."""
    widths = [max(width, least) for width, least in zip(lebar, minimum, strict=True)]
    budget = min(max(sum(lebar), sum(minimum)), batas)
    excess = sum(widths) - budget
    if excess <= 0:
        return widths
    spare = [width - least for width, least in zip(widths, minimum, strict=True)]
    total_spare = sum(spare)
    if total_spare >= excess:
        return [
            width - excess * room / total_spare for width, room in zip(widths, spare, strict=True)
        ]
    return [min(least, _batas_atas(minimum, budget)) for least in minimum]


def _batas_atas(minimum: Sequence[float], budget: float) -> float:
    """The width c at which the columns, each min(its minimum, c), add up to `budget`."""
    remaining, count = budget, len(minimum)
    for least in sorted(minimum):
        if least * count >= remaining:
            return remaining / count
        remaining -= least
        count -= 1
    return max(minimum)


def lebar_kolom(
    lebar: Sequence[float],
    kolom: Sequence[Sequence[tuple[str, bool]]],
    batas: float,
    *,
    ukur: Ukur = lebar_teks_cm,
) -> tuple[float, ...]:
    """The widths of a table's columns (`kolom`: each column's cells as (text, bold)), figures
    kept whole when the page has room for them, else only words."""
    minimum = [lebar_minimum(cells, utuh=True, ukur=ukur) for cells in kolom]
    if sum(minimum) > batas:
        minimum = [lebar_minimum(cells, utuh=False, ukur=ukur) for cells in kolom]
    # Widths in hundredths of a cm: the minimums rounded up, so that a column at its minimum
    # still holds its word; the widths rounded down (a column at its minimum keeps it), so that
    # the columns never add up to more than the page holds. round(…, 6) keeps 2.0 × 100 from
    # counting as 200.00000000000003.
    minimum = [math.ceil(round(least * 100, 6)) / 100 for least in minimum]
    widths = bagi_ulang(lebar, minimum, batas)
    return tuple(math.floor(round(width * 100, 6)) / 100 for width in widths)


def beri_tanda_pisah(
    teks: str, lebar_cm: float, tebal: bool = False, *, ukur: Ukur = lebar_teks_cm
) -> str:
    """The text of a cell `lebar_cm` wide, with a soft hyphen at each syllable break of every
    word wider than the cell holds; the text as it is when every word fits."""
    room = lebar_cm - RUANG_SEL_CM
    parts = SPASI.split(teks)  # the words, and the spaces between them
    wide = [bool(part.strip()) and ukur(part, tebal) > room for part in parts]
    if not any(wide):
        return teks
    return "".join(
        _suku_kata().inserted(part, hyphen=TANDA_PISAH) if too_wide else part
        for part, too_wide in zip(parts, wide, strict=True)
    )


@lru_cache(maxsize=1)
def _suku_kata():
    from pyphen import Pyphen

    return Pyphen(lang="id")
