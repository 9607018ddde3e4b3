from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.budgets.choices import JenisPagu, SumberDana
from kinerja.core.choices import Periode
from kinerja.core.fields import non_negative, rupiah_field


class Program(models.Model):
    """A budget programme, e.g. Program Dukungan Manajemen."""

    kode = models.CharField(_("kode"), max_length=20, blank=True)
    nama = models.CharField(_("nama"), max_length=300, unique=True)

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("program")
        ordering = ["nama"]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}".strip()


class Kegiatan(models.Model):
    """A kegiatan of the national budget classification (e.g. 6709, 3355)."""

    kode = models.CharField(
        _("kode"),
        max_length=20,
        unique=True,
        error_messages={"unique": "Kode kegiatan ini sudah terdaftar."},
    )
    nama = models.CharField(_("nama"), max_length=300)
    program = models.ForeignKey(
        Program, null=True, blank=True, on_delete=models.PROTECT, related_name="kegiatan"
    )

    class Meta:
        verbose_name = _("kegiatan")
        verbose_name_plural = _("kegiatan")
        ordering = ["kode"]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class KRO(models.Model):
    """Klasifikasi Rincian Output of a kegiatan (3 letters, e.g. EBA)."""

    kegiatan = models.ForeignKey(Kegiatan, on_delete=models.CASCADE, related_name="kro")
    kode = models.CharField(_("kode"), max_length=10)
    nama = models.CharField(_("nama"), max_length=300)

    class Meta:
        verbose_name = _("KRO")
        verbose_name_plural = _("KRO")
        ordering = ["kegiatan", "kode"]
        constraints = [models.UniqueConstraint(fields=["kegiatan", "kode"], name="kro_kode_unik")]

    def __str__(self) -> str:
        return f"{self.kegiatan.kode}.{self.kode} {self.nama}"


class RO(models.Model):
    """Rincian Output of a KRO (3 digits, e.g. EBA.994)."""

    kro = models.ForeignKey(KRO, on_delete=models.CASCADE, related_name="ro")
    kode = models.CharField(_("kode"), max_length=10)
    nama = models.CharField(_("nama"), max_length=300)

    class Meta:
        verbose_name = _("RO")
        verbose_name_plural = _("RO")
        ordering = ["kro", "kode"]
        constraints = [models.UniqueConstraint(fields=["kro", "kode"], name="ro_kode_unik")]

    def __str__(self) -> str:
        return f"{self.kro.kode}.{self.kode} {self.nama}"


class Pagu(models.Model):
    """One pagu figure of a kegiatan for a satker-year: the initial one, a revision, or the
    figure a report states without its history. Each keeps its source. Without a KRO the
    figure is the whole kegiatan's; with one, that KRO's share (a kegiatan-year is recorded
    one way or the other, never both: kinerja.budgets.services.catat_pagu)."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="pagu"
    )
    kegiatan = models.ForeignKey(Kegiatan, on_delete=models.PROTECT, related_name="pagu")
    kro = models.ForeignKey(
        KRO,
        verbose_name=_("KRO"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="pagu",
        help_text=_("Kosong: pagu seluruh kegiatan."),
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    jenis = models.CharField(_("jenis"), max_length=10, choices=JenisPagu.choices)
    jumlah = rupiah_field(_("jumlah (Rp)"))
    sumber_dana = models.CharField(
        _("sumber dana"),
        max_length=12,
        choices=SumberDana.choices,
        blank=True,
        default=SumberDana.TIDAK_DISEBUTKAN,
    )
    tanggal = models.DateField(_("tanggal"), null=True, blank=True)
    alasan = models.CharField(_("alasan revisi"), max_length=300, blank=True)
    nomor_dokumen = models.CharField(
        _("nomor dokumen"),
        max_length=200,
        blank=True,
        help_text=_("Mis. SP DIPA-076.01.2.xxxxxx/2024 atau nomor surat revisi POK."),
    )
    sumber = models.CharField(_("sumber"), max_length=200)

    class Meta:
        verbose_name = _("pagu")
        verbose_name_plural = _("pagu")
        # A pagu without a date predates every dated revision, on SQLite and PostgreSQL alike.
        ordering = ["satker", "tahun", "kegiatan", models.F("tanggal").asc(nulls_first=True), "id"]
        constraints = [non_negative("jumlah", "pagu_tidak_negatif")]

    def __str__(self) -> str:
        kro = f".{self.kro.kode}" if self.kro_id else ""
        return f"Pagu {self.kegiatan.kode}{kro} {self.tahun} ({self.get_jenis_display()})"

    def clean(self) -> None:
        errors = {}
        # A revision is only an explanation of a changed pagu when it says when, why and by
        # which document.
        if self.jenis == JenisPagu.REVISI:
            if not self.tanggal:
                errors["tanggal"] = _("Revisi pagu wajib bertanggal.")
            if not self.alasan:
                errors["alasan"] = _("Revisi pagu wajib menyebut alasannya.")
            if not self.nomor_dokumen:
                errors["nomor_dokumen"] = _(
                    "Revisi pagu wajib menyebut nomor dokumennya (mis. nomor DIPA revisi atau "
                    "surat revisi POK)."
                )
        # A KRO's pagu is a share of its own kegiatan's, never of another one.
        if self.kro_id and self.kegiatan_id and self.kro.kegiatan_id != self.kegiatan_id:
            errors["kro"] = _("KRO %(kro)s bukan bagian dari kegiatan %(kegiatan)s.") % {
                "kro": self.kro,
                "kegiatan": self.kegiatan.kode,
            }
        # A pagu of the whole kegiatan and pagu of its KROs would be added together (or one
        # would hide the other): a kegiatan-year is kept one way only, whoever writes it
        # (the page, the admin, an import).
        if self.satker_id and self.kegiatan_id and self.tahun and "kro" not in errors:
            others = (
                Pagu.objects.filter(
                    satker_id=self.satker_id, tahun=self.tahun, kegiatan_id=self.kegiatan_id
                )
                .exclude(pk=self.pk)
                .values_list("kro_id", flat=True)
            )
            per_kro = self.kro_id is not None
            if any((kro_id is not None) != per_kro for kro_id in others):
                errors["kro"] = (
                    _(
                        "Pagu kegiatan ini tahun ini sudah dicatat untuk seluruh kegiatan; "
                        "catat tanpa KRO juga."
                    )
                    if per_kro
                    else _("Pagu kegiatan ini tahun ini sudah dicatat per KRO; pilih KRO-nya juga.")
                )
        if errors:
            raise ValidationError(errors)


class RealisasiAnggaran(models.Model):
    """Budget realisation (SP2D) of a kegiatan in one period; `serapan_tercatat` is the
    percentage a document printed beside it, kept only to be checked."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="realisasi_anggaran"
    )
    kegiatan = models.ForeignKey(
        Kegiatan, on_delete=models.PROTECT, related_name="realisasi_anggaran"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    periode = models.CharField(
        _("periode"), max_length=10, choices=Periode.choices, default=Periode.TAHUNAN
    )
    jumlah = rupiah_field(_("realisasi (Rp)"))
    sumber_dana = models.CharField(
        _("sumber dana"),
        max_length=12,
        choices=SumberDana.choices,
        blank=True,
        default=SumberDana.TIDAK_DISEBUTKAN,
    )
    serapan_tercatat = models.DecimalField(
        _("serapan tercatat (%)"), max_digits=9, decimal_places=4, null=True, blank=True
    )
    sumber = models.CharField(_("sumber"), max_length=200)

    class Meta:
        verbose_name = _("realisasi anggaran")
        verbose_name_plural = _("realisasi anggaran")
        ordering = ["satker", "tahun", "kegiatan", "periode"]
        constraints = [
            non_negative("jumlah", "realisasi_anggaran_tidak_negatif"),
            models.UniqueConstraint(
                fields=["satker", "kegiatan", "tahun", "periode", "sumber_dana"],
                name="realisasi_anggaran_unik_per_periode",
            ),
        ]

    def __str__(self) -> str:
        return f"Realisasi {self.kegiatan.kode} {self.tahun} {self.get_periode_display()}"
