"""Reading one spreadsheet cell of an LKE workbook: numbers without float, yes/no, headers.
No Django.

openpyxl hands a numeric cell over as a float (it parses the stored text "4.5" with float());
`repr` of that float is the shortest text that reads back as the same float, which is the text
the workbook stored, so the Decimal is made from it and never from the binary value. A number
typed as text may use a decimal comma or a decimal point, not both.
"""

import re
from decimal import Decimal, InvalidOperation

from kinerja.core.pesan import Pesan

YA = {"ya", "y", "true", "1", "x", "v", "✓", "wajib"}
TIDAK = {"tidak", "t", "false", "0", "-", "tdk"}


class SelTidakSah(ValueError):
    """A cell that cannot be read as asked; `pesan` says why, in Indonesian."""

    def __init__(self, pesan: Pesan):
        super().__init__(pesan)
        self.pesan = pesan


def teks(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def desimal(value: object, *, persen: bool = False) -> Decimal | None:
    """A cell as an exact Decimal, None when empty. With `persen`, "90%" reads as 0.9."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise SelTidakSah(Pesan("«%(isi)s» bukan angka.", isi=value))
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = re.sub(r"\s", "", str(value))
    per_seratus = persen and text.endswith("%")
    if per_seratus:
        text = text[:-1]
    if "," in text and "." in text:
        raise SelTidakSah(
            Pesan(
                "«%(isi)s» memakai koma dan titik sekaligus; tulis satu pemisah desimal.", isi=value
            )
        )
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise SelTidakSah(Pesan("«%(isi)s» bukan angka.", isi=value))
    if not per_seratus:
        return number
    # The exponent moved by hand: dividing (or scaleb) rounds to the context's 28 digits.
    sign, digits, exponent = number.as_tuple()
    return Decimal((sign, digits, exponent - 2))


def ya_tidak(value: object, *, kosong: bool) -> bool:
    """Ya/Tidak (also Y/T, 1/0, x); `kosong` is the answer for an empty cell."""
    if isinstance(value, bool):
        return value
    text = teks(value).lower()
    if not text:
        return kosong
    if text in YA:
        return True
    if text in TIDAK:
        return False
    raise SelTidakSah(Pesan("«%(isi)s» bukan Ya atau Tidak.", isi=value))


def kunci(value: object) -> str:
    """A header or a scale name compared loosely: case, punctuation and spacing ignored
    ("Bukti Dukung", "bukti-dukung"; "Y/T", "y-t")."""
    return " ".join(re.findall(r"[0-9a-z]+", teks(value).lower()))
