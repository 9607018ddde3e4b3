"""Texts that the Django-free modules write for people (a capaian rule, a note on a figure, a
reviu finding), readable in the reader's language.

A `Pesan` *is* its Indonesian text (a `str`: comparisons, joins, exports, the generated
documents and the tests see Indonesian), and it remembers the template it was made from and
the values put into it. Where it is shown on a page it says itself in the language of the
request: Django's templates call `__html__` on whatever they print, and `__html__` translates
the template and the values that are themselves `Pesan`; the values that are data (an
indicator's name, a figure already formatted) stay as they are.

This module imports no Django: the translating function is handed in once at start-up
(`kinerja.core.apps`); without it, a `Pesan` reads as its Indonesian text everywhere.
`makemessages` collects the first argument of every `Pesan(...)` call (kinerja's own
makemessages adds the keyword), so a template is written once, where it is used.
"""

import html
from collections.abc import Callable


def gettext_noop(text: str) -> str:
    """Marks a template for the catalogue without translating it (makemessages reads this
    name): for a template chosen among several before it goes into a `Pesan`."""
    return text


def _indonesian(template: str) -> str:
    return template


_translate: Callable[[str], str] = _indonesian


def pasang_penerjemah(translate: Callable[[str], str]) -> None:
    """Sets the function that gives a template in the active language (Django's gettext)."""
    global _translate
    _translate = translate


# Not a literal inside Pesan(...): nothing to translate, so kept out of the catalogue.
_BERSAMBUNG = "%(kiri)s%(kanan)s"


class Pesan(str):
    """An Indonesian text made from `templat` % `nilai`, that can say itself in another
    language. A template with no values is not %-formatted (so `100%` needs no escaping)."""

    templat: str
    nilai: dict[str, object]

    def __new__(cls, templat: str, /, **nilai: object) -> "Pesan":
        self = super().__new__(cls, templat % nilai if nilai else templat)
        self.templat = templat
        self.nilai = nilai
        return self

    def __getnewargs__(self) -> tuple[str]:
        # Copied and pickled as its Indonesian text; the template and values come back with
        # the instance's __dict__.
        return (str(self),)

    def terjemahan(self) -> str:
        """The text in the active language."""
        template = _translate(self.templat)
        if not self.nilai:
            return template
        return template % {key: terjemahkan(value) for key, value in self.nilai.items()}

    def __html__(self) -> str:
        return html.escape(self.terjemahan(), quote=True)

    def __add__(self, other: str) -> "Pesan":
        return Pesan(_BERSAMBUNG, kiri=self, kanan=other)

    def __radd__(self, other: str) -> "Pesan":
        return Pesan(_BERSAMBUNG, kiri=other, kanan=self)


def terjemahkan(value: object) -> object:
    """`value` in the active language if it is a `Pesan`; anything else as it is."""
    return value.terjemahan() if isinstance(value, Pesan) else value


def gabung(pemisah: str, bagian: list) -> str:
    """`pemisah.join(bagian)` that keeps each part translatable."""
    bagian = list(bagian)
    if not any(isinstance(part, Pesan) for part in bagian):
        return pemisah.join(bagian)
    keys = {f"b{index}": part for index, part in enumerate(bagian)}
    return Pesan(pemisah.replace("%", "%%").join(f"%({key})s" for key in keys), **keys)
