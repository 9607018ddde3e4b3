from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.documents import naskah_bawaan


class BagianNaskah(models.TextChoices):
    """The narrative sections of the LKjIP a user may write (the order the report prints)."""

    KATA_PENGANTAR = naskah_bawaan.KATA_PENGANTAR, _("Kata Pengantar")
    IKHTISAR_EKSEKUTIF = naskah_bawaan.IKHTISAR_EKSEKUTIF, _("Ikhtisar Eksekutif")
    LATAR_BELAKANG = naskah_bawaan.LATAR_BELAKANG, _("BAB I A. Latar Belakang")
    MAKSUD_TUJUAN = naskah_bawaan.MAKSUD_TUJUAN, _("BAB I B. Maksud dan Tujuan")
    TUGAS_FUNGSI = naskah_bawaan.TUGAS_FUNGSI, _("BAB I C. Tugas Pokok dan Fungsi")
    ISU_STRATEGIS = naskah_bawaan.ISU_STRATEGIS, _("BAB I D. Isu Strategis")
    SISTEMATIKA = naskah_bawaan.SISTEMATIKA, _("BAB I E. Sistematika Penulisan")
    # One text per sasaran of the year (its `kunci` names which), under the sasaran in BAB III.A.
    ANALISIS_SASARAN = naskah_bawaan.ANALISIS_SASARAN, _("BAB III A. Analisis sasaran")


class StatusLaporanMassal(models.TextChoices):
    """Where one satker's report in a batch stands."""

    MENUNGGU = "menunggu", _("Menunggu")
    SELESAI = "selesai", _("Selesai")
    GAGAL = "gagal", _("Gagal")
