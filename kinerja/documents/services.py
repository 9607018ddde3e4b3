"""Saving the LKjIP's narrative sections: each save adds a version (never overwrites one),
with the actor, the role check, the concurrency check and the audit record, in one
transaction."""

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat
from kinerja.core.concurrency import sidik
from kinerja.core.models import AuditLog
from kinerja.documents import naskah_bawaan
from kinerja.documents.choices import BagianNaskah
from kinerja.documents.models import NaskahLaporan
from kinerja.organisations.models import Satker


class NaskahBerubah(Exception):
    """Someone else saved the section after the editor opened it."""

    def __init__(self, current: NaskahLaporan | None):
        super().__init__(
            _(
                "Bagian ini telah disimpan orang lain sejak Anda membukanya; isian Anda belum "
                "disimpan. Bandingkan dengan versi terkini, lalu simpan lagi bila perlu."
            )
        )
        self.current = current


def sidik_versi(version: NaskahLaporan | None) -> str:
    """What an edit form carries to tell later whether the section changed meanwhile."""
    return sidik(version) if version is not None else ""


def _terkunci(satker: Satker, tahun: int, bagian: str, kunci: str) -> NaskahLaporan | None:
    return (
        NaskahLaporan.objects.select_for_update()
        .filter(satker=satker, tahun=tahun, bagian=bagian, kunci=kunci)
        .order_by("-versi")
        .first()
    )


def _judul(bagian: str, label_kunci: str) -> str:
    title = naskah_bawaan.JUDUL[bagian]
    return f"{title} — {label_kunci}" if label_kunci else title


def _versi_baru(
    *, actor, satker, tahun, bagian, kunci, label_kunci, teks, sidik_bawaan, dipulihkan_dari, alasan
):
    last = NaskahLaporan.objects.filter(
        satker=satker, tahun=tahun, bagian=bagian, kunci=kunci
    ).aggregate(Max("versi"))["versi__max"]
    version = NaskahLaporan(
        satker=satker,
        tahun=tahun,
        bagian=bagian,
        kunci=kunci,
        label_kunci=label_kunci,
        versi=(last or 0) + 1,
        teks=teks,
        sidik_bawaan=sidik_bawaan,
        dipulihkan_dari=dipulihkan_dari,
        penulis=actor if getattr(actor, "is_authenticated", False) else None,
    )
    version.full_clean()
    version.save()
    catat(actor, version, AuditLog.Action.CREATE, None, alasan)
    return version


@transaction.atomic
def simpan_naskah(
    *,
    actor,
    satker: Satker,
    tahun: int,
    bagian: str,
    teks: str,
    bawaan: str,
    sidik_awal: str,
    kunci: str = "",
    label_kunci: str = "",
) -> NaskahLaporan:
    """Save a section's text as its new version, written over `bawaan` (the default the data
    gives now). A sasaran's analysis names its sasaran (`kunci`, and `label_kunci`: its name
    now). `sidik_awal` is the version the editor opened (sidik_versi); a section saved by
    someone else since is refused (NaskahBerubah). Saving the text in force again adds
    nothing."""
    wajib_boleh(actor, Aksi.SUSUN_LAPORAN, satker)
    BagianNaskah(bagian)  # an unknown section is a programming error, not a user's
    if bool(kunci) != (bagian == BagianNaskah.ANALISIS_SASARAN):
        raise ValueError(f"{bagian}: kunci {kunci!r}")  # a caller's mistake, as above
    current = _terkunci(satker, tahun, bagian, kunci)
    if sidik_versi(current) != sidik_awal:
        raise NaskahBerubah(current)
    teks = teks.strip()
    if current is not None and current.teks == teks:
        return current
    return _versi_baru(
        actor=actor,
        satker=satker,
        tahun=tahun,
        bagian=bagian,
        kunci=kunci,
        label_kunci=label_kunci[:500],
        teks=teks,
        sidik_bawaan=naskah_bawaan.sidik_teks(bawaan),
        dipulihkan_dari=None,
        alasan=f"Naskah LKjIP {tahun}: {_judul(bagian, label_kunci)}",
    )


@transaction.atomic
def pulihkan_naskah(
    *, actor, satker: Satker, tahun: int, versi_id: int, sidik_awal: str
) -> NaskahLaporan:
    """Restore an older version: a new version with its text (and the default it was written
    over, so the note on changed data stays truthful). Another satker's version is not
    found."""
    wajib_boleh(actor, Aksi.SUSUN_LAPORAN, satker)
    old = NaskahLaporan.objects.get(satker=satker, tahun=tahun, pk=versi_id)
    current = _terkunci(satker, tahun, old.bagian, old.kunci)
    if sidik_versi(current) != sidik_awal:
        raise NaskahBerubah(current)
    label = current.label_kunci if current is not None else old.label_kunci
    return _versi_baru(
        actor=actor,
        satker=satker,
        tahun=tahun,
        bagian=old.bagian,
        kunci=old.kunci,
        label_kunci=label,
        teks=old.teks,
        sidik_bawaan=old.sidik_bawaan,
        dipulihkan_dari=old,
        alasan=f"Naskah LKjIP {tahun}: {_judul(old.bagian, label)} dipulihkan dari versi "
        f"{old.versi}",
    )
