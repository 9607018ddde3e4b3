import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGE = reverse("measurement:pengukuran_detail", args=["kpu-kota-prabumulih"])


def test_measurement_page_shows_computed_figures_scale_and_printed_mistakes(client, satker_admin):
    client.force_login(satker_admin)
    html = client.get(PAGE).content.decode()
    assert "Skala predikat: <strong>Skala 4 pita &quot;LAN&quot;" in html
    assert "94,74%" in html
    assert "Tercetak di dokumen: 94,73%" in html
    assert "R/T×100 (semakin tinggi semakin baik)" in html
    assert "Realisasi belum dilaporkan." in html
    assert "99,49%" in html  # satker capaian
    assert "Rp 41.661.103.000" in html and "99,81%" in html  # noqa: PT018


def test_outsider_gets_404_on_the_measurement_page(client, outsider):
    client.force_login(outsider)
    assert client.get(PAGE).status_code == 404


def test_measurement_page_queries_are_bounded(
    client, satker_admin, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    client.force_login(satker_admin)
    # Computed: the reading layer, and the data versions (the cache keys) ...
    with django_capture_on_commit_callbacks(execute=True), django_assert_max_num_queries(28):
        client.get(PAGE)
    # ... then kept: the session, the user, the access check, the tree's stamp (its years,
    # its children and the page's drawn part), the years (kept).
    with django_assert_max_num_queries(7):
        client.get(PAGE)


def test_each_pk_amount_of_a_kegiatan_names_its_pk(client, satker_admin):
    client.force_login(satker_admin)
    html = client.get(PAGE).content.decode()
    # Kegiatan 3360 appears, with the same amount, in two unit PKs: both are named.
    row = html[html.index("<td>3360 ") :].split("</tr>")[0]
    assert row.count("Rp 261.980.000") == 2
    assert "(PK Subbagian Keuangan, Umum dan Logistik)" in row
    assert "(PK Subbagian Hukum dan Sumber Daya Manusia)" in row


def test_the_page_states_efficiency_only_where_the_report_does_and_says_why_not(
    client, satker_admin
):
    # Sasaran 6709: 98,15% against a serapan of 90,03% — not met, so no "8,12 poin" (the
    # LKjIP says the same); the page gives the reason instead.
    client.force_login(satker_admin)
    html = client.get(PAGE).content.decode()
    assert "8,12 poin" not in html
    assert 'efisiensi – <span class="catatan">(target belum tercapai)</span>' in html


def test_a_kegiatan_split_between_a_sasaran_and_its_own_group_is_counted_once(
    client, satker_admin, prabumulih
):
    from kinerja.planning.models import IndikatorKinerja, SasaranStrategis

    # As a user does when the readiness check asks: one of 3360's indicators linked to a
    # Renstra sasaran, the others not yet.
    sasaran = SasaranStrategis.objects.filter(renstra__satker=prabumulih).first()
    indikator = IndikatorKinerja.objects.filter(kegiatan__kode="3360", sasaran=None).first()
    indikator.sasaran = sasaran
    indikator.save()
    client.force_login(satker_admin)
    html = client.get(PAGE).content.decode()
    assert "dihitung pada Sasaran" in html
    assert "tidak di sini." in html
    assert "Rp 41.661.103.000" in html  # the satker's total is unchanged
