"""Who signs an LKjIP: whoever held the head post of the satker (RiwayatJabatan.kepala) on the
report's date, with the name, NIP and the pangkat/golongan of that term. Never typed, never
today's holder: the date is the report's (kinerja.documents.identitas_laporan), and a report
without a date has no signer yet.

Only a satker with no jabatan history at all falls back to what is dated elsewhere: the first
party of the satker PK in force for the year (named as the PK names its parties,
kinerja.documents.pk.pihak); the report page then says the signer could not be determined from
the history (a readiness blocker). The Kata Pengantar and the end of the report are signed by
the same person on the same date."""

import datetime
from dataclasses import dataclass
from enum import StrEnum

from kinerja.core.formatting import format_tanggal
from kinerja.core.nip import format_nip
from kinerja.documents.isi import Blok, Paragraf, Penanda, TandaTangan, nama_kapital
from kinerja.documents.pk import pihak
from kinerja.organisations.jabatan import pemegang_pada
from kinerja.organisations.models import RiwayatJabatan

TANGGAL_BELUM_DITETAPKAN = "(tanggal laporan belum ditetapkan)"


@dataclass(frozen=True)
class PenandaTangan:
    jabatan: str
    nama: str
    nip: str = ""
    pangkat: str = ""


class Asal(StrEnum):
    RIWAYAT = "riwayat"  # the head on the report's date, from the jabatan history
    TANPA_TANGGAL = "tanpa_tanggal"  # the report has no date yet
    TANPA_PEMEGANG = "tanpa_pemegang"  # a history, but nobody held the head post that day
    TANPA_RIWAYAT = "tanpa_riwayat"  # no history: the satker PK's first party, if any


@dataclass(frozen=True)
class Penetapan:
    """The signer (None when there is none) and where it came from."""

    penanda_tangan: PenandaTangan | None
    asal: Asal


def penanda_tangan_pk(perjanjian) -> PenandaTangan | None:
    """The first party of the satker PK in force (the PKs the reading layer holds for the
    year, satker level first), named as the PK names its parties; None when there is none."""
    for pk in perjanjian:
        if pk.unit_id is not None:
            continue
        nama, nip, jabatan = pihak(pk)[0]
        pegawai = pk.pihak_pertama_pegawai
        return PenandaTangan(jabatan, nama, nip, pegawai.pangkat_golongan if pegawai else "")
    return None


def dari_riwayat(term: RiwayatJabatan) -> PenandaTangan:
    person = term.pegawai
    # Printed as the PK documents print a NIP: 19650101 200003 1 001.
    nip = format_nip(person.nip) if person.nip else ""
    return PenandaTangan(
        term.jabatan, person.nama, nip, term.pangkat_golongan or person.pangkat_golongan
    )


def tetapkan_penanda_tangan(satker, tanggal: datetime.date | None, perjanjian) -> Penetapan:
    terms = list(
        RiwayatJabatan.objects.filter(satker=satker, kepala=True).select_related("pegawai")
    )
    if not terms:
        return Penetapan(penanda_tangan_pk(perjanjian), Asal.TANPA_RIWAYAT)
    if tanggal is None:
        return Penetapan(None, Asal.TANPA_TANGGAL)
    holder = pemegang_pada(terms, tanggal)
    if holder is None:
        return Penetapan(None, Asal.TANPA_PEMEGANG)
    return Penetapan(dari_riwayat(holder), Asal.RIWAYAT)


def tempat_tanggal(tempat: str, tanggal: datetime.date | None) -> str:
    when = format_tanggal(tanggal) if tanggal else TANGGAL_BELUM_DITETAPKAN
    return f"{tempat}, {when}" if tempat else when


def penanda(signer: PenandaTangan) -> Penanda:
    return Penanda(
        (signer.jabatan.upper() + ",",), nama_kapital(signer.nama), signer.nip, signer.pangkat
    )


KALIMAT_TANPA_PENANDA = {
    Asal.TANPA_TANGGAL: "Penanda tangan ditentukan dari riwayat jabatan setelah tanggal laporan "
    "ditetapkan.",
    Asal.TANPA_PEMEGANG: "Penanda tangan belum dapat ditentukan: riwayat jabatan tidak mencatat "
    "pimpinan satker pada tanggal laporan.",
    Asal.TANPA_RIWAYAT: "Penanda tangan belum dapat ditentukan: riwayat jabatan pimpinan satker "
    "belum dicatat dan tidak ada Perjanjian Kinerja satker yang berlaku untuk tahun ini.",
}


def blok_tanda_tangan(
    penetapan: Penetapan, tempat: str, tanggal: datetime.date | None
) -> list[Blok]:
    """Place and date, then the signature block; a sentence saying why there is no signer
    when the records name none (never a blank name to fill in by hand)."""
    place_date = tempat_tanggal(tempat, tanggal)
    signer = penetapan.penanda_tangan
    if signer is None:
        return [
            Paragraf(place_date, rata="kanan"),
            Paragraf(KALIMAT_TANPA_PENANDA[penetapan.asal], rata="kanan"),
        ]
    return [TandaTangan(place_date, (penanda(signer),))]
