"""The results page explains an empty LHE signer list: whom the evaluator may choose, and where
those people and their jabatan are recorded."""

from django.urls import reverse

from kinerja.lke.tests.hasil_bangun import finalkan, pemeriksa, versi  # noqa: F401


def _hasil(client, user):
    client.force_login(user)
    return client.get(reverse("lke:hasil", args=["kpu-kota-prabumulih", 2025])).content.decode()


def test_an_empty_signer_list_links_to_where_the_inspectorates_staff_are_recorded(
    client, evaluasi, orang
):
    finalkan(evaluasi, orang)
    html = _hasil(client, orang.inspektur_pusat)
    assert "Belum ada pegawai yang dapat dipilih." in html
    assert 'href="/satker/kpu-ri/jabatan/"' in html
    assert "Catat pegawai dan jabatannya di:" in html
    pemeriksa()  # a member of KPU RI's staff with a jabatan
    html = _hasil(client, orang.inspektur_pusat)
    assert "Dra. Siti Rahmawati" in html
    assert "Belum ada pegawai yang dapat dipilih." not in html


def test_an_inspector_granted_on_the_evaluated_satker_is_told_to_get_a_grant_above(
    client, evaluasi, orang
):
    finalkan(evaluasi, orang)
    html = _hasil(client, orang.inspektur)
    assert "Belum ada pegawai yang dapat dipilih." in html
    assert "pada satker inspektorat di atas satker ini" in html
    assert "Catat pegawai dan jabatannya di:" not in html
