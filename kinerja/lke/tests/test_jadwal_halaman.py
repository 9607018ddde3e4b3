"""Outside a phase's window the worksheet says so at the top and leaves out the forms and steps
the server would refuse; the schedule line lists the phases in their order."""

import datetime

from django.urls import reverse
from django.utils import timezone

from kinerja.lke import services
from kinerja.lke.tests.builders import jadwal
from kinerja.lke.tests.conftest import isi

HARI = datetime.timedelta(days=1)


def _url(name, *args):
    return reverse(f"lke:{name}", args=["kpu-kota-prabumulih", 2025, *args])


def _tutup(fase):
    past = timezone.localdate() - 60 * HARI
    jadwal(2025, fase, past, past + 10 * HARI)
    return past


def test_outside_the_self_assessment_window_the_satker_sees_why_and_no_forms(
    client, evaluasi, orang
):
    client.force_login(orang.admin)
    html = client.get(_url("lembar_kerja")).content.decode()
    assert 'name="kode"' in html
    assert "Ajukan penilaian mandiri" in html
    assert "Tambahkan bukti" in html
    past = _tutup("mandiri")
    html = client.get(_url("lembar_kerja")).content.decode()
    assert "Di luar jadwal Penilaian mandiri tahun 2025" in html
    assert f"({past.day} " in html
    assert ": jawaban tidak dapat diubah." in html
    assert 'name="kode"' not in html
    assert "Ajukan penilaian mandiri" not in html
    assert "Tambahkan bukti" not in html
    # The server still refuses a post made anyway.
    response = client.post(_url("evaluasi_langkah"), {"aksi": "ajukan_mandiri"}, follow=True)
    assert "Di luar jadwal" in response.content.decode()
    evaluasi.refresh_from_db()
    assert evaluasi.status == "draf"


def test_outside_the_evaluation_window_the_evaluator_sees_why_and_no_steps(client, evaluasi, orang):
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "T"})
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    _tutup("evaluasi")
    client.force_login(orang.inspektur)
    html = client.get(_url("lembar_kerja")).content.decode()
    assert "Di luar jadwal Evaluasi tahun 2025" in html
    assert 'name="kode"' not in html
    assert "Finalkan hasil" not in html
    assert "Sembunyikan nilai evaluator" not in html
    # The satker, whose own window is open but who has nothing to write now, is not told.
    client.force_login(orang.admin)
    assert "Di luar jadwal" not in client.get(_url("lembar_kerja")).content.decode()


def test_the_schedule_line_lists_the_self_assessment_first(client, evaluasi, orang):
    today = timezone.localdate()
    jadwal(2025, "evaluasi", today - 40 * HARI, today + 30 * HARI)  # begins first
    client.force_login(orang.admin)
    html = client.get(_url("lembar_kerja")).content.decode()
    assert html.index("Jadwal Penilaian mandiri:") < html.index("Jadwal Evaluasi:")
