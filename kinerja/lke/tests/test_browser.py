"""The self-assessment in a real browser: open the demo's 2025 worksheet, answer a criterion,
see the scores follow; a refused answer shows its message in place."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from kinerja.core.tests.browser import masuk
from kinerja.lke.tests.builders import jadwal_terbuka

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(os.environ.get("KINERJA_ARTIFACTS", "artifacts"))


def test_the_satker_answers_a_criterion_and_the_scores_follow(page, demo_server):
    ARTIFACTS.mkdir(exist_ok=True)
    refusals = []  # what the content security policy refused, as chromium reports it
    page.on(
        "console",
        lambda message: (
            refusals.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    jadwal_terbuka(2025)  # the demo's windows are fixed dates; the test runs on any day
    masuk(page, demo_server, "prabumulih")
    page.goto(f"{demo_server.url}/satker/kpu-kota-prabumulih/lke/")
    page.click("text=2025")
    summary = page.locator("#ringkasan-lke")
    assert "0 dari 80 kriteria dijawab" in summary.inner_text()

    # A screenshot leaves inline styles on the page; htmx must not copy them onto the swapped
    # row (its attribute settling), which the policy refuses.
    page.screenshot(path=ARTIFACTS / "lke-prabumulih-2025-awal.png", full_page=True)
    row = page.locator("#kriteria-1-a-1")
    row.locator("select[name=kode]").select_option("Y")
    row.get_by_role("button", name="Simpan").click()
    # 1.a weighs 6 over its six criteria: one Y is worth 1.
    expect(summary).to_contain_text("1 dari 80 kriteria dijawab")
    expect(summary).to_contain_text(re.compile(r"1\.a \(6\)\s*1,00"))

    refused = page.locator("#kriteria-2-b-1")
    refused.locator("select[name=kode]").select_option("N/A")
    refused.get_by_role("button", name="Simpan").click()
    page.wait_for_selector("#kriteria-2-b-1 .galat")
    assert "harus disertai alasan" in refused.inner_text()
    page.screenshot(path=ARTIFACTS / "lke-prabumulih-2025.png", full_page=True)
    assert refusals == []
