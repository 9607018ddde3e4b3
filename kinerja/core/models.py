from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditLog(models.Model):
    """One change to planning, measurement or budget data: who, when, before and after."""

    class Action(models.TextChoices):
        CREATE = "create", _("Tambah")
        UPDATE = "update", _("Ubah")
        DELETE = "delete", _("Hapus")

    at = models.DateTimeField(_("waktu"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(
        _("pelaku"),
        max_length=150,
        help_text=_("Nama pengguna, atau perintah sistem yang mengubah."),
    )
    action = models.CharField(_("tindakan"), max_length=10, choices=Action.choices)
    model = models.CharField(_("jenis data"), max_length=100, db_index=True)
    object_id = models.CharField(_("id data"), max_length=64, db_index=True)
    object_repr = models.CharField(_("data"), max_length=300)
    before = models.JSONField(_("sebelum"), null=True, blank=True)
    after = models.JSONField(_("sesudah"), null=True, blank=True)
    reason = models.CharField(_("alasan"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("jejak audit")
        verbose_name_plural = _("jejak audit")
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.object_repr} oleh {self.actor_label}"
