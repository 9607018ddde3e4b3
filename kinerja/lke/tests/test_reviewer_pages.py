"""The intermediate reviewer through HTTP: the worksheet shows them a form in the reviewer's
column only, they see what the evaluator hides from the satker, every other act of the
evaluator is 403, and a reviewer of another satker is told nothing exists."""

import pytest
from django.urls import reverse

from kinerja.lke import services
from kinerja.lke.models import BuktiLke, JawabanLke
from kinerja.lke.tests.builders import CAMPURAN
from kinerja.lke.tests.conftest import isi

HX = {"HTTP_HX_REQUEST": "true"}
FORM_REVIU = '<input type="hidden" name="peran" value="reviewer">'
FORM_FINAL = '<input type="hidden" name="peran" value="evaluator">'


def _url(name, *args):
    return reverse(f"lke:{name}", args=["kpu-kota-prabumulih", 2025, *args])


def _ke_reviu(evaluasi, orang):
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    return services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)


def test_the_reviewer_answers_in_the_reviewer_column_and_the_evaluator_in_the_final(
    client, evaluasi, orang
):
    _ke_reviu(evaluasi, orang)
    client.force_login(orang.reviewer)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert FORM_REVIU in page
    assert FORM_FINAL not in page
    assert "Mulai evaluasi" not in page
    assert "Finalkan hasil" not in page
    assert "Sembunyikan nilai evaluator" not in page
    client.force_login(orang.inspektur)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert FORM_FINAL in page
    assert FORM_REVIU not in page


def test_the_reviewer_saves_an_answer_with_its_note_through_htmx(client, evaluasi, orang):
    _ke_reviu(evaluasi, orang)
    client.force_login(orang.reviewer)
    data = {"peran": "reviewer", "kode": "B", "catatan": "Target belum menantang."}
    response = client.post(_url("jawaban_simpan", "1.b.2"), data, **HX)
    assert response.status_code == 200
    assert "Target belum menantang." in response.content.decode()
    answer = JawabanLke.objects.get(evaluasi=evaluasi)
    assert (answer.peran, answer.kode, answer.penulis) == ("reviewer", "B", orang.reviewer)


def test_the_reviewer_gets_403_for_everything_else_the_evaluator_does(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})  # with its evidence file
    _ke_reviu(evaluasi, orang)
    bukti = BuktiLke.objects.get(evaluasi=evaluasi)
    client.force_login(orang.reviewer)
    final = {"peran": "evaluator", "kode": "Y"}
    assert client.post(_url("jawaban_simpan", "1.a.1"), final, **HX).status_code == 403
    for aksi in ("finalkan", "kembalikan", "sembunyikan"):
        data = {"aksi": aksi, "alasan": "kurang bukti"}
        assert client.post(_url("evaluasi_langkah"), data).status_code == 403
    assert client.post(_url("bukti_periksa", bukti.pk), {"aksi": "terima"}).status_code == 403
    narasi = {"kode_komponen": "1", "teks": "Perlu perbaikan."}
    assert client.post(_url("narasi_simpan"), narasi).status_code == 403
    evaluasi.refresh_from_db()
    bukti.refresh_from_db()
    assert (evaluasi.status, evaluasi.sembunyikan_nilai, bukti.status) == (
        "direviu",
        False,
        "diajukan",
    )
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exclude(peran="mandiri").exists()


def test_the_reviewer_reads_the_evidence_of_the_satker_below(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "Y"})
    bukti = BuktiLke.objects.get(evaluasi=evaluasi)
    client.force_login(orang.reviewer)
    assert client.get(_url("bukti_unduh", bukti.pk)).status_code == 200


def test_the_reviewer_sees_what_the_evaluator_hides_from_the_satker(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", CAMPURAN)
    _ke_reviu(evaluasi, orang)
    isi(evaluasi, orang.reviewer, "reviewer", {"1.b.1": "A"})
    isi(evaluasi, orang.inspektur, "evaluator", {**CAMPURAN, "1.b.1": "AA"})
    services.atur_sembunyikan_nilai(actor=orang.inspektur, evaluasi=evaluasi, sembunyikan=True)
    client.force_login(orang.reviewer)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert "68,60" in page  # the evaluator's total (test_views: 1.b.1 AA instead of A)
    assert "<th>Reviu</th>" in page
    assert "Evaluator (final)" in page
    client.force_login(orang.admin)
    page = client.get(_url("lembar_kerja")).content.decode()
    assert "68,60" not in page
    assert "Evaluator (final)" not in page
    assert "<th>Reviu</th>" not in page
    services.finalkan(actor=orang.inspektur, evaluasi=evaluasi)
    client.force_login(orang.reviewer)
    assert client.get(_url("lembar_xlsx")).status_code == 200
    client.force_login(orang.admin)
    assert client.get(_url("lembar_xlsx")).status_code == 404


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("lembar_kerja", None),
        ("kesiapan", None),
        ("hasil", None),
        ("jawaban_simpan", {"peran": "reviewer", "kode": "Y"}),
    ],
)
def test_a_reviewer_of_another_satker_gets_404(client, evaluasi, orang, url, data):
    _ke_reviu(evaluasi, orang)
    client.force_login(orang.reviewer_lain)
    if data is None:
        assert client.get(_url(url)).status_code == 404
    else:
        assert client.post(_url(url, "1.a.1"), data, **HX).status_code == 404
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()
