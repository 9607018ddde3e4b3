"""A synthetic national dataset: KPU RI, its provinces and their kabupaten/kota, each with
indicators, quarterly realisations, annual targets, pagu and budget realisations.

Clearly synthetic (every slug starts with the prefix, every source says "sintetis"): it exists
to measure the national roll-up (benchmarks/national_rollup.py) and, later, to show the
hierarchy's dashboards. Deterministic for a given seed. Some satkers report late (TW IV
missing, or not yet reported), some fall short of their targets, and some kegiatan have only
quarterly budget rows, so every reading rule is exercised, not only the easy case.
"""

import random
from dataclasses import dataclass
from decimal import Decimal

from kinerja.budgets.models import Kegiatan, Pagu, RealisasiAnggaran
from kinerja.measurement.models import Realisasi
from kinerja.measurement.versi_data import buat_versi, tandai_berubah
from kinerja.organisations.models import Satker
from kinerja.planning.models import IndikatorKinerja, TargetTahunan

PREFIX = "sintetis-"
SUMBER = "sintetis (benchmark, bukan data nyata)"
TRIWULAN = ("tw1", "tw2", "tw3", "tw4")


@dataclass(frozen=True)
class Ukuran:
    satker: int = 553
    indikator: int = 40
    kegiatan: int = 10
    tahun: tuple[int, ...] = (2023, 2024)

    @property
    def provinsi(self) -> int:
        # KPU: 1 KPU RI, 38 provinces, 514 kab/kota; other sizes keep the proportions.
        return max(1, round((self.satker - 1) * 38 / 552))

    @property
    def kabupaten_kota(self) -> int:
        return self.satker - 1 - self.provinsi


def bangun(ukuran: Ukuran | None = None, seed: int = 2024) -> list[Satker]:
    """Create the dataset with bulk inserts (no audit: it is not anyone's data). Returns the
    satkers, KPU RI (the one root, every other satker below it) first."""
    ukuran = ukuran or Ukuran()
    rng = random.Random(seed)  # noqa: S311 - synthetic figures, not security
    pusat = Satker.objects.create(nama="KPU RI (sintetis)", slug=f"{PREFIX}kpu-ri", tingkat="pusat")
    provinces = Satker.objects.bulk_create(
        Satker(
            nama=f"KPU Provinsi {n} (sintetis)",
            slug=f"{PREFIX}prov-{n}",
            tingkat="provinsi",
            parent=pusat,
        )
        for n in range(ukuran.provinsi)
    )
    Satker.objects.bulk_create(
        (
            Satker(
                nama=f"KPU Kab/Kota {n} (sintetis)",
                slug=f"{PREFIX}kab-{n}",
                tingkat="kabupaten_kota",
                parent=provinces[n % len(provinces)],
            )
            for n in range(ukuran.kabupaten_kota)
        ),
        batch_size=2000,
    )
    satkers = list(Satker.objects.filter(slug__startswith=PREFIX).order_by("pk"))
    kegiatan = Kegiatan.objects.bulk_create(
        Kegiatan(kode=f"S{n:03d}", nama=f"Kegiatan sintetis {n}") for n in range(ukuran.kegiatan)
    )
    IndikatorKinerja.objects.bulk_create(
        (
            IndikatorKinerja(
                satker=satker,
                kode=f"I{n:02d}",
                nama=f"Indikator sintetis {n}",
                kegiatan=kegiatan[n % ukuran.kegiatan],
                satuan="%",
                metode_agregasi="terakhir",
            )
            for satker in satkers
            for n in range(ukuran.indikator)
        ),
        batch_size=5000,
    )
    indicators = list(
        IndikatorKinerja.objects.filter(satker__slug__startswith=PREFIX).order_by("pk")
    )
    targets = {
        (item.pk, year): Decimal(80 + rng.randrange(20)) for item in indicators
        for year in ukuran.tahun
    }  # fmt: skip
    TargetTahunan.objects.bulk_create(
        (
            TargetTahunan(
                indikator=item, tahun=year, target=targets[(item.pk, year)], sumber=SUMBER
            )
            for item in indicators
            for year in ukuran.tahun
        ),
        batch_size=5000,
    )
    Realisasi.objects.bulk_create(_realisasi(rng, indicators, targets, ukuran), batch_size=5000)
    Pagu.objects.bulk_create(
        (
            Pagu(
                satker=satker,
                kegiatan=item,
                tahun=year,
                jenis="awal",
                sumber=SUMBER,
                sumber_dana="apbn_dipa",
                jumlah=Decimal(100_000_000 + rng.randrange(900) * 1_000_000),
            )
            for satker in satkers
            for item in kegiatan
            for year in ukuran.tahun
        ),
        batch_size=5000,
    )
    RealisasiAnggaran.objects.bulk_create(
        _realisasi_anggaran(rng, satkers, kegiatan, ukuran), batch_size=5000
    )
    # Bulk inserts send no signal: the satkers' data versions are set here.
    ids = [satker.pk for satker in satkers]
    buat_versi(ids)
    tandai_berubah(ids)
    return satkers


def _realisasi(rng: random.Random, indicators, targets, ukuran: Ukuran):
    for item in indicators:
        for year in ukuran.tahun:
            target = targets[(item.pk, year)]
            late = rng.random()
            # About 2% report only TW I–II so far, 3% leave TW IV "belum dilaporkan".
            last = 2 if late < 0.02 else 3 if late < 0.05 else 4
            level = Decimal(rng.randrange(50, 106))
            for index, quarter in enumerate(TRIWULAN[:last], start=1):
                # Cumulative percentages that mostly reach the target by TW IV; some fall short.
                yield Realisasi(
                    indikator=item,
                    tahun=year,
                    periode=quarter,
                    target=target,
                    nilai=min(Decimal(100), (level * index / 4).quantize(Decimal(1))),
                    sumber=SUMBER,
                )
            if last == 3:
                yield Realisasi(
                    indikator=item,
                    tahun=year,
                    periode="tw4",
                    status="belum_dilaporkan",
                    sumber=SUMBER,
                )


def _realisasi_anggaran(rng: random.Random, satkers, kegiatan, ukuran: Ukuran):
    for satker in satkers:
        for item in kegiatan:
            for year in ukuran.tahun:
                spent = Decimal(80_000_000 + rng.randrange(900) * 1_000_000)
                if rng.random() < 0.1:
                    # Only quarterly rows: the realisation is their sum.
                    for quarter in TRIWULAN:
                        yield RealisasiAnggaran(
                            satker=satker,
                            kegiatan=item,
                            tahun=year,
                            periode=quarter,
                            jumlah=(spent / 4).quantize(Decimal(1)),
                            sumber=SUMBER,
                            sumber_dana="apbn_dipa",
                        )
                else:
                    yield RealisasiAnggaran(
                        satker=satker,
                        kegiatan=item,
                        tahun=year,
                        periode="tahunan",
                        jumlah=spent,
                        sumber=SUMBER,
                        sumber_dana="apbn_dipa",
                    )
