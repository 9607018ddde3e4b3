"""The computed figures of satker-years kept in Django's cache (CACHES["default"]: each
process's own memory by default, Redis when KINERJA_CACHE_URL names one; docs/kinerja-cepat.md).

A kept value is found by a key that holds everything it was computed from:
- the satker's data version (kinerja.measurement.versi_data), read *before* the value is
  computed and changed, in the writer's own transaction, by every write to the data the
  measurement reads. A write therefore makes the old key unreachable at once: nothing is ever
  deleted, and a value computed from data a write has since changed carries an older version;
- the fingerprint of the code that computes figures (SIDIK_ATURAN), so a release that changes
  a rule never shows figures computed by the old one;
- what was asked for (the kind of value, the year, the period).

A value is stored only once the transaction that computed it commits: one computed inside a
transaction that is rolled back (a write and a read in one request) may have seen data that
never existed, under a version number the next write will use again. The cache is an
accelerator only: when it cannot be read or written, the value is computed and shown all the
same.
"""

import gc
import hashlib
import logging
import pickle
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

from kinerja.measurement.versi_data import versi_banyak

logger = logging.getLogger(__name__)

Nilai = TypeVar("Nilai")

_KINERJA = Path(__file__).resolve().parents[1]
# The modules that decide a figure (read as files: importing them here would be circular).
KODE_ATURAN = (
    "measurement/satker_year.py",
    "measurement/snapshot.py",
    "measurement/pengukuran.py",
    "measurement/capaian.py",
    "measurement/capaian_tertulis.py",
    "measurement/periods.py",
    "measurement/rollup.py",
    "measurement/scales.py",
    "planning/targets.py",
)


def _sidik_aturan() -> str:
    digest = hashlib.sha256()
    for name in KODE_ATURAN:
        digest.update((_KINERJA / name).read_bytes())
    return digest.hexdigest()[:16]


SIDIK_ATURAN = _sidik_aturan()


def kunci(jenis: str, satker_id: int, tahun: int, versi: int) -> str:
    return f"kinerja:{SIDIK_ATURAN}:{jenis}:{tahun}:{satker_id}:{versi}"


def ambil_banyak(
    jenis: str,
    ids: list[int],
    tahun: int,
    hitung: Callable[[list[int]], dict[int, Nilai]],
    *,
    versi: dict[int, int] | None = None,
) -> dict[int, Nilai]:
    """The values of these satker-years: kept ones where their data version still matches,
    the others computed by `hitung` (in one batch) and kept once this transaction commits.
    Satkers `hitung` returns nothing for are left out, as it leaves them out. `versi`: the
    versions, when the caller has read them before computing what `hitung` computes from."""
    versions = versi if versi is not None else versi_banyak(ids)
    keys = {satker_id: kunci(jenis, satker_id, tahun, versions[satker_id]) for satker_id in ids}
    try:
        found = cache.get_many(list(keys.values()))
    except Exception:  # an unreachable cache server must not stop a page
        logger.warning("Cache tidak terbaca; angka dihitung ulang.", exc_info=True)
        found = {}
    # Unpickling makes thousands of objects that all live on (a snapshot: every figure a
    # Decimal); the collector would walk the whole heap several times over for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        values = {
            satker_id: pickle.loads(zlib.decompress(found[key]))  # noqa: S301 - written below
            for satker_id, key in keys.items()
            if key in found
        }
    finally:
        if collecting:
            gc.enable()
    missing = [satker_id for satker_id in ids if satker_id not in values]
    if missing:
        computed = hitung(missing)
        values.update(computed)
        # Pickled now, not at the commit: the caller may add to what it was given (a page
        # attaches the satker's documents to its snapshot) before then. Compressed: a
        # satker-year of 40 indicators pickles to ~70 kB, 7–10 kB compressed, in well under a
        # millisecond; so a worker's memory (or Redis) holds ten times more of them.
        entries = {
            keys[satker_id]: zlib.compress(pickle.dumps(value, pickle.HIGHEST_PROTOCOL), 1)
            for satker_id, value in computed.items()
        }
        transaction.on_commit(lambda: _simpan(entries))
    return {satker_id: values[satker_id] for satker_id in ids if satker_id in values}


def _simpan(entries: dict) -> None:
    try:
        cache.set_many(entries)
    except Exception:  # kept next time instead
        logger.warning("Cache tidak tertulis; angka dihitung ulang lain kali.", exc_info=True)
