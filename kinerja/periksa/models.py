from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PeriksaTersimpan(models.Model):
    """A report uploaded to the Periksa LK page that its uploader chose to keep, with the
    review made of it when it was uploaded. It is its uploader's alone: no role or satker
    grant shows it to anyone else, and it has no admin page for the same reason. Deleting it
    deletes the file from storage."""

    pemilik = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    berkas = models.FileField(_("berkas"), upload_to="periksa-lk/%Y/%m/")
    nama_asli = models.CharField(_("nama berkas"), max_length=255)
    ukuran = models.PositiveBigIntegerField(_("ukuran (bita)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    tahun = models.PositiveSmallIntegerField(
        _("tahun yang diberikan"),
        null=True,
        blank=True,
        help_text=_("Tahun yang diisi pengunggah, bila sampul laporan tidak menyebutnya."),
    )
    # The review as `kinerja periksa-lk --json` prints it: a result kept with its file, never
    # read back as an input.
    hasil = models.JSONField(_("hasil pemeriksaan"))
    diunggah_pada = models.DateTimeField(_("diunggah pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("laporan kinerja yang diperiksa")
        verbose_name_plural = _("laporan kinerja yang diperiksa")
        ordering = ["-diunggah_pada", "-id"]

    def __str__(self) -> str:
        return self.nama_asli
