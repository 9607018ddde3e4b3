import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGE = reverse("evaluation:reviu_detail", args=["kpu-kota-prabumulih"])


def test_reviu_page_lists_the_findings(client, satker_admin):
    client.force_login(satker_admin)
    html = client.get(PAGE).content.decode()
    assert "34 galat" in html
    assert "anggaran-melebihi-pagu" in html
    assert "19780429 2009021 1 003" in html
    assert "94,73%" in html


def test_outsider_gets_404_on_the_reviu_page(client, outsider):
    client.force_login(outsider)
    assert client.get(PAGE).status_code == 404
    assert client.get(PAGE, {"tahun": "2024"}).status_code == 404


def test_reviu_page_queries_are_bounded(client, satker_admin, django_assert_max_num_queries):
    client.force_login(satker_admin)
    # The findings' facts (with the data versions the page cache keys them by), then the
    # year's review notes and the reader's rights on them.
    with django_assert_max_num_queries(45):
        client.get(PAGE)


def test_each_finding_shows_its_rule_title_and_the_legend_covers_every_severity(
    client, satker_admin
):
    client.force_login(satker_admin)
    html = client.get(PAGE).content.decode()
    assert "Realisasi anggaran melebihi pagu" in html  # the title of anggaran-melebihi-pagu
    assert "Info: catatan untuk diperhatikan" in html


def test_a_parent_without_data_of_its_own_is_not_reported_as_clean(client, inspector_of_province):
    client.force_login(inspector_of_province)
    page = reverse("evaluation:reviu_detail", args=["kpu-provinsi-sumatera-selatan"])
    html = client.get(page, {"tahun": "2024"}).content.decode()
    assert "belum mencatat data sendiri untuk tahun 2024" in html
    assert "Tidak ada temuan" not in html
    assert "Reviu dijalankan per satker" in html
