"""Admin list columns for Rupiah: grouped the Indonesian way (`1.748.912.000`), still sorted
by the stored field. Per column, not USE_THOUSAND_SEPARATOR: that setting would also group the
ids the admin writes into its links."""

from django.contrib import admin

from kinerja.core.formatting import format_angka


def kolom_rupiah(field: str, label: str):
    """A `list_display` entry showing the Rupiah column `field` grouped, sortable by it."""

    @admin.display(description=label, ordering=field)
    def column(obj) -> str:
        value = getattr(obj, field)
        return "–" if value is None else format_angka(value)

    column.__name__ = f"{field}_rupiah"
    return column
