"""Worksheets and schedules in the admin. A published worksheet version is read-only there
(kinerja.lke.versi refuses changes to it too); evaluations, answers and snapshots change only
through their services, so the admin only shows them."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kinerja.core.admin import ReadOnlyAdmin
from kinerja.core.admin_audit import AuditedAdmin
from kinerja.lke.models import (
    BuktiLke,
    EvaluasiLke,
    JadwalLke,
    JawabanLke,
    KomponenLke,
    KriteriaLke,
    PilihanSkala,
    SkalaJawaban,
    SnapshotLke,
    SubKomponenLke,
    VersiLembar,
)
from kinerja.lke.versi import terbitkan_lembar


def _versi_of(obj):
    if obj is None:
        return None
    if isinstance(obj, VersiLembar):
        return obj
    if isinstance(obj, SubKomponenLke):
        return obj.komponen.versi
    if isinstance(obj, PilihanSkala):
        return obj.skala.versi
    return obj.versi


class _LembarAdmin(AuditedAdmin):
    """Editable while the version is a draft."""

    def has_change_permission(self, request, obj=None):
        versi = _versi_of(obj)
        return super().has_change_permission(request, obj) and not (versi and versi.terbit)

    def has_delete_permission(self, request, obj=None):
        versi = _versi_of(obj)
        return super().has_delete_permission(request, obj) and not (versi and versi.terbit)


@admin.register(VersiLembar)
class VersiLembarAdmin(_LembarAdmin):
    # The status is moved by kinerja.lke.versi.terbitkan_lembar, which checks the weights.
    readonly_fields = ["status", "diterbitkan_pada", "diterbitkan_oleh"]
    actions = ["terbitkan"]

    @admin.action(description=gettext_lazy("Terbitkan lembar kerja terpilih"))
    def terbitkan(self, request, queryset):
        for versi in queryset:
            try:
                terbitkan_lembar(actor=request.user, versi=versi)
            except ValidationError as refused:
                for text in refused.messages:
                    self.message_user(request, f"{versi.tahun}: {text}", messages.ERROR)
            else:
                self.message_user(
                    request, _("Lembar kerja %(tahun)s terbit.") % {"tahun": versi.tahun}
                )

    list_display = ["tahun", "nama", "status"]
    list_filter = ["status"]
    search_fields = ["nama"]


@admin.register(SkalaJawaban)
class SkalaJawabanAdmin(_LembarAdmin):
    list_display = ["kode", "nama", "versi"]
    list_filter = ["versi"]
    list_select_related = ["versi"]
    search_fields = ["kode", "nama"]


@admin.register(PilihanSkala)
class PilihanSkalaAdmin(_LembarAdmin):
    list_display = ["kode", "label", "nilai", "skala"]
    list_filter = ["skala__versi"]
    list_select_related = ["skala__versi"]
    search_fields = ["kode", "label"]


@admin.register(KomponenLke)
class KomponenLkeAdmin(_LembarAdmin):
    list_display = ["kode", "nama", "bobot", "versi"]
    list_filter = ["versi"]
    list_select_related = ["versi"]
    search_fields = ["kode", "nama"]


@admin.register(SubKomponenLke)
class SubKomponenLkeAdmin(_LembarAdmin):
    list_display = ["kode", "nama", "bobot", "komponen"]
    list_filter = ["komponen__versi"]
    list_select_related = ["komponen__versi"]
    search_fields = ["kode", "nama"]


@admin.register(KriteriaLke)
class KriteriaLkeAdmin(_LembarAdmin):
    list_display = ["kode", "teks", "skala", "wajib", "teks_perlu_diverifikasi", "versi"]
    list_filter = ["versi", "wajib", "teks_perlu_diverifikasi"]
    list_select_related = ["versi", "skala__versi"]
    search_fields = ["kode", "teks"]


@admin.register(JadwalLke)
class JadwalLkeAdmin(AuditedAdmin):
    list_display = ["tahun", "fase", "mulai", "selesai"]
    list_filter = ["tahun", "fase"]
    search_fields = ["tahun"]


@admin.register(EvaluasiLke)
class EvaluasiLkeAdmin(ReadOnlyAdmin):
    list_display = ["satker", "tahun", "status", "sembunyikan_nilai"]
    list_filter = ["tahun", "status"]
    list_select_related = ["satker"]
    search_fields = ["satker__nama"]


@admin.register(JawabanLke)
class JawabanLkeAdmin(ReadOnlyAdmin):
    list_display = ["evaluasi", "kriteria", "peran", "kode", "penulis", "diubah_pada"]
    list_filter = ["peran"]
    list_select_related = ["evaluasi__satker", "kriteria", "penulis"]
    search_fields = ["kriteria__kode"]


@admin.register(SnapshotLke)
class SnapshotLkeAdmin(ReadOnlyAdmin):
    list_display = ["evaluasi", "sha256", "dibuat_pada"]
    list_select_related = ["evaluasi__satker"]
    search_fields = ["sha256"]


@admin.register(BuktiLke)
class BuktiLkeAdmin(ReadOnlyAdmin):
    list_display = ["evaluasi", "kriteria", "label", "status", "ditambahkan_pada"]
    list_filter = ["status", "jenis_tautan"]
    list_select_related = ["evaluasi__satker", "kriteria"]
    search_fields = ["label", "kriteria__kode"]


# The LHE and follow-up admins live beside their models; importing registers them.
from kinerja.lke import admin_rekomendasi  # noqa: E402, F401
