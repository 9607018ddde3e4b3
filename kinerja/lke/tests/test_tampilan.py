"""How the LKE pages print what they show: points with two decimals, like the worksheet."""

from django.urls import reverse


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
