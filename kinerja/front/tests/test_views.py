import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.agreements.tests.factories import BarisPerjanjianFactory, PerjanjianSatkerFactory
from kinerja.budgets.models import Pagu
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.measurement.models import Realisasi
from kinerja.organisations.models import Satker
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db

PAGE = reverse("front:satker_detail", args=["kpu-kota-prabumulih"])


def test_anonymous_visitor_is_sent_to_the_login_page(client):
    response = client.get(PAGE)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_outsider_from_another_satker_gets_404(client, outsider):
    client.force_login(outsider)
    assert client.get(PAGE).status_code == 404


def test_outsider_sees_only_their_own_satker_on_the_home_page(client, outsider, other_satker):
    client.force_login(outsider)
    response = client.get(reverse("front:home"))
    assert response.url == reverse("front:satker_detail", args=[other_satker.slug])
    assert client.get(response.url).status_code == 200


def test_grant_on_the_province_covers_the_city_below_it(client, inspector_of_province):
    client.force_login(inspector_of_province)
    assert client.get(PAGE).status_code == 200


def test_unknown_year_is_404_not_a_crash(client, satker_admin):
    client.force_login(satker_admin)
    response = client.get(PAGE, {"tahun": "2019"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "Tahun 2019 tidak tersedia untuk satker ini. Tahun yang tersedia: 2024, 2023." in html
    assert "Kembali ke daftar satuan kerja" in html  # the site's own page, with its layout
    assert client.get(PAGE, {"tahun": "abc"}).status_code == 404


def test_not_found_pages_are_indonesian_and_say_what_was_not_found(client, outsider):
    client.force_login(outsider)
    html = client.get(PAGE).content.decode()
    assert "Satuan kerja tidak ditemukan." in html
    response = client.get("/tidak-ada/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Halaman tidak ditemukan" in html
    assert "Alamat yang Anda buka tidak ada" in html
    assert "Not Found" not in html and "Resolver404" not in html  # noqa: PT018


def test_a_server_error_shows_an_indonesian_page_not_a_trace(satker_admin, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database hilang")

    monkeypatch.setattr("kinerja.front.views.satker_tahun", broken)
    client = Client(raise_request_exception=False)
    client.force_login(satker_admin)
    response = client.get(PAGE)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Terjadi kesalahan pada server" in html
    assert "database hilang" not in html and "Traceback" not in html  # noqa: PT018


def test_satker_page_shows_organisation_renstra_rkt_and_pks_in_indonesian_format(
    client, satker_admin
):
    client.force_login(satker_admin)
    response = client.get(PAGE)
    assert response.status_code == 200
    html = response.content.decode()
    # Organisation
    assert "Subbagian Perencanaan, Data dan Informasi" in html
    assert "Marta Dinata" in html
    assert "Prabumulih Selatan dan Rambang Kapak Tengah" in html
    assert "19830729 200902 1 004" in html  # NIP displayed with spaces
    assert "Hamzah Khairul Umam" in html
    # Renstra
    assert "Mandiri, Professional, dan Berintegritas" in html
    assert "Renstra 2020–2024" in html
    # RKT with targets as percentages
    assert "Persentase ruangan rapat yang digunakan tidak ada yang bersamaan" in html
    assert ">80%<" in html
    # The five PKs, dates and Rupiah in Indonesian format
    assert html.count("Ditandatangani") == 5
    assert "Prabumulih, 25 Januari 2024" in html
    assert "Rp 2.885.908.000" in html
    assert "Rp 17.632.649.000" in html
    assert "Rp 20.518.557.000" in html  # the computed sum of the Sekretaris–Ketua PK
    assert "Rp 12.406.404.000" in html
    assert "NIP. 19780429 2009021 1 003" in html


def test_a_printed_pk_total_that_differs_from_its_lines_is_pointed_out(client, satker_admin):
    client.force_login(satker_admin)
    warning = "berbeda dengan jumlah baris anggarannya"
    assert warning not in client.get(PAGE).content.decode()
    PerjanjianKinerja.objects.filter(pihak_kedua_nama="Marta Dinata").update(
        total_anggaran_tercatat=20_518_557_001
    )
    html = client.get(PAGE).content.decode()
    assert html.count(warning) == 1
    assert "(Rp 20.518.557.001)" in html


def test_satker_page_query_count_does_not_grow_with_rows(
    client, satker_admin, django_assert_max_num_queries
):
    client.force_login(satker_admin)
    with django_assert_max_num_queries(30):
        client.get(PAGE)


PROVINCE = reverse("front:satker_detail", args=["kpu-provinsi-sumatera-selatan"])
ROLL_UP = reverse("front:rekap_detail", args=["kpu-provinsi-sumatera-selatan"])


def test_a_parent_satker_shows_the_roll_up_of_the_satkers_below_it(client, inspector_of_province):
    client.force_login(inspector_of_province)
    html = client.get(PROVINCE).content.decode()
    assert "Belum ada RKT" not in html
    assert "belum mencatat Renstra, RKT atau Perjanjian Kinerja sendiri untuk tahun 2024" in html
    assert "Rekap 2024: satker di bawah KPU Provinsi Sumatera Selatan" in html
    assert "KPU Kota Prabumulih" in html and "99,49%" in html  # noqa: PT018
    html = client.get(ROLL_UP).content.decode()
    assert "Rp 41.661.103.000" in html
    assert "Rp 41.579.911.818" in html
    assert "99,81%" in html


def test_the_roll_up_opens_a_child_without_data_that_year_without_the_year_not_a_404(
    client, inspector_of_province, other_satker
):
    client.force_login(inspector_of_province)
    html = client.get(ROLL_UP + "?tahun=2024").content.decode()
    lubuklinggau = reverse("front:satker_detail", args=[other_satker.slug])
    assert f'<a href="{lubuklinggau}">KPU Kota Lubuklinggau</a>' in html
    assert client.get(lubuklinggau).status_code == 200
    assert client.get(lubuklinggau + "?tahun=2024").status_code == 404  # what the link was
    prabumulih = reverse("front:satker_detail", args=["kpu-kota-prabumulih"])
    assert f'<a href="{prabumulih}?tahun=2024">' in html


def test_a_satker_without_satkers_below_says_there_is_no_roll_up(client, satker_admin):
    client.force_login(satker_admin)
    page = reverse("front:rekap_detail", args=["kpu-kota-prabumulih"])
    html = client.get(page).content.decode()
    assert "KPU Kota Prabumulih tidak membawahi satker lain; tidak ada rekap." in html
    assert "<table" not in html


def test_a_parent_without_its_own_staff_says_so_instead_of_empty_tables(
    client, inspector_of_province
):
    client.force_login(inspector_of_province)
    html = client.get(PROVINCE).content.decode()
    assert "Belum ada unit kerja yang tercatat." in html
    assert "Belum ada pegawai yang tercatat." in html


def test_a_city_user_does_not_see_the_province_roll_up(client, satker_admin, outsider):
    client.force_login(satker_admin)
    assert client.get(ROLL_UP).status_code == 404
    assert client.get(PROVINCE).status_code == 404
    client.force_login(outsider)
    assert (
        client.get(reverse("front:rekap_detail", args=["kpu-kota-prabumulih"])).status_code == 404
    )


def test_the_roll_up_page_reads_a_bounded_number_of_queries(
    client, inspector_of_province, django_assert_max_num_queries
):
    client.force_login(inspector_of_province)
    with django_assert_max_num_queries(34):  # computing every satker's figures and keeping them
        client.get(ROLL_UP)
    with django_assert_max_num_queries(20):  # the figures kept
        client.get(ROLL_UP)


def test_a_satker_without_budget_data_shows_a_dash_in_the_roll_up_not_rp_0(
    client, inspector_of_province, other_satker
):
    client.force_login(inspector_of_province)
    html = client.get(ROLL_UP).content.decode()
    row = html[html.index("KPU Kota Lubuklinggau") :].split("</tr>")[0]
    assert row.count(">–<") == 4  # capaian, pagu, realisasi, serapan
    assert "Rp 0" not in html
    # The province total still adds the satkers that have budget data.
    assert "Rp 41.661.103.000" in html


def _add_measured_city(province, number):
    city = SatkerFactory(nama=f"KPU Kota Tambahan {number}", parent=province)
    kegiatan = KegiatanFactory()
    pk = PerjanjianSatkerFactory(satker=city, tahun=2024, status="ditandatangani")
    for urutan in (1, 2):
        indikator = IndikatorKinerjaFactory(satker=city, kegiatan=kegiatan)
        BarisPerjanjianFactory(perjanjian=pk, urutan=urutan, indikator=indikator, target=90)
        Realisasi.objects.create(indikator=indikator, tahun=2024, nilai=85, sumber="uji")
    Pagu.objects.create(
        satker=city, kegiatan=kegiatan, tahun=2024, jenis="awal", jumlah=1_000, sumber="uji"
    )


def test_the_roll_up_reads_the_same_number_of_queries_for_more_satkers_below(
    client, inspector_of_province
):
    client.force_login(inspector_of_province)
    province = Satker.objects.get(slug="kpu-provinsi-sumatera-selatan")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(ROLL_UP, {"tahun": "2024"}).status_code == 200
        return len(captured)

    _add_measured_city(province, 1)
    # Cold: every satker's figures computed (a city was added); warm: all of them kept.
    few = (queries(), queries())
    for number in (2, 3, 4):
        _add_measured_city(province, number)
    more = (queries(), queries())
    html = client.get(ROLL_UP, {"tahun": "2024"}).content.decode()
    assert "KPU Kota Tambahan 4" in html
    assert more == few
    assert few[1] < few[0]
