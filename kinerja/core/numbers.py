"""Numbers as people type them: `94,74`, `94.74`, `1.748.912.000`, `Rp 1.748.912.000,00`, `95%`.

Plain Python (no Django), Decimal only. One reader for forms, the admin and the command line,
so a figure typed anywhere is read the same way.

Rules:

- Whitespace around the number, the sign, `Rp` and `%` is ignored (non-breaking spaces too);
  whitespace inside the digits is refused rather than guessed at.
- A leading `-` or `−` makes the number negative; callers decide whether negatives are allowed.
- Only digits, `.` and `,` otherwise: letters, exponents (`1e5`), `NaN` and `Infinity` are refused.
- With both `.` and `,`, the last one is the decimal mark and the other must group thousands
  properly: `1.748.912.000,50` and `1,748,912,000.50`; `1.23,4` is refused.
- Only commas: one comma is a decimal comma (`94,74`; `1,500` is 1,5); several commas must group
  thousands properly (`1,748,912,000`).
- Only dots: several dots must group thousands properly (`1.748.912.000`); a single dot is a
  decimal point (`94.74`, `0.200` is 0,2, `1234.567`) except when it is exactly one thousands
  group, see below.
- `UKURAN` (target, realisation) and `PERSEN` may end in `%` and refuse `Rp`; `RUPIAH` may start
  with `Rp`/`Rp.`, refuses `%` and any non-zero fraction (`1.500,00` is fine).
- At most 15 digits before the decimal mark (18 for Rupiah, the width of the Rupiah columns) and
  at most 4 after it (the measure columns' scale), so an absurd figure gets a message instead of
  an overflow further on.

The one ambiguity: a single dot followed by exactly three digits, after one to three digits not
starting with 0 (`1.500`, `12.000`, `250.000`), could be a thousands group or a decimal point.
It is read the Indonesian way, as thousands: `1.500` is 1500. Someone meaning one and a half
writes `1,5` (or `1.5`). A leading 0 or a fourth leading digit (`0.200`, `1234.567`) cannot be
a thousands group, so there the dot is a decimal point.
"""

import re
from decimal import Decimal
from enum import StrEnum

from kinerja.core.pesan import gettext_noop


class JenisAngka(StrEnum):
    UKURAN = "ukuran"  # a target or a realisation: may end in %
    PERSEN = "persen"  # a percentage: may end in %
    RUPIAH = "rupiah"  # money: may start with Rp/Rp., whole numbers only


class AngkaTidakSah(ValueError):
    """A text that is not a number of the kind asked for. `str()` is the Indonesian message;
    `pesan` (a template marked for translation) and `nilai` let a page say it in the reader's
    language."""

    def __init__(self, pesan: str, **nilai: object):
        super().__init__(pesan % nilai)
        self.pesan = pesan
        self.nilai = nilai


MAKS_ANGKA_DEPAN = {JenisAngka.UKURAN: 15, JenisAngka.PERSEN: 15, JenisAngka.RUPIAH: 18}
MAKS_ANGKA_BELAKANG = 4

_NAMA = {
    JenisAngka.UKURAN: gettext_noop("target atau realisasi"),
    JenisAngka.PERSEN: gettext_noop("persentase"),
    JenisAngka.RUPIAH: "Rupiah",
}
_MINUS = ("-", "\u2212")
_RP = re.compile(r"rp\.?", re.IGNORECASE)
# [0-9], not \d: \d also matches Arabic-Indic and other digits Decimal would accept.
_BODY = re.compile(r"[0-9.,]+")
_GROUPED = {
    ".": re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+"),
    ",": re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+"),
}


def parse_angka(text: str, jenis: JenisAngka = JenisAngka.UKURAN) -> Decimal:
    """The number `text` stands for, read by the rules above; AngkaTidakSah when it is none."""
    jenis = JenisAngka(jenis)  # a plain "rupiah" must not slip past the `is` checks below
    body, negative = _strip_marks(text, jenis)
    whole, fraction = _split(body, text)
    # Leading and trailing zeros carry no value: 0.200 has one decimal, 007 one digit.
    whole, fraction = whole.lstrip("0"), fraction.rstrip("0")
    limit = MAKS_ANGKA_DEPAN[jenis]
    if len(whole) > limit:
        raise AngkaTidakSah(
            gettext_noop("Angka terlalu besar: %(teks)s (maksimal %(batas)s angka sebelum koma)."),
            teks=_kutip(text),
            batas=limit,
        )
    if jenis is JenisAngka.RUPIAH and fraction:
        raise AngkaTidakSah(
            gettext_noop("Rupiah harus bilangan bulat: %(teks)s."), teks=_kutip(text)
        )
    if len(fraction) > MAKS_ANGKA_BELAKANG:
        raise AngkaTidakSah(
            gettext_noop(
                "Angka %(teks)s: terlalu banyak angka di belakang koma (maksimal %(batas)s)."
            ),
            teks=_kutip(text),
            batas=MAKS_ANGKA_BELAKANG,
        )
    if not whole and not fraction:
        return Decimal(0)  # never -0, which would print as "-0"
    # Built from text, not by arithmetic: exact whatever the decimal context's precision.
    sign = "-" if negative else ""
    return Decimal(f"{sign}{whole or 0}.{fraction}" if fraction else f"{sign}{whole}")


def _strip_marks(text: str, jenis: JenisAngka) -> tuple[str, bool]:
    """The digits and separators of `text` once the sign, `Rp` and `%` are taken off."""
    cleaned = text.strip()
    if not cleaned:
        raise AngkaTidakSah(gettext_noop("Angka kosong: %(teks)s."), teks=_kutip(text))
    negative = cleaned[0] in _MINUS
    if negative:
        cleaned = cleaned[1:].lstrip()
    rupiah = _RP.match(cleaned)
    if rupiah:
        if jenis is not JenisAngka.RUPIAH:
            raise AngkaTidakSah(
                gettext_noop("Rp tidak berlaku untuk %(jenis)s: %(teks)s."),
                jenis=_NAMA[jenis],
                teks=_kutip(text),
            )
        cleaned = cleaned[rupiah.end() :].lstrip()
        # Both `-Rp 5.000` and `Rp -5.000` are written; one sign only.
        if not negative and cleaned[:1] in _MINUS:
            negative, cleaned = True, cleaned[1:].lstrip()
    if cleaned.endswith("%"):
        if jenis is JenisAngka.RUPIAH:
            raise AngkaTidakSah(
                gettext_noop("Rupiah tidak memakai %%: %(teks)s."), teks=_kutip(text)
            )
        cleaned = cleaned[:-1].rstrip()
    if not _BODY.fullmatch(cleaned):
        contoh = (
            "Rp 1.748.912.000"
            if jenis is JenisAngka.RUPIAH
            else gettext_noop("94,74 atau 1.748.912.000")
        )
        raise AngkaTidakSah(
            gettext_noop("Angka tidak dikenali: %(teks)s (contoh: %(contoh)s)."),
            teks=_kutip(text),
            contoh=contoh,
        )
    return cleaned, negative


def _split(body: str, text: str) -> tuple[str, str]:
    """(whole digits, fraction digits) of a body made of digits, dots and commas."""
    has_dot, has_comma = "." in body, "," in body
    if has_dot and has_comma:
        mark = "," if body.rfind(",") > body.rfind(".") else "."
        group = "." if mark == "," else ","
        whole, _, fraction = body.rpartition(mark)
        if mark in whole:
            raise AngkaTidakSah(
                gettext_noop("Angka tidak dikenali: %(teks)s (tanda desimal lebih dari satu)."),
                teks=_kutip(text),
            )
        if not _GROUPED[group].fullmatch(whole):
            raise _bad_grouping(text)
        return whole.replace(group, ""), _fraction(fraction, text)
    separator = "," if has_comma else "." if has_dot else ""
    if not separator:
        return body, ""
    if body.count(separator) > 1:
        if not _GROUPED[separator].fullmatch(body):
            raise _bad_grouping(text)
        return body.replace(separator, ""), ""
    if separator == "." and _GROUPED["."].fullmatch(body):
        return body.replace(".", ""), ""  # the ambiguous `1.500`: thousands, see the docstring
    whole, _, fraction = body.partition(separator)
    return whole, _fraction(fraction, text)


def _fraction(digits: str, text: str) -> str:
    if not digits:
        raise AngkaTidakSah(
            gettext_noop("Angka tidak dikenali: %(teks)s (tidak ada angka sesudah tanda desimal)."),
            teks=_kutip(text),
        )
    return digits


def _bad_grouping(text: str) -> AngkaTidakSah:
    return AngkaTidakSah(
        gettext_noop(
            "Pemisah ribuan tidak sah: %(teks)s (kelompok ribuan harus tiga angka, "
            "mis. 1.748.912.000)."
        ),
        teks=_kutip(text),
    )


def _kutip(text: str) -> str:
    # Messages quote the input; a pasted page of text is cut so the message stays readable.
    return repr(text) if len(text) <= 40 else repr(text[:40]) + "…"
