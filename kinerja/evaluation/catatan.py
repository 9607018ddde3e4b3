"""Reading the inspectorate's review notes of a satker-year, and naming the finding a note is
about. A finding is computed afresh from the data, so it has no id: it is known by its rule
and its place (table and row), which is what a note keeps."""

from kinerja.evaluation.choices import StatusCatatan
from kinerja.evaluation.models import CatatanReviu
from kinerja.evaluation.reviu.rules import Temuan

PANJANG_LOKASI = CatatanReviu._meta.get_field("lokasi").max_length


def lokasi_temuan(temuan: Temuan) -> str:
    """A finding's place in Indonesian (its table, then its row), as a note stores it."""
    place = f"{temuan.tabel}, {temuan.baris}" if temuan.baris else str(temuan.tabel)
    return place[:PANJANG_LOKASI]


def catatan_tahun(satker, tahun: int) -> list[CatatanReviu]:
    """The year's notes, those still awaiting the inspectorate first (unanswered before
    answered), then the closed ones; oldest first within each."""
    order = {StatusCatatan.TERBUKA: 0, StatusCatatan.DITANGGAPI: 1, StatusCatatan.SELESAI: 2}
    notes = CatatanReviu.objects.filter(satker=satker, tahun=tahun).select_related(
        "penulis", "ditanggapi_oleh", "diselesaikan_oleh"
    )
    return sorted(notes, key=lambda note: (order[note.status], note.dibuat_pada, note.pk))


def catatan_terbuka(satker, tahun: int) -> list[CatatanReviu]:
    """The year's notes not yet closed by the inspectorate, oldest first."""
    return list(
        CatatanReviu.objects.filter(satker=satker, tahun=tahun)
        .exclude(status=StatusCatatan.SELESAI)
        .order_by("dibuat_pada", "pk")
    )
