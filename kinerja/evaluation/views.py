import hashlib
from collections import Counter, defaultdict

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from kinerja.accounts.access import boleh
from kinerja.accounts.peran import Aksi
from kinerja.evaluation.catatan import catatan_tahun, lokasi_temuan
from kinerja.evaluation.reviu.rules import ATURAN, Temuan
from kinerja.evaluation.selectors import temuan_tersimpan
from kinerja.measurement.views import halaman_satker


def kunci_temuan(temuan: Temuan) -> str:
    """What the page's "note about this finding" form names a finding by: findings have no
    id (they are computed afresh), and one that changed since the page was opened must not
    receive the note."""
    text = "\n".join([temuan.aturan, lokasi_temuan(temuan), str(temuan.pesan)])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def temuan_tahun(satker, tahun: int | None) -> tuple[list[Temuan], bool]:
    """The year's findings, and whether the satker has data of its own to review: kept
    between two writes to what they read (selectors.temuan_tersimpan)."""
    return temuan_tersimpan(satker, tahun) if tahun else ([], False)


def render_reviu(request, satker, tahun, context, findings, ada_data, tertahan=None):
    """The reviu page: the findings, and the inspectorate's notes of the year with what the
    reader may do with them. `tertahan` is what a refused form held ({"temuan"|"catatan":
    …, "teks": …}), shown again in that form."""
    tertahan = tertahan or {}
    notes = catatan_tahun(satker, tahun) if tahun else []
    about: dict[tuple[str, str], list] = defaultdict(list)
    for note in notes:
        if note.aturan:
            about[(note.aturan, note.lokasi)].append(note)
    rows = []
    for finding in findings:
        key = kunci_temuan(finding)
        rows.append(
            {
                "temuan": finding,
                "aturan": ATURAN[finding.aturan],
                "kunci": key,
                "catatan": about.get((finding.aturan, lokasi_temuan(finding)), []),
                "tertahan": tertahan.get("teks", "") if tertahan.get("temuan") == key else None,
            }
        )
    # A note about a finding that is gone (the data changed) is offered as a general note.
    keys = {row["kunci"] for row in rows}
    about_gone = "temuan" in tertahan and tertahan["temuan"] not in keys
    general = tertahan.get("teks", "") if about_gone or tertahan.get("temuan") == "" else None
    context |= {
        "temuan": [(row["temuan"], row["aturan"]) for row in rows],
        "baris_temuan": rows,
        # "No finding" on a year without data of its own would read as a clean bill.
        "ada_data": ada_data,
        "jumlah": Counter(finding.tingkat for finding in findings),
        "catatan": [
            {
                "catatan": note,
                "tertahan": tertahan.get("teks") if tertahan.get("catatan") == note.pk else None,
            }
            for note in notes
        ],
        "jumlah_catatan_terbuka": sum(note.terbuka for note in notes),
        "boleh_catat": boleh(request.user, Aksi.CATAT_REVIU, satker),
        "boleh_tanggapi": boleh(request.user, Aksi.TANGGAPI_REVIU, satker),
        "catatan_umum_tertahan": general,
        # Where every finding's note form posts: reversed once, not once per finding.
        "alamat_catatan": reverse("evaluation:catatan_reviu", args=[satker.slug])
        + f"?tahun={tahun}",
    }
    return render(request, "evaluation/reviu_detail.html", context)


@login_required
@require_http_methods(["GET", "HEAD"])
def reviu_detail(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    findings, ada_data = temuan_tahun(satker, tahun)
    return render_reviu(request, satker, tahun, context, findings, ada_data)
