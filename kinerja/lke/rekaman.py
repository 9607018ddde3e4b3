"""The records a satker already keeps in Kinerja that can stand as bukti dukung of an LKE
criterion (kinerja.lke.usulan_bukti says which kind supports which criterion), and the pinned
copy a link keeps.

A link is pinned to the version it was made to: `potret` returns the record's content as
canonical JSON with its SHA-256, taken when the link is made. A signed PK or LKjIP is already
immutable; a Renstra, an RKT or a measurement may change afterwards, and the copy then shows
the evaluator what the satker pointed at, and the hash tells that it changed.
"""

import hashlib
import json
from dataclasses import dataclass

from django.core import serializers
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from kinerja.agreements.choices import StatusPerjanjian, TingkatPerjanjian
from kinerja.agreements.models import PerjanjianKinerja
from kinerja.budgets.models import Pagu
from kinerja.documents.laporan_services import data_sumber
from kinerja.documents.models import LaporanTertandatangan
from kinerja.evaluation.models import EfisiensiSumberDaya, PernyataanReviu
from kinerja.lke.usulan_bukti import TAHUN_DICARI, JenisRekaman
from kinerja.measurement.models import HambatanUpaya, Realisasi
from kinerja.measurement.satker_year import satker_tahun
from kinerja.organisations.models import Satker
from kinerja.planning.models import RKT, IndikatorKinerja, Renstra, TargetTahunan
from kinerja.reporting.choices import StatusLaporan
from kinerja.reporting.models import LaporanRealisasi


@dataclass(frozen=True)
class Rekaman:
    """One record that may be linked: its kind, the year it belongs to, what the user reads,
    where it opens, and the row (`model`, `pk`) the pinned copy is taken from."""

    jenis: JenisRekaman
    tahun: int
    label: str
    url: str
    model: str
    pk: int | None


def rekaman_tersedia(satker: Satker, tahun_evaluasi: int) -> dict[JenisRekaman, list[Rekaman]]:
    """Every record of the satker, per kind, in the years that kind is looked for (newest
    first)."""
    return {
        jenis: [
            found
            for offset in TAHUN_DICARI[jenis]
            for found in _CARI[jenis](satker, tahun_evaluasi + offset)
        ]
        for jenis in JenisRekaman
    }


def _renstra(satker: Satker, tahun: int) -> list[Rekaman]:
    plans = Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
    return [
        Rekaman(
            JenisRekaman.RENSTRA,
            tahun,
            str(plan),
            reverse("reporting:renstra_detail", args=[satker.slug, plan.pk]),
            "planning.renstra",
            plan.pk,
        )
        for plan in plans
    ]


def _rkt(satker: Satker, tahun: int) -> list[Rekaman]:
    return [
        Rekaman(
            JenisRekaman.RKT,
            tahun,
            str(rkt),
            reverse("reporting:rkt", args=[satker.slug]) + f"?tahun={tahun}",
            "planning.rkt",
            rkt.pk,
        )
        for rkt in RKT.objects.filter(satker=satker, tahun=tahun)
    ]


def _pk(tingkat: str, jenis: JenisRekaman):
    def find(satker: Satker, tahun: int) -> list[Rekaman]:
        signed = PerjanjianKinerja.objects.filter(
            satker=satker, tahun=tahun, tingkat=tingkat, status=StatusPerjanjian.DITANDATANGANI
        ).order_by("unit__urutan", "versi")
        return [
            Rekaman(
                jenis,
                tahun,
                _("%(judul)s (versi %(versi)s)") % {"judul": pk.judul, "versi": pk.versi},
                reverse("reporting:pk_detail", args=[satker.slug, pk.pk]),
                "agreements.perjanjiankinerja",
                pk.pk,
            )
            for pk in signed
        ]

    return find


def _realisasi_berkala(satker: Satker, tahun: int) -> list[Rekaman]:
    approved = LaporanRealisasi.objects.filter(
        satker=satker, tahun=tahun, status=StatusLaporan.DISETUJUI
    ).select_related("unit")
    return [
        Rekaman(
            JenisRekaman.REALISASI_BERKALA,
            tahun,
            str(laporan),
            reverse("reporting:rekap", args=[satker.slug]) + f"?tahun={tahun}",
            "reporting.laporanrealisasi",
            laporan.pk,
        )
        for laporan in approved
    ]


def _seluruh_tahun(jenis: JenisRekaman, label: str, url_name: str, model: str, exists):
    """A kind that is the satker-year as a whole (its measurement, its hambatan table)."""

    def find(satker: Satker, tahun: int) -> list[Rekaman]:
        if not exists(satker, tahun):
            return []
        url = reverse(url_name, args=[satker.slug]) + f"?tahun={tahun}"
        return [Rekaman(jenis, tahun, _(label) % {"tahun": tahun}, url, model, None)]

    return find


def _ada_realisasi(satker: Satker, tahun: int) -> bool:
    return Realisasi.objects.filter(indikator__satker=satker, tahun=tahun).exists()


def _lkjip(satker: Satker, tahun: int) -> list[Rekaman]:
    latest = (
        LaporanTertandatangan.objects.filter(satker=satker, tahun=tahun).order_by("-versi").first()
    )
    if latest is None:
        return []
    url = reverse("documents:laporan_versi_unduh", args=[satker.slug, tahun, latest.versi, "pdf"])
    label = _("LKjIP %(tahun)s versi %(versi)s (ditandatangani)") % {
        "tahun": tahun,
        "versi": latest.versi,
    }
    return [
        Rekaman(JenisRekaman.LKJIP, tahun, label, url, "documents.laporantertandatangan", latest.pk)
    ]


def _reviu(satker: Satker, tahun: int) -> list[Rekaman]:
    statement = PernyataanReviu.objects.filter(
        satker=satker, tahun=tahun, ditarik_pada__isnull=True
    ).first()
    if statement is None:
        return []
    return [
        Rekaman(
            JenisRekaman.REVIU_LKJIP,
            tahun,
            _("Pernyataan telah direviu LKjIP %(tahun)s") % {"tahun": tahun},
            reverse("documents:laporan", args=[satker.slug]) + f"?tahun={tahun}",
            "evaluation.pernyataanreviu",
            statement.pk,
        )
    ]


# The labels are marked for translation here and translated when a record is listed.
_PENGUKURAN = gettext_noop("Pengukuran kinerja %(tahun)s")
_ANGGARAN = gettext_noop("Pagu dan realisasi anggaran %(tahun)s")
_HAMBATAN = gettext_noop("Hambatan dan upaya %(tahun)s")
_EFISIENSI = gettext_noop("Efisiensi sumber daya %(tahun)s")

_CARI = {
    JenisRekaman.RENSTRA: _renstra,
    JenisRekaman.RKT: _rkt,
    JenisRekaman.PK_SATKER: _pk(TingkatPerjanjian.SATKER, JenisRekaman.PK_SATKER),
    JenisRekaman.PK_UNIT: _pk(TingkatPerjanjian.UNIT, JenisRekaman.PK_UNIT),
    JenisRekaman.REALISASI_BERKALA: _realisasi_berkala,
    JenisRekaman.PENGUKURAN: _seluruh_tahun(
        JenisRekaman.PENGUKURAN,
        _PENGUKURAN,
        "measurement:pengukuran_detail",
        "pengukuran",
        _ada_realisasi,
    ),
    JenisRekaman.ANGGARAN: _seluruh_tahun(
        JenisRekaman.ANGGARAN,
        _ANGGARAN,
        "reporting:anggaran",
        "pengukuran",
        lambda satker, tahun: Pagu.objects.filter(satker=satker, tahun=tahun).exists(),
    ),
    JenisRekaman.LKJIP: _lkjip,
    JenisRekaman.REVIU_LKJIP: _reviu,
    JenisRekaman.HAMBATAN: _seluruh_tahun(
        JenisRekaman.HAMBATAN,
        _HAMBATAN,
        "reporting:hambatan",
        "measurement.hambatanupaya",
        lambda satker, tahun: HambatanUpaya.objects.filter(satker=satker, tahun=tahun).exists(),
    ),
    JenisRekaman.EFISIENSI: _seluruh_tahun(
        JenisRekaman.EFISIENSI,
        _EFISIENSI,
        "documents:laporan",
        "evaluation.efisiensisumberdaya",
        lambda satker, tahun: EfisiensiSumberDaya.objects.filter(
            satker=satker, tahun=tahun
        ).exists(),
    ),
}


def potret(satker: Satker, rekaman: Rekaman) -> tuple[str, str]:
    """The record's content now, as canonical JSON, and its SHA-256: what a link pins."""
    content = _isi(satker, rekaman)
    return content, hashlib.sha256(content.encode()).hexdigest()


def _rows(*querysets) -> str:
    rows = []
    for queryset in querysets:
        rows.extend(json.loads(serializers.serialize("json", queryset)))
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _isi(satker: Satker, rekaman: Rekaman) -> str:
    jenis = rekaman.jenis
    if jenis in (JenisRekaman.PENGUKURAN, JenisRekaman.ANGGARAN):
        return data_sumber(satker_tahun(satker, rekaman.tahun))
    if jenis is JenisRekaman.LKJIP:
        return LaporanTertandatangan.objects.get(pk=rekaman.pk, satker=satker).isi
    if jenis is JenisRekaman.RENSTRA:
        renstra = Renstra.objects.filter(pk=rekaman.pk, satker=satker)
        plan = renstra.get()
        return _rows(
            renstra,
            plan.misi.order_by("pk"),
            plan.tujuan.order_by("pk"),
            plan.sasaran.order_by("pk"),
            IndikatorKinerja.objects.filter(sasaran__renstra=plan).order_by("pk"),
            TargetTahunan.objects.filter(indikator__sasaran__renstra=plan).order_by("pk"),
        )
    if jenis is JenisRekaman.RKT:
        rkt = RKT.objects.filter(pk=rekaman.pk, satker=satker)
        return _rows(rkt, rkt.get().baris.all().order_by("pk"))
    if jenis in (JenisRekaman.PK_SATKER, JenisRekaman.PK_UNIT):
        pk = PerjanjianKinerja.objects.filter(pk=rekaman.pk, satker=satker)
        signed = pk.get()
        return _rows(pk, signed.baris.all().order_by("pk"), signed.anggaran.all().order_by("pk"))
    if jenis is JenisRekaman.REALISASI_BERKALA:
        laporan = LaporanRealisasi.objects.filter(pk=rekaman.pk, satker=satker)
        report = laporan.get()
        return _rows(laporan, report.isian.all().order_by("pk"), report.bukti.all().order_by("pk"))
    if jenis is JenisRekaman.REVIU_LKJIP:
        return _rows(PernyataanReviu.objects.filter(pk=rekaman.pk, satker=satker))
    if jenis is JenisRekaman.HAMBATAN:
        rows = HambatanUpaya.objects.filter(satker=satker, tahun=rekaman.tahun)
        return _rows(rows.order_by("pk"))
    return _rows(
        EfisiensiSumberDaya.objects.filter(satker=satker, tahun=rekaman.tahun).order_by("pk")
    )
