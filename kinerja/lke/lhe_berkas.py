"""The LHE written as Word and PDF by the documents app's writers, always in Indonesian, and
the finalised worksheet as an Excel workbook: what the results page serves and `kinerja lhe`
writes, so the two never differ."""

from django.utils import translation

from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.lke.lhe_data import data_lhe, snapshot_wajib
from kinerja.lke.lhe_isi import dokumen_lhe
from kinerja.lke.lhe_xlsx import lembar_xlsx
from kinerja.lke.models import EvaluasiLke


def lhe_docx(evaluasi: EvaluasiLke) -> bytes:
    with translation.override("id"):
        return tulis_docx(dokumen_lhe(data_lhe(evaluasi)))


def lhe_pdf(evaluasi: EvaluasiLke) -> bytes:
    with translation.override("id"):
        return tulis_pdf(dokumen_lhe(data_lhe(evaluasi)))


def lembar_kerja_xlsx(evaluasi: EvaluasiLke) -> bytes:
    """The worksheet workbook; needs the snapshot, not the LHE's signer."""
    isi, _row = snapshot_wajib(evaluasi)
    return lembar_xlsx(isi, evaluasi.satker.nama_lengkap or evaluasi.satker.nama)
