"""Every URL of the workplace that writes is covered by a permission test that tries it as
each role and with other units' and satkers' ids; a new writing URL fails here until it is."""

import pytest
from django.urls import reverse

from kinerja.core.models import AuditLog
from kinerja.reporting import urls

# URL name → the tests that try it as each role (and with foreign ids).
DIUJI = {
    "isian": "test_permissions.py::test_each_role_may_do_exactly_its_own_actions, "
    "test_another_satkers_unit_or_satker_in_the_url_is_not_found",
    "pratinjau": "test_flow.py::test_the_preview_shows_the_capaian_of_a_value_being_typed",
    "hambatan_baru": "test_hambatan.py::test_others_may_not_record_the_units_hambatan",
    "hambatan_ubah": "test_hambatan.py::test_a_hambatan_changed_meanwhile_is_not_overwritten",
    "anggaran": "test_anggaran.py::test_only_the_admin_satker_records_budgets",
    "indikator_baru": "test_perencanaan.py::test_only_the_admin_satker_keeps_the_plans",
    "indikator_ubah": "test_perencanaan.py::test_only_the_admin_satker_keeps_the_plans",
    "rkt": "test_perencanaan.py::test_only_the_admin_satker_keeps_the_rkt",
    "renstra_baru": "test_renstra.py::test_only_the_admin_satker_keeps_the_renstra",
    "renstra_detail": "test_renstra.py::test_only_the_admin_satker_keeps_the_renstra",
    "renstra_butir": "test_renstra.py::test_only_the_admin_satker_keeps_the_renstra, "
    "test_another_satkers_plan_or_statement_in_the_url_is_not_found",
    "renstra_target": "test_renstra.py::test_only_the_admin_satker_keeps_the_renstra, "
    "test_targets_are_saved_for_each_year_in_place",
    "atur_periode": "test_periode.py::test_only_the_admin_satker_chooses_the_reporting_period",
    "pk_baru": "test_pk_pages.py::test_who_may_not_draft_a_satker_pk",
    "pk_detail": "test_pk_pages.py::test_who_may_not_edit_or_sign_a_draft",
}
# Read-only pages: GET only, a POST is refused (405).
HANYA_BACA = {
    "rekap", "unduh_bukti", "hambatan", "riwayat", "perencanaan", "renstra", "pk_daftar",
    "pk_cetak",
}  # fmt: skip


def test_every_workplace_url_is_either_read_only_or_covered_by_a_permission_test():
    names = {pattern.name for pattern in urls.urlpatterns}
    assert names == set(DIUJI) | HANYA_BACA
    assert not set(DIUJI) & HANYA_BACA


@pytest.mark.django_db
def test_the_read_only_pages_refuse_a_post(client, dunia):
    client.force_login(dunia.admin)
    before = AuditLog.objects.count()
    for name in sorted(HANYA_BACA - {"unduh_bukti", "riwayat", "pk_cetak"}):
        url = reverse(f"reporting:{name}", args=[dunia.satker.slug]) + "?tahun=2024"
        assert client.post(url, {"aksi": "simpan"}).status_code == 405, name
    assert AuditLog.objects.count() == before
