"""Sentences an LKjIP writes from the figures, in Indonesian. Each follows the computed result
and can only say what the data says: an indicator not executed is said to be not executed
(never "100%"), one not assessed is said to be not assessed, with the reason; a budget above
its pagu is said to exceed it. Plain Python over the measurement's results, no Django."""

from decimal import Decimal

from kinerja.core.formatting import format_persen, format_rupiah, format_target, format_ukuran
from kinerja.measurement.pengukuran import (
    BELUM,
    TIDAK_DILAKSANAKAN,
    BarisPengukuran,
    SasaranPengukuran,
)
from kinerja.measurement.rollup import jumlah, serapan

SERATUS = Decimal(100)


def realisasi_tampil(row: BarisPengukuran) -> str:
    if row.status == TIDAK_DILAKSANAKAN:
        return "tidak dilaksanakan"
    if row.status == BELUM:
        return "belum dilaporkan"
    if row.realisasi_teks:
        return row.realisasi_teks
    return format_ukuran(row.realisasi, row.indikator.satuan)


def capaian_tampil(row: BarisPengukuran) -> str:
    return format_persen(row.hasil.nilai) if row.hasil.dinilai else "tidak dinilai"


def tercapai(row: BarisPengukuran) -> bool | None:
    """Met (capaian ≥ 100%), not met, or None when the capaian is not assessed."""
    if not row.hasil.dinilai:
        return None
    return row.hasil.nilai >= SERATUS


def kalimat_indikator(row: BarisPengukuran) -> str:
    name = f"Indikator “{row.indikator.nama}”"
    if row.status == TIDAK_DILAKSANAKAN:
        return f"{name} tidak dilaksanakan; capaiannya tidak dinilai."
    if row.status == BELUM:
        return f"{name} belum dilaporkan realisasinya; capaiannya tidak dinilai."
    target = format_target(row.target, row.indikator.satuan)
    if not row.hasil.dinilai:
        reason = f" ({row.hasil.alasan})" if row.hasil.alasan else ""
        return (
            f"{name} terealisasi {realisasi_tampil(row)} terhadap target {target}; "
            f"capaiannya tidak dinilai{reason}."
        )
    verdict = "target tercapai" if tercapai(row) else "target belum tercapai"
    # The comparison with earlier years is kinerja.documents.banding's, which compares only
    # figures of the same source.
    return (
        f"{name} terealisasi {realisasi_tampil(row)} dari target {target}, "
        f"capaian {capaian_tampil(row)}: {verdict}."
    )


def kalimat_sasaran(group: SasaranPengukuran) -> str:
    met = sum(1 for row in group.baris if tercapai(row) is True)
    unmet = sum(1 for row in group.baris if tercapai(row) is False)
    unassessed = len(group.baris) - met - unmet
    parts = [f"{met} tercapai", f"{unmet} belum tercapai"]
    if unassessed:
        parts.append(f"{unassessed} tidak dinilai")
    sentence = f"Dari {len(group.baris)} indikator, " + ", ".join(parts) + "."
    if group.capaian is not None:
        sentence += f" Capaian sasaran ini {format_persen(group.capaian)}"
        sentence += f" ({group.predikat})." if group.predikat else "."
    return sentence


def kalimat_anggaran(items, subjek: str = "sasaran ini") -> str:
    """The budget of a group of kegiatan: realisation against the pagu in force."""
    pagu = jumlah(item.pagu for item in items)
    realised = jumlah(item.realisasi for item in items)
    if pagu is None:
        if realised is None:
            return f"Anggaran {subjek} tidak tercatat."
        return f"Realisasi anggaran {subjek} {format_rupiah(realised)}; pagunya tidak tercatat."
    if realised is None:
        return f"Pagu {subjek} {format_rupiah(pagu)}; realisasinya belum tercatat."
    share = format_persen(serapan(realised, pagu))
    sentence = f"Realisasi anggaran {subjek} sebesar {share} dari pagu {format_rupiah(pagu)}"
    if realised > pagu:
        return sentence + f", melampaui pagu sebesar {format_rupiah(realised - pagu)}."
    return sentence + "."


def kalimat_anggaran_bersama(group: SasaranPengukuran) -> list[str]:
    """Where a kegiatan serving this sasaran has its budget counted: each kegiatan's budget is
    counted once (kinerja.measurement.pengukuran._bagi_anggaran), and the sasaran that does not
    hold it says where it is."""
    sentences = []
    for shared in group.anggaran_bersama:
        item = shared.anggaran
        name = f"kegiatan {item.nama} ({item.kode})"
        if shared.pemilik:
            sentences.append(
                f"Anggaran {name} tidak dihitung pada bagian ini: anggaran tersebut dihitung "
                f"pada {shared.pemilik}, yang juga didukung indikator kegiatan itu."
            )
            continue
        amount = f" sebesar {format_rupiah(item.pagu)}" if item.pagu is not None else ""
        others = ", ".join(shared.juga)
        sentences.append(
            f"Anggaran {name}{amount} mendukung juga {others} dan tidak dibagi per sasaran; "
            "anggaran tersebut dihitung sekali, dalam total anggaran satker (BAB III.B), dan "
            "tidak dihitung dalam serapan maupun efisiensi sasaran ini."
        )
    return sentences
