"""The production environment docs/deploy.md documents passes Django's deployment checks,
and the static files are served the way they are on a server (collected, then WhiteNoise)."""

import re
import secrets
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from config.tests.test_settings import KINERJA, environment

DEPLOY_DOC = Path(__file__).resolve().parents[2] / "docs" / "deploy.md"


def documented_environment() -> dict[str, str]:
    """The variables of the documented /etc/kinerja/kinerja.env, as systemd would read them."""
    pattern = r"```sh\n# /etc/kinerja/kinerja.env.*?\n(.*?)```"
    block = re.search(pattern, DEPLOY_DOC.read_text(), re.S)
    assert block, "docs/deploy.md has lost its /etc/kinerja/kinerja.env block"
    lines = [line for line in block.group(1).splitlines() if line and not line.startswith("#")]
    return dict(line.split("=", 1) for line in lines)


def run_check(variables: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - fixed arguments
        [*KINERJA, "check", "--deploy", "--fail-level", "WARNING"],
        env=environment(**variables),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_documented_production_environment_passes_the_deployment_checks():
    variables = documented_environment()
    # The document's placeholder says what to put there; the check needs a real one.
    variables["KINERJA_SECRET_KEY"] = secrets.token_urlsafe(50)

    result = run_check(variables)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_the_deployment_checks_fail_on_a_weakened_environment():
    variables = documented_environment() | {
        "KINERJA_SECRET_KEY": secrets.token_urlsafe(50),
        "KINERJA_HTTPS": "0",
    }

    result = run_check(variables)

    assert result.returncode != 0
    assert "security.W012" in result.stderr  # the session cookie travels unencrypted


@pytest.fixture
def collected(tmp_path):
    """Production's static files: collected into STATIC_ROOT, hashed and compressed."""
    production = {
        "STATIC_ROOT": tmp_path,
        "STORAGES": {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
        "WHITENOISE_USE_FINDERS": False,
    }
    with override_settings(**production):
        call_command("collectstatic", "--noinput", verbosity=0)
        yield tmp_path


def test_collected_static_files_are_served_by_kinerja_itself(collected):
    client = Client()

    admin_css = client.get("/static/admin/css/base.css")
    kinerja_css = client.get("/static/kinerja/kinerja.css")

    assert admin_css.status_code == 200
    assert admin_css["Content-Type"].startswith("text/css")
    assert kinerja_css.status_code == 200
    assert b"#7a1020" in b"".join(kinerja_css.streaming_content)


@pytest.mark.django_db
def test_pages_link_the_hashed_names_that_are_cached_for_a_year(collected):
    client = Client()

    page = client.get("/akun/masuk/").content.decode()
    hashed = re.search(r'href="(/static/kinerja/kinerja\.[0-9a-f]{12}\.css)"', page)

    assert hashed, "the login page links an unhashed stylesheet"
    response = client.get(hashed.group(1))
    assert response.status_code == 200
    assert "max-age=315360000" in response["Cache-Control"]
