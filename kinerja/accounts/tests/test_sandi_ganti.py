"""A user changes their own password: weak ones refused with Indonesian messages, the change
kept and audited, and a temporary password from an admin forces the change first."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.urls import reverse

from kinerja.accounts.models import Membership, User
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.models import AuditLog
from kinerja.demo.loader import DEMO_PASSWORD, DEMO_ROLES

pytestmark = pytest.mark.django_db
SANDI = "rahasia-uji"  # the factories' password
URL = "/akun/sandi/"


@pytest.fixture
def operator(prabumulih):
    """Persona: an operator of KPU Kota Prabumulih, logged in."""
    return MembershipFactory(
        satker=prabumulih,
        peran=Membership.Peran.OPERATOR_UNIT,
        user__username="operator.uji",
        user__first_name="Siti",
        user__last_name="Aminah",
    ).user


def change(client, new, repeat=None, old=SANDI):
    return client.post(
        URL,
        {"old_password": old, "new_password1": new, "new_password2": repeat or new},
    )


@pytest.mark.parametrize(
    ("weak", "message"),
    [
        ("12345678", "Kata sandi terlalu pendek. Harus mengandung setidaknya 10 karakter."),
        ("password", "Kata sandi ini terlalu umum."),
        ("1234567890123", "Kata sandi ini seluruhnya terdiri dari angka."),
        ("password123", "Kata sandi ini terlalu umum."),
        ("operator.uji1", "Kata sandi terlalu mirip dengan nama pengguna."),
        ("SitiAminah1", "Kata sandi terlalu mirip dengan"),
    ],
)
def test_a_weak_password_is_refused_with_its_reason_in_indonesian(client, operator, weak, message):
    client.force_login(operator)
    response = change(client, weak)
    assert response.status_code == 200
    assert message in response.text
    operator.refresh_from_db()
    assert operator.check_password(SANDI)


def test_the_page_lists_the_rules_in_indonesian(client, operator):
    client.force_login(operator)
    response = client.get(URL)
    assert "Kata sandi Anda harus memuat setidaknya 10 karakter." in response.text
    assert "Sandi lama" in response.text


def test_the_rules_speak_english_to_a_user_who_chose_it(client, operator):
    client.force_login(operator)
    client.cookies["django_language"] = "en"
    response = change(client, "12345678")
    assert "This password is too short. It must contain at least 10 characters." in response.text


def test_a_wrong_old_password_or_the_same_password_changes_nothing(client, operator):
    client.force_login(operator)
    response = change(client, "kopi-pagi-sekali", old="bukan-sandinya")
    assert "Sandi lama Anda yang dimasukkan salah" in response.text
    response = change(client, "rahasia-uji", old=SANDI)
    assert "Kata sandi baru harus berbeda dari kata sandi lama." in response.text
    response = change(client, "kopi-pagi-sekali", repeat="kopi-pagi-sekalI")
    assert response.status_code == 200
    operator.refresh_from_db()
    assert operator.check_password(SANDI)
    assert not AuditLog.objects.filter(model="accounts.User").exists()


def test_a_password_change_keeps_the_user_logged_in_and_is_audited(client, operator):
    client.force_login(operator)
    response = change(client, "kopi-pagi-sekali")
    assert response.status_code == 302
    assert response["Location"] == reverse("front:home")
    operator.refresh_from_db()
    assert operator.check_password("kopi-pagi-sekali")
    assert client.get(reverse("front:home"), follow=True).status_code == 200
    assert "_auth_user_id" in client.session
    row = AuditLog.objects.get(model="accounts.User", object_id=str(operator.pk))
    assert (row.actor, row.reason) == (operator, "Kata sandi diganti pemiliknya")
    assert row.after == {"wajib_ganti_sandi": False}


def test_the_user_menu_links_to_the_password_change(client, operator):
    client.force_login(operator)
    response = client.get(reverse("front:home"), follow=True)
    assert 'href="/akun/sandi/"' in response.text


def test_the_password_page_needs_a_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_a_temporary_password_sends_the_user_to_change_it_before_anything_else(
    client, operator, prabumulih
):
    operator.wajib_ganti_sandi = True
    operator.save()
    client.force_login(operator)
    satker_page = reverse("front:satker_detail", args=[prabumulih.slug])
    response = client.get(satker_page)
    assert response.status_code == 302
    assert response["Location"] == URL
    htmx = client.get(satker_page, headers={"HX-Request": "true"})
    assert htmx["HX-Redirect"] == URL
    page = client.get(URL)
    assert "Kata sandi Anda adalah kata sandi sementara" in page.text
    # He may still leave.
    assert client.post(reverse("accounts:logout")).status_code == 302

    client.force_login(operator)
    assert change(client, "kopi-pagi-sekali").status_code == 302
    assert not User.objects.get(pk=operator.pk).wajib_ganti_sandi
    assert client.get(satker_page).status_code == 200


def test_the_demo_password_passes_the_validators_for_every_demo_account():
    for username, *_ in [("admin",), *DEMO_ROLES]:
        validate_password(DEMO_PASSWORD, User.objects.get(username=username))
