"""A satker's dashboard (/satker/<slug>/dasbor/): its own figures and what needs attention
and, for a parent satker, its children side by side. Thin: the figures come from
kinerja.dashboards.selectors, the charts from kinerja.dashboards.grafik."""

import datetime
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from kinerja.dashboards import aturan, grafik
from kinerja.dashboards.selectors import DasborInduk, DasborSatker, dasbor_induk, dasbor_satker
from kinerja.measurement import fragmen
from kinerja.measurement.views import halaman_satker

KOLOM_URUT = ("nama", "capaian", "serapan", "perhatian")


def hari_ini() -> datetime.date:
    """The day the pace and the deadlines are read at, in the satker's time zone."""
    return timezone.localdate()


def _grafik_satker(dasbor: DasborSatker) -> dict[str, str]:
    satker, tahun = dasbor.satker, dasbor.tahun
    skala = dasbor.pengukuran.pengaturan.skala
    pengukuran = reverse("measurement:pengukuran_detail", args=[satker.slug]) + f"?tahun={tahun}"
    anggaran = reverse("reporting:anggaran", args=[satker.slug]) + f"?tahun={tahun}"
    realisasi = reverse("reporting:rekap", args=[satker.slug]) + f"?tahun={tahun}"
    charts = {}
    if dasbor.pengukuran.sasaran:
        charts["sasaran"] = grafik.grafik_batang(
            [
                grafik.Batang(
                    group.label,
                    group.capaian,
                    grafik.warna_predikat(
                        group.predikat.predikat if group.predikat else None, skala
                    ),
                    f"{pengukuran}#{group.kunci}",
                    keterangan=group.predikat.predikat if group.predikat else "",
                )
                for group in dasbor.pengukuran.sasaran
            ],
            judul=_("Capaian per sasaran"),
        )
    if dasbor.kegiatan:
        charts["kegiatan"] = grafik.grafik_batang(
            [
                grafik.Batang(
                    f"{item.anggaran.kode} {item.anggaran.nama}",
                    item.serapan,
                    grafik.PALET[0] if item.di_bawah_laju else grafik.SERAPAN,
                    f"{anggaran}#kegiatan-{item.anggaran.kode}",
                    acuan=item.laju,
                )
                for item in dasbor.kegiatan
            ],
            judul=_("Serapan anggaran per kegiatan"),
            label_acuan=_("laju yang diharapkan"),
        )
    if dasbor.triwulan:
        charts["triwulan"] = grafik.grafik_kelompok(
            [
                grafik.Kelompok(item.label, (item.capaian, item.serapan), item.laju, realisasi)
                for item in dasbor.triwulan
            ],
            [grafik.Seri(_("Capaian"), grafik.CAPAIAN), grafik.Seri(_("Serapan"), grafik.SERAPAN)],
            judul=_("Capaian dan serapan per triwulan"),
            label_acuan=_("laju serapan yang diharapkan"),
        )
    return {name: mark_safe(svg) for name, svg in charts.items()}  # noqa: S308 - escaped in grafik


def _grafik_induk(induk: DasborInduk) -> str:
    tahun = induk.rekap.tahun
    return mark_safe(  # noqa: S308 - every text is escaped in grafik
        grafik.grafik_batang(
            [
                grafik.Batang(
                    row.satker.nama,
                    row.ringkasan.capaian,
                    grafik.warna_predikat(
                        row.predikat.predikat if row.predikat else None, row.skala
                    ),
                    reverse("dashboards:dasbor", args=[row.satker.slug])
                    + (f"?tahun={tahun}" if row.ada_angka else ""),
                    keterangan=row.predikat.predikat if row.predikat else "",
                )
                for row in induk.anak
            ],
            judul=_("Capaian satker di bawahnya"),
        )
    )


def _tautan_urut(request, induk: DasborInduk) -> dict[str, str]:
    """Each column header's link: sort by it, or reverse the order when it is the one sorted."""
    links = {}
    for column in KOLOM_URUT:
        query = request.GET.copy()
        query["urut"] = column
        descending = not induk.turun if column == induk.urut else column != "nama"
        query["arah"] = "turun" if descending else "naik"
        links[column] = "?" + query.urlencode()
    return links


@login_required
@require_safe
def dasbor(request, slug):
    satker, tahun, context = halaman_satker(request, slug)
    today = hari_ini()
    context |= {
        "aktif": "dasbor",
        "hari_ini": today,
        "batas_hari": aturan.BATAS_HARI,
        "dasbor": None,
        "induk": None,
    }
    # Everything below the header is the same for every reader with the same grants until the
    # tree's data changes: drawn once, then read (kinerja.measurement.fragmen).
    context["isi"] = fragmen.bagian(
        request,
        "dasbor",
        satker,
        tahun,
        today,
        "dashboards/partials/isi.html",
        lambda: _isi(request, satker, tahun, today, context),
        stempel=context["stempel"],
    )
    return render(request, "dashboards/dasbor.html", context)


def _isi(request, satker, tahun, today, context) -> dict:
    if tahun is None:
        return context
    if context["punya_anak"]:
        induk = dasbor_induk(
            satker,
            tahun,
            today,
            urut=request.GET.get("urut", "nama"),
            turun=request.GET.get("arah") == "turun",
            cari=request.GET.get("cari", "")[:100],
            hanya_perhatian=request.GET.get("perlu") == "1",
        )
        context |= {
            "induk": induk,
            "grafik_induk": _grafik_induk(induk) if induk.anak else "",
            "tautan_urut": _tautan_urut(request, induk),
            "reset": "?" + urlencode({"tahun": tahun}),
        }
    induk = context["induk"]
    dasbor_ = induk.sendiri if induk and induk.sendiri else dasbor_satker(satker, tahun, today)
    return context | {"dasbor": dasbor_, "grafik": _grafik_satker(dasbor_)}
