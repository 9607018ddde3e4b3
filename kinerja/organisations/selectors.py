"""What pages read of a satker's organisation: its units, staff and commissioners."""

from dataclasses import dataclass

from kinerja.organisations.models import Anggota, Pegawai, Satker, Unit


@dataclass
class Organisasi:
    unit: list[Unit]
    pegawai: list[Pegawai]
    anggota: list[Anggota]


def organisasi(satker: Satker) -> Organisasi:
    return Organisasi(
        unit=list(satker.units.all()),
        pegawai=list(satker.pegawai.select_related("unit").order_by("sumber", "nomor_urut")),
        anggota=list(satker.anggota.all()),
    )
