"""Targets as documents write them. Plain Python, no Django.

A target is a number (95; 4,88) or, when a document writes something else, the text as written:

- a range: "7–8", "80 - 90%", "7 s.d. 8 bulan", "antara 7 dan 8";
- a threshold: "≥ 95", "minimal 95", "≤ 10", "maksimal 10 hari", "CV ≤ 10", "< 5", "kurang
  dari 5", "di atas 90", "di bawah 5"; its bound may be a name instead of a number: "≥ HPP",
  "di bawah ambang batas";
- a label: "WTP", "Baik".

`baca_target` reads a text into one of Angka, Rentang, Ambang or Label. Nothing is guessed: a text
that is neither a number, a range nor a threshold is a label, compared as written. A target is
never turned into 0 because it is not a number.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from kinerja.core.formatting import format_desimal
from kinerja.core.numbers import AngkaTidakSah, parse_angka


@dataclass(frozen=True)
class Angka:
    nilai: Decimal

    def __str__(self) -> str:
        return format_desimal(self.nilai)


@dataclass(frozen=True)
class Rentang:
    bawah: Decimal
    atas: Decimal

    def __str__(self) -> str:
        return f"{format_desimal(self.bawah)}–{format_desimal(self.atas)}"


@dataclass(frozen=True)
class Ambang:
    """A threshold: `pembanding` is one of ≥ ≤ > <; the bound is a number or a name."""

    pembanding: str
    batas: Decimal | None
    nama_batas: str = ""
    besaran: str = ""  # what is compared, when the text names it ("CV ≤ 10")

    def __str__(self) -> str:
        bound = format_desimal(self.batas) if self.batas is not None else self.nama_batas
        return f"{self.besaran + ' ' if self.besaran else ''}{self.pembanding} {bound}"

    def terpenuhi(self, nilai: Decimal) -> bool:
        if self.batas is None:
            raise ValueError("Ambang bernama tidak dapat dibandingkan dengan angka.")
        return {
            "≥": nilai >= self.batas,
            "≤": nilai <= self.batas,
            ">": nilai > self.batas,
            "<": nilai < self.batas,
        }[self.pembanding]


@dataclass(frozen=True)
class Label:
    teks: str

    def __str__(self) -> str:
        return self.teks


BentukTarget = Angka | Rentang | Ambang | Label

# Longest phrases first, so "tidak kurang dari" is not read as "kurang dari".
_PEMBANDING = [
    ("sekurang-kurangnya", "≥"),
    ("setinggi-tingginya", "≤"),
    ("tidak kurang dari", "≥"),
    ("tidak lebih dari", "≤"),
    ("paling sedikit", "≥"),
    ("paling rendah", "≥"),
    ("paling banyak", "≤"),
    ("paling tinggi", "≤"),
    ("lebih dari", ">"),
    ("kurang dari", "<"),
    ("minimal", "≥"),
    ("minimum", "≥"),
    ("maksimal", "≤"),
    ("maksimum", "≤"),
    ("di atas", ">"),
    ("di bawah", "<"),
    ("min.", "≥"),
    ("maks.", "≤"),
    (">=", "≥"),
    ("=>", "≥"),
    ("<=", "≤"),
    ("=<", "≤"),
    ("≥", "≥"),
    ("≤", "≤"),
    (">", ">"),
    ("<", "<"),
]
_NUMBER = r"[-−]?\d[\d.,]*"
_RANGE = re.compile(
    rf"^(?:antara\s+)?(?P<bawah>{_NUMBER})\s*%?\s*"
    r"(?:–|—|-|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|dan)\s*"
    rf"(?P<atas>{_NUMBER})\s*(?P<satuan>.*)$",
    re.IGNORECASE,
)
# A unit after the number is a word without digits: "10 hari" is a number, "7 s.d. 8" and
# "5 ≥" are not.
_NUMBER_WITH_UNIT = re.compile(rf"^(?P<angka>{_NUMBER})\s*(?P<satuan>%|[^\W\d_][^\d]*)?$")


def _angka(text: str) -> Decimal | None:
    try:
        return parse_angka(text)
    except AngkaTidakSah:
        return None


def _number_and_unit(text: str) -> Decimal | None:
    """`95`, `95%`, `10 hari` → the number; anything else → None."""
    match = _NUMBER_WITH_UNIT.match(text.strip())
    if not match:
        return None
    return _angka(match.group("angka"))


def baca_target(teks: str) -> BentukTarget:
    """Read a target as written. Raises ValueError for an empty text."""
    text = " ".join(teks.split())
    if not text:
        raise ValueError("Target kosong.")
    match = _RANGE.match(text)
    if match:
        low, high = _angka(match.group("bawah")), _angka(match.group("atas"))
        if low is not None and high is not None and low <= high:
            return Rentang(low, high)
    number = _number_and_unit(text)
    if number is not None:
        return Angka(number)
    lowered = text.lower()
    for phrase, pembanding in _PEMBANDING:
        position = lowered.find(phrase)
        if position < 0:
            continue
        # A phrase must stand on its own: "di atas" yes, "kadi atasan" no.
        before = lowered[position - 1] if position else " "
        if phrase[0].isalpha() and before.isalpha():
            continue
        besaran = text[:position].strip(" :")
        bound = text[position + len(phrase) :].strip()
        if not bound:
            break
        number = _number_and_unit(bound)
        if number is not None:
            return Ambang(pembanding, number, besaran=besaran)
        return Ambang(pembanding, None, nama_batas=bound, besaran=besaran)
    return Label(text)


@dataclass(frozen=True)
class Target:
    """A target of record: a number, or the text a document wrote (never both)."""

    angka: Decimal | None = None
    teks: str = ""

    def __post_init__(self) -> None:
        if (self.angka is None) == (not self.teks.strip()):
            raise ValueError("Target berisi angka atau teks tertulis, tidak keduanya.")

    @property
    def bentuk(self) -> BentukTarget:
        return Angka(self.angka) if self.angka is not None else baca_target(self.teks)

    def __str__(self) -> str:
        return self.teks if self.angka is None else format_desimal(self.angka)


def target_dari(angka: Decimal | None, teks: str) -> Target | None:
    """The Target of a stored (number, text) pair; None when neither is set."""
    if angka is None and not teks.strip():
        return None
    return Target(angka, "" if angka is not None else teks)


def angka_tertulis(teks: str) -> Decimal | None:
    """The number a text is, when it is a bare number ("95", "95%", "4,88"), else None: a
    target typed as text that is just a number is kept as a number."""
    if not teks.strip():
        return None
    bentuk = baca_target(teks)
    return bentuk.nilai if isinstance(bentuk, Angka) else None
