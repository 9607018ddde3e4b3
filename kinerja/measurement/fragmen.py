"""The read-only part of a satker page, rendered once and kept in Django's cache until
anything it was drawn from changes (docs/kinerja-cepat.md).

A kept part is found by a key that holds everything it depends on:
- the page and what was asked of it (the satker, the year, the whole query string);
- the stamp of the satker's tree (versi_data.stempel_pohon): a write to any satker at or
  below it changes it, and a parent's page sums its whole tree;
- the day (deadlines, the expected pace, "keadaan pada …");
- the reader's language;
- the reader's grants on the satker's path (access.hak_pada): a reader with other rights
  never gets a part rendered for someone else, even where the part shows no rights today;
- a fingerprint of the code, templates and translations (SIDIK_KODE): a release never serves
  a part drawn by the previous one.

What may be kept: nothing that belongs to one reader (no CSRF token, no name, no form posting
with one), since every reader with the same grants gets it. The part is read (and its key
stamped) before it is drawn, and kept only once the request's transaction commits, for the
same reasons as kinerja.measurement.cache.
"""

import datetime
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from kinerja.accounts.access import hak_pada
from kinerja.measurement.versi_data import stempel_pohon
from kinerja.organisations.models import Satker

logger = logging.getLogger(__name__)

_AKAR = Path(__file__).resolve().parents[2]
# A day: the key changes with the day anyway; this only frees the memory of parts not read.
UMUR = 24 * 60 * 60


def _sidik_kode() -> str:
    digest = hashlib.sha256()
    for pattern in (
        "kinerja/**/*.py",
        "kinerja/**/*.html",
        "templates/**/*.html",
        "locale/**/*.mo",
    ):
        for path in sorted(_AKAR.glob(pattern)):
            if "tests" not in path.parts:
                digest.update(path.relative_to(_AKAR).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


SIDIK_KODE = _sidik_kode()


def kunci(
    request,
    halaman: str,
    satker: Satker,
    tahun: int | None,
    hari_ini: datetime.date,
    stempel: tuple[int, int] | None = None,
) -> str | None:
    """The key of this page's part for this reader; None when it cannot be kept (a satker of
    the tree without a data version yet). `stempel`: the tree's stamp, read by the caller
    before anything of the page was computed."""
    stamp = stempel or stempel_pohon(satker.pk)
    if stamp is None:
        return None
    asked = hashlib.sha256(request.META.get("QUERY_STRING", "").encode()).hexdigest()[:16]
    rights = hashlib.sha256(repr(hak_pada(request.user, satker)).encode()).hexdigest()[:16]
    return (
        f"kinerja:fragmen:{SIDIK_KODE}:{halaman}:{satker.pk}:{tahun}:{stamp[0]}-{stamp[1]}:"
        f"{hari_ini.isoformat()}:{translation.get_language()}:{rights}:{asked}"
    )


def bagian(
    request,
    halaman: str,
    satker: Satker,
    tahun: int | None,
    hari_ini: datetime.date,
    template: str,
    konteks: Callable[[], dict],
    stempel: tuple[int, int] | None = None,
) -> SafeString:
    """The page's part drawn by `template` from `konteks()`: the kept one when its key still
    matches, otherwise drawn now (and kept once this request's transaction commits)."""
    key = kunci(request, halaman, satker, tahun, hari_ini, stempel)
    if key is not None:
        try:
            found = cache.get(key)
        except Exception:  # an unreachable cache server must not stop a page
            logger.warning("Cache tidak terbaca; bagian halaman digambar ulang.", exc_info=True)
            found = None
        if found is not None:
            return mark_safe(found)  # noqa: S308 - drawn by our own template below
    drawn = render_to_string(template, konteks(), request=request)
    if key is not None:
        transaction.on_commit(lambda: _simpan(key, str(drawn)))
    return mark_safe(drawn)  # noqa: S308 - rendered by the template engine, escaped there


def _simpan(key: str, drawn: str) -> None:
    try:
        cache.set(key, drawn, UMUR)
    except Exception:  # kept next time instead
        logger.warning("Cache tidak tertulis; bagian halaman digambar lagi.", exc_info=True)
