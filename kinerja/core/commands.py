"""Helpers shared by the management commands: satker lookup and Indonesian decimal input."""

from decimal import Decimal

from django.core.management.base import CommandError

from kinerja.core.numbers import AngkaTidakSah, JenisAngka, parse_angka
from kinerja.organisations.models import Satker


def satker_from_slug(slug: str) -> Satker:
    satker = Satker.objects.filter(slug=slug).first()
    if satker is None:
        raise CommandError(f"Satker dengan slug {slug!r} tidak ditemukan.")
    return satker


def tahun_argument(text: str) -> int:
    # isascii: isdigit() also accepts `²`, which int() then refuses with a traceback.
    if not (text.isascii() and text.isdigit()) or not 1900 <= int(text) <= 2200:
        raise CommandError(f"Tahun tidak sah: {text!r} (contoh: 2024).")
    return int(text)


def desimal_argument(text: str, name: str, jenis: JenisAngka = JenisAngka.UKURAN) -> Decimal:
    try:
        return parse_angka(text, jenis)
    except AngkaTidakSah as error:
        raise CommandError(f"{name}: {error}") from error
