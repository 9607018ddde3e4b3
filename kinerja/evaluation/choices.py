from django.db import models
from django.utils.translation import gettext_lazy as _


class StatusCatatan(models.TextChoices):
    """A review note's life: the inspector writes it, the satker answers it, the inspector
    closes it (never the satker: the evaluated unit does not close its own recommendations)."""

    TERBUKA = "terbuka", _("Terbuka")
    DITANGGAPI = "ditanggapi", _("Ditanggapi")
    SELESAI = "selesai", _("Selesai")
