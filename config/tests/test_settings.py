"""The settings as an operator meets them: Kinerja started in a fresh process with a given
environment. Production (no KINERJA_DEMO, no KINERJA_DEBUG) refuses to start on the published
key or without its hosts, and switches HTTPS on; the demo starts with nothing set."""

import json
import os
import secrets
import subprocess
import sys

import pytest

SETUP = "import django; django.setup()"
KINERJA = [sys.executable, "-c", "from kinerja.cli import main; main()"]
PRODUCTION = {
    "KINERJA_SECRET_KEY": secrets.token_urlsafe(50),
    "KINERJA_ALLOWED_HOSTS": "kinerja.example.go.id",
}


def environment(**variables: str) -> dict[str, str]:
    """The test run's environment without any KINERJA_* setting (the tests run in demo mode)
    nor the async guard the browser tests lift (kinerja/conftest.py), plus the given ones."""
    clean = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("KINERJA_") and name != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    return {**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **variables}


def start(code: str, **variables: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code],
        env=environment(**variables),
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings_of(*names: str, **variables: str) -> dict:
    code = (
        f"{SETUP}; import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name, None) for name in {names!r}}}))"
    )
    result = start(code, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_refuses_to_start_without_its_own_secret_key():
    result = start(SETUP, KINERJA_ALLOWED_HOSTS="kinerja.example.go.id")

    assert result.returncode != 0
    assert "KINERJA_SECRET_KEY belum diisi" in result.stderr
    assert "docs/deploy.md" in result.stderr


def test_production_refuses_the_demo_key_published_in_the_source():
    result = start(
        SETUP,
        KINERJA_SECRET_KEY="kinerja-local-demo-key-not-for-production",
        KINERJA_ALLOWED_HOSTS="kinerja.example.go.id",
    )

    assert result.returncode != 0
    assert "KINERJA_SECRET_KEY berisi kunci demo" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start(SETUP, KINERJA_SECRET_KEY=PRODUCTION["KINERJA_SECRET_KEY"])

    assert result.returncode != 0
    assert "KINERJA_ALLOWED_HOSTS belum diisi" in result.stderr


def test_the_kinerja_command_names_the_missing_variable_without_a_traceback():
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [*KINERJA, "check"], env=environment(), capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 1
    assert result.stderr.startswith("Kinerja tidak dapat dijalankan: KINERJA_SECRET_KEY")
    assert "Traceback" not in result.stderr


def test_a_setting_with_a_bad_value_is_refused_by_name():
    result = start(SETUP, **PRODUCTION, KINERJA_HTTPS="mungkin")

    assert result.returncode != 0
    assert "KINERJA_HTTPS harus true/false, bukan 'mungkin'" in result.stderr


def test_the_demo_starts_on_a_fresh_machine_with_nothing_set():
    values = settings_of("ALLOWED_HOSTS", "SESSION_COOKIE_SECURE", KINERJA_DEMO="1")

    assert values == {"ALLOWED_HOSTS": ["127.0.0.1", "localhost"], "SESSION_COOKIE_SECURE": False}


HTTPS_SETTINGS = (
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_PROXY_SSL_HEADER",
)


def test_production_is_https_only_by_default():
    values = settings_of(*HTTPS_SETTINGS, **PRODUCTION)

    assert values == {
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        # Trusted only when the operator says a proxy sets it.
        "SECURE_PROXY_SSL_HEADER": None,
    }


def test_behind_a_proxy_its_https_header_is_trusted():
    values = settings_of("SECURE_PROXY_SSL_HEADER", **PRODUCTION, KINERJA_BEHIND_PROXY="1")

    assert values == {"SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"]}


def test_https_can_be_switched_off_for_a_plain_http_intranet():
    values = settings_of(*HTTPS_SETTINGS[:4], **PRODUCTION, KINERJA_HTTPS="0")

    assert values == dict.fromkeys(HTTPS_SETTINGS[:3], False) | {"SECURE_HSTS_SECONDS": 0}


def test_https_can_be_switched_on_in_the_demo():
    values = settings_of(*HTTPS_SETTINGS[:4], KINERJA_DEMO="1", KINERJA_HTTPS="1")

    assert values == dict.fromkeys(HTTPS_SETTINGS[:3], True) | {"SECURE_HSTS_SECONDS": 31_536_000}


def test_a_session_ends_with_the_browser_and_after_the_idle_hours():
    values = settings_of(
        "SESSION_EXPIRE_AT_BROWSER_CLOSE",
        "SESSION_COOKIE_AGE",
        **PRODUCTION,
        KINERJA_SESSION_IDLE_HOURS="8",
    )

    assert values == {"SESSION_EXPIRE_AT_BROWSER_CLOSE": True, "SESSION_COOKIE_AGE": 8 * 3600}


def test_an_unknown_log_level_is_refused_by_name():
    result = start(SETUP, **PRODUCTION, KINERJA_LOG_LEVEL="ramai")

    assert result.returncode != 0
    assert "KINERJA_LOG_LEVEL harus DEBUG, INFO, WARNING, ERROR atau CRITICAL" in result.stderr


@pytest.mark.parametrize("hours", ["0", "dua"])
def test_an_idle_limit_that_is_no_whole_positive_hour_is_refused(hours):
    result = start(SETUP, **PRODUCTION, KINERJA_SESSION_IDLE_HOURS=hours)

    assert result.returncode != 0
    assert "KINERJA_SESSION_IDLE_HOURS" in result.stderr


def test_the_page_cache_is_each_process_memory_unless_a_redis_is_named():
    alone = settings_of("CACHES", KINERJA_DEMO="1")["CACHES"]["default"]
    assert alone["BACKEND"].endswith("LocMemCache")
    shared = settings_of("CACHES", KINERJA_DEMO="1", KINERJA_CACHE_URL="redis://127.0.0.1:6379/3")[
        "CACHES"
    ]["default"]
    assert shared["BACKEND"].endswith("RedisCache")
    assert shared["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert shared["KEY_PREFIX"] == "kinerja"


def test_a_cache_url_that_is_not_redis_is_refused_by_name():
    result = start(SETUP, KINERJA_DEMO="1", KINERJA_CACHE_URL="memcached://127.0.0.1:11211")

    assert result.returncode != 0
    assert "KINERJA_CACHE_URL harus redis://" in result.stderr
