import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGE = reverse("evaluation:reviu_detail", args=["kpu-kota-prabumulih"])


def test_reviu_page_lists_the_findings(client, satker_admin):
    client.force_login(satker_admin)
    html = client.get(PAGE).content.decode()
    assert "33 galat" in html
    assert "anggaran-melebihi-pagu" in html
    assert "19780429 2009021 1 003" in html
    assert "94,73%" in html


def test_outsider_gets_404_on_the_reviu_page(client, outsider):
    client.force_login(outsider)
    assert client.get(PAGE).status_code == 404
    assert client.get(PAGE, {"tahun": "2024"}).status_code == 404


def test_reviu_page_queries_are_bounded(client, satker_admin, django_assert_max_num_queries):
    client.force_login(satker_admin)
    with django_assert_max_num_queries(40):
        client.get(PAGE)
