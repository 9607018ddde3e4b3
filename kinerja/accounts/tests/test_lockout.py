"""Login lockout (django-axes, kinerja.accounts.lockout) through the login page: what locks,
what a locked-out user reads, what stays open, how a lock ends, and what is audited."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.hashers import MD5PasswordHasher
from django.db.models import F
from django.test import RequestFactory
from django.urls import reverse

from kinerja.accounts.lockout import client_ip
from kinerja.accounts.models import Membership
from kinerja.accounts.services import tetapkan_sandi_sementara
from kinerja.accounts.tests.factories import MembershipFactory, UserFactory
from kinerja.core.models import AuditLog

pytestmark = pytest.mark.django_db
SANDI = "rahasia-uji"  # the factories' password
ANDI_ADDRESS, OTHER_ADDRESS = "10.0.0.1", "10.0.0.2"


@pytest.fixture(autouse=True)
def axes_on(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def andi(prabumulih):
    """Persona: an operator of KPU Kota Prabumulih."""
    return MembershipFactory(
        satker=prabumulih, peran=Membership.Peran.OPERATOR_UNIT, user__username="andi"
    ).user


@pytest.fixture
def budi(prabumulih):
    return MembershipFactory(
        satker=prabumulih, peran=Membership.Peran.KASUBBAG, user__username="budi"
    ).user


def masuk(client, username, password, address=ANDI_ADDRESS):
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def lock(client, username, address=ANDI_ADDRESS):
    for _ in range(5):
        response = masuk(client, username, "salah-sandi-nya", address)
    return response


def clock_moves_on(minutes):
    """The cool-off counts from the last recorded failure: age every failure instead of
    waiting."""
    AccessAttempt.objects.update(
        attempt_time=F("attempt_time") - datetime.timedelta(minutes=minutes)
    )


def test_four_wrong_passwords_only_say_wrong_and_the_fifth_locks_the_account(client, andi):
    for _ in range(4):
        response = masuk(client, "andi", "salah-sandi-nya")
        assert response.status_code == 200
        assert "Nama pengguna atau kata sandi salah" in response.text
    response = masuk(client, "andi", "salah-sandi-nya")
    assert response.status_code == 429
    assert "Akun ini dikunci sementara" in response.text


def test_the_right_password_of_a_locked_account_is_refused_with_the_lockout_page(client, andi):
    lock(client, "andi")
    response = masuk(client, "andi", SANDI)
    assert response.status_code == 429
    assert not logged_in(client)
    # The app's own page, not a bare 403: the layout, the form, how long, whom to ask.
    assert "Masuk ke Kinerja" in response.text
    assert "<header>" in response.text
    assert "sekitar 15 menit lagi" in response.text
    assert "Hubungi admin satker Anda" in response.text
    assert 'name="password"' in response.text


def test_the_lock_opens_after_the_cool_off_and_refused_attempts_do_not_extend_it(client, andi):
    lock(client, "andi")
    clock_moves_on(10)
    assert masuk(client, "andi", SANDI).status_code == 429  # still locked, not recorded
    clock_moves_on(6)
    response = masuk(client, "andi", SANDI)
    assert response.status_code == 302
    assert logged_in(client)


def test_a_temporary_password_from_the_satker_admin_opens_the_lock(client, andi, satker_admin):
    lock(client, "andi")
    tetapkan_sandi_sementara(andi, actor=satker_admin, password="sementara-2025-x")
    response = masuk(client, "andi", "sementara-2025-x")
    assert response.status_code == 302
    assert logged_in(client)


def test_a_lockout_from_one_address_leaves_other_accounts_and_addresses_open(client, andi, budi):
    lock(client, "andi", ANDI_ADDRESS)
    assert masuk(client, "budi", SANDI, OTHER_ADDRESS).status_code == 302
    client.logout()
    # Nor is Andi himself locked out elsewhere: one address never locks an account for its
    # owner (it is stopped at 5 failures, the account-wide count locks at 10).
    assert masuk(client, "andi", SANDI, OTHER_ADDRESS).status_code == 302


def test_an_account_guessed_from_many_addresses_is_locked_everywhere(client, andi):
    for number in range(10):
        masuk(client, "andi", "salah-sandi-nya", f"10.1.0.{number}")
    response = masuk(client, "andi", SANDI, "10.2.0.1")
    assert response.status_code == 429
    assert "Akun ini dikunci sementara" in response.text


def test_one_address_trying_many_accounts_is_locked_for_every_account(client, budi):
    for number in range(20):
        masuk(client, f"tebakan{number}", "salah-sandi-nya", ANDI_ADDRESS)
    response = masuk(client, "budi", SANDI, ANDI_ADDRESS)
    assert response.status_code == 429
    assert "Alamat jaringan Anda dikunci sementara" in response.text
    assert masuk(client, "budi", SANDI, OTHER_ADDRESS).status_code == 302


def test_a_lockout_is_audited_once_however_often_the_locked_account_is_tried(client, andi):
    lock(client, "andi")
    for _ in range(3):
        masuk(client, "andi", "salah-sandi-nya")
    rows = AuditLog.objects.filter(reason__startswith="Masuk dikunci")
    assert rows.count() == 1
    row = rows.get()
    assert (row.actor, row.actor_label) == (None, "sistem")
    assert (row.model, row.object_id, row.object_repr) == ("accounts.User", str(andi.pk), "andi")
    assert row.after["alamat_ip"] == ANDI_ADDRESS
    assert "5 kali gagal untuk akun ini dari satu alamat" in row.reason
    assert SANDI not in str(row.after)
    assert "salah-sandi-nya" not in row.reason


def test_a_lockout_of_an_unknown_account_is_audited_by_the_name_typed(client):
    lock(client, "tidak-ada")
    row = AuditLog.objects.get(reason__startswith="Masuk dikunci")
    assert (row.object_id, row.object_repr) == ("", "tidak-ada")


def test_a_locked_out_attempt_never_runs_the_password_hasher(client, andi, monkeypatch):
    calls = []
    real_verify, real_encode = MD5PasswordHasher.verify, MD5PasswordHasher.encode

    def verify(self, *args):
        calls.append("verify")
        return real_verify(self, *args)

    def encode(self, *args, **kwargs):
        calls.append("encode")
        return real_encode(self, *args, **kwargs)

    monkeypatch.setattr(MD5PasswordHasher, "verify", verify)
    monkeypatch.setattr(MD5PasswordHasher, "encode", encode)
    masuk(client, "andi", "salah-sandi-nya")
    assert calls  # a normal failed attempt does hash
    lock(client, "andi")
    calls.clear()
    masuk(client, "andi", SANDI)
    masuk(client, "andi", "salah-sandi-nya")
    assert calls == []


def test_the_admin_action_opens_a_lock_and_is_audited(client, andi, superuser):
    lock(client, "andi")
    client.force_login(superuser)
    response = client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "buka_kunci", "_selected_action": [andi.pk]},
    )
    assert response.status_code == 302
    client.logout()
    assert masuk(client, "andi", SANDI).status_code == 302
    row = AuditLog.objects.get(reason="Kunci masuk dibuka")
    assert (row.actor, row.object_id) == (superuser, str(andi.pk))


def test_the_client_address_behind_a_proxy_is_the_one_the_proxy_appended(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7"
    )
    settings.KINERJA_PROXY_COUNT = 0
    assert client_ip(request) == "127.0.0.1"
    settings.KINERJA_PROXY_COUNT = 1
    assert client_ip(request) == "203.0.113.7"  # 6.6.6.6 is what the client claimed


def test_the_project_settings_turn_the_lockout_on():
    # The test settings switch axes off for client.login(); production must not.
    from config import settings as production

    assert getattr(production, "AXES_ENABLED", True)
    assert production.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert production.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert len(production.AXES_LOCKOUT_PARAMETERS) == len(production.KINERJA_LOGIN_FAILURE_LIMITS)
    cool_off = production.AXES_COOLOFF_TIME
    assert cool_off == datetime.timedelta(minutes=15)


def test_a_user_factory_password_still_logs_in_with_the_lockout_on(client):
    UserFactory(username="citra")
    assert masuk(client, "citra", SANDI).status_code == 302


def test_the_admin_shows_the_pending_change_and_the_failure_records(client, andi, superuser):
    lock(client, "andi")
    client.force_login(superuser)
    assert client.get(reverse("admin:accounts_user_change", args=[andi.pk])).status_code == 200
    assert "wajib_ganti_sandi" in client.get(reverse("admin:accounts_user_changelist")).text
    attempts = client.get(reverse("admin:axes_accessattempt_changelist"))
    assert "andi" in attempts.text
