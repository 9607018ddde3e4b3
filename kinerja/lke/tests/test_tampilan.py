"""How the LKE pages print what they show: points with two decimals like the worksheet, "belum
dinilai" rather than 0,00 for nothing answered, and refusals that name the act refused."""

from django.urls import reverse

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.lke.tests.conftest import isi
from kinerja.lke.tests.hasil_bangun import terbit_dengan_rekomendasi
from kinerja.organisations.models import Satker


def _url(name, *args):
    return reverse(f"lke:{name}", args=["kpu-kota-prabumulih", 2025, *args])


def _sel_kesiapan(html: str, kode: str) -> str:
    row = html[html.index(f'id="kesiapan-{kode.replace(".", "")}"') :]
    return row[: row.index("</tr>")]


def test_the_readiness_page_prints_points_with_two_decimals(client, evaluasi, orang):
    client.force_login(orang.admin)
    html = client.get(_url("kesiapan")).content.decode()
    # 1.a (24) has two criteria: answering 1.a.1 at the top adds 12 points.
    assert '<td class="angka">+12,00</td>' in _sel_kesiapan(html, "1.a.1")
    summary = html[html.index('id="ringkasan-kesiapan"') : html.index("</table>")]
    assert '<td class="angka">0,00</td>' in summary  # nothing has evidence yet


def test_the_parents_overview_says_not_assessed_for_an_empty_self_assessment(
    client, evaluasi, orang
):
    provinsi = Satker.objects.get(slug="kpu-provinsi-sumatera-selatan")
    admin = MembershipFactory(satker=provinsi, peran=Membership.Peran.ADMIN_SATKER).user
    client.force_login(admin)
    url = reverse("lke:anak", args=[provinsi.slug, 2025])
    row = _baris_anak(client.get(url).content.decode(), evaluasi.satker.slug)
    assert "belum dinilai" in row
    assert "<td>0,00</td>" not in row  # completeness may read 0,00%
    isi(evaluasi, orang.admin, "mandiri", {"1.a.1": "T"})  # answered, at 0
    row = _baris_anak(client.get(url).content.decode(), evaluasi.satker.slug)
    assert "belum dinilai" not in row
    assert "<td>0,00</td>" in row


def _baris_anak(html: str, slug: str) -> str:
    row = html[html.index(f'href="/satker/{slug}/lke/2025/"') :]
    return row[: row.index("</tr>")]


def test_the_satker_closing_a_recommendation_is_told_it_is_the_evaluators(client, evaluasi, orang):
    terbit_dengan_rekomendasi(evaluasi, orang)
    client.force_login(orang.admin)
    response = client.post(_url("rekomendasi_tutup", 1), {"catatan": "Selesai."})
    assert response.status_code == 403
    text = response.content.decode()
    assert "Rekomendasi ditutup oleh evaluator (inspektorat), bukan oleh satker" in text
    assert "Jawaban dan langkah evaluator" not in text
