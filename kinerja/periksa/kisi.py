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
- A word is in the cell holding its centre; a cell's lines are joined as `_teks_sel` says
  (a word cut for want of room, "Penyelenggaraa" / "n", runs on without a space).
- Words outside every table are grouped into lines by their vertical centre.
- A table printed without rules is told by a header line of column names set apart by wide
  gaps, and read when every row is one line (`tabel_tanpa_garis`).
"""

import re
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
    alasan: str = ""  # why it cannot be read, when it cannot


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


# Column names a table's header line is made of; a line of parts set apart by wide gaps, at
# least two of them such names, heads a table printed without rules.
_NAMA_KOLOM = re.compile(
    r"^(no\.?|nomor|indikator|target|realisasi|capaian|pagu|anggaran|nama|jabatan|nip|uraian|"
    r"kegiatan|sasaran|program|satuan|keterangan|hambatan|upaya|%)(?=\W|$)",
    re.I,
)
_ANGKA = re.compile(r"^(Rp\.?\s*)?-?\d[\d.,]*\s*%?$")
# A row of its own though it fills only the first column: a sasaran or kegiatan heading.
_JUDUL_BARIS = re.compile(r"^(sasaran|kegiatan|program)\s+\d+", re.I)


def _bagian(line: list[Kata]) -> list[list[Kata]]:
    """A line's parts: runs of words apart by less than the line's height (a column's gap is
    wider than a word space, even a justified one)."""
    height = max(word.bottom - word.top for word in line)
    parts = [[line[0]]]
    for word in line[1:]:
        if word.x0 - parts[-1][-1].x1 > height:
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


def _kolom_bagian(part: list[Kata], columns: list[tuple[float, float]]) -> int | None:
    """The header column a part lies under: the one it overlaps most; None when it overlaps
    two or more (a line of prose running across the columns) or none."""
    x0, x1 = part[0].x0, part[-1].x1
    overlaps = [min(x1, right) - max(x0, left) for left, right in columns]
    under = [index for index, overlap in enumerate(overlaps) if overlap > 0]
    if len(under) != 1:
        return None
    return under[0]


def _kepala_tanpa_garis(line: list[Kata]) -> list[list[Kata]] | None:
    parts = _bagian(line)
    # Two different names: "NIP ...   NIP ..." under two signatures side by side is no header.
    names = {match.group(1).lower() for part in parts if (match := _NAMA_KOLOM.match(part[0].teks))}
    return parts if len(parts) >= 2 and len(names) >= 2 else None


def _teks(part: list[Kata]) -> str:
    return " ".join(word.teks for word in part)


def tabel_tanpa_garis(
    lines: list[list[Kata]],
) -> tuple[list[TabelPdf], list[list[Kata]]]:
    """Tables printed without rules among a page's lines, and the lines left over.

    A header line (see `_NAMA_KOLOM`) gives the columns, each from its name's left edge to the
    next name's. A line just above it whose parts lie left of every name names the first
    columns ("Indikator Kinerja" over a header row "Target Realisasi Capaian"); a part above
    the names is a label over several columns ("Kinerja"): one that starts where a column
    does is that column's, as a text table writes it (`tabel.py` spans it to the right);
    one that starts anywhere else (centred) spans columns that cannot be told without
    rules, and the table is reported unreadable.

    The lines below whose every part lies under one column are its rows, until a line that
    does not, or a gap wider by half a line than the one above the first row (a paragraph's
    margin). One line is one row: with no rules, a line that leaves columns empty and holds
    no figure may go on the row above or begin the one below, so such a table is reported
    unreadable rather than guessed — unless that line is a sasaran or kegiatan heading."""
    tables: list[TabelPdf] = []
    rest: list[list[Kata]] = []
    right_edge = max((word.x1 for line in lines for word in line), default=0.0)
    index = 0
    while index < len(lines):
        line = lines[index]
        parts = _kepala_tanpa_garis(line)
        if parts is None:
            rest.append(line)
            index += 1
            continue
        height = max(word.bottom - word.top for word in line)
        top = min(word.top for word in line)
        header = [[_teks(part) for part in parts]]
        alasan = ""
        above = rest[-1] if rest else None
        joined_above = False
        # The rows of a header lie closer than a paragraph's margin: half a line at most.
        if above and top - max(word.bottom for word in above) < 0.5 * height:
            leading = [part for part in _bagian(above) if part[-1].x1 < parts[0][0].x0]
            labels = [""] * len(parts)
            for part in _bagian(above)[len(leading) :]:
                # A label over several columns starts where the first of them does, as a
                # text table writes it; one set anywhere else spans columns unknown.
                starts = [abs(part[0].x0 - name[0].x0) <= _TOLERANSI for name in parts]
                if True in starts:
                    labels[starts.index(True)] = _teks(part)
                else:
                    alasan = "tabel tanpa garis, judul kolom bertingkat tidak dapat dipetakan"
            if leading or any(labels):
                rest.pop()
                joined_above = True
                header = [[_teks(part) for part in leading] + labels]
                header.append([""] * len(leading) + [_teks(part) for part in parts])
                parts = leading + parts
                top = min(word.top for word in above)
        starts = [part[0].x0 for part in parts]
        columns = [
            (start - height, end - _TOLERANSI)
            for start, end in zip(starts, starts[1:] + [right_edge + height], strict=True)
        ]
        rows, bottom = list(header), max(word.bottom for word in line)
        usual = None  # the gap above the first row: a table's rows lie evenly
        index += 1
        while index < len(lines):
            following = lines[index]
            gap = min(word.top for word in following) - bottom
            if gap > (2 * height if usual is None else usual + 0.5 * height):
                break
            cells = [""] * len(columns)
            for part in _bagian(following):
                column = _kolom_bagian(part, columns)
                if column is None:
                    break
                cells[column] = f"{cells[column]} {_teks(part)}".strip()
            else:
                filled = [cell for cell in cells if cell]
                if (
                    len(filled) < len(cells)
                    and not any(_ANGKA.match(cell) for cell in filled)
                    and not _JUDUL_BARIS.match(filled[0])
                ):
                    alasan = alasan or (
                        "tabel tanpa garis, baris yang bersambung tidak dapat dipastikan"
                    )
                rows.append(cells)
                usual = gap if usual is None else usual
                bottom = max(word.bottom for word in following)
                index += 1
                continue
            break
        if len(rows) == len(header):  # a header with no rows under it is text after all
            rest += [above, line] if joined_above and above else [line]
            continue
        tables.append(TabelPdf(rows, top, bottom, columns[0][0], columns[-1][1], alasan=alasan))
    return tables, rest


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
    outside = [word for word in words if id(word) not in taken]
    lines = _baris(outside)
    unruled, lines = tabel_tanpa_garis(lines)
    page.tabel += unruled
    page.tabel.sort(key=lambda table: table.top)
    for line in lines:
        page.baris.append(
            BarisTeks(
                " ".join(word.teks for word in line),
                min(word.top for word in line),
                max(word.bottom for word in line),
            )
        )
    return page
