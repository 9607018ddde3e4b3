from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kinerja.agreements.choices import (
    AlasanRevisi,
    JenisAnggaranPerjanjian,
    StatusPerjanjian,
    TingkatPerjanjian,
)
from kinerja.core.fields import non_negative, rupiah_field
from kinerja.core.pesan import Pesan
from kinerja.planning.models import BarisRencana, satu_target

SIGNED_IS_FINAL = _(
    "Perjanjian Kinerja yang sudah ditandatangani tidak dapat diubah; buat revisi dengan alasan."
)


PIHAK_WAJIB = (
    "pihak_pertama_nama",
    "pihak_pertama_jabatan",
    "pihak_kedua_nama",
    "pihak_kedua_jabatan",
)


class PerjanjianQuerySet(models.QuerySet):
    def berlaku(self, satker=None, tahun: int | None = None):
        """The signed PKs in force: signed and not replaced by a signed revision. A draft
        revision changes nothing until it is signed."""
        rows = self.filter(status=StatusPerjanjian.DITANDATANGANI).exclude(
            revisi__status=StatusPerjanjian.DITANDATANGANI
        )
        if satker is not None:
            rows = rows.filter(satker=satker)
        if tahun is not None:
            rows = rows.filter(tahun=tahun)
        return rows


class PerjanjianKinerja(models.Model):
    """A performance agreement for one year between pihak pertama and his/her superior.

    The names, jabatan and NIP of both parties are kept as printed at signing: people change
    jabatan, and a printed NIP may be ill-formed (the reviu reports it).
    """

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="perjanjian"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    tingkat = models.CharField(_("tingkat"), max_length=10, choices=TingkatPerjanjian.choices)
    unit = models.ForeignKey(
        "organisations.Unit",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="perjanjian",
    )
    judul = models.CharField(_("judul"), max_length=300)
    induk = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="turunan",
        verbose_name=_("PK induk"),
    )
    status = models.CharField(
        _("status"), max_length=15, choices=StatusPerjanjian.choices, default=StatusPerjanjian.DRAFT
    )
    versi = models.PositiveSmallIntegerField(_("versi"), default=1)
    revisi_dari = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="revisi",
        verbose_name=_("revisi dari"),
    )
    alasan_revisi = models.CharField(
        _("alasan revisi"), max_length=30, choices=AlasanRevisi.choices, blank=True
    )
    keterangan_revisi = models.CharField(_("keterangan revisi"), max_length=300, blank=True)

    pihak_pertama_nama = models.CharField(_("pihak pertama: nama"), max_length=200, blank=True)
    pihak_pertama_jabatan = models.CharField(
        _("pihak pertama: jabatan"), max_length=300, blank=True
    )
    pihak_pertama_nip_tercetak = models.CharField(
        _("pihak pertama: NIP tercetak"), max_length=40, blank=True
    )
    pihak_pertama_pegawai = models.ForeignKey(
        "organisations.Pegawai",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pihak pertama: pegawai"),
    )
    pihak_kedua_nama = models.CharField(_("pihak kedua: nama"), max_length=200, blank=True)
    pihak_kedua_jabatan = models.CharField(_("pihak kedua: jabatan"), max_length=300, blank=True)
    pihak_kedua_nip_tercetak = models.CharField(
        _("pihak kedua: NIP tercetak"), max_length=40, blank=True
    )
    pihak_kedua_pegawai = models.ForeignKey(
        "organisations.Pegawai",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pihak kedua: pegawai"),
    )
    pihak_kedua_anggota = models.ForeignKey(
        "organisations.Anggota",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pihak kedua: anggota"),
    )
    tempat = models.CharField(_("tempat"), max_length=100, blank=True)
    tanggal = models.DateField(_("tanggal"), null=True, blank=True)
    total_anggaran_tercatat = rupiah_field(_("total anggaran tercatat (Rp)"), null=True, blank=True)
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    objects = PerjanjianQuerySet.as_manager()

    class Meta:
        verbose_name = _("Perjanjian Kinerja")
        verbose_name_plural = _("Perjanjian Kinerja")
        ordering = ["satker", "-tahun", "tingkat", "unit__urutan", "versi"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "versi"],
                condition=models.Q(unit__isnull=True),
                name="pk_satker_unik",
                violation_error_message=_("PK satker dengan tahun dan versi ini sudah ada."),
            ),
            models.UniqueConstraint(
                fields=["satker", "tahun", "unit", "versi"],
                condition=models.Q(unit__isnull=False),
                name="pk_unit_unik",
                violation_error_message=_("PK unit ini dengan tahun dan versi ini sudah ada."),
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(tingkat=TingkatPerjanjian.SATKER, unit__isnull=True)
                    | models.Q(tingkat=TingkatPerjanjian.UNIT, unit__isnull=False)
                ),
                name="pk_tingkat_sesuai_unit",
                violation_error_message=_("PK tingkat unit harus menyebut unit; PK satker tidak."),
            ),
        ]

    def __str__(self) -> str:
        return f"PK {self.tahun} {self.unit or self.satker} (v{self.versi})"

    @property
    def is_signed(self) -> bool:
        return self.status == StatusPerjanjian.DITANDATANGANI

    @property
    def jumlah_anggaran(self) -> Decimal | None:
        """The sum of the budget lines (prefetched by the reading layer); None without any."""
        amounts = [line.anggaran for line in self.anggaran.all()]
        return sum(amounts, Decimal(0)) if amounts else None

    @property
    def total_tercatat_beda(self) -> bool:
        """The printed total disagrees with the sum of the budget lines."""
        if self.total_anggaran_tercatat is None:
            return False
        return (self.jumlah_anggaran or 0) != self.total_anggaran_tercatat

    def is_stored_as_signed(self) -> bool:
        """Signed in the database (not merely being signed by the form at hand)."""
        return (
            bool(self.pk)
            and type(self)
            .objects.filter(pk=self.pk, status=StatusPerjanjian.DITANDATANGANI)
            .exists()
        )

    def clean(self) -> None:
        errors = {}
        if self.is_stored_as_signed():
            raise ValidationError(SIGNED_IS_FINAL)
        if self.tingkat == TingkatPerjanjian.UNIT and not self.unit_id:
            errors["unit"] = _("PK tingkat unit harus menyebut unitnya.")
        if self.tingkat == TingkatPerjanjian.SATKER and self.unit_id:
            errors["unit"] = _("PK tingkat satker tidak memiliki unit.")
        if self.unit_id and self.satker_id and self.unit.satker_id != self.satker_id:
            errors["unit"] = _("Unit harus berada di satker yang sama.")
        if self.induk_id and self.induk.tahun != self.tahun:
            errors["induk"] = _("PK induk harus untuk tahun yang sama.")
        if self.revisi_dari_id:
            if not self.alasan_revisi:
                errors["alasan_revisi"] = _("Revisi Perjanjian Kinerja wajib menyebut alasannya.")
            original = self.revisi_dari
            if (original.satker_id, original.tahun, original.unit_id) != (
                self.satker_id,
                self.tahun,
                self.unit_id,
            ):
                errors["revisi_dari"] = _("Revisi harus untuk satker, tahun dan unit yang sama.")
        if self.is_signed:
            # A draft's parties are settled when it is signed (kinerja.agreements.pihak).
            for field in PIHAK_WAJIB:
                if not getattr(self, field).strip():
                    errors[field] = _(
                        "Perjanjian Kinerja yang ditandatangani menyebut kedua pihak."
                    )
        if errors:
            raise ValidationError(errors)
        if self.is_signed and self.pk:
            untraced = [
                line
                for line in self.baris.select_related("induk_baris", "baris_rkt")
                if line.trace_error()
            ]
            if untraced:
                raise ValidationError(
                    _(
                        "%(jumlah)s baris PK belum tertelusur ke PK induk atau RKT; PK tidak "
                        "dapat ditandatangani."
                    )
                    % {"jumlah": len(untraced)}
                )


class BarisPerjanjian(BarisRencana):
    """One target line of a PK: sasaran → indikator → target, traced to its parent line."""

    perjanjian = models.ForeignKey(
        PerjanjianKinerja, on_delete=models.CASCADE, related_name="baris"
    )
    indikator = models.ForeignKey(
        "planning.IndikatorKinerja", on_delete=models.PROTECT, related_name="baris_perjanjian"
    )
    induk_baris = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="turunan",
        verbose_name=_("baris PK induk"),
    )
    baris_rkt = models.ForeignKey(
        "planning.BarisRKT",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="baris_perjanjian",
        verbose_name=_("baris RKT"),
    )

    class Meta:
        verbose_name = _("baris Perjanjian Kinerja")
        verbose_name_plural = _("baris Perjanjian Kinerja")
        ordering = ["perjanjian", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["perjanjian", "urutan"], name="baris_pk_unik"),
            non_negative("target", "baris_pk_target_tidak_negatif"),
            satu_target("baris_pk_satu_target"),
        ]

    def __str__(self) -> str:
        return f"{self.perjanjian} #{self.urutan}"

    def trace_error(self) -> str:
        """Why this line does not trace to its parent PK or the RKT ('' when it does)."""
        pk = self.perjanjian
        if pk.tingkat != TingkatPerjanjian.UNIT:
            return ""
        if self.induk_baris_id:
            if self.induk_baris.perjanjian_id != pk.induk_id:
                return Pesan("Baris induk harus berasal dari PK induk perjanjian ini.")
            return ""
        if self.baris_rkt_id:
            rkt = self.baris_rkt.rkt
            if (rkt.satker_id, rkt.tahun) != (pk.satker_id, pk.tahun):
                return Pesan("Baris RKT harus berasal dari RKT satker dan tahun yang sama.")
            return ""
        return Pesan("Baris PK unit harus tertelusur ke baris PK induk atau baris RKT.")

    def clean(self) -> None:
        # A new PK and its lines are validated together before either is saved; the admin
        # hands the unsaved PK to its lines.
        try:
            perjanjian = self.perjanjian
        except PerjanjianKinerja.DoesNotExist:
            return
        if perjanjian.is_stored_as_signed():
            raise ValidationError(SIGNED_IS_FINAL)
        super().clean()
        if self.indikator_id and self.indikator.satker_id != perjanjian.satker_id:
            raise ValidationError({"indikator": _("Indikator harus milik satker PK ini.")})
        problem = self.trace_error()
        if problem:
            raise ValidationError({"induk_baris": problem})


class AnggaranPerjanjian(models.Model):
    """A budget line of a PK: a programme, kegiatan or KRO with its amount."""

    perjanjian = models.ForeignKey(
        PerjanjianKinerja, on_delete=models.CASCADE, related_name="anggaran"
    )
    urutan = models.PositiveSmallIntegerField(_("urutan"))
    jenis = models.CharField(_("jenis"), max_length=10, choices=JenisAnggaranPerjanjian.choices)
    program = models.ForeignKey(
        "budgets.Program", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    kegiatan = models.ForeignKey(
        "budgets.Kegiatan", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    kro = models.ForeignKey(
        "budgets.KRO", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    uraian_tercetak = models.CharField(_("uraian (tercetak)"), max_length=300)
    anggaran = rupiah_field(_("anggaran (Rp)"))

    class Meta:
        verbose_name = _("anggaran Perjanjian Kinerja")
        verbose_name_plural = _("anggaran Perjanjian Kinerja")
        ordering = ["perjanjian", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["perjanjian", "urutan"], name="anggaran_pk_unik"),
            non_negative("anggaran", "anggaran_pk_tidak_negatif"),
        ]

    def __str__(self) -> str:
        return f"{self.uraian_tercetak}"

    def clean(self) -> None:
        if self.perjanjian_id and self.perjanjian.is_stored_as_signed():
            raise ValidationError(SIGNED_IS_FINAL)
        if self.jenis == JenisAnggaranPerjanjian.PROGRAM and not self.program_id:
            raise ValidationError(
                {"program": _("Baris anggaran program harus menyebut programnya.")}
            )
        if self.jenis == JenisAnggaranPerjanjian.KEGIATAN and not self.kegiatan_id:
            raise ValidationError(
                {"kegiatan": _("Baris anggaran kegiatan harus menyebut kegiatannya.")}
            )
        if self.jenis == JenisAnggaranPerjanjian.KRO and not (self.kro_id or self.kegiatan_id):
            raise ValidationError(
                {"kro": _("Baris anggaran KRO harus menyebut KRO atau kegiatannya.")}
            )
