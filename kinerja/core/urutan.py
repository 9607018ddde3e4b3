"""Codes sorted as people number them: 3360-2 before 3360-10. Plain Python."""

import re

_BAGIAN = re.compile(r"(\d+)")


def kunci_kode(kode: str) -> tuple:
    """A sort key reading each run of digits as a number (3360-2 < 3360-10 < 3360-11)."""
    return tuple(
        (0, int(part), "") if part.isdecimal() else (1, 0, part.casefold())
        for part in _BAGIAN.split(kode or "")
        if part
    )
