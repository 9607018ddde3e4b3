from django.conf import settings
from django.db import models


class AuditLog(models.Model):
    """One change to planning, measurement or budget data: who, when, before and after."""

    class Action(models.TextChoices):
        CREATE = "create", "Tambah"
        UPDATE = "update", "Ubah"
        DELETE = "delete", "Hapus"

    at = models.DateTimeField("waktu", auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="pengguna",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(
        "pelaku", max_length=150, help_text="Nama pengguna, atau perintah sistem yang mengubah."
    )
    action = models.CharField("tindakan", max_length=10, choices=Action.choices)
    model = models.CharField("jenis data", max_length=100, db_index=True)
    object_id = models.CharField("id data", max_length=64, db_index=True)
    object_repr = models.CharField("data", max_length=300)
    before = models.JSONField("sebelum", null=True, blank=True)
    after = models.JSONField("sesudah", null=True, blank=True)
    reason = models.CharField("alasan", max_length=300, blank=True)

    class Meta:
        verbose_name = "jejak audit"
        verbose_name_plural = "jejak audit"
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.object_repr} oleh {self.actor_label}"
