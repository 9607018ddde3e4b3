"""A parent's roll-up is drawn once and kept (kinerja.measurement.fragmen), on the rekap page
and on the satker's own page, until a write anywhere in its tree; never shown to a reader with
other grants or to one who may not read the parent."""

import logging
import re

import pytest
from django.core.cache import cache

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.front import views
from kinerja.measurement.tests.tulisan import TAHUN, dunia_uji, ubah_realisasi

pytestmark = pytest.mark.django_db


@pytest.fixture
def dunia():
    """A province and two kab/kota below it, measured at 80% and 90%."""
    return dunia_uji()


@pytest.fixture
def inspektur(dunia):
    """Persona: the province's inspector, who reads every satker below it."""
    return MembershipFactory(satker=dunia[0], peran=Membership.Peran.INSPEKTUR).user


@pytest.fixture
def admin(dunia):
    """Persona: the province's admin."""
    return MembershipFactory(satker=dunia[0], peran=Membership.Peran.ADMIN_SATKER).user


def _pages(provinsi) -> list[str]:
    return [f"/satker/{provinsi.slug}/rekap/", f"/satker/{provinsi.slug}/"]


def _refuse(*args, **kwargs):
    raise AssertionError("computed again")


def _html(client, url) -> str:
    # Without the reader's CSRF token (the header's language form), masked anew each time.
    html = client.get(url, {"tahun": TAHUN}).content.decode()
    return re.sub(r'("X-CSRFToken": |name="csrfmiddlewaretoken" value=)"[^"]+"', "", html)


def _kept(client, url, capture) -> str:
    with capture(execute=True):
        return _html(client, url)


def test_a_kept_roll_up_is_served_without_computing_it(
    client, dunia, inspektur, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(inspektur)
    first = [_kept(client, url, django_capture_on_commit_callbacks) for url in _pages(dunia[0])]
    assert all("80,00%" in html and "85,00%" in html for html in first)  # noqa: PT018
    monkeypatch.setattr(views, "rollup_induk", _refuse)
    assert [_html(client, url) for url in _pages(dunia[0])] == first


def test_a_write_below_the_parent_is_on_its_kept_roll_up_at_once(
    client, dunia, inspektur, django_capture_on_commit_callbacks
):
    client.force_login(inspektur)
    for url in _pages(dunia[0]):
        _kept(client, url, django_capture_on_commit_callbacks)
    ubah_realisasi(*dunia)  # kab/kota satu: 80 → 50
    for url in _pages(dunia[0]):
        after = _kept(client, url, django_capture_on_commit_callbacks)
        assert "50,00%" in after
        assert "70,00%" in after  # the province: the mean of 50 and 90
        assert "80,00%" not in after
        cache.clear()
        assert _html(client, url) == after


def test_a_reader_with_other_grants_is_not_served_a_roll_up_kept_for_another(
    client, dunia, inspektur, admin, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(inspektur)
    for url in _pages(dunia[0]):
        _kept(client, url, django_capture_on_commit_callbacks)
    monkeypatch.setattr(views, "rollup_induk", _refuse)
    client.force_login(admin)
    for url in _pages(dunia[0]):
        with pytest.raises(AssertionError, match="computed again"):
            client.get(url, {"tahun": TAHUN})
    # Another reader with the same grants is served the kept one.
    client.force_login(MembershipFactory(satker=dunia[0], peran=Membership.Peran.INSPEKTUR).user)
    assert all(client.get(url, {"tahun": TAHUN}).status_code == 200 for url in _pages(dunia[0]))


def test_a_reader_of_a_kab_kota_gets_404_for_the_kept_roll_up(
    client, dunia, inspektur, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(inspektur)
    for url in _pages(dunia[0]):
        _kept(client, url, django_capture_on_commit_callbacks)
    monkeypatch.setattr(views, "rollup_induk", _refuse)
    client.force_login(MembershipFactory(satker=dunia[1], peran=Membership.Peran.INSPEKTUR).user)
    assert [client.get(url, {"tahun": TAHUN}).status_code for url in _pages(dunia[0])] == [404] * 2


def test_an_unreachable_cache_leaves_the_roll_up_working(
    client, dunia, inspektur, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def down(*args, **kwargs):
        raise ConnectionError("cache server down")

    for name in ("get", "set", "get_many", "set_many"):
        monkeypatch.setattr(cache, name, down)
    client.force_login(inspektur)
    for url in _pages(dunia[0]):
        with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
            response = client.get(url, {"tahun": TAHUN})
        assert response.status_code == 200
        assert "85,00%" in response.content.decode()
    assert "bagian halaman digambar ulang" in caplog.text
