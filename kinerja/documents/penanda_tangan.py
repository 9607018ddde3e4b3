"""Who signs an LKjIP: the head of the satker for the year, as the records say it.

Kinerja holds no history of who held a jabatan when (Pegawai.jabatan is today's post, with no
start or end date), so "the head on the document's date" is read from what is dated: the
satker's Perjanjian Kinerja in force for the year, whose first party is the head accountable
for that year's targets. A PK revised for a change of official (pergantian pejabat) replaces
the earlier one in force, so the latest head of the year signs. Name, NIP and jabatan are the
PK's as printed (kinerja.documents.pk.pihak, as the PK document prints them); the
pangkat/golongan is the linked Pegawai's, when the PK names one. The Kata Pengantar and the
end of the report are signed by the same person on the same date."""

import datetime
from dataclasses import dataclass

from kinerja.core.formatting import format_tanggal
from kinerja.documents.isi import Blok, Paragraf, Penanda, TandaTangan
from kinerja.documents.pk import pihak


@dataclass(frozen=True)
class PenandaTangan:
    jabatan: str
    nama: str
    nip: str = ""
    pangkat: str = ""


def penanda_tangan_lkjip(perjanjian) -> PenandaTangan | None:
    """The first party of the satker PK in force (the PKs the reading layer holds for the
    year, satker level first), named as the PK names its parties; None when there is none."""
    for pk in perjanjian:
        if pk.unit_id is not None:
            continue
        nama, nip, jabatan = pihak(pk)[0]
        pegawai = pk.pihak_pertama_pegawai
        return PenandaTangan(jabatan, nama, nip, pegawai.pangkat_golongan if pegawai else "")
    return None


def tempat_tanggal(tempat: str, tanggal: datetime.date) -> str:
    return f"{tempat}, {format_tanggal(tanggal)}" if tempat else format_tanggal(tanggal)


def penanda(signer: PenandaTangan) -> Penanda:
    return Penanda((signer.jabatan.upper() + ",",), signer.nama.upper(), signer.nip, signer.pangkat)


def blok_tanda_tangan(
    signer: PenandaTangan | None, tempat: str, tanggal: datetime.date
) -> list[Blok]:
    """Place and date, then the signature block; a sentence saying why there is no signer
    when the records name none (never a blank name to fill in by hand)."""
    place_date = tempat_tanggal(tempat, tanggal)
    if signer is None:
        return [
            Paragraf(place_date, rata="kanan"),
            Paragraf(
                "Penanda tangan belum dapat ditentukan: tidak ada Perjanjian Kinerja satker "
                "yang berlaku untuk tahun ini.",
                rata="kanan",
            ),
        ]
    return [TandaTangan(place_date, (penanda(signer),))]
