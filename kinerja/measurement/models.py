from django.core.exceptions import ValidationError
from django.db import models

from kinerja.core.choices import Periode
from kinerja.core.fields import non_negative, ukuran_field
from kinerja.measurement.choices import StatusRealisasi


class Realisasi(models.Model):
    """The realisation of an indicator in one period, against the target it was measured by.

    `capaian_tercatat` is the capaian a document printed beside it: kept only as a stated
    value with its source, never used as the capaian (Kinerja computes its own).
    """

    indikator = models.ForeignKey(
        "planning.IndikatorKinerja", on_delete=models.CASCADE, related_name="realisasi"
    )
    tahun = models.PositiveSmallIntegerField("tahun")
    periode = models.CharField(
        "periode", max_length=10, choices=Periode.choices, default=Periode.TAHUNAN
    )
    indikator_tercetak = models.TextField("indikator (tercetak)", blank=True)
    target = ukuran_field("target")
    nilai = ukuran_field("realisasi", null=True, blank=True)
    status = models.CharField(
        "status",
        max_length=20,
        choices=StatusRealisasi.choices,
        default=StatusRealisasi.DILAPORKAN,
    )
    alasan = models.CharField("alasan", max_length=300, blank=True)
    capaian_tercatat = models.DecimalField(
        "capaian tercatat (%)", max_digits=9, decimal_places=4, null=True, blank=True
    )
    sumber = models.CharField("sumber", max_length=200, blank=True)

    class Meta:
        verbose_name = "realisasi kinerja"
        verbose_name_plural = "realisasi kinerja"
        ordering = ["indikator", "tahun", "periode"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "periode"], name="realisasi_unik_per_periode"
            ),
            non_negative("target", "realisasi_target_tidak_negatif"),
            non_negative("nilai", "realisasi_nilai_tidak_negatif"),
        ]

    def __str__(self) -> str:
        return f"Realisasi {self.indikator.kode} {self.tahun} {self.get_periode_display()}"

    def clean(self) -> None:
        if self.status == StatusRealisasi.DILAPORKAN and self.nilai is None:
            raise ValidationError({"nilai": "Realisasi yang dilaporkan harus berisi nilai."})
        if self.status == StatusRealisasi.TIDAK_DILAKSANAKAN:
            if self.nilai is not None:
                raise ValidationError(
                    {"nilai": "Kegiatan yang tidak dilaksanakan tidak memiliki nilai realisasi."}
                )
            if not self.alasan:
                raise ValidationError({"alasan": "Sebutkan alasan kegiatan tidak dilaksanakan."})
