"""The year-end batch in a real browser (Debian's chromium): the parent's admin starts it from
the report page, and a progress page left open follows a batch to its end by itself (htmx
polling under the content security policy), then offers the zip."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.tests.browser import masuk
from kinerja.demo.loader import DEMO_PASSWORD
from kinerja.demo.nasional import Ukuran, bangun
from kinerja.documents import massal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(os.environ.get("KINERJA_ARTIFACTS", "artifacts"))


@pytest.fixture
def pusat(live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    root = bangun(Ukuran(satker=3, indikator=2, kegiatan=1))[0]
    admin = MembershipFactory(satker=root, peran=Membership.Peran.ADMIN_SATKER).user
    admin.set_password(DEMO_PASSWORD)
    admin.save()
    return root, admin


def _login(page, server, username):
    masuk(page, server, username)
    page.wait_for_load_state()


def test_the_admin_starts_a_batch_and_an_open_progress_page_follows_one_to_its_end(
    page, live_server, pusat
):
    ARTIFACTS.mkdir(exist_ok=True)
    root, admin = pusat
    _login(page, live_server, admin.username)

    page.goto(f"{live_server.url}/satker/{root.slug}/laporan/")
    page.select_option("#id_tahun", "2024")
    page.select_option("#id_format", "xlsx")
    page.get_by_role("button", name="Buat semua laporan").click()
    page.wait_for_url("**/laporan/massal/**")
    expect(page.get_by_text("3 dari 3 laporan ditulis, 0 gagal")).to_be_visible()

    # A batch still waiting: the page polls, and shows its end without a reload.
    job = massal.mulai_laporan_massal(actor=admin, induk=root, tahun=2024, fmt="xlsx")
    page.goto(f"{live_server.url}/satker/{root.slug}/laporan/massal/{job.pk}/")
    expect(page.get_by_text("0 dari 3 laporan ditulis, 0 gagal")).to_be_visible()
    massal.jalankan_laporan_massal(job, latar=False)
    expect(page.get_by_text("3 dari 3 laporan ditulis, 0 gagal")).to_be_visible(timeout=15_000)
    page.screenshot(path=str(ARTIFACTS / "laporan-massal-selesai.png"), full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Unduh semua laporan (zip)").click()
    assert download.value.suggested_filename == f"lkjip-{root.slug}-2024-{job.pk}.zip"
