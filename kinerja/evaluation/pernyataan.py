"""Reading the inspectorate's "Pernyataan Telah Direviu" of a satker-year, and whom an
inspector may name as its signer: a member of staff of a satker their review grant covers,
on the reviewed satker's path to the root (the inspectorate of a province signs for its
kab/kota). The signer's jabatan and rank on the statement's date come from the jabatan
history, else from the staff record: a statement is never signed by a typed name."""

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet

from kinerja.accounts.access import boleh, hibah, jalur
from kinerja.accounts.peran import HAK, Aksi
from kinerja.evaluation.models import PernyataanReviu
from kinerja.organisations.jabatan import pemegang_pada
from kinerja.organisations.models import Pegawai, RiwayatJabatan


def pernyataan_berlaku(satker, tahun: int) -> PernyataanReviu | None:
    return PernyataanReviu.objects.filter(satker=satker, tahun=tahun, ditarik_pada=None).first()


def pernyataan_tahun(satker, tahun: int) -> list[PernyataanReviu]:
    """Every statement of the year, the one in force first, then the withdrawn, latest first."""
    statements = PernyataanReviu.objects.filter(satker=satker, tahun=tahun).select_related(
        "dicatat_oleh", "ditarik_oleh"
    )
    return sorted(statements, key=lambda item: (not item.berlaku, -item.dicatat_pada.timestamp()))


def pemeriksa_pilihan(actor, satker) -> QuerySet[Pegawai]:
    """The staff `actor` may name as the signer of a statement on `satker`: those of the
    satkers where the actor holds the review grant that reaches `satker` (the inspectorate's
    own satker, not the satkers it reviews)."""
    path = jalur(satker)
    if not boleh(actor, Aksi.CATAT_REVIU, satker):
        return Pegawai.objects.none()
    if actor.is_superuser:
        granted = path
    else:
        granted = [
            grant.satker_id
            for grant in hibah(actor)
            if Aksi.CATAT_REVIU in HAK[grant.peran] and grant.satker_id in path
        ]
    return (
        Pegawai.objects.filter(satker_id__in=granted)
        # A review statement is the inspectorate's, never signed by the reviewed satker's own
        # staff (an inspector assigned on the satker itself names none of its people).
        .exclude(satker=satker)
        .select_related("satker")
        .order_by("satker__nama", "nomor_urut", "nama")
    )


@dataclass(frozen=True)
class IdentitasPemeriksa:
    nama: str
    nip: str
    jabatan: str
    pangkat_golongan: str


def identitas_pemeriksa(pegawai: Pegawai, tanggal: datetime.date) -> IdentitasPemeriksa:
    """The signer as printed on `tanggal`: the jabatan of the term held that day, else the
    staff record's jabatan ("" when neither says)."""
    terms = list(RiwayatJabatan.objects.filter(pegawai=pegawai))
    term = pemegang_pada(terms, tanggal)
    return IdentitasPemeriksa(
        nama=pegawai.nama,
        nip=pegawai.nip,
        jabatan=term.jabatan if term else pegawai.jabatan,
        pangkat_golongan=(term.pangkat_golongan if term else "") or pegawai.pangkat_golongan,
    )
