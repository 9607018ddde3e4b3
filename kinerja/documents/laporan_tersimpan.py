"""A signed LKjIP read back from what was stored when it was signed (never regenerated from
the data), its hash checked first; and the signed versions of a satker-year for the report
page."""

from dataclasses import dataclass

from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.isi import Dokumen
from kinerja.documents.models import LaporanTertandatangan
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.documents.serial import dari_json, sidik
from kinerja.documents.xlsx_tabel import tulis_xlsx_dokumen

FORMAT_TERSIMPAN = ("docx", "pdf", "xlsx")


class IsiBerubah(Exception):
    """The stored content no longer matches the hash it was signed with."""


def dokumen_tersimpan(version: LaporanTertandatangan) -> Dokumen:
    if sidik(version.isi) != version.sidik:
        raise IsiBerubah(f"LKjIP {version.tahun} versi {version.versi}: SHA-256 tidak cocok.")
    return dari_json(version.isi)


def data_tersimpan(version: LaporanTertandatangan) -> str | None:
    """The data the version was built from, as stored; None when it was not kept (a version
    imported from a file written before it was)."""
    if not version.data:
        return None
    if sidik(version.data) != version.data_sidik:
        raise IsiBerubah(f"LKjIP {version.tahun} versi {version.versi}: SHA-256 data tidak cocok.")
    return version.data


def tulis_tersimpan(version: LaporanTertandatangan, fmt: str) -> bytes:
    document = dokumen_tersimpan(version)
    write = {"docx": tulis_docx, "pdf": tulis_pdf, "xlsx": tulis_xlsx_dokumen}[fmt]
    return write(document)


def versi_berlaku(satker, tahun: int) -> LaporanTertandatangan | None:
    return (
        LaporanTertandatangan.objects.filter(satker=satker, tahun=tahun).order_by("-versi").first()
    )


@dataclass(frozen=True)
class VersiTertandatangan:
    versi: int
    tanggal: object
    penanda_tangan: str
    sidik_awal: str
    alasan: str
    revisi_dari: int | None
    ditandatangani_pada: object
    ada_data: bool  # the data it was built from was kept


def daftar_versi(satker, tahun: int) -> list[VersiTertandatangan]:
    """The year's signed versions, the one in force first; their content is not read."""
    rows = (
        LaporanTertandatangan.objects.filter(satker=satker, tahun=tahun)
        .select_related("revisi_dari")
        .defer("isi", "data", "revisi_dari__isi", "revisi_dari__data")
        .order_by("-versi")
    )
    return [
        VersiTertandatangan(
            versi=row.versi,
            tanggal=row.tanggal,
            penanda_tangan=row.penanda_tangan,
            sidik_awal=row.sidik[:12],
            alasan=row.alasan,
            revisi_dari=row.revisi_dari.versi if row.revisi_dari else None,
            ada_data=bool(row.data_sidik),
            ditandatangani_pada=row.ditandatangani_pada,
        )
        for row in rows
    ]
