"""Every URL of the evaluation app that writes is covered by a permission test that tries it as
each role and with another satker's ids; a new writing URL fails here until it is."""

import pytest
from django.urls import reverse

from kinerja.core.models import AuditLog
from kinerja.evaluation import urls

# URL name → the tests that try it as each role (and with foreign ids).
DIUJI = {
    "catatan_reviu": "test_catatan_views.py::test_who_may_not_write_answer_or_close, "
    "test_another_satkers_note_or_slug_is_not_found",
}
# Read-only: GET only, a POST is refused (405).
HANYA_BACA = {"reviu_detail"}


def test_every_evaluation_url_is_either_read_only_or_covered_by_a_permission_test():
    names = {pattern.name for pattern in urls.urlpatterns}
    assert names == set(DIUJI) | HANYA_BACA
    assert not set(DIUJI) & HANYA_BACA


@pytest.mark.django_db
def test_the_read_only_pages_refuse_a_post(client, satker_admin, prabumulih):
    client.force_login(satker_admin)
    before = AuditLog.objects.count()
    for name in sorted(HANYA_BACA):
        url = reverse(f"evaluation:{name}", args=[prabumulih.slug])
        assert client.post(url, {"aksi": "catat", "teks": "X"}).status_code == 405, name
    assert AuditLog.objects.count() == before
