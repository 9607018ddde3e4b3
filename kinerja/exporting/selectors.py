"""The export document of one satker-year: plain data, stable, documented in docs/ekspor.md.

Decimals are strings ("94.74"), Rupiah are integers, dates ISO strings; every list has a fixed
order so two exports of the same data are byte-identical.
"""

import datetime
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch

from kinerja.agreements.models import BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.models import Kegiatan, Pagu, RealisasiAnggaran
from kinerja.core.formatting import plain_decimal
from kinerja.measurement.models import PengaturanPengukuran, Realisasi
from kinerja.organisations.models import Satker
from kinerja.planning.models import RKT, Renstra

FORMAT_VERSION = 1


def decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else plain_decimal(value)


def rupiah(value: Decimal | None) -> int | None:
    return None if value is None else int(value)


def iso(value: datetime.date | None) -> str | None:
    return None if value is None else value.isoformat()


def build_export(satker: Satker, tahun: int) -> dict[str, Any]:
    return {
        "format": "kinerja-ekspor",
        "versi_format": FORMAT_VERSION,
        "tahun": tahun,
        "satker": _satker(satker),
        "pengaturan_pengukuran": _pengaturan(satker),
        "unit": _units(satker),
        "pegawai": _pegawai(satker),
        "anggota": _anggota(satker),
        "renstra": _renstra(satker, tahun),
        "kegiatan": _kegiatan(satker, tahun),
        "indikator": _indikator(satker, tahun),
        "rkt": _rkt(satker, tahun),
        "perjanjian": _perjanjian(satker, tahun),
        "realisasi": _realisasi(satker, tahun),
        "anggaran": _anggaran(satker, tahun),
        "hambatan": [
            {
                "nomor": row.nomor,
                "aspek": row.aspek,
                "kegiatan_kode": row.kegiatan.kode if row.kegiatan else None,
                "hambatan": row.hambatan,
                "keterangan": row.keterangan,
                "hambatan_di_tabel_upaya": row.hambatan_di_tabel_upaya or None,
                "upaya": row.upaya,
                "sumber": row.sumber,
            }
            for row in satker.hambatan.filter(tahun=tahun).select_related("kegiatan")
        ],
        "efisiensi": [
            {"nomor": row.nomor, "sumber_daya": row.sumber_daya, "efisiensi": row.efisiensi}
            for row in satker.efisiensi.filter(tahun=tahun)
        ],
        "kesimpulan": [
            {
                "nomor": row.nomor,
                "aspek": row.aspek,
                "indikator_keberhasilan": row.indikator_keberhasilan,
                "keterangan": row.keterangan,
            }
            for row in satker.kesimpulan.filter(tahun=tahun)
        ],
        "nilai_tercatat": [
            {
                "sumber": row.sumber,
                "urutan": row.urutan,
                "besaran": row.besaran,
                "indikator_kode": row.indikator.kode if row.indikator else None,
                "kegiatan_kode": row.kegiatan.kode if row.kegiatan else None,
                "label": row.label or None,
                "nilai": decimal_text(row.nilai),
                "teks": row.teks or None,
            }
            for row in satker.nilai_tercatat.filter(tahun=tahun).select_related(
                "indikator", "kegiatan"
            )
        ],
    }


def _satker(satker: Satker) -> dict[str, Any]:
    return {
        "slug": satker.slug,
        "nama": satker.nama,
        "nama_lengkap": satker.nama_lengkap,
        "tingkat": satker.tingkat,
        "induk": satker.parent.slug if satker.parent else None,
        "kota": satker.kota,
        "alamat": satker.alamat,
    }


def _pengaturan(satker: Satker) -> dict[str, Any] | None:
    setting = PengaturanPengukuran.objects.filter(satker=satker).select_related("skala").first()
    if setting is None:
        return None
    return {
        "skala": setting.skala.kode if setting.skala else None,
        "plafon": setting.plafon,
        "kebijakan_target_nol": setting.kebijakan_target_nol,
        "ambang_capaian": decimal_text(setting.ambang_capaian),
    }


def _units(satker: Satker) -> list[dict[str, Any]]:
    return [
        {
            "nama": unit.nama,
            "nama_lain": unit.nama_lain or None,
            "nama_lain_sumber": unit.nama_lain_sumber or None,
            "tugas": unit.tugas,
        }
        for unit in satker.units.all()
    ]


def _pegawai(satker: Satker) -> list[dict[str, Any]]:
    return [
        {
            "nama": person.nama,
            "nip": person.nip or None,
            "nip_sumber": person.nip_sumber or None,
            "jenis": person.jenis,
            "jabatan": person.jabatan,
            "formasi": person.formasi or None,
            "pangkat_golongan": person.pangkat_golongan or None,
            "pendidikan": person.pendidikan or None,
            "diklat": person.diklat or None,
            "unit": person.unit.nama if person.unit else None,
            "sumber": person.sumber,
            "nomor_urut": person.nomor_urut,
        }
        for person in satker.pegawai.select_related("unit").order_by("sumber", "nomor_urut", "id")
    ]


def _anggota(satker: Satker) -> list[dict[str, Any]]:
    return [
        {
            "nama": member.nama,
            "ketua": member.is_ketua,
            "jabatan": member.jabatan,
            "divisi": member.divisi,
            "korwil_kecamatan": member.korwil_kecamatan,
        }
        for member in satker.anggota.all()
    ]


def _renstra(satker: Satker, tahun: int) -> dict[str, Any] | None:
    renstra = (
        Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
        .prefetch_related("misi", "tujuan", "sasaran__tujuan")
        .first()
    )
    if renstra is None:
        return None
    return {
        "tahun_awal": renstra.tahun_awal,
        "tahun_akhir": renstra.tahun_akhir,
        "visi": renstra.visi,
        "dasar_hukum": renstra.dasar_hukum,
        "sumber": renstra.sumber,
        "misi": [item.uraian for item in renstra.misi.all()],
        "tujuan": [{"nomor": item.nomor, "uraian": item.uraian} for item in renstra.tujuan.all()],
        "sasaran": [
            {
                "nomor": item.nomor,
                "uraian": item.uraian,
                "tujuan_nomor": item.tujuan.nomor if item.tujuan else None,
                "tujuan_tercatat": item.tujuan_tercatat or None,
            }
            for item in renstra.sasaran.all()
        ],
    }


def _kegiatan(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    used = set(satker.indikator.values_list("kegiatan_id", flat=True))
    used |= set(satker.pagu.filter(tahun=tahun).values_list("kegiatan_id", flat=True))
    return [
        {
            "kode": item.kode,
            "nama": item.nama,
            "program": item.program.nama if item.program else None,
        }
        for item in Kegiatan.objects.filter(pk__in=used).select_related("program")
    ]


def _indikator(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    rows = satker.indikator.select_related("kegiatan").prefetch_related("target_tahunan")
    return [
        {
            "kode": item.kode,
            "nama": item.nama,
            "kegiatan_kode": item.kegiatan.kode if item.kegiatan else None,
            "satuan": item.satuan,
            "polaritas": item.polaritas,
            "batas_atas": decimal_text(item.batas_atas),
            "varian_turun": item.varian_turun,
            "plafon": item.plafon or None,
            "kebijakan_target_nol": item.kebijakan_target_nol or None,
            "metode_agregasi": item.metode_agregasi,
            "bobot": decimal_text(item.bobot),
            "target_tahunan": [
                {
                    "tahun": target.tahun,
                    "target": decimal_text(target.target),
                    "sumber": target.sumber,
                }
                for target in item.target_tahunan.all()
            ],
        }
        for item in rows
    ]


def _rkt(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    rkt = RKT.objects.filter(satker=satker, tahun=tahun).first()
    if rkt is None:
        return []
    return [
        {
            "urutan": row.urutan,
            "nomor": row.nomor_tercetak,
            "sasaran": row.sasaran_tercetak,
            "kegiatan_kode": row.kegiatan.kode if row.kegiatan else None,
            "indikator_kode": row.indikator.kode,
            "indikator": row.indikator_tercetak,
            "target": decimal_text(row.target),
            "sumber": rkt.sumber,
        }
        for row in rkt.baris.select_related("kegiatan", "indikator")
    ]


def _pihak(pk: PerjanjianKinerja, side: str) -> dict[str, Any]:
    return {
        "nama": getattr(pk, f"pihak_{side}_nama"),
        "jabatan": getattr(pk, f"pihak_{side}_jabatan"),
        "nip_tercetak": getattr(pk, f"pihak_{side}_nip_tercetak") or None,
    }


def _perjanjian(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    lines = BarisPerjanjian.objects.select_related(
        "kegiatan", "indikator", "induk_baris__perjanjian"
    )
    agreements = (
        PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun)
        .select_related("unit", "induk__unit")
        .prefetch_related(
            Prefetch("baris", queryset=lines),
            "anggaran__program",
            "anggaran__kegiatan",
            "anggaran__kro",
        )
    )
    return [
        {
            "judul": pk.judul,
            "tingkat": pk.tingkat,
            "unit": pk.unit.nama if pk.unit else None,
            "induk": pk.induk.judul if pk.induk else None,
            "status": pk.status,
            "versi": pk.versi,
            "alasan_revisi": pk.alasan_revisi or None,
            "pihak_pertama": _pihak(pk, "pertama"),
            "pihak_kedua": _pihak(pk, "kedua"),
            "tempat": pk.tempat,
            "tanggal": iso(pk.tanggal),
            "total_anggaran_tercatat": rupiah(pk.total_anggaran_tercatat),
            "sumber": pk.sumber,
            "baris": [
                {
                    "urutan": line.urutan,
                    "nomor": line.nomor_tercetak,
                    "sasaran": line.sasaran_tercetak,
                    "kegiatan_kode": line.kegiatan.kode if line.kegiatan else None,
                    "indikator_kode": line.indikator.kode,
                    "indikator": line.indikator_tercetak,
                    "target": decimal_text(line.target),
                    "induk_urutan": line.induk_baris.urutan if line.induk_baris else None,
                }
                for line in pk.baris.all()
            ],
            "anggaran": [
                {
                    "urutan": line.urutan,
                    "jenis": line.jenis,
                    "program": line.program.nama if line.program else None,
                    "kegiatan_kode": line.kegiatan.kode if line.kegiatan else None,
                    "kro_kode": line.kro.kode if line.kro else None,
                    "uraian": line.uraian_tercetak,
                    "anggaran": rupiah(line.anggaran),
                }
                for line in pk.anggaran.all()
            ],
        }
        for pk in agreements
    ]


def _realisasi(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    rows = (
        Realisasi.objects.filter(indikator__satker=satker, tahun=tahun)
        .select_related("indikator__kegiatan")
        .order_by("indikator__kode", "periode")
    )
    return [
        {
            "indikator_kode": row.indikator.kode,
            "indikator": row.indikator_tercetak,
            "kegiatan_kode": row.indikator.kegiatan.kode if row.indikator.kegiatan else None,
            "periode": row.periode,
            "target": decimal_text(row.target),
            "realisasi": decimal_text(row.nilai),
            "status": row.status,
            "alasan": row.alasan or None,
            "capaian_tercatat": decimal_text(row.capaian_tercatat),
            "sumber": row.sumber,
        }
        for row in rows
    ]


def _anggaran(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    pagu_rows = list(Pagu.objects.filter(satker=satker, tahun=tahun).select_related("kegiatan"))
    realisasi_rows = list(
        RealisasiAnggaran.objects.filter(satker=satker, tahun=tahun).select_related("kegiatan")
    )
    codes = sorted({row.kegiatan.kode for row in [*pagu_rows, *realisasi_rows]})
    result = []
    for kode in codes:
        history = [row for row in pagu_rows if row.kegiatan.kode == kode]
        spent = [row for row in realisasi_rows if row.kegiatan.kode == kode]
        annual = [row for row in spent if row.periode == "tahunan"]
        result.append(
            {
                "kegiatan_kode": kode,
                # The last pagu of the history (ordered by date, then entry) is the one in force.
                "pagu": rupiah(history[-1].jumlah) if history else None,
                "realisasi": rupiah(sum(row.jumlah for row in annual)) if annual else None,
                "serapan_tercatat": decimal_text(annual[0].serapan_tercatat) if annual else None,
                "sumber_dana": (history or spent)[0].sumber_dana,
                "riwayat_pagu": [
                    {
                        "jenis": row.jenis,
                        "jumlah": rupiah(row.jumlah),
                        "tanggal": iso(row.tanggal),
                        "alasan": row.alasan or None,
                        "sumber": row.sumber,
                    }
                    for row in history
                ],
                "realisasi_per_periode": [
                    {
                        "periode": row.periode,
                        "jumlah": rupiah(row.jumlah),
                        "sumber_dana": row.sumber_dana,
                        "sumber": row.sumber,
                    }
                    for row in spent
                ],
            }
        )
    return result
