"""The measurement of one satker-year: every derived figure computed here from targets,
realisations and budgets (never read from a stored result), with the rule that produced it.

Reads a bounded number of queries whatever the number of indicators; the computing itself is
done by the plain modules capaian, periods, rollup and scales.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.agreements.choices import TingkatPerjanjian
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.choices import SumberDana
from kinerja.budgets.models import Kegiatan, Pagu, RealisasiAnggaran
from kinerja.core.choices import Periode
from kinerja.measurement import capaian as rules
from kinerja.measurement.models import PengaturanPengukuran, Realisasi, SkalaPredikat
from kinerja.measurement.periods import MetodeAgregasi, rollup
from kinerja.measurement.rollup import efisiensi, rata_rata, serapan
from kinerja.measurement.scales import PRESET_BAKU, Predikat, Skala, klasifikasi
from kinerja.organisations.models import Satker
from kinerja.planning.models import RKT, IndikatorKinerja, Renstra, TargetTahunan

PERIOD_ORDER = [choice.value for choice in Periode if choice != Periode.TAHUNAN]


@dataclass
class Pengaturan:
    skala: Skala
    plafon: Decimal | None
    target_nol: rules.KebijakanTargetNol
    ambang_capaian: Decimal


@dataclass
class BarisPengukuran:
    indikator: IndikatorKinerja
    sasaran: str
    aturan: rules.AturanCapaian
    target: Decimal | None
    target_sumber: str
    realisasi: Decimal | None
    status: str
    realisasi_sumber: str
    hasil: rules.HasilCapaian
    predikat: Predikat | None
    capaian_tercatat: Decimal | None = None
    realisasi_tahun_lalu: Decimal | None = None
    capaian_tahun_lalu: Decimal | None = None
    target_akhir_renstra: Decimal | None = None
    tahun_akhir_renstra: int | None = None
    capaian_terhadap_renstra: Decimal | None = None

    @property
    def kegiatan_kode(self) -> str | None:
        return self.indikator.kegiatan.kode if self.indikator.kegiatan else None

    @property
    def selisih_tahun_lalu(self) -> Decimal | None:
        if self.realisasi is None or self.realisasi_tahun_lalu is None:
            return None
        return self.realisasi - self.realisasi_tahun_lalu


@dataclass
class AnggaranKegiatan:
    kegiatan: Kegiatan
    pagu_pk: list[Decimal]
    riwayat: list[Pagu]
    realisasi: Decimal | None
    realisasi_rows: list[RealisasiAnggaran]

    @property
    def pagu(self) -> Decimal | None:
        """The pagu in force: the last of its history, else the PK's when it is unambiguous."""
        if self.riwayat:
            return self.riwayat[-1].jumlah
        if len(set(self.pagu_pk)) == 1:
            return self.pagu_pk[0]
        return None

    @property
    def sumber_dana(self) -> str:
        rows = [*self.riwayat, *self.realisasi_rows]
        return rows[0].get_sumber_dana_display() if rows else SumberDana.APBN_DIPA.label

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.realisasi, self.pagu)


@dataclass
class SasaranPengukuran:
    label: str
    baris: list[BarisPengukuran]
    anggaran: list[AnggaranKegiatan] = field(default_factory=list)
    capaian: Decimal | None = None
    predikat: Predikat | None = None

    @property
    def pagu(self) -> Decimal | None:
        values = [item.pagu for item in self.anggaran if item.pagu is not None]
        return sum(values, Decimal(0)) if values else None

    @property
    def realisasi_anggaran(self) -> Decimal | None:
        values = [item.realisasi for item in self.anggaran if item.realisasi is not None]
        return sum(values, Decimal(0)) if values else None

    @property
    def serapan(self) -> Decimal | None:
        return serapan(self.realisasi_anggaran, self.pagu)

    @property
    def efisiensi(self) -> Decimal | None:
        return efisiensi(self.capaian, self.serapan)


@dataclass
class Pengukuran:
    satker: Satker
    tahun: int
    pengaturan: Pengaturan
    sasaran: list[SasaranPengukuran]
    anggaran: list[AnggaranKegiatan]
    capaian: Decimal | None
    predikat: Predikat | None

    @property
    def baris(self) -> list[BarisPengukuran]:
        return [row for group in self.sasaran for row in group.baris]

    def total(self, sumber_dana: str | None = None) -> tuple[Decimal, Decimal, Decimal | None]:
        items = [
            item for item in self.anggaran if sumber_dana is None or item.sumber_dana == sumber_dana
        ]
        pagu = sum((item.pagu for item in items if item.pagu is not None), Decimal(0))
        spent = sum((item.realisasi for item in items if item.realisasi is not None), Decimal(0))
        return pagu, spent, serapan(spent, pagu)


def pengaturan_satker(satker: Satker) -> Pengaturan:
    setting = PengaturanPengukuran.objects.filter(satker=satker).select_related("skala").first()
    if setting is None:
        return Pengaturan(PRESET_BAKU, None, rules.KebijakanTargetNol.BAKU, Decimal(100))
    skala = PRESET_BAKU
    if setting.skala_id:
        skala = SkalaPredikat.objects.prefetch_related("pita").get(pk=setting.skala_id).to_skala()
    return Pengaturan(
        skala=skala,
        plafon=None if setting.plafon == "tanpa" else Decimal(setting.plafon),
        target_nol=rules.KebijakanTargetNol(setting.kebijakan_target_nol),
        ambang_capaian=setting.ambang_capaian,
    )


def aturan_indikator(indikator: IndikatorKinerja, pengaturan: Pengaturan) -> rules.AturanCapaian:
    if indikator.plafon == "":
        plafon = pengaturan.plafon
    else:
        plafon = None if indikator.plafon == "tanpa" else Decimal(indikator.plafon)
    target_nol = (
        rules.KebijakanTargetNol(indikator.kebijakan_target_nol)
        if indikator.kebijakan_target_nol
        else pengaturan.target_nol
    )
    return rules.AturanCapaian(
        polaritas=rules.Polaritas(indikator.polaritas),
        varian_turun=rules.VarianTurun(indikator.varian_turun),
        batas_atas=indikator.batas_atas,
        plafon=plafon,
        target_nol=target_nol,
    )


def _annual(
    rows: list[Realisasi], metode: str
) -> tuple[Decimal | None, str, str, Realisasi | None]:
    """(realisasi, status, source, annual row) from one indicator's rows of one year."""
    annual = next((row for row in rows if row.periode == Periode.TAHUNAN), None)
    if annual is not None:
        return annual.nilai, annual.status, annual.sumber or "realisasi tahunan", annual
    periods = sorted(
        (row for row in rows if row.periode != Periode.TAHUNAN),
        key=lambda row: PERIOD_ORDER.index(row.periode),
    )
    if not periods:
        return None, rules.StatusRealisasi.BELUM_DILAPORKAN, "", None
    reported = [
        row.nilai if row.status == rules.StatusRealisasi.DILAPORKAN else None for row in periods
    ]
    value = rollup(reported, MetodeAgregasi(metode))
    if value is None:
        status = (
            rules.StatusRealisasi.TIDAK_DILAKSANAKAN
            if all(row.status == rules.StatusRealisasi.TIDAK_DILAKSANAKAN for row in periods)
            else rules.StatusRealisasi.BELUM_DILAPORKAN
        )
        return None, status, "", None
    labels = ", ".join(
        row.get_periode_display()
        for row in periods
        if row.status == rules.StatusRealisasi.DILAPORKAN
    )
    return value, rules.StatusRealisasi.DILAPORKAN, f"{labels} ({metode})", None


def signed_lines(satker: Satker, tahun: int, tingkat: str | None = None):
    """Lines of the signed PKs of the year, latest version of each PK only."""
    lines = BarisPerjanjian.objects.filter(
        perjanjian__in=PerjanjianKinerja.objects.berlaku(satker, tahun)
    )
    if tingkat:
        lines = lines.filter(perjanjian__tingkat=tingkat)
    return lines


def pengukuran(satker: Satker, tahun: int) -> Pengukuran:
    setting = pengaturan_satker(satker)
    rkt = RKT.objects.filter(satker=satker, tahun=tahun).first()
    rkt_rows = list(rkt.baris.order_by("urutan")) if rkt else []
    pk_rows = list(
        signed_lines(satker, tahun, TingkatPerjanjian.SATKER).order_by("perjanjian", "urutan")
    )
    # Orders are cleared where the rows are regrouped in Python: the models' default
    # orderings join related tables for nothing.
    realisasi_rows = list(
        Realisasi.objects.filter(indikator__satker=satker, tahun__in=[tahun, tahun - 1]).order_by()
    )
    renstra = Renstra.objects.filter(
        satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun
    ).first()
    target_years = {tahun} | ({renstra.tahun_akhir} if renstra else set())
    target_rows = {
        (row.indikator_id, row.tahun): row.target
        for row in TargetTahunan.objects.filter(
            indikator__satker=satker, tahun__in=target_years
        ).order_by()
    }

    # Indicators of the year, in the order of the RKT, then the PK, then the realisations.
    order = list(
        dict.fromkeys(
            [
                *(row.indikator_id for row in rkt_rows),
                *(row.indikator_id for row in pk_rows),
                *(
                    row.indikator_id
                    for row in sorted(realisasi_rows, key=lambda row: row.pk)
                    if row.tahun == tahun
                ),
            ]
        )
    )
    indikator = IndikatorKinerja.objects.select_related("kegiatan", "sasaran").in_bulk(order)

    by_indicator_year: dict[tuple[int, int], list[Realisasi]] = defaultdict(list)
    for row in realisasi_rows:
        by_indicator_year[(row.indikator_id, row.tahun)].append(row)
    pk_target = {row.indikator_id: row.target for row in pk_rows}
    rkt_target = {row.indikator_id: row.target for row in rkt_rows}

    groups: dict[str, SasaranPengukuran] = {}
    for indikator_id in order:
        item = indikator[indikator_id]
        try:
            aturan, invalid = aturan_indikator(item, setting), ""
        except ValueError as error:
            # A misconfigured indicator (a range without its upper bound) is reported as not
            # assessed, with the reason, instead of breaking the whole measurement.
            aturan, invalid = rules.AturanCapaian(), f"Aturan capaian tidak sah: {error}"
        value, status, source, annual = _annual(
            by_indicator_year[(indikator_id, tahun)], item.metode_agregasi
        )
        if annual is not None:
            target, target_source = annual.target, f"target terukur ({annual.sumber})"
        elif indikator_id in pk_target:
            target, target_source = pk_target[indikator_id], "PK"
        elif indikator_id in rkt_target:
            target, target_source = rkt_target[indikator_id], "RKT"
        else:
            target = target_rows.get((indikator_id, tahun))
            target_source = "target tahunan Renstra" if target is not None else ""
        if target is None:
            hasil = rules.HasilCapaian(
                None, None, "tanpa_target", "Tidak dinilai", "Tidak ada target untuk tahun ini."
            )
        elif invalid:
            hasil = _tidak_sah(invalid)
        else:
            hasil = _hitung(target, value, aturan, status)
        row = BarisPengukuran(
            indikator=item,
            sasaran=_sasaran_label(item),
            aturan=aturan,
            target=target,
            target_sumber=target_source,
            realisasi=value,
            status=status,
            realisasi_sumber=source,
            hasil=hasil,
            predikat=klasifikasi(hasil.nilai, setting.skala),
            capaian_tercatat=annual.capaian_tercatat if annual else None,
        )
        _compare(row, by_indicator_year[(indikator_id, tahun - 1)], renstra, target_rows)
        groups.setdefault(row.sasaran, SasaranPengukuran(row.sasaran, [])).baris.append(row)

    anggaran = anggaran_kegiatan(satker, tahun)
    by_code = {item.kegiatan.kode: item for item in anggaran}
    for group in groups.values():
        codes = []
        for row in group.baris:
            if row.kegiatan_kode and row.kegiatan_kode not in codes:
                codes.append(row.kegiatan_kode)
        group.anggaran = [by_code[code] for code in codes if code in by_code]
        group.capaian = rata_rata(
            [row.hasil.nilai for row in group.baris], [row.indikator.bobot for row in group.baris]
        )
        group.predikat = klasifikasi(group.capaian, setting.skala)
    sasaran = list(groups.values())
    capaian = rata_rata([group.capaian for group in sasaran])
    return Pengukuran(
        satker=satker,
        tahun=tahun,
        pengaturan=setting,
        sasaran=sasaran,
        anggaran=anggaran,
        capaian=capaian,
        predikat=klasifikasi(capaian, setting.skala),
    )


def _sasaran_label(item: IndikatorKinerja) -> str:
    # The LKjIP measures per kegiatan when indicators are not tied to a Renstra sasaran.
    if item.sasaran:
        return f"Sasaran {item.sasaran.nomor}: {item.sasaran.uraian}"
    if item.kegiatan:
        return f"{item.kegiatan.nama} ({item.kegiatan.kode})"
    return "Tanpa sasaran"


def _tidak_sah(alasan: str) -> rules.HasilCapaian:
    return rules.HasilCapaian(None, None, "aturan_tidak_sah", "Tidak dinilai", alasan)


def _hitung(target, value, aturan, status) -> rules.HasilCapaian:
    """hitung_capaian, with an invalid rule (a band below its target) reported, not raised."""
    try:
        return rules.hitung_capaian(target, value, aturan, rules.StatusRealisasi(status))
    except ValueError as error:
        return _tidak_sah(f"Aturan capaian tidak sah: {error}")


def _compare(row: BarisPengukuran, last_year: list[Realisasi], renstra, target_rows) -> None:
    if row.hasil.kode_aturan == "aturan_tidak_sah":
        return
    value, status, _, annual = _annual(last_year, row.indikator.metode_agregasi)
    if value is not None:
        row.realisasi_tahun_lalu = value
        target = annual.target if annual else None
        if target is not None:
            row.capaian_tahun_lalu = _hitung(target, value, row.aturan, status).nilai
    if renstra is not None:
        final = target_rows.get((row.indikator.pk, renstra.tahun_akhir))
        if final is not None:
            row.target_akhir_renstra = final
            row.tahun_akhir_renstra = renstra.tahun_akhir
            row.capaian_terhadap_renstra = _hitung(
                final, row.realisasi, row.aturan, row.status
            ).nilai


def anggaran_kegiatan(satker: Satker, tahun: int) -> list[AnggaranKegiatan]:
    """Per kegiatan: the PK budget lines, the pagu history, the realisation of record."""
    pk_amounts: dict[int, list[Decimal]] = defaultdict(list)
    for line in AnggaranPerjanjian.objects.filter(
        perjanjian__in=PerjanjianKinerja.objects.berlaku(satker, tahun), kegiatan__isnull=False
    ).order_by():
        pk_amounts[line.kegiatan_id].append(line.anggaran)
    history: dict[int, list[Pagu]] = defaultdict(list)
    for row in Pagu.objects.filter(satker=satker, tahun=tahun):
        history[row.kegiatan_id].append(row)
    spent: dict[int, list[RealisasiAnggaran]] = defaultdict(list)
    for row in RealisasiAnggaran.objects.filter(satker=satker, tahun=tahun).order_by(
        "periode", "pk"
    ):
        spent[row.kegiatan_id].append(row)
    ids = set(pk_amounts) | set(history) | set(spent)
    result = []
    for kegiatan in Kegiatan.objects.filter(pk__in=ids).order_by("kode"):
        rows = spent[kegiatan.pk]
        annual = [row for row in rows if row.periode == Periode.TAHUNAN]
        counted = annual or rows
        result.append(
            AnggaranKegiatan(
                kegiatan=kegiatan,
                pagu_pk=pk_amounts[kegiatan.pk],
                riwayat=history[kegiatan.pk],
                realisasi=sum((row.jumlah for row in counted), Decimal(0)) if counted else None,
                realisasi_rows=rows,
            )
        )
    return result
