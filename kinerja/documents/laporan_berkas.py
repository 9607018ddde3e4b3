"""The LKjIP as a file in any of its formats, with the appendices the readiness check and the
reader's choices call for: one path for the page and the command."""

from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.kesiapan_data import Kesiapan, kesiapan
from kinerja.documents.lampiran import laporan_dengan_lampiran
from kinerja.documents.laporan_services import catat_laporan_dihasilkan
from kinerja.documents.laporan_tersimpan import FORMAT_TERSIMPAN, tulis_tersimpan, versi_berlaku
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.documents.xlsx_out import data_buku, tulis_xlsx
from kinerja.measurement.satker_year import tahun_tersedia

JENIS_BERKAS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def tulis_laporan(
    satker, tahun: int, fmt: str, check: Kesiapan, *, konsistensi: bool, actor=None
) -> bytes:
    """The report made in spite of the check's blockers, which it then lists (the caller
    decides whether to go ahead); the reviu findings appended when `konsistensi`. Every draft
    made is kept with the data it was built from (catat_laporan_dihasilkan)."""
    temuan = check.temuan if konsistensi else None
    # The check has read the satker-year already: the report and the workbook use that reading.
    read = {"penghalang": check.penghalang, "temuan": temuan, "snapshot": check.snapshot}
    document = laporan_dengan_lampiran(satker, tahun, **read)
    if fmt == "xlsx":
        content = tulis_xlsx(data_buku(satker, tahun, **read), document)
    else:
        content = tulis_docx(document) if fmt == "docx" else tulis_pdf(document)
    # Kept after writing, so the charts the writer drew are kept as drawn, not drawn again.
    catat_laporan_dihasilkan(
        actor=actor, satker=satker, tahun=tahun, document=document, snapshot=check.snapshot
    )
    return content


class TidakAdaData(Exception):
    """The satker holds nothing for the year: there is no report to write."""


def berkas_lkjip(satker, tahun: int, fmt: str) -> bytes:
    """The year's LKjIP as its page's download gives it, for a batch or a command: a signed year
    as it was signed, otherwise built from the data with any blockers as its appendix."""
    if fmt not in JENIS_BERKAS:
        raise ValueError(f"format {fmt!r} tidak dikenal")
    signed = versi_berlaku(satker, tahun) if fmt in FORMAT_TERSIMPAN else None
    if signed is not None:
        return tulis_tersimpan(signed, fmt)
    if tahun not in tahun_tersedia(satker):
        raise TidakAdaData(f"{satker.nama} tidak memiliki data tahun {tahun}.")
    return tulis_laporan(satker, tahun, fmt, kesiapan(satker, tahun), konsistensi=False)
