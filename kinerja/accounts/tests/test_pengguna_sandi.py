"""A satker's admin sets a temporary password for a user of that satker, and no one else's."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from kinerja.accounts.models import Membership, User
from kinerja.accounts.services import tetapkan_sandi_sementara
from kinerja.accounts.tests.factories import MembershipFactory, UserFactory
from kinerja.core.models import AuditLog
from kinerja.organisations.models import Satker

pytestmark = pytest.mark.django_db
SANDI = "rahasia-uji"  # the factories' password
SEMENTARA = "sementara-2025-x"
DAFTAR = "/akun/pengguna/"


def url(user) -> str:
    return reverse("accounts:pengguna_sandi", args=[user.pk])


def set_temporary(client, user, password=SEMENTARA, repeat=None):
    return client.post(url(user), {"new_password1": password, "new_password2": repeat or password})


@pytest.fixture
def operator(prabumulih):
    """Persona: an operator of KPU Kota Prabumulih."""
    return MembershipFactory(
        satker=prabumulih, peran=Membership.Peran.OPERATOR_UNIT, user__username="andi"
    ).user


@pytest.fixture
def other_satkers_user(other_satker):
    return MembershipFactory(satker=other_satker, peran=Membership.Peran.OPERATOR_UNIT).user


def test_the_admin_lists_the_users_of_the_satker_only(
    client, satker_admin, operator, other_satkers_user, superuser
):
    client.force_login(satker_admin)
    response = client.get(DAFTAR)
    assert response.status_code == 200
    listed = set(response.context["pengguna"])
    assert operator in listed
    assert {satker_admin, other_satkers_user, superuser}.isdisjoint(listed)
    assert "Operator unit" in response.text
    # The menu offers the page to an admin.
    assert f'href="{DAFTAR}"' in response.text


def test_the_list_reads_a_fixed_number_of_queries(
    client, satker_admin, prabumulih, django_assert_max_num_queries
):
    client.force_login(satker_admin)
    client.get(DAFTAR)
    MembershipFactory.create_batch(5, satker=prabumulih, peran=Membership.Peran.KASUBBAG)
    with django_assert_max_num_queries(8):
        client.get(DAFTAR)


def test_the_admin_sets_a_temporary_password_the_user_must_change(
    client, satker_admin, operator, prabumulih
):
    client.force_login(satker_admin)
    response = set_temporary(client, operator)
    assert response.status_code == 302
    assert response["Location"] == DAFTAR
    page = client.get(DAFTAR)
    assert "Kata sandi sementara andi sudah ditetapkan" in page.text
    assert "sementara, belum diganti" in page.text
    operator.refresh_from_db()
    assert operator.check_password(SEMENTARA)
    assert operator.wajib_ganti_sandi
    row = AuditLog.objects.get(model="accounts.User", object_id=str(operator.pk))
    assert row.actor == satker_admin
    assert row.after == {"wajib_ganti_sandi": True}
    assert SEMENTARA not in str(row.after)

    client.logout()
    response = client.post(
        reverse("accounts:login"), {"username": "andi", "password": SEMENTARA}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/akun/sandi/"
    assert "Kata sandi Anda adalah kata sandi sementara" in response.text


def test_a_weak_temporary_password_is_refused_and_nothing_changes(client, satker_admin, operator):
    client.force_login(satker_admin)
    response = set_temporary(client, operator, "12345678")
    assert response.status_code == 200
    assert "Kata sandi terlalu pendek. Harus mengandung setidaknya 10 karakter." in response.text
    response = set_temporary(client, operator, "password123")
    assert "Kata sandi ini terlalu umum." in response.text
    response = set_temporary(client, operator, SEMENTARA, repeat="lain-sekali-99")
    assert response.status_code == 200
    operator.refresh_from_db()
    assert operator.check_password(SANDI)
    assert not operator.wajib_ganti_sandi


def test_another_satkers_user_a_superuser_or_an_unknown_id_is_not_found(
    client, satker_admin, other_satkers_user, superuser
):
    client.force_login(satker_admin)
    for target in (other_satkers_user, superuser):
        assert client.get(url(target)).status_code == 404
        assert set_temporary(client, target).status_code == 404
        target.refresh_from_db()
        assert target.check_password(SANDI)
    assert client.get("/akun/pengguna/999999/sandi/").status_code == 404
    assert not AuditLog.objects.filter(model="accounts.User").exists()


def test_an_outsider_admin_cannot_reach_this_satkers_users(client, outsider, operator):
    client.force_login(outsider)
    assert set_temporary(client, operator).status_code == 404
    assert operator not in set(client.get(DAFTAR).context["pengguna"])
    operator.refresh_from_db()
    assert operator.check_password(SANDI)


def test_a_province_admin_does_not_manage_a_kab_kota_users(client, prabumulih, operator):
    province = Satker.objects.get(slug="kpu-provinsi-sumatera-selatan")
    province_admin = MembershipFactory(satker=province, peran=Membership.Peran.ADMIN_SATKER).user
    client.force_login(province_admin)
    assert set_temporary(client, operator).status_code == 404


def test_a_role_other_than_admin_is_refused_the_pages(client, operator, prabumulih):
    kasubbag = MembershipFactory(satker=prabumulih, peran=Membership.Peran.KASUBBAG).user
    client.force_login(kasubbag)
    assert client.get(DAFTAR).status_code == 403
    response = set_temporary(client, operator)
    assert response.status_code == 403
    assert "mengelola pengguna satker" in response.text
    assert f'href="{DAFTAR}"' not in client.get(reverse("front:home"), follow=True).text


def test_a_superuser_resets_anyone_even_another_superuser(client, superuser, other_satkers_user):
    other_superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    for target in (other_superuser, other_satkers_user):
        assert set_temporary(client, target).status_code == 302
        assert User.objects.get(pk=target.pk).wajib_ganti_sandi


def test_the_service_refuses_an_actor_who_does_not_administer_the_user(outsider, operator):
    with pytest.raises(PermissionDenied):
        tetapkan_sandi_sementara(operator, actor=outsider, password=SEMENTARA)
    with pytest.raises(PermissionDenied):
        tetapkan_sandi_sementara(operator, actor=operator, password=SEMENTARA)
    operator.refresh_from_db()
    assert operator.check_password(SANDI)
