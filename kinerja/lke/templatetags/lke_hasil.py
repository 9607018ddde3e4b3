"""The open recommendations of earlier years, shown on the worksheet beside the criterion they
are evidence for (4.c.1): read only for that one row, so the other rows cost nothing."""

from django import template

from kinerja.lke.selectors_hasil import KRITERIA_TINDAK_LANJUT, rekomendasi_terbawa

register = template.Library()


@register.inclusion_tag("lke/partials/rekomendasi_terbawa.html")
def rekomendasi_terbawa_untuk(evaluasi, kode: str):
    if kode != KRITERIA_TINDAK_LANJUT:
        return {"tampil": False}
    return {"tampil": True, "evaluasi": evaluasi, "daftar": rekomendasi_terbawa(evaluasi)}
