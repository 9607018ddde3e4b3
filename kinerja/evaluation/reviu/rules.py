"""The reviu rules: each reads FaktaReviu and yields findings. Plain Python, no Django.

The catalogue (KATALOG) is data: id, severity, title and explanation of every rule, in the
order docs/reviu.md documents them. A rule's check is looked up by its id.
"""

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kinerja.core.formatting import format_desimal, format_persen, format_rupiah, round_half_up
from kinerja.core.nip import nip_errors, normalise_nip
from kinerja.evaluation.reviu.facts import FaktaReviu
from kinerja.measurement.rollup import serapan
from kinerja.measurement.scales import PERMENPANRB_88_2021, klasifikasi


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


@dataclass(frozen=True)
class AturanReviu:
    id: str
    tingkat: Tingkat
    judul: str
    penjelasan: str


KATALOG: tuple[AturanReviu, ...] = (
    AturanReviu(
        "anggaran-melebihi-pagu",
        Tingkat.GALAT,
        "Realisasi anggaran melebihi pagu",
        "Realisasi anggaran suatu kegiatan lebih besar dari pagu yang berlaku.",
    ),
    AturanReviu(
        "indikator-diukur-tanpa-pk",
        Tingkat.PERINGATAN,
        "Indikator diukur tetapi tidak ada di PK",
        "Indikator yang realisasinya dilaporkan tidak tercantum di PK satker yang ditandatangani.",
    ),
    AturanReviu(
        "indikator-pk-tidak-diukur",
        Tingkat.PERINGATAN,
        "Indikator PK tidak pernah diukur",
        "Indikator yang diperjanjikan di PK satker tidak memiliki realisasi tahun ini.",
    ),
    AturanReviu(
        "target-pk-beda-rkt",
        Tingkat.PERINGATAN,
        "Target PK berbeda dengan RKT",
        "Target satu indikator di PK satker berbeda dengan targetnya di RKT.",
    ),
    AturanReviu(
        "target-pk-beda-terukur",
        Tingkat.PERINGATAN,
        "Target PK berbeda dengan target yang diukur",
        "Realisasi diukur terhadap target yang berbeda dengan target PK satker.",
    ),
    AturanReviu(
        "target-unit-beda-induk",
        Tingkat.PERINGATAN,
        "Target PK unit berbeda dengan PK induk",
        "Baris PK unit memakai target yang berbeda dengan baris PK induknya.",
    ),
    AturanReviu(
        "baris-pk-tanpa-induk",
        Tingkat.GALAT,
        "Baris PK unit tanpa induk",
        "Baris PK unit tidak tertelusur ke baris PK induk maupun baris RKT.",
    ),
    AturanReviu(
        "pagu-berbeda-tanpa-revisi",
        Tingkat.GALAT,
        "Pagu berbeda antar sumber tanpa revisi tercatat",
        "Satu kegiatan memiliki pagu yang berbeda di beberapa sumber (PK, laporan, "
        "lampiran) tanpa revisi pagu yang dicatat dengan tanggal dan alasannya.",
    ),
    AturanReviu(
        "realisasi-tanpa-pelaksanaan",
        Tingkat.GALAT,
        "Realisasi dilaporkan untuk kegiatan yang tidak dilaksanakan",
        "Indikator berealisasi padahal kegiatannya dinyatakan tidak dilaksanakan "
        "atau realisasi anggarannya nol.",
    ),
    AturanReviu(
        "capaian-rendah-tanpa-hambatan",
        Tingkat.PERINGATAN,
        "Capaian di bawah ambang tanpa hambatan/upaya",
        "Capaian indikator di bawah ambang satker tetapi tidak ada hambatan dan upaya "
        "untuk kegiatannya.",
    ),
    AturanReviu(
        "capaian-tercatat-salah",
        Tingkat.GALAT,
        "Capaian tercatat berbeda dengan hitungan",
        "Capaian yang tercetak berbeda dengan capaian yang dihitung dari target dan "
        "realisasinya (dibulatkan setengah ke atas, dua desimal).",
    ),
    AturanReviu(
        "serapan-tercatat-salah",
        Tingkat.GALAT,
        "Serapan tercatat berbeda dengan hitungan",
        "Persentase serapan yang tercetak berbeda dengan realisasi ÷ pagu × 100.",
    ),
    AturanReviu(
        "angka-tercatat-beda-data",
        Tingkat.PERINGATAN,
        "Angka tercatat berbeda dengan data",
        "Target, realisasi atau realisasi anggaran yang dikutip suatu tabel berbeda "
        "dengan data yang berlaku.",
    ),
    AturanReviu(
        "target-pk-tercatat-beda",
        Tingkat.PERINGATAN,
        "PK yang dikutip berbeda dengan PK yang ditandatangani",
        "Ringkasan PK di badan laporan memuat indikator atau target yang berbeda "
        "dengan PK yang ditandatangani.",
    ),
    AturanReviu(
        "total-tercatat-salah",
        Tingkat.GALAT,
        "Total tercatat berbeda dengan hitungan",
        "Capaian satker, serapan satker, jumlah sasaran atau total anggaran PK yang "
        "dinyatakan berbeda dengan hasil hitungan dari datanya.",
    ),
    AturanReviu(
        "predikat-tercatat-salah",
        Tingkat.GALAT,
        "Predikat tercatat tidak sesuai skala",
        "Kata predikat yang dinyatakan tidak sesuai dengan nilai dan skalanya.",
    ),
    AturanReviu(
        "indikator-disebut-tidak-diukur",
        Tingkat.INFO,
        "Uraian menyebut indikator lain",
        "Uraian suatu sasaran menyebut indikator yang tidak diukur untuk kegiatan itu.",
    ),
    AturanReviu(
        "nilai-tidak-sah",
        Tingkat.GALAT,
        "Nilai tercetak tidak sah",
        "Nilai yang tercetak pada dokumen tidak lolos validasi (mis. NIP yang bukan 18 digit).",
    ),
)


def _pct(value: Decimal | None) -> str:
    return "tidak dinilai" if value is None else format_persen(value)


def _num(value: Decimal | None) -> str:
    return "–" if value is None else format_desimal(value)


def _differs(stated: Decimal | None, computed: Decimal | None) -> bool:
    if stated is None or computed is None:
        return stated is not computed
    return round_half_up(stated) != round_half_up(computed)


def _finding(rule_id: str, pesan: str, tabel: str, baris: str, tercatat=None, seharusnya=None):
    rule = ATURAN[rule_id]
    return Temuan(rule.id, rule.tingkat, pesan, tabel, baris, tercatat, seharusnya)


def anggaran_melebihi_pagu(fakta: FaktaReviu) -> Iterator[Temuan]:
    for kode, item in sorted(fakta.anggaran.items()):
        if item.pagu is not None and item.realisasi is not None and item.realisasi > item.pagu:
            yield _finding(
                "anggaran-melebihi-pagu",
                f"Realisasi anggaran kegiatan {kode} ({format_rupiah(item.realisasi)}) melebihi "
                f"pagunya ({format_rupiah(item.pagu)}) sebesar "
                f"{format_rupiah(item.realisasi - item.pagu)}.",
                "Realisasi anggaran",
                kode,
                format_rupiah(item.realisasi),
                f"≤ {format_rupiah(item.pagu)}",
            )


def indikator_diukur_tanpa_pk(fakta: FaktaReviu) -> Iterator[Temuan]:
    if not fakta.pk_satker:
        return
    in_pk = {line.kode for pk in fakta.pk_satker for line in pk.baris}
    for kode, row in fakta.pengukuran.items():
        if row.realisasi is not None and kode not in in_pk:
            yield _finding(
                "indikator-diukur-tanpa-pk",
                f"Indikator {fakta.nama(kode)} diukur ({row.sumber}) tetapi tidak tercantum "
                "di PK satker yang ditandatangani.",
                row.sumber or "Pengukuran",
                kode,
            )


def indikator_pk_tidak_diukur(fakta: FaktaReviu) -> Iterator[Temuan]:
    for pk in fakta.pk_satker:
        for line in pk.baris:
            measured = fakta.pengukuran.get(line.kode)
            if measured is None or measured.realisasi is None:
                yield _finding(
                    "indikator-pk-tidak-diukur",
                    f"Indikator PK {fakta.nama(line.kode)} (target {_num(line.target)}) tidak "
                    f"memiliki realisasi tahun {fakta.tahun}.",
                    pk.sumber or pk.judul,
                    f"baris {line.urutan}",
                )


def target_pk_beda_rkt(fakta: FaktaReviu) -> Iterator[Temuan]:
    rkt = {line.kode: line for line in fakta.rkt}
    for pk in fakta.pk_satker:
        for line in pk.baris:
            planned = rkt.get(line.kode)
            if planned is not None and planned.target != line.target:
                yield _finding(
                    "target-pk-beda-rkt",
                    f"Target {fakta.nama(line.kode)} di PK ({_num(line.target)}) berbeda dengan "
                    f"RKT ({_num(planned.target)}).",
                    pk.sumber or pk.judul,
                    f"baris {line.urutan}",
                    _num(line.target),
                    _num(planned.target),
                )


def target_pk_beda_terukur(fakta: FaktaReviu) -> Iterator[Temuan]:
    for pk in fakta.pk_satker:
        for line in pk.baris:
            measured = fakta.pengukuran.get(line.kode)
            if measured and measured.target is not None and measured.target != line.target:
                yield _finding(
                    "target-pk-beda-terukur",
                    f"{fakta.nama(line.kode)} diukur terhadap target {_num(measured.target)} "
                    f"({measured.sumber}), sedangkan target PK {_num(line.target)}.",
                    measured.sumber,
                    line.kode,
                    _num(measured.target),
                    _num(line.target),
                )


def target_unit_beda_induk(fakta: FaktaReviu) -> Iterator[Temuan]:
    for pk in fakta.perjanjian:
        for line in pk.baris:
            if line.induk_target is not None and line.induk_target != line.target:
                yield _finding(
                    "target-unit-beda-induk",
                    f"Target {fakta.nama(line.kode)} di {pk.sumber or pk.judul} "
                    f"({_num(line.target)}) berbeda dengan PK induknya "
                    f"({_num(line.induk_target)}).",
                    pk.sumber or pk.judul,
                    f"baris {line.urutan}",
                    _num(line.target),
                    _num(line.induk_target),
                )


def baris_pk_tanpa_induk(fakta: FaktaReviu) -> Iterator[Temuan]:
    for pk in fakta.perjanjian:
        for line in pk.baris:
            if line.masalah_telusur:
                yield _finding(
                    "baris-pk-tanpa-induk",
                    f'Baris "{line.teks}" di {pk.sumber or pk.judul} tidak tertelusur: '
                    f"{line.masalah_telusur}",
                    pk.sumber or pk.judul,
                    f"baris {line.urutan}",
                )


def pagu_berbeda_tanpa_revisi(fakta: FaktaReviu) -> Iterator[Temuan]:
    sources: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    revised = {row.kegiatan_kode for row in fakta.pagu if row.jenis == "revisi"}
    for pk in fakta.perjanjian:
        for kegiatan, _, jumlah in pk.anggaran:
            if kegiatan:
                sources[kegiatan].append((f"{pk.sumber or pk.judul}", jumlah))
    for row in fakta.pagu:
        if row.jenis != "revisi":
            sources[row.kegiatan_kode].append((row.sumber, row.jumlah))
    for stated in fakta.nilai_tercatat:
        if stated.besaran == "pagu" and stated.kegiatan_kode and stated.nilai is not None:
            sources[stated.kegiatan_kode].append((stated.sumber, stated.nilai))
    for kode in sorted(sources):
        if kode in revised:
            continue
        amounts = {amount for _, amount in sources[kode]}
        if len(amounts) > 1:
            listing = "; ".join(
                f"{source}: {format_rupiah(amount)}" for source, amount in sources[kode]
            )
            yield _finding(
                "pagu-berbeda-tanpa-revisi",
                f"Kegiatan {kode} memiliki {len(amounts)} nilai pagu berbeda tanpa revisi "
                f"tercatat — {listing}.",
                "Pagu",
                kode,
                ", ".join(format_rupiah(amount) for amount in sorted(amounts)),
                "satu pagu, atau revisi bertanggal dengan alasan",
            )


def realisasi_tanpa_pelaksanaan(fakta: FaktaReviu) -> Iterator[Temuan]:
    not_executed = {
        stated.kegiatan_kode: stated
        for stated in fakta.nilai_tercatat
        if stated.besaran == "pelaksanaan" and "tidak dilaksanakan" in stated.teks.lower()
    }
    for kode, row in fakta.pengukuran.items():
        if row.realisasi is None or row.realisasi == 0:
            continue
        kegiatan = fakta.indikator[kode].kegiatan_kode
        budget = fakta.anggaran.get(kegiatan)
        reasons = []
        if kegiatan in not_executed:
            reasons.append(
                f"{not_executed[kegiatan].sumber} menyatakan kegiatannya tidak dilaksanakan"
            )
        if budget and budget.realisasi == 0 and budget.pagu:
            reasons.append(
                f"realisasi anggaran kegiatan {kegiatan} Rp 0 dari pagu "
                f"{format_rupiah(budget.pagu)}"
            )
        if reasons:
            yield _finding(
                "realisasi-tanpa-pelaksanaan",
                f"{fakta.nama(kode)} dilaporkan berealisasi {_num(row.realisasi)}, padahal "
                + " dan ".join(reasons)
                + ".",
                row.sumber,
                kode,
                _num(row.realisasi),
                "tidak dilaksanakan (tanpa nilai)",
            )


def capaian_rendah_tanpa_hambatan(fakta: FaktaReviu) -> Iterator[Temuan]:
    explained = {row.kegiatan_kode for row in fakta.hambatan if row.kegiatan_kode}
    for kode, row in fakta.pengukuran.items():
        value = row.hasil.nilai
        if value is None or value >= fakta.ambang_capaian:
            continue
        if fakta.indikator[kode].kegiatan_kode not in explained:
            yield _finding(
                "capaian-rendah-tanpa-hambatan",
                f"Capaian {fakta.nama(kode)} {_pct(value)} di bawah ambang "
                f"{_pct(fakta.ambang_capaian)} tanpa hambatan/upaya untuk kegiatannya.",
                row.sumber,
                kode,
                _pct(value),
                f"≥ {_pct(fakta.ambang_capaian)}",
            )


def capaian_tercatat_salah(fakta: FaktaReviu) -> Iterator[Temuan]:
    for kode, row in fakta.pengukuran.items():
        if row.capaian_tercatat is not None and _differs(row.capaian_tercatat, row.hasil.nilai):
            yield _finding(
                "capaian-tercatat-salah",
                f"Capaian {fakta.nama(kode)} tercetak {_pct(row.capaian_tercatat)}; dari target "
                f"{_num(row.target)} dan realisasi {_num(row.realisasi)} menurut "
                f"{row.hasil.aturan} hasilnya {_pct(row.hasil.nilai)}.",
                row.sumber,
                kode,
                _pct(row.capaian_tercatat),
                _pct(row.hasil.nilai),
            )
    for stated in fakta.nilai_tercatat:
        if stated.besaran != "capaian" or stated.indikator_kode not in fakta.pengukuran:
            continue
        computed = fakta.pengukuran[stated.indikator_kode].hasil.nilai
        if _differs(stated.nilai, computed):
            yield _finding(
                "capaian-tercatat-salah",
                f"{stated.sumber} mencetak capaian {_pct(stated.nilai)} untuk "
                f"{fakta.nama(stated.indikator_kode)}; capaian yang dihitung "
                f"{_pct(computed)}.",
                stated.sumber,
                stated.indikator_kode,
                _pct(stated.nilai),
                _pct(computed),
            )


def serapan_tercatat_salah(fakta: FaktaReviu) -> Iterator[Temuan]:
    for kode, item in sorted(fakta.anggaran.items()):
        computed = serapan(item.realisasi, item.pagu)
        printed = [*item.serapan_tercatat]
        printed += [
            (stated.sumber, stated.nilai)
            for stated in fakta.nilai_tercatat
            if stated.besaran == "serapan"
            and stated.kegiatan_kode == kode
            and stated.nilai is not None
        ]
        for source, value in printed:
            if _differs(value, computed):
                yield _finding(
                    "serapan-tercatat-salah",
                    f"{source} mencetak serapan kegiatan {kode} {_pct(value)}; realisasi "
                    f"{format_rupiah(item.realisasi or 0)} ÷ pagu "
                    f"{format_rupiah(item.pagu or 0)} = {_pct(computed)}.",
                    source,
                    kode,
                    _pct(value),
                    _pct(computed),
                )


def angka_tercatat_beda_data(fakta: FaktaReviu) -> Iterator[Temuan]:
    # The Lampiran's "Hasil Tahun 2024 Target" column is ambiguous (result or target): not
    # compared.
    labels = {
        "target": "target",
        "realisasi": "realisasi",
        "realisasi_anggaran": "realisasi anggaran",
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
            held = row.realisasi if stated.besaran == "realisasi" else row.target
            show = _num
        if held is not None and held != stated.nilai:
            subject = (
                stated.kegiatan_kode
                if stated.besaran == "realisasi_anggaran"
                else (fakta.nama(stated.indikator_kode))
            )
            yield _finding(
                "angka-tercatat-beda-data",
                f"{stated.sumber} mencetak {labels[stated.besaran]} {show(stated.nilai)} untuk "
                f"{subject}; data yang berlaku {show(held)}.",
                stated.sumber,
                stated.indikator_kode or stated.kegiatan_kode or "",
                show(stated.nilai),
                show(held),
            )


def target_pk_tercatat_beda(fakta: FaktaReviu) -> Iterator[Temuan]:
    signed = {line.kode: line for pk in fakta.pk_satker for line in pk.baris}
    if not signed:
        return
    for stated in fakta.nilai_tercatat:
        if stated.besaran != "target_pk":
            continue
        line = signed.get(stated.indikator_kode)
        if line is None:
            yield _finding(
                "target-pk-tercatat-beda",
                f'{stated.sumber} mengutip "{stated.teks}" sebagai indikator PK, padahal '
                "indikator itu tidak ada di PK yang ditandatangani.",
                stated.sumber,
                f"baris {stated.urutan}",
                stated.teks,
                "tidak ada di PK",
            )
        elif line.target != stated.nilai:
            yield _finding(
                "target-pk-tercatat-beda",
                f"{stated.sumber} mengutip target {_num(stated.nilai)} untuk "
                f"{fakta.nama(stated.indikator_kode)}; PK yang ditandatangani "
                f"{_num(line.target)}.",
                stated.sumber,
                f"baris {stated.urutan}",
                _num(stated.nilai),
                _num(line.target),
            )


def total_tercatat_salah(fakta: FaktaReviu) -> Iterator[Temuan]:
    total_serapan = serapan(fakta.realisasi_total, fakta.pagu_total)
    for stated in fakta.nilai_tercatat:
        if stated.besaran == "capaian_satker" and _differs(stated.nilai, fakta.capaian_satker):
            yield _finding(
                "total-tercatat-salah",
                f"{stated.sumber} menyatakan capaian satker {_pct(stated.nilai)}; rata-rata "
                f"capaian {fakta.jumlah_sasaran} sasaran yang dihitung "
                f"{_pct(fakta.capaian_satker)}.",
                stated.sumber,
                stated.label,
                _pct(stated.nilai),
                _pct(fakta.capaian_satker),
            )
        elif stated.besaran == "serapan_satker" and _differs(stated.nilai, total_serapan):
            per_source = ""
            if len(fakta.anggaran_per_sumber_dana) > 1:
                per_source = (
                    " ("
                    + "; ".join(
                        f"{source} saja: {_pct(serapan(spent, pagu))}"
                        for source, (pagu, spent) in fakta.anggaran_per_sumber_dana.items()
                    )
                    + ")"
                )
            yield _finding(
                "total-tercatat-salah",
                f"{stated.sumber} menyatakan serapan anggaran {_pct(stated.nilai)}; total "
                f"realisasi {format_rupiah(fakta.realisasi_total)} ÷ total pagu "
                f"{format_rupiah(fakta.pagu_total)} = {_pct(total_serapan)}{per_source}.",
                stated.sumber,
                stated.label,
                _pct(stated.nilai),
                _pct(total_serapan),
            )
        elif stated.besaran == "jumlah_sasaran" and stated.nilai != fakta.jumlah_sasaran:
            yield _finding(
                "total-tercatat-salah",
                f"{stated.sumber} menyebut {_num(stated.nilai)} sasaran; pengukurannya memuat "
                f"{fakta.jumlah_sasaran} sasaran.",
                stated.sumber,
                stated.label,
                _num(stated.nilai),
                str(fakta.jumlah_sasaran),
            )
    for pk in fakta.perjanjian:
        total = sum((amount for _, _, amount in pk.anggaran), Decimal(0))
        if pk.total_anggaran_tercatat is not None and pk.total_anggaran_tercatat != total:
            yield _finding(
                "total-tercatat-salah",
                f"Total anggaran {pk.sumber or pk.judul} tercetak "
                f"{format_rupiah(pk.total_anggaran_tercatat)}; jumlah barisnya "
                f"{format_rupiah(total)}.",
                pk.sumber or pk.judul,
                "total anggaran",
                format_rupiah(pk.total_anggaran_tercatat),
                format_rupiah(total),
            )


def predikat_tercatat_salah(fakta: FaktaReviu) -> Iterator[Temuan]:
    for stated in fakta.nilai_tercatat:
        if stated.besaran == "nilai_sakip" and stated.nilai is not None and stated.teks:
            expected = klasifikasi(stated.nilai, PERMENPANRB_88_2021)
            if expected and expected.predikat != stated.teks.strip():
                yield _finding(
                    "predikat-tercatat-salah",
                    f"{stated.sumber}: nilai {_num(stated.nilai)} disebut berpredikat "
                    f'"{stated.teks}"; menurut {PERMENPANRB_88_2021.nama} predikatnya '
                    f"{expected.predikat} ({expected.keterangan}).",
                    stated.sumber,
                    stated.label,
                    stated.teks,
                    expected.predikat,
                )
        elif stated.besaran == "kategori" and stated.teks:
            expected = klasifikasi(fakta.capaian_satker, fakta.skala)
            if expected and expected.predikat.lower() != stated.teks.strip().lower():
                yield _finding(
                    "predikat-tercatat-salah",
                    f'{stated.sumber} menggolongkan capaian satker "{stated.teks}"; capaian '
                    f"yang dihitung {_pct(fakta.capaian_satker)} menurut {fakta.skala.nama} "
                    f'tergolong "{expected.predikat}".',
                    stated.sumber,
                    stated.label,
                    stated.teks,
                    expected.predikat,
                )


def indikator_disebut_tidak_diukur(fakta: FaktaReviu) -> Iterator[Temuan]:
    for stated in fakta.nilai_tercatat:
        if stated.besaran != "indikator":
            continue
        names = [
            fakta.indikator[kode].nama.lower()
            for kode in fakta.pengukuran
            if fakta.indikator[kode].kegiatan_kode == stated.kegiatan_kode
        ]
        if not any(stated.teks.lower() in name or name in stated.teks.lower() for name in names):
            yield _finding(
                "indikator-disebut-tidak-diukur",
                f'{stated.sumber} menyebut indikator "{stated.teks}" untuk kegiatan '
                f"{stated.kegiatan_kode}, yang tidak diukur untuk kegiatan itu.",
                stated.sumber,
                stated.kegiatan_kode or "",
                stated.teks,
            )


def nilai_tidak_sah(fakta: FaktaReviu) -> Iterator[Temuan]:
    for pk in fakta.perjanjian:
        for pihak, nama, printed in pk.nip_tercetak:
            errors = nip_errors(normalise_nip(printed))
            if errors:
                yield _finding(
                    "nilai-tidak-sah",
                    f'NIP {nama} ({pihak}) tercetak "{printed}" di {pk.sumber or pk.judul}: '
                    + " ".join(errors),
                    pk.sumber or pk.judul,
                    f"{pihak}: {nama}",
                    printed,
                    "NIP 18 digit yang sah",
                )


ATURAN = {rule.id: rule for rule in KATALOG}
PEMERIKSA: dict[str, Callable[[FaktaReviu], Iterator[Temuan]]] = {
    "anggaran-melebihi-pagu": anggaran_melebihi_pagu,
    "indikator-diukur-tanpa-pk": indikator_diukur_tanpa_pk,
    "indikator-pk-tidak-diukur": indikator_pk_tidak_diukur,
    "target-pk-beda-rkt": target_pk_beda_rkt,
    "target-pk-beda-terukur": target_pk_beda_terukur,
    "target-unit-beda-induk": target_unit_beda_induk,
    "baris-pk-tanpa-induk": baris_pk_tanpa_induk,
    "pagu-berbeda-tanpa-revisi": pagu_berbeda_tanpa_revisi,
    "realisasi-tanpa-pelaksanaan": realisasi_tanpa_pelaksanaan,
    "capaian-rendah-tanpa-hambatan": capaian_rendah_tanpa_hambatan,
    "capaian-tercatat-salah": capaian_tercatat_salah,
    "serapan-tercatat-salah": serapan_tercatat_salah,
    "angka-tercatat-beda-data": angka_tercatat_beda_data,
    "target-pk-tercatat-beda": target_pk_tercatat_beda,
    "total-tercatat-salah": total_tercatat_salah,
    "predikat-tercatat-salah": predikat_tercatat_salah,
    "indikator-disebut-tidak-diukur": indikator_disebut_tidak_diukur,
    "nilai-tidak-sah": nilai_tidak_sah,
}
URUTAN_TINGKAT = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1, Tingkat.INFO: 2}


def jalankan(fakta: FaktaReviu, aturan: tuple[AturanReviu, ...] = KATALOG) -> list[Temuan]:
    """Every finding of the given rules (all by default), most severe first."""
    findings = [finding for rule in aturan for finding in PEMERIKSA[rule.id](fakta)]
    position = {rule.id: index for index, rule in enumerate(KATALOG)}
    return sorted(
        findings,
        key=lambda finding: (URUTAN_TINGKAT[finding.tingkat], position[finding.aturan]),
    )
