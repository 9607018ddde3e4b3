"""A signed-in session on a shared office computer: it ends with the browser, and after
SESSION_COOKIE_AGE without use, however long ago the login was."""

import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from kinerja.core.middleware import IdleSessionMiddleware

PAGE = "/satker/kpu-kota-prabumulih/"
PASSWORD = "rahasia-uji"  # noqa: S105 - the factories' password


@pytest.fixture
def signed_in(client, satker_admin):
    response = client.post(
        "/akun/masuk/", {"username": satker_admin.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def stored_session(client) -> Session:
    return Session.objects.get(session_key=client.cookies[settings.SESSION_COOKIE_NAME].value)


def age_session(client, seconds: float) -> None:
    """Make the session look as if its last renewal was `seconds` ago."""
    session = client.session
    session[IdleSessionMiddleware.KEY] = time.time() - seconds
    session.save()
    Session.objects.filter(session_key=session.session_key).update(
        expire_date=timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE - seconds)
    )


def test_the_session_cookie_ends_with_the_browser(signed_in):
    cookie = signed_in.cookies[settings.SESSION_COOKIE_NAME]

    assert cookie["expires"] == ""
    assert cookie["max-age"] == ""


def test_a_session_in_use_is_renewed_to_the_full_idle_limit(signed_in):
    age_session(signed_in, 30 * 60)

    assert signed_in.get(PAGE).status_code == 200

    remaining = stored_session(signed_in).expire_date - timezone.now()
    assert remaining.total_seconds() > settings.SESSION_COOKIE_AGE - 60


def test_a_session_renewed_minutes_ago_is_not_written_again(signed_in):
    age_session(signed_in, 60)
    before = stored_session(signed_in).expire_date

    signed_in.get(PAGE)

    assert stored_session(signed_in).expire_date == before


def test_a_session_idle_past_the_limit_is_signed_out(signed_in):
    age_session(signed_in, settings.SESSION_COOKIE_AGE + 60)

    response = signed_in.get(PAGE)

    assert response.status_code == 302
    assert response["Location"].startswith("/akun/masuk/")
