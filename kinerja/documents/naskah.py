"""The narrative sections of a satker-year's LKjIP as they stand: each section's text in force
(the latest saved version, or the default generated from the data), whether the data under an
edited section has changed since it was written, and every version kept."""

from dataclasses import dataclass

from kinerja.documents import naskah_bawaan
from kinerja.documents.choices import BagianNaskah
from kinerja.documents.kalimat import tercapai
from kinerja.documents.models import NaskahLaporan
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran
from kinerja.measurement.satker_year import satker_tahun
from kinerja.organisations.models import Satker


@dataclass
class NaskahBagian:
    kode: str
    label: str  # the section's name on the pages
    teks: str  # what the report prints
    bawaan: str  # the default the data gives today
    versi: NaskahLaporan | None  # the version in force; None: the default is printed

    @property
    def disunting(self) -> bool:
        return self.versi is not None

    @property
    def berubah(self) -> bool:
        """Edited over a default that is no longer what the data gives."""
        return self.versi is not None and self.versi.sidik_bawaan != naskah_bawaan.sidik_teks(
            self.bawaan
        )


def fakta_naskah(snapshot, measured: Pengukuran) -> naskah_bawaan.FaktaNaskah:
    """The facts the defaults are written from, from one read of the reading layer."""
    satker = snapshot.satker
    rows = measured.baris
    verdicts = [tercapai(row) for row in rows]
    pagu, realised, share = measured.total()
    renstra = snapshot.renstra
    return naskah_bawaan.FaktaNaskah(
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
    )


def bawaan_tahun(satker: Satker, tahun: int) -> dict[str, str]:
    """Every section's default for a satker-year, read through the reading layer."""
    snapshot = satker_tahun(satker, tahun)
    return naskah_bawaan.bawaan(fakta_naskah(snapshot, hitung_pengukuran(snapshot)))


def terkini(satker: Satker, tahun: int) -> dict[str, NaskahLaporan]:
    """The version in force of every edited section (one query)."""
    latest: dict[str, NaskahLaporan] = {}
    for version in NaskahLaporan.objects.filter(satker=satker, tahun=tahun).order_by("-versi"):
        latest.setdefault(version.bagian, version)
    return latest


def naskah_berlaku(satker: Satker, tahun: int, bawaan: dict[str, str]) -> list[NaskahBagian]:
    """Each section as the report prints it: the latest version a user saved, as is, or the
    default."""
    latest = terkini(satker, tahun)
    sections = []
    for kode, label in BagianNaskah.choices:
        version = latest.get(kode)
        sections.append(
            NaskahBagian(
                kode=kode,
                label=str(label),
                teks=version.teks if version else bawaan[kode],
                bawaan=bawaan[kode],
                versi=version,
            )
        )
    return sections


def riwayat(satker: Satker, tahun: int) -> dict[str, list[NaskahLaporan]]:
    """Every version of every section, latest first."""
    versions: dict[str, list[NaskahLaporan]] = {kode: [] for kode in BagianNaskah.values}
    for version in (
        NaskahLaporan.objects.filter(satker=satker, tahun=tahun)
        .select_related("penulis", "dipulihkan_dari")
        .order_by("-versi")
    ):
        versions[version.bagian].append(version)
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
        sections = naskah_berlaku(satker, year, bawaan_tahun(satker, year))
        changed[year] = [section for section in sections if section.berubah]
    return changed
