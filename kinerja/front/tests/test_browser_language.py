"""The language switch in a real browser (Debian's chromium): Bahasa Indonesia by default,
English for the pages of ours once the user clicks "English", kept from page to page, and
back again. Screenshots are saved as artifacts."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from kinerja.demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(os.environ.get("KINERJA_ARTIFACTS", "artifacts"))


def test_the_user_switches_to_english_and_it_stays_until_switched_back(page, demo_server):
    ARTIFACTS.mkdir(exist_ok=True)
    # A browser set to English still gets Indonesian until the user chooses.
    page.set_extra_http_headers({"Accept-Language": "en-US,en;q=0.9"})
    page.goto(f"{demo_server.url}/")
    expect(page.locator("h1")).to_have_text("Masuk ke Kinerja")
    page.fill("#id_username", "prabumulih")
    page.fill("#id_password", DEMO_PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url("**/satker/kpu-kota-prabumulih/")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.get_by_role("button", name="Keluar")).to_be_visible()
    expect(page.locator("#organisasi")).to_have_text("Organisasi")

    page.get_by_role("button", name="English").click()
    page.wait_for_url("**/satker/kpu-kota-prabumulih/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    expect(page.locator("#organisasi")).to_have_text("Organisation")
    nav = page.locator("nav.tahun")
    expect(nav).to_contain_text("Organisation & planning")
    expect(nav).to_contain_text("Measurement")
    expect(nav).to_contain_text("Year:")
    assert "Keluar" not in page.locator("header").inner_text()
    page.screenshot(path=ARTIFACTS / "bahasa-inggris-satker.png", full_page=True)

    # Another page keeps the choice: its title, heading and buttons are English too.
    nav.get_by_role("link", name="Indicator").click()
    page.wait_for_url("**/perencanaan/**")
    expect(page).to_have_title("Indicators KPU Kota Prabumulih — Kinerja SAKIP")
    expect(page.locator("h1")).to_have_text("Performance indicators — KPU Kota Prabumulih")
    expect(page.get_by_role("link", name="Add indicator")).to_be_visible()
    expect(page.get_by_role("button", name="Save").first).to_be_visible()
    page.screenshot(path=ARTIFACTS / "bahasa-inggris-indikator.png", full_page=True)

    page.get_by_role("button", name="Bahasa Indonesia").click()
    page.wait_for_url("**/perencanaan/**")
    expect(page.locator("html")).to_have_attribute("lang", "id")
    expect(page.locator("h1")).to_have_text("Indikator kinerja — KPU Kota Prabumulih")
    expect(page.get_by_role("button", name="Keluar")).to_be_visible()
    expect(page.get_by_role("button", name="Simpan").first).to_be_visible()
