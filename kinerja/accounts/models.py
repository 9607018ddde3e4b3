from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A Kinerja user; what they may see comes from their memberships."""

    wajib_ganti_sandi = models.BooleanField(
        _("wajib ganti kata sandi"),
        default=False,
        help_text=_(
            "Kata sandinya sementara (ditetapkan admin): ia harus menggantinya sebelum bekerja."
        ),
    )

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")
        ordering = ["username"]


class Membership(models.Model):
    """A role on a satker, or on one unit of it: what it allows and where it reaches is
    kinerja.accounts.peran (reading covers the satkers below; a unit grant acts on its unit)."""

    class Peran(models.TextChoices):
        ADMIN_SATKER = "admin_satker", _("Admin satker")
        OPERATOR_UNIT = "operator_unit", _("Operator unit")
        KASUBBAG = "kasubbag", _("Kasubbag (penyetuju)")
        PIMPINAN = "pimpinan", _("Sekretaris/pimpinan (baca, tanda tangan PK)")
        INSPEKTUR = "inspektur", _("Inspektur/APIP (baca dan catatan reviu)")
        REVIEWER_LKE = "reviewer_lke", _("Reviewer LKE (jawaban reviu evaluasi AKIP)")

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    satker = models.ForeignKey(
        "organisations.Satker", on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(
        "organisations.Unit",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    peran = models.CharField(_("peran"), max_length=20, choices=Peran.choices)

    class Meta:
        verbose_name = _("penugasan")
        verbose_name_plural = _("penugasan")
        ordering = ["user", "satker"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "satker", "unit", "peran"], name="penugasan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_peran_display()} {self.unit or self.satker}"

    def clean(self) -> None:
        if self.unit_id and self.unit.satker_id != self.satker_id:
            raise ValidationError({"unit": _("Unit harus berada di satker yang sama.")})
