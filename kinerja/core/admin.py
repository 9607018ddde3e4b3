from django.contrib import admin

from kinerja.core.models import AuditLog


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records that change only through their services (which check the role, the version and
    the flow, and audit) or never change at all: the admin shows them."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditLog)
class AuditLogAdmin(ReadOnlyAdmin):
    # The audit trail is evidence: nobody edits or deletes it from the admin.
    list_display = ["at", "actor_label", "action", "model", "object_repr"]
    list_filter = ["action", "model"]
    search_fields = ["object_repr", "actor_label", "reason"]
    date_hierarchy = "at"
