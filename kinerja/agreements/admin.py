from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kinerja.agreements.choices import AlasanRevisi
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.agreements.services import revise_perjanjian, sign_perjanjian
from kinerja.core.admin_audit import AuditedAdmin, IndonesianNumbersMixin
from kinerja.core.admin_columns import kolom_rupiah


class RevisiForm(forms.Form):
    # Starts empty: a reason preselected is a reason nobody chose.
    alasan = forms.ChoiceField(
        label=gettext_lazy("Alasan revisi"),
        choices=[("", gettext_lazy("— pilih alasan revisi —")), *AlasanRevisi.choices],
        error_messages={"required": gettext_lazy("Pilih alasan revisi.")},
    )
    keterangan = forms.CharField(label=gettext_lazy("Keterangan"), max_length=300, required=False)


def _errors(error: ValidationError) -> str:
    return " ".join(error.messages)


class SignedIsReadOnly:
    """A signed PK is evidence: the admin shows it but never edits it in place."""

    def _signed(self, obj) -> bool:
        pk = obj if isinstance(obj, PerjanjianKinerja) else getattr(obj, "perjanjian", None)
        return bool(pk and pk.pk and pk.is_signed)

    def has_change_permission(self, request, obj=None):
        return not self._signed(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._signed(obj) and super().has_delete_permission(request, obj)


class ParentAwareFormSet(BaseInlineFormSet):
    """Gives each line the (possibly unsaved) PK of the form, so a new PK's lines are checked
    for tracing before anything is saved: all or nothing."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.instance.perjanjian = self.instance
        return form


class BarisPerjanjianInline(SignedIsReadOnly, IndonesianNumbersMixin, admin.TabularInline):
    model = BarisPerjanjian
    formset = ParentAwareFormSet
    fk_name = "perjanjian"
    extra = 0
    fields = [
        "urutan",
        "sasaran_tercetak",
        "kegiatan",
        "indikator",
        "target",
        "target_teks",
        "induk_baris",
        "baris_rkt",
    ]
    autocomplete_fields = ["kegiatan", "indikator", "induk_baris", "baris_rkt"]

    def has_add_permission(self, request, obj=None):
        return not self._signed(obj) and super().has_add_permission(request, obj)


class AnggaranPerjanjianInline(SignedIsReadOnly, IndonesianNumbersMixin, admin.TabularInline):
    model = AnggaranPerjanjian
    extra = 0
    autocomplete_fields = ["program", "kegiatan", "kro"]

    def has_add_permission(self, request, obj=None):
        return not self._signed(obj) and super().has_add_permission(request, obj)


@admin.register(PerjanjianKinerja)
class PerjanjianKinerjaAdmin(SignedIsReadOnly, AuditedAdmin):
    list_display = ["judul", "tahun", "tingkat", "unit", "status", "versi", "tanggal", "satker"]
    list_filter = ["tahun", "tingkat", "status", "satker"]
    search_fields = ["judul", "pihak_pertama_nama", "pihak_kedua_nama", "unit__nama"]
    list_select_related = ["satker", "unit"]
    autocomplete_fields = [
        "satker",
        "unit",
        "induk",
        "pihak_pertama_pegawai",
        "pihak_kedua_pegawai",
        "pihak_kedua_anggota",
    ]
    inlines = [BarisPerjanjianInline, AnggaranPerjanjianInline]
    # The state of a PK changes only through its services: sign, revise.
    readonly_fields = ["status", "versi", "revisi_dari", "alasan_revisi", "keterangan_revisi"]
    actions = ["tandatangani", "buat_revisi"]

    @admin.action(description=gettext_lazy("Tandatangani PK terpilih (draf)"))
    def tandatangani(self, request, queryset):
        for perjanjian in queryset:
            try:
                sign_perjanjian(perjanjian, actor=request.user)
            except ValidationError as error:
                self.message_user(
                    request,
                    _("%(pk)s: tidak ditandatangani — %(galat)s")
                    % {"pk": perjanjian, "galat": _errors(error)},
                    messages.ERROR,
                )
            else:
                self.message_user(
                    request, _("%(pk)s: ditandatangani.") % {"pk": perjanjian}, messages.SUCCESS
                )

    @admin.action(description=gettext_lazy("Buat revisi PK terpilih (yang ditandatangani)"))
    def buat_revisi(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Pilih tepat satu PK untuk direvisi."), messages.ERROR)
            return None
        perjanjian = queryset.get()
        form = RevisiForm(request.POST if "alasan" in request.POST else None)
        if form.is_valid():
            try:
                revision = revise_perjanjian(
                    perjanjian,
                    actor=request.user,
                    alasan=form.cleaned_data["alasan"],
                    keterangan=form.cleaned_data["keterangan"],
                )
            except ValidationError as error:
                self.message_user(
                    request,
                    _("Revisi ditolak — %(galat)s") % {"galat": _errors(error)},
                    messages.ERROR,
                )
            else:
                self.message_user(
                    request,
                    _(
                        "Draf revisi %(revisi)s dibuat; PK lama tetap berlaku sampai revisi "
                        "ditandatangani."
                    )
                    % {"revisi": revision},
                    messages.SUCCESS,
                )
            return None
        return TemplateResponse(
            request,
            "admin/agreements/revisi_form.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Revisi %(pk)s") % {"pk": perjanjian},
                "perjanjian": perjanjian,
                "form": form,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(BarisPerjanjian)
class BarisPerjanjianAdmin(SignedIsReadOnly, AuditedAdmin):
    list_display = ["perjanjian", "urutan", "sasaran_tercetak", "indikator", "target"]
    list_filter = ["perjanjian__tahun", "perjanjian__tingkat", "kegiatan"]
    search_fields = ["sasaran_tercetak", "indikator__nama", "indikator_tercetak"]
    list_select_related = ["perjanjian__unit", "perjanjian__satker", "indikator"]
    autocomplete_fields = ["perjanjian", "kegiatan", "indikator", "induk_baris", "baris_rkt"]


@admin.register(AnggaranPerjanjian)
class AnggaranPerjanjianAdmin(SignedIsReadOnly, AuditedAdmin):
    list_display = [
        "perjanjian",
        "urutan",
        "jenis",
        "uraian_tercetak",
        kolom_rupiah("anggaran", "anggaran (Rp)"),
    ]
    list_filter = ["jenis", "perjanjian__tahun"]
    search_fields = ["uraian_tercetak", "kegiatan__kode", "program__nama"]
    list_select_related = ["perjanjian__unit", "perjanjian__satker"]
    autocomplete_fields = ["perjanjian", "program", "kegiatan", "kro"]
