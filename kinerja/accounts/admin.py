from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from kinerja.accounts.models import Membership, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["satker", "unit"]


@admin.register(User)
class KinerjaUserAdmin(UserAdmin):
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "satker", "unit", "peran"]
    list_filter = ["peran", "satker"]
    search_fields = ["user__username", "satker__nama", "unit__nama"]
    autocomplete_fields = ["user", "satker", "unit"]
