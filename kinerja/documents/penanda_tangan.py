"""Who signs an LKjIP: the head of the satker for the year, as the records say it.

Kinerja holds no history of who held a jabatan when (Pegawai.jabatan is today's post, with no
start or end date), so "the head on the document's date" is read from what is dated: the
satker's Perjanjian Kinerja in force for the year, whose first party is the head accountable
for that year's targets. A PK revised for a change of official (pergantian pejabat) replaces
the earlier one in force, so the latest head of the year signs. Name, NIP and jabatan are the
PK's as printed; the pangkat/golongan is the linked Pegawai's, when the PK names one."""

import datetime
from dataclasses import dataclass

from kinerja.core.formatting import format_tanggal
from kinerja.core.nip import format_nip
from kinerja.documents.isi import Blok, Paragraf, Penanda, TandaTangan


@dataclass(frozen=True)
class PenandaTangan:
    jabatan: str
    nama: str
    nip: str = ""
    pangkat: str = ""


def penanda_tangan_lkjip(perjanjian) -> PenandaTangan | None:
    """The first party of the satker PK in force (the PKs the reading layer holds for the
    year, satker level first); None when there is none."""
    for pk in perjanjian:
        if pk.unit_id is not None:
            continue
        pegawai = pk.pihak_pertama_pegawai
        return PenandaTangan(
            jabatan=pk.pihak_pertama_jabatan,
            nama=pk.pihak_pertama_nama,
            nip=pk.pihak_pertama_nip_tercetak or (format_nip(pegawai.nip) if pegawai else ""),
            pangkat=pegawai.pangkat_golongan if pegawai else "",
        )
    return None


def blok_tanda_tangan(
    signer: PenandaTangan | None, tempat: str, tanggal: datetime.date
) -> list[Blok]:
    """Place and date, then the signature block; a sentence saying why there is no signer
    when the records name none (never a blank name to fill in by hand)."""
    place_date = f"{tempat}, {format_tanggal(tanggal)}" if tempat else format_tanggal(tanggal)
    if signer is None:
        return [
            Paragraf(place_date, rata="kanan"),
            Paragraf(
                "Penanda tangan belum dapat ditentukan: tidak ada Perjanjian Kinerja satker "
                "yang berlaku untuk tahun ini.",
                rata="kanan",
            ),
        ]
    return [
        TandaTangan(
            place_date,
            (
                Penanda(
                    (signer.jabatan.upper() + ",",), signer.nama.upper(), signer.nip, signer.pangkat
                ),
            ),
        )
    ]
