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


class PrioritasRekomendasi(models.TextChoices):
    TINGGI = "tinggi", _("Tinggi")
    SEDANG = "sedang", _("Sedang")
    RENDAH = "rendah", _("Rendah")


class StatusRekomendasi(models.TextChoices):
    """A recommendation stays open until the evaluator closes it; the satker only reports."""

    TERBUKA = "terbuka", _("Terbuka")
    DITUTUP = "ditutup", _("Ditutup")
