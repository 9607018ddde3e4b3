"""Evidence on the worksheet page: what the evaluator's verdict looks like, and what the satker
is told when a form holds both a file and a record."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kinerja.lke import services
from kinerja.lke.bukti import unggah_bukti_lke
from kinerja.lke.models import BuktiLke
from kinerja.lke.tests.conftest import PDF
from kinerja.planning.models import RKT


def _url(name, *args):
    return reverse(f"lke:{name}", args=["kpu-kota-prabumulih", 2025, *args])


def _unggah(evaluasi, actor, kode, name):
    return unggah_bukti_lke(
        actor=actor,
        evaluasi=evaluasi,
        kode_kriteria=kode,
        berkas=SimpleUploadedFile(name, PDF),
    )


def _lencana(html: str, bukti) -> str:
    item = html[html.index(f'id="bukti-{bukti.pk}"') :]
    item = item[item.index('<span class="lencana') :]
    return item[: item.index("</span>") + 7]


def test_accepting_and_rejecting_evidence_says_so_and_the_badges_differ(client, evaluasi, orang):
    diterima = _unggah(evaluasi, orang.admin, "1.a.1", "pedoman.pdf")
    ditolak = _unggah(evaluasi, orang.admin, "1.a.2", "renstra.pdf")
    belum = _unggah(evaluasi, orang.admin, "1.b.1", "smart.pdf")
    services.ajukan_mandiri(actor=orang.admin, evaluasi=evaluasi)
    services.mulai_reviu(actor=orang.inspektur, evaluasi=evaluasi)
    client.force_login(orang.inspektur)
    page = client.post(_url("bukti_periksa", diterima.pk), {"aksi": "terima"}, follow=True)
    assert "Bukti dukung 1.a.1 (pedoman.pdf) diterima." in page.content.decode()
    page = client.post(
        _url("bukti_periksa", ditolak.pk),
        {"aksi": "tolak", "alasan": "Belum disahkan"},
        follow=True,
    )
    html = page.content.decode()
    assert "Bukti dukung 1.a.2 (renstra.pdf) ditolak." in html
    assert _lencana(html, diterima) == '<span class="lencana bukti-diterima">Diterima</span>'
    assert _lencana(html, ditolak) == '<span class="lencana bukti-ditolak">Ditolak</span>'
    assert _lencana(html, belum) == '<span class="lencana bukti-diajukan">Belum diperiksa</span>'
    assert BuktiLke.objects.get(pk=ditolak.pk).status == "ditolak"


def test_a_file_and_a_record_together_are_refused_and_the_record_stays_chosen(
    client, evaluasi, orang
):
    rkt = RKT.objects.get(satker=evaluasi.satker, tahun=2024)
    kunci = f"rkt:{rkt.tahun}:{rkt.pk}"
    client.force_login(orang.admin)
    page = client.post(
        _url("bukti_tambah"),
        {"kriteria": "1.a.2", "rekaman": kunci, "berkas": SimpleUploadedFile("a.pdf", PDF)},
        follow=True,
    )
    html = page.content.decode()
    assert "Pilih salah satu: unggah berkas atau tautkan rekaman Kinerja, tidak keduanya." in html
    assert not BuktiLke.objects.exists()
    row = html[html.index('id="kriteria-1-a-2"') :]
    row = row[: row.index("</tbody>")]
    assert f'<option value="{kunci}" selected>' in row
    other = html[html.index('id="kriteria-1-a-1"') :]
    assert f'<option value="{kunci}" selected>' not in other[: other.index("</tbody>")]
