from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.core.choices import Periode
from kinerja.core.fields import non_negative, ukuran_field
from kinerja.planning.choices import (
    KebijakanTargetNol,
    MetodeAgregasi,
    Plafon,
    Polaritas,
    VarianTurun,
)
from kinerja.planning.targets import Target, angka_tertulis, target_dari

POLARITAS_TANPA_BATAS_ATAS = {
    Polaritas.NAIK: _("Batas atas tidak berlaku untuk polaritas naik: pakai polaritas rentang."),
    Polaritas.BINER: _("Batas atas tidak berlaku untuk polaritas biner."),
}


def satu_target(name: str, *, wajib: bool = True) -> models.CheckConstraint:
    """The database's half of Bertarget.clean: a number or a text, never both (and, for rows
    that must have a target, never neither)."""
    not_both = models.Q(target__isnull=True) | models.Q(target_teks="")
    condition = not_both
    if wajib:
        condition &= models.Q(target__isnull=False) | ~models.Q(target_teks="")
    return models.CheckConstraint(
        condition=condition,
        name=name,
        violation_error_message=_("Isi target angka atau target tertulis (salah satu)."),
    )


class Bertarget(models.Model):
    """A row that carries a target: a number, or the text a document wrote when the target is
    not a bare number (WTP, ≥ 95, CV ≤ 10, 7–8). Never both, and never a 0 standing in for a
    text."""

    target = ukuran_field(_("target"), null=True, blank=True)
    target_teks = models.CharField(
        _("target tertulis"),
        max_length=100,
        blank=True,
        help_text=_("Bila target bukan angka, tulis seperti di dokumen: WTP, ≥ 95, CV ≤ 10, 7–8."),
    )
    # Rows whose target may be left empty (a realisation measured against the target in
    # force) set this to False.
    target_wajib = True

    class Meta:
        abstract = True

    def clean_fields(self, exclude=None) -> None:
        # "95%" typed as a written target is a number: keep it as one.
        written = angka_tertulis(self.target_teks)
        if written is not None and self.target is None:
            self.target, self.target_teks = written, ""
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        super().clean()
        if self.target is not None and self.target_teks.strip():
            raise ValidationError(
                {"target_teks": _("Isi target angka atau target tertulis, tidak keduanya.")}
            )
        if self.target_wajib and self.target is None and not self.target_teks.strip():
            raise ValidationError({"target": _("Target wajib diisi (angka atau tertulis).")})

    @property
    def target_nilai(self) -> Target | None:
        return target_dari(self.target, self.target_teks)


class Renstra(models.Model):
    """A five-year strategic plan of a satker."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="renstra"
    )
    tahun_awal = models.PositiveSmallIntegerField(_("tahun awal"))
    tahun_akhir = models.PositiveSmallIntegerField(_("tahun akhir"))
    visi = models.TextField(_("visi"))
    dasar_hukum = models.CharField(_("dasar hukum"), max_length=300, blank=True)
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("Renstra")
        verbose_name_plural = _("Renstra")
        ordering = ["satker", "-tahun_awal"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun_awal"], name="renstra_unik"),
            models.CheckConstraint(
                condition=models.Q(tahun_akhir__gte=models.F("tahun_awal")),
                name="renstra_periode_urut",
                violation_error_message=_("Tahun akhir tidak boleh sebelum tahun awal."),
            ),
        ]

    def __str__(self) -> str:
        return f"Renstra {self.tahun_awal}–{self.tahun_akhir} {self.satker}"

    def clean(self) -> None:
        if self.tahun_awal and self.tahun_akhir and self.tahun_akhir < self.tahun_awal:
            raise ValidationError({"tahun_akhir": _("Tahun akhir tidak boleh sebelum tahun awal.")})


class Misi(models.Model):
    """One misi statement of a Renstra."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="misi")
    nomor = models.PositiveSmallIntegerField(_("nomor"))
    uraian = models.TextField(_("uraian"))

    class Meta:
        verbose_name = _("misi")
        verbose_name_plural = _("misi")
        ordering = ["renstra", "nomor"]
        constraints = [models.UniqueConstraint(fields=["renstra", "nomor"], name="misi_unik")]

    def __str__(self) -> str:
        return f"Misi {self.nomor}"


class Tujuan(models.Model):
    """One tujuan (goal) of a Renstra."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="tujuan")
    nomor = models.PositiveSmallIntegerField(_("nomor"))
    uraian = models.TextField(_("uraian"))

    class Meta:
        verbose_name = _("tujuan")
        verbose_name_plural = _("tujuan")
        ordering = ["renstra", "nomor"]
        constraints = [models.UniqueConstraint(fields=["renstra", "nomor"], name="tujuan_unik")]

    def __str__(self) -> str:
        return f"Tujuan {self.nomor}: {self.uraian[:60]}"


class SasaranStrategis(models.Model):
    """A sasaran strategis of a Renstra, under one of its tujuan."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="sasaran")
    tujuan = models.ForeignKey(
        Tujuan, null=True, blank=True, on_delete=models.SET_NULL, related_name="sasaran"
    )
    tujuan_tercatat = models.CharField(
        _("rumusan tujuan tercatat"),
        max_length=300,
        blank=True,
        help_text=_("Rumusan tujuan seperti tertulis di samping sasaran ini, bila berbeda."),
    )
    nomor = models.PositiveSmallIntegerField(_("nomor"))
    uraian = models.TextField(_("uraian"))

    class Meta:
        verbose_name = _("sasaran strategis")
        verbose_name_plural = _("sasaran strategis")
        ordering = ["renstra", "nomor"]
        constraints = [models.UniqueConstraint(fields=["renstra", "nomor"], name="sasaran_unik")]

    def __str__(self) -> str:
        return f"Sasaran {self.nomor}: {self.uraian[:60]}"

    def clean(self) -> None:
        if self.tujuan_id and self.tujuan.renstra_id != self.renstra_id:
            raise ValidationError({"tujuan": _("Tujuan harus berasal dari Renstra yang sama.")})


class IndikatorKinerja(models.Model):
    """A performance indicator of a satker, measured for the kegiatan it belongs to."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="indikator"
    )
    kode = models.CharField(_("kode"), max_length=30)
    nama = models.TextField(_("nama"))
    kegiatan = models.ForeignKey(
        "budgets.Kegiatan",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indikator",
    )
    sasaran = models.ForeignKey(
        SasaranStrategis,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indikator",
    )
    satuan = models.CharField(
        _("satuan"),
        max_length=50,
        help_text=_("Satuan ukur: %, dokumen, laporan, hari, orang, …"),
    )
    iku = models.BooleanField(
        _("IKU"),
        default=False,
        help_text=_("Indikator Kinerja Utama (dinyatakan dokumen perencanaan)."),
    )
    polaritas = models.CharField(
        _("polaritas"), max_length=10, choices=Polaritas.choices, default=Polaritas.NAIK
    )
    batas_atas = ukuran_field(
        _("batas atas"),
        null=True,
        blank=True,
        help_text=_("Untuk target rentang atau pita stabil: target adalah batas bawahnya."),
    )
    varian_turun = models.CharField(
        _("rumus semakin rendah semakin baik"),
        max_length=5,
        choices=VarianTurun.choices,
        default=VarianTurun.DUA_T_KURANG_R,
    )
    plafon = models.CharField(
        _("plafon capaian"), max_length=6, choices=Plafon.choices, blank=True, default=""
    )
    kebijakan_target_nol = models.CharField(
        _("kebijakan target 0"),
        max_length=15,
        choices=KebijakanTargetNol.choices,
        blank=True,
        default="",
    )
    metode_agregasi = models.CharField(
        _("agregasi periode ke tahun"),
        max_length=10,
        choices=MetodeAgregasi.choices,
        default=MetodeAgregasi.TERAKHIR,
    )
    bobot = models.DecimalField(
        _("bobot dalam sasaran"),
        max_digits=9,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0), "Bobot tidak boleh negatif.")],
    )
    label_kualitatif = models.TextField(
        _("urutan label kualitatif"),
        blank=True,
        help_text=_(
            "Untuk target berupa label: satu label per baris, dari terendah ke tertinggi "
            "(mis. TMP, TW, WDP, WTP)."
        ),
    )
    definisi = models.TextField(_("definisi operasional"), blank=True)
    sumber_data = models.CharField(_("sumber data"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("indikator kinerja")
        verbose_name_plural = _("indikator kinerja")
        ordering = ["satker", "kode"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "kode"], name="indikator_kode_unik")
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama[:80]}"

    @property
    def urutan_label(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.label_kualitatif.splitlines() if line.strip())

    def clean(self) -> None:
        errors = {}
        if self.polaritas == Polaritas.RENTANG and self.batas_atas is None:
            errors["batas_atas"] = _("Target rentang membutuhkan batas atas.")
        if self.batas_atas is not None and self.polaritas in POLARITAS_TANPA_BATAS_ATAS:
            errors["batas_atas"] = POLARITAS_TANPA_BATAS_ATAS[self.polaritas]
        labels = [label.lower() for label in self.urutan_label]
        if len(set(labels)) != len(labels):
            errors["label_kualitatif"] = _("Setiap label kualitatif hanya boleh muncul sekali.")
        if not self.satuan.strip():
            errors["satuan"] = _("Satuan indikator wajib diisi (%, dokumen, hari, …).")
        if errors:
            raise ValidationError(errors)


class TargetTahunan(Bertarget):
    """The target of an indicator for one year of the Renstra period."""

    indikator = models.ForeignKey(
        IndikatorKinerja, on_delete=models.CASCADE, related_name="target_tahunan"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("target tahunan")
        verbose_name_plural = _("target tahunan")
        ordering = ["indikator", "tahun"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun"], name="target_tahunan_unik"),
            non_negative("target", "target_tahunan_tidak_negatif"),
            satu_target("target_tahunan_satu_bentuk"),
        ]

    def __str__(self) -> str:
        return f"Target {self.tahun} {self.indikator.kode}"


class TargetPeriode(Bertarget):
    """A target for one quarter or month of a year, as the rencana aksi of the PK sets it.
    Used when the year has no annual target, and to judge a year in progress against the
    target to date."""

    indikator = models.ForeignKey(
        IndikatorKinerja, on_delete=models.CASCADE, related_name="target_periode"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    periode = models.CharField(
        _("periode"), max_length=10, choices=[c for c in Periode.choices if c[0] != Periode.TAHUNAN]
    )
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("target periode (rencana aksi)")
        verbose_name_plural = _("target periode (rencana aksi)")
        ordering = ["indikator", "tahun", "periode"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "periode"],
                name="target_periode_unik",
                violation_error_message=_("Indikator ini sudah punya target untuk periode itu."),
            ),
            non_negative("target", "target_periode_tidak_negatif"),
            satu_target("target_periode_satu_bentuk"),
        ]

    def __str__(self) -> str:
        return f"Target {self.get_periode_display()} {self.tahun} {self.indikator.kode}"


class RKT(models.Model):
    """Rencana Kinerja Tahunan: the annual plan of a satker."""

    satker = models.ForeignKey("organisations.Satker", on_delete=models.CASCADE, related_name="rkt")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    renstra = models.ForeignKey(
        Renstra, null=True, blank=True, on_delete=models.SET_NULL, related_name="rkt"
    )
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("RKT")
        verbose_name_plural = _("RKT")
        ordering = ["satker", "-tahun"]
        constraints = [models.UniqueConstraint(fields=["satker", "tahun"], name="rkt_unik")]

    def __str__(self) -> str:
        return f"RKT {self.tahun} {self.satker}"


class BarisRencana(Bertarget):
    """The fields an RKT row and a PK line share: sasaran (as printed) → indikator → target."""

    urutan = models.PositiveSmallIntegerField(_("urutan"))
    nomor_tercetak = models.CharField(_("nomor tercetak"), max_length=10, blank=True)
    sasaran_tercetak = models.CharField(_("sasaran (tercetak)"), max_length=300)
    kegiatan = models.ForeignKey(
        "budgets.Kegiatan", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    indikator_tercetak = models.TextField(_("indikator (tercetak)"), blank=True)

    class Meta:
        abstract = True


class BarisRKT(BarisRencana):
    """One row of an RKT: sasaran (as printed) → indikator → target."""

    rkt = models.ForeignKey(RKT, on_delete=models.CASCADE, related_name="baris")
    indikator = models.ForeignKey(
        IndikatorKinerja, on_delete=models.PROTECT, related_name="baris_rkt"
    )

    class Meta:
        verbose_name = _("baris RKT")
        verbose_name_plural = _("baris RKT")
        ordering = ["rkt", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["rkt", "urutan"], name="baris_rkt_unik"),
            non_negative("target", "baris_rkt_target_tidak_negatif"),
            satu_target("baris_rkt_satu_target"),
        ]

    def __str__(self) -> str:
        return f"{self.rkt} #{self.urutan}"

    def clean(self) -> None:
        super().clean()
        if self.indikator_id and self.rkt_id and self.indikator.satker_id != self.rkt.satker_id:
            raise ValidationError({"indikator": _("Indikator harus milik satker RKT ini.")})
