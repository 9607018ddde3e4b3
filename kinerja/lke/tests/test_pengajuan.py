"""Submitting the self-assessment from the page: a refusal reads as one message, a heading
with the findings listed under it."""

from django.urls import reverse

from kinerja.lke import logika_evaluasi
from kinerja.lke.tests.builders import CAMPURAN
from kinerja.lke.tests.conftest import isi


def _url(name, *args):
    return reverse(f"lke:{name}", args=["kpu-kota-prabumulih", 2025, *args])


def test_a_refused_submission_is_one_message_with_a_heading_and_a_list(
    client, evaluasi, orang, monkeypatch
):
    monkeypatch.setattr(logika_evaluasi, "DAFTAR_MAKS", 2)
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y", "1.a.2": "Y", "1.b.1": "A"}, bukti=False)
    client.force_login(orang.admin)
    page = client.post(
        _url("evaluasi_langkah"), {"aksi": "ajukan_mandiri", "konfirmasi": "on"}, follow=True
    )
    html = page.content.decode()
    assert html.count('class="pesan error"') == 1
    assert (
        "<strong>Penilaian mandiri belum dapat diajukan: 3 temuan</strong><ul>"
        "<li>Kriteria 1.a.1 dijawab Y tanpa bukti dukung.</li>"
        "<li>Kriteria 1.a.2 dijawab Y tanpa bukti dukung.</li>"
        "<li>… dan 1 temuan lainnya; semuanya ada di bawah Pemeriksaan logika.</li></ul>"
    ) in html
    assert "(+1)" not in html
    evaluasi.refresh_from_db()
    assert evaluasi.status == "draf"


def test_submitting_with_unanswered_criteria_asks_to_confirm_how_many(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "T", "2.a.2": "N/A"})
    client.force_login(orang.admin)
    html = client.get(_url("lembar_kerja")).content.decode()
    assert 'name="konfirmasi" required' in html
    assert "5 kriteria belum dijawab dan dihitung 0; tetap ajukan." in html
    page = client.post(_url("evaluasi_langkah"), {"aksi": "ajukan_mandiri"}, follow=True)
    assert "5 kriteria belum dijawab (dihitung 0)." in page.content.decode()
    evaluasi.refresh_from_db()
    assert evaluasi.status == "draf"
    client.post(_url("evaluasi_langkah"), {"aksi": "ajukan_mandiri", "konfirmasi": "on"})
    evaluasi.refresh_from_db()
    assert evaluasi.status == "mandiri_diajukan"


def test_a_complete_self_assessment_is_submitted_without_a_question(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    client.force_login(orang.admin)
    assert 'name="konfirmasi"' not in client.get(_url("lembar_kerja")).content.decode()
    client.post(_url("evaluasi_langkah"), {"aksi": "ajukan_mandiri"})
    evaluasi.refresh_from_db()
    assert evaluasi.status == "mandiri_diajukan"
