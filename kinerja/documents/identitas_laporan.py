"""The date, place and number a satker-year's LKjIP prints, as entered (LaporanTahunan): no
date is "not set yet", never today; the place defaults to the satker's town."""

import datetime
from dataclasses import dataclass

from kinerja.documents.models import LaporanTahunan


@dataclass(frozen=True)
class IdentitasLaporan:
    tanggal: datetime.date | None
    tempat: str
    nomor: str


def identitas_laporan(satker, tahun: int) -> IdentitasLaporan:
    record = LaporanTahunan.objects.filter(satker=satker, tahun=tahun).first()
    if record is None:
        return IdentitasLaporan(None, satker.kota, "")
    return IdentitasLaporan(record.tanggal, record.tempat or satker.kota, record.nomor)
