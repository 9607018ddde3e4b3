from django.db import models


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
    NILAI_SAKIP = "nilai_sakip", "Nilai evaluasi SAKIP dan predikat"
    OPINI_BPK = "opini_bpk", "Opini BPK"
    INDIKATOR = "indikator", "Indikator yang disebut"
    PELAKSANAAN = "pelaksanaan", "Keterangan pelaksanaan kegiatan"
    KATEGORI = "kategori", "Kategori capaian"
