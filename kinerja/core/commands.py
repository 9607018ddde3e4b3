"""Helpers shared by the management commands: year and Indonesian decimal input."""

from decimal import Decimal

from django.core.management.base import CommandError

from kinerja.core.numbers import AngkaTidakSah, JenisAngka, parse_angka
from kinerja.core.tahun import TAHUN_MAKS, TAHUN_MIN, tahun_dalam_rentang


def tahun_argument(text: str | int) -> int:
    text = str(text)  # call_command may pass the year as a number
    # isascii: isdigit() also accepts `²`, which int() then refuses with a traceback.
    if not (text.isascii() and text.isdigit()) or not tahun_dalam_rentang(int(text)):
        raise CommandError(
            f"Tahun tidak sah: {text!r} (antara {TAHUN_MIN} dan {TAHUN_MAKS}, contoh: 2024)."
        )
    return int(text)


def desimal_argument(text: str, name: str, jenis: JenisAngka = JenisAngka.UKURAN) -> Decimal:
    # argparse hands `--target=--` over as a list on some Python versions.
    if not isinstance(text, str):
        raise CommandError(f"{name}: nilai tidak dikenali ({text!r}).")
    try:
        return parse_angka(text, jenis)
    except AngkaTidakSah as error:
        raise CommandError(f"{name}: {error}") from error
