"""Readiness: evidence attached, records Kinerja holds, nothing yet — and where the points go."""

from decimal import Decimal

import pytest

from kinerja.lke.kesiapan_evaluasi import Keadaan, kesiapan_evaluasi
from kinerja.lke.models import EvaluasiLke
from kinerja.lke.tests.builders import jadwal_terbuka
from kinerja.lke.tests.conftest import isi


@pytest.fixture
def demo_evaluasi(prabumulih) -> EvaluasiLke:
    jadwal_terbuka(2025)
    return EvaluasiLke.objects.select_related("versi", "satker").get(satker=prabumulih, tahun=2025)


def _row(kesiapan, kode):
    return next(row for row in kesiapan.baris if row.kode == kode)


def test_an_empty_self_assessment_has_all_100_points_open(demo_evaluasi):
    kesiapan = kesiapan_evaluasi(demo_evaluasi, {})
    assert sum(kesiapan.poin_terbuka(keadaan) for keadaan in Keadaan) == Decimal(100)
    assert len(kesiapan.baris) == 80


def test_records_kinerja_holds_are_proposed_for_their_criteria(demo_evaluasi):
    kesiapan = kesiapan_evaluasi(demo_evaluasi, {})
    renstra = _row(kesiapan, "1.a.3")  # "Terdapat dokumen perencanaan kinerja jangka menengah"
    assert renstra.keadaan is Keadaan.ADA_REKAMAN
    assert [r.label for r in renstra.usulan] == ["Renstra 2020–2024 KPU Kota Prabumulih"]
    cascade = _row(kesiapan, "1.b.8")
    assert len(cascade.usulan) == 5  # the head's PK and the four units' PKs of 2024
    # A pedoman teknis is a file nobody keeps in Kinerja.
    assert _row(kesiapan, "1.a.1").keadaan is Keadaan.TANPA_BUKTI
    # The seed's LKjIP was typed in, never signed here: nothing to propose for "diformalkan".
    assert _row(kesiapan, "3.a.3").keadaan is Keadaan.TANPA_BUKTI


def test_attached_evidence_wins_over_proposals(demo_evaluasi):
    kesiapan = kesiapan_evaluasi(demo_evaluasi, {"1.a.3": 2, "1.a.1": 1})
    assert _row(kesiapan, "1.a.3").keadaan is Keadaan.BERBUKTI
    assert _row(kesiapan, "1.a.1").keadaan is Keadaan.BERBUKTI
    assert kesiapan.jumlah(Keadaan.BERBUKTI) == 2


def test_where_the_points_go_follows_the_self_assessment(evaluasi, orang):
    # The small worksheet (builders.lembar_kecil): 1.a weighs 24 over two Y/T criteria.
    before = kesiapan_evaluasi(evaluasi, {})
    assert _row(before, "1.a.1").tambahan == Decimal(12)
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})
    after = kesiapan_evaluasi(evaluasi, {})
    assert _row(after, "1.a.1").tambahan == 0
    assert "1.a.1" not in [row.kode for row in after.ke_mana_poin]
    gains = [row.tambahan for row in after.ke_mana_poin]
    assert gains == sorted(gains, reverse=True)


def test_the_readiness_page_lists_records_and_gains(client, demo_evaluasi, satker_admin):
    client.force_login(satker_admin)
    response = client.get("/satker/kpu-kota-prabumulih/lke/2025/kesiapan/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Renstra 2020–2024 KPU Kota Prabumulih" in html
    assert "Rekaman Kinerja tersedia" in html
    assert 'id="kesiapan-1a3"' in html


def test_another_satkers_admin_gets_404_on_the_readiness_page(client, demo_evaluasi, outsider):
    client.force_login(outsider)
    response = client.get("/satker/kpu-kota-prabumulih/lke/2025/kesiapan/")
    assert response.status_code == 404
