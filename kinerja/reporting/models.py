"""A unit's realisation report for one period: entered by its operator, checked by its
Kasubbag. Its figures become the satker's realisations (measurement.Realisasi) only when the
report is approved, so a draft or a submitted report changes no page, export or check."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.core.fields import ukuran_field
from kinerja.measurement.choices import StatusRealisasi
from kinerja.reporting.choices import PeriodeLaporan, StatusLaporan


class LaporanRealisasi(models.Model):
    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="laporan_realisasi"
    )
    unit = models.ForeignKey(
        "organisations.Unit", on_delete=models.CASCADE, related_name="laporan_realisasi"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    periode = models.CharField(_("periode"), max_length=10, choices=PeriodeLaporan.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=StatusLaporan.choices, default=StatusLaporan.DRAF
    )
    narasi = models.TextField(_("narasi"), blank=True)
    # Changes with every save: a form posted from an older version is refused, never merged.
    versi = models.PositiveIntegerField(_("versi"), default=1)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("diubah oleh"),
    )
    diubah_pada = models.DateTimeField(_("diubah pada"), auto_now=True)
    diajukan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("diajukan oleh"),
    )
    diajukan_pada = models.DateTimeField(_("diajukan pada"), null=True)
    diputuskan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("diputuskan oleh"),
    )
    diputuskan_pada = models.DateTimeField(_("diputuskan pada"), null=True)
    alasan_dikembalikan = models.TextField(_("alasan dikembalikan"), blank=True)

    class Meta:
        verbose_name = _("laporan realisasi")
        verbose_name_plural = _("laporan realisasi")
        ordering = ["satker", "tahun", "unit__urutan", "periode"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "tahun", "periode"], name="laporan_satu_per_unit_periode"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.get_periode_display()} {self.tahun}"

    @property
    def dapat_diisi(self) -> bool:
        return self.status in (StatusLaporan.DRAF, StatusLaporan.DIKEMBALIKAN)


class IsianRealisasi(models.Model):
    """One indicator's entry in a report: a figure (or a label), or "not executed" with why."""

    laporan = models.ForeignKey(LaporanRealisasi, on_delete=models.CASCADE, related_name="isian")
    indikator = models.ForeignKey(
        "planning.IndikatorKinerja", on_delete=models.PROTECT, related_name="isian_realisasi"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=[
            (StatusRealisasi.DILAPORKAN, StatusRealisasi.DILAPORKAN.label),
            (StatusRealisasi.TIDAK_DILAKSANAKAN, StatusRealisasi.TIDAK_DILAKSANAKAN.label),
        ],
        default=StatusRealisasi.DILAPORKAN,
    )
    nilai = ukuran_field(_("realisasi"), null=True, blank=True)
    nilai_teks = models.CharField(_("realisasi tertulis"), max_length=100, blank=True)
    alasan = models.CharField(_("alasan"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("isian realisasi")
        verbose_name_plural = _("isian realisasi")
        constraints = [
            models.UniqueConstraint(
                fields=["laporan", "indikator"], name="isian_satu_per_indikator"
            )
        ]

    def __str__(self) -> str:
        return f"{self.laporan}: {self.indikator.kode}"


class BuktiDukung(models.Model):
    """An evidence file of a report, checked by its content and kept with its SHA-256."""

    laporan = models.ForeignKey(LaporanRealisasi, on_delete=models.CASCADE, related_name="bukti")
    berkas = models.FileField(_("berkas"), upload_to="bukti/%Y/%m/")
    nama_asli = models.CharField(_("nama berkas"), max_length=255)
    jenis = models.CharField(_("jenis"), max_length=100)
    ukuran = models.PositiveBigIntegerField(_("ukuran (bita)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    diunggah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    diunggah_pada = models.DateTimeField(_("diunggah pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("bukti dukung")
        verbose_name_plural = _("bukti dukung")
        ordering = ["laporan", "diunggah_pada"]

    def __str__(self) -> str:
        return self.nama_asli
