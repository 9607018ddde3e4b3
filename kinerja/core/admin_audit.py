"""Admin base class that audits every save and delete made through the Django admin."""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models, router
from django.db.models.deletion import Collector
from django.utils import translation
from django.utils.translation import gettext_lazy

from kinerja.core.audit import record_change, snapshot, stored_snapshot
from kinerja.core.concurrency import sidik
from kinerja.core.forms import DECIMAL_OVERRIDES
from kinerja.core.models import AuditLog


class IndonesianNumbersMixin:
    """Admin forms and inlines read `94,74` as well as `94.74`."""

    formfield_overrides = {models.DecimalField: DECIMAL_OVERRIDES}


SIDIK = "kinerja_sidik"
BERUBAH = gettext_lazy(
    "Data ini telah diubah orang lain sejak Anda membukanya; perubahan Anda tidak disimpan. "
    "Muat ulang halaman untuk melihat nilai terkini."
)
# Rows a cascade removes that are not anyone's data (the measurement's cache and its keys).
TANPA_AUDIT = {"measurement.RingkasanPengukuran", "measurement.VersiDataSatker", "core.AuditLog"}


class FormBerversi(forms.ModelForm):
    """An admin form carrying the fingerprint of the row as it was opened: a save over a row
    changed meanwhile is refused, never silently last-wins."""

    kinerja_sidik = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial[SIDIK] = sidik(self.instance)

    def clean(self):
        data = super().clean()
        if self.instance.pk:
            current = type(self.instance).objects.filter(pk=self.instance.pk).first()
            if current is not None and data.get(SIDIK) != sidik(current):
                raise ValidationError(BERUBAH)
        return data


class AuditedAdmin(IndonesianNumbersMixin, admin.ModelAdmin):
    form = FormBerversi

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None and fieldsets:
            name, options = fieldsets[0]
            fields = tuple(options.get("fields", ()))
            if SIDIK not in fields:
                fieldsets[0] = (name, {**options, "fields": (*fields, SIDIK)})
        return fieldsets

    def save_model(self, request, obj, form, change):
        before = snapshot(type(obj).objects.get(pk=obj.pk)) if change else None
        super().save_model(request, obj, form, change)
        after = stored_snapshot(obj)
        if before != after:
            record_change(
                actor=request.user,
                instance=obj,
                action=AuditLog.Action.UPDATE if change else AuditLog.Action.CREATE,
                before=before,
                after=after,
            )

    def delete_model(self, request, obj):
        # Every row the delete removes is audited, the cascaded ones too (an indicator takes
        # its targets and realisations with it).
        collector = Collector(using=router.db_for_write(type(obj)))
        collector.collect([obj])
        doomed = [item for items in collector.data.values() for item in items]
        doomed += [item for queryset in collector.fast_deletes for item in queryset]
        with translation.override(settings.LANGUAGE_CODE):  # the audit trail stays Indonesian
            cascade = f"Ikut terhapus bersama {obj._meta.verbose_name} {obj}"
        for item in doomed:
            if item._meta.label in TANPA_AUDIT:
                continue
            record_change(
                actor=request.user,
                instance=item,
                action=AuditLog.Action.DELETE,
                before=snapshot(item),
                after=None,
                reason="" if item is obj else cascade,
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
            after = stored_snapshot(obj)
            if before != after:
                record_change(
                    actor=request.user,
                    instance=obj,
                    action=AuditLog.Action.UPDATE if before else AuditLog.Action.CREATE,
                    before=before,
                    after=after,
                )
        formset.save_m2m()
