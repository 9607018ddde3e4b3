"""Hand-made satker-year snapshots for the engine's tests: each test states only what matters.

Numbers are written as strings ("81,16" or "81.16") and targets as documents write them ("95",
"7–8", "≥ HPP", "WTP"); everything else takes a plain default.
"""

from decimal import Decimal

from kinerja.core.numbers import parse_angka as parse_desimal
from kinerja.measurement.capaian import KebijakanTargetNol
from kinerja.measurement.scales import LAN_4_PITA, Skala
from kinerja.measurement.snapshot import (
    AnggaranKegiatan,
    BarisRealisasi,
    BarisRealisasiAnggaran,
    Indikator,
    Pengaturan,
    RiwayatPagu,
    SatkerTahun,
    TargetBerlaku,
    putuskan_anggaran,
)
from kinerja.planning.targets import Target, angka_tertulis

TAHUN = 2024


def angka(text: str | None) -> Decimal | None:
    return None if text is None else parse_desimal(text)


def target(text: str) -> Target:
    """A target as a document writes it; a bare number is kept as a number."""
    number = angka_tertulis(text)
    return Target(number) if number is not None else Target(teks=text)


def indikator(id: int = 1, **fields) -> Indikator:
    fields.setdefault("kode", f"IK-{id}")
    fields.setdefault("nama", f"Indikator {id}")
    fields.setdefault("satuan", "%")
    for name in ("batas_atas", "bobot"):
        if isinstance(fields.get(name), str):
            fields[name] = angka(fields[name])
    return Indikator(id=id, **fields)


def baris(
    periode: str = "tahunan",
    nilai: str | None = None,
    *,
    teks: str = "",
    status: str = "dilaporkan",
    target_tertulis: str | None = None,
    pembilang: str | None = None,
    pembagi: str | None = None,
    capaian_tercatat: str | None = None,
    sumber: str = "",
) -> BarisRealisasi:
    """One realisation row; `target_tertulis` is the target printed beside it."""
    return BarisRealisasi(
        periode=periode,
        status=status,
        nilai=angka(nilai),
        nilai_teks=teks,
        pembilang=angka(pembilang),
        pembagi=angka(pembagi),
        target=None if target_tertulis is None else target(target_tertulis),
        capaian_tercatat=angka(capaian_tercatat),
        sumber=sumber,
    )


def pengaturan(skala: Skala = LAN_4_PITA, plafon: str | None = None) -> Pengaturan:
    return Pengaturan(skala, angka(plafon), KebijakanTargetNol.BAKU, Decimal(100))


def satker_tahun(
    *indikators: Indikator,
    realisasi: dict[int, list[BarisRealisasi]] | None = None,
    target_berlaku: dict[int, str] | None = None,
    target_periode: dict[int, dict[str, str]] | None = None,
    realisasi_lalu: dict[int, list[BarisRealisasi]] | None = None,
    target_tahunan: dict[tuple[int, int], str] | None = None,
    tahun_akhir_renstra: int | None = None,
    anggaran: list[AnggaranKegiatan] | None = None,
    skala: Skala = LAN_4_PITA,
    plafon: str | None = None,
    sumber_berlaku: str = "PK",
) -> SatkerTahun:
    """A satker-year; `target_berlaku` gives each indicator's target in force (from the PK,
    or from `sumber_berlaku`: "RKT", "target tahunan Renstra")."""
    return SatkerTahun(
        satker_id=1,
        slug="uji",
        nama="Satker Uji",
        tahun=TAHUN,
        pengaturan=pengaturan(skala, plafon),
        indikator=list(indikators or [indikator()]),
        target_berlaku={
            key: TargetBerlaku(target(text), sumber_berlaku)
            for key, text in (target_berlaku or {}).items()
        },
        target_tahunan={key: target(text) for key, text in (target_tahunan or {}).items()},
        target_periode={
            key: {periode: target(text) for periode, text in targets.items()}
            for key, targets in (target_periode or {}).items()
        },
        realisasi=realisasi or {},
        realisasi_lalu=realisasi_lalu,
        tahun_akhir_renstra=tahun_akhir_renstra,
        anggaran=anggaran or [],
    )


def pagu(
    jumlah: str, sumber_dana: str = "apbn_dipa", jenis: str = "revisi", *, kro: str = ""
) -> RiwayatPagu:
    """A pagu record; with `kro`, the record of that KRO of the kegiatan."""
    return RiwayatPagu(
        jenis, jenis.title(), angka(jumlah), sumber_dana, None, "", "", kro, f"KRO {kro}"
    )


def belanja(periode: str, jumlah: str, sumber_dana: str = "apbn_dipa") -> BarisRealisasiAnggaran:
    return BarisRealisasiAnggaran(periode, angka(jumlah), sumber_dana, None, "")


def anggaran(
    kode: str = "K1",
    *,
    pagu_pk: tuple[str, ...] = (),
    riwayat: tuple[RiwayatPagu, ...] = (),
    realisasi: tuple[BarisRealisasiAnggaran, ...] = (),
    kegiatan_id: int = 1,
) -> AnggaranKegiatan:
    """A kegiatan's budget as it stands, decided by `putuskan_anggaran`."""
    return putuskan_anggaran(
        kegiatan_id,
        kode,
        f"Kegiatan {kode}",
        None,
        tuple(angka(amount) for amount in pagu_pk),
        riwayat,
        realisasi,
    )
