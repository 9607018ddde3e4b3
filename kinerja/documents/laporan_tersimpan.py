"""A signed LKjIP read back from what was stored when it was signed (never regenerated from
the data), its hash checked first; the same for a draft kept when it was generated; and the
signed versions and the latest drafts of a satker-year for the report page."""

from dataclasses import dataclass

from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.isi import Dokumen
from kinerja.documents.models import LaporanDihasilkan, LaporanTertandatangan
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.documents.serial import dari_json, sidik
from kinerja.documents.xlsx_tabel import tulis_xlsx_dokumen

FORMAT_TERSIMPAN = ("docx", "pdf", "xlsx")


class IsiBerubah(Exception):
    """The stored content no longer matches the hash it was signed with."""


def _nama(version) -> str:
    if isinstance(version, LaporanDihasilkan):
        return f"LKjIP {version.tahun} draf {version.sidik[:12]}"
    return f"LKjIP {version.tahun} versi {version.versi}"


def dokumen_tersimpan(version: LaporanTertandatangan | LaporanDihasilkan) -> Dokumen:
    if sidik(version.isi) != version.sidik:
        raise IsiBerubah(f"{_nama(version)}: SHA-256 tidak cocok.")
    return dari_json(version.isi)


def data_tersimpan(version: LaporanTertandatangan | LaporanDihasilkan) -> str | None:
    """The data the version was built from, as stored; None when it was not kept (a version
    imported from a file written before it was)."""
    if not version.data:
        return None
    if sidik(version.data) != version.data_sidik:
        raise IsiBerubah(f"{_nama(version)}: SHA-256 data tidak cocok.")
    return version.data


def tulis_tersimpan(version: LaporanTertandatangan | LaporanDihasilkan, fmt: str) -> bytes:
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


@dataclass(frozen=True)
class DrafDihasilkan:
    id: int
    sidik_awal: str
    data_sidik_awal: str
    pertama_dibuat: object
    terakhir_dibuat: object
    jumlah: int
    oleh: str


def daftar_draf(satker, tahun: int, batas: int = 5) -> list[DrafDihasilkan]:
    """The year's latest generated drafts, newest first; their content is not read."""
    rows = (
        LaporanDihasilkan.objects.filter(satker=satker, tahun=tahun)
        .select_related("dibuat_oleh")
        .defer("isi", "data")
        .order_by("-terakhir_dibuat", "-pk")[:batas]
    )
    return [
        DrafDihasilkan(
            id=row.pk,
            sidik_awal=row.sidik[:12],
            data_sidik_awal=row.data_sidik[:12],
            pertama_dibuat=row.pertama_dibuat,
            terakhir_dibuat=row.terakhir_dibuat,
            jumlah=row.jumlah,
            oleh=row.dibuat_oleh.get_username() if row.dibuat_oleh else "",
        )
        for row in rows
    ]
