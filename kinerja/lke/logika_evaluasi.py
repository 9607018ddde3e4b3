"""The logic checks (kinerja.lke.logika) on one side's stored answers of an evaluation, with the
evidence that still stands: shown on the worksheet page after every save, and run again when
the self-assessment is submitted, which errors refuse."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kinerja.lke.alur import PeranJawaban
from kinerja.lke.bukti import jumlah_bukti_per_kriteria
from kinerja.lke.hasil import jawaban_per_peran
from kinerja.lke.logika import GALAT, PERINGATAN, Temuan, periksa_logika
from kinerja.lke.models import EvaluasiLke
from kinerja.lke.versi import lembar_dari_versi

# A refusal lists this many findings and counts the rest, so the message stays readable.
DAFTAR_MAKS = 10


def temuan_logika(
    evaluasi: EvaluasiLke, peran: tuple[str, ...] = (PeranJawaban.MANDIRI.value,)
) -> dict[str, list[Temuan]]:
    """The findings of each side in `peran`, reading the worksheet, answers and evidence once."""
    lembar = lembar_dari_versi(evaluasi.versi)
    answers = jawaban_per_peran(evaluasi)
    evidence = jumlah_bukti_per_kriteria(evaluasi)
    found = {}
    for side in peran:
        rows = answers.get(side, {})
        found[side] = periksa_logika(
            lembar,
            {kode: row.kode for kode, row in rows.items()},
            evidence,
            {kode: row.catatan for kode, row in rows.items()},
            # Evidence is the satker's to give: on the evaluator's side its absence warns.
            tanpa_bukti=GALAT if side == PeranJawaban.MANDIRI.value else PERINGATAN,
        )
    return found


class PengajuanDitolak(ValidationError):
    """A refused submission: one heading and the findings under it, shown as one message."""

    def __init__(self, judul: str, temuan: list[str]):
        super().__init__([judul, *temuan])
        self.judul, self.temuan = judul, temuan


def wajib_tanpa_galat(evaluasi: EvaluasiLke) -> None:
    """Refuse submitting a self-assessment while an answer stands without what it needs."""
    mandiri = PeranJawaban.MANDIRI.value
    errors = [t for t in temuan_logika(evaluasi)[mandiri] if t.tingkat == GALAT]
    if not errors:
        return
    shown = [_teks(temuan.pesan) for temuan in errors[:DAFTAR_MAKS]]
    if len(errors) > DAFTAR_MAKS:
        shown.append(
            _("… dan %(sisa)s temuan lainnya; semuanya ada di bawah Pemeriksaan logika.")
            % {"sisa": len(errors) - DAFTAR_MAKS}
        )
    judul = _("Penilaian mandiri belum dapat diajukan: %(jumlah)s temuan") % {"jumlah": len(errors)}
    raise PengajuanDitolak(judul, shown)


def _teks(pesan) -> str:
    """A finding's message in the reader's language (a Pesan says itself in English too)."""
    return pesan.terjemahan() if hasattr(pesan, "terjemahan") else str(pesan)
