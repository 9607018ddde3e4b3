"""A page's drawn part is kept (kinerja.measurement.fragmen) for readers with the same grants,
until a write anywhere in the satker's tree: read, not computed, between two writes; never
shown to a reader with other rights or to one who may not read the satker."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.dashboards import views
from kinerja.measurement import fragmen
from kinerja.measurement import views as measurement_views
from kinerja.measurement.models import Realisasi
from kinerja.organisations.models import Satker

pytestmark = pytest.mark.django_db

PAGE = reverse("dashboards:dasbor", args=["kpu-kota-prabumulih"])
PROVINCE = reverse("dashboards:dasbor", args=["kpu-provinsi-sumatera-selatan"])
PENGUKURAN = reverse("measurement:pengukuran_detail", args=["kpu-kota-prabumulih"])
DAY = datetime.date(2025, 2, 1)


@pytest.fixture(autouse=True)
def _early_2025(monkeypatch):
    monkeypatch.setattr(views, "hari_ini", lambda: DAY)


def _refuse(*args, **kwargs):
    raise AssertionError("computed again")


def _html(client, url) -> str:
    # Without the reader's CSRF token, masked anew on every response.
    html = client.get(url).content.decode()
    return re.sub(r'("X-CSRFToken": |name="csrfmiddlewaretoken" value=)"[^"]+"', "", html)


def _kept(client, url, capture) -> str:
    with capture(execute=True):
        return _html(client, url)


def test_a_kept_dashboard_is_served_without_computing_it(
    client, inspector_of_province, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(inspector_of_province)
    first = _kept(client, PROVINCE, django_capture_on_commit_callbacks)
    monkeypatch.setattr(views, "dasbor_induk", _refuse)
    monkeypatch.setattr(views, "dasbor_satker", _refuse)
    assert _html(client, PROVINCE) == first
    # Another sort is another page: drawn, not taken from the kept one.
    with pytest.raises(AssertionError, match="computed again"):
        client.get(PROVINCE + "?urut=capaian")


def test_a_write_below_a_parent_is_on_its_kept_dashboard_at_once(
    client, inspector_of_province, django_capture_on_commit_callbacks
):
    client.force_login(inspector_of_province)
    before = _kept(client, PROVINCE, django_capture_on_commit_callbacks)
    Realisasi.objects.filter(indikator__satker__slug="kpu-kota-prabumulih").update(nilai=0)
    # A bulk update sends no signal; the writer marks the satker, as the bulk writers do.
    from kinerja.measurement.versi_data import tandai_berubah

    tandai_berubah(Satker.objects.filter(slug="kpu-kota-prabumulih").values("pk"))
    after = _kept(client, PROVINCE, django_capture_on_commit_callbacks)
    assert after != before
    cache.clear()
    assert _html(client, PROVINCE) == after


def test_a_single_write_is_on_the_kept_measurement_page_at_once(
    client, satker_admin, django_capture_on_commit_callbacks
):
    client.force_login(satker_admin)
    before = _kept(client, PENGUKURAN, django_capture_on_commit_callbacks)
    row = Realisasi.objects.filter(indikator__satker__slug="kpu-kota-prabumulih").first()
    row.nilai = 0
    row.save()
    after = _kept(client, PENGUKURAN, django_capture_on_commit_callbacks)
    assert after != before
    cache.clear()
    assert _html(client, PENGUKURAN) == after


def _key(user, satker, language="id"):
    request = RequestFactory().get(PAGE, {"tahun": "2024"})
    request.user = user
    from django.utils import translation

    with translation.override(language):
        return fragmen.kunci(request, "dasbor", satker, 2024, DAY)


def test_readers_with_other_grants_never_share_a_kept_part(
    prabumulih, satker_admin, inspector_of_province
):
    another_admin = MembershipFactory(satker=prabumulih, peran=Membership.Peran.ADMIN_SATKER).user
    operator = MembershipFactory(
        satker=prabumulih, unit=prabumulih.units.first(), peran=Membership.Peran.OPERATOR_UNIT
    ).user
    keys = {
        user.username: _key(user, prabumulih)
        for user in (satker_admin, another_admin, operator, inspector_of_province)
    }
    assert keys[satker_admin.username] == keys[another_admin.username]
    assert (
        len({keys[user.username] for user in (satker_admin, operator, inspector_of_province)}) == 3
    )
    assert _key(satker_admin, prabumulih, "en") != keys[satker_admin.username]


def test_a_grant_elsewhere_does_not_change_what_a_reader_shares(
    prabumulih, satker_admin, other_satker
):
    # An admin here who is also an inspector of another satker has the same rights here.
    both = MembershipFactory(satker=prabumulih, peran=Membership.Peran.ADMIN_SATKER).user
    MembershipFactory(user=both, satker=other_satker, peran=Membership.Peran.INSPEKTUR)
    assert _key(both, prabumulih) == _key(satker_admin, prabumulih)


def test_a_kept_page_is_not_found_by_a_reader_of_another_satker(
    client, satker_admin, outsider, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(satker_admin)
    _kept(client, PAGE, django_capture_on_commit_callbacks)
    _kept(client, PENGUKURAN, django_capture_on_commit_callbacks)
    monkeypatch.setattr(measurement_views, "pengukuran", _refuse)
    client.force_login(outsider)
    assert client.get(PAGE).status_code == 404
    assert client.get(PENGUKURAN).status_code == 404
