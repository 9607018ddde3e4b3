from django.db import models

from kinerja.evaluation.choices import Besaran


class HambatanUpaya(models.Model):
    """One row of the hambatan table with the upaya (remedy) taken against it."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="hambatan"
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    nomor = models.PositiveSmallIntegerField("nomor")
    aspek = models.CharField("kegiatan/aspek", max_length=300)
    kegiatan = models.ForeignKey(
        "budgets.Kegiatan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hambatan = models.TextField("hambatan")
    keterangan = models.TextField("keterangan", blank=True)
    hambatan_di_tabel_upaya = models.TextField(
        "hambatan menurut tabel upaya",
        blank=True,
        help_text="Diisi bila tabel upaya menuliskan hambatannya berbeda.",
    )
    upaya = models.TextField("upaya nyata")
    sumber = models.CharField("sumber", max_length=200, blank=True)

    class Meta:
        verbose_name = "hambatan dan upaya"
        verbose_name_plural = "hambatan dan upaya"
        ordering = ["satker", "tahun", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun", "nomor"], name="hambatan_unik")
        ]

    def __str__(self) -> str:
        return f"Hambatan {self.nomor} {self.tahun}: {self.aspek[:60]}"


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


class NilaiTercatat(models.Model):
    """A figure or word a document states (a total, a percentage, a predicate, a restated
    target) that is not an input: kept with its source so the reviu can check it against
    what Kinerja computes or holds."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="nilai_tercatat"
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    sumber = models.CharField("sumber", max_length=200)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    besaran = models.CharField("besaran", max_length=20, choices=Besaran.choices)
    indikator = models.ForeignKey(
        "planning.IndikatorKinerja",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="nilai_tercatat",
    )
    kegiatan = models.ForeignKey(
        "budgets.Kegiatan", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField(
        "tentang",
        max_length=300,
        blank=True,
        help_text="Apa yang dinyatakan, bila bukan indikator/kegiatan (mis. 'Serapan satker').",
    )
    nilai = models.DecimalField("nilai", max_digits=20, decimal_places=4, null=True, blank=True)
    teks = models.TextField("teks tercetak", blank=True)

    class Meta:
        verbose_name = "nilai tercatat"
        verbose_name_plural = "nilai tercatat"
        ordering = ["satker", "tahun", "sumber", "urutan"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "sumber", "urutan"], name="nilai_tercatat_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_besaran_display()} ({self.sumber})"
