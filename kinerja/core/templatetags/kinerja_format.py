"""Template filters over kinerja.core.formatting; they only present, never compute."""

import datetime
import functools
from decimal import Decimal

from django import template
from django.utils import timezone

from kinerja.core import formatting
from kinerja.core.nip import format_nip

register = template.Library()


def _blank_if_none(function):
    @functools.wraps(function)
    def wrapper(value):
        if value is None or value == "":
            return "–"
        return function(value)

    return wrapper


@register.filter
@_blank_if_none
def rupiah(value):
    return formatting.format_rupiah(Decimal(value))


@register.filter
@_blank_if_none
def persen(value):
    return formatting.format_persen(Decimal(value))


@register.filter
@_blank_if_none
def desimal(value):
    return formatting.format_desimal(Decimal(value))


@register.filter
@_blank_if_none
def poin(value):
    return formatting.format_poin(Decimal(value))


def _setempat(value):
    """A stored moment (UTC) in the server's time zone, where the reader lives: 22:07 WIB on
    29 November is 15:07 UTC, and 01:00 WIB is still the day before in UTC."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


@register.filter
@_blank_if_none
def tanggal(value):
    # The month in the reader's language (kinerja.core.formatting.format_tanggal).
    return formatting.format_tanggal(_setempat(value))


@register.filter
@_blank_if_none
def waktu(value):
    """A moment with its time: `29 November 2026 22:07`."""
    return formatting.format_waktu(_setempat(value))


@register.filter
@_blank_if_none
def nama_pengguna(user):
    """Whom a page names for an act: the full name, else the username."""
    return user.get_full_name() or user.get_username()


@register.filter
@_blank_if_none
def nip(value):
    return format_nip(value)


@register.filter
def ukuran(value, satuan):
    """A target or realisation with its unit: `95%`, `12 dokumen`."""
    if value is None or value == "":
        return "–"
    return formatting.format_ukuran(Decimal(value), satuan)


@register.filter
def target(value, satuan):
    """A target of record (a number, or the text a document wrote) with its unit."""
    if value is None or value == "":
        return "–"
    return formatting.format_target(value, satuan)
