"""What a refused write gives back: the input as typed, next to the message, on the worksheet
row (htmx) and on the results page."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from kinerja.lke import services
from kinerja.lke.models import JawabanLke
from kinerja.lke.models_rekomendasi import Rekomendasi, TindakLanjut
from kinerja.lke.tests.builders import jadwal
from kinerja.lke.tests.conftest import isi
from kinerja.lke.tests.hasil_bangun import terbit_dengan_rekomendasi

HX = {"HTTP_HX_REQUEST": "true"}


def _url(name, *args):
    return reverse(f"lke:{name}", args=["kpu-kota-prabumulih", 2025, *args])


def _jawab(client, kriteria, **data):
    return client.post(_url("jawaban_simpan", kriteria), data, **HX)


def test_na_without_reason_comes_back_selected_not_the_stored_answer(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"2.a.2": "A"})
    client.force_login(orang.admin)
    response = _jawab(client, "2.a.2", peran="mandiri", kode="N/A", catatan="")
    assert response.status_code == 400
    text = response.content.decode()
    assert '<option value="N/A" selected>' in text
    assert '<option value="A" selected>' not in text
    assert JawabanLke.objects.get(evaluasi=evaluasi).kode == "A"


def test_an_off_scale_code_comes_back_as_sent(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})
    client.force_login(orang.admin)
    response = _jawab(client, "1.a.1", peran="mandiri", kode="AA", catatan="catatan saya")
    assert response.status_code == 400
    text = response.content.decode()
    assert '<option value="AA" selected>AA</option>' in text
    assert '<option value="Y" selected>' not in text
    assert 'value="catatan saya"' in text


def test_a_save_refused_because_the_window_closed_shows_why_and_no_form(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.b.1": "B"})
    past = timezone.localdate() - datetime.timedelta(days=60)
    jadwal(2025, "mandiri", past, past + datetime.timedelta(days=10))
    client.force_login(orang.admin)
    response = _jawab(client, "1.b.1", peran="mandiri", kode="AA")
    assert response.status_code == 400
    text = response.content.decode()
    assert "Di luar jadwal" in text
    # The window closed while the page was open: the row comes back without a form that the
    # server would refuse again.
    assert "<select" not in text
    assert JawabanLke.objects.get(evaluasi=evaluasi).kode == "B"


def test_a_recommendation_on_an_unknown_code_comes_back_with_what_was_typed(
    client, evaluasi, orang
):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    client.force_login(orang.inspektur)
    response = client.post(
        _url("rekomendasi_tambah"),
        {
            "uraian": "Susun definisi operasional.",
            "kode_kriteria": "9.z.9",
            "prioritas": "sedang",
            "penanggung_jawab": "Kasubbag Program",
            "batas_waktu": "2026-03-31",
        },
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "9.z.9" in text
    assert "Susun definisi operasional.</textarea>" in text
    assert 'value="Kasubbag Program"' in text
    assert 'value="2026-03-31"' in text
    assert not Rekomendasi.objects.filter(evaluasi=evaluasi).exists()


def test_a_follow_up_with_a_refused_file_keeps_its_text(client, evaluasi, orang):
    terbit_dengan_rekomendasi(evaluasi, orang)
    client.force_login(orang.admin)
    response = client.post(
        _url("tindak_lanjut_tambah", 1),
        {
            "uraian": "Pedoman ditetapkan dengan SK.",
            "berkas": SimpleUploadedFile("sk.pdf", b"bukan pdf", "application/pdf"),
        },
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "Pedoman ditetapkan dengan SK.</textarea>" in text
    assert not TindakLanjut.objects.exists()
