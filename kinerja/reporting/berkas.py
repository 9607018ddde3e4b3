"""Evidence files in storage (Django's storage API: the disk or an S3-compatible store) and the
rows that name them. A file is stored before its row is written, so a failure in between would
leave a file no row names: `berkas_baru` deletes what its block stored when the block fails,
and `berkas_yatim` finds what is left over anyway (a failure of an outer transaction, a row
removed by a cascade) for `kinerja bersihkan_bukti`, in the folder of every FileField of every
model: realisation evidence (`bukti/`), LKE evidence (`bukti-lke/`), follow-up files
(`tindak-lanjut/`), the reports kept on the Periksa LK page (`periksa-lk/`)."""

import datetime
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import Storage
from django.db import models, transaction
from django.utils import timezone

from kinerja.reporting.models import BuktiDukung

log = logging.getLogger(__name__)

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


def folder_unggahan(upload_to) -> str | None:
    """The fixed top folder an `upload_to` stores files under (`bukti` for `bukti/%Y/%m/`), or
    None when it has none: a callable, a date first, or the store's root."""
    if not isinstance(upload_to, str):
        return None
    first = upload_to.strip("/").split("/")[0]
    return first if first and "%" not in first else None


def _file_fields() -> list[tuple[type[models.Model], models.FileField]]:
    return [
        (model, model_field)
        for model in apps.get_models()
        for model_field in model._meta.get_fields()
        if isinstance(model_field, models.FileField)
    ]


def folder_berkas() -> list[tuple[Storage, str]]:
    """Every folder a model's FileField uploads to, with its storage, read from the models so
    that a new FileField is covered without being listed anywhere. A FileField without a fixed
    folder stops the clean-up: the store's root also holds files no FileField names (the
    batch reports), which must never be taken for orphans."""
    found: dict[tuple[int, str], tuple[Storage, str]] = {}
    for model, file_field in _file_fields():
        folder = folder_unggahan(file_field.upload_to)
        if folder is None:
            raise ImproperlyConfigured(
                f"{model._meta.label}.{file_field.name}: upload_to tanpa folder tetap; "
                "berkas yatim tidak dapat dicari dengan aman."
            )
        store = file_field.storage
        found.setdefault((id(store), folder), (store, folder))
    return sorted(found.values(), key=lambda pair: pair[1])


def berkas_dirujuk() -> set[str]:
    """The name of every file any row of any model names, one query per FileField."""
    named: set[str] = set()
    for model, file_field in _file_fields():
        name = file_field.name
        named.update(model._default_manager.exclude(**{name: ""}).values_list(name, flat=True))
    return named


def _semua(store: Storage, folder: str) -> Iterator[str]:
    try:
        folders, files = store.listdir(folder)
    except FileNotFoundError:  # on disk, before the first upload; S3 has no empty folders
        return
    for name in sorted(files):
        yield f"{folder}/{name}"
    for sub in sorted(folders):
        yield from _semua(store, f"{folder}/{sub}")


@dataclass(frozen=True)
class BerkasYatim:
    nama: str
    baru: bool  # within MASA_TENGGANG: perhaps an upload still in progress, kept
    store: Storage = field(compare=False, repr=False)


def berkas_yatim() -> list[BerkasYatim]:
    """Stored files, in every FileField's folder, that no row of any model names."""
    named = berkas_dirujuk()
    cutoff = timezone.now() - MASA_TENGGANG
    return [
        BerkasYatim(name, store.get_modified_time(name) > cutoff, store)
        for store, folder in folder_berkas()
        for name in _semua(store, folder)
        if name not in named
    ]


def hapus_yatim(found: list[BerkasYatim]) -> list[str]:
    """Delete the orphans that are not recent, asking the rows again first: a file a row has
    come to name since it was listed stays. Returns the names deleted."""
    named = berkas_dirujuk()
    deleted = []
    for item in found:
        if item.baru or item.nama in named:
            continue
        try:
            item.store.delete(item.nama)
        except Exception:
            log.exception("Berkas %s tidak dapat dihapus", item.nama)
            continue
        deleted.append(item.nama)
    return deleted
