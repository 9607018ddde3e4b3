"""What an evaluation leaves behind besides its scores: the evaluator's narrative per komponen
and the LHE's signer (both frozen once the result is published), the numbered
recommendations, and the satker's follow-up of each, with its evidence file. Imported at the
end of kinerja.lke.models so Django finds them in the lke app."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kinerja.lke.choices import PrioritasRekomendasi, StatusRekomendasi


class NarasiKomponen(models.Model):
    """The evaluator's narrative on one komponen of an evaluation, printed in the LHE.
    `kode_komponen` is the worksheet's code ("1"), the key the snapshot also uses."""

    evaluasi = models.ForeignKey("lke.EvaluasiLke", on_delete=models.CASCADE, related_name="narasi")
    kode_komponen = models.CharField(_("kode komponen"), max_length=10)
    teks = models.TextField(_("uraian"))
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("diubah oleh"),
    )
    diubah_pada = models.DateTimeField(_("diubah pada"), default=timezone.now)

    class Meta:
        verbose_name = _("uraian komponen")
        verbose_name_plural = _("uraian komponen")
        ordering = ["evaluasi", "kode_komponen"]
        constraints = [
            models.UniqueConstraint(
                fields=["evaluasi", "kode_komponen"],
                name="lke_narasi_unik",
                violation_error_message=_("Komponen ini sudah memiliki uraian."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.evaluasi} komponen {self.kode_komponen}"


class PenandaTanganLhe(models.Model):
    """Who signs the LKE's LHE: a member of the inspectorate's staff chosen by the evaluator,
    with the name, NIP, jabatan and rank the jabatan history (else the staff record) gave on
    the finalisation date, kept as printed. The LHE prints these; the staff record is only
    linked, and a signer restored by `kinerja impor` into a database without the
    inspectorate's staff is linked to nobody (as a review statement's signer is)."""

    evaluasi = models.OneToOneField(
        "lke.EvaluasiLke", on_delete=models.CASCADE, related_name="penanda_tangan_lhe"
    )
    pemeriksa = models.ForeignKey(
        "organisations.Pegawai",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("pegawai penanda tangan"),
    )
    nama = models.CharField(_("nama"), max_length=200)
    nip = models.CharField(_("NIP"), max_length=30, blank=True)
    jabatan = models.CharField(_("jabatan"), max_length=200)
    pangkat_golongan = models.CharField(_("pangkat/golongan"), max_length=100, blank=True)
    tempat = models.CharField(_("tempat"), max_length=100)
    tanggal = models.DateField(_("tanggal"))
    dicatat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dicatat oleh"),
    )

    class Meta:
        verbose_name = _("penanda tangan LHE")
        verbose_name_plural = _("penanda tangan LHE")
        ordering = ["evaluasi"]

    def __str__(self) -> str:
        return f"{self.nama} ({self.evaluasi})"


class Rekomendasi(models.Model):
    """A numbered recommendation of an evaluation, linked to the criterion codes it concerns.
    Only the evaluator closes it; while open it is carried into the satker's later
    evaluations as evidence of criterion 4.c.1."""

    evaluasi = models.ForeignKey(
        "lke.EvaluasiLke", on_delete=models.CASCADE, related_name="rekomendasi"
    )
    nomor = models.PositiveSmallIntegerField(_("nomor"))
    uraian = models.TextField(_("rekomendasi"))
    # Codes, not rows: a code is what the worksheets of other years share.
    kode_kriteria = models.JSONField(_("kode kriteria"), default=list)
    prioritas = models.CharField(
        _("prioritas"), max_length=10, choices=PrioritasRekomendasi.choices
    )
    penanggung_jawab = models.CharField(_("penanggung jawab"), max_length=200)
    batas_waktu = models.DateField(_("batas waktu"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=StatusRekomendasi.choices,
        default=StatusRekomendasi.TERBUKA,
    )
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dibuat oleh"),
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), default=timezone.now)
    ditutup_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ditutup oleh"),
    )
    ditutup_pada = models.DateTimeField(_("ditutup pada"), null=True, blank=True)
    catatan_penutupan = models.TextField(_("catatan penutupan"), blank=True)

    class Meta:
        verbose_name = _("rekomendasi evaluasi")
        verbose_name_plural = _("rekomendasi evaluasi")
        ordering = ["evaluasi", "nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["evaluasi", "nomor"],
                name="lke_rekomendasi_nomor_unik",
                violation_error_message=_("Nomor rekomendasi sudah dipakai pada evaluasi ini."),
            ),
            models.CheckConstraint(
                condition=models.Q(status=StatusRekomendasi.TERBUKA)
                | models.Q(ditutup_pada__isnull=False),
                name="lke_rekomendasi_ditutup_ada_waktu",
                violation_error_message=_("Rekomendasi yang ditutup harus mencatat waktunya."),
            ),
        ]

    def __str__(self) -> str:
        return f"Rekomendasi {self.nomor} {self.evaluasi}"

    @property
    def terbuka(self) -> bool:
        return self.status == StatusRekomendasi.TERBUKA


class TindakLanjut(models.Model):
    """One follow-up entry of the satker on a recommendation, with its evidence file (checked
    as every evidence file is: kinerja.reporting.bukti_berkas) kept with its SHA-256."""

    rekomendasi = models.ForeignKey(
        Rekomendasi, on_delete=models.CASCADE, related_name="tindak_lanjut"
    )
    uraian = models.TextField(_("uraian tindak lanjut"))
    # A folder of its own; `kinerja bersihkan_bukti` finds it from this field and treats a file
    # there that no row names as an orphan.
    berkas = models.FileField(_("berkas"), upload_to="tindak-lanjut/%Y/%m/")
    nama_asli = models.CharField(_("nama berkas"), max_length=255)
    jenis = models.CharField(_("jenis"), max_length=100)
    ukuran = models.PositiveBigIntegerField(_("ukuran (bita)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dibuat oleh"),
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), default=timezone.now)

    class Meta:
        verbose_name = _("tindak lanjut rekomendasi")
        verbose_name_plural = _("tindak lanjut rekomendasi")
        ordering = ["rekomendasi", "dibuat_pada", "id"]

    def __str__(self) -> str:
        return f"Tindak lanjut {self.rekomendasi}: {self.nama_asli}"
