"""Writing rows idempotently with their audit records: the demo loader and `kinerja impor`
share it. A row is found by its natural key and created or updated only when it differs, so
loading the same data twice changes nothing and writes no audit record."""

from collections import Counter

from django.db import models

from kinerja.core.audit import record_change, snapshot
from kinerja.core.models import AuditLog


class AuditedWriter:
    def __init__(self, actor_label: str, reason: str, actor=None) -> None:
        self.actor = actor
        self.actor_label = actor_label
        self.reason = reason
        self.changes: Counter[str] = Counter()

    def _audit(self, instance, action, before, after) -> None:
        record_change(
            actor=self.actor,
            actor_label=self.actor_label,
            instance=instance,
            action=action,
            before=before,
            after=after,
            reason=self.reason,
        )
        self.changes[instance._meta.verbose_name_plural] += 1

    def upsert(
        self,
        model: type[models.Model],
        lookup: dict,
        values: dict,
        *,
        published: bool = False,
        exclude: tuple[str, ...] = (),
    ) -> models.Model:
        """Create or update the row `lookup` finds. Rows are validated like the admin does
        (`full_clean`); a published document (a signed PK as printed) is checked field by field
        and against the database constraints only, since it may break rules for new entries —
        the reviu is what reports that. `exclude` names fields the data does not carry (left
        empty, not validated)."""
        instance = model.objects.filter(**lookup).first()
        creating = instance is None
        if creating:
            instance = model(**lookup)
            before = None
        else:
            before = snapshot(instance)
        for name, value in values.items():
            setattr(instance, name, value)
        if not creating and snapshot(instance) == before:
            return instance
        if published:
            instance.clean_fields(exclude=exclude)
            instance.validate_unique()
            instance.validate_constraints()
        else:
            instance.full_clean(exclude=exclude)
        instance.save()
        # The audit's "after" is what the database holds, not the value in memory.
        instance.refresh_from_db()
        if not creating and snapshot(instance) == before:
            return instance
        self._audit(
            instance,
            AuditLog.Action.CREATE if creating else AuditLog.Action.UPDATE,
            before,
            snapshot(instance),
        )
        return instance

    def create(self, instance: models.Model, *, exclude: tuple[str, ...] = ()) -> models.Model:
        """Validate, save and audit a new row that has no natural key to find it by."""
        instance.full_clean(exclude=exclude)
        instance.save()
        instance.refresh_from_db()
        self._audit(instance, AuditLog.Action.CREATE, None, snapshot(instance))
        return instance

    def delete(self, instance: models.Model) -> None:
        self._audit(instance, AuditLog.Action.DELETE, snapshot(instance), None)
        instance.delete()
