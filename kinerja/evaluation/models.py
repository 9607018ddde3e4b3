from django.db import models
from django.utils.translation import gettext_lazy as _


class EfisiensiSumberDaya(models.Model):
    """One row of the 6M table (Man, Money, Material, Machine, Method, Market)."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="efisiensi"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    nomor = models.PositiveSmallIntegerField(_("nomor"))
    sumber_daya = models.CharField(_("sumber daya"), max_length=100)
    efisiensi = models.TextField(_("efisiensi"))

    class Meta:
        verbose_name = _("efisiensi sumber daya (6M)")
        verbose_name_plural = _("efisiensi sumber daya (6M)")
        ordering = ["satker", "tahun", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun", "nomor"], name="efisiensi_unik")
        ]

    def __str__(self) -> str:
        return f"{self.sumber_daya} {self.tahun}"


class Kesimpulan(models.Model):
    """One row of the conclusion table of the report (aspek, indikator keberhasilan)."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="kesimpulan"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    nomor = models.PositiveSmallIntegerField(_("nomor"))
    aspek = models.CharField(_("aspek"), max_length=200)
    indikator_keberhasilan = models.TextField(_("indikator keberhasilan"))
    keterangan = models.TextField(_("keterangan"), blank=True)

    class Meta:
        verbose_name = _("kesimpulan")
        verbose_name_plural = _("kesimpulan")
        ordering = ["satker", "tahun", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun", "nomor"], name="kesimpulan_unik")
        ]

    def __str__(self) -> str:
        return f"Kesimpulan {self.nomor} {self.tahun}: {self.aspek}"
