"""Field factories so every amount and measure has the same precision and sign rules."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


def rupiah_field(verbose_name: str, **kwargs) -> models.DecimalField:
    """Whole Rupiah, never negative."""
    return models.DecimalField(
        verbose_name,
        max_digits=18,
        decimal_places=0,
        validators=[MinValueValidator(Decimal(0), _("Nilai Rupiah tidak boleh negatif."))],
        **kwargs,
    )


def ukuran_field(verbose_name: str, **kwargs) -> models.DecimalField:
    """A target or a realisation: up to four decimals, never negative."""
    return models.DecimalField(
        verbose_name,
        max_digits=20,
        decimal_places=4,
        validators=[MinValueValidator(Decimal(0), _("Nilai tidak boleh negatif."))],
        **kwargs,
    )


def non_negative(field: str, name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__gte": 0}),
        name=name,
        violation_error_message=_("Nilai tidak boleh negatif."),
    )
