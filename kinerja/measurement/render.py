"""Plain renderings of a measurement: a JSON-ready dict (decimals as strings, full precision
plus the rounded presentation) and an Indonesian text table for the terminal."""

from decimal import Decimal
from typing import Any

from kinerja.core.formatting import (
    decimal_text,
    format_persen,
    format_poin,
    format_rupiah,
    format_target,
    format_ukuran,
    round_half_up,
    rupiah_int,
)
from kinerja.measurement.pengukuran import BarisPengukuran, Pengukuran
from kinerja.measurement.periods import SINGKATAN
from kinerja.measurement.snapshot import SUMBER_DANA
from kinerja.planning.targets import Target


def _pct(value: Decimal | None) -> str | None:
    return None if value is None else format(round_half_up(value), "f")


def _target(target: Target | None) -> dict[str, Any]:
    if target is None:
        return {"target": None, "target_teks": None}
    return {"target": decimal_text(target.angka), "target_teks": target.teks or None}


def _baris(row: BarisPengukuran) -> dict[str, Any]:
    return {
        "sasaran": row.sasaran,
        "kegiatan_kode": row.kegiatan_kode,
        "indikator_kode": row.indikator.kode,
        "indikator": row.indikator.nama,
        "satuan": row.indikator.satuan,
        "polaritas": row.indikator.polaritas,
        "aturan": row.hasil.aturan,
        "kode_aturan": row.hasil.kode_aturan,
        **_target(row.target),
        "target_sumber": row.target_sumber,
        "realisasi": decimal_text(row.realisasi),
        "realisasi_teks": row.realisasi_teks or None,
        "realisasi_sumber": row.realisasi_sumber,
        "posisi": row.posisi_label or None,
        "status": row.status,
        "capaian": _pct(row.hasil.nilai),
        "capaian_presisi_penuh": decimal_text(row.hasil.nilai),
        "capaian_tanpa_plafon": decimal_text(row.hasil.nilai_tanpa_plafon),
        "alasan_tidak_dinilai": row.hasil.alasan or None,
        "predikat": row.predikat.predikat if row.predikat else None,
        "alasan_tanpa_predikat": row.predikat_alasan or None,
        "capaian_tercatat": decimal_text(row.capaian_tercatat),
        "catatan": row.catatan or None,
        "pembanding": {
            "realisasi_tahun_lalu": decimal_text(row.realisasi_tahun_lalu),
            "sumber_tahun_lalu": row.sumber_tahun_lalu or None,
            "capaian_tahun_lalu": _pct(row.capaian_tahun_lalu),
            "selisih_realisasi": decimal_text(row.selisih_tahun_lalu),
            "catatan": row.catatan_tahun_lalu or None,
            "tahun_akhir_renstra": row.tahun_akhir_renstra,
            "target_akhir_renstra": _target(row.target_akhir_renstra)["target"],
            "capaian_terhadap_target_akhir_renstra": _pct(row.capaian_terhadap_renstra),
        },
    }


def as_dict(result: Pengukuran) -> dict[str, Any]:
    total_pagu, total_spent, total_serapan = result.total()
    return {
        "satker": result.slug,
        "tahun": result.tahun,
        "sampai": result.sampai,
        "skala": result.pengaturan.skala.nama,
        "masalah_skala": list(result.pengaturan.masalah_skala),
        "ambang_capaian": decimal_text(result.pengaturan.ambang_capaian),
        "indikator": [_baris(row) for row in result.baris],
        "sasaran": [
            {
                "sasaran": group.label,
                "kegiatan_kode": [item.kode for item in group.anggaran],
                # Kegiatan serving this sasaran whose budget is counted elsewhere (or only in
                # the satker's total): their pagu is not in this sasaran's.
                "kegiatan_bersama": [
                    {"kode": shared.anggaran.kode, "dihitung_pada": shared.pemilik or None}
                    for shared in group.anggaran_bersama
                ],
                "capaian": _pct(group.capaian),
                "predikat": group.predikat.predikat if group.predikat else None,
                "pagu": rupiah_int(group.pagu),
                "realisasi_anggaran": rupiah_int(group.realisasi_anggaran),
                "serapan": _pct(group.serapan),
                "efisiensi": _pct(group.efisiensi),
            }
            for group in result.sasaran
        ],
        "anggaran": [
            {
                "kegiatan_kode": item.kode,
                "kegiatan": item.nama,
                "sumber_dana": item.sumber_dana,
                "sumber_dana_label": item.sumber_dana_label,
                "pagu_pk": [rupiah_int(value) for value in item.pagu_pk],
                "pagu_pk_dari": list(item.pagu_pk_dari),
                "riwayat_pagu": [
                    {
                        "jenis": row.jenis,
                        "jumlah": rupiah_int(row.jumlah),
                        "tanggal": row.tanggal.isoformat() if row.tanggal else None,
                        "alasan": row.alasan or None,
                        "sumber": row.sumber,
                    }
                    for row in item.riwayat
                ],
                "pagu": rupiah_int(item.pagu),
                "pagu_sumber": item.pagu_sumber or None,
                "realisasi": rupiah_int(item.realisasi),
                "realisasi_sumber": item.realisasi_sumber or None,
                "serapan": _pct(item.serapan),
            }
            for item in result.anggaran
        ],
        "total": {
            "capaian": _pct(result.capaian),
            "predikat": result.predikat.predikat if result.predikat else None,
            "jumlah_sasaran": len(result.sasaran),
            "indikator_dinilai": sum(1 for row in result.baris if row.hasil.dinilai),
            "indikator_tidak_dinilai": sum(1 for row in result.baris if not row.hasil.dinilai),
            "pagu": rupiah_int(total_pagu),
            "realisasi_anggaran": rupiah_int(total_spent),
            "serapan": _pct(total_serapan),
            "per_sumber_dana": [
                {
                    "sumber_dana": source,
                    "sumber_dana_label": SUMBER_DANA.get(source, source),
                    "pagu": rupiah_int(pagu),
                    "realisasi_anggaran": rupiah_int(spent),
                    "serapan": _pct(absorbed),
                }
                for source in result.sumber_dana
                for pagu, spent, absorbed in [result.total(source)]
            ],
        },
    }


def _rupiah(value: Decimal | None) -> str:
    return "–" if value is None else format_rupiah(value)


def _realisasi(row: BarisPengukuran) -> str:
    return row.realisasi_teks or format_ukuran(row.realisasi, row.indikator.satuan)


def as_text(result: Pengukuran) -> str:
    heading = f"PENGUKURAN KINERJA {result.nama} TAHUN {result.tahun}"
    if result.sampai:
        heading += f" (keadaan s.d. {SINGKATAN[result.sampai]})"
    lines = [heading, f"Skala predikat: {result.pengaturan.skala.nama}"]
    lines += [f"PERINGATAN skala: {problem}" for problem in result.pengaturan.masalah_skala]
    lines.append("")
    for group in result.sasaran:
        lines.append(f"■ {group.label}")
        for row in group.baris:
            capaian = format_persen(row.hasil.nilai) if row.hasil.dinilai else "tidak dinilai"
            predikat = f" · {row.predikat.predikat}" if row.predikat else ""
            posisi = f" ({row.posisi_label})" if row.tahun_berjalan else ""
            lines.append(f"  {row.indikator.kode:<8} {row.indikator.nama}")
            lines.append(
                f"           target {format_target(row.target, row.indikator.satuan)} · "
                f"realisasi {_realisasi(row)}{posisi} · capaian {capaian}{predikat}"
            )
            lines.append(
                f"           aturan: {row.hasil.aturan}"
                + (f" — {row.hasil.alasan}" if row.hasil.alasan else "")
            )
            if row.catatan:
                lines.append(f"           catatan: {row.catatan}")
        summary = [
            f"capaian sasaran {format_persen(group.capaian)}"
            if group.capaian is not None
            else "capaian sasaran: tidak dinilai"
        ]
        if group.pagu is not None:
            summary.append(
                f"pagu {format_rupiah(group.pagu)}, realisasi "
                f"{_rupiah(group.realisasi_anggaran)}, serapan "
                f"{format_persen(group.serapan) if group.serapan is not None else '–'}"
            )
        if group.efisiensi is not None:
            summary.append(f"efisiensi {format_poin(group.efisiensi)} poin")
        elif group.pagu:
            summary.append(f"efisiensi – ({group.efisiensi_alasan})")
        lines.append("  → " + "; ".join(summary))
        lines.append("")
    pagu, spent, total_serapan = result.total()
    measured = sum(1 for group in result.sasaran if group.capaian is not None)
    if result.capaian is None:
        lines.append(
            f"CAPAIAN SATKER: belum dapat dihitung — tidak satu pun dari {len(result.sasaran)} "
            "sasaran yang dinilai"
        )
    else:
        lines.append(
            f"CAPAIAN SATKER: {format_persen(result.capaian)}"
            + (f" ({result.predikat.predikat})" if result.predikat else "")
            + f", rata-rata {measured} dari {len(result.sasaran)} sasaran yang dinilai"
        )
    if pagu is None and spent is None:
        lines.append("ANGGARAN: belum ada data anggaran")
    else:
        lines.append(
            f"ANGGARAN: pagu {_rupiah(pagu)}, realisasi {_rupiah(spent)}, serapan "
            f"{format_persen(total_serapan) if total_serapan is not None else '–'}"
        )
    return "\n".join(lines)
