from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.core.choices import Periode
from kinerja.core.fields import non_negative, ukuran_field
from kinerja.core.pesan import terjemahkan
from kinerja.measurement.choices import (
    Besaran,
    Cakupan,
    Pembanding,
    PeriodePelaporan,
    StatusRealisasi,
    TindakLanjut,
)
from kinerja.measurement.periods import BULAN, TRIWULAN, URUTAN
from kinerja.measurement.scales import Pita, Skala, periksa_skala
from kinerja.planning.choices import KebijakanTargetNol, Plafon
from kinerja.planning.models import Bertarget, satu_target
from kinerja.planning.targets import angka_tertulis


class Realisasi(Bertarget):
    """The realisation of an indicator in one period.

    The realisation is a number (`nilai`), a text for a qualitative indicator (`nilai_teks`:
    WTP, ya/tidak), or its components (`pembilang` ÷ `pembagi` × 100, each with its source),
    from which Kinerja computes it. The target stored here is the one a document printed beside
    the realisation; left empty, the realisation is measured against the target in force.
    `capaian_tercatat` is the capaian a document printed beside it: kept only as a stated
    value with its source, never used as the capaian (Kinerja computes its own).
    """

    target_wajib = False

    indikator = models.ForeignKey(
        "planning.IndikatorKinerja", on_delete=models.CASCADE, related_name="realisasi"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    periode = models.CharField(
        _("periode"), max_length=10, choices=Periode.choices, default=Periode.TAHUNAN
    )
    indikator_tercetak = models.TextField(_("indikator (tercetak)"), blank=True)
    nilai = ukuran_field(_("realisasi"), null=True, blank=True)
    nilai_teks = models.CharField(
        _("realisasi tertulis"),
        max_length=100,
        blank=True,
        help_text=_("Untuk indikator kualitatif: label (WTP, Baik) atau ya/tidak."),
    )
    pembilang = ukuran_field(
        _("pembilang"), null=True, blank=True, help_text=_("mis. 745.229 pemilih yang hadir")
    )
    pembilang_sumber = models.CharField(_("sumber pembilang"), max_length=200, blank=True)
    pembagi = ukuran_field(
        _("pembagi"), null=True, blank=True, help_text=_("mis. 918.192 pemilih dalam DPT")
    )
    pembagi_sumber = models.CharField(_("sumber pembagi"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=StatusRealisasi.choices,
        default=StatusRealisasi.DILAPORKAN,
    )
    alasan = models.CharField(_("alasan"), max_length=300, blank=True)
    capaian_tercatat = models.DecimalField(
        _("capaian tercatat (%)"), max_digits=9, decimal_places=4, null=True, blank=True
    )
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("realisasi kinerja")
        verbose_name_plural = _("realisasi kinerja")
        ordering = ["indikator", "tahun", "periode"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "periode"], name="realisasi_unik_per_periode"
            ),
            non_negative("target", "realisasi_target_tidak_negatif"),
            non_negative("nilai", "realisasi_nilai_tidak_negatif"),
            non_negative("pembilang", "realisasi_pembilang_tidak_negatif"),
            models.CheckConstraint(
                condition=models.Q(pembagi__isnull=True) | models.Q(pembagi__gt=0),
                name="realisasi_pembagi_positif",
                violation_error_message=_("Pembagi harus lebih dari 0."),
            ),
            satu_target("realisasi_satu_target", wajib=False),
        ]

    def __str__(self) -> str:
        return f"Realisasi {self.indikator.kode} {self.tahun} {self.get_periode_display()}"

    @property
    def bentuk_nilai(self) -> list[str]:
        """Which forms of the realisation are filled in."""
        forms = []
        if self.nilai is not None:
            forms.append("nilai")
        if self.nilai_teks.strip():
            forms.append("nilai_teks")
        if self.pembilang is not None or self.pembagi is not None:
            forms.append("komponen")
        return forms

    def clean_fields(self, exclude=None) -> None:
        # A realisation typed as text that is just a number ("95%") is kept as a number.
        written = angka_tertulis(self.nilai_teks)
        if written is not None and self.nilai is None:
            self.nilai, self.nilai_teks = written, ""
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        super().clean()
        forms = self.bentuk_nilai
        if self.status == StatusRealisasi.DILAPORKAN:
            if not forms:
                raise ValidationError({"nilai": _("Realisasi yang dilaporkan harus berisi nilai.")})
            if len(forms) > 1:
                raise ValidationError(
                    {
                        "nilai": _(
                            "Isi realisasi sebagai angka, teks, atau pembilang dan pembagi — "
                            "salah satu saja."
                        )
                    }
                )
            if forms == ["komponen"] and (self.pembilang is None or self.pembagi is None):
                raise ValidationError(
                    {"pembagi": _("Realisasi dari komponen membutuhkan pembilang dan pembagi.")}
                )
        elif forms:
            raise ValidationError(
                {
                    "nilai": _(
                        "Realisasi yang belum dilaporkan atau tidak dilaksanakan tidak memiliki "
                        "nilai."
                    )
                }
            )
        if self.status == StatusRealisasi.TIDAK_DILAKSANAKAN and not self.alasan:
            raise ValidationError({"alasan": _("Sebutkan alasan kegiatan tidak dilaksanakan.")})
        self._tidak_mencampur_bulan_dan_triwulan()

    def _tidak_mencampur_bulan_dan_triwulan(self) -> None:
        # A year read from months and quarters at once would count March twice (TW I ends
        # with it), so an indicator-year keeps one kind of period.
        if self.periode not in URUTAN or not self.indikator_id:
            return
        other = BULAN if self.periode in TRIWULAN else TRIWULAN
        clash = (
            Realisasi.objects.filter(
                indikator_id=self.indikator_id, tahun=self.tahun, periode__in=other
            )
            .exclude(pk=self.pk)
            .exists()
        )
        if clash:
            message = (
                _(
                    "Realisasi indikator ini tahun %(tahun)s sudah dicatat per bulan; jangan "
                    "dicampur, karena bulan dan triwulan akan terhitung dua kali."
                )
                if other is BULAN
                else _(
                    "Realisasi indikator ini tahun %(tahun)s sudah dicatat per triwulan; jangan "
                    "dicampur, karena bulan dan triwulan akan terhitung dua kali."
                )
            )
            raise ValidationError({"periode": message % {"tahun": self.tahun}})


class SkalaPredikat(models.Model):
    """A predicate scale: data, so a satker can choose a preset or define its own."""

    kode = models.SlugField(_("kode"), max_length=50, unique=True)
    nama = models.CharField(_("nama"), max_length=200)
    sumber = models.TextField(_("sumber dan catatan batas"), blank=True)
    teratas_terbuka = models.BooleanField(
        _("pita teratas terbuka"),
        default=True,
        help_text=_("Nilai di atas batas pita teratas tetap masuk pita teratas (capaian > 100)."),
    )

    class Meta:
        verbose_name = _("skala predikat")
        verbose_name_plural = _("skala predikat")
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama

    def to_skala(self) -> Skala:
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
    urutan = models.PositiveSmallIntegerField(_("urutan"))
    predikat = models.CharField(_("predikat"), max_length=50)
    keterangan = models.CharField(_("keterangan"), max_length=100, blank=True)
    bawah = models.DecimalField(
        _("batas bawah"), max_digits=9, decimal_places=4, null=True, blank=True
    )
    bawah_inklusif = models.BooleanField(_("batas bawah termasuk"), default=True)
    atas = models.DecimalField(
        _("batas atas"), max_digits=9, decimal_places=4, null=True, blank=True
    )
    atas_inklusif = models.BooleanField(_("batas atas termasuk"), default=True)

    class Meta:
        verbose_name = _("pita predikat")
        verbose_name_plural = _("pita predikat")
        ordering = ["skala", "urutan"]
        constraints = [models.UniqueConstraint(fields=["skala", "urutan"], name="pita_urutan_unik")]

    def __str__(self) -> str:
        return f"{self.skala.kode}: {self.predikat}"

    def clean(self) -> None:
        if self.bawah is not None and self.atas is not None and self.atas < self.bawah:
            raise ValidationError({"atas": _("Batas atas tidak boleh di bawah batas bawah.")})


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
        help_text=_('Kosong: skala 4 pita "LAN".'),
    )
    # The indicator-level choices without "ikut pengaturan satker": here the satker decides.
    plafon = models.CharField(
        _("plafon capaian"), max_length=6, choices=Plafon.choices[1:], default=Plafon.TANPA
    )
    kebijakan_target_nol = models.CharField(
        _("kebijakan target 0"),
        max_length=15,
        choices=KebijakanTargetNol.choices[1:],
        default=KebijakanTargetNol.BAKU,
    )
    sumber = models.CharField(
        _("dasar pengaturan"),
        max_length=300,
        blank=True,
        help_text=_("Dokumen yang menetapkan skala, plafon dan ambang ini, bila ada."),
    )
    ambang_capaian = models.DecimalField(
        _("ambang capaian (%)"),
        max_digits=9,
        decimal_places=4,
        default=100,
        help_text=_("Indikator di bawah ambang ini wajib dijelaskan dalam hambatan/upaya."),
    )
    periode_laporan = models.CharField(
        _("periode laporan realisasi"),
        max_length=10,
        choices=PeriodePelaporan.choices,
        default=PeriodePelaporan.TRIWULANAN,
        help_text=_("Unit kerja melaporkan realisasi per triwulan atau per bulan."),
    )

    class Meta:
        verbose_name = _("pengaturan pengukuran")
        verbose_name_plural = _("pengaturan pengukuran")
        ordering = ["satker"]

    def __str__(self) -> str:
        return f"Pengaturan pengukuran {self.satker}"

    def clean(self) -> None:
        # A scale with a gap or an overlap may be stored as a document states it, but it is
        # never used to classify a satker's capaian.
        if self.skala_id:
            problems = periksa_skala(self.skala.to_skala())
            if problems:
                raise ValidationError(
                    {
                        "skala": _("Skala ini cacat dan tidak dapat dipakai: %(masalah)s")
                        % {"masalah": "; ".join(terjemahkan(problem) for problem in problems)}
                    }
                )


class HambatanUpaya(models.Model):
    """One row of the hambatan table with the upaya (remedy) taken against it. It may explain
    a kegiatan, a sasaran strategis or one indicator."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="hambatan"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    nomor = models.PositiveSmallIntegerField(_("nomor"))
    aspek = models.CharField(_("kegiatan/aspek"), max_length=300)
    kegiatan = models.ForeignKey(
        "budgets.Kegiatan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sasaran = models.ForeignKey(
        "planning.SasaranStrategis",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hambatan",
        verbose_name=_("sasaran strategis"),
    )
    indikator = models.ForeignKey(
        "planning.IndikatorKinerja",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hambatan",
    )
    hambatan = models.TextField(_("hambatan"))
    keterangan = models.TextField(_("keterangan"), blank=True)
    hambatan_di_tabel_upaya = models.TextField(
        _("hambatan menurut tabel upaya"),
        blank=True,
        help_text=_("Diisi bila tabel upaya menuliskan hambatannya berbeda."),
    )
    upaya = models.TextField(_("upaya nyata"))
    tindak_lanjut = models.CharField(
        _("tindak lanjut"), max_length=20, choices=TindakLanjut.choices, default=TindakLanjut.BELUM
    )
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("hambatan dan upaya")
        verbose_name_plural = _("hambatan dan upaya")
        ordering = ["satker", "tahun", "nomor"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun", "nomor"], name="hambatan_unik")
        ]

    def __str__(self) -> str:
        return f"Hambatan {self.nomor} {self.tahun}: {self.aspek[:60]}"

    def clean(self) -> None:
        errors = {}
        if self.indikator_id and self.indikator.satker_id != self.satker_id:
            errors["indikator"] = _("Indikator harus milik satker yang sama.")
        if self.sasaran_id and self.sasaran.renstra.satker_id != self.satker_id:
            errors["sasaran"] = _("Sasaran harus dari Renstra satker yang sama.")
        if errors:
            raise ValidationError(errors)


class NilaiTercatat(models.Model):
    """What a document states that is not an input: a figure or word (a total, a percentage, a
    predicate, a restated target) or a claim ("semua target tercapai", "4 dari 5 IKU
    tercapai", "rata-rata capaian di atas 90%"). Kept with its source so the reviu can check it
    against what Kinerja computes or holds; never used as a result."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="nilai_tercatat"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    sumber = models.CharField(_("sumber"), max_length=200)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)
    besaran = models.CharField(_("besaran"), max_length=20, choices=Besaran.choices)
    cakupan = models.CharField(
        _("cakupan"),
        max_length=10,
        choices=Cakupan.choices,
        blank=True,
        help_text=_("Untuk klaim: indikator, IKU atau sasaran mana yang dimaksud."),
    )
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
    sasaran = models.ForeignKey(
        "planning.SasaranStrategis",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="nilai_tercatat",
        verbose_name=_("sasaran strategis"),
    )
    label = models.CharField(
        _("tentang"),
        max_length=300,
        blank=True,
        help_text=_("Apa yang dinyatakan, bila bukan indikator/kegiatan (mis. 'Serapan satker')."),
    )
    pembanding = models.CharField(
        _("pembanding"),
        max_length=2,
        choices=Pembanding.choices,
        default=Pembanding.SAMA,
        help_text=_("Untuk pernyataan batas: 'di atas 90%' ditulis > 90."),
    )
    nilai = models.DecimalField(_("nilai"), max_digits=20, decimal_places=4, null=True, blank=True)
    dari = models.DecimalField(
        _("dari"),
        max_digits=20,
        decimal_places=4,
        null=True,
        blank=True,
        help_text=_("M pada pernyataan 'N dari M'."),
    )
    teks = models.TextField(_("teks tercetak"), blank=True)

    class Meta:
        verbose_name = _("nilai tercatat")
        verbose_name_plural = _("nilai tercatat")
        ordering = ["satker", "tahun", "sumber", "urutan"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "sumber", "urutan"], name="nilai_tercatat_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_besaran_display()} ({self.sumber})"

    def clean(self) -> None:
        errors = {}
        if self.besaran in BESARAN_KLAIM and not self.cakupan:
            errors["cakupan"] = _("Klaim harus menyebut cakupannya (indikator, IKU atau sasaran).")
        if self.besaran == Besaran.JUMLAH_TERCAPAI and (self.nilai is None or self.dari is None):
            errors["dari"] = _("Pernyataan 'N dari M tercapai' membutuhkan N (nilai) dan M (dari).")
        if self.indikator_id and self.indikator.satker_id != self.satker_id:
            errors["indikator"] = _("Indikator harus milik satker yang sama.")
        if errors:
            raise ValidationError(errors)


BESARAN_KLAIM = {
    Besaran.KLAIM_TERCAPAI,
    Besaran.JUMLAH_TERCAPAI,
    Besaran.RATA_RATA_CAPAIAN,
    Besaran.BATAS_CAPAIAN,
}


class VersiDataSatker(models.Model):
    """A counter that changes, in the same transaction, with every write to the data a satker's
    measurement reads (kinerja.measurement.versi_data). It is a cache key, never input."""

    satker = models.OneToOneField(
        "organisations.Satker",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="versi_data",
    )
    versi = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("versi data satker")
        verbose_name_plural = _("versi data satker")

    def __str__(self) -> str:
        return f"{self.satker_id}: {self.versi}"


class RingkasanPengukuran(models.Model):
    """A satker-year's figures as its parent sums them, kept to serve the roll-up of a whole
    hierarchy at the speed of SQL (kinerja.measurement.ringkasan). A cache, never input: valid
    only while `versi` equals the satker's data version and `aturan` the rules' fingerprint;
    never exported, edited or audited. The figures are the exact Decimal text ("" for none),
    so a cached roll-up equals a computed one digit for digit."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="ringkasan_pengukuran"
    )
    tahun = models.PositiveSmallIntegerField()
    versi = models.PositiveBigIntegerField()
    aturan = models.CharField(max_length=16)
    capaian = models.CharField(max_length=64, blank=True)
    pagu = models.CharField(max_length=64, blank=True)
    realisasi_anggaran = models.CharField(max_length=64, blank=True)
    dihitung = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("ringkasan pengukuran (cache)")
        verbose_name_plural = _("ringkasan pengukuran (cache)")
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun"], name="ringkasan_satu_per_tahun")
        ]

    def __str__(self) -> str:
        return f"{self.satker_id} {self.tahun}"
