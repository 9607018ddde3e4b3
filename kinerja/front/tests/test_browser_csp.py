"""The content security policy in a real browser (Debian's chromium): the pages a user goes
through, htmx included, load without one refusal, and the policy does refuse an inline style
that a page did not bring itself."""

import pytest
from playwright.sync_api import expect

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.core.tests.browser import masuk
from kinerja.planning.models import Renstra

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SATKER = "/satker/kpu-kota-prabumulih"


@pytest.fixture
def refusals(page):
    """What the browser refused under the policy, as it reports it on the console."""
    found = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return found


def _login(page, server, username):
    masuk(page, server, username)
    expect(page.get_by_role("button", name="Keluar")).to_be_visible()


def test_the_satker_pages_and_htmx_run_under_the_policy(page, demo_server, refusals):
    _login(page, demo_server, "prabumulih")
    # Kinerja's stylesheet applied: the header's colour comes from kinerja.css.
    expect(page.locator("header")).to_have_css("background-color", "rgb(122, 16, 32)")
    for path in ("/", "/pengukuran/?tahun=2024", "/reviu/?tahun=2024"):
        page.goto(f"{demo_server.url}{SATKER}{path}")

    renstra = Renstra.objects.filter(satker__slug="kpu-kota-prabumulih").first()
    page.goto(f"{demo_server.url}{SATKER}/perencanaan/renstra/{renstra.pk}/")
    first_form = page.locator("section[id^=butir-] form.butir:not(.baru)").first
    section_id = first_form.locator("xpath=ancestor::section[1]").get_attribute("id")
    first_form.get_by_role("button", name="Simpan").click()
    # htmx posted (with its CSRF header) and swapped the answer in, without a page load.
    expect(page.locator(f"#pesan-{section_id.removeprefix('butir-')} .pesan")).to_be_visible()

    assert refusals == []


def test_the_printable_pk_prints_without_an_inline_script(page, demo_server, refusals):
    pk = PerjanjianKinerja.objects.filter(satker__slug="kpu-kota-prabumulih").first()
    page.add_init_script("window.print = () => { window.dicetak = true; };")
    _login(page, demo_server, "prabumulih")

    page.goto(f"{demo_server.url}{SATKER}/pk/{pk.pk}/cetak/")
    page.get_by_role("link", name="Cetak").click()

    assert page.evaluate("window.dicetak") is True
    expect(page.locator("p.kanan")).to_have_css("text-align", "right")
    assert refusals == []


def test_the_admin_runs_under_the_policy(page, demo_server, refusals):
    _login(page, demo_server, "admin")

    page.goto(f"{demo_server.url}/admin/")
    page.goto(f"{demo_server.url}/admin/organisations/satker/")
    expect(page.locator("#changelist")).to_be_visible()

    assert refusals == []


def test_the_policy_refuses_a_style_the_page_did_not_bring(page, demo_server, refusals):
    page.goto(f"{demo_server.url}/akun/masuk/")

    page.evaluate(
        "document.head.insertAdjacentHTML('beforeend', '<style>body { color: red }</style>')"
    )

    expect(page.locator("body")).not_to_have_css("color", "rgb(255, 0, 0)")
    assert any("style-src" in refusal for refusal in refusals)
