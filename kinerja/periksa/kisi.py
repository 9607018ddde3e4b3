"""A PDF page's tables and lines of text from the positions of its words and ruling lines.
Plain Python, no Django and no PDF library: `baca_pdf.py` gives the words and rules.

Coordinates are in points from the page's top-left corner.

- A table is a set of ruling lines that touch one another, with at least three vertical
  rules at distinct x: its columns lie between its vertical rules, its rows between its
  horizontal rules and the ends of its vertical rules.
- A cell whose left rule is missing is part of the cell to its left; one whose top rule is
  missing is part of the cell above (a merged cell): its words go to the cell where the merge
  begins, as a Word or text table writes it.
- A row that runs to where its vertical rules end without a horizontal rule is *open* there:
  a row that a page break cut (the PDF draws no line where the page ends). `baca_pdf.py`
  joins it with the open first row of the next page.
- A word is in the cell holding its centre. A line of a cell that is one word reaching the
  cell's right side, followed by another line, is a word broken for want of room and is
  joined without a space ("Penyelenggaraa" / "n").
- Words outside every table are grouped into lines by their vertical centre.
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

_TOLERANSI = 2.0  # points: rules this close are one, or touch


@dataclass(frozen=True)
class Kata:
    teks: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def tengah_x(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def tengah_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Garis:
    """A ruling line as drawn: a thin box."""

    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def mendatar(self) -> bool:
        return self.x1 - self.x0 >= self.bottom - self.top


@dataclass
class TabelPdf:
    baris: list[list[str]]
    top: float
    bottom: float
    x0: float
    x1: float
    terbuka_atas: bool = False  # its first row has no rule above it
    terbuka_bawah: bool = False  # its last row has no rule below it


@dataclass
class BarisTeks:
    teks: str
    top: float
    bottom: float


@dataclass
class Halaman:
    tabel: list[TabelPdf] = field(default_factory=list)
    baris: list[BarisTeks] = field(default_factory=list)


def _kelompok(values: list[float]) -> list[float]:
    """Values closer than the tolerance as one (their mean), sorted."""
    groups: list[list[float]] = []
    for value in sorted(values):
        if groups and value - groups[-1][-1] <= _TOLERANSI:
            groups[-1].append(value)
        else:
            groups.append([value])
    return [sum(group) / len(group) for group in groups]


def _komponen(horizontal: list[Garis], vertical: list[Garis]) -> list[list[Garis]]:
    """Rules that touch, through one another, as groups (union-find over crossing pairs)."""
    rules = horizontal + vertical
    parent = list(range(len(rules)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    order = sorted(range(len(horizontal)), key=lambda index: horizontal[index].top)
    levels = [(horizontal[index].top + horizontal[index].bottom) / 2 for index in order]
    for offset, rule in enumerate(vertical, start=len(horizontal)):
        x = (rule.x0 + rule.x1) / 2
        low = bisect_left(levels, rule.top - _TOLERANSI)
        high = bisect_right(levels, rule.bottom + _TOLERANSI)
        for position in range(low, high):
            index = order[position]
            across = horizontal[index]
            if across.x0 - _TOLERANSI <= x <= across.x1 + _TOLERANSI:
                parent[root(offset)] = root(index)
    groups: dict[int, list[Garis]] = {}
    for index, rule in enumerate(rules):
        groups.setdefault(root(index), []).append(rule)
    return list(groups.values())


def _ada_tegak(vertical: list[Garis], x: float, y: float) -> bool:
    return any(
        abs((rule.x0 + rule.x1) / 2 - x) <= _TOLERANSI and rule.top <= y <= rule.bottom
        for rule in vertical
    )


def _ada_datar(horizontal: list[Garis], y: float, x: float) -> bool:
    return any(
        abs((rule.top + rule.bottom) / 2 - y) <= _TOLERANSI and rule.x0 <= x <= rule.x1
        for rule in horizontal
    )


def _teks_sel(words: list[Kata], left: float, right: float) -> str:
    """A cell's words in lines, top to bottom, left to right. A line is joined to the next
    with a space, except after a hyphen or a slash ("masing-" / "masing", "Pemilu/" /
    "Pemilihan": a line may break there inside a word), or when it is one word that stops
    nearer the cell's right side than the next line's first character is wide: a word too
    long for the cell, cut where the room ended ("Penyelenggaraa" / "n"). The cell's inner
    margin is taken to be what its words leave on the left."""
    lines = _baris(words)
    if not lines:
        return ""
    margin = min(line[0].x0 for line in lines) - left
    text = " ".join(word.teks for word in lines[0])
    for previous, line in zip(lines, lines[1:], strict=False):
        last, first = previous[-1], line[0]
        room = right - margin - last.x1
        first_width = (first.x1 - first.x0) / len(first.teks)
        following = " ".join(word.teks for word in line)
        cut = len(previous) == 1 and room < first_width
        text = f"{text}{following}" if cut else sambung(text, following)
    return text


def sambung(line: str, following: str) -> str:
    """Two lines of one paragraph or cell: no space after a hyphen or a slash, where a line may
    break inside a word."""
    return f"{line}{following}" if line.endswith(("-", "/")) else f"{line} {following}"


def _baris(words: list[Kata]) -> list[list[Kata]]:
    """Words in lines: a word whose vertical centre lies within the line's height so far."""
    lines: list[list[Kata]] = []
    bounds: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda word: (word.tengah_y, word.x0)):
        if bounds and bounds[-1][0] <= word.tengah_y <= bounds[-1][1]:
            lines[-1].append(word)
        else:
            lines.append([word])
            bounds.append((word.top, word.bottom))
    return [sorted(line, key=lambda word: word.x0) for line in lines]


def _tabel(rules: list[Garis], words: list[Kata]) -> tuple[TabelPdf, list[Kata]] | None:
    horizontal = [rule for rule in rules if rule.mendatar]
    vertical = [rule for rule in rules if not rule.mendatar]
    columns = _kelompok([(rule.x0 + rule.x1) / 2 for rule in vertical])
    if len(columns) < 3:  # a box or a single rule is not a table
        return None
    top = min(rule.top for rule in rules)
    bottom = max(rule.bottom for rule in rules)
    levels = _kelompok([(rule.top + rule.bottom) / 2 for rule in horizontal] + [top, bottom])
    left, right = columns[0], columns[-1]
    inside = [
        word for word in words if left <= word.tengah_x <= right and top <= word.tengah_y <= bottom
    ]
    cells: dict[tuple[int, int], list[Kata]] = {}
    for word in inside:
        row = min(bisect_right(levels, word.tengah_y) - 1, len(levels) - 2)
        column = min(bisect_right(columns, word.tengah_x) - 1, len(columns) - 2)
        cells.setdefault(_pemilik(row, column, levels, columns, horizontal, vertical), []).append(
            word
        )
    rows = []
    for row in range(len(levels) - 1):
        values = [
            _teks_sel(cells.get((row, column), []), columns[column], columns[column + 1])
            for column in range(len(columns) - 1)
        ]
        if any(values):
            rows.append(values)
    middle = (left + right) / 2
    table = TabelPdf(
        rows,
        top,
        bottom,
        left,
        right,
        terbuka_atas=not _ada_datar(horizontal, levels[0], middle),
        terbuka_bawah=not _ada_datar(horizontal, levels[-1], middle),
    )
    return table, inside


def _pemilik(row, column, levels, columns, horizontal, vertical) -> tuple[int, int]:
    """The cell where the merged cell holding (row, column) begins: left while its left rule
    is missing, then up while its top rule is missing."""
    while True:
        middle_y = (levels[row] + levels[row + 1]) / 2
        middle_x = (columns[column] + columns[column + 1]) / 2
        if column > 0 and not _ada_tegak(vertical, columns[column], middle_y):
            column -= 1
        elif row > 0 and not _ada_datar(horizontal, levels[row], middle_x):
            row -= 1
        else:
            return row, column


def halaman(words: list[Kata], rules: list[Garis]) -> Halaman:
    """A page's tables (top to bottom) and its lines of text outside them."""
    horizontal = [rule for rule in rules if rule.mendatar]
    vertical = [rule for rule in rules if not rule.mendatar]
    page = Halaman()
    taken: set[int] = set()
    for group in _komponen(horizontal, vertical):
        found = _tabel(group, words)
        if found:
            table, inside = found
            page.tabel.append(table)
            taken.update(id(word) for word in inside)
    page.tabel.sort(key=lambda table: table.top)
    outside = [word for word in words if id(word) not in taken]
    for line in _baris(outside):
        page.baris.append(
            BarisTeks(
                " ".join(word.teks for word in line),
                min(word.top for word in line),
                max(word.bottom for word in line),
            )
        )
    return page
