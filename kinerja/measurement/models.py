from django.core.exceptions import ValidationError
from django.db import models

from kinerja.core.choices import Periode
from kinerja.core.fields import non_negative, ukuran_field
from kinerja.measurement.choices import StatusRealisasi
from kinerja.planning.choices import KebijakanTargetNol, Plafon


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


class SkalaPredikat(models.Model):
    """A predicate scale: data, so a satker can choose a preset or define its own."""

    kode = models.SlugField("kode", max_length=50, unique=True)
    nama = models.CharField("nama", max_length=200)
    sumber = models.TextField("sumber dan catatan batas", blank=True)
    teratas_terbuka = models.BooleanField(
        "pita teratas terbuka",
        default=True,
        help_text="Nilai di atas batas pita teratas tetap masuk pita teratas (capaian > 100).",
    )

    class Meta:
        verbose_name = "skala predikat"
        verbose_name_plural = "skala predikat"
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama

    def to_skala(self):
        from kinerja.measurement.scales import Pita, Skala

        return Skala(
            kode=self.kode,
            nama=self.nama,
            sumber=self.sumber,
            teratas_terbuka=self.teratas_terbuka,
            pita=tuple(
                Pita(
                    band.predikat,
                    band.keterangan,
                    band.bawah,
                    band.bawah_inklusif,
                    band.atas,
                    band.atas_inklusif,
                )
                for band in self.pita.all()
            ),
        )


class PitaPredikat(models.Model):
    """One band of a scale, with exact boundary semantics (inclusive or not on each side)."""

    skala = models.ForeignKey(SkalaPredikat, on_delete=models.CASCADE, related_name="pita")
    urutan = models.PositiveSmallIntegerField("urutan")
    predikat = models.CharField("predikat", max_length=50)
    keterangan = models.CharField("keterangan", max_length=100, blank=True)
    bawah = models.DecimalField(
        "batas bawah", max_digits=9, decimal_places=4, null=True, blank=True
    )
    bawah_inklusif = models.BooleanField("batas bawah termasuk", default=True)
    atas = models.DecimalField("batas atas", max_digits=9, decimal_places=4, null=True, blank=True)
    atas_inklusif = models.BooleanField("batas atas termasuk", default=True)

    class Meta:
        verbose_name = "pita predikat"
        verbose_name_plural = "pita predikat"
        ordering = ["skala", "urutan"]
        constraints = [models.UniqueConstraint(fields=["skala", "urutan"], name="pita_urutan_unik")]

    def __str__(self) -> str:
        return f"{self.skala.kode}: {self.predikat}"

    def clean(self) -> None:
        if self.bawah is not None and self.atas is not None and self.atas < self.bawah:
            raise ValidationError({"atas": "Batas atas tidak boleh di bawah batas bawah."})


class PengaturanPengukuran(models.Model):
    """How a satker measures: its predicate scale, default cap and zero-target policy, and the
    capaian below which an indicator needs a hambatan/upaya."""

    satker = models.OneToOneField(
        "organisations.Satker", on_delete=models.CASCADE, related_name="pengaturan_pengukuran"
    )
    skala = models.ForeignKey(
        SkalaPredikat,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text='Kosong: skala 4 pita "LAN".',
    )
    # The indicator-level choices without "ikut pengaturan satker": here the satker decides.
    plafon = models.CharField(
        "plafon capaian", max_length=6, choices=Plafon.choices[1:], default=Plafon.TANPA
    )
    kebijakan_target_nol = models.CharField(
        "kebijakan target 0",
        max_length=15,
        choices=KebijakanTargetNol.choices[1:],
        default=KebijakanTargetNol.BAKU,
    )
    ambang_capaian = models.DecimalField(
        "ambang capaian (%)",
        max_digits=9,
        decimal_places=4,
        default=100,
        help_text="Indikator di bawah ambang ini wajib dijelaskan dalam hambatan/upaya.",
    )

    class Meta:
        verbose_name = "pengaturan pengukuran"
        verbose_name_plural = "pengaturan pengukuran"
        ordering = ["satker"]

    def __str__(self) -> str:
        return f"Pengaturan pengukuran {self.satker}"
