from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.lke.alur import PeranJawaban, Status


class StatusLembar(models.TextChoices):
    """A worksheet version is drafted, then published; once published it never changes."""

    DRAF = "draf", _("Draf")
    TERBIT = "terbit", _("Terbit")


class StatusEvaluasi(models.TextChoices):
    # Values are the pure state machine's (kinerja.lke.alur.Status); a test keeps them equal.
    DRAF = Status.DRAF.value, _("Draf penilaian mandiri")
    MANDIRI_DIAJUKAN = Status.MANDIRI_DIAJUKAN.value, _("Penilaian mandiri diajukan")
    DIREVIU = Status.DIREVIU.value, _("Sedang dievaluasi")
    DIKEMBALIKAN = Status.DIKEMBALIKAN.value, _("Dikembalikan")
    FINAL = Status.FINAL.value, _("Final")
    TERBIT = Status.TERBIT.value, _("Terbit")


class PeranJawabanChoices(models.TextChoices):
    MANDIRI = PeranJawaban.MANDIRI.value, _("Penilaian mandiri")
    REVIEWER = PeranJawaban.REVIEWER.value, _("Reviu")
    EVALUATOR = PeranJawaban.EVALUATOR.value, _("Evaluator (final)")


class FaseJadwal(models.TextChoices):
    """The two windows of a year's evaluation: the satker's self-assessment, then the
    evaluator's review."""

    MANDIRI = "mandiri", _("Penilaian mandiri")
    EVALUASI = "evaluasi", _("Evaluasi")


class StatusBukti(models.TextChoices):
    """An evidence item is checked by the evaluator: accepted, or rejected with a reason (the
    satker then adds a better one; the rejected one stays)."""

    DIAJUKAN = "diajukan", _("Belum diperiksa")
    DITERIMA = "diterima", _("Diterima")
    DITOLAK = "ditolak", _("Ditolak")


class JenisTautan(models.TextChoices):
    """Kinerja records a criterion's evidence can point to, pinned as they were when linked:
    the kinds of kinerja.lke.usulan_bukti.JenisRekaman, with their labels."""

    RENSTRA = "renstra", _("Renstra")
    RKT = "rkt", _("RKT")
    PK_SATKER = "pk_satker", _("Perjanjian Kinerja pimpinan satker yang ditandatangani")
    PK_UNIT = "pk_unit", _("Perjanjian Kinerja unit yang ditandatangani")
    REALISASI_BERKALA = "realisasi_berkala", _("Laporan realisasi triwulanan yang disetujui")
    PENGUKURAN = "pengukuran", _("Pengukuran kinerja")
    ANGGARAN = "anggaran", _("Pagu dan realisasi anggaran")
    LKJIP = "lkjip", _("LKjIP yang ditandatangani")
    REVIU_LKJIP = "reviu_lkjip", _("Pernyataan telah direviu LKjIP")
    HAMBATAN = "hambatan", _("Hambatan dan upaya")
    EFISIENSI = "efisiensi", _("Efisiensi sumber daya")


class PrioritasRekomendasi(models.TextChoices):
    TINGGI = "tinggi", _("Tinggi")
    SEDANG = "sedang", _("Sedang")
    RENDAH = "rendah", _("Rendah")


class StatusRekomendasi(models.TextChoices):
    """A recommendation stays open until the evaluator closes it; the satker only reports."""

    TERBUKA = "terbuka", _("Terbuka")
    DITUTUP = "ditutup", _("Ditutup")
