"""The structure of a report from its blocks: running heads dropped, tables cut by a page
break joined again, sections (cover, Kata Pengantar, Ikhtisar, Daftar Isi, BAB I–V and their
lettered parts, Lampiran) with where they begin, the year, the organisation, and each table
with its caption, section and kind. Plain Python, no Django.

Sections: a report names its sections more than once — in the Daftar Isi and again in BAB I's
"sistematika penulisan" — so a heading line alone proves nothing. Heading lines close together
that name a section named before are such a list, and so is a heading line followed directly
by another; they are left out. of the rest, the ones
taken are the longest run in the fixed order of an LKjIP (Kata Pengantar … Lampiran); among
equally long runs, the one whose shortest section is the longest (a list of headings opens
sections a line long), then the one whose sections are the most even in length.
"""

import math
import re
from collections import Counter

from kinerja.periksa.dokumen import (
    Bagian,
    Blok,
    JenisTabel,
    Kalimat,
    Laporan,
    Paragraf,
    Tabel,
    TabelMentah,
)
from kinerja.periksa.tabel import klasifikasi

_SAMPUL = "Sampul"
_BAB = ("I", "II", "III", "IV", "V")
_JUDUL = (
    (re.compile(r"^kata pengantar$", re.I), "Kata Pengantar"),
    (re.compile(r"^(ikhtisar|ringkasan) eksekutif$", re.I), "Ikhtisar Eksekutif"),
    (re.compile(r"^daftar isi$", re.I), "Daftar Isi"),
    (re.compile(r"^bab\s+(i|ii|iii|iv|v)(?:\s+[^.\d]{0,60})?$", re.I), "BAB"),
    (re.compile(r"^lampiran(?:\s[^.\d]{0,40})?$", re.I), "Lampiran"),
)
_URUTAN = ["Kata Pengantar", "Ikhtisar Eksekutif", "Daftar Isi"]
_URUTAN += [f"BAB {roman}" for roman in _BAB] + ["Lampiran"]
_SUBBAB = re.compile(r"^([A-H])\.\s+([A-Z].{2,110})$")
_SASARAN = re.compile(r"^Sasaran\s+(\d+)\s*[:.]\s*(.+)$", re.I)
_JUDUL_PK = re.compile(r"^PERJANJIAN KINERJA TAHUN \d{4}")
_TAHUN = re.compile(r"\btahun\s+((?:19|20)\d{2})\b", re.I)
_KEPALA_KOLOM = re.compile(
    r"^(no\.?|nomor|nama( pegawai)?|indikator( kinerja)?( utama| kegiatan)?|target( \(%\))?|"
    r"uraian|kegiatan|sasaran( strategis| kegiatan)?)$",
    re.I,
)


def _judul(teks: str) -> str | None:
    for pattern, name in _JUDUL:
        match = pattern.match(teks.strip())
        if match:
            return f"BAB {match.group(1).upper()}" if name == "BAB" else name
    return None


def _kepala_halaman(blocks: list[Blok]) -> tuple[set[str], set[str]]:
    """Short upper-case lines printed on many pages: a page's running head, not its text."""
    counts = Counter(
        block.teks
        for block in blocks
        if isinstance(block, Paragraf)
        and len(block.teks) <= 80
        and block.teks.isupper()
        # A NIP line or a PK's title is repeated on purpose and read.
        and not any(character.isdigit() or character == ":" for character in block.teks)
    )
    heads = {text for text, count in counts.items() if count >= 4}
    # A head printed over two lines on some pages ("SEKRETARIAT KOMISI PEMILIHAN UMUM" /
    # "KOTA PRABUMULIH") is a part of one printed whole on others.
    parts = {
        text
        for text in counts
        if len(text) >= 10 and any(text in head and text != head for head in heads)
    }
    return heads, parts


def _hanya_kepala(teks: str, heads: set[str]) -> bool:
    """Whether a line is only running heads run together ("LAPORAN KINERJA SEKRETARIAT …").
    Every way of cutting it is tried: taking the first head that fits, in the order a set
    happens to give, read the same line as a head in one run and as text in another."""
    pending, reached = [0], {0}
    while pending:
        start = pending.pop()
        if start == len(teks):
            return True
        for head in heads:
            if teks.startswith(head, start):
                end = start + len(head)
                while end < len(teks) and teks[end] == " ":
                    end += 1
                if end not in reached:
                    reached.add(end)
                    pending.append(end)
    return False


def _tanpa_kepala(blocks: list[Blok]) -> list[Blok]:
    heads, parts = _kepala_halaman(blocks)
    seen: set[str] = set()
    kept: list[Blok] = []
    for block in blocks:
        if isinstance(block, Paragraf) and heads and _hanya_kepala(block.teks, heads | parts):
            cover = not any(isinstance(earlier, TabelMentah) for earlier in kept)
            if cover and block.teks in heads and block.teks not in seen:
                seen.add(block.teks)  # on the cover, the running head is the title
                kept.append(block)
            continue
        kept.append(block)
    return kept


def _baris_kepala(row: tuple[str, ...]) -> bool:
    return any(_KEPALA_KOLOM.match(cell.strip()) for cell in row if cell.strip())


def _sambung_tabel(blocks: list[Blok]) -> list[Blok]:
    """A table split by a page break (nothing but running heads between, and no header row on
    the second part) is one table."""
    joined: list[Blok] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (
            isinstance(block, TabelMentah)
            and isinstance(previous, TabelMentah)
            and block.baris
            and not _baris_kepala(block.baris[0])
        ):
            # A continued row that lost its leading empty cells (the "No" column) is aligned
            # on the right, where its figures are.
            width = max(len(row) for row in previous.baris)
            rows = tuple(("",) * (width - len(row)) + row for row in block.baris)
            joined[-1] = TabelMentah(
                previous.baris + rows, previous.lokasi, previous.alasan or block.alasan
            )
        else:
            joined.append(block)
    return joined


def _panjang(block: Blok) -> int:
    if isinstance(block, Paragraf):
        return len(block.teks)
    return sum(len(cell) for row in block.baris for cell in row)


def _daftar_judul(blocks: list[Blok], index: int) -> bool:
    """Whether the heading line at `index` is one of a list of headings (a table of contents,
    a "sistematika penulisan"): the next paragraph is a heading too."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return isinstance(following, Paragraf) and _judul(following.teks) is not None


def _pilih_judul(blocks: list[Blok]) -> dict[int, str]:
    """{block index: section} of the heading lines taken (see the module's docstring)."""
    raw = [
        (index, name)
        for index, block in enumerate(blocks)
        if isinstance(block, Paragraf) and (name := _judul(block.teks))
    ]
    # Heading lines at most five blocks apart, in the order of an LKjIP, form a group; a group
    # that names a section already taken before it (BAB I's "sistematika" lists Kata Pengantar
    # again) is a list.
    groups: list[list[tuple[int, str]]] = []
    for item in raw:
        if (
            groups
            and item[0] - groups[-1][-1][0] <= 5
            and _URUTAN.index(item[1]) > _URUTAN.index(groups[-1][-1][1])
        ):
            groups[-1].append(item)
        else:
            groups.append([item])
    seen: set[str] = set()
    candidates = []
    for group in groups:
        names = [name for _, name in group]
        repeated = len(set(names)) < len(names) or any(name in seen for name in names)
        if not repeated:
            kept = [item for item in group if not _daftar_judul(blocks, item[0])]
            seen.update(name for _, name in kept)
            candidates += kept
    if not candidates:
        return {}
    prefix = [0]
    for block in blocks:
        prefix.append(prefix[-1] + _panjang(block))

    def score(start: int, end: int) -> float:
        return math.log1p(prefix[end] - prefix[start])

    # From candidate i on: (sections taken, the shortest of them, evenness), and the next
    # candidate taken. A list of headings opens sections a line or two long: the shortest
    # section tells it apart from the report's own headings.
    Nilai = tuple[int, int, float]
    best: list[tuple[Nilai, int | None]] = [((0, 0, 0.0), None)] * len(candidates)
    for i in range(len(candidates) - 1, -1, -1):
        position, name = candidates[i]
        to_end = prefix[len(blocks)] - prefix[position]
        choice: tuple[Nilai, int | None] = ((1, to_end, score(position, len(blocks))), None)
        for j in range(i + 1, len(candidates)):
            other_position, other = candidates[j]
            if _URUTAN.index(other) > _URUTAN.index(name):
                (count, shortest, evenness), _ = best[j]
                length = prefix[other_position] - prefix[position]
                value = (
                    count + 1,
                    min(shortest, length),
                    evenness + score(position, other_position),
                )
                if value > choice[0]:
                    choice = (value, j)
        best[i] = choice
    start = max(range(len(candidates)), key=lambda i: best[i][0])
    taken: dict[int, str] = {}
    current: int | None = start
    while current is not None:
        taken[candidates[current][0]] = candidates[current][1]
        current = best[current][1]
    return taken


def _tahun_sampul(cover: list[str]) -> int | None:
    for text in cover:
        match = _TAHUN.search(text)
        if match:
            return int(match.group(1))
    return None


# Cover lines that go with the title, not the body's name.
_BUKAN_NAMA = re.compile(
    r"^(\(?LKj?I?P\)?|LAKIP|INSTANSI PEMERINTAH|TAHUN.*|\d{4}|LAPORAN.*)$", re.I
)


def _organisasi(cover: list[str]) -> str:
    """The line after the title ("LAPORAN KINERJA" … its words and year), else the upper-case
    line before it: covers print the body's name below or above the title."""
    for index, text in enumerate(cover):
        if text.upper().startswith("LAPORAN KINERJA"):
            after = _baris_nama(cover[index + 1 :])
            before = _baris_nama(list(reversed(cover[:index])))
            return " ".join(after) if after else " ".join(reversed(before))
    return ""


def _baris_nama(lines: list[str]) -> list[str]:
    """The first run of name lines ("KECAMATAN PILANGKENCENG" / "KABUPATEN MADIUN"), the
    title's own words and years skipped before it and ending it."""
    run: list[str] = []
    for line in lines:
        if _BUKAN_NAMA.match(line) or not line.isupper():
            if run:
                break
            continue
        run.append(line)
    return run


def susun(blocks: list[Blok], tahun: int | None = None) -> Laporan:
    blocks = _sambung_tabel(_tanpa_kepala(blocks))
    headings = _pilih_judul(blocks)
    first = min(headings) if headings else len(blocks)
    cover = [block.teks for block in blocks[:first] if isinstance(block, Paragraf)]
    year = tahun or _tahun_sampul(cover)
    if year is None:
        mentioned = Counter(
            int(match.group(1))
            for block in blocks
            if isinstance(block, Paragraf)
            for match in _TAHUN.finditer(block.teks)
        )
        year = mentioned.most_common(1)[0][0] if mentioned else None
    report = Laporan(tahun=year, organisasi=_organisasi(cover))
    report.bagian.append(Bagian(_SAMPUL, blocks[0].lokasi if blocks else ""))
    major, letter, context = _SAMPUL, "", ""
    pk_title: list[str] = []
    recent: list[str] = []
    for index, block in enumerate(blocks):
        if index in headings:
            major, letter, context = headings[index], "", ""
            report.bagian.append(Bagian(major, block.lokasi))
            recent = []
            continue
        label = f"{major}.{letter}" if letter else major
        if isinstance(block, Paragraf):
            text = block.teks
            sub = _SUBBAB.match(text)
            if major.startswith("BAB") and sub and sub.group(1) > letter:
                letter, context = sub.group(1), ""
                report.bagian.append(Bagian(f"{major}.{letter}", block.lokasi))
                recent = [text]
                continue
            if sasaran := _SASARAN.match(text):
                context = f"Sasaran {sasaran.group(1)}: {sasaran.group(2)}"
            elif _JUDUL_PK.match(text):
                pk_title = [text]
                context = text
            elif (
                pk_title and text.isupper() and len(pk_title) < 3 and recent[-1:] == [pk_title[-1]]
            ):
                pk_title.append(text)
                context = " ".join(pk_title)
            report.paragraf.append(Kalimat(text, block.lokasi, label, context))
            recent = (recent + [text])[-2:]
            continue
        caption = recent[-1] if recent else ""
        if len(recent) == 2 and recent[0].lower().startswith("tabel"):
            caption = f"{recent[0]} {recent[1]}"
        table = Tabel(len(report.tabel) + 1, block.baris, block.lokasi, label, caption)
        table.konteks = context
        table.jenis, table.alasan = klasifikasi(table)
        if block.alasan:  # the reader could not tell its rows apart: its kind is no help
            table.jenis, table.alasan = JenisTabel.TAK_TERBACA, block.alasan
        report.tabel.append(table)
        recent = []
    return report
