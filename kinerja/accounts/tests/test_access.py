"""The access gate on real rows: roles, units, and other satkers' and units' ids."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from kinerja.accounts.access import (
    boleh,
    get_satker_for_user,
    get_unit_for_user,
    satkers_visible_to,
)
from kinerja.accounts.models import Membership
from kinerja.accounts.peran import Aksi
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.http import TidakDitemukan
from kinerja.demo.loader import DEMO_PASSWORD, DEMO_ROLES, UNIT_DEMO
from kinerja.measurement.models import Realisasi
from kinerja.organisations.models import Satker
from kinerja.organisations.tests.factories import UnitFactory

pytestmark = pytest.mark.django_db
Peran = Membership.Peran


@pytest.fixture
def unit(prabumulih):
    return prabumulih.units.get(nama=UNIT_DEMO)


@pytest.fixture
def unit_lain(prabumulih, unit):
    return prabumulih.units.exclude(pk=unit.pk).first()


@pytest.fixture
def operator(prabumulih, unit):
    return MembershipFactory(satker=prabumulih, unit=unit, peran=Peran.OPERATOR_UNIT).user


def test_an_operator_enters_for_its_unit_only(operator, prabumulih, unit, unit_lain):
    assert boleh(operator, Aksi.ISI_REALISASI, prabumulih, unit)
    assert get_unit_for_user(operator, prabumulih, unit.pk, Aksi.ISI_REALISASI) == unit
    with pytest.raises(PermissionDenied, match="mengisi realisasi pada Subbagian"):
        get_unit_for_user(operator, prabumulih, unit_lain.pk, Aksi.ISI_REALISASI)
    with pytest.raises(PermissionDenied, match="menyetujui"):
        get_unit_for_user(operator, prabumulih, unit.pk, Aksi.SETUJUI_REALISASI)


def test_another_satkers_unit_id_is_not_found(operator, prabumulih, other_satker):
    foreign = UnitFactory(satker=other_satker)
    for unit_id in (foreign.pk, 999_999, "abc"):
        with pytest.raises(TidakDitemukan):
            get_unit_for_user(operator, prabumulih, unit_id, Aksi.BACA)


def test_another_satker_is_not_found_for_any_action(outsider, prabumulih):
    for aksi in Aksi:
        assert not boleh(outsider, aksi, prabumulih)
        with pytest.raises(TidakDitemukan):
            get_satker_for_user(outsider, prabumulih.slug, aksi)


def test_a_visible_satker_without_the_role_is_refused_not_hidden(operator, prabumulih):
    assert get_satker_for_user(operator, prabumulih.slug) == prabumulih
    with pytest.raises(PermissionDenied, match="menandatangani Perjanjian Kinerja"):
        get_satker_for_user(operator, prabumulih.slug, Aksi.TANDA_TANGAN_PK)


def test_the_province_inspector_reads_and_reviews_below_but_changes_nothing(
    inspector_of_province, prabumulih
):
    assert prabumulih in satkers_visible_to(inspector_of_province)
    assert boleh(inspector_of_province, Aksi.CATAT_REVIU, prabumulih)
    # Evaluating the kota's LKE is the inspectorate's review too (KPU's Inspektorat Utama
    # evaluates every satker below it).
    assert boleh(inspector_of_province, Aksi.EVALUASI_LKE, prabumulih)
    for aksi in set(Aksi) - {Aksi.BACA, Aksi.CATAT_REVIU, Aksi.EVALUASI_LKE}:
        assert not boleh(inspector_of_province, aksi, prabumulih)


def test_an_inactive_user_may_do_nothing(prabumulih):
    user = MembershipFactory(satker=prabumulih, peran=Peran.ADMIN_SATKER).user
    user.is_active = False
    assert not boleh(user, Aksi.BACA, prabumulih)


def test_the_refusal_is_an_indonesian_403_page(rf, operator, prabumulih):
    from kinerja.core.http import dilarang

    request = rf.get("/")
    request.user = operator
    response = dilarang(
        request, PermissionDenied("Peran Anda tidak mengizinkan mengubah anggaran.")
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "Tidak diizinkan" in html
    assert "mengubah anggaran" in html


def test_a_staff_user_never_reaches_the_admin(client, prabumulih, other_satker):
    """A staff flag and every model permission still do not open the admin: it checks no
    satker, so it would be a path into another satker's realisations."""
    from django.contrib.auth.models import Permission

    staff = MembershipFactory(satker=other_satker, peran=Peran.ADMIN_SATKER).user
    staff.is_staff = True
    staff.save()
    staff.user_permissions.set(Permission.objects.all())
    client.force_login(staff)
    realisasi = Realisasi.objects.filter(indikator__satker=prabumulih).first()
    url = reverse("admin:measurement_realisasi_change", args=[realisasi.pk])
    response = client.post(url, {"nilai": "1"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert Realisasi.objects.get(pk=realisasi.pk).nilai == realisasi.nilai
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_demo_has_one_account_per_role_and_each_can_log_in(client, prabumulih):
    roles = {peran for _, peran, _, _ in DEMO_ROLES}
    assert roles == set(Peran.values)
    for username, peran, unit_name, _ in DEMO_ROLES:
        grant = Membership.objects.get(user__username=username)
        assert (grant.satker, grant.peran) == (prabumulih, peran)
        assert (grant.unit.nama if grant.unit else None) == unit_name
        assert client.login(username=username, password=DEMO_PASSWORD)
        assert client.get(reverse("front:satker_detail", args=[prabumulih.slug])).status_code == 200
        client.logout()
    assert (
        not Satker.objects.filter(memberships__user__username="operator")
        .exclude(pk=prabumulih.pk)
        .exists()
    )


def test_a_satker_is_found_for_exactly_the_users_it_is_visible_to(
    satker_admin, inspector_of_province, outsider, superuser, operator
):
    for user in (satker_admin, inspector_of_province, outsider, superuser, operator):
        visible = set(satkers_visible_to(user))
        for satker in Satker.objects.all():
            try:
                found = get_satker_for_user(user, satker.slug)
            except TidakDitemukan:
                found = None
            assert (found == satker) == (satker in visible), (user, satker)
