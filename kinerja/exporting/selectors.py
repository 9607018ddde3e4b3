"""The export document of one satker-year: plain data, stable, documented in docs/ekspor.md.

It carries every stored value, so `kinerja impor` can restore it; the few derived keys (the pagu
in force, the budget realisation, whether a PK is in force) come from the reading layer, the
same as every page and report. Decimals are strings ("94.74"), Rupiah integers, dates ISO
strings; every list has a fixed order, so two exports of the same data are byte-identical.
"""

import datetime
from typing import Any

from kinerja.budgets.models import Kegiatan
from kinerja.core.formatting import decimal_text, rupiah_int
from kinerja.documents.models import LaporanTahunan, LaporanTertandatangan, NaskahLaporan
from kinerja.evaluation.models import (
    CatatanReviu,
    EfisiensiSumberDaya,
    Kesimpulan,
    PernyataanReviu,
)
from kinerja.measurement.models import (
    HambatanUpaya,
    NilaiTercatat,
    PengaturanPengukuran,
    Realisasi,
    SkalaPredikat,
)
from kinerja.measurement.satker_year import satker_tahun
from kinerja.organisations.models import Satker
from kinerja.planning.models import SasaranStrategis, TargetPeriode
from kinerja.reporting.models import LaporanRealisasi

FORMAT = "kinerja-ekspor"
FORMAT_VERSION = 3
# Versions `kinerja impor` still reads: format 2 had no realisation reports.
FORMAT_VERSIONS_READ = (2, 3)


def iso(value: datetime.date | None) -> str | None:
    return None if value is None else value.isoformat()


def waktu(value: datetime.datetime | None) -> str | None:
    """A moment as ISO 8601 in UTC, whatever the database's time zone."""
    return None if value is None else value.astimezone(datetime.UTC).isoformat()


def kunci_perjanjian(pk) -> str:
    """The key a PK is known by inside one export: its unit (or "satker") and version."""
    return f"{pk.unit.nama if pk.unit_id else 'satker'}#v{pk.versi}"


def _kunci_induk(pk) -> str | dict[str, str] | None:
    """The parent PK by its key; a parent of another satker (a city PK cascaded from the
    province PK) also names its satker, since the key alone names a PK of the exported one."""
    parent = pk.induk
    if parent is None:
        return None
    if parent.satker_id == pk.satker_id:
        return kunci_perjanjian(parent)
    return {"satker": parent.satker.slug, "kunci": kunci_perjanjian(parent)}


def build_export(satker: Satker, tahun: int) -> dict[str, Any]:
    # Imported here: the LKE part builds on this module's helpers (times, PK keys).
    from kinerja.exporting.evaluasi_lke import ekspor_evaluasi_lke

    snapshot = satker_tahun(satker, tahun)
    agreements = sorted(
        [*snapshot.perjanjian, *snapshot.perjanjian_lain],
        key=lambda pk: (pk.tingkat, pk.unit.urutan if pk.unit_id else -1, pk.versi),
    )
    in_force = {pk.pk for pk in snapshot.perjanjian}
    return {
        "format": FORMAT,
        "versi_format": FORMAT_VERSION,
        "tahun": tahun,
        "satker": _satker(satker),
        "induk": [_satker(node) for node in satker.ancestors()],
        "pengaturan_pengukuran": _pengaturan(satker),
        "skala": _skala(satker),
        "unit": [
            {
                "nama": unit.nama,
                "urutan": unit.urutan,
                "nama_lain": unit.nama_lain or None,
                "nama_lain_sumber": unit.nama_lain_sumber or None,
                "tugas": unit.tugas,
            }
            for unit in satker.units.all()
        ],
        "pegawai": _pegawai(satker),
        "riwayat_jabatan": _riwayat_jabatan(satker),
        "anggota": [
            {
                "nama": member.nama,
                "ketua": member.is_ketua,
                "jabatan": member.jabatan,
                "divisi": member.divisi,
                "korwil_kecamatan": member.korwil_kecamatan,
                "nomor_urut": member.nomor_urut,
                "sumber": member.sumber,
            }
            for member in satker.anggota.all()
        ],
        "renstra": _renstra(snapshot.renstra),
        "renstra_lain": [
            _renstra(renstra)
            for renstra in satker.renstra.exclude(
                pk=snapshot.renstra.pk if snapshot.renstra else None
            )
            .order_by("tahun_awal")
            .prefetch_related("misi", "tujuan", "sasaran__tujuan")
        ],
        "kegiatan": _kegiatan(satker, tahun),
        "indikator": _indikator(satker, tahun),
        "rkt": _rkt(snapshot),
        "perjanjian": [_perjanjian(pk, pk.pk in in_force) for pk in agreements],
        "realisasi": _realisasi(satker, tahun),
        "anggaran": _anggaran(snapshot),
        "laporan_realisasi": _laporan_realisasi(satker, tahun),
        "hambatan": [
            {
                "nomor": row.nomor,
                "aspek": row.aspek,
                "kegiatan_kode": row.kegiatan.kode if row.kegiatan else None,
                "indikator_kode": row.indikator.kode if row.indikator else None,
                **_sasaran(row.sasaran),
                "hambatan": row.hambatan,
                "keterangan": row.keterangan,
                "hambatan_di_tabel_upaya": row.hambatan_di_tabel_upaya or None,
                "upaya": row.upaya,
                "tindak_lanjut": row.tindak_lanjut,
                "sumber": row.sumber,
            }
            for row in HambatanUpaya.objects.filter(satker=satker, tahun=tahun).select_related(
                "kegiatan", "indikator", "sasaran__renstra"
            )
        ],
        "efisiensi": [
            {"nomor": row.nomor, "sumber_daya": row.sumber_daya, "efisiensi": row.efisiensi}
            for row in EfisiensiSumberDaya.objects.filter(satker=satker, tahun=tahun)
        ],
        "kesimpulan": [
            {
                "nomor": row.nomor,
                "aspek": row.aspek,
                "indikator_keberhasilan": row.indikator_keberhasilan,
                "keterangan": row.keterangan,
            }
            for row in Kesimpulan.objects.filter(satker=satker, tahun=tahun)
        ],
        # Every version of the LKjIP's narrative sections; their authors are accounts, which
        # are not exported.
        "naskah": _naskah(satker, tahun),
        "identitas_laporan": _identitas_laporan(satker, tahun),
        "laporan_tertandatangan": _laporan_tertandatangan(satker, tahun),
        # The inspectorate's review notes and the satker's responses; who wrote, answered or
        # closed them are accounts, which are not exported.
        "catatan_reviu": [
            {
                "aturan": row.aturan,
                "lokasi": row.lokasi,
                "pesan_temuan": row.pesan_temuan,
                "teks": row.teks,
                "status": row.status,
                "tanggapan": row.tanggapan,
                "dibuat_pada": waktu(row.dibuat_pada),
                "ditanggapi_pada": waktu(row.ditanggapi_pada),
                "diselesaikan_pada": waktu(row.diselesaikan_pada),
            }
            for row in CatatanReviu.objects.filter(satker=satker, tahun=tahun).order_by(
                "dibuat_pada", "id"
            )
        ],
        # The inspectorate's statements that the report was reviewed, withdrawn ones too; the
        # signer as printed, and by NIP to find their staff record again.
        "pernyataan_reviu": [
            {
                "tanggal": row.tanggal.isoformat(),
                "tempat": row.tempat,
                "nama": row.nama,
                "nip": row.nip,
                "jabatan": row.jabatan,
                "pangkat_golongan": row.pangkat_golongan,
                "dicatat_pada": waktu(row.dicatat_pada),
                "ditarik_pada": waktu(row.ditarik_pada),
                "alasan_penarikan": row.alasan_penarikan,
            }
            for row in PernyataanReviu.objects.filter(satker=satker, tahun=tahun).order_by(
                "dicatat_pada", "id"
            )
        ],
        "nilai_tercatat": [
            {
                "sumber": row.sumber,
                "urutan": row.urutan,
                "besaran": row.besaran,
                "cakupan": row.cakupan or None,
                "indikator_kode": row.indikator.kode if row.indikator else None,
                "kegiatan_kode": row.kegiatan.kode if row.kegiatan else None,
                **_sasaran(row.sasaran),
                "label": row.label or None,
                "pembanding": row.pembanding,
                "nilai": decimal_text(row.nilai),
                "dari": decimal_text(row.dari),
                "teks": row.teks or None,
            }
            for row in NilaiTercatat.objects.filter(satker=satker, tahun=tahun).select_related(
                "indikator", "kegiatan", "sasaran__renstra"
            )
        ],
        # The year's LKE evaluation with the worksheet version it was answered on, or null.
        "evaluasi_lke": ekspor_evaluasi_lke(satker, tahun),
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
        "sumber": setting.sumber or None,
        "periode_laporan": setting.periode_laporan,
    }


def _skala(satker: Satker) -> list[dict[str, Any]]:
    """The scale the satker measures with, in full, so a database without it can take it."""
    scales = SkalaPredikat.objects.filter(
        pk__in=PengaturanPengukuran.objects.filter(satker=satker).values("skala")
    ).prefetch_related("pita")
    return [
        {
            "kode": scale.kode,
            "nama": scale.nama,
            "sumber": scale.sumber,
            "teratas_terbuka": scale.teratas_terbuka,
            "pita": [
                {
                    "urutan": band.urutan,
                    "predikat": band.predikat,
                    "keterangan": band.keterangan,
                    "bawah": decimal_text(band.bawah),
                    "bawah_inklusif": band.bawah_inklusif,
                    "atas": decimal_text(band.atas),
                    "atas_inklusif": band.atas_inklusif,
                }
                for band in scale.pita.all()
            ],
        }
        for scale in scales
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


def _riwayat_jabatan(satker: Satker) -> list[dict[str, Any]]:
    return [
        {
            "pegawai": (
                {"sumber": term.pegawai.sumber, "nomor_urut": term.pegawai.nomor_urut}
                if term.pegawai_id
                else None
            ),
            "anggota": term.anggota.nomor_urut if term.anggota_id else None,
            "jabatan": term.jabatan,
            "kepala": term.kepala,
            "atasan": term.atasan,
            "unit": term.unit.nama if term.unit_id else None,
            "mulai": iso(term.mulai),
            "selesai": iso(term.selesai),
            "pangkat_golongan": term.pangkat_golongan or None,
            "sumber": term.sumber or None,
        }
        # Signing roles first, so no order depends on where an engine sorts an empty column.
        for term in satker.riwayat_jabatan.select_related("pegawai", "anggota", "unit").order_by(
            "mulai",
            "-kepala",
            "-atasan",
            "unit__urutan",
            "pegawai__sumber",
            "pegawai__nomor_urut",
            "jabatan",
        )  # fmt: skip
    ]


def _identitas_laporan(satker: Satker, tahun: int) -> dict[str, Any] | None:
    record = LaporanTahunan.objects.filter(satker=satker, tahun=tahun).first()
    if record is None:
        return None
    return {"tanggal": iso(record.tanggal), "tempat": record.tempat, "nomor": record.nomor}


def _laporan_tertandatangan(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    """Every signed version, its content as stored (the hash is of these very characters);
    who signed in Kinerja is an account, not exported."""
    return [
        {
            "versi": row.versi,
            "isi": row.isi,
            "sidik": row.sidik,
            "data": row.data,
            "data_sidik": row.data_sidik,
            "tanggal": iso(row.tanggal),
            "tempat": row.tempat,
            "nomor": row.nomor,
            "penanda_tangan": row.penanda_tangan,
            "penanda_tangan_nip": row.penanda_tangan_nip,
            "penanda_tangan_jabatan": row.penanda_tangan_jabatan,
            "revisi_dari_versi": row.revisi_dari.versi if row.revisi_dari else None,
            "alasan": row.alasan,
            "ditandatangani_pada": waktu(row.ditandatangani_pada),
        }
        for row in LaporanTertandatangan.objects.filter(satker=satker, tahun=tahun)
        .select_related("revisi_dari")
        .order_by("versi")
    ]


def _renstra(renstra) -> dict[str, Any] | None:
    if renstra is None:
        return None
    return {
        "tahun_awal": renstra.tahun_awal,
        "tahun_akhir": renstra.tahun_akhir,
        "visi": renstra.visi,
        "dasar_hukum": renstra.dasar_hukum,
        "sumber": renstra.sumber,
        "misi": [{"nomor": item.nomor, "uraian": item.uraian} for item in renstra.misi.all()],
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
    """Every kegiatan the satker-year refers to, with its programme and its KRO/RO."""
    used = set(satker.indikator.values_list("kegiatan_id", flat=True))
    used |= set(satker.pagu.filter(tahun=tahun).values_list("kegiatan_id", flat=True))
    used |= set(satker.realisasi_anggaran.filter(tahun=tahun).values_list("kegiatan_id", flat=True))
    for agreement in satker.perjanjian.filter(tahun=tahun):
        used |= set(agreement.baris.values_list("kegiatan_id", flat=True))
        used |= set(agreement.anggaran.values_list("kegiatan_id", flat=True))
        used |= set(agreement.anggaran.values_list("kro__kegiatan_id", flat=True))
    used |= set(satker.rkt.filter(tahun=tahun).values_list("baris__kegiatan_id", flat=True))
    used |= set(satker.hambatan.filter(tahun=tahun).values_list("kegiatan_id", flat=True))
    used |= set(satker.nilai_tercatat.filter(tahun=tahun).values_list("kegiatan_id", flat=True))
    return [
        {
            "kode": item.kode,
            "nama": item.nama,
            "program": item.program.nama if item.program else None,
            "program_kode": (item.program.kode or None) if item.program else None,
            "kro": [
                {
                    "kode": kro.kode,
                    "nama": kro.nama,
                    "ro": [{"kode": ro.kode, "nama": ro.nama} for ro in kro.ro.all()],
                }
                for kro in item.kro.all()
            ],
        }
        for item in Kegiatan.objects.filter(pk__in=used - {None})
        .select_related("program")
        .prefetch_related("kro__ro")
    ]


def _indikator(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    periods: dict[int, list] = {}
    for row in TargetPeriode.objects.filter(indikator__satker=satker, tahun=tahun):
        periods.setdefault(row.indikator_id, []).append(row)
    rows = satker.indikator.select_related("kegiatan", "sasaran__renstra").prefetch_related(
        "target_tahunan"
    )
    return [
        {
            "kode": item.kode,
            "nama": item.nama,
            "kegiatan_kode": item.kegiatan.kode if item.kegiatan else None,
            **_sasaran(item.sasaran),
            "satuan": item.satuan,
            "iku": item.iku,
            "polaritas": item.polaritas,
            "batas_atas": decimal_text(item.batas_atas),
            "varian_turun": item.varian_turun,
            "plafon": item.plafon or None,
            "kebijakan_target_nol": item.kebijakan_target_nol or None,
            "metode_agregasi": item.metode_agregasi,
            "bobot": decimal_text(item.bobot),
            "label_kualitatif": list(item.urutan_label),
            "definisi": item.definisi or None,
            "sumber_data": item.sumber_data or None,
            "target_tahunan": [
                {"tahun": target.tahun, **_target(target), "sumber": target.sumber}
                for target in item.target_tahunan.all()
            ],
            "target_periode": [
                {
                    "tahun": target.tahun,
                    "periode": target.periode,
                    **_target(target),
                    "sumber": target.sumber,
                }
                for target in periods.get(item.pk, [])
            ],
        }
        for item in rows
    ]


def _kunci_naskah(kunci: str, sasaran: dict[int, Any]) -> dict[str, Any]:
    """A narrative section's sasaran as a file names it: a Renstra sasaran by its Renstra and
    number (ids do not travel), a kegiatan by its code; an analysis whose sasaran is gone as
    "yatim:<kunci>", so it stays orphaned wherever it is restored."""
    if kunci.startswith("sasaran-"):
        found = sasaran.get(int(kunci.removeprefix("sasaran-")))
        if found is None:
            return {"kunci": f"yatim:{kunci}", **_sasaran(None)}
        return {"kunci": "sasaran", **_sasaran(found)}
    return {"kunci": kunci, **_sasaran(None)}


def _naskah(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    """Every version of the LKjIP's narrative sections, in an order that does not depend on
    ids; their authors are accounts, which are not exported."""
    versions = list(
        NaskahLaporan.objects.filter(satker=satker, tahun=tahun).select_related("dipulihkan_dari")
    )
    ids = {
        int(row.kunci.removeprefix("sasaran-"))
        for row in versions
        if row.kunci.startswith("sasaran-")
    }
    sasaran = SasaranStrategis.objects.select_related("renstra").in_bulk(ids)
    rows = [
        {
            "bagian": row.bagian,
            **_kunci_naskah(row.kunci, sasaran),
            "label_kunci": row.label_kunci,
            "versi": row.versi,
            "teks": row.teks,
            "sidik_bawaan": row.sidik_bawaan,
            "dipulihkan_dari_versi": row.dipulihkan_dari.versi if row.dipulihkan_dari else None,
            "dibuat_pada": waktu(row.dibuat_pada),
        }
        for row in versions
    ]
    return sorted(
        rows,
        key=lambda row: (
            row["bagian"],
            row["kunci"],
            row["sasaran_renstra"] or 0,
            row["sasaran_nomor"] or 0,
            row["versi"],
        ),
    )


def _sasaran(sasaran) -> dict[str, int | None]:
    """A sasaran strategis named by its Renstra's first year and its number."""
    return {
        "sasaran_renstra": sasaran.renstra.tahun_awal if sasaran else None,
        "sasaran_nomor": sasaran.nomor if sasaran else None,
    }


def _target(row) -> dict[str, str | None]:
    return {"target": decimal_text(row.target), "target_teks": row.target_teks or None}


def _rkt(snapshot) -> dict[str, Any] | None:
    if snapshot.rkt is None:
        return None
    return {
        "sumber": snapshot.rkt.sumber,
        "baris": [
            {
                "urutan": row.urutan,
                "nomor": row.nomor_tercetak,
                "sasaran": row.sasaran_tercetak,
                "kegiatan_kode": row.kegiatan.kode if row.kegiatan else None,
                "indikator_kode": row.indikator.kode,
                "indikator": row.indikator_tercetak,
                **_target(row),
            }
            for row in snapshot.rkt_baris
        ],
    }


def _pihak(pk, side: str) -> dict[str, Any]:
    pegawai = getattr(pk, f"pihak_{side}_pegawai")
    anggota = pk.pihak_kedua_anggota if side == "kedua" else None
    return {
        "nama": getattr(pk, f"pihak_{side}_nama"),
        "jabatan": getattr(pk, f"pihak_{side}_jabatan"),
        "nip_tercetak": getattr(pk, f"pihak_{side}_nip_tercetak") or None,
        "pegawai": (
            {"sumber": pegawai.sumber, "nomor_urut": pegawai.nomor_urut} if pegawai else None
        ),
        "anggota_nomor_urut": anggota.nomor_urut if anggota else None,
    }


def _perjanjian(pk, berlaku: bool) -> dict[str, Any]:
    return {
        "kunci": kunci_perjanjian(pk),
        "judul": pk.judul,
        "tingkat": pk.tingkat,
        "unit": pk.unit.nama if pk.unit else None,
        "induk": _kunci_induk(pk),
        "status": pk.status,
        "berlaku": berlaku,
        "versi": pk.versi,
        "revisi_dari": kunci_perjanjian(pk.revisi_dari) if pk.revisi_dari else None,
        "alasan_revisi": pk.alasan_revisi or None,
        "keterangan_revisi": pk.keterangan_revisi or None,
        "pihak_pertama": _pihak(pk, "pertama"),
        "pihak_kedua": _pihak(pk, "kedua"),
        "tempat": pk.tempat,
        "tanggal": iso(pk.tanggal),
        "total_anggaran_tercatat": rupiah_int(pk.total_anggaran_tercatat),
        "sumber": pk.sumber,
        "baris": [
            {
                "urutan": line.urutan,
                "nomor": line.nomor_tercetak,
                "sasaran": line.sasaran_tercetak,
                "kegiatan_kode": line.kegiatan.kode if line.kegiatan else None,
                "indikator_kode": line.indikator.kode,
                "indikator": line.indikator_tercetak,
                **_target(line),
                "induk_urutan": line.induk_baris.urutan if line.induk_baris else None,
                "rkt_urutan": line.baris_rkt.urutan if line.baris_rkt else None,
            }
            for line in pk.baris.all()
        ],
        "anggaran": [
            {
                "urutan": line.urutan,
                "jenis": line.jenis,
                "program": line.program.nama if line.program else None,
                # A programme may appear only here, without a kegiatan of the satker under it.
                "program_kode": (line.program.kode or None) if line.program else None,
                "kegiatan_kode": line.kegiatan.kode if line.kegiatan else None,
                "kro_kegiatan_kode": line.kro.kegiatan.kode if line.kro else None,
                "kro_kode": line.kro.kode if line.kro else None,
                "uraian": line.uraian_tercetak,
                "anggaran": rupiah_int(line.anggaran),
            }
            for line in pk.anggaran.all()
        ],
    }


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
            **_target(row),
            "realisasi": decimal_text(row.nilai),
            "realisasi_teks": row.nilai_teks or None,
            "pembilang": decimal_text(row.pembilang),
            "pembilang_sumber": row.pembilang_sumber or None,
            "pembagi": decimal_text(row.pembagi),
            "pembagi_sumber": row.pembagi_sumber or None,
            "status": row.status,
            "alasan": row.alasan or None,
            "capaian_tercatat": decimal_text(row.capaian_tercatat),
            "sumber": row.sumber,
        }
        for row in rows
    ]


def _anggaran(snapshot) -> list[dict[str, Any]]:
    return [
        {
            "kegiatan_kode": item.kode,
            # Derived, from the reading layer: the pagu in force, the realisation, the source.
            "pagu": rupiah_int(item.pagu),
            "realisasi": rupiah_int(item.realisasi),
            "sumber_dana": item.sumber_dana,
            "riwayat_pagu": [
                {
                    "jenis": row.jenis,
                    "kro": row.kro or None,
                    "jumlah": rupiah_int(row.jumlah),
                    "sumber_dana": row.sumber_dana,
                    "tanggal": iso(row.tanggal),
                    "alasan": row.alasan or None,
                    "nomor_dokumen": row.nomor_dokumen or None,
                    "sumber": row.sumber,
                }
                for row in item.riwayat
            ],
            "realisasi_per_periode": [
                {
                    "periode": row.periode,
                    "jumlah": rupiah_int(row.jumlah),
                    "sumber_dana": row.sumber_dana,
                    "serapan_tercatat": decimal_text(row.serapan_tercatat),
                    "sumber": row.sumber,
                }
                for row in item.realisasi_baris
            ],
        }
        for item in snapshot.anggaran
        # A kegiatan known only from a PK budget line has no budget record of its own.
        if item.riwayat or item.realisasi_baris
    ]


def _laporan_realisasi(satker: Satker, tahun: int) -> list[dict[str, Any]]:
    """The units' realisation reports of the year in every state, with their entries and their
    evidence files' metadata (the bytes go to a folder: `kinerja ekspor --bukti`). Who saved,
    submitted, decided or uploaded is an account, not satker data, and is not exported."""
    reports = (
        LaporanRealisasi.objects.filter(satker=satker, tahun=tahun)
        .select_related("unit")
        .prefetch_related("isian__indikator", "bukti")
        .order_by("unit__urutan", "unit__nama", "periode")
    )
    return [
        {
            "unit": report.unit.nama,
            "periode": report.periode,
            "status": report.status,
            "versi": report.versi,
            "narasi": report.narasi,
            "alasan_dikembalikan": report.alasan_dikembalikan or None,
            "diubah_pada": waktu(report.diubah_pada),
            "diajukan_pada": waktu(report.diajukan_pada),
            "diputuskan_pada": waktu(report.diputuskan_pada),
            "isian": [
                {
                    "indikator_kode": item.indikator.kode,
                    "status": item.status,
                    "realisasi": decimal_text(item.nilai),
                    "realisasi_teks": item.nilai_teks or None,
                    "alasan": item.alasan or None,
                }
                for item in sorted(report.isian.all(), key=lambda item: item.indikator.kode)
            ],
            "bukti": [
                {
                    "nama": item.nama_asli,
                    "jenis": item.jenis,
                    "ukuran": item.ukuran,
                    "sha256": item.sha256,
                    "diunggah_pada": waktu(item.diunggah_pada),
                }
                for item in sorted(
                    report.bukti.all(),
                    key=lambda item: (item.diunggah_pada, item.nama_asli, item.sha256),
                )
            ],
        }
        for report in reports
    ]
