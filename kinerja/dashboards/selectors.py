"""What the dashboards show, as plain data, read through the one reading layer: a satker-year's
snapshot and measurement (kinerja.measurement), a parent's roll-up of the tree below it
(kinerja.measurement.rekap), and the items that need attention — for one satker or for all the
children of a parent at once, in the same fixed handful of queries.

Items that need attention ("perlu perhatian") of a satker-year:
- realisations missing near or past their deadline (kinerja.dashboards.aturan), per period;
- realisation reports returned to their unit (dikembalikan), awaiting correction;
- capaian below the satker's threshold with no hambatan/upaya — the reviu's own rule
  (capaian-rendah-tanpa-hambatan), run on the measurement;
- the inspectorate's reviu notes not closed yet.
A satker's own dashboard also lists the reviu's errors (tingkat galat) computed from its data;
they need the satker's documents, read one satker at a time, so a parent's table leaves them
to each child's dashboard.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.dashboards import aturan
from kinerja.evaluation.choices import StatusCatatan
from kinerja.evaluation.models import CatatanReviu
from kinerja.evaluation.reviu import facts
from kinerja.evaluation.reviu.rules import ATURAN, Temuan, Tingkat, jalankan
from kinerja.evaluation.selectors import fakta_hambatan, fakta_pengukuran, fakta_reviu
from kinerja.measurement import cache
from kinerja.measurement.models import HambatanUpaya, PengaturanPengukuran
from kinerja.measurement.pengukuran import Pengukuran, hitung_pengukuran
from kinerja.measurement.periods import SINGKATAN, TRIWULAN
from kinerja.measurement.rekap import RingkasanSatker, RollupInduk, rollup_induk
from kinerja.measurement.rollup import serapan
from kinerja.measurement.satker_year import (
    pengaturan_banyak,
    satker_tahun,
    satker_tahun_banyak,
    satker_tahun_tersimpan,
)
from kinerja.measurement.scales import Predikat, Skala, klasifikasi
from kinerja.measurement.selectors import pengukuran_tersimpan
from kinerja.measurement.snapshot import AnggaranKegiatan, Indikator, SatkerTahun
from kinerja.organisations.models import Satker
from kinerja.reporting.choices import StatusLaporan
from kinerja.reporting.models import LaporanRealisasi
from kinerja.reporting.selectors import PERIODE_PELAPORAN

ATURAN_TANPA_PENJELASAN = ATURAN["capaian-rendah-tanpa-hambatan"]


@dataclass
class RealisasiBelum:
    """A period whose realisation is due soon or overdue, and the indicators still without one."""

    periode: str
    batas: datetime.date
    terlambat: bool
    indikator: list[Indikator]

    @property
    def label(self) -> str:
        return SINGKATAN[self.periode]


@dataclass
class Perhatian:
    realisasi_belum: list[RealisasiBelum] = field(default_factory=list)
    dikembalikan: list[LaporanRealisasi] = field(default_factory=list)
    tanpa_penjelasan: list[Temuan] = field(default_factory=list)
    catatan_terbuka: list[CatatanReviu] = field(default_factory=list)

    @property
    def indikator_belum(self) -> int:
        """The indicators missing a realisation due, each counted once however many periods
        it misses: a year without any realisation is one item per indicator, not four."""
        return len({indikator.id for item in self.realisasi_belum for indikator in item.indikator})

    @property
    def jumlah(self) -> int:
        """An indicator missing realisations, a returned report, a shortfall without an
        explanation and an open reviu note are one item each."""
        return (
            self.indikator_belum
            + len(self.dikembalikan)
            + len(self.tanpa_penjelasan)
            + len(self.catatan_terbuka)
        )


def _realisasi_belum(
    snapshot: SatkerTahun, deret: tuple[str, ...], hari_ini: datetime.date
) -> list[RealisasiBelum]:
    due = aturan.periode_jatuh_tempo(snapshot.tahun, deret, hari_ini)
    if not due or not snapshot.indikator:
        return []
    recorded = {
        indikator.id: aturan.periode_tercatat(
            (row.periode, row.status) for row in snapshot.realisasi.get(indikator.id, [])
        )
        for indikator in snapshot.indikator
    }
    result = []
    for item in due:
        missing = [
            indikator
            for indikator in snapshot.indikator
            if aturan.belum_direalisasi(recorded[indikator.id], item.periode)
        ]
        if missing:
            result.append(RealisasiBelum(item.periode, item.batas, item.terlambat, missing))
    return result


def perhatian_banyak(
    snapshots: dict[int, SatkerTahun],
    measured: dict[int, Pengukuran],
    tahun: int,
    hari_ini: datetime.date,
) -> dict[int, Perhatian]:
    """The items needing attention of many satker-years, in four queries whatever their number."""
    ids = list(snapshots)
    # The periods each satker's units report in (quarters unless it chose months).
    chosen = dict(
        PengaturanPengukuran.objects.filter(satker_id__in=ids).values_list(
            "satker_id", "periode_laporan"
        )
    )
    result = {
        satker_id: Perhatian(
            realisasi_belum=_realisasi_belum(
                snapshot, PERIODE_PELAPORAN.get(chosen.get(satker_id), TRIWULAN), hari_ini
            )
        )
        for satker_id, snapshot in snapshots.items()
    }
    for report in (
        LaporanRealisasi.objects.filter(
            satker_id__in=ids, tahun=tahun, status=StatusLaporan.DIKEMBALIKAN
        )
        .select_related("unit")
        .order_by("satker_id", "unit__urutan", "periode")
    ):
        result[report.satker_id].dikembalikan.append(report)
    obstacles: dict[int, list[facts.Hambatan]] = {}
    for row in HambatanUpaya.objects.filter(satker_id__in=ids, tahun=tahun).select_related(
        "kegiatan", "indikator", "sasaran"
    ):
        obstacles.setdefault(row.satker_id, []).append(fakta_hambatan(row))
    for satker_id, snapshot in snapshots.items():
        indikator, rows = fakta_pengukuran(measured[satker_id])
        fakta = facts.FaktaReviu(
            satker=snapshot.slug,
            tahun=tahun,
            skala=snapshot.pengaturan.skala,
            ambang_capaian=snapshot.pengaturan.ambang_capaian,
            indikator=indikator,
            pengukuran=rows,
            hambatan=obstacles.get(satker_id, []),
        )
        result[satker_id].tanpa_penjelasan = jalankan(fakta, (ATURAN_TANPA_PENJELASAN,))
    for note in CatatanReviu.objects.filter(satker_id__in=ids, tahun=tahun).exclude(
        status=StatusCatatan.SELESAI
    ):
        result[note.satker_id].catatan_terbuka.append(note)
    return result


def perhatian_tersimpan(
    ids: list[int], tahun: int, hari_ini: datetime.date
) -> dict[int, Perhatian]:
    """`perhatian_banyak` of these satker-years, each kept in the cache for the day until a
    write changes the satker's data — its figures, or the reports, hambatan and reviu notes
    the items come from (kinerja.dashboards.versi). A parent's dashboard reads a few dozen
    children's items on every view; between two writes they are read, not computed."""

    def compute(missing: list[int]) -> dict[int, Perhatian]:
        snapshots = satker_tahun_banyak(missing, tahun)
        measured = {pk: hitung_pengukuran(snapshot) for pk, snapshot in snapshots.items()}
        return perhatian_banyak(snapshots, measured, tahun, hari_ini)

    return cache.ambil_banyak(f"perhatian-{hari_ini.isoformat()}", ids, tahun, compute)


@dataclass
class KegiatanSerapan:
    anggaran: AnggaranKegiatan
    laju: Decimal

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.anggaran.realisasi, self.anggaran.pagu)

    @property
    def di_bawah_laju(self) -> bool:
        return self.serapan is not None and self.serapan < self.laju


@dataclass
class Triwulan:
    periode: str
    capaian: Decimal | None
    pagu: Decimal | None
    realisasi_anggaran: Decimal | None
    laju: Decimal

    @property
    def label(self) -> str:
        return SINGKATAN[self.periode]

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.realisasi_anggaran, self.pagu)


@dataclass
class DasborSatker:
    satker: Satker
    tahun: int
    hari_ini: datetime.date
    pengukuran: Pengukuran
    laju: Decimal
    kegiatan: list[KegiatanSerapan]
    triwulan: list[Triwulan]
    perhatian: Perhatian
    galat_reviu: list[Temuan]

    @property
    def ada_data(self) -> bool:
        return bool(self.pengukuran.sasaran or self.pengukuran.anggaran)

    @property
    def serapan(self) -> Decimal | None:
        return self.pengukuran.total()[2]


def _hitung_triwulan(snapshot: SatkerTahun, hari_ini: datetime.date) -> list[Triwulan]:
    result = []
    for periode in TRIWULAN:
        index = TRIWULAN.index(periode)
        if index and aturan.akhir_periode(snapshot.tahun, TRIWULAN[index - 1]) >= hari_ini:
            break
        if not index and datetime.date(snapshot.tahun, 1, 1) > hari_ini:
            break
        measured = hitung_pengukuran(snapshot, sampai=periode)
        pagu, realisasi, _ = measured.total()
        result.append(
            Triwulan(periode, measured.capaian, pagu, realisasi, aturan.laju_triwulan(periode))
        )
    return result


def _triwulan(snapshot: SatkerTahun, hari_ini: datetime.date) -> list[Triwulan]:
    """Each quarter begun by `hari_ini`, as the year stood at its end; kept for the day under
    the data version the snapshot was read at (four measurements make a handful of figures)."""
    if snapshot.versi is None:
        return _hitung_triwulan(snapshot, hari_ini)
    return cache.ambil_banyak(
        f"triwulan-{hari_ini.isoformat()}",
        [snapshot.satker_id],
        snapshot.tahun,
        lambda missing: {snapshot.satker_id: _hitung_triwulan(snapshot, hari_ini)},
        versi={snapshot.satker_id: snapshot.versi},
    )[snapshot.satker_id]


def dasbor_satker(satker: Satker, tahun: int, hari_ini: datetime.date) -> DasborSatker:
    snapshot = satker_tahun(satker, tahun)
    measured = pengukuran_tersimpan({satker.pk: snapshot})[satker.pk]
    laju = aturan.laju_serapan(tahun, hari_ini)
    findings = jalankan(fakta_reviu(satker, tahun, snapshot=snapshot, measured=measured))
    return DasborSatker(
        satker=satker,
        tahun=tahun,
        hari_ini=hari_ini,
        pengukuran=measured,
        laju=laju,
        kegiatan=[KegiatanSerapan(item, laju) for item in measured.anggaran],
        triwulan=_triwulan(snapshot, hari_ini),
        perhatian=perhatian_banyak({satker.pk: snapshot}, {satker.pk: measured}, tahun, hari_ini)[
            satker.pk
        ],
        galat_reviu=[
            item
            for item in findings
            if item.tingkat == Tingkat.GALAT and item.aturan != ATURAN_TANPA_PENJELASAN.id
        ],
    )


@dataclass
class BarisAnak:
    """A child satker beside its siblings: its subtree's figures (the roll-up), its own items
    needing attention, and the predicate of its figure on its own scale."""

    ringkasan: RingkasanSatker
    perhatian: Perhatian
    predikat: Predikat | None
    skala: Skala

    @property
    def satker(self) -> Satker:
        return self.ringkasan.satker

    @property
    def ada_angka(self) -> bool:
        return self.ringkasan.ada_angka


URUTAN_ANAK = {
    "nama": lambda row: str(row.satker).casefold(),
    "capaian": lambda row: row.ringkasan.capaian,
    "serapan": lambda row: row.ringkasan.serapan,
    "perhatian": lambda row: row.perhatian.jumlah,
}


@dataclass
class DasborInduk:
    rekap: RollupInduk
    anak: list[BarisAnak]  # filtered and sorted
    jumlah_anak: int  # before filtering
    urut: str
    turun: bool
    cari: str
    hanya_perhatian: bool
    # The parent's own part when it holds no data of its own (None: read it in full).
    sendiri: DasborSatker | None = None


def urutkan(rows: list[BarisAnak], urut: str, turun: bool) -> list[BarisAnak]:
    """Sorted by a column; a child without the figure (–) comes last either way."""
    key = URUTAN_ANAK.get(urut, URUTAN_ANAK["nama"])
    # By name first: the sort below is stable (reversed too), so equal figures stay by name.
    rows = sorted(rows, key=URUTAN_ANAK["nama"])
    present = [row for row in rows if key(row) is not None]
    absent = [row for row in rows if key(row) is None]
    return sorted(present, key=key, reverse=turun) + absent


def dasbor_induk(
    induk: Satker,
    tahun: int,
    hari_ini: datetime.date,
    *,
    urut: str = "nama",
    turun: bool = False,
    cari: str = "",
    hanya_perhatian: bool = False,
) -> DasborInduk:
    rekap = rollup_induk(induk, tahun)
    ids = [child.satker.pk for child in rekap.anak]
    attention = perhatian_tersimpan([*ids, induk.pk], tahun, hari_ini)
    scales = {pk: item.skala for pk, item in pengaturan_banyak(ids).items()}
    rows = []
    for child in rekap.anak:
        skala = scales[child.satker.pk]
        rows.append(
            BarisAnak(child, attention[child.satker.pk], klasifikasi(child.capaian, skala), skala)
        )
    wanted = cari.strip().casefold()
    shown = [
        row
        for row in rows
        if (not wanted or wanted in str(row.satker).casefold())
        and (not hanya_perhatian or row.perhatian.jumlah)
    ]
    urut = urut if urut in URUTAN_ANAK else "nama"
    own = satker_tahun_tersimpan([induk.pk], tahun, tahun_lalu=True)[induk.pk]
    return DasborInduk(
        sendiri=DasborSatker(
            satker=induk,
            tahun=tahun,
            hari_ini=hari_ini,
            pengukuran=pengukuran_tersimpan({induk.pk: own})[induk.pk],
            laju=aturan.laju_serapan(tahun, hari_ini),
            kegiatan=[],
            triwulan=[],
            perhatian=attention[induk.pk],
            galat_reviu=[],  # a satker without data of its own has nothing to review
        )
        if not (own.indikator or own.anggaran)
        else None,
        rekap=rekap,
        anak=urutkan(shown, urut, turun),
        jumlah_anak=len(rows),
        urut=urut,
        turun=turun,
        cari=cari.strip(),
        hanya_perhatian=hanya_perhatian,
    )
