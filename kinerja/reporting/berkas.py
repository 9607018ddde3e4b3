"""Evidence files in storage (Django's storage API: the disk or an S3-compatible store) and the
rows that name them. A file is stored before its row is written, so a failure in between would
leave a file no row names: `berkas_baru` deletes what its block stored when the block fails,
and `berkas_yatim` finds what is left over anyway (a failure of an outer transaction, a row
removed by a cascade) for `kinerja bersihkan_bukti`."""

import datetime
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from kinerja.reporting.models import BuktiDukung

log = logging.getLogger(__name__)

FOLDER = "bukti"
# A file this recent may belong to an upload whose transaction has not committed yet.
MASA_TENGGANG = datetime.timedelta(hours=1)


def storage():
    return BuktiDukung._meta.get_field("berkas").storage


def hapus(names: list[str]) -> None:
    """Delete stored files; one that cannot be deleted is logged and left for the clean-up
    command, never allowed to hide the error that brought us here."""
    for name in names:
        try:
            storage().delete(name)
        except Exception:
            log.exception("Berkas bukti %s tidak dapat dihapus", name)


@contextmanager
def berkas_baru() -> Iterator[list[str]]:
    """Collects the names of the files stored inside the block and deletes them if the block
    raises. The transaction goes inside it (`with berkas_baru() as baru, transaction.atomic():`)
    so that a failed commit deletes them too."""
    stored: list[str] = []
    try:
        yield stored
    except BaseException:
        hapus(stored)
        raise


def hapus_setelah_commit(names: list[str]) -> None:
    """The files of rows removed in the current transaction go once it commits, unless a row
    still names them; after a rollback the rows are back and the files stay."""

    def delete() -> None:
        named = set(BuktiDukung.objects.filter(berkas__in=names).values_list("berkas", flat=True))
        hapus([name for name in names if name not in named])

    if names:
        transaction.on_commit(delete)


def _semua(folder: str) -> Iterator[str]:
    try:
        folders, files = storage().listdir(folder)
    except FileNotFoundError:  # on disk, before the first upload; S3 has no empty folders
        return
    for name in sorted(files):
        yield f"{folder}/{name}"
    for sub in sorted(folders):
        yield from _semua(f"{folder}/{sub}")


@dataclass(frozen=True)
class BerkasYatim:
    nama: str
    baru: bool  # within MASA_TENGGANG: perhaps an upload still in progress, kept


def berkas_yatim() -> list[BerkasYatim]:
    """Stored evidence files no BuktiDukung row names, by name."""
    named = set(BuktiDukung.objects.values_list("berkas", flat=True))
    cutoff = timezone.now() - MASA_TENGGANG
    return [
        BerkasYatim(name, storage().get_modified_time(name) > cutoff)
        for name in _semua(FOLDER)
        if name not in named
    ]
