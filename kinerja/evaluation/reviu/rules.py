"""The reviu rules: each reads FaktaReviu and yields findings. Plain Python, no Django.

The catalogue (KATALOG) is data: each entry is a rule's id, severity, title, explanation and
check, in the order docs/reviu.md documents them. A rule's id is written once, there; a check
reports through the `lapor` it is handed, which stamps the id and severity on each finding.
"""

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kinerja.core.formatting import format_desimal, format_persen, format_rupiah, round_half_up
from kinerja.core.nip import format_nip, nip_errors, normalise_nip
from kinerja.core.pesan import Pesan, gabung
from kinerja.evaluation.reviu.facts import FaktaReviu, NilaiTercatat
from kinerja.measurement.capaian import PLAFON_YANG_DIIZINKAN, SERATUS, HasilCapaian
from kinerja.measurement.capaian_tertulis import hitung_capaian_tertulis
from kinerja.measurement.rollup import beda_tercetak, rata_rata, serapan
from kinerja.measurement.scales import PERMENPANRB_88_2021, klasifikasi
from kinerja.planning.targets import Target


class Tingkat(StrEnum):
    GALAT = "galat"
    PERINGATAN = "peringatan"
    INFO = "info"


@dataclass(frozen=True)
class Temuan:
    aturan: str
    tingkat: Tingkat
    pesan: str
    tabel: str
    baris: str
    tercatat: str | None = None
    seharusnya: str | None = None


Lapor = Callable[..., Temuan]

# What a count or a claim is about. The English says each in the singular ("per indicator"),
# so one word serves every sentence it is put in.
SASARAN = Pesan("sasaran")
INDIKATOR = Pesan("indikator")


@dataclass(frozen=True)
class AturanReviu:
    id: str
    tingkat: Tingkat
    judul: str
    penjelasan: str
    periksa: Callable[[FaktaReviu, Lapor], Iterator[Temuan]]

    def temuan(self, pesan, tabel, baris, tercatat=None, seharusnya=None) -> Temuan:
        return Temuan(self.id, self.tingkat, pesan, tabel, baris, tercatat, seharusnya)


def _pct(value: Decimal | None) -> str:
    return Pesan("tidak dinilai") if value is None else format_persen(value)


def _num(value: Decimal | None) -> str:
    return "–" if value is None else format_desimal(value)


def _rp(value: Decimal | None) -> str:
    return "–" if value is None else format_rupiah(value)


def _target(value: Target | None) -> str:
    return "–" if value is None else str(value)


def _baris(urutan: int) -> str:
    return Pesan("baris %(urutan)s", urutan=urutan)


def _daftar(pairs) -> str:
    """ "name: value; name: value", keeping the parts that are translatable translatable."""
    return gabung("; ", [name + ": " + value for name, value in pairs])


def _tercapai(capaian: Decimal) -> bool:
    # As printed: 99,996 is shown as 100,00% and read as met.
    return round_half_up(capaian) >= SERATUS


def _membandingkan(pembanding: str, kiri: Decimal, kanan: Decimal) -> bool:
    kiri = round_half_up(kiri)
    return {
        "=": kiri == round_half_up(kanan),
        ">": kiri > kanan,
        "≥": kiri >= kanan,
        "<": kiri < kanan,
        "≤": kiri <= kanan,
    }[pembanding]


def _stated(fakta: FaktaReviu, besaran: str) -> Iterator[NilaiTercatat]:
    return (stated for stated in fakta.nilai_tercatat if stated.besaran == besaran)


def _own_table(fakta: FaktaReviu, stated: NilaiTercatat, besaran: str) -> Decimal | None:
    """A figure the same table states beside `stated` (same source, same subject)."""
    for other in fakta.nilai_tercatat:
        if (
            other.besaran == besaran
            and other.sumber == stated.sumber
            and other.indikator_kode == stated.indikator_kode
            and other.kegiatan_kode == stated.kegiatan_kode
            and other.nilai is not None
        ):
            return other.nilai
    return None


# --- Budget -----------------------------------------------------------------------------------


def anggaran_melebihi_pagu(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for kode, item in sorted(fakta.anggaran.items()):
        if item.pagu is not None and item.realisasi is not None and item.realisasi > item.pagu:
            yield lapor(
                Pesan(
                    "Realisasi anggaran kegiatan %(kode)s (%(realisasi)s) melebihi pagunya "
                    "(%(pagu)s) sebesar %(selisih)s.",
                    kode=kode,
                    realisasi=format_rupiah(item.realisasi),
                    pagu=format_rupiah(item.pagu),
                    selisih=format_rupiah(item.realisasi - item.pagu),
                ),
                Pesan("Realisasi anggaran"),
                kode,
                format_rupiah(item.realisasi),
                f"≤ {format_rupiah(item.pagu)}",
            )


def pagu_berbeda_tanpa_revisi(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    sources: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    revised = {row.kegiatan_kode for row in fakta.pagu if row.jenis == "revisi"}
    for pk in fakta.perjanjian:
        for line in pk.anggaran:
            if line.kegiatan_kode:
                sources[line.kegiatan_kode].append((pk.nama, line.jumlah))
    for row in fakta.pagu:
        if row.jenis != "revisi":
            sources[row.kegiatan_kode].append((row.sumber, row.jumlah))
    for stated in _stated(fakta, "pagu"):
        if stated.kegiatan_kode and stated.nilai is not None:
            sources[stated.kegiatan_kode].append((stated.sumber, stated.nilai))
    for kode in sorted(sources):
        if kode in revised:
            continue
        amounts = {amount for _, amount in sources[kode]}
        if len(amounts) > 1:
            listing = _daftar((source, format_rupiah(amount)) for source, amount in sources[kode])
            yield lapor(
                Pesan(
                    "Kegiatan %(kode)s memiliki %(jumlah)s nilai pagu berbeda tanpa revisi "
                    "tercatat — %(daftar)s.",
                    kode=kode,
                    jumlah=len(amounts),
                    daftar=listing,
                ),
                Pesan("Pagu"),
                kode,
                ", ".join(format_rupiah(amount) for amount in sorted(amounts)),
                Pesan("satu pagu, atau revisi bertanggal dengan alasan"),
            )


def pk_induk_diganti(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for pk in fakta.perjanjian:
        if pk.induk_diganti is None:
            continue
        parent, replacement = pk.induk_diganti
        now = (
            Pesan("sudah diganti %(pengganti)s", pengganti=replacement)
            if replacement
            else Pesan("tidak berlaku (belum ditandatangani atau sudah diganti)")
        )
        yield lapor(
            Pesan(
                "%(pk)s diturunkan dari %(induk)s, yang %(kini)s; revisi PK ini agar baris dan "
                "targetnya menurun dari PK induk yang berlaku.",
                pk=pk.nama,
                induk=parent,
                kini=now,
            ),
            pk.nama,
            "",
            parent,
            replacement or Pesan("PK induk yang berlaku"),
        )


def total_pk_beda_pagu(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    revised = {row.kegiatan_kode for row in fakta.pagu if row.jenis == "revisi"}
    for pk in fakta.pk_satker:
        if not pk.anggaran:
            continue
        programs = {line.program for line in pk.anggaran if line.program}
        covered = sorted(
            {line.kegiatan_kode for line in pk.anggaran if line.kegiatan_kode}
            | {kode for kode, item in fakta.anggaran.items() if item.program in programs}
        )
        amounts = [fakta.anggaran[kode].pagu for kode in covered if kode in fakta.anggaran]
        amounts = [amount for amount in amounts if amount is not None]
        if not amounts or any(kode in revised for kode in covered):
            continue
        total = pk.total_anggaran_tercatat
        if total is None:
            total = sum((line.jumlah for line in pk.anggaran), Decimal(0))
        pagu = sum(amounts, Decimal(0))
        if total != pagu:
            yield temuan_total_pk_beda_pagu(lapor, pk.nama, total, covered, pagu)


def temuan_total_pk_beda_pagu(
    lapor: Lapor, nama_pk: str, total: Decimal, kegiatan: list[str], pagu: Decimal
) -> Temuan:
    """The finding of total-pk-beda-pagu, said the same whether the figures come from the
    database or from a report read by kinerja periksa-lk."""
    return lapor(
        Pesan(
            "Total anggaran %(pk)s %(total)s berbeda dengan jumlah pagu kegiatan yang "
            "dicakupnya (%(kegiatan)s) %(pagu)s, tanpa revisi pagu tercatat.",
            pk=nama_pk,
            total=format_rupiah(total),
            kegiatan=", ".join(kegiatan),
            pagu=format_rupiah(pagu),
        ),
        nama_pk,
        Pesan("total anggaran"),
        format_rupiah(total),
        format_rupiah(pagu),
    )


def serapan_tercatat_salah(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for kode, item in sorted(fakta.anggaran.items()):
        printed = [
            (source, value, item.realisasi, item.pagu) for source, value in item.serapan_tercatat
        ]
        for stated in _stated(fakta, "serapan"):
            if stated.kegiatan_kode != kode or stated.nilai is None:
                continue
            # A percentage is checked against the figures of its own table first; where those
            # figures differ from the data, angka-tercatat-beda-data says so.
            own_spent = _own_table(fakta, stated, "realisasi_anggaran")
            own_pagu = _own_table(fakta, stated, "pagu")
            if own_spent is not None and own_pagu is not None:
                printed.append((stated.sumber, stated.nilai, own_spent, own_pagu))
            else:
                printed.append((stated.sumber, stated.nilai, item.realisasi, item.pagu))
        for source, value, spent, pagu in printed:
            expected = serapan(spent, pagu)
            if beda_tercetak(value, expected):
                yield lapor(
                    Pesan(
                        "%(sumber)s mencetak serapan kegiatan %(kode)s %(tercetak)s; realisasi "
                        "%(realisasi)s ÷ pagu %(pagu)s = %(hitungan)s.",
                        sumber=source,
                        kode=kode,
                        tercetak=_pct(value),
                        realisasi=_rp(spent),
                        pagu=_rp(pagu),
                        hitungan=_pct(expected),
                    ),
                    source,
                    kode,
                    _pct(value),
                    _pct(expected),
                )


# --- Agreements and plans ----------------------------------------------------------------------


def indikator_diukur_tanpa_pk(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    if not fakta.pk_satker:
        return
    in_pk = {line.kode for pk in fakta.pk_satker for line in pk.baris}
    for kode, row in fakta.pengukuran.items():
        measured = row.realisasi is not None or row.realisasi_teks
        if measured and kode not in in_pk:
            where = " (" + row.sumber + ")" if row.sumber else ""
            yield lapor(
                Pesan(
                    "Indikator %(indikator)s diukur%(sumber)s tetapi tidak tercantum di PK "
                    "satker yang ditandatangani.",
                    indikator=fakta.nama(kode),
                    sumber=where,
                ),
                row.sumber or Pesan("Pengukuran"),
                kode,
            )


def indikator_pk_tidak_diukur(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for pk in fakta.pk_satker:
        for line in pk.baris:
            measured = fakta.pengukuran.get(line.kode)
            if measured is None or (measured.realisasi is None and not measured.realisasi_teks):
                yield lapor(
                    Pesan(
                        "Indikator PK %(indikator)s (target %(target)s) tidak memiliki "
                        "realisasi tahun %(tahun)s.",
                        indikator=fakta.nama(line.kode),
                        target=_target(line.target),
                        tahun=fakta.tahun,
                    ),
                    pk.nama,
                    _baris(line.urutan),
                )


def target_pk_beda_rkt(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    rkt = {line.kode: line for line in fakta.rkt}
    for pk in fakta.pk_satker:
        for line in pk.baris:
            planned = rkt.get(line.kode)
            if planned is not None and planned.target != line.target:
                yield lapor(
                    Pesan(
                        "Target %(indikator)s di PK (%(target_pk)s) berbeda dengan RKT "
                        "(%(target_rkt)s).",
                        indikator=fakta.nama(line.kode),
                        target_pk=_target(line.target),
                        target_rkt=_target(planned.target),
                    ),
                    pk.nama,
                    _baris(line.urutan),
                    _target(line.target),
                    _target(planned.target),
                )


def target_pk_beda_terukur(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for pk in fakta.pk_satker:
        for line in pk.baris:
            measured = fakta.pengukuran.get(line.kode)
            if measured is None:
                continue
            # The document's own target where it printed one (Kinerja measures against the
            # PK's), else the target the year was measured against.
            used = measured.target_tercetak or measured.target
            if used is not None and used != line.target:
                yield lapor(
                    Pesan(
                        "%(indikator)s diukur terhadap target %(target)s (%(sumber)s), "
                        "sedangkan target PK %(target_pk)s.",
                        indikator=fakta.nama(line.kode),
                        target=_target(used),
                        sumber=measured.sumber,
                        target_pk=_target(line.target),
                    ),
                    measured.sumber,
                    line.kode,
                    _target(used),
                    _target(line.target),
                )


def target_unit_beda_induk(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for pk in fakta.perjanjian:
        for line in pk.baris:
            if line.induk_target is not None and line.induk_target != line.target:
                yield lapor(
                    Pesan(
                        "Target %(indikator)s di %(pk)s (%(target)s) berbeda dengan PK "
                        "induknya (%(target_induk)s).",
                        indikator=fakta.nama(line.kode),
                        pk=pk.nama,
                        target=_target(line.target),
                        target_induk=_target(line.induk_target),
                    ),
                    pk.nama,
                    _baris(line.urutan),
                    _target(line.target),
                    _target(line.induk_target),
                )


def baris_pk_tanpa_induk(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for pk in fakta.perjanjian:
        for line in pk.baris:
            if line.masalah_telusur:
                yield lapor(
                    Pesan(
                        'Baris "%(teks)s" di %(pk)s tidak tertelusur: %(masalah)s',
                        teks=line.teks,
                        pk=pk.nama,
                        masalah=line.masalah_telusur,
                    ),
                    pk.nama,
                    _baris(line.urutan),
                )


def target_pk_tercatat_beda(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    signed = {line.kode: line for pk in fakta.pk_satker for line in pk.baris}
    if not signed:
        return
    for stated in _stated(fakta, "target_pk"):
        line = signed.get(stated.indikator_kode)
        if line is None:
            yield lapor(
                Pesan(
                    '%(sumber)s mengutip "%(teks)s" sebagai indikator PK, padahal indikator itu '
                    "tidak ada di PK yang ditandatangani.",
                    sumber=stated.sumber,
                    teks=stated.teks,
                ),
                stated.sumber,
                _baris(stated.urutan),
                stated.teks,
                Pesan("tidak ada di PK"),
            )
        elif line.target.angka != stated.nilai:
            yield lapor(
                Pesan(
                    "%(sumber)s mengutip target %(target)s untuk %(indikator)s; PK yang "
                    "ditandatangani %(target_pk)s.",
                    sumber=stated.sumber,
                    target=_num(stated.nilai),
                    indikator=fakta.nama(stated.indikator_kode),
                    target_pk=_target(line.target),
                ),
                stated.sumber,
                _baris(stated.urutan),
                _num(stated.nilai),
                _target(line.target),
            )


# --- Measurement -----------------------------------------------------------------------------


def realisasi_tanpa_pelaksanaan(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    not_executed = {
        stated.kegiatan_kode: stated
        for stated in _stated(fakta, "pelaksanaan")
        if "tidak dilaksanakan" in stated.teks.lower()
    }
    for kode, row in fakta.pengukuran.items():
        if row.realisasi is None or row.realisasi == 0:
            continue
        kegiatan = fakta.indikator[kode].kegiatan_kode
        budget = fakta.anggaran.get(kegiatan)
        reasons = []
        if kegiatan in not_executed:
            reasons.append(
                Pesan(
                    "%(sumber)s menyatakan kegiatannya tidak dilaksanakan",
                    sumber=not_executed[kegiatan].sumber,
                )
            )
        if budget and budget.realisasi == 0 and budget.pagu:
            reasons.append(
                Pesan(
                    "realisasi anggaran kegiatan %(kegiatan)s Rp 0 dari pagu %(pagu)s",
                    kegiatan=kegiatan,
                    pagu=format_rupiah(budget.pagu),
                )
            )
        if reasons:
            because = (
                Pesan("%(pertama)s dan %(kedua)s", pertama=reasons[0], kedua=reasons[1])
                if len(reasons) == 2
                else reasons[0]
            )
            yield lapor(
                Pesan(
                    "%(indikator)s dilaporkan berealisasi %(realisasi)s, padahal %(alasan)s.",
                    indikator=fakta.nama(kode),
                    realisasi=_num(row.realisasi),
                    alasan=because,
                ),
                row.sumber,
                kode,
                _num(row.realisasi),
                Pesan("tidak dilaksanakan (tanpa nilai)"),
            )


def realisasi_periode_beda_tahunan(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for kode, row in fakta.pengukuran.items():
        if row.realisasi_periode is None or row.realisasi is None:
            continue
        if row.realisasi_periode != row.realisasi:
            yield lapor(
                Pesan(
                    "Realisasi tahunan %(indikator)s %(realisasi)s (%(sumber)s) berbeda dengan "
                    "gabungan realisasi periodenya (%(periode)s) %(realisasi_periode)s.",
                    indikator=fakta.nama(kode),
                    realisasi=_num(row.realisasi),
                    sumber=row.sumber,
                    periode=row.periode,
                    realisasi_periode=_num(row.realisasi_periode),
                ),
                row.sumber,
                kode,
                _num(row.realisasi),
                _num(row.realisasi_periode),
            )


def capaian_rendah_tanpa_hambatan(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    by_kegiatan = {row.kegiatan_kode for row in fakta.hambatan if row.kegiatan_kode}
    by_indicator = {row.indikator_kode for row in fakta.hambatan if row.indikator_kode}
    by_sasaran = {row.sasaran for row in fakta.hambatan if row.sasaran}
    for kode, row in fakta.pengukuran.items():
        value = row.hasil.nilai
        # As printed: 99,996 is shown as 100,00% and is not below a threshold of 100.
        if value is None or round_half_up(value) >= fakta.ambang_capaian:
            continue
        indikator = fakta.indikator[kode]
        if (
            kode in by_indicator
            or indikator.kegiatan_kode in by_kegiatan
            or (indikator.sasaran and indikator.sasaran in by_sasaran)
        ):
            continue
        yield lapor(
            Pesan(
                "Capaian %(indikator)s %(capaian)s di bawah ambang %(ambang)s tanpa "
                "hambatan/upaya untuk indikator, sasaran maupun kegiatannya.",
                indikator=fakta.nama(kode),
                capaian=_pct(value),
                ambang=_pct(fakta.ambang_capaian),
            ),
            row.sumber,
            kode,
            _pct(value),
            "≥ " + _pct(fakta.ambang_capaian),
        )


def _plafon_dinyatakan(fakta: FaktaReviu, kode: str) -> bool:
    # The cap in force for this indicator (its own, else the satker's; none when it says
    # "tanpa"), or one a document states.
    return fakta.indikator[kode].aturan.plafon is not None or any(
        True for _ in _stated(fakta, "plafon")
    )


def _dipotong(
    fakta: FaktaReviu, kode: str, printed: Decimal | None, uncapped: Decimal | None
) -> bool:
    """A printed capaian that is exactly a usual cap while the computed one is above it, with
    no cap stated anywhere: most likely cut to the cap without saying so."""
    return (
        printed is not None
        and uncapped is not None
        and round_half_up(printed) in PLAFON_YANG_DIIZINKAN
        and uncapped > printed
        and not _plafon_dinyatakan(fakta, kode)
    )


def _dipotong_ke_plafon_tercatat(
    fakta: FaktaReviu, printed: Decimal, uncapped: Decimal | None
) -> bool:
    """A printed capaian cut to a cap the document states is right by that cap; a stated cap
    other than the satker's is pengaturan-tercatat-beda's to report, once."""
    caps = {stated.nilai for stated in _stated(fakta, "plafon") if stated.nilai is not None}
    return uncapped is not None and uncapped > printed and round_half_up(printed) in caps


def _capaian_printed(
    fakta: FaktaReviu,
) -> Iterator[tuple[str, str, Decimal, HasilCapaian, Target | None, Decimal | None]]:
    """(source, indicator, printed capaian, the capaian its own figures give, and those
    figures: target and realisation)."""
    for kode, row in fakta.pengukuran.items():
        if row.capaian_tercatat is not None:
            yield row.sumber, kode, row.capaian_tercatat, row.hasil, row.target, row.realisasi
    for stated in _stated(fakta, "capaian"):
        if stated.indikator_kode not in fakta.pengukuran or stated.nilai is None:
            continue
        row = fakta.pengukuran[stated.indikator_kode]
        own_target = _own_table(fakta, stated, "target")
        own_value = _own_table(fakta, stated, "realisasi")
        if own_target is not None and own_value is not None:
            target, realisasi = Target(own_target), own_value
            computed = hitung_capaian_tertulis(
                target, realisasi, "", fakta.indikator[stated.indikator_kode].aturan
            )
        else:
            target, realisasi, computed = row.target, row.realisasi, row.hasil
        yield stated.sumber, stated.indikator_kode, stated.nilai, computed, target, realisasi


def capaian_tercatat_salah(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for source, kode, printed, computed, target, realisasi in _capaian_printed(fakta):
        # Uncapped from the same figures the printed value is checked against (its own
        # table's when it prints them), never the data's.
        uncapped = computed.nilai_tanpa_plafon
        if (
            beda_tercetak(printed, computed.nilai)
            and not _dipotong(fakta, kode, printed, uncapped)
            and not _dipotong_ke_plafon_tercatat(fakta, printed, uncapped)
        ):
            yield lapor(
                Pesan(
                    "Capaian %(indikator)s tercetak %(tercetak)s di %(sumber)s; dari target "
                    "%(target)s dan realisasi %(realisasi)s menurut %(aturan)s hasilnya "
                    "%(hasil)s.",
                    indikator=fakta.nama(kode),
                    tercetak=_pct(printed),
                    sumber=source,
                    target=_target(target),
                    realisasi=_num(realisasi),
                    aturan=computed.aturan,
                    hasil=_pct(computed.nilai),
                ),
                source,
                kode,
                _pct(printed),
                _pct(computed.nilai),
            )


def capaian_dipotong_tanpa_plafon(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for source, kode, printed, computed, *_ in _capaian_printed(fakta):
        uncapped = computed.nilai_tanpa_plafon
        if _dipotong(fakta, kode, printed, uncapped):
            yield lapor(
                Pesan(
                    "Capaian %(indikator)s tercetak %(tercetak)s di %(sumber)s, padahal "
                    "hitungannya %(hitungan)s: dipotong %(plafon)s%% tanpa plafon yang "
                    "dinyatakan.",
                    indikator=fakta.nama(kode),
                    tercetak=_pct(printed),
                    sumber=source,
                    hitungan=_pct(uncapped),
                    plafon=format_desimal(printed),
                ),
                source,
                kode,
                _pct(printed),
                _pct(uncapped),
            )


def angka_tercatat_beda_data(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    # The Lampiran's "Hasil Tahun 2024 Target" column is ambiguous (result or target): not
    # compared.
    labels = {
        "target": Pesan("target"),
        "realisasi": Pesan("realisasi"),
        "realisasi_anggaran": Pesan("realisasi anggaran"),
    }
    for stated in fakta.nilai_tercatat:
        if stated.besaran not in labels or stated.nilai is None:
            continue
        if stated.besaran == "realisasi_anggaran":
            item = fakta.anggaran.get(stated.kegiatan_kode)
            held = item.realisasi if item else None
            show = format_rupiah
        else:
            row = fakta.pengukuran.get(stated.indikator_kode)
            if row is None:
                continue
            if stated.besaran == "realisasi":
                held = row.realisasi
            else:
                held = row.target.angka if row.target is not None else None
            show = _num
        if held is not None and held != stated.nilai:
            subject = (
                stated.kegiatan_kode
                if stated.besaran == "realisasi_anggaran"
                else fakta.nama(stated.indikator_kode)
            )
            yield lapor(
                Pesan(
                    "%(sumber)s mencetak %(besaran)s %(tercetak)s untuk %(subjek)s; data yang "
                    "berlaku %(data)s.",
                    sumber=stated.sumber,
                    besaran=labels[stated.besaran],
                    tercetak=show(stated.nilai),
                    subjek=subject,
                    data=show(held),
                ),
                stated.sumber,
                stated.indikator_kode or stated.kegiatan_kode or "",
                show(stated.nilai),
                show(held),
            )


# --- Totals, counts and claims ---------------------------------------------------------------


def total_tercatat_salah(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    total_serapan = serapan(fakta.realisasi_total, fakta.pagu_total)
    counts = {
        "jumlah_sasaran": (SASARAN, fakta.jumlah_sasaran),
        "jumlah_indikator": (INDIKATOR, len(fakta.pengukuran)),
        "jumlah_iku": ("IKU", sum(1 for item in fakta.indikator.values() if item.iku)),
    }
    for stated in fakta.nilai_tercatat:
        if stated.besaran == "capaian_satker" and beda_tercetak(stated.nilai, fakta.capaian_satker):
            yield lapor(
                Pesan(
                    "%(sumber)s menyatakan capaian satker %(tercetak)s; rata-rata capaian "
                    "%(jumlah)s sasaran yang dihitung %(hitungan)s.",
                    sumber=stated.sumber,
                    tercetak=_pct(stated.nilai),
                    jumlah=fakta.jumlah_sasaran,
                    hitungan=_pct(fakta.capaian_satker),
                ),
                stated.sumber,
                stated.label,
                _pct(stated.nilai),
                _pct(fakta.capaian_satker),
            )
        elif stated.besaran == "serapan_satker" and beda_tercetak(stated.nilai, total_serapan):
            per_source = ""
            if len(fakta.anggaran_per_sumber_dana) > 1:
                # Which source the report may have counted alone.
                per_source = Pesan(
                    "; serapan per sumber dana: %(daftar)s",
                    daftar=gabung(
                        "; ",
                        [
                            source + " " + _pct(serapan(spent, pagu))
                            for source, (pagu, spent) in fakta.anggaran_per_sumber_dana.items()
                        ],
                    ),
                )
            yield lapor(
                Pesan(
                    "%(sumber)s menyatakan serapan anggaran %(tercetak)s; total realisasi "
                    "%(realisasi)s ÷ total pagu %(pagu)s = %(hitungan)s%(per_sumber)s.",
                    sumber=stated.sumber,
                    tercetak=_pct(stated.nilai),
                    realisasi=_rp(fakta.realisasi_total),
                    pagu=_rp(fakta.pagu_total),
                    hitungan=_pct(total_serapan),
                    per_sumber=per_source,
                ),
                stated.sumber,
                stated.label,
                _pct(stated.nilai),
                _pct(total_serapan),
            )
        elif stated.besaran in counts and stated.nilai is not None:
            noun, held = counts[stated.besaran]
            if stated.nilai != held:
                yield lapor(
                    Pesan(
                        "%(sumber)s menyebut %(tercetak)s %(satuan)s; pengukurannya memuat "
                        "%(jumlah)s %(satuan)s.",
                        sumber=stated.sumber,
                        tercetak=_num(stated.nilai),
                        satuan=noun,
                        jumlah=held,
                    ),
                    stated.sumber,
                    stated.label,
                    _num(stated.nilai),
                    str(held),
                )
    for pk in fakta.perjanjian:
        total = sum((line.jumlah for line in pk.anggaran), Decimal(0))
        if pk.total_anggaran_tercatat is not None and pk.total_anggaran_tercatat != total:
            yield lapor(
                Pesan(
                    "Total anggaran %(pk)s tercetak %(tercetak)s; jumlah barisnya %(jumlah)s.",
                    pk=pk.nama,
                    tercetak=format_rupiah(pk.total_anggaran_tercatat),
                    jumlah=format_rupiah(total),
                ),
                pk.nama,
                Pesan("total anggaran"),
                format_rupiah(pk.total_anggaran_tercatat),
                format_rupiah(total),
            )


def _cakupan(
    fakta: FaktaReviu, stated: NilaiTercatat
) -> tuple[str, list[tuple[str, Decimal | None]]]:
    """(what the claim is about, [(unit, its capaian)]) for the claim's scope."""
    if stated.cakupan == "sasaran":
        groups = [
            group
            for group in fakta.sasaran
            if (not stated.kegiatan_kode or stated.kegiatan_kode in group.kegiatan_kode)
            and (not stated.sasaran or stated.sasaran == group.label)
        ]
        return SASARAN, [(group.label, group.capaian) for group in groups]
    rows = [
        (kode, row)
        for kode, row in fakta.pengukuran.items()
        if (stated.cakupan != "iku" or fakta.indikator[kode].iku)
        and (
            not stated.kegiatan_kode or fakta.indikator[kode].kegiatan_kode == stated.kegiatan_kode
        )
        and (not stated.indikator_kode or kode == stated.indikator_kode)
        and (not stated.sasaran or fakta.indikator[kode].sasaran == stated.sasaran)
    ]
    noun = "IKU" if stated.cakupan == "iku" else INDIKATOR
    return noun, [(fakta.nama(kode), row.hasil.nilai) for kode, row in rows]


def klaim_target_tercapai(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for stated in fakta.nilai_tercatat:
        if stated.besaran not in ("klaim_tercapai", "jumlah_tercapai"):
            continue
        noun, units = _cakupan(fakta, stated)
        assessed = [(name, value) for name, value in units if value is not None]
        missed = [(name, value) for name, value in assessed if not _tercapai(value)]
        if stated.besaran == "klaim_tercapai":
            if missed:
                listing = _daftar((name, _pct(value)) for name, value in missed)
                which = (
                    Pesan("satu-satunya %(satuan)s yang dinilai", satuan=noun)
                    if len(assessed) == 1
                    else Pesan(
                        "%(gagal)s dari %(jumlah)s %(satuan)s yang dinilai",
                        gagal=len(missed),
                        jumlah=len(assessed),
                        satuan=noun,
                    )
                )
                yield lapor(
                    Pesan(
                        '%(sumber)s menyatakan "%(teks)s", padahal %(yang)s di bawah target — '
                        "%(daftar)s.",
                        sumber=stated.sumber,
                        teks=stated.teks,
                        yang=which,
                        daftar=listing,
                    ),
                    stated.sumber,
                    stated.label,
                    Pesan("semua %(satuan)s tercapai", satuan=noun),
                    Pesan(
                        "%(tercapai)s dari %(jumlah)s tercapai",
                        tercapai=len(assessed) - len(missed),
                        jumlah=len(assessed),
                    ),
                )
            continue
        met, total = len(assessed) - len(missed), len(units)
        if stated.nilai != met or (stated.dari is not None and stated.dari != total):
            yield lapor(
                Pesan(
                    "%(sumber)s menyatakan %(tercapai)s dari %(dari)s %(satuan)s tercapai; "
                    "hitungannya %(hitungan)s dari %(jumlah)s.",
                    sumber=stated.sumber,
                    tercapai=_num(stated.nilai),
                    dari=_num(stated.dari),
                    satuan=noun,
                    hitungan=met,
                    jumlah=total,
                ),
                stated.sumber,
                stated.label,
                Pesan(
                    "%(tercapai)s dari %(jumlah)s",
                    tercapai=_num(stated.nilai),
                    jumlah=_num(stated.dari),
                ),
                Pesan("%(tercapai)s dari %(jumlah)s", tercapai=met, jumlah=total),
            )


def klaim_capaian(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for stated in fakta.nilai_tercatat:
        if stated.besaran not in ("rata_rata_capaian", "batas_capaian") or stated.nilai is None:
            continue
        noun, units = _cakupan(fakta, stated)
        claim = f"{stated.pembanding} {format_persen(stated.nilai)}"
        if stated.besaran == "rata_rata_capaian":
            assessed = [value for _, value in units if value is not None]
            mean = rata_rata(assessed)
            if mean is not None and not _membandingkan(stated.pembanding, mean, stated.nilai):
                yield lapor(
                    Pesan(
                        '%(sumber)s menyatakan "%(teks)s" (rata-rata capaian %(klaim)s); '
                        "rata-rata capaian %(jumlah)s %(satuan)s yang dinilai %(rata)s.",
                        sumber=stated.sumber,
                        teks=stated.teks,
                        klaim=claim,
                        jumlah=len(assessed),
                        satuan=noun,
                        rata=_pct(mean),
                    ),
                    stated.sumber,
                    stated.label,
                    claim,
                    _pct(mean),
                )
            continue
        outside = [
            (name, value)
            for name, value in units
            if value is not None and not _membandingkan(stated.pembanding, value, stated.nilai)
        ]
        if outside:
            listing = _daftar((name, _pct(value)) for name, value in outside)
            yield lapor(
                Pesan(
                    '%(sumber)s menyatakan "%(teks)s" (setiap capaian %(klaim)s); %(jumlah)s '
                    "%(satuan)s tidak — %(daftar)s.",
                    sumber=stated.sumber,
                    teks=stated.teks,
                    klaim=claim,
                    jumlah=len(outside),
                    satuan=noun,
                    daftar=listing,
                ),
                stated.sumber,
                stated.label,
                claim,
                Pesan("%(jumlah)s %(satuan)s di luar batas", jumlah=len(outside), satuan=noun),
            )


def predikat_tercatat_salah(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for stated in fakta.nilai_tercatat:
        if stated.besaran == "nilai_sakip" and stated.nilai is not None and stated.teks:
            expected = klasifikasi(stated.nilai, PERMENPANRB_88_2021)
            if expected and expected.predikat != stated.teks.strip():
                yield lapor(
                    Pesan(
                        '%(sumber)s: nilai %(nilai)s disebut berpredikat "%(teks)s"; menurut '
                        "%(skala)s predikatnya %(predikat)s (%(keterangan)s).",
                        sumber=stated.sumber,
                        nilai=_num(stated.nilai),
                        teks=stated.teks,
                        skala=PERMENPANRB_88_2021.nama,
                        predikat=expected.predikat,
                        keterangan=expected.keterangan,
                    ),
                    stated.sumber,
                    stated.label,
                    stated.teks,
                    expected.predikat,
                )
        elif stated.besaran == "kategori" and stated.teks:
            expected = klasifikasi(fakta.capaian_satker, fakta.skala)
            if expected and expected.predikat.lower() != stated.teks.strip().lower():
                yield lapor(
                    Pesan(
                        '%(sumber)s menggolongkan capaian satker "%(teks)s"; capaian yang '
                        'dihitung %(capaian)s menurut %(skala)s tergolong "%(predikat)s".',
                        sumber=stated.sumber,
                        teks=stated.teks,
                        capaian=_pct(fakta.capaian_satker),
                        skala=fakta.skala.nama,
                        predikat=expected.predikat,
                    ),
                    stated.sumber,
                    stated.label,
                    stated.teks,
                    expected.predikat,
                )


# How documents name the preset scales, besides their Kinerja names.
NAMA_SKALA = {
    "lan-4-pita": ("lan", "lembaga administrasi negara"),
    "permenpanrb-88-2021": ("88/2021", "88 tahun 2021"),
    "permendagri-5-pita": ("permendagri", "86/2017", "86 tahun 2017"),
    "lakip-6-pita": ("lakip",),
}


def _skala_disebut(teks: str, skala) -> bool:
    """Whether a document's words name the scale the satker measures with."""
    words = " ".join(teks.lower().split())
    if not words or words in skala.nama.lower() or skala.kode in words:
        return True
    return any(
        alias == words or f" {alias} " in f" {words} " for alias in NAMA_SKALA.get(skala.kode, ())
    )


def pengaturan_tercatat_beda(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for stated in _stated(fakta, "skala"):
        if not _skala_disebut(stated.teks, fakta.skala):
            yield lapor(
                Pesan(
                    '%(sumber)s menyatakan skala "%(teks)s"; pengukuran memakai %(skala)s.',
                    sumber=stated.sumber,
                    teks=stated.teks,
                    skala=fakta.skala.nama,
                ),
                stated.sumber,
                stated.label,
                stated.teks,
                fakta.skala.nama,
            )
    for stated in _stated(fakta, "plafon"):
        if stated.nilai != fakta.plafon:
            used = (
                Pesan("tanpa plafon")
                if fakta.plafon is None
                else Pesan("plafon %(plafon)s%%", plafon=_num(fakta.plafon))
            )
            yield lapor(
                Pesan(
                    "%(sumber)s menyatakan plafon capaian %(plafon)s%%; pengukuran memakai "
                    "%(dipakai)s.",
                    sumber=stated.sumber,
                    plafon=_num(stated.nilai),
                    dipakai=used,
                ),
                stated.sumber,
                stated.label,
                f"{_num(stated.nilai)}%",
                used,
            )


def skala_bermasalah(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for problem in fakta.masalah_skala:
        yield lapor(
            Pesan(
                "Skala predikat satker (%(skala)s) cacat: %(masalah)s",
                skala=fakta.skala.nama,
                masalah=problem,
            ),
            Pesan("Pengaturan pengukuran"),
            fakta.skala.kode,
        )


def indikator_jumlah_bersatuan_persen(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for kode, item in fakta.indikator.items():
        if item.nama.strip().lower().startswith("jumlah") and item.satuan.strip() == "%":
            yield lapor(
                Pesan(
                    'Indikator %(indikator)s menyebut "Jumlah" (cacah), tetapi targetnya dalam '
                    "persen.",
                    indikator=fakta.nama(kode),
                ),
                Pesan("Indikator"),
                kode,
                "%",
                Pesan("satuan cacah (dokumen, laporan, …) atau nama indikator persentase"),
            )


def indikator_disebut_tidak_diukur(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for stated in _stated(fakta, "indikator"):
        names = [
            fakta.indikator[kode].nama.lower()
            for kode in fakta.pengukuran
            if fakta.indikator[kode].kegiatan_kode == stated.kegiatan_kode
        ]
        if not any(stated.teks.lower() in name or name in stated.teks.lower() for name in names):
            yield lapor(
                Pesan(
                    '%(sumber)s menyebut indikator "%(teks)s" untuk kegiatan %(kegiatan)s, yang '
                    "tidak diukur untuk kegiatan itu.",
                    sumber=stated.sumber,
                    teks=stated.teks,
                    kegiatan=stated.kegiatan_kode,
                ),
                stated.sumber,
                stated.kegiatan_kode or "",
                stated.teks,
            )


# --- People and organisation -------------------------------------------------------------------


def nilai_tidak_sah(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for pk in fakta.perjanjian:
        for pihak, nama, printed in pk.pihak:
            if not printed:
                continue
            errors = nip_errors(normalise_nip(printed))
            if errors:
                yield lapor(
                    Pesan(
                        'NIP %(nama)s (%(pihak)s) tercetak "%(tercetak)s" di %(pk)s: %(galat)s',
                        nama=nama,
                        pihak=pihak,
                        tercetak=printed,
                        pk=pk.nama,
                        galat=gabung(" ", errors),
                    ),
                    pk.nama,
                    pihak + ": " + nama,
                    printed,
                    Pesan("NIP 18 digit yang sah"),
                )


def _nama_kunci(nama: str) -> str:
    return " ".join(nama.split()).lower()


def nip_nama_beda(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for person in fakta.pegawai:
        if person.nip:
            names[person.nip][person.nama].append(f"{person.sumber} no. {person.nomor_urut}")
    for pk in fakta.perjanjian:
        for _, nama, printed in pk.pihak:
            nip = normalise_nip(printed) if printed else ""
            if nip and not nip_errors(nip):
                names[nip][nama].append(pk.nama)
    for nip, spellings in sorted(names.items()):
        distinct = {_nama_kunci(name) for name in spellings}
        if len(distinct) > 1:
            listing = "; ".join(
                f'"{name}" ({", ".join(dict.fromkeys(places))})'
                for name, places in spellings.items()
            )
            yield lapor(
                Pesan(
                    "NIP %(nip)s ditulis dengan nama berbeda: %(daftar)s.",
                    nip=format_nip(nip),
                    daftar=listing,
                ),
                Pesan("Pegawai dan PK"),
                format_nip(nip),
                ", ".join(spellings),
                Pesan("satu ejaan nama"),
            )


def unit_nama_beda(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    for unit in fakta.unit:
        if unit.nama_lain and _nama_kunci(unit.nama_lain) != _nama_kunci(unit.nama):
            yield lapor(
                Pesan(
                    'Unit "%(nama)s" disebut "%(nama_lain)s" di %(sumber)s.',
                    nama=unit.nama,
                    nama_lain=unit.nama_lain,
                    sumber=unit.nama_lain_sumber,
                ),
                unit.nama_lain_sumber or Pesan("Unit"),
                unit.nama,
                unit.nama_lain,
                unit.nama,
            )


def pegawai_ganda(fakta: FaktaReviu, lapor: Lapor) -> Iterator[Temuan]:
    seen: dict[str, list[str]] = defaultdict(list)
    for person in fakta.pegawai:
        seen[_nama_kunci(person.nama)].append(f"{person.sumber} no. {person.nomor_urut}")
    for person in fakta.pegawai:
        places = seen.get(_nama_kunci(person.nama), [])
        if len(places) > 1:
            yield lapor(
                Pesan(
                    'Nama "%(nama)s" tercantum %(kali)s kali di daftar pegawai (%(tempat)s): '
                    "satu orang tercatat dua kali, atau dua orang bernama sama yang perlu "
                    "dibedakan.",
                    nama=person.nama,
                    kali=len(places),
                    tempat="; ".join(places),
                ),
                Pesan("Pegawai"),
                person.nama,
            )
            seen.pop(_nama_kunci(person.nama))


KATALOG: tuple[AturanReviu, ...] = (
    AturanReviu(
        "anggaran-melebihi-pagu",
        Tingkat.GALAT,
        Pesan("Realisasi anggaran melebihi pagu"),
        Pesan("Realisasi anggaran suatu kegiatan lebih besar dari pagu yang berlaku."),
        anggaran_melebihi_pagu,
    ),
    AturanReviu(
        "indikator-diukur-tanpa-pk",
        Tingkat.PERINGATAN,
        Pesan("Indikator diukur tetapi tidak ada di PK"),
        Pesan(
            "Indikator yang realisasinya dilaporkan tidak tercantum di PK satker yang "
            "ditandatangani."
        ),
        indikator_diukur_tanpa_pk,
    ),
    AturanReviu(
        "indikator-pk-tidak-diukur",
        Tingkat.PERINGATAN,
        Pesan("Indikator PK tidak pernah diukur"),
        Pesan("Indikator yang diperjanjikan di PK satker tidak memiliki realisasi tahun ini."),
        indikator_pk_tidak_diukur,
    ),
    AturanReviu(
        "target-pk-beda-rkt",
        Tingkat.PERINGATAN,
        Pesan("Target PK berbeda dengan RKT"),
        Pesan("Target satu indikator di PK satker berbeda dengan targetnya di RKT."),
        target_pk_beda_rkt,
    ),
    AturanReviu(
        "target-pk-beda-terukur",
        Tingkat.PERINGATAN,
        Pesan("Target PK berbeda dengan target yang diukur"),
        Pesan("Realisasi diukur terhadap target yang berbeda dengan target PK satker."),
        target_pk_beda_terukur,
    ),
    AturanReviu(
        "target-unit-beda-induk",
        Tingkat.PERINGATAN,
        Pesan("Target PK unit berbeda dengan PK induk"),
        Pesan("Baris PK unit memakai target yang berbeda dengan baris PK induknya."),
        target_unit_beda_induk,
    ),
    AturanReviu(
        "baris-pk-tanpa-induk",
        Tingkat.GALAT,
        Pesan("Baris PK unit tanpa induk"),
        Pesan("Baris PK unit tidak tertelusur ke baris PK induk maupun baris RKT."),
        baris_pk_tanpa_induk,
    ),
    AturanReviu(
        "pagu-berbeda-tanpa-revisi",
        Tingkat.GALAT,
        Pesan("Pagu berbeda antar sumber tanpa revisi tercatat"),
        Pesan(
            "Satu kegiatan memiliki pagu yang berbeda di beberapa sumber (PK, laporan, "
            "lampiran) tanpa revisi pagu yang dicatat dengan tanggal dan alasannya."
        ),
        pagu_berbeda_tanpa_revisi,
    ),
    AturanReviu(
        "pk-induk-diganti",
        Tingkat.PERINGATAN,
        Pesan("PK diturunkan dari PK induk yang sudah diganti"),
        Pesan(
            "PK yang berlaku (PK unit, atau PK satker di bawah PK satker induknya) masih "
            "menurun dari PK induk yang sudah diganti revisi (atau belum ditandatangani); "
            "targetnya mungkin tidak lagi sesuai dengan PK induk yang berlaku."
        ),
        pk_induk_diganti,
    ),
    AturanReviu(
        "total-pk-beda-pagu",
        Tingkat.GALAT,
        Pesan("Total anggaran PK berbeda dengan pagu kegiatannya"),
        Pesan(
            "Total anggaran PK satker berbeda dengan jumlah pagu yang berlaku dari kegiatan yang "
            "dicakup programnya, tanpa revisi pagu tercatat."
        ),
        total_pk_beda_pagu,
    ),
    AturanReviu(
        "realisasi-tanpa-pelaksanaan",
        Tingkat.GALAT,
        Pesan("Realisasi dilaporkan untuk kegiatan yang tidak dilaksanakan"),
        Pesan(
            "Indikator berealisasi padahal kegiatannya dinyatakan tidak dilaksanakan "
            "atau realisasi anggarannya nol."
        ),
        realisasi_tanpa_pelaksanaan,
    ),
    AturanReviu(
        "realisasi-periode-beda-tahunan",
        Tingkat.PERINGATAN,
        Pesan("Realisasi tahunan berbeda dengan realisasi periodenya"),
        Pesan(
            "Realisasi tahunan suatu indikator berbeda dengan gabungan realisasi triwulan/bulannya "
            "menurut metode agregasi indikator itu."
        ),
        realisasi_periode_beda_tahunan,
    ),
    AturanReviu(
        "capaian-rendah-tanpa-hambatan",
        Tingkat.PERINGATAN,
        Pesan("Capaian di bawah ambang tanpa hambatan/upaya"),
        Pesan(
            "Capaian indikator di bawah ambang satker tetapi tidak ada hambatan dan upaya untuk "
            "indikatornya, sasarannya, maupun kegiatannya."
        ),
        capaian_rendah_tanpa_hambatan,
    ),
    AturanReviu(
        "capaian-tercatat-salah",
        Tingkat.GALAT,
        Pesan("Capaian tercatat berbeda dengan hitungan"),
        Pesan(
            "Capaian yang tercetak berbeda dengan capaian yang dihitung dari target dan "
            "realisasinya — dari tabelnya sendiri bila tabel itu mencetaknya (dibulatkan setengah "
            "ke atas, dua desimal)."
        ),
        capaian_tercatat_salah,
    ),
    AturanReviu(
        "capaian-dipotong-tanpa-plafon",
        Tingkat.INFO,
        Pesan("Capaian dipotong tanpa plafon yang dinyatakan"),
        Pesan(
            "Capaian tercetak tepat 100 (atau 110, 120) padahal hitungannya lebih tinggi, dan "
            "tidak ada plafon yang dinyatakan: dipotong tanpa dinyatakan."
        ),
        capaian_dipotong_tanpa_plafon,
    ),
    AturanReviu(
        "serapan-tercatat-salah",
        Tingkat.GALAT,
        Pesan("Serapan tercatat berbeda dengan hitungan"),
        Pesan(
            "Persentase serapan yang tercetak berbeda dengan realisasi ÷ pagu × 100 — angka "
            "tabelnya sendiri bila tabel itu mencetaknya, selain itu data yang berlaku."
        ),
        serapan_tercatat_salah,
    ),
    AturanReviu(
        "angka-tercatat-beda-data",
        Tingkat.PERINGATAN,
        Pesan("Angka tercatat berbeda dengan data"),
        Pesan(
            "Target, realisasi atau realisasi anggaran yang dikutip suatu tabel berbeda "
            "dengan data yang berlaku."
        ),
        angka_tercatat_beda_data,
    ),
    AturanReviu(
        "target-pk-tercatat-beda",
        Tingkat.PERINGATAN,
        Pesan("PK yang dikutip berbeda dengan PK yang ditandatangani"),
        Pesan(
            "Ringkasan PK di badan laporan memuat indikator atau target yang berbeda "
            "dengan PK yang ditandatangani."
        ),
        target_pk_tercatat_beda,
    ),
    AturanReviu(
        "total-tercatat-salah",
        Tingkat.GALAT,
        Pesan("Total atau jumlah tercatat berbeda dengan hitungan"),
        Pesan(
            "Capaian satker, serapan satker, jumlah sasaran, indikator atau IKU, atau total "
            "anggaran PK yang dinyatakan berbeda dengan hasil hitungan dari datanya."
        ),
        total_tercatat_salah,
    ),
    AturanReviu(
        "klaim-target-tercapai",
        Tingkat.GALAT,
        Pesan("Klaim target tercapai tidak sesuai hitungan"),
        Pesan(
            'Pernyataan "semua target tercapai" atau "N dari M tercapai" tidak sesuai dengan '
            "capaian yang dihitung untuk indikator, IKU atau sasaran yang dimaksud."
        ),
        klaim_target_tercapai,
    ),
    AturanReviu(
        "klaim-capaian",
        Tingkat.GALAT,
        Pesan("Klaim rata-rata atau batas capaian tidak sesuai hitungan"),
        Pesan(
            'Pernyataan seperti "rata-rata capaian di atas 90%" atau "semua indikator mencapai '
            'minimal 90%" tidak sesuai dengan capaian yang dihitung.'
        ),
        klaim_capaian,
    ),
    AturanReviu(
        "predikat-tercatat-salah",
        Tingkat.GALAT,
        Pesan("Predikat tercatat tidak sesuai skala"),
        Pesan("Kata predikat yang dinyatakan tidak sesuai dengan nilai dan skalanya."),
        predikat_tercatat_salah,
    ),
    AturanReviu(
        "pengaturan-tercatat-beda",
        Tingkat.PERINGATAN,
        Pesan("Skala atau plafon yang dinyatakan berbeda dengan yang dipakai"),
        Pesan(
            "Dokumen menyatakan skala predikat atau plafon capaian yang berbeda dengan pengaturan "
            "pengukuran satker."
        ),
        pengaturan_tercatat_beda,
    ),
    AturanReviu(
        "skala-bermasalah",
        Tingkat.GALAT,
        Pesan("Skala predikat satker cacat"),
        Pesan(
            "Skala predikat yang dipakai satker memiliki celah atau pita yang tumpang tindih: "
            "sebagian nilai tidak mendapat predikat yang pasti."
        ),
        skala_bermasalah,
    ),
    AturanReviu(
        "indikator-jumlah-bersatuan-persen",
        Tingkat.PERINGATAN,
        Pesan('Indikator "Jumlah …" bersatuan persen'),
        Pesan('Indikator yang namanya menyebut cacah ("Jumlah …") memakai target dalam persen.'),
        indikator_jumlah_bersatuan_persen,
    ),
    AturanReviu(
        "indikator-disebut-tidak-diukur",
        Tingkat.INFO,
        Pesan("Uraian menyebut indikator lain"),
        Pesan("Uraian suatu sasaran menyebut indikator yang tidak diukur untuk kegiatan itu."),
        indikator_disebut_tidak_diukur,
    ),
    AturanReviu(
        "nilai-tidak-sah",
        Tingkat.GALAT,
        Pesan("Nilai tercetak tidak sah"),
        Pesan(
            "Nilai yang tercetak pada dokumen tidak lolos validasi (mis. NIP yang bukan 18 digit)."
        ),
        nilai_tidak_sah,
    ),
    AturanReviu(
        "nip-nama-beda",
        Tingkat.PERINGATAN,
        Pesan("Satu NIP, nama berbeda"),
        Pesan("Satu NIP ditulis dengan ejaan nama yang berbeda di daftar pegawai dan di PK."),
        nip_nama_beda,
    ),
    AturanReviu(
        "unit-nama-beda",
        Tingkat.PERINGATAN,
        Pesan("Satu unit, nama berbeda"),
        Pesan("Unit yang sama disebut dengan nama berbeda di bagian organisasi dan di PK-nya."),
        unit_nama_beda,
    ),
    AturanReviu(
        "pegawai-ganda",
        Tingkat.PERINGATAN,
        Pesan("Nama pegawai tercantum dua kali"),
        Pesan("Satu nama tercantum lebih dari sekali di daftar pegawai."),
        pegawai_ganda,
    ),
)
ATURAN = {rule.id: rule for rule in KATALOG}
URUTAN_TINGKAT = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1, Tingkat.INFO: 2}


def jalankan(fakta: FaktaReviu, aturan: tuple[AturanReviu, ...] = KATALOG) -> list[Temuan]:
    """Every finding of the given rules (all by default), most severe first."""
    findings = [finding for rule in aturan for finding in rule.periksa(fakta, rule.temuan)]
    position = {rule.id: index for index, rule in enumerate(KATALOG)}
    return sorted(
        findings,
        key=lambda finding: (URUTAN_TINGKAT[finding.tingkat], position[finding.aturan]),
    )
