from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kinerja.documents.choices import BagianNaskah
from kinerja.organisations.models import Satker


class NaskahLaporan(models.Model):
    """One saved version of a narrative section of a satker-year's LKjIP (kata pengantar,
    BAB I …). Every save adds a version: the latest is in force, older ones stay readable and
    can be restored (as a new version). `sidik_bawaan` is the fingerprint of the default text
    generated from the data when the user wrote: a different default today means the data
    under the section changed since."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="naskah_laporan")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    bagian = models.CharField(_("bagian"), max_length=30, choices=BagianNaskah.choices)
    versi = models.PositiveIntegerField(_("versi"))
    teks = models.TextField(_("teks"))
    sidik_bawaan = models.CharField(_("sidik teks bawaan"), max_length=64, blank=True)
    dipulihkan_dari = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dipulihkan dari"),
    )
    penulis = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,  # an imported version: accounts are not exported
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("penulis"),
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), default=timezone.now)

    class Meta:
        verbose_name = _("naskah laporan")
        verbose_name_plural = _("naskah laporan")
        ordering = ["satker", "tahun", "bagian", "-versi"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "bagian", "versi"],
                name="naskah_versi_unik",
                violation_error_message=_("Versi naskah ini sudah ada."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_bagian_display()} {self.tahun} v{self.versi}"
