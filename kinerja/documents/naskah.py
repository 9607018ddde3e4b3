"""The narrative sections of a satker-year's LKjIP as they stand: each section's text in force
(the latest saved version, or the default generated from the data), whether the data under an
edited section has changed since it was written, and every version kept.

Besides the fixed sections, BAB III.A has one analysis per sasaran of the year, known by the
sasaran's `kunci` (kinerja.measurement.pengukuran.SasaranPengukuran). An analysis whose
sasaran no longer appears in the year (its Renstra sasaran replaced, its indicators moved) is
kept and listed as orphaned: not printed, never deleted."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from kinerja.documents import naskah_bawaan
from kinerja.documents.choices import BagianNaskah
from kinerja.documents.kalimat import tercapai
from kinerja.documents.models import NaskahLaporan
from kinerja.documents.naskah_bawaan import (
    ANALISIS_SASARAN,
    FaktaHambatan,
    FaktaNaskah,
    FaktaSasaran,
    kunci_slot,
)
from kinerja.measurement.models import HambatanUpaya
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran
from kinerja.measurement.satker_year import satker_tahun
from kinerja.organisations.models import Satker


@dataclass
class NaskahBagian:
    kode: str
    label: str  # the section's name on the pages
    teks: str  # what the report prints
    bawaan: str  # the default the data gives today ("" for an orphaned analysis)
    versi: NaskahLaporan | None  # the version in force; None: the default is printed
    kunci: str = ""  # the sasaran of an analysis
    yatim: bool = False  # an analysis whose sasaran is not in the year any more

    @property
    def slot(self) -> str:
        return kunci_slot(self.kode, self.kunci)

    @property
    def jangkar(self) -> str:
        """The section's anchor on the page."""
        return self.slot.replace(":", "-")

    @property
    def disunting(self) -> bool:
        return self.versi is not None

    @property
    def belum_ditulis(self) -> bool:
        """The report prints the statement that this section is not written yet."""
        return not self.yatim and naskah_bawaan.belum_ditulis(self.teks)

    @property
    def berubah(self) -> bool:
        """Edited over a default that is no longer what the data gives."""
        return (
            self.versi is not None
            and not self.yatim
            and self.versi.sidik_bawaan != naskah_bawaan.sidik_teks(self.bawaan)
        )


def _hambatan(item: HambatanUpaya) -> FaktaHambatan:
    return FaktaHambatan(item.aspek, item.hambatan, item.upaya)


def _hambatan_sasaran(measured: Pengukuran, records: list[HambatanUpaya]) -> dict[str, list]:
    """Each recorded hambatan of the year under the one sasaran it explains: its indicator's,
    else its Renstra sasaran's, else its kegiatan's when that kegiatan serves one sasaran
    only (a paragraph is never repeated under two sasaran)."""
    by_indicator = {
        row.indikator.id: group.kunci for group in measured.sasaran for row in group.baris
    }
    keys = {group.kunci for group in measured.sasaran}
    by_kegiatan: dict[str, set[str]] = {}
    for group in measured.sasaran:
        for row in group.baris:
            if row.kegiatan_kode:
                by_kegiatan.setdefault(row.kegiatan_kode, set()).add(group.kunci)
    placed: dict[str, list] = {key: [] for key in keys}
    for record in records:
        key = by_indicator.get(record.indikator_id)
        if key is None and f"sasaran-{record.sasaran_id}" in keys:
            key = f"sasaran-{record.sasaran_id}"
        if key is None and record.kegiatan is not None:
            serving = by_kegiatan.get(record.kegiatan.kode, set())
            key = next(iter(serving)) if len(serving) == 1 else None
        if key is not None:
            placed[key].append(_hambatan(record))
    return placed


def fakta_naskah(snapshot, measured: Pengukuran) -> FaktaNaskah:
    """The facts the defaults are written from, from one read of the reading layer (and the
    hambatan recorded for the year and the year before)."""
    satker = snapshot.satker
    rows = measured.baris
    verdicts = [tercapai(row) for row in rows]
    pagu, realised, share = measured.total()
    renstra = snapshot.renstra
    records = list(
        HambatanUpaya.objects.filter(satker=satker, tahun__in=[snapshot.tahun, snapshot.tahun - 1])
        .select_related("kegiatan")
        .order_by("tahun", "nomor", "pk")
    )
    this_year = [record for record in records if record.tahun == snapshot.tahun]
    placed = _hambatan_sasaran(measured, this_year)
    return FaktaNaskah(
        nama=satker.nama_lengkap or satker.nama,
        tahun=snapshot.tahun,
        jumlah_indikator=len(rows),
        tercapai=verdicts.count(True),
        belum_tercapai=tuple(
            row.indikator.nama for row, met in zip(rows, verdicts, strict=True) if met is False
        ),
        tidak_dinilai=verdicts.count(None),
        capaian=measured.capaian,
        predikat=str(measured.predikat) if measured.predikat else "",
        skala=measured.pengaturan.skala.nama,
        pagu=pagu,
        realisasi=realised,
        serapan=share,
        renstra=(renstra.tahun_awal, renstra.tahun_akhir) if renstra else None,
        unit=tuple(satker.units.order_by("urutan", "nama").values_list("nama", flat=True)),
        anggota=satker.anggota.count(),
        sasaran=tuple(
            FaktaSasaran(group.kunci, str(group.label), tuple(placed[group.kunci]))
            for group in measured.sasaran
        ),
        hambatan_lalu=tuple(
            _hambatan(record) for record in records if record.tahun == snapshot.tahun - 1
        ),
    )


def fakta_tahun(satker: Satker, tahun: int) -> FaktaNaskah:
    snapshot = satker_tahun(satker, tahun)
    return fakta_naskah(snapshot, hitung_pengukuran(snapshot))


def bawaan_tahun(satker: Satker, tahun: int) -> dict[str, str]:
    """Every section's default for a satker-year, read through the reading layer, keyed by
    slot (kunci_slot)."""
    return naskah_bawaan.bawaan(fakta_tahun(satker, tahun))


def terkini(satker: Satker, tahun: int) -> dict[str, NaskahLaporan]:
    """The version in force of every edited section, by slot (one query)."""
    latest: dict[str, NaskahLaporan] = {}
    for version in NaskahLaporan.objects.filter(satker=satker, tahun=tahun).order_by("-versi"):
        latest.setdefault(kunci_slot(version.bagian, version.kunci), version)
    return latest


def label_analisis(label: str) -> str:
    return _("BAB III A. Analisis %(sasaran)s") % {"sasaran": label}


def naskah_berlaku(
    satker: Satker, tahun: int, bawaan: dict[str, str], sasaran: Sequence[FaktaSasaran] = ()
) -> list[NaskahBagian]:
    """Each section as the report prints it: the latest version a user saved, as is, or the
    default; then the orphaned analyses. `sasaran` names the sasaran of the analyses."""
    latest = terkini(satker, tahun)
    labels = dict(BagianNaskah.choices)
    names = {item.kunci: item.label for item in sasaran}
    sections = []
    for slot, default in bawaan.items():
        kode, _sep, kunci = slot.partition(":")
        version = latest.pop(slot, None)
        label = label_analisis(names.get(kunci, kunci)) if kunci else str(labels[kode])
        sections.append(
            NaskahBagian(
                kode=kode,
                label=label,
                teks=version.teks if version else default,
                bawaan=default,
                versi=version,
                kunci=kunci,
            )
        )
    for version in latest.values():  # edits whose sasaran the year no longer has
        sections.append(
            NaskahBagian(
                kode=version.bagian,
                label=label_analisis(version.label_kunci or version.kunci),
                teks=version.teks,
                bawaan="",
                versi=version,
                kunci=version.kunci,
                yatim=True,
            )
        )
    return sections


def naskah_tahun(satker: Satker, tahun: int, fakta: FaktaNaskah) -> list[NaskahBagian]:
    return naskah_berlaku(satker, tahun, naskah_bawaan.bawaan(fakta), fakta.sasaran)


def riwayat(satker: Satker, tahun: int) -> dict[str, list[NaskahLaporan]]:
    """Every version of every section, by slot, latest first."""
    versions: dict[str, list[NaskahLaporan]] = {
        kode: [] for kode in BagianNaskah.values if kode != ANALISIS_SASARAN
    }
    for version in (
        NaskahLaporan.objects.filter(satker=satker, tahun=tahun)
        .select_related("penulis", "dipulihkan_dari")
        .order_by("-versi")
    ):
        versions.setdefault(kunci_slot(version.bagian, version.kunci), []).append(version)
    return versions


def bagian_berubah(satker: Satker, years: list[int]) -> dict[int, list[NaskahBagian]]:
    """Per year, the edited sections whose data changed since they were written. Only years
    with an edit are read through the reading layer."""
    edited = set(
        NaskahLaporan.objects.filter(satker=satker, tahun__in=years)
        .values_list("tahun", flat=True)
        .distinct()
    )
    changed = {}
    for year in sorted(edited, reverse=True):
        sections = naskah_tahun(satker, year, fakta_tahun(satker, year))
        changed[year] = [section for section in sections if section.berubah]
    return changed
