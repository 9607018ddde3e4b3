"""Which signed documents a term of the jabatan history stands behind: those its holder signed
while in the post. A correction of such a term makes the history say something other than
what the documents print (they keep the names, NIP and jabatan they were signed with), so the
jabatan page names them and the service asks for a reason (kinerja.documents.jabatan_services).

A document is signed by a term when it is dated within the term and either names the term's
person as a party (a PK's first or second party, linked to the Pegawai or, for the second
party, to the commissioner) or is signed by the
head post as such and the term is a head term (the LKjIP, and the satker PK, whose first party
is the satker's head even when it names no Pegawai). A PK without a date is not counted: its
date cannot be placed in any term."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from kinerja.agreements.choices import StatusPerjanjian
from kinerja.agreements.models import PerjanjianKinerja
from kinerja.core.formatting import format_tanggal
from kinerja.core.pesan import Pesan
from kinerja.documents.models import LaporanTertandatangan
from kinerja.organisations.jabatan import mencakup
from kinerja.organisations.models import RiwayatJabatan, Satker
from kinerja.organisations.selectors import riwayat_jabatan


@dataclass(frozen=True)
class DokumenBertandaTangan:
    judul: str  # a Pesan: "LKjIP 2024 versi 1, tanggal 16 Januari 2025"
    tanggal: datetime.date
    pegawai_ids: frozenset[int]  # the parties linked to a Pegawai
    oleh_kepala: bool  # signed by the satker's head post as such
    anggota_ids: frozenset[int] = frozenset()  # the parties linked to a commissioner


def dokumen_bertanda_tangan(satker: Satker) -> list[DokumenBertandaTangan]:
    """The satker's signed PKs (replaced versions too: they were signed) and signed LKjIP
    versions, oldest first; two queries."""
    documents = [
        DokumenBertandaTangan(
            Pesan(
                "%(judul)s versi %(versi)s, tanggal %(tanggal)s",
                judul=pk.judul,
                versi=pk.versi,
                tanggal=format_tanggal(pk.tanggal),
            ),
            pk.tanggal,
            frozenset(
                pegawai_id
                for pegawai_id in (pk.pihak_pertama_pegawai_id, pk.pihak_kedua_pegawai_id)
                if pegawai_id is not None
            ),
            pk.unit_id is None,
            frozenset({pk.pihak_kedua_anggota_id} - {None}),
        )
        for pk in PerjanjianKinerja.objects.filter(
            satker=satker, status=StatusPerjanjian.DITANDATANGANI, tanggal__isnull=False
        )
    ]
    documents += [
        DokumenBertandaTangan(
            Pesan(
                "LKjIP %(tahun)s versi %(versi)s, tanggal %(tanggal)s",
                tahun=report.tahun,
                versi=report.versi,
                tanggal=format_tanggal(report.tanggal),
            ),
            report.tanggal,
            frozenset(),
            True,
        )
        for report in LaporanTertandatangan.objects.filter(satker=satker)
    ]
    return sorted(documents, key=lambda document: document.tanggal)


@dataclass(frozen=True)
class MasaJabatan:
    """A term as plain values: as recorded before a correction, or as it would be after."""

    mulai: datetime.date
    selesai: datetime.date | None
    pegawai_id: int | None
    kepala: bool
    anggota_id: int | None = None

    @classmethod
    def dari(cls, term: RiwayatJabatan) -> "MasaJabatan":
        return cls(term.mulai, term.selesai, term.pegawai_id, term.kepala, term.anggota_id)


def ditandatangani_dalam(
    term: MasaJabatan, documents: Iterable[DokumenBertandaTangan]
) -> list[DokumenBertandaTangan]:
    """The documents the term's holder signed while holding it."""
    return [
        document
        for document in documents
        if mencakup(term, document.tanggal)
        and (
            term.pegawai_id in document.pegawai_ids
            or term.anggota_id in document.anggota_ids
            or (term.kepala and document.oleh_kepala)
        )
    ]


@dataclass
class BarisMasa:
    masa: RiwayatJabatan
    dokumen: list[DokumenBertandaTangan]


@dataclass
class JabatanHalaman:
    """A post on the jabatan page: its terms, each with the documents it signed."""

    nama: str
    kepala: bool
    baris: list[BarisMasa]


def riwayat_dengan_dokumen(satker: Satker) -> list[JabatanHalaman]:
    """The jabatan page's reading: the satker's posts (head first), each term with the signed
    documents it stands behind; three queries whatever the history's length."""
    signed = dokumen_bertanda_tangan(satker)
    return [
        JabatanHalaman(
            post.nama,
            post.kepala,
            [
                BarisMasa(term, ditandatangani_dalam(MasaJabatan.dari(term), signed))
                for term in post.masa
            ],
        )
        for post in riwayat_jabatan(satker)
    ]
