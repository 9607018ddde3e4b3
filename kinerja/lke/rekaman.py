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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from django.apps import apps
from django.core import serializers
from django.db.models import Exists, QuerySet
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

    @property
    def kunci(self) -> str:
        """What a form posts to name this record: kind, year and row."""
        return f"{self.jenis}:{self.tahun}:{self.pk or ''}"


# The years each kind is asked for, the evaluation year's first.
Tahun = Mapping[JenisRekaman, tuple[int, ...]]


def rekaman_tersedia(satker: Satker, tahun_evaluasi: int) -> dict[JenisRekaman, list[Rekaman]]:
    """Every record of the satker, per kind, in the years that kind is looked for (newest
    first). Seven queries whatever the satker holds: each kind is read for all its years at
    once, the satker's and the units' PKs together, and the kinds that are the satker-year as
    a whole in one query of EXISTS."""
    return _cari(
        satker,
        {
            jenis: tuple(tahun_evaluasi + offset for offset in TAHUN_DICARI[jenis])
            for jenis in JenisRekaman
        },
    )


def cari_rekaman(satker: Satker, tahun_evaluasi: int, kunci: str) -> Rekaman | None:
    """The record a form named, if it is one this satker may link for this evaluation."""
    return next(
        (
            found
            for records in rekaman_tersedia(satker, tahun_evaluasi).values()
            for found in records
            if found.kunci == kunci
        ),
        None,
    )


def rekaman_tertaut(satker: Satker, jenis: str, tahun: int, pk: int | None) -> Rekaman | None:
    """A linked record as it is now (None when it has since been removed), to compare with the
    copy the link pinned."""
    kind = JenisRekaman(jenis)
    return next((found for found in _cari(satker, {kind: (tahun,)})[kind] if found.pk == pk), None)


def _cari(satker: Satker, tahun: Tahun) -> dict[JenisRekaman, list[Rekaman]]:
    found: dict[JenisRekaman, list[Rekaman]] = {jenis: [] for jenis in tahun}
    for finder in (_renstra, _rkt, _pk, _realisasi_berkala, _seluruh_tahun, _lkjip, _reviu):
        found.update(finder(satker, tahun))
    return found


def _urut_tahun(records: Iterable[Rekaman], years: tuple[int, ...]) -> list[Rekaman]:
    """In the order of the years asked for; within a year, in the order read (sorted is
    stable)."""
    return sorted(records, key=lambda record: years.index(record.tahun))


def _renstra(satker: Satker, tahun: Tahun) -> dict[JenisRekaman, list[Rekaman]]:
    years = tahun.get(JenisRekaman.RENSTRA)
    if not years:
        return {}
    # One query over the span of the years; which of them each plan covers is sorted out here.
    plans = list(
        Renstra.objects.filter(
            satker=satker, tahun_awal__lte=max(years), tahun_akhir__gte=min(years)
        ).select_related("satker")
    )
    return {
        JenisRekaman.RENSTRA: [
            Rekaman(
                JenisRekaman.RENSTRA,
                year,
                str(plan),
                reverse("reporting:renstra_detail", args=[satker.slug, plan.pk]),
                "planning.renstra",
                plan.pk,
            )
            for year in years
            for plan in plans
            if plan.tahun_awal <= year <= plan.tahun_akhir
        ]
    }


def _rkt(satker: Satker, tahun: Tahun) -> dict[JenisRekaman, list[Rekaman]]:
    years = tahun.get(JenisRekaman.RKT)
    if not years:
        return {}
    rows = RKT.objects.filter(satker=satker, tahun__in=years).select_related("satker")
    records = (
        Rekaman(
            JenisRekaman.RKT,
            rkt.tahun,
            str(rkt),
            reverse("reporting:rkt", args=[satker.slug]) + f"?tahun={rkt.tahun}",
            "planning.rkt",
            rkt.pk,
        )
        for rkt in rows
    )
    return {JenisRekaman.RKT: _urut_tahun(records, years)}


_PK_JENIS = {
    TingkatPerjanjian.SATKER: JenisRekaman.PK_SATKER,
    TingkatPerjanjian.UNIT: JenisRekaman.PK_UNIT,
}


def _pk(satker: Satker, tahun: Tahun) -> dict[JenisRekaman, list[Rekaman]]:
    """Signed PKs, the satker's and the units' in one query."""
    asked = {tingkat: tahun[jenis] for tingkat, jenis in _PK_JENIS.items() if jenis in tahun}
    if not asked:
        return {}
    signed = list(
        PerjanjianKinerja.objects.filter(
            satker=satker,
            tahun__in={year for years in asked.values() for year in years},
            tingkat__in=asked,
            status=StatusPerjanjian.DITANDATANGANI,
        ).order_by("unit__urutan", "versi")
    )
    found: dict[JenisRekaman, list[Rekaman]] = {}
    for tingkat, years in asked.items():
        jenis = _PK_JENIS[tingkat]
        records = (
            Rekaman(
                jenis,
                pk.tahun,
                _("%(judul)s (versi %(versi)s)") % {"judul": pk.judul, "versi": pk.versi},
                reverse("reporting:pk_detail", args=[satker.slug, pk.pk]),
                "agreements.perjanjiankinerja",
                pk.pk,
            )
            for pk in signed
            if pk.tingkat == tingkat and pk.tahun in years
        )
        found[jenis] = _urut_tahun(records, years)
    return found


def _realisasi_berkala(satker: Satker, tahun: Tahun) -> dict[JenisRekaman, list[Rekaman]]:
    years = tahun.get(JenisRekaman.REALISASI_BERKALA)
    if not years:
        return {}
    approved = LaporanRealisasi.objects.filter(
        satker=satker, tahun__in=years, status=StatusLaporan.DISETUJUI
    ).select_related("unit")
    records = (
        Rekaman(
            JenisRekaman.REALISASI_BERKALA,
            laporan.tahun,
            str(laporan),
            reverse("reporting:rekap", args=[satker.slug]) + f"?tahun={laporan.tahun}",
            "reporting.laporanrealisasi",
            laporan.pk,
        )
        for laporan in approved
    )
    return {JenisRekaman.REALISASI_BERKALA: _urut_tahun(records, years)}


@dataclass(frozen=True)
class _SeluruhTahun:
    """A kind that is the satker-year as a whole (its measurement, its hambatan table): one
    record when the year has any row of it."""

    label: str  # marked for translation here, translated when a record is listed
    url_name: str
    model: str
    rows: Callable[[Satker, int], QuerySet]


_SELURUH_TAHUN = {
    JenisRekaman.PENGUKURAN: _SeluruhTahun(
        gettext_noop("Pengukuran kinerja %(tahun)s"),
        "measurement:pengukuran_detail",
        "pengukuran",
        lambda satker, year: Realisasi.objects.filter(indikator__satker=satker, tahun=year),
    ),
    JenisRekaman.ANGGARAN: _SeluruhTahun(
        gettext_noop("Pagu dan realisasi anggaran %(tahun)s"),
        "reporting:anggaran",
        "pengukuran",
        lambda satker, year: Pagu.objects.filter(satker=satker, tahun=year),
    ),
    JenisRekaman.HAMBATAN: _SeluruhTahun(
        gettext_noop("Hambatan dan upaya %(tahun)s"),
        "reporting:hambatan",
        "measurement.hambatanupaya",
        lambda satker, year: HambatanUpaya.objects.filter(satker=satker, tahun=year),
    ),
    JenisRekaman.EFISIENSI: _SeluruhTahun(
        gettext_noop("Efisiensi sumber daya %(tahun)s"),
        "documents:laporan",
        "evaluation.efisiensisumberdaya",
        lambda satker, year: EfisiensiSumberDaya.objects.filter(satker=satker, tahun=year),
    ),
}


def _seluruh_tahun(satker: Satker, tahun: Tahun) -> dict[JenisRekaman, list[Rekaman]]:
    """Every (kind, year) asked for, as one EXISTS column each of a single query."""
    pairs = [(jenis, year) for jenis in _SELURUH_TAHUN if jenis in tahun for year in tahun[jenis]]
    if not pairs:
        return {}
    present = Satker.objects.filter(pk=satker.pk).values(
        **{
            f"ada_{index}": Exists(_SELURUH_TAHUN[jenis].rows(satker, year))
            for index, (jenis, year) in enumerate(pairs)
        }
    )[0]
    found: dict[JenisRekaman, list[Rekaman]] = {jenis: [] for jenis, _year in pairs}
    for index, (jenis, year) in enumerate(pairs):
        if present[f"ada_{index}"]:
            kind = _SELURUH_TAHUN[jenis]
            url = reverse(kind.url_name, args=[satker.slug]) + f"?tahun={year}"
            label = _(kind.label) % {"tahun": year}
            found[jenis].append(Rekaman(jenis, year, label, url, kind.model, None))
    return found


def _lkjip(satker: Satker, tahun: Tahun) -> dict[JenisRekaman, list[Rekaman]]:
    """The latest signed version of each year (its text is not read here)."""
    years = tahun.get(JenisRekaman.LKJIP)
    if not years:
        return {}
    latest: dict[int, LaporanTertandatangan] = {}
    versions = LaporanTertandatangan.objects.filter(satker=satker, tahun__in=years)
    for version in versions.only("pk", "tahun", "versi").order_by("tahun", "-versi"):
        latest.setdefault(version.tahun, version)
    records = []
    for year in years:
        if year not in latest:
            continue
        versi = latest[year].versi
        url = reverse("documents:laporan_versi_unduh", args=[satker.slug, year, versi, "pdf"])
        label = _("LKjIP %(tahun)s versi %(versi)s (ditandatangani)") % {
            "tahun": year,
            "versi": versi,
        }
        records.append(
            Rekaman(
                JenisRekaman.LKJIP,
                year,
                label,
                url,
                "documents.laporantertandatangan",
                latest[year].pk,
            )
        )
    return {JenisRekaman.LKJIP: records}


def _reviu(satker: Satker, tahun: Tahun) -> dict[JenisRekaman, list[Rekaman]]:
    """The statement of each year that has not been withdrawn (the first recorded)."""
    years = tahun.get(JenisRekaman.REVIU_LKJIP)
    if not years:
        return {}
    first: dict[int, PernyataanReviu] = {}
    statements = PernyataanReviu.objects.filter(
        satker=satker, tahun__in=years, ditarik_pada__isnull=True
    )
    for statement in statements:  # ordered by year, then as recorded
        first.setdefault(statement.tahun, statement)
    return {
        JenisRekaman.REVIU_LKJIP: [
            Rekaman(
                JenisRekaman.REVIU_LKJIP,
                year,
                _("Pernyataan telah direviu LKjIP %(tahun)s") % {"tahun": year},
                reverse("documents:laporan", args=[satker.slug]) + f"?tahun={year}",
                "evaluation.pernyataanreviu",
                first[year].pk,
            )
            for year in years
            if year in first
        ]
    }


def potret(satker: Satker, rekaman: Rekaman) -> tuple[str, str]:
    """The record's content now, as canonical JSON, and its SHA-256: what a link pins."""
    content = _isi(satker, rekaman)
    return content, hashlib.sha256(content.encode()).hexdigest()


def isi_tanpa_id(text: str) -> str:
    """A pinned record's content without its database ids: every row's own key and its
    references to other rows dropped, the rows kept in their order. A restore (kinerja impor)
    recreates the records under new ids, so a link compared by ids would read as changed when
    nothing in the record has. Content that is not a list of rows is returned as it is."""
    try:
        rows = json.loads(text)
    except ValueError:
        return text
    if not isinstance(rows, list) or not all(
        isinstance(row, dict) and {"model", "pk", "fields"} <= row.keys() for row in rows
    ):
        return text
    kept = []
    for row in rows:
        meta = apps.get_model(row["model"])._meta
        fields = {
            name: value
            for name, value in row["fields"].items()
            if not meta.get_field(name).is_relation
        }
        kept.append({"model": row["model"], "fields": fields})
    return json.dumps(kept, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


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
