"""Plain renderings of a measurement: a JSON-ready dict (decimals as strings, full precision
plus the rounded presentation) and an Indonesian text table for the terminal."""

from decimal import Decimal
from typing import Any

from kinerja.core.formatting import format_desimal, format_persen, format_rupiah, round_half_up
from kinerja.exporting.selectors import decimal_text, rupiah
from kinerja.measurement.selectors import BarisPengukuran, Pengukuran


def _pct(value: Decimal | None) -> str | None:
    return None if value is None else format(round_half_up(value), "f")


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
        "target": decimal_text(row.target),
        "target_sumber": row.target_sumber,
        "realisasi": decimal_text(row.realisasi),
        "realisasi_sumber": row.realisasi_sumber,
        "status": row.status,
        "capaian": _pct(row.hasil.nilai),
        "capaian_presisi_penuh": decimal_text(row.hasil.nilai),
        "capaian_tanpa_plafon": decimal_text(row.hasil.nilai_tanpa_plafon),
        "alasan_tidak_dinilai": row.hasil.alasan or None,
        "predikat": row.predikat.predikat if row.predikat else None,
        "capaian_tercatat": decimal_text(row.capaian_tercatat),
        "pembanding": {
            "realisasi_tahun_lalu": decimal_text(row.realisasi_tahun_lalu),
            "capaian_tahun_lalu": _pct(row.capaian_tahun_lalu),
            "selisih_realisasi": decimal_text(row.selisih_tahun_lalu),
            "tahun_akhir_renstra": row.tahun_akhir_renstra,
            "target_akhir_renstra": decimal_text(row.target_akhir_renstra),
            "capaian_terhadap_target_akhir_renstra": _pct(row.capaian_terhadap_renstra),
        },
    }


def as_dict(result: Pengukuran) -> dict[str, Any]:
    total_pagu, total_spent, total_serapan = result.total()
    return {
        "satker": result.satker.slug,
        "tahun": result.tahun,
        "skala": result.pengaturan.skala.nama,
        "ambang_capaian": decimal_text(result.pengaturan.ambang_capaian),
        "indikator": [_baris(row) for row in result.baris],
        "sasaran": [
            {
                "sasaran": group.label,
                "kegiatan_kode": [item.kegiatan.kode for item in group.anggaran],
                "capaian": _pct(group.capaian),
                "predikat": group.predikat.predikat if group.predikat else None,
                "pagu": rupiah(group.pagu),
                "realisasi_anggaran": rupiah(group.realisasi_anggaran),
                "serapan": _pct(group.serapan),
                "efisiensi": _pct(group.efisiensi),
            }
            for group in result.sasaran
        ],
        "anggaran": [
            {
                "kegiatan_kode": item.kegiatan.kode,
                "kegiatan": item.kegiatan.nama,
                "sumber_dana": item.sumber_dana,
                "pagu_pk": [rupiah(value) for value in item.pagu_pk],
                "riwayat_pagu": [
                    {
                        "jenis": row.jenis,
                        "jumlah": rupiah(row.jumlah),
                        "tanggal": row.tanggal.isoformat() if row.tanggal else None,
                        "alasan": row.alasan or None,
                        "sumber": row.sumber,
                    }
                    for row in item.riwayat
                ],
                "pagu": rupiah(item.pagu),
                "realisasi": rupiah(item.realisasi),
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
            "pagu": rupiah(total_pagu),
            "realisasi_anggaran": rupiah(total_spent),
            "serapan": _pct(total_serapan),
        },
    }


def _cell(value: Decimal | None, satuan: str = "") -> str:
    if value is None:
        return "–"
    return format_desimal(value) + ("%" if satuan == "%" else f" {satuan}".rstrip())


def as_text(result: Pengukuran) -> str:
    lines = [
        f"PENGUKURAN KINERJA {result.satker.nama_lengkap or result.satker.nama} "
        f"TAHUN {result.tahun}",
        f"Skala predikat: {result.pengaturan.skala.nama}",
        "",
    ]
    for group in result.sasaran:
        lines.append(f"■ {group.label}")
        for row in group.baris:
            capaian = format_persen(row.hasil.nilai) if row.hasil.dinilai else "tidak dinilai"
            predikat = f" · {row.predikat.predikat}" if row.predikat else ""
            lines.append(f"  {row.indikator.kode:<8} {row.indikator.nama}")
            lines.append(
                f"           target {_cell(row.target, row.indikator.satuan)} · realisasi "
                f"{_cell(row.realisasi, row.indikator.satuan)} · capaian {capaian}{predikat}"
            )
            lines.append(
                f"           aturan: {row.hasil.aturan}"
                + (f" — {row.hasil.alasan}" if row.hasil.alasan else "")
            )
        summary = [
            f"capaian sasaran {format_persen(group.capaian)}"
            if group.capaian is not None
            else "capaian sasaran: tidak dinilai"
        ]
        if group.pagu is not None:
            summary.append(
                f"pagu {format_rupiah(group.pagu)}, realisasi "
                f"{format_rupiah(group.realisasi_anggaran or 0)}, serapan "
                f"{format_persen(group.serapan) if group.serapan is not None else '–'}"
            )
        if group.efisiensi is not None:
            summary.append(f"efisiensi {format_desimal(round_half_up(group.efisiensi))} poin")
        lines.append("  → " + "; ".join(summary))
        lines.append("")
    pagu, spent, total_serapan = result.total()
    lines.append(
        f"CAPAIAN SATKER: {format_persen(result.capaian) if result.capaian is not None else '–'}"
        + (f" ({result.predikat.predikat})" if result.predikat else "")
        + f" dari {len(result.sasaran)} sasaran"
    )
    lines.append(
        f"ANGGARAN: pagu {format_rupiah(pagu)}, realisasi {format_rupiah(spent)}, serapan "
        f"{format_persen(total_serapan) if total_serapan is not None else '–'}"
    )
    return "\n".join(lines)
