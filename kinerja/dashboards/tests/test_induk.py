"""A parent satker's dashboard on a small synthetic national hierarchy (kinerja.demo.nasional):
KPU RI beside its provinces, each province beside its kabupaten/kota."""

import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.budgets.models import Kegiatan, Pagu
from kinerja.core.formatting import format_persen
from kinerja.dashboards import views
from kinerja.demo.nasional import PREFIX, Ukuran, bangun
from kinerja.measurement.models import Realisasi
from kinerja.measurement.rekap import rollup_induk
from kinerja.organisations.models import Satker
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import TargetTahunan
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

pytestmark = pytest.mark.django_db
TAHUN = 2024


@pytest.fixture(autouse=True)
def _early_2025(monkeypatch):
    monkeypatch.setattr(views, "hari_ini", lambda: datetime.date(2025, 2, 1))


@pytest.fixture
def pusat(db) -> Satker:
    satkers = bangun(Ukuran(satker=60, indikator=4, kegiatan=2, tahun=(TAHUN,)))
    return satkers[0]


@pytest.fixture
def nasional(client, pusat):
    client.force_login(MembershipFactory(satker=pusat, peran=Membership.Peran.INSPEKTUR).user)
    return client


def _url(satker) -> str:
    return reverse("dashboards:dasbor", args=[satker.slug])


def _rows(html: str) -> list[list[str]]:
    """The children table's body rows, as the texts of their cells."""
    table = html[html.index('id="tabel-anak"') :]
    body = table[table.index("<tbody>") : table.index("</tbody>")]
    return [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    ]


def _persen(text: str) -> Decimal:
    return Decimal(text.removesuffix("%").replace(".", "").replace(",", "."))


def _get(client, satker, **query) -> str:
    response = client.get(_url(satker), {"tahun": TAHUN, **query})
    assert response.status_code == 200
    return response.content.decode()


def test_kpu_ri_shows_its_provinces_side_by_side_with_the_national_figure(nasional, pusat):
    html = _get(nasional, pusat)
    rows = _rows(html)
    provinces = Satker.objects.filter(parent=pusat)
    assert [row[0] for row in rows] == sorted(str(item) for item in provinces)
    rekap = rollup_induk(pusat, TAHUN)
    assert format_persen(rekap.capaian) in html  # the national figure, from the roll-up
    by_name = {row[0]: row for row in rows}
    for child in rekap.anak:
        assert by_name[child.satker.nama][2] == format_persen(child.capaian)
        assert by_name[child.satker.nama][1] == str(child.jumlah_satker)


def test_the_children_sort_by_a_column_either_way_through_the_query_string(nasional, pusat):
    down = [_persen(row[2]) for row in _rows(_get(nasional, pusat, urut="capaian", arah="turun"))]
    assert down == sorted(down, reverse=True)
    up = [_persen(row[2]) for row in _rows(_get(nasional, pusat, urut="capaian", arah="naik"))]
    assert up == sorted(up)
    items = [int(row[6]) for row in _rows(_get(nasional, pusat, urut="perhatian", arah="turun"))]
    assert items == sorted(items, reverse=True)
    html = _get(nasional, pusat, urut="capaian", arah="turun")
    # The sorted column's header reverses the order; the others sort afresh.
    assert 'href="?tahun=2024&amp;urut=capaian&amp;arah=naik"' in html
    assert 'href="?tahun=2024&amp;urut=serapan&amp;arah=turun"' in html


def test_an_unknown_sort_falls_back_to_the_names(nasional, pusat):
    rows = _rows(_get(nasional, pusat, urut="DROP TABLE", arah="x"))
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)


def test_the_children_filter_by_name_and_by_attention(nasional, pusat):
    quiet = SatkerFactory(nama="KPU Provinsi Tenang (sintetis)", parent=pusat)
    named = _rows(_get(nasional, pusat, cari="provinsi 2"))
    assert [row[0] for row in named] == ["KPU Provinsi 2 (sintetis)"]
    everyone = [row[0] for row in _rows(_get(nasional, pusat))]
    needing = [row[0] for row in _rows(_get(nasional, pusat, perlu="1"))]
    assert quiet.nama in everyone
    assert quiet.nama not in needing
    assert len(needing) == len(everyone) - 1


def test_a_childs_attention_count_is_the_one_its_own_dashboard_shows(nasional, pusat):
    rows = {row[0]: int(row[6]) for row in _rows(_get(nasional, pusat))}
    for province in Satker.objects.filter(parent=pusat):
        own = _get(nasional, province)
        assert f"Perlu perhatian ({rows[province.nama]})" in own


def test_a_province_drills_down_to_its_kabupaten_kota(nasional, pusat):
    province = Satker.objects.filter(parent=pusat).order_by("pk").first()
    html = _get(nasional, pusat)
    assert f'<a href="{_url(province)}?tahun=2024">{province.nama}</a>' in html
    own = _get(nasional, province)
    cities = Satker.objects.filter(parent=province)
    assert [row[0] for row in _rows(own)] == sorted(city.nama for city in cities)
    city = cities.order_by("pk").first()
    assert f'<a href="{_url(city)}?tahun=2024">{city.nama}</a>' in own
    leaf = _get(nasional, city)
    assert 'id="tabel-anak"' not in leaf
    assert 'id="sasaran"' in leaf


def test_a_province_user_sees_neither_the_nation_nor_another_province(client, pusat):
    first, second = Satker.objects.filter(parent=pusat).order_by("pk")[:2]
    client.force_login(MembershipFactory(satker=first, peran=Membership.Peran.PIMPINAN).user)
    assert client.get(_url(pusat)).status_code == 404
    assert client.get(_url(second)).status_code == 404
    assert client.get(_url(first)).status_code == 200
    city = Satker.objects.filter(parent=first).first()
    assert client.get(_url(city)).status_code == 200


def _add_province(pusat, number):
    province = SatkerFactory(nama=f"KPU Provinsi Tambahan {number}", parent=pusat)
    kegiatan = Kegiatan.objects.filter(kode__startswith="S").first()
    for code in ("A", "B"):
        indikator = IndikatorKinerjaFactory(satker=province, kegiatan=kegiatan, satuan="%")
        TargetTahunan.objects.create(indikator=indikator, tahun=TAHUN, target=90, sumber="uji")
        Realisasi.objects.create(
            indikator=indikator, tahun=TAHUN, periode="tw1", nilai=20, sumber=f"uji {code}"
        )
    Pagu.objects.create(
        satker=province, kegiatan=kegiatan, tahun=TAHUN, jenis="awal", jumlah=1_000, sumber="uji"
    )


def test_the_query_count_does_not_grow_with_the_number_of_children(nasional, pusat):
    def queries() -> int:
        nasional.get(_url(pusat), {"tahun": TAHUN})  # figures of changed satkers kept
        with CaptureQueriesContext(connection) as captured:
            assert nasional.get(_url(pusat), {"tahun": TAHUN}).status_code == 200
        return len(captured)

    few = queries()
    for number in range(3):
        _add_province(pusat, number)
    more = queries()
    assert len(_rows(_get(nasional, pusat))) == Satker.objects.filter(parent=pusat).count()
    assert more == few
    assert Satker.objects.filter(slug__startswith=PREFIX).count() == 60
