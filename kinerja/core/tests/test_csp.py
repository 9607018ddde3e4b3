"""The content security policy: every page carries it, and no template needs an exception to
it (no inline script or style the browser would refuse)."""

import re
from pathlib import Path

import pytest
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.test import RequestFactory

from kinerja.core.http import galat_server

ROOT = Path(settings.BASE_DIR)
TEMPLATES = sorted([*ROOT.glob("templates/**/*.html"), *ROOT.glob("kinerja/*/templates/**/*.html")])
# Rendered by WeasyPrint on the server into a PDF; no browser ever loads it.
SERVER_ONLY = {"templates/documents/dokumen.html"}
# The 500 page's inline <style> must work when static files are what failed: it has the nonce.
WITH_NONCE = {"templates/500.html"}
REFUSED = {
    "an inline <script>": re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),
    'a style="" attribute': re.compile(r"\sstyle=", re.I),
    'an on…="" handler': re.compile(r"\son[a-z]+=", re.I),
    "a javascript: link": re.compile(r"javascript:", re.I),
}


def policy(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in directives}


@pytest.mark.django_db
def test_a_page_carries_a_policy_that_refuses_inline_scripts(client):
    response = client.get("/akun/masuk/")

    rules = policy(response)
    assert rules["script-src"] == ["'self'"]
    assert rules["style-src"] == ["'self'"]
    assert rules["object-src"] == ["'none'"]
    assert rules["frame-ancestors"] == ["'none'"]


def test_the_signed_in_pages_carry_it_too(client, satker_admin):
    client.force_login(satker_admin)

    response = client.get("/satker/kpu-kota-prabumulih/")

    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("template", [path.relative_to(ROOT).as_posix() for path in TEMPLATES])
def test_no_template_needs_an_exception_to_the_policy(template):
    if template in SERVER_ONLY:
        pytest.skip("rendered into a PDF on the server")
    text = (ROOT / template).read_text()
    found = [what for what, pattern in REFUSED.items() if pattern.search(text)]
    styles = re.findall(r"<style[^>]*>", text, re.I)
    if template not in WITH_NONCE and styles:
        found.append("an inline <style>")

    assert not found, f"{template}: {', '.join(found)} (move it to a static file)"


def test_the_500_pages_inline_style_carries_the_nonce_the_policy_names():
    middleware = CSPMiddleware(galat_server)
    request = RequestFactory().get("/")

    middleware.process_request(request)
    response = middleware.process_response(request, galat_server(request))

    nonce = re.search(r'<style nonce="([^"]+)">', response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in policy(response)["style-src"]
