from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusRealisasi(models.TextChoices):
    DILAPORKAN = "dilaporkan", _("Dilaporkan")
    BELUM_DILAPORKAN = "belum_dilaporkan", _("Belum dilaporkan")
    TIDAK_DILAKSANAKAN = "tidak_dilaksanakan", _("Tidak dilaksanakan / di luar kewenangan")


class PeriodePelaporan(models.TextChoices):
    """How often a satker's units report realisations."""

    TRIWULANAN = "triwulanan", _("Per triwulan")
    BULANAN = "bulanan", _("Per bulan")


class TindakLanjut(models.TextChoices):
    """The follow-up of a hambatan's upaya."""

    BELUM = "belum", _("Belum ditindaklanjuti")
    PROSES = "proses", _("Dalam proses")
    SELESAI = "selesai", _("Selesai")


class Besaran(models.TextChoices):
    """What a stated value claims to be."""

    TARGET = "target", _("Target")
    TARGET_PK = "target_pk", _("Target PK (dikutip)")
    REALISASI = "realisasi", _("Realisasi")
    CAPAIAN = "capaian", _("Capaian (%)")
    TARGET_HASIL = "target_hasil", _("Target hasil")
    PAGU = "pagu", _("Pagu (Rp)")
    REALISASI_ANGGARAN = "realisasi_anggaran", _("Realisasi anggaran (Rp)")
    SERAPAN = "serapan", _("Serapan anggaran (%)")
    CAPAIAN_SATKER = "capaian_satker", _("Capaian kinerja satker (%)")
    SERAPAN_SATKER = "serapan_satker", _("Serapan anggaran satker (%)")
    JUMLAH_SASARAN = "jumlah_sasaran", _("Jumlah sasaran")
    JUMLAH_INDIKATOR = "jumlah_indikator", _("Jumlah indikator")
    JUMLAH_IKU = "jumlah_iku", _("Jumlah IKU")
    KLAIM_TERCAPAI = "klaim_tercapai", _("Klaim: semua target tercapai")
    JUMLAH_TERCAPAI = "jumlah_tercapai", _("Klaim: N dari M tercapai")
    RATA_RATA_CAPAIAN = "rata_rata_capaian", _("Klaim: rata-rata capaian (dengan pembanding)")
    BATAS_CAPAIAN = "batas_capaian", _("Klaim: setiap capaian memenuhi batas")
    SKALA = "skala", _("Skala predikat yang dinyatakan")
    PLAFON = "plafon", _("Plafon capaian yang dinyatakan")
    NILAI_SAKIP = "nilai_sakip", _("Nilai evaluasi SAKIP dan predikat")
    OPINI_BPK = "opini_bpk", _("Opini BPK")
    INDIKATOR = "indikator", _("Indikator yang disebut")
    PELAKSANAAN = "pelaksanaan", _("Keterangan pelaksanaan kegiatan")
    KATEGORI = "kategori", _("Kategori capaian")


class Cakupan(models.TextChoices):
    """What a claim is about: every measured indicator, the IKU only, or the sasaran. A
    kegiatan, sasaran or indicator named on the stated value narrows it further."""

    TIDAK_BERLAKU = "", "–"
    INDIKATOR = "indikator", _("Indikator")
    IKU = "iku", "IKU"
    SASARAN = "sasaran", _("Sasaran")


class Pembanding(models.TextChoices):
    SAMA = "=", "="
    LEBIH = ">", _("lebih dari (>)")
    LEBIH_SAMA = "≥", _("paling sedikit (≥)")
    KURANG = "<", _("kurang dari (<)")
    KURANG_SAMA = "≤", _("paling banyak (≤)")
