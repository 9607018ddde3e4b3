"""Helpers shared by the management commands: year and Indonesian decimal input."""

from decimal import Decimal

from django.core.management.base import CommandError

from kinerja.core.formatting import parse_desimal


def tahun_argument(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2200:
        raise CommandError(f"Tahun tidak sah: {text!r} (contoh: 2024).")
    return int(text)


def desimal_argument(text: str, name: str) -> Decimal:
    try:
        return parse_desimal(text)
    except ValueError as error:
        raise CommandError(f"{name}: {error}") from error
