"""The dashboards in a real browser (Debian's chromium): the charts render, their bars lead to
the records behind them, and a parent's table sorts and drills down without JavaScript of ours."""

import os
from pathlib import Path

import pytest

from kinerja.core.tests.browser import masuk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(os.environ.get("KINERJA_ARTIFACTS", "artifacts"))


def _login(page, server, username):
    masuk(page, server, username)


def test_satker_admin_opens_the_dashboard_and_follows_a_bar_to_its_sasaran(page, demo_server):
    ARTIFACTS.mkdir(exist_ok=True)
    refusals = []  # what the content security policy refused, as chromium reports it
    page.on(
        "console",
        lambda message: (
            refusals.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    _login(page, demo_server, "prabumulih")
    page.wait_for_url("**/satker/kpu-kota-prabumulih/")
    page.click("nav >> text=Dasbor")
    page.wait_for_url("**/dasbor/**")
    main = page.locator("main")
    assert "99,49%" in main.inner_text()
    charts = page.locator("figure.grafik svg")
    assert charts.count() == 3
    box = charts.first.bounding_box()
    assert box["width"] > 300  # drawn, not collapsed
    assert box["height"] > 100
    page.screenshot(path=ARTIFACTS / "dasbor-prabumulih.png", full_page=True)
    assert refusals == []  # the charts need no inline style
    charts.first.locator("a").first.click()
    page.wait_for_url("**/pengukuran/**#kegiatan-*")
    assert page.locator("h2:target").count() == 1  # the sasaran's heading the bar stands for


def test_admin_sorts_the_provinces_children_and_drills_down(page, demo_server):
    ARTIFACTS.mkdir(exist_ok=True)
    _login(page, demo_server, "admin")
    page.goto(f"{demo_server.url}/satker/kpu-provinsi-sumatera-selatan/dasbor/")
    table = page.locator("#tabel-anak")
    assert "KPU Kota Prabumulih" in table.inner_text()
    table.locator("thead >> text=Capaian").click()
    page.wait_for_url("**urut=capaian**")
    page.screenshot(path=ARTIFACTS / "dasbor-provinsi.png", full_page=True)
    page.locator("#tabel-anak tbody a", has_text="KPU Kota Prabumulih").click()
    page.wait_for_url("**/satker/kpu-kota-prabumulih/dasbor/**")
    assert "Perlu perhatian" in page.locator("main").inner_text()
