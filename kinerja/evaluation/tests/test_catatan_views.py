"""The review notes on the reviu page: who sees which form, writing, answering and closing
through HTTP, refusals that keep what was typed, and other satkers' ids."""

import pytest
from django.urls import reverse

from kinerja.evaluation import services
from kinerja.evaluation.choices import StatusCatatan
from kinerja.evaluation.models import CatatanReviu
from kinerja.evaluation.reviu.rules import jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.evaluation.views import kunci_temuan

pytestmark = pytest.mark.django_db
SLUG = "kpu-kota-prabumulih"
PAGE = reverse("evaluation:reviu_detail", args=[SLUG]) + "?tahun=2024"
WRITE = reverse("evaluation:catatan_reviu", args=[SLUG]) + "?tahun=2024"
FORM_CATATAN = 'value="catat"'
FORM_TANGGAPAN = 'value="tanggapi"'
FORM_SELESAI = 'value="selesaikan"'


@pytest.fixture
def catatan(prabumulih, orang):
    return services.catat_reviu(
        actor=orang.inspektur_provinsi,
        satker=prabumulih,
        tahun=2024,
        teks="Total PK tidak sama dengan pagu; mohon dijelaskan.",
    )


def _page(client, user):
    client.force_login(user)
    return client.get(PAGE).content.decode()


def test_the_inspector_sees_the_note_forms_and_the_close_button(client, orang, catatan):
    html = _page(client, orang.inspektur_provinsi)
    assert "Total PK tidak sama dengan pagu" in html
    assert "Catat tentang temuan ini" in html  # beside every finding
    assert html.count(FORM_CATATAN) == 85  # 84 findings, and the general note
    assert FORM_SELESAI in html
    assert FORM_TANGGAPAN not in html


@pytest.mark.parametrize("persona", ["admin", "pimpinan"])
def test_the_satker_sees_the_response_form_but_neither_note_form_nor_close(
    client, orang, catatan, persona
):
    html = _page(client, getattr(orang, persona))
    assert "Total PK tidak sama dengan pagu" in html
    assert FORM_TANGGAPAN in html
    assert FORM_CATATAN not in html
    assert FORM_SELESAI not in html


@pytest.mark.parametrize("persona", ["operator", "kasubbag", "admin_provinsi"])
def test_other_readers_see_the_notes_without_any_form(client, orang, catatan, persona):
    html = _page(client, getattr(orang, persona))
    assert "Total PK tidak sama dengan pagu" in html
    assert "1 catatan belum selesai" in html
    for form in (FORM_CATATAN, FORM_TANGGAPAN, FORM_SELESAI):
        assert form not in html


def test_a_note_about_a_finding_is_shown_beside_it_and_open_notes_come_first(
    client, prabumulih, orang
):
    finding = next(
        item
        for item in jalankan(fakta_reviu(prabumulih, 2024))
        if item.aturan == "anggaran-melebihi-pagu"
    )
    client.force_login(orang.inspektur)
    closed = services.catat_reviu(actor=orang.inspektur, satker=prabumulih, tahun=2024, teks="Lama")
    services.selesaikan(actor=orang.inspektur, satker=prabumulih, catatan_id=closed.pk)
    response = client.post(
        WRITE, {"aksi": "catat", "temuan": kunci_temuan(finding), "teks": "Jelaskan selisihnya."}
    )
    note = CatatanReviu.objects.get(teks="Jelaskan selisihnya.")
    assert response.status_code == 302
    assert response["Location"].endswith(f"?tahun=2024#catatan-{note.pk}")
    assert note.aturan == "anggaran-melebihi-pagu"
    html = client.get(PAGE).content.decode()
    row = html.split(f'id="temuan-{kunci_temuan(finding)}"')[1].split("</tr>")[0]
    assert f'href="#catatan-{note.pk}"' in row
    assert html.index(f'id="catatan-{note.pk}"') < html.index(f'id="catatan-{closed.pk}"')


def test_the_satker_answers_then_the_inspector_closes(client, orang, catatan):
    client.force_login(orang.pimpinan)
    response = client.post(
        WRITE, {"aksi": "tanggapi", "catatan": catatan.pk, "tanggapan": "Pagu telah direvisi."}
    )
    assert response.status_code == 302
    html = client.get(PAGE).content.decode()
    assert "Tanggapan disimpan." in html
    assert "Pagu telah direvisi." in html
    client.force_login(orang.inspektur_provinsi)
    assert client.post(WRITE, {"aksi": "selesaikan", "catatan": catatan.pk}).status_code == 302
    catatan.refresh_from_db()
    assert catatan.status == StatusCatatan.SELESAI
    assert "0 catatan belum selesai" in client.get(PAGE).content.decode()


def test_an_empty_answer_is_refused_on_the_page(client, orang, catatan):
    client.force_login(orang.admin)
    response = client.post(WRITE, {"aksi": "tanggapi", "catatan": catatan.pk, "tanggapan": " "})
    assert response.status_code == 200
    assert "tanggapan kosong tidak disimpan" in response.content.decode()
    catatan.refresh_from_db()
    assert catatan.status == StatusCatatan.TERBUKA


def test_a_note_on_a_finding_that_changed_keeps_what_was_typed(client, orang):
    client.force_login(orang.inspektur)
    response = client.post(
        WRITE, {"aksi": "catat", "temuan": "0123456789abcdef", "teks": "Teks yang diketik"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Temuan itu tidak ada lagi" in html
    assert ">Teks yang diketik</textarea>" in html
    assert not CatatanReviu.objects.exists()


def test_an_answer_refused_on_a_closed_note_keeps_what_was_typed(client, prabumulih, orang):
    note = services.catat_reviu(actor=orang.inspektur, satker=prabumulih, tahun=2024, teks="A")
    client.force_login(orang.admin)
    html_before = client.get(PAGE).content.decode()
    assert FORM_TANGGAPAN in html_before
    services.selesaikan(actor=orang.inspektur, satker=prabumulih, catatan_id=note.pk)
    response = client.post(
        WRITE, {"aksi": "tanggapi", "catatan": note.pk, "tanggapan": "Jawaban terlambat"}
    )
    assert response.status_code == 200
    assert "sudah diselesaikan inspektorat" in response.content.decode()


@pytest.mark.parametrize(
    ("persona", "aksi", "status"),
    [("operator", "catat", 403), ("kasubbag", "catat", 403), ("admin", "catat", 403),
     ("pimpinan", "catat", 403), ("inspektur_lain", "catat", 404), ("orang_luar", "catat", 404),
     ("operator", "tanggapi", 403), ("kasubbag", "tanggapi", 403), ("inspektur", "tanggapi", 403),
     ("admin_provinsi", "tanggapi", 403), ("orang_luar", "tanggapi", 404),
     ("admin", "selesaikan", 403), ("pimpinan", "selesaikan", 403),
     ("operator", "selesaikan", 403), ("inspektur_lain", "selesaikan", 404)],
)  # fmt: skip
def test_who_may_not_write_answer_or_close(client, orang, catatan, persona, aksi, status):
    client.force_login(getattr(orang, persona))
    data = {"aksi": aksi, "catatan": catatan.pk, "teks": "X", "tanggapan": "Y", "temuan": ""}
    assert client.post(WRITE, data).status_code == status
    assert CatatanReviu.objects.count() == 1
    catatan.refresh_from_db()
    assert catatan.status == StatusCatatan.TERBUKA


def test_another_satkers_note_or_slug_is_not_found(client, other_satker, orang, catatan):
    client.force_login(orang.inspektur_provinsi)
    # The province's inspector may write on Lubuklinggau, but Prabumulih's note is not its.
    other = reverse("evaluation:catatan_reviu", args=[other_satker.slug])
    services.catat_reviu(actor=orang.inspektur, satker=catatan.satker, tahun=2024, teks="B")
    assert client.post(other, {"aksi": "selesaikan", "catatan": catatan.pk}).status_code == 404
    client.force_login(orang.admin)
    assert client.post(WRITE, {"aksi": "tanggapi", "catatan": 999999}).status_code == 404
    client.force_login(orang.orang_luar)
    assert client.get(PAGE).status_code == 404
    catatan.refresh_from_db()
    assert catatan.status == StatusCatatan.TERBUKA


def test_the_write_url_takes_no_get_and_no_anonymous_post(client, orang, catatan):
    client.force_login(orang.inspektur)
    assert client.get(WRITE).status_code == 405
    client.logout()
    response = client.post(WRITE, {"aksi": "selesaikan", "catatan": catatan.pk})
    assert response.status_code == 302
    assert response["Location"].startswith("/akun/masuk/")
