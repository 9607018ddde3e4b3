from django.db import models


class StatusRealisasi(models.TextChoices):
    DILAPORKAN = "dilaporkan", "Dilaporkan"
    BELUM_DILAPORKAN = "belum_dilaporkan", "Belum dilaporkan"
    TIDAK_DILAKSANAKAN = "tidak_dilaksanakan", "Tidak dilaksanakan / di luar kewenangan"


class PeriodePelaporan(models.TextChoices):
    """How often a satker's units report realisations."""

    TRIWULANAN = "triwulanan", "Per triwulan"
    BULANAN = "bulanan", "Per bulan"


class TindakLanjut(models.TextChoices):
    """The follow-up of a hambatan's upaya."""

    BELUM = "belum", "Belum ditindaklanjuti"
    PROSES = "proses", "Dalam proses"
    SELESAI = "selesai", "Selesai"


class Besaran(models.TextChoices):
    """What a stated value claims to be."""

    TARGET = "target", "Target"
    TARGET_PK = "target_pk", "Target PK (dikutip)"
    REALISASI = "realisasi", "Realisasi"
    CAPAIAN = "capaian", "Capaian (%)"
    TARGET_HASIL = "target_hasil", "Target hasil"
    PAGU = "pagu", "Pagu (Rp)"
    REALISASI_ANGGARAN = "realisasi_anggaran", "Realisasi anggaran (Rp)"
    SERAPAN = "serapan", "Serapan anggaran (%)"
    CAPAIAN_SATKER = "capaian_satker", "Capaian kinerja satker (%)"
    SERAPAN_SATKER = "serapan_satker", "Serapan anggaran satker (%)"
    JUMLAH_SASARAN = "jumlah_sasaran", "Jumlah sasaran"
    JUMLAH_INDIKATOR = "jumlah_indikator", "Jumlah indikator"
    JUMLAH_IKU = "jumlah_iku", "Jumlah IKU"
    KLAIM_TERCAPAI = "klaim_tercapai", "Klaim: semua target tercapai"
    JUMLAH_TERCAPAI = "jumlah_tercapai", "Klaim: N dari M tercapai"
    RATA_RATA_CAPAIAN = "rata_rata_capaian", "Klaim: rata-rata capaian (dengan pembanding)"
    BATAS_CAPAIAN = "batas_capaian", "Klaim: setiap capaian memenuhi batas"
    SKALA = "skala", "Skala predikat yang dinyatakan"
    PLAFON = "plafon", "Plafon capaian yang dinyatakan"
    NILAI_SAKIP = "nilai_sakip", "Nilai evaluasi SAKIP dan predikat"
    OPINI_BPK = "opini_bpk", "Opini BPK"
    INDIKATOR = "indikator", "Indikator yang disebut"
    PELAKSANAAN = "pelaksanaan", "Keterangan pelaksanaan kegiatan"
    KATEGORI = "kategori", "Kategori capaian"


class Cakupan(models.TextChoices):
    """What a claim is about: every measured indicator, the IKU only, or the sasaran. A
    kegiatan, sasaran or indicator named on the stated value narrows it further."""

    TIDAK_BERLAKU = "", "–"
    INDIKATOR = "indikator", "Indikator"
    IKU = "iku", "IKU"
    SASARAN = "sasaran", "Sasaran"


class Pembanding(models.TextChoices):
    SAMA = "=", "="
    LEBIH = ">", "lebih dari (>)"
    LEBIH_SAMA = "≥", "paling sedikit (≥)"
    KURANG = "<", "kurang dari (<)"
    KURANG_SAMA = "≤", "paling banyak (≤)"
