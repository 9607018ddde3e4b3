from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kinerja.evaluation.choices import StatusCatatan


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


class CatatanReviu(models.Model):
    """A review note of the inspectorate (APIP) on a satker-year, about the year as a whole or
    about one computed reviu finding (`aturan` and `lokasi`: the finding's rule id and its
    table and row, as the reviu page shows them). The finding is computed afresh from the data
    and disappears once the data is fixed, so its message when the note was written is kept
    (`pesan_temuan`). The satker answers (`tanggapan`); only the inspectorate closes it."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="catatan_reviu"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    aturan = models.CharField(_("aturan reviu"), max_length=60, blank=True)
    lokasi = models.CharField(_("lokasi temuan"), max_length=300, blank=True)
    pesan_temuan = models.TextField(_("temuan saat dicatat"), blank=True)
    teks = models.TextField(_("catatan"))
    penulis = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,  # an imported note: accounts are not exported
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("penulis"),
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=12, choices=StatusCatatan.choices, default=StatusCatatan.TERBUKA
    )
    tanggapan = models.TextField(_("tanggapan"), blank=True)
    ditanggapi_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ditanggapi oleh"),
    )
    ditanggapi_pada = models.DateTimeField(_("ditanggapi pada"), null=True, blank=True)
    diselesaikan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("diselesaikan oleh"),
    )
    diselesaikan_pada = models.DateTimeField(_("diselesaikan pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("catatan reviu")
        verbose_name_plural = _("catatan reviu")
        ordering = ["satker", "tahun", "dibuat_pada", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status=StatusCatatan.DITANGGAPI) | ~models.Q(tanggapan=""),
                name="catatan_ditanggapi_ada_tanggapan",
                violation_error_message=_("Catatan yang ditanggapi harus berisi tanggapan."),
            ),
            models.CheckConstraint(
                condition=models.Q(aturan="") | ~models.Q(lokasi=""),
                name="catatan_temuan_ada_lokasi",
                violation_error_message=_("Catatan tentang temuan harus menyebut lokasinya."),
            ),
        ]

    def __str__(self) -> str:
        return f"Catatan reviu {self.tahun} #{self.pk}: {self.teks[:60]}"

    @property
    def terbuka(self) -> bool:
        """Not closed yet: answered or not, it still awaits the inspectorate."""
        return self.status != StatusCatatan.SELESAI


class PernyataanReviu(models.Model):
    """The inspectorate's "Pernyataan Telah Direviu" on a satker-year's LKjIP (PermenPANRB
    53/2014, Lampiran III): the report was reviewed, its substance is management's
    responsibility, nothing came to attention that makes its information unreliable. Signed by
    a member of staff of the inspectorate (`pemeriksa`); the name, NIP, jabatan and rank are
    kept as printed on the statement's date, taken from the staff records, never typed.

    Withdrawn, it stays with its reason (`ditarik_pada`, `alasan_penarikan`); at most one
    statement of a satker-year is in force."""

    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="pernyataan_reviu"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    tanggal = models.DateField(_("tanggal pernyataan"))
    tempat = models.CharField(_("tempat"), max_length=100)
    pemeriksa = models.ForeignKey(
        "organisations.Pegawai",
        null=True,
        blank=True,  # the signer's record may be removed later; the statement keeps its name
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pereviu"),
    )
    nama = models.CharField(_("nama pereviu"), max_length=200)
    nip = models.CharField(_("NIP pereviu"), max_length=30, blank=True)
    jabatan = models.CharField(_("jabatan pereviu"), max_length=200)
    pangkat_golongan = models.CharField(_("pangkat/golongan pereviu"), max_length=100, blank=True)
    dicatat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dicatat oleh"),
    )
    dicatat_pada = models.DateTimeField(_("dicatat pada"), default=timezone.now)
    ditarik_pada = models.DateTimeField(_("ditarik pada"), null=True, blank=True)
    ditarik_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ditarik oleh"),
    )
    alasan_penarikan = models.TextField(_("alasan penarikan"), blank=True)

    class Meta:
        verbose_name = _("pernyataan telah direviu")
        verbose_name_plural = _("pernyataan telah direviu")
        ordering = ["satker", "tahun", "dicatat_pada", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun"],
                condition=models.Q(ditarik_pada__isnull=True),
                name="pernyataan_reviu_satu_berlaku",
                violation_error_message=_(
                    "Sudah ada pernyataan telah direviu yang berlaku untuk tahun ini."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(ditarik_pada__isnull=True) | ~models.Q(alasan_penarikan=""),
                name="pernyataan_reviu_ditarik_ada_alasan",
                violation_error_message=_("Pernyataan yang ditarik harus berisi alasannya."),
            ),
        ]

    def __str__(self) -> str:
        return f"Pernyataan telah direviu {self.tahun}: {self.nama}"

    @property
    def berlaku(self) -> bool:
        return self.ditarik_pada is None
