"""The LKE worksheet as data, one version per evaluation year, and the evaluations answered on
it. A worksheet version is copied, never shared: next year's is edited without touching this
year's, and a published version never changes (its services refuse, the admin only shows it).
Scores are never stored: they are computed from the answers by kinerja.lke.nilai, and kept only
inside the snapshot written when an evaluation is finalised."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kinerja.core.fields import non_negative
from kinerja.lke.choices import (
    FaseJadwal,
    JenisTautan,
    PeranJawabanChoices,
    StatusBukti,
    StatusEvaluasi,
    StatusLembar,
)
from kinerja.lke.nilai import TIDAK_BERLAKU


def _bobot_field():
    return models.DecimalField(
        _("bobot"),
        max_digits=7,
        decimal_places=4,
        validators=[MinValueValidator(Decimal(0), _("Bobot tidak boleh negatif."))],
    )


class VersiLembar(models.Model):
    """The worksheet of one evaluation year (PermenPANRB 88/2021 or a local variant)."""

    tahun = models.PositiveSmallIntegerField(_("tahun evaluasi"), unique=True)
    nama = models.CharField(_("nama"), max_length=200)
    sumber = models.TextField(_("sumber"), blank=True)
    catatan = models.TextField(_("catatan"), blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=StatusLembar.choices, default=StatusLembar.DRAF
    )
    diterbitkan_pada = models.DateTimeField(_("diterbitkan pada"), null=True, blank=True)
    diterbitkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("diterbitkan oleh"),
    )

    class Meta:
        verbose_name = _("versi lembar kerja evaluasi")
        verbose_name_plural = _("versi lembar kerja evaluasi")
        ordering = ["-tahun"]

    def __str__(self) -> str:
        return f"LKE {self.tahun}: {self.nama}"

    @property
    def terbit(self) -> bool:
        return self.status == StatusLembar.TERBIT


class SkalaJawaban(models.Model):
    """An answer scale of one worksheet version (Y/T, AA–E, or a local one)."""

    versi = models.ForeignKey(VersiLembar, on_delete=models.CASCADE, related_name="skala")
    kode = models.CharField(_("kode"), max_length=30)
    nama = models.CharField(_("nama"), max_length=200)

    class Meta:
        verbose_name = _("skala jawaban")
        verbose_name_plural = _("skala jawaban")
        ordering = ["versi", "kode"]
        constraints = [
            models.UniqueConstraint(
                fields=["versi", "kode"],
                name="lke_skala_kode_unik",
                violation_error_message=_("Kode skala sudah dipakai pada versi ini."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.nama} ({self.versi.tahun})"


class PilihanSkala(models.Model):
    """One allowed answer of a scale, with its fraction of the criterion's share (0 to 1)."""

    skala = models.ForeignKey(SkalaJawaban, on_delete=models.CASCADE, related_name="pilihan")
    kode = models.CharField(_("kode"), max_length=10)
    label = models.CharField(_("label"), max_length=100)
    nilai = models.DecimalField(
        _("nilai"),
        max_digits=5,
        decimal_places=4,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(1))],
    )
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("pilihan jawaban")
        verbose_name_plural = _("pilihan jawaban")
        ordering = ["skala", "urutan", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["skala", "kode"],
                name="lke_pilihan_kode_unik",
                violation_error_message=_("Kode pilihan sudah dipakai pada skala ini."),
            ),
            models.CheckConstraint(
                condition=models.Q(nilai__gte=0, nilai__lte=1),
                name="lke_pilihan_nilai_0_1",
                violation_error_message=_("Nilai pilihan jawaban antara 0 dan 1."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kode} = {self.nilai}"


class KomponenLke(models.Model):
    """A komponen of a worksheet version (Perencanaan Kinerja, 30)."""

    versi = models.ForeignKey(VersiLembar, on_delete=models.CASCADE, related_name="komponen")
    kode = models.CharField(_("kode"), max_length=10)
    nama = models.CharField(_("nama"), max_length=300)
    bobot = _bobot_field()
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("komponen LKE")
        verbose_name_plural = _("komponen LKE")
        ordering = ["versi", "urutan", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["versi", "kode"],
                name="lke_komponen_kode_unik",
                violation_error_message=_("Kode komponen sudah dipakai pada versi ini."),
            ),
            non_negative("bobot", "lke_komponen_bobot_tidak_negatif"),
        ]

    def __str__(self) -> str:
        return f"{self.kode}. {self.nama}"


class SubKomponenLke(models.Model):
    """A sub-komponen (1.a keberadaan 6, 1.b kualitas 9, 1.c pemanfaatan 15)."""

    komponen = models.ForeignKey(KomponenLke, on_delete=models.CASCADE, related_name="sub")
    kode = models.CharField(_("kode"), max_length=10)
    nama = models.TextField(_("nama"))
    # keberadaan / kualitas / pemanfaatan: the logic checks compare answers across them.
    perspektif = models.CharField(_("perspektif"), max_length=20, blank=True)
    bobot = _bobot_field()
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("sub-komponen LKE")
        verbose_name_plural = _("sub-komponen LKE")
        ordering = ["komponen", "urutan", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["komponen", "kode"],
                name="lke_sub_kode_unik",
                violation_error_message=_("Kode sub-komponen sudah dipakai pada komponen ini."),
            ),
            non_negative("bobot", "lke_sub_bobot_tidak_negatif"),
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama[:60]}"


class KriteriaLke(models.Model):
    """One criterion. `kode` ("1.a.1") is the only key answers and comparisons with other
    years use; `versi` is kept on the row so the database holds it unique per version."""

    versi = models.ForeignKey(VersiLembar, on_delete=models.CASCADE, related_name="kriteria")
    sub = models.ForeignKey(SubKomponenLke, on_delete=models.CASCADE, related_name="kriteria")
    kode = models.CharField(_("kode"), max_length=20)
    teks = models.TextField(_("teks kriteria"))
    panduan = models.TextField(_("panduan penilaian"), blank=True)
    bukti_diharapkan = models.TextField(_("bukti dukung yang diharapkan"), blank=True)
    skala = models.ForeignKey(
        SkalaJawaban, on_delete=models.RESTRICT, related_name="+", verbose_name=_("skala jawaban")
    )
    wajib = models.BooleanField(_("wajib dijawab"), default=True)
    teks_perlu_diverifikasi = models.BooleanField(_("teks perlu diverifikasi"), default=False)
    sumber = models.TextField(_("sumber"), blank=True)
    catatan = models.TextField(_("catatan"), blank=True)
    # Codes of the criteria this one rests on (kinerja.lke.logika): a list, in order.
    prasyarat = models.JSONField(_("prasyarat"), default=list, blank=True)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("kriteria LKE")
        verbose_name_plural = _("kriteria LKE")
        ordering = ["sub", "urutan", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["versi", "kode"],
                name="lke_kriteria_kode_unik",
                violation_error_message=_("Kode kriteria sudah dipakai pada versi ini."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.teks[:60]}"

    def clean(self) -> None:
        if self.sub_id and self.versi_id and self.sub.komponen.versi_id != self.versi_id:
            raise ValidationError(_("Sub-komponen kriteria harus dari versi lembar yang sama."))
        if self.skala_id and self.versi_id and self.skala.versi_id != self.versi_id:
            raise ValidationError(_("Skala jawaban kriteria harus dari versi lembar yang sama."))


class JadwalLke(models.Model):
    """When a phase of a year's evaluation is open for writing (dates inclusive)."""

    tahun = models.PositiveSmallIntegerField(_("tahun evaluasi"))
    fase = models.CharField(_("fase"), max_length=10, choices=FaseJadwal.choices)
    mulai = models.DateField(_("mulai"))
    selesai = models.DateField(_("selesai"))

    class Meta:
        verbose_name = _("jadwal evaluasi")
        verbose_name_plural = _("jadwal evaluasi")
        ordering = ["-tahun", "fase"]
        constraints = [
            models.UniqueConstraint(
                fields=["tahun", "fase"],
                name="lke_jadwal_unik",
                violation_error_message=_("Jadwal fase ini untuk tahun itu sudah ada."),
            ),
            models.CheckConstraint(
                condition=models.Q(selesai__gte=models.F("mulai")),
                name="lke_jadwal_urut",
                violation_error_message=_("Tanggal selesai tidak boleh sebelum tanggal mulai."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_fase_display()} {self.tahun}: {self.mulai} – {self.selesai}"


class EvaluasiLke(models.Model):
    """One satker's evaluation of one year, on that year's worksheet version. Its status moves
    only through kinerja.lke.services (the state machine: kinerja.lke.alur)."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="evaluasi_lke"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    versi = models.ForeignKey(
        VersiLembar, on_delete=models.PROTECT, related_name="evaluasi", verbose_name=_("versi")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=StatusEvaluasi.choices, default=StatusEvaluasi.DRAF
    )
    sembunyikan_nilai = models.BooleanField(_("nilai evaluator disembunyikan"), default=False)
    alasan_dikembalikan = models.TextField(_("alasan dikembalikan"), blank=True)
    dibuka_pada = models.DateTimeField(_("dibuka pada"), default=timezone.now)

    class Meta:
        verbose_name = _("evaluasi AKIP")
        verbose_name_plural = _("evaluasi AKIP")
        ordering = ["satker", "-tahun"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun"],
                name="lke_evaluasi_unik",
                violation_error_message=_("Satker ini sudah memiliki evaluasi tahun itu."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status=StatusEvaluasi.DIKEMBALIKAN)
                | ~models.Q(alasan_dikembalikan=""),
                name="lke_dikembalikan_ada_alasan",
                violation_error_message=_("Evaluasi yang dikembalikan harus berisi alasannya."),
            ),
        ]

    def __str__(self) -> str:
        return f"Evaluasi AKIP {self.tahun} {self.satker}"


class JawabanLke(models.Model):
    """One side's answer to one criterion: the satker's own, a reviewer's, or the evaluator's
    (final). "N/A" (not applicable) needs its reason in `catatan`."""

    evaluasi = models.ForeignKey(EvaluasiLke, on_delete=models.CASCADE, related_name="jawaban")
    kriteria = models.ForeignKey(KriteriaLke, on_delete=models.PROTECT, related_name="+")
    peran = models.CharField(_("peran"), max_length=10, choices=PeranJawabanChoices.choices)
    kode = models.CharField(_("jawaban"), max_length=10)
    catatan = models.TextField(_("catatan"), blank=True)
    penulis = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("penulis"),
    )
    diubah_pada = models.DateTimeField(_("diubah pada"), default=timezone.now)

    class Meta:
        verbose_name = _("jawaban LKE")
        verbose_name_plural = _("jawaban LKE")
        ordering = ["evaluasi", "kriteria", "peran"]
        constraints = [
            models.UniqueConstraint(
                fields=["evaluasi", "kriteria", "peran"],
                name="lke_jawaban_unik",
                violation_error_message=_("Kriteria ini sudah dijawab oleh peran ini."),
            ),
            models.CheckConstraint(
                condition=~models.Q(kode=TIDAK_BERLAKU) | ~models.Q(catatan=""),
                name="lke_tidak_berlaku_ada_alasan",
                violation_error_message=_("Jawaban N/A (tidak berlaku) harus disertai alasan."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kriteria.kode} {self.peran}: {self.kode}"


class SnapshotLke(models.Model):
    """What a finalised evaluation was: its answers, its worksheet version, its scores and
    predicate, as canonical JSON with its SHA-256. Written once by `finalkan`; the results
    page reads it, so later changes to any worksheet or answer leave it as it was."""

    evaluasi = models.OneToOneField(EvaluasiLke, on_delete=models.CASCADE, related_name="snapshot")
    isi = models.TextField(_("isi (JSON)"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    dibuat_pada = models.DateTimeField(_("dibuat pada"), default=timezone.now)
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dibuat oleh"),
    )

    class Meta:
        verbose_name = _("snapshot hasil evaluasi")
        verbose_name_plural = _("snapshot hasil evaluasi")
        ordering = ["evaluasi"]

    def __str__(self) -> str:
        return f"Snapshot {self.evaluasi} {self.sha256[:12]}"


class BuktiLke(models.Model):
    """One piece of evidence for one criterion of an evaluation: an uploaded file (checked by
    its content like realisation evidence, kept with its SHA-256) or a link to a record Kinerja
    holds, pinned: the record as it was when linked is kept (`isi_tautan`) with its SHA-256,
    so a later change to the record does not change what was shown as evidence. Never
    deleted: a rejected item stays, with its reason, beside the one that replaces it."""

    evaluasi = models.ForeignKey(EvaluasiLke, on_delete=models.CASCADE, related_name="bukti")
    kriteria = models.ForeignKey(KriteriaLke, on_delete=models.RESTRICT, related_name="+")
    berkas = models.FileField(_("berkas"), upload_to="bukti-lke/%Y/%m/", blank=True)
    nama_asli = models.CharField(_("nama berkas"), max_length=255, blank=True)
    jenis_berkas = models.CharField(_("jenis berkas"), max_length=100, blank=True)
    ukuran = models.PositiveBigIntegerField(_("ukuran (bita)"), null=True, blank=True)
    jenis_tautan = models.CharField(
        _("jenis rekaman"), max_length=20, choices=JenisTautan.choices, blank=True
    )
    # The record's year, and its row where it is one (a measurement or a hambatan table is the
    # satker-year as a whole): enough to take the record's content again and compare.
    tahun_tautan = models.PositiveSmallIntegerField(_("tahun rekaman"), null=True, blank=True)
    tautan_id = models.PositiveBigIntegerField(_("id rekaman"), null=True, blank=True)
    label = models.CharField(_("label"), max_length=300)
    isi_tautan = models.TextField(_("rekaman saat ditautkan (JSON)"), blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    status = models.CharField(
        _("status"), max_length=10, choices=StatusBukti.choices, default=StatusBukti.DIAJUKAN
    )
    alasan_penolakan = models.TextField(_("alasan penolakan"), blank=True)
    ditambahkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    ditambahkan_pada = models.DateTimeField(_("ditambahkan pada"), default=timezone.now)
    diperiksa_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    diperiksa_pada = models.DateTimeField(_("diperiksa pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("bukti dukung LKE")
        verbose_name_plural = _("bukti dukung LKE")
        ordering = ["evaluasi", "kriteria", "ditambahkan_pada", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(jenis_tautan="") & ~models.Q(berkas=""))
                | (
                    ~models.Q(jenis_tautan="")
                    & models.Q(berkas="")
                    & models.Q(tahun_tautan__isnull=False)
                ),
                name="lke_bukti_berkas_atau_tautan",
                violation_error_message=_("Bukti berupa satu berkas atau satu tautan rekaman."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status=StatusBukti.DITOLAK) | ~models.Q(alasan_penolakan=""),
                name="lke_bukti_ditolak_ada_alasan",
                violation_error_message=_("Bukti yang ditolak harus berisi alasannya."),
            ),
        ]

    def __str__(self) -> str:
        return f"Bukti {self.kriteria.kode}: {self.label[:60]}"


# The LHE and follow-up models live in their own module; importing it registers them here.
from kinerja.lke import models_rekomendasi  # noqa: E402, F401
