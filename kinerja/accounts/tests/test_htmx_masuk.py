"""A session that ends while a page is open: the next htmx request loads the login page as a
whole page, then returns to the page the user was on."""

from urllib.parse import quote

from django.urls import reverse

LOGIN = reverse("accounts:login")


def test_an_htmx_save_after_logout_loads_the_login_page_instead_of_swapping_it_in(
    client, satker_admin, prabumulih
):
    page = reverse("lke:lembar_kerja", args=[prabumulih.slug, 2025])
    save = reverse("lke:jawaban_simpan", args=[prabumulih.slug, 2025, "1.a.1"])
    client.force_login(satker_admin)
    client.post(reverse("accounts:logout"))
    response = client.post(
        save,
        {"peran": "mandiri", "kode": "Y"},
        headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver{page}?x=1"},
    )
    assert response.status_code == 204
    assert response["HX-Redirect"] == f"{LOGIN}?next={quote(page + '?x=1', safe='/')}"
    assert "Location" not in response
    assert response.content == b""


def test_without_the_current_url_htmx_is_sent_where_login_required_pointed(client, prabumulih):
    page = reverse("front:satker_detail", args=[prabumulih.slug])
    response = client.get(page, headers={"HX-Request": "true"})
    assert response.status_code == 204
    assert response["HX-Redirect"] == f"{LOGIN}?next={quote(page, safe='/')}"


def test_an_ordinary_request_is_still_redirected_to_the_login_page(client, prabumulih):
    page = reverse("front:satker_detail", args=[prabumulih.slug])
    response = client.get(page)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
