"""A parent's overview of its children's evaluations: status, completeness, scores and the
predicate distribution, with hidden final results left out for the satker's side until
publication, in a fixed number of queries whatever the number of children."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.lke import services
from kinerja.lke.selectors_hasil import ringkasan_anak
from kinerja.lke.tests.builders import CAMPURAN
from kinerja.lke.tests.conftest import isi
from kinerja.lke.tests.hasil_bangun import finalkan, versi  # noqa: F401  (versi: a fixture)
from kinerja.organisations.models import Satker
from kinerja.organisations.tests.factories import SatkerFactory

PROVINSI = "kpu-provinsi-sumatera-selatan"


@pytest.fixture
def provinsi(db):
    return Satker.objects.get(slug=PROVINSI)


@pytest.fixture
def admin_provinsi(provinsi):
    return MembershipFactory(satker=provinsi, peran=Membership.Peran.ADMIN_SATKER).user


def _anak_dengan_draf(provinsi, orang, nama: str):
    child = SatkerFactory(nama=nama, slug=nama.lower().replace(" ", "-"), parent=provinsi)
    admin = MembershipFactory(satker=child, peran=Membership.Peran.ADMIN_SATKER).user
    evaluasi = services.buka_evaluasi(actor=admin, satker=child, tahun=2025)
    isi(evaluasi, admin, "mandiri", {"1.a.1": "Y", "1.b.1": "AA"})
    return evaluasi


def _final_anak(provinsi, orang, nama: str, sembunyikan=False):
    draft = _anak_dengan_draf(provinsi, orang, nama)
    admin = Membership.objects.filter(satker=draft.satker).first().user
    isi(draft, admin, "mandiri", CAMPURAN)
    services.ajukan_mandiri(actor=admin, evaluasi=draft)
    services.mulai_reviu(actor=orang.inspektur_pusat, evaluasi=draft)
    isi(draft, orang.inspektur_pusat, "evaluator", {**CAMPURAN, "2.a.3": "AA"})
    if sembunyikan:
        services.atur_sembunyikan_nilai(
            actor=orang.inspektur_pusat, evaluasi=draft, sembunyikan=True
        )
    return services.finalkan(actor=orang.inspektur_pusat, evaluasi=draft)


@pytest.fixture
def dunia(evaluasi, orang, provinsi, other_satker):
    """Prabumulih final (68,60 B), hidden from the satker's side; Lubuklinggau with no
    evaluation; one child in draft."""
    final = finalkan(evaluasi, orang)
    final.sembunyikan_nilai = True
    final.save()
    _anak_dengan_draf(provinsi, orang, "KPU Kota Uji Draf")
    return final


def _baris(ringkasan, nama):
    return next(row for row in ringkasan.baris if row.satker.nama == nama)


def test_the_evaluator_above_sees_every_childs_status_completeness_score_and_predicate(
    dunia, provinsi, inspector_of_province
):
    ringkasan = ringkasan_anak(provinsi, 2025, inspector_of_province)
    prabumulih = _baris(ringkasan, dunia.satker.nama)
    assert prabumulih.nilai_final == Decimal("68.6")
    assert prabumulih.predikat == "B"
    assert prabumulih.kelengkapan == 100
    draft = _baris(ringkasan, "KPU Kota Uji Draf")
    # 2 of 7 criteria answered; 1.a Y → 24 × 1/2 = 12, 1.b AA → 36 × 1/2 = 18: 30,00.
    assert round(draft.kelengkapan, 2) == Decimal("28.57")
    assert draft.nilai_mandiri == 30
    assert draft.nilai_final is None
    assert _baris(ringkasan, "KPU Kota Lubuklinggau").evaluasi is None
    assert dict(ringkasan.distribusi)["B"] == 1


def test_the_parents_own_people_do_not_see_a_hidden_final_result_until_published(
    dunia, provinsi, admin_provinsi, orang
):
    row = _baris(ringkasan_anak(provinsi, 2025, admin_provinsi), dunia.satker.nama)
    assert row.disembunyikan
    assert (row.nilai_final, row.predikat) == (None, None)
    assert dict(ringkasan_anak(provinsi, 2025, admin_provinsi).distribusi)["B"] == 0
    services.terbitkan(actor=orang.inspektur_pusat, evaluasi=dunia)
    row = _baris(ringkasan_anak(provinsi, 2025, admin_provinsi), dunia.satker.nama)
    assert (row.nilai_final, row.predikat) == (Decimal("68.6"), "B")


def test_a_reviewer_on_the_province_sees_a_hidden_final_result_as_the_evaluator_does(
    dunia, provinsi, orang
):
    row = _baris(ringkasan_anak(provinsi, 2025, orang.reviewer), dunia.satker.nama)
    assert not row.disembunyikan
    assert (row.nilai_final, row.predikat) == (Decimal("68.6"), "B")


def test_the_page_shows_the_distribution_and_hides_the_hidden_score(client, dunia, admin_provinsi):
    client.force_login(admin_provinsi)
    page = client.get(reverse("lke:anak", args=[PROVINSI, 2025]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "disembunyikan sampai terbit" in text
    assert "68,60" not in text
    assert "30,00" in text


def test_the_page_reads_in_the_same_number_of_queries_whatever_the_number_of_children(
    client, dunia, provinsi, orang, inspector_of_province
):
    client.force_login(inspector_of_province)
    url = reverse("lke:anak", args=[PROVINSI, 2025])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    _anak_dengan_draf(provinsi, orang, "KPU Kota Uji Dua")
    _final_anak(provinsi, orang, "KPU Kota Uji Tiga")
    _final_anak(provinsi, orang, "KPU Kota Uji Empat", sembunyikan=True)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(many) == len(few)
    assert len(many) <= 18
    assert "KPU Kota Uji Empat" in response.content.decode()


def test_a_satker_outside_the_parent_gets_404_and_a_satker_without_children_too(
    client, dunia, orang
):
    client.force_login(orang.orang_luar)
    assert client.get(reverse("lke:anak", args=[PROVINSI, 2025])).status_code == 404
    client.force_login(orang.admin)
    assert client.get(reverse("lke:anak", args=["kpu-kota-prabumulih", 2025])).status_code == 404
