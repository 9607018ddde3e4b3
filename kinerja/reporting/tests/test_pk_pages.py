"""The PK's life through its pages: drafted from the RKT, edited, submitted, signed (and locked
from then on), cascaded to a unit, returned, signed, revised with a regulation's reason — each
step by the role it belongs to."""

from decimal import Decimal

import pytest
from django.urls import reverse

from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.core.models import AuditLog
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import RKT, BarisRKT
from kinerja.planning.tests.factories import IndikatorKinerjaFactory
from kinerja.reporting.tests.conftest import PIHAK, TAHUN_PK

pytestmark = pytest.mark.django_db
TAHUN = TAHUN_PK


def _baru(kantor, unit=None):
    url = reverse("reporting:pk_baru", args=[kantor["satker"].slug]) + f"?tahun={TAHUN}"
    return url + (f"&unit={unit.pk}" if unit else "")


def _detail(pk):
    return reverse("reporting:pk_detail", args=[pk.satker.slug, pk.pk]) + f"?tahun={pk.tahun}"


def _draf_satker(client, kantor):
    client.force_login(kantor["admin"])
    sources = BarisRKT.objects.filter(rkt__satker=kantor["satker"]).values_list("pk", flat=True)
    response = client.post(_baru(kantor), {**PIHAK, "sumber": [str(pk) for pk in sources]})
    assert response.status_code == 302
    return PerjanjianKinerja.objects.get(satker=kantor["satker"], unit=None, versi=1)


def _sign(client, kantor, pk, tanggal="2025-01-30"):
    client.force_login(kantor["sekretaris"])
    response = client.post(_detail(pk), {"aksi": "tandatangani", "tanggal": tanggal})
    assert response.status_code == 302


def test_a_satker_pk_is_drafted_from_the_rkt_edited_submitted_and_signed(client, kantor):
    pk = _draf_satker(client, kantor)
    lines = list(pk.baris.order_by("urutan"))
    drawn = [(line.indikator.kode, line.target, line.baris_rkt_id is not None) for line in lines]
    assert drawn == [("P-1", Decimal(95), True), ("P-2", Decimal(100), True)]
    client.post(_detail(pk), {"aksi": "ubah", "baris": lines[0].pk, "target": "94,5"})
    client.post(_detail(pk), {"aksi": "ubah", "baris": lines[1].pk, "target": "WTP"})
    lines = list(pk.baris.order_by("urutan"))
    assert (lines[0].target, lines[1].target, lines[1].target_teks) == (
        Decimal("94.5"),
        None,
        "WTP",
    )
    # The drafter submits; signing is the Sekretaris's.
    assert (
        client.post(_detail(pk), {"aksi": "tandatangani", "tanggal": "2025-01-30"}).status_code
        == 403
    )
    client.post(_detail(pk), {"aksi": "ajukan"})
    pk.refresh_from_db()
    assert pk.status == "diajukan"
    # Submitted: locked for the drafter too.
    response = client.post(_detail(pk), {"aksi": "ubah", "baris": lines[0].pk, "target": "1"})
    assert response.status_code == 400
    assert "kembalikan ke draf" in response.content.decode()
    _sign(client, kantor, pk)
    pk.refresh_from_db()
    assert (pk.status, str(pk.tanggal), pk.tempat) == ("ditandatangani", "2025-01-30", "Kota Uji")
    client.force_login(kantor["admin"])
    response = client.post(_detail(pk), {"aksi": "ubah", "baris": lines[0].pk, "target": "1"})
    assert response.status_code == 400
    assert "buat revisi dengan alasan" in response.content.decode()
    assert pk.baris.get(urutan=1).target == Decimal("94.5")
    reasons = set(AuditLog.objects.filter(object_id=str(pk.pk)).values_list("reason", flat=True))
    assert {"Draf Perjanjian Kinerja", "PK diajukan untuk ditandatangani"} <= reasons


def test_a_unit_pk_is_cascaded_returned_fixed_signed_and_the_satker_pk_revised(client, kantor):
    satker_pk = _draf_satker(client, kantor)
    client.post(_detail(satker_pk), {"aksi": "ajukan"})
    _sign(client, kantor, satker_pk)
    parent_line = satker_pk.baris.get(urutan=1)

    client.force_login(kantor["kasubbag"])
    # Only the unit's own Kasubbag drafts its PK.
    assert client.get(_baru(kantor, kantor["other_unit"])).status_code == 403
    response = client.post(
        _baru(kantor, kantor["unit"]), {**PIHAK, "sumber": [str(parent_line.pk)]}
    )
    assert response.status_code == 302
    unit_pk = PerjanjianKinerja.objects.get(unit=kantor["unit"])
    line = unit_pk.baris.get()
    assert (line.induk_baris, line.indikator, unit_pk.induk) == (
        parent_line, parent_line.indikator, satker_pk
    )  # fmt: skip
    client.post(_detail(unit_pk), {"aksi": "ajukan"})

    client.force_login(kantor["sekretaris"])
    response = client.post(_detail(unit_pk), {"aksi": "kembalikan", "alasan": ""})
    assert response.status_code == 400
    client.post(_detail(unit_pk), {"aksi": "kembalikan", "alasan": "Target terlalu rendah"})
    unit_pk.refresh_from_db()
    assert unit_pk.status == "draft"

    client.force_login(kantor["kasubbag"])
    # The draft says why it came back, until it is submitted again.
    page = client.get(_detail(unit_pk)).content.decode()
    assert "Dikembalikan ke draf oleh" in page
    assert "Target terlalu rendah" in page

    client.force_login(kantor["kasubbag"])
    client.post(_detail(unit_pk), {"aksi": "ubah", "baris": line.pk, "target": "97"})
    client.post(_detail(unit_pk), {"aksi": "ajukan"})
    _sign(client, kantor, unit_pk, "2025-01-31")
    unit_pk.refresh_from_db()
    assert (unit_pk.status, unit_pk.baris.get().target) == ("ditandatangani", Decimal(97))

    # A signed PK is revised, never edited: a new version, the old one in force until signed.
    client.force_login(kantor["admin"])
    response = client.post(
        _detail(satker_pk),
        {"aksi": "revisi", "alasan_revisi": "pergantian_pejabat", "keterangan": "Sekretaris baru"},
    )
    revision = PerjanjianKinerja.objects.get(satker=kantor["satker"], unit=None, versi=2)
    assert response["Location"].startswith(_detail(revision).split("?")[0])
    assert (revision.status, revision.revisi_dari) == ("draft", satker_pk)
    assert set(PerjanjianKinerja.objects.berlaku(kantor["satker"], TAHUN)) == {satker_pk, unit_pk}
    page = client.get(_detail(satker_pk)).content.decode()
    assert "Buat revisi" not in page  # a draft revision is already open
    assert "sedang disusun" in page


@pytest.mark.parametrize(("persona", "status"), [
    ("operator", 403), ("sekretaris", 403), ("outsider", 404),
])  # fmt: skip
def test_who_may_not_draft_a_satker_pk(client, kantor, persona, status):
    client.force_login(kantor[persona])
    assert client.post(_baru(kantor), {**PIHAK}).status_code == status
    assert not PerjanjianKinerja.objects.filter(satker=kantor["satker"]).exists()


def test_who_may_not_edit_or_sign_a_draft(client, kantor):
    pk = _draf_satker(client, kantor)
    line = pk.baris.first()
    for persona, aksi, status in (
        ("operator", "ubah", 403), ("sekretaris", "ubah", 403), ("outsider", "ubah", 404),
        ("operator", "ajukan", 403), ("outsider", "tandatangani", 404),
    ):  # fmt: skip
        client.force_login(kantor[persona])
        response = client.post(
            _detail(pk), {"aksi": aksi, "baris": line.pk, "target": "1", "tanggal": "2025-01-30"}
        )
        assert response.status_code == status, (persona, aksi)
    pk.refresh_from_db()
    assert (pk.status, pk.baris.get(pk=line.pk).target) == ("draft", Decimal(95))


def test_a_second_draft_is_refused_and_another_satkers_line_cannot_be_drawn(client, kantor):
    pk = _draf_satker(client, kantor)
    response = client.post(_baru(kantor), {**PIHAK})
    assert response.status_code == 400
    assert "Sudah ada draf PK ini" in response.content.decode()
    foreign = BarisRKT.objects.create(
        rkt=RKT.objects.create(satker=SatkerFactory(), tahun=TAHUN), urutan=1,
        sasaran_tercetak="S", target=1, indikator=IndikatorKinerjaFactory(),
    )  # fmt: skip
    response = client.post(_detail(pk), {"aksi": "tambah", "sumber": [foreign.pk]})
    assert response.status_code == 400
    assert BarisPerjanjian.objects.filter(perjanjian=pk).count() == 2


def test_the_printable_pk_has_both_signature_blocks(client, kantor):
    pk = _draf_satker(client, kantor)
    url = reverse("reporting:pk_cetak", args=[kantor["satker"].slug, pk.pk]) + f"?tahun={TAHUN}"
    html = client.get(url).content.decode()
    assert "BELUM DITANDATANGANI" in html
    # Nobody is named before signing: the parties are whoever holds each role on its date.
    assert "Sekretaris Uji" not in html
    assert html.count("ditentukan dari riwayat jabatan pada tanggal penandatanganan") == 4
    client.post(_detail(pk), {"aksi": "ajukan"})
    _sign(client, kantor, pk)
    html = client.get(url).content.decode()
    assert "Sekretaris Uji" in html
    assert "Ketua Uji" in html
    assert "NIP. 19800101 200501 1 001" in html
    client.force_login(kantor["outsider"])
    assert client.get(url).status_code == 404
