"""Rupiah columns of the admin lists are grouped the Indonesian way and still sort by the field;
ids in the admin's links are never grouped."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.urls import reverse

from kinerja.core.admin_columns import kolom_rupiah


def test_a_rupiah_column_is_grouped_and_sorts_by_its_field():
    column = kolom_rupiah("jumlah", "jumlah (Rp)")
    assert column(SimpleNamespace(jumlah=Decimal(1_748_912_000))) == "1.748.912.000"
    assert column(SimpleNamespace(jumlah=None)) == "–"
    assert column.admin_order_field == "jumlah"
    assert column.short_description == "jumlah (Rp)"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("model", "field"),
    [
        ("budgets.pagu", "jumlah"),
        ("budgets.realisasianggaran", "jumlah"),
        ("agreements.anggaranperjanjian", "anggaran"),
    ],
)
def test_admin_lists_show_rupiah_grouped_sorted_by_amount(
    client, superuser, prabumulih, model, field
):
    from django.apps import apps

    from kinerja.core.formatting import format_angka

    app_label, name = model.split(".")
    rows = apps.get_model(app_label, name).objects.order_by(f"-{field}")
    largest = rows.first()
    assert getattr(largest, field) >= 1000  # the demo's amounts are grouped
    client.force_login(superuser)
    url = reverse(f"admin:{app_label}_{name}_changelist")
    html = client.get(url).content.decode()
    assert f">{format_angka(getattr(largest, field))}<" in html
    assert f">{int(getattr(largest, field))}<" not in html
    # Sorting by the column orders by the stored amount, largest first.
    header = f"{field}_rupiah"
    assert f"column-{header}" in html
    position = _position(client, url, header)
    response = client.get(url, {"o": f"-{position}"})
    assert response.status_code == 200
    assert response.context["cl"].result_list[0].pk == largest.pk
    ascending = client.get(url, {"o": str(position)}).context["cl"].result_list
    assert getattr(ascending[0], field) == getattr(rows.last(), field)
    # An id in a link stays a plain number.
    assert (
        reverse(f"admin:{app_label}_{name}_change", args=[largest.pk]) in response.content.decode()
    )


def _position(client, url, header) -> int:
    """The 1-based position of a column in the changelist, as the admin's `o=` names it."""
    columns = client.get(url).context["cl"].list_display
    return [getattr(column, "__name__", column) for column in columns].index(header)
