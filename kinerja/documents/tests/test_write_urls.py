"""Every URL of the documents app that writes is covered by a permission test that tries it as
each role and with another satker's ids; a new writing URL fails here until it is."""

import pytest
from django.urls import reverse

from kinerja.documents import urls

# URL name → the tests that try it as each role (and with foreign ids).
DIUJI = {
    "naskah": "test_naskah.py::test_a_reader_reads_the_sections_but_cannot_edit_them, "
    "test_the_sekretaris_may_write_the_narrative, "
    "test_another_satkers_slug_or_version_is_not_found",
    "laporan_identitas": "test_laporan_ttd.py::"
    "test_the_admin_sets_the_date_place_and_number_and_a_reader_may_not, "
    "test_another_satkers_ids_are_not_found",
    "laporan_tandatangani": "test_laporan_ttd.py::test_only_the_pimpinan_signs_or_revises, "
    "test_another_satkers_ids_are_not_found",
    "laporan_revisi": "test_laporan_ttd.py::test_only_the_pimpinan_signs_or_revises, "
    "test_another_satkers_ids_are_not_found",
    "riwayat_jabatan_catat": "test_riwayat_jabatan.py::"
    "test_a_reader_without_the_right_sees_the_history_but_no_buttons_and_cannot_write, "
    "test_another_satkers_ids_are_not_found",
    "riwayat_jabatan_ubah": "test_riwayat_jabatan.py::"
    "test_a_reader_without_the_right_sees_the_history_but_no_buttons_and_cannot_write, "
    "test_another_satkers_ids_are_not_found",
    "riwayat_jabatan_akhiri": "test_riwayat_jabatan.py::"
    "test_a_reader_without_the_right_sees_the_history_but_no_buttons_and_cannot_write, "
    "test_another_satkers_ids_are_not_found",
    "pernyataan_reviu": "test_reviu_apip.py::test_the_satkers_own_roles_may_not_state_or_withdraw, "
    "test_another_satkers_inspector_gets_not_found",
    "pernyataan_reviu_tarik": "test_reviu_apip.py::"
    "test_the_satkers_own_roles_may_not_state_or_withdraw, "
    "test_another_satkers_inspector_gets_not_found",
    "massal_mulai": "test_massal.py::test_a_read_only_inspector_may_follow_but_not_start_a_batch, "
    "test_an_admin_below_the_parent_cannot_start_or_see_the_parents_batch",
    "massal_lanjutkan": "test_massal_lanjut.py::"
    "test_the_inspector_sees_the_stall_without_the_button_and_cannot_post, "
    "test_an_admin_below_the_parent_or_of_another_satker_gets_404",
}
# Read-only: GET only, a POST is refused (405).
HANYA_BACA = {
    "laporan": [],
    "laporan_unduh": [2024, "docx"],
    "laporan_versi_unduh": [2024, 1, "docx"],
    "laporan_draf_unduh": [2024, 1, "docx"],
    "dokumen_pk": [1, "docx"],
    "riwayat_jabatan": [],
    "massal": [1],
    "massal_unduh": [1],
}


def test_every_documents_url_is_either_read_only_or_covered_by_a_permission_test():
    names = {pattern.name for pattern in urls.urlpatterns}
    assert names == set(DIUJI) | set(HANYA_BACA)


@pytest.mark.django_db
def test_the_read_only_urls_refuse_a_post(client, prabumulih, satker_admin):
    client.force_login(satker_admin)
    for name, args in HANYA_BACA.items():
        url = reverse(f"documents:{name}", args=[prabumulih.slug, *args])
        assert client.post(url).status_code == 405, name
