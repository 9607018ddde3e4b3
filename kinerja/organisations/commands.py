"""Finding a satker from the command line."""

from django.core.management.base import CommandError

from kinerja.organisations.models import Satker


def satker_from_slug(slug: str) -> Satker:
    satker = Satker.objects.filter(slug=slug).first()
    if satker is None:
        raise CommandError(f"Satker dengan slug {slug!r} tidak ditemukan.")
    return satker
