"""Admin base class that audits every save and delete made through the Django admin."""

from django.contrib import admin
from django.db import models

from kinerja.core.audit import record_change, snapshot
from kinerja.core.forms import DECIMAL_OVERRIDES
from kinerja.core.models import AuditLog


class IndonesianNumbersMixin:
    """Admin forms and inlines read `94,74` as well as `94.74`."""

    formfield_overrides = {models.DecimalField: DECIMAL_OVERRIDES}


class AuditedAdmin(IndonesianNumbersMixin, admin.ModelAdmin):
    def save_model(self, request, obj, form, change):
        before = snapshot(type(obj).objects.get(pk=obj.pk)) if change else None
        super().save_model(request, obj, form, change)
        after = snapshot(obj)
        if before != after:
            record_change(
                actor=request.user,
                instance=obj,
                action=AuditLog.Action.UPDATE if change else AuditLog.Action.CREATE,
                before=before,
                after=after,
            )

    def delete_model(self, request, obj):
        before = snapshot(obj)
        record_change(
            actor=request.user,
            instance=obj,
            action=AuditLog.Action.DELETE,
            before=before,
            after=None,
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            record_change(
                actor=request.user,
                instance=obj,
                action=AuditLog.Action.DELETE,
                before=snapshot(obj),
                after=None,
            )
            obj.delete()
        for obj in instances:
            existing = type(obj).objects.filter(pk=obj.pk).first() if obj.pk else None
            before = snapshot(existing) if existing else None
            obj.save()
            after = snapshot(obj)
            if before != after:
                record_change(
                    actor=request.user,
                    instance=obj,
                    action=AuditLog.Action.UPDATE if before else AuditLog.Action.CREATE,
                    before=before,
                    after=after,
                )
        formset.save_m2m()
