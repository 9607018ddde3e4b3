from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kinerja.accounts.models import Membership, User
from kinerja.accounts.services import buka_kunci_masuk


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["satker", "unit"]


@admin.register(User)
class KinerjaUserAdmin(UserAdmin):
    inlines = [MembershipInline]
    list_display = [*UserAdmin.list_display, "wajib_ganti_sandi"]
    fieldsets = [
        *UserAdmin.fieldsets,
        (_("Kata sandi sementara"), {"fields": ["wajib_ganti_sandi"]}),
    ]
    actions = ["buka_kunci"]

    @admin.action(description=_("Buka kunci masuk pengguna terpilih"))
    def buka_kunci(self, request, queryset):
        # The failed-login records themselves are in "Access attempts" (django-axes); opening
        # a lock here is audited in Kinerja's own log.
        for user in queryset:
            buka_kunci_masuk(user, actor=request.user)
        count = queryset.count()
        self.message_user(
            request,
            ngettext(
                "Kunci masuk %(jumlah)d pengguna dibuka.",
                "Kunci masuk %(jumlah)d pengguna dibuka.",
                count,
            )
            % {"jumlah": count},
            messages.SUCCESS,
        )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "satker", "unit", "peran"]
    list_filter = ["peran", "satker"]
    search_fields = ["user__username", "satker__nama", "unit__nama"]
    autocomplete_fields = ["user", "satker", "unit"]
