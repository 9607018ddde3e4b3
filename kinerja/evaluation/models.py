from django.db import models


class EfisiensiSumberDaya(models.Model):
    """One row of the 6M table (Man, Money, Material, Machine, Method, Market)."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="efisiensi"
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    nomor = models.PositiveSmallIntegerField("nomor")
    sumber_daya = models.CharField("sumber daya", max_length=100)
    efisiensi = models.TextField("efisiensi")

    class Meta:
        verbose_name = "efisiensi sumber daya (6M)"
        verbose_name_plural = "efisiensi sumber daya (6M)"
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
    tahun = models.PositiveSmallIntegerField("tahun")
    nomor = models.PositiveSmallIntegerField("nomor")
    aspek = models.CharField("aspek", max_length=200)
    indikator_keberhasilan = models.TextField("indikator keberhasilan")
    keterangan = models.TextField("keterangan", blank=True)

    class Meta:
        verbose_name = "kesimpulan"
        verbose_name_plural = "kesimpulan"
        ordering = ["satker", "tahun", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun", "nomor"], name="kesimpulan_unik")
        ]

    def __str__(self) -> str:
        return f"Kesimpulan {self.nomor} {self.tahun}: {self.aspek}"
