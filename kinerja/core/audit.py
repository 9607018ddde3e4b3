"""Writing audit records explicitly, from services and admin actions (never from signals)."""

import datetime
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import translation

from kinerja.core.formatting import plain_decimal
from kinerja.core.models import AuditLog


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return plain_decimal(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, FieldFile):
        return value.name  # where the file is stored; its content is kept with its hash
    return value


def _as_stored(field: models.Field, value: Any) -> Any:
    """`value` as the column keeps it, so the audit never tells apart two values the database
    does not: the string "5" and 5, 1.50 and 1.5, -0 and 0 (no column stores a negative zero)."""
    if isinstance(value, FieldFile) or value is None:
        return value
    try:
        value = field.to_python(value)
    except (ValidationError, OverflowError):
        return value  # not a value the column can hold: saving it fails, the audit shows it
    if isinstance(value, Decimal) and value.is_zero():
        return Decimal(0)
    return value


def snapshot(instance: models.Model) -> dict[str, Any]:
    """The concrete field values of one row, JSON-safe (decimals as strings)."""
    return {
        field.attname: _json_value(_as_stored(field, getattr(instance, field.attname)))
        for field in instance._meta.concrete_fields
    }


def stored_snapshot(instance: models.Model) -> dict[str, Any]:
    """`snapshot` of the row as the database now holds it, read back after a save: a value
    in memory may carry more decimals than the column keeps, which the database rounds."""
    if instance.pk is None:
        return snapshot(instance)
    fields = instance._meta.concrete_fields
    stored = (
        type(instance)
        ._base_manager.using(instance._state.db)
        .filter(pk=instance.pk)
        .values(*(field.attname for field in fields))
        .first()
    )
    if stored is None:
        return snapshot(instance)
    return {
        field.attname: _json_value(_as_stored(field, stored[field.attname])) for field in fields
    }


def record_change(
    *,
    actor: Any,
    instance: models.Model,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    actor_label: str = "",
    reason: str = "",
) -> AuditLog:
    user = actor if getattr(actor, "is_authenticated", False) else None
    # The audit trail is kept in Indonesian whatever language the actor reads the pages in.
    with translation.override(settings.LANGUAGE_CODE):
        object_repr = str(instance)[:300]
    return AuditLog.objects.create(
        actor=user,
        actor_label=actor_label or (user.get_username() if user else "sistem"),
        action=action,
        model=instance._meta.label,
        object_id=str(instance.pk),
        object_repr=object_repr,
        before=before,
        after=after,
        reason=reason,
    )


def catat_simpan(actor: Any, instance: models.Model, before: dict | None, reason: str) -> bool:
    """Audit a row just created (`before` None) or changed, if anything changed; True when
    it was audited. A save that changed nothing leaves no audit row."""
    after = stored_snapshot(instance)
    if before == after:
        return False
    action = AuditLog.Action.UPDATE if before else AuditLog.Action.CREATE
    record_change(
        actor=actor, instance=instance, action=action, before=before, after=after, reason=reason
    )
    return True


def catat(actor: Any, instance: models.Model, action: str, before: dict | None, reason: str = ""):
    """Audit a change just written: "after" is the row as the database now holds it (nothing
    after a delete)."""
    return record_change(
        actor=actor,
        instance=instance,
        action=action,
        before=before,
        after=None if action == "delete" else stored_snapshot(instance),
        reason=reason,
    )
