"""Indonesian presentation of numbers, money, percentages and dates.

Plain Python (no Django): figures are kept at full precision and rounded half-up only here,
at presentation.
"""

import datetime
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal

from kinerja.core.pesan import Pesan

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def _context(digits: int) -> Context:
    """A context holding `digits` significant digits at any exponent.

    The default context keeps 28 digits: quantizing a value that needs more (a 27-digit figure
    to two places) raises InvalidOperation, and normalize() rounds. Presentation must neither
    fail nor change a number.
    """
    return Context(prec=min(max(digits, 1), MAX_PREC), Emax=MAX_EMAX, Emin=MIN_EMIN)


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    # Whole digits + places, + 1 for a carry (999,995 → 1.000,00).
    digits = max(value.adjusted() + 1, 1) + max(places, 0) + 1
    step = Decimal((0, (1,), -places))
    return value.quantize(step, rounding=ROUND_HALF_UP, context=_context(digits))


def _group(digits: str) -> str:
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ".".join(groups)


def plain_decimal(value: Decimal) -> str:
    """Machine form without padding or exponent: `Decimal("95.0000")` → `95`, 1E+2 → `100`.

    Used for JSON documents and audit snapshots, so 95 read back from a 4-decimal column
    equals 95 as typed.
    """
    return format(value.normalize(context=_context(len(value.as_tuple().digits))), "f")


def desimal_koma(value: Decimal) -> str:
    """Every digit a value has, with a decimal comma and no grouping: `4.8800` → `4,88`. For
    texts and inputs Indonesian users read back exactly (rule texts, scale bounds, forms)."""
    return plain_decimal(value).replace(".", ",")


def decimal_text(value: Decimal | None) -> str | None:
    """JSON form of a decimal: a plain string, or None."""
    return None if value is None else plain_decimal(value)


def rupiah_int(value: Decimal | None) -> int | None:
    """JSON form of a Rupiah amount: an integer, or None."""
    return None if value is None else int(value)


def format_angka(value: Decimal | int, places: int = 0) -> str:
    """`1234567.891` → `1.234.567,89` with places=2; grouping dot, decimal comma."""
    number = round_half_up(Decimal(value), places)
    sign = "-" if number < 0 else ""
    # copy_abs, not abs(): abs() rounds to the context's 28 digits.
    text = f"{number.copy_abs():.{places}f}"
    whole, _, fraction = text.partition(".")
    return sign + _group(whole) + ("," + fraction if fraction else "")


def format_desimal(value: Decimal | int) -> str:
    """Up to two decimals, trailing zeros dropped: `95` → `95`, `94.444` → `94,44`."""
    text = format_angka(value, 2)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def format_ukuran(value: Decimal | None, satuan: str = "") -> str:
    """A target or realisation with its unit: `95%`, `12 dokumen`; `–` when there is none."""
    if value is None:
        return "–"
    number = format_desimal(value)
    return f"{number}%" if satuan == "%" else f"{number} {satuan}".rstrip()


def format_target(target, satuan: str = "") -> str:
    """A target of record (planning.targets.Target: a number, or the text a document wrote)
    as a reader sees it."""
    if target is None:
        return "–"
    if target.angka is None:
        return target.teks
    return format_ukuran(target.angka, satuan)


def format_persen(value: Decimal | int) -> str:
    """`94.7368…` → `94,74%` (always two decimals, half-up)."""
    return format_angka(value, 2) + "%"


def format_poin(value: Decimal | int) -> str:
    """A difference of percentages in points, with two decimals as the percentages it comes from:
    `9.5` → `9,50`, `0` → `0,00` (format_desimal would print `9,5` and `0`)."""
    return format_angka(value, 2)


def format_rupiah(value: Decimal | int) -> str:
    """`1748912000` → `Rp 1.748.912.000`; Rupiah are whole numbers."""
    return "Rp " + format_angka(value, 0)


# Not inside Pesan(...): the order is the same in English, only the month is translated.
_TANGGAL = "%(hari)s %(bulan)s %(tahun)s"


def format_tanggal(value: datetime.date) -> str:
    """`2025-01-16` → `16 Januari 2025`; on a page, the month in the reader's language (its
    Indonesian name is the msgid, translated with the periods of kinerja.core.choices)."""
    return Pesan(_TANGGAL, hari=value.day, bulan=Pesan(BULAN[value.month - 1]), tahun=value.year)


# Not inside Pesan(...) either: the same order in English.
_WAKTU = "%(tanggal)s %(jam)s"


def format_waktu(value: datetime.datetime) -> str:
    """A moment as read on a page: `29 November 2026 22:07` (the caller gives it in the
    reader's time zone)."""
    return Pesan(_WAKTU, tanggal=format_tanggal(value), jam=value.strftime("%H:%M"))
