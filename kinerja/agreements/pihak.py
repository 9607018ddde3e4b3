"""Who the parties of a PK are: whoever held each role on the PK's date, from the satker's
jabatan history (RiwayatJabatan), with the name, NIP and post as printed then. Settled when
the PK is signed, never typed on the PK and never today's holder:

- satker PK: first party the head of the satker (`kepala`), second party the head's superior
  (`atasan`, the Ketua KPU);
- unit PK: first party the head of that unit (`unit`), second party the head of the satker.

A satker that keeps no jabatan history at all signs with the parties its draft already
carries (a PK imported or recorded with them); a draft without them cannot be signed."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kinerja.core.formatting import format_tanggal
from kinerja.core.nip import format_nip
from kinerja.core.pesan import terjemahkan
from kinerja.organisations.jabatan import pemegang_pada
from kinerja.organisations.models import RiwayatJabatan

# Where a draft's documents print a party's name (kinerja.documents.pk, the print view).
BELUM_DITENTUKAN = "(ditentukan dari riwayat jabatan pada tanggal penandatanganan)"


@dataclass(frozen=True)
class Peran:
    """A role a PK needs, as the history records it."""

    kunci: tuple[str, int | None]
    nama: str


@dataclass(frozen=True)
class Pihak:
    """One party on a date: the term, or None when nobody held the role that day."""

    peran: Peran
    masa: RiwayatJabatan | None


def peran_pihak(perjanjian) -> tuple[Peran, Peran]:
    if perjanjian.unit_id is None:
        return (
            Peran(("kepala", None), _("pimpinan satker")),
            Peran(("atasan", None), _("atasan pimpinan satker")),
        )
    unit = perjanjian.unit
    return (
        Peran(("unit", unit.pk), _("pimpinan %(unit)s") % {"unit": unit.nama}),
        Peran(("kepala", None), _("pimpinan satker")),
    )


def riwayat_satker(satker) -> list[RiwayatJabatan]:
    return list(
        RiwayatJabatan.objects.filter(satker=satker).select_related("pegawai", "anggota", "unit")
    )


def pihak_pada(perjanjian, tanggal: datetime.date, terms: list[RiwayatJabatan]) -> list[Pihak]:
    """Both parties of the PK on `tanggal` as the history says."""
    return [
        Pihak(role, pemegang_pada([t for t in terms if t.peran() == role.kunci], tanggal))
        for role in peran_pihak(perjanjian)
    ]


def _isian(side: str, term: RiwayatJabatan) -> dict:
    values = {
        f"pihak_{side}_nama": term.nama,
        f"pihak_{side}_jabatan": term.jabatan,
        # As the PK documents print a NIP (19650101 200003 1 001); stored, so a later
        # correction of the person's record leaves the signed PK as it was signed.
        f"pihak_{side}_nip_tercetak": format_nip(term.nip) if term.nip else "",
        f"pihak_{side}_pegawai": term.pegawai,
    }
    if side == "kedua":
        values["pihak_kedua_anggota"] = term.anggota
    return values


def tetapkan_pihak(perjanjian, tanggal: datetime.date) -> dict:
    """The party fields to sign `perjanjian` on `tanggal` with; {} when the satker keeps no
    history (the draft's own parties stand). Refused, naming each missing role, when the
    history has no holder for it that day, or when it has none and the draft names nobody."""
    terms = riwayat_satker(perjanjian.satker_id)
    if not terms:
        if not (perjanjian.pihak_pertama_nama and perjanjian.pihak_kedua_nama):
            raise ValidationError(
                _(
                    "Para pihak Perjanjian Kinerja diambil dari riwayat jabatan satker, yang "
                    "belum dicatat. Catat pemegang jabatan di halaman Riwayat Jabatan dulu."
                )
            )
        return {}
    parties = pihak_pada(perjanjian, tanggal, terms)
    missing = [party.peran.nama for party in parties if party.masa is None]
    if missing:
        raise ValidationError(
            {
                "tanggal": _(
                    "Riwayat jabatan tidak mencatat siapa %(peran)s pada %(tanggal)s; catat "
                    "pemegangnya di halaman Riwayat Jabatan, lalu tandatangani lagi."
                )
                % {
                    "peran": _(" dan ").join(missing),
                    "tanggal": terjemahkan(format_tanggal(tanggal)),
                }
            }
        )
    first, second = parties
    return {**_isian("pertama", first.masa), **_isian("kedua", second.masa)}
