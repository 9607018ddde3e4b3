"""The worksheet page through HTTP: who sees it, saving an answer with htmx, the steps, hidden
scores, and a status smuggled into a form."""

import pytest
from django.urls import reverse

from kinerja.lke import services
from kinerja.lke.models import JawabanLke
from kinerja.lke.tests.builders import CAMPURAN
from kinerja.lke.tests.conftest import isi

HX = {"HTTP_HX_REQUEST": "true"}


def _url(name, *args):
    return reverse(f"lke:{name}", args=["kpu-kota-prabumulih", 2025, *args])


def _jawab(client, kriteria, **data):
    return client.post(_url("jawaban_simpan", kriteria), data, **HX)


def _ke_reviu(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    return services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)


def test_the_satker_sees_its_worksheet_with_guidance_and_completeness(client, evaluasi, orang):
    client.force_login(orang.admin)
    page = client.get(_url("lembar_kerja"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Indikator SMART." in text
    assert "AA bila semua" in text
    assert "0 dari 6 kriteria dijawab, 0 N/A" not in text  # seven criteria, not six
    assert "0 dari 7 kriteria dijawab, 0 N/A" in text
    assert "Jadwal Penilaian mandiri:" in text
    assert "Ajukan penilaian mandiri" in text


@pytest.mark.parametrize("siapa", ["orang_luar", "inspektur_lain"])
def test_another_satkers_people_get_404_on_every_lke_url(client, evaluasi, orang, siapa):
    client.force_login(getattr(orang, siapa))
    assert client.get(_url("lembar_kerja")).status_code == 404
    assert (
        client.get(reverse("lke:evaluasi_daftar", args=["kpu-kota-prabumulih"])).status_code == 404
    )
    assert _jawab(client, "1.a.1", peran="mandiri", kode="Y").status_code == 404
    assert client.post(_url("evaluasi_langkah"), {"aksi": "ajukan_mandiri"}).status_code == 404
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_saving_an_answer_with_htmx_returns_the_row_and_refreshes_the_scores(
    client, evaluasi, orang
):
    client.force_login(orang.admin)
    response = _jawab(client, "1.b.1", peran="mandiri", kode="A")
    assert response.status_code == 200
    text = response.content.decode()
    assert 'id="kriteria-1-b-1"' in text
    assert response["HX-Trigger"] == "lke-jawaban-tersimpan"
    assert JawabanLke.objects.get(evaluasi=evaluasi, peran="mandiri").kode == "A"
    summary = client.get(_url("lembar_kerja") + "?bagian=ringkasan", **HX).content.decode()
    # 1.b (36) with one of two answered at 0,9 and the other counting 0: 16,20.
    assert "16,20" in summary
    assert 'id="ringkasan-lke"' in summary


def test_an_answer_outside_the_scale_comes_back_400_with_the_message(client, evaluasi, orang):
    client.force_login(orang.admin)
    response = _jawab(client, "1.a.1", peran="mandiri", kode="AA")
    assert response.status_code == 400
    assert "bukan pilihan skala Ya/Tidak kriteria 1.a.1" in response.content.decode()
    response = _jawab(client, "2.a.2", peran="mandiri", kode="N/A", catatan="")
    assert response.status_code == 400
    assert "harus disertai alasan" in response.content.decode()
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_the_satker_posting_an_evaluator_answer_is_forbidden(client, evaluasi, orang):
    _ke_reviu(evaluasi, orang)
    client.force_login(orang.admin)
    assert _jawab(client, "1.a.1", peran="evaluator", kode="Y").status_code == 403
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_a_status_smuggled_into_a_form_is_ignored(client, evaluasi, orang):
    client.force_login(orang.admin)
    _jawab(client, "1.a.1", peran="mandiri", kode="T", status="terbit")
    client.post(
        _url("evaluasi_langkah"), {"aksi": "ajukan_mandiri", "konfirmasi": "on", "status": "terbit"}
    )
    evaluasi.refresh_from_db()
    assert evaluasi.status == "mandiri_diajukan"
    assert client.post(_url("evaluasi_langkah"), {"aksi": "terbit"}).status_code == 404
    evaluasi.refresh_from_db()
    assert evaluasi.status == "mandiri_diajukan"


def test_the_satker_cannot_finalise_through_the_page(client, evaluasi, orang):
    _ke_reviu(evaluasi, orang)
    client.force_login(orang.pimpinan)
    assert client.post(_url("evaluasi_langkah"), {"aksi": "finalkan"}).status_code == 403
    evaluasi.refresh_from_db()
    assert evaluasi.status == "direviu"


def test_hidden_evaluator_scores_stay_off_the_satkers_page_until_published(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    _ke_reviu(evaluasi, orang)
    final = {**CAMPURAN, "1.b.1": "AA"}  # the evaluator's answer differs on 1.b.1
    isi(evaluasi, orang.inspektur, "evaluator", final)
    client.force_login(orang.inspektur)
    client.post(_url("evaluasi_langkah"), {"aksi": "sembunyikan"})
    # 1.b: (1 + 0,7)/2 × 36 = 30,6 instead of 28,8: total 68,60 for the evaluator.
    assert "68,60" in client.get(_url("lembar_kerja")).content.decode()
    client.force_login(orang.admin)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert "66,80" in page
    assert "68,60" not in page
    assert "Evaluator (final)" not in page
    services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)
    assert "68,60" not in client.get(_url("lembar_kerja")).content.decode()
    services.terbitkan(actor=orang.inspektur, evaluasi=evaluasi)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert "68,60" in page
    assert "Evaluator (final)" in page


def test_the_page_reads_in_a_fixed_number_of_queries(
    client, evaluasi, orang, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kinerja.planning.models import RKT

    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    client.force_login(orang.admin)
    client.get(_url("lembar_kerja"))
    # The records the satker may link are looked up kind by kind, and the logic checks read the
    # worksheet, answers and evidence once: a fixed number of queries.
    with django_assert_max_num_queries(41):
        assert client.get(_url("lembar_kerja")).status_code == 200
    with CaptureQueriesContext(connection) as before:
        client.get(_url("lembar_kerja"))
    RKT.objects.create(satker=evaluasi.satker, tahun=2025)
    with CaptureQueriesContext(connection) as after:
        page = client.get(_url("lembar_kerja")).content.decode()
    assert "RKT 2025" in page
    assert len(after.captured_queries) == len(before.captured_queries)


def test_the_satker_links_a_record_from_the_page_and_the_evaluator_rejects_it(
    client, evaluasi, orang, prabumulih
):
    from kinerja.lke.models import BuktiLke
    from kinerja.planning.models import RKT

    rkt = RKT.objects.get(satker=prabumulih, tahun=2024)
    client.force_login(orang.admin)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert f'value="rkt:{rkt.tahun}:{rkt.pk}"' in page
    client.post(_url("bukti_tambah"), {"kriteria": "1.a.2", "rekaman": f"rkt:{rkt.tahun}:{rkt.pk}"})
    bukti = BuktiLke.objects.get(evaluasi=evaluasi)
    assert bukti.label == str(rkt)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert "Bukti dukung: 1 dari 7 kriteria (14,29%), diterima evaluator 0 (0,00%)." in page
    _ke_reviu(evaluasi, orang)
    client.force_login(orang.inspektur)
    client.post(
        _url("bukti_periksa", bukti.pk), {"aksi": "tolak", "alasan": "RKT belum ditetapkan"}
    )
    bukti.refresh_from_db()
    assert (bukti.status, bukti.alasan_penolakan) == ("ditolak", "RKT belum ditetapkan")
    page = client.get(_url("lembar_kerja")).content.decode()
    assert "Bukti dukung: 0 dari 7 kriteria (0,00%)" in page  # a rejected item supports nothing
    client.force_login(orang.orang_luar)
    assert client.post(_url("bukti_periksa", bukti.pk), {"aksi": "terima"}).status_code == 404
    assert client.get(_url("bukti_unduh", bukti.pk)).status_code == 404


def _lampirkan(client, kode):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from kinerja.lke.tests.conftest import PDF

    berkas = SimpleUploadedFile(f"bukti-{kode}.pdf", PDF)
    client.post(_url("bukti_tambah"), {"kriteria": kode, "berkas": berkas})


def test_the_whole_evaluation_runs_through_the_page(client, evaluasi, orang):
    client.force_login(orang.admin)
    for kode, nilai in CAMPURAN.items():
        catatan = "tidak ada aplikasi" if nilai == "N/A" else ""
        _jawab(client, kode, peran="mandiri", kode=nilai, catatan=catatan)
    # Submitting is refused until every answer above 0 has its evidence.
    client.post(_url("evaluasi_langkah"), {"aksi": "ajukan_mandiri"})
    evaluasi.refresh_from_db()
    assert evaluasi.status == "draf"
    for kode, nilai in CAMPURAN.items():
        if nilai not in ("N/A", "T", "E"):
            _lampirkan(client, kode)
    client.post(_url("evaluasi_langkah"), {"aksi": "ajukan_mandiri"})
    client.force_login(orang.inspektur)
    client.post(_url("evaluasi_langkah"), {"aksi": "mulai_reviu"})
    client.post(_url("evaluasi_langkah"), {"aksi": "kembalikan", "alasan": "Lengkapi 1.a.2"})
    client.force_login(orang.pimpinan)
    _jawab(client, "1.a.2", peran="mandiri", kode="Y")
    _lampirkan(client, "1.a.2")
    client.post(_url("evaluasi_langkah"), {"aksi": "ajukan_mandiri"})
    client.force_login(orang.inspektur)
    client.post(_url("evaluasi_langkah"), {"aksi": "mulai_reviu"})
    for kode, nilai in CAMPURAN.items():
        catatan = "tidak ada aplikasi" if nilai == "N/A" else ""
        _jawab(client, kode, peran="evaluator", kode=nilai, catatan=catatan)
    client.post(_url("evaluasi_langkah"), {"aksi": "finalkan"})
    client.post(_url("evaluasi_langkah"), {"aksi": "terbitkan"})
    evaluasi.refresh_from_db()
    assert evaluasi.status == "terbit"
    client.force_login(orang.admin)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert "Hasil dibaca dari snapshot final" in page
    # Self: 1.a both Y now → 24 + 28,8 + 26 = 78,80 BB; final as in CAMPURAN: 66,80 B.
    assert "78,80" in page
    assert "66,80" in page
    # 1.a.2: final T (0) − self Y (1) = −100 points of the criterion.
    assert "-100,00" in page


def test_the_satker_opens_its_evaluation_from_the_list(client, versi, orang, prabumulih):
    from kinerja.lke.models import EvaluasiLke

    url = reverse("lke:evaluasi_daftar", args=["kpu-kota-prabumulih"])
    client.force_login(orang.operator)  # reads, but does not self-assess
    assert "Buka evaluasi" not in client.get(url).content.decode()
    client.force_login(orang.admin)
    assert 'value="2025"' in client.get(url).content.decode()
    response = client.post(url, {"tahun": "2025"})
    assert response.status_code == 302
    assert EvaluasiLke.objects.get(satker=prabumulih, tahun=2025).status == "draf"
