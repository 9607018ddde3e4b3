"""The LHE written as Word and PDF by the documents app's writers, always in Indonesian."""

from django.utils import translation

from kinerja.documents.docx_out import tulis_docx
from kinerja.documents.pdf_out import tulis_pdf
from kinerja.lke.lhe_data import data_lhe
from kinerja.lke.lhe_isi import dokumen_lhe
from kinerja.lke.models import EvaluasiLke


def lhe_docx(evaluasi: EvaluasiLke) -> bytes:
    with translation.override("id"):
        return tulis_docx(dokumen_lhe(data_lhe(evaluasi)))


def lhe_pdf(evaluasi: EvaluasiLke) -> bytes:
    with translation.override("id"):
        return tulis_pdf(dokumen_lhe(data_lhe(evaluasi)))
