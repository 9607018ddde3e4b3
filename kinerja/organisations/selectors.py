"""Reads for the read-only satker page: one year of a satker, with every query bounded."""

from dataclasses import dataclass

from django.db.models import Prefetch, Sum

from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.organisations.models import Satker
from kinerja.planning.models import RKT, BarisRKT, Renstra


@dataclass
class SatkerYear:
    satker: Satker
    tahun: int
    tahun_tersedia: list[int]
    units: list
    pegawai: list
    anggota: list
    renstra: Renstra | None
    rkt: RKT | None
    rkt_baris: list
    perjanjian: list


def available_years(satker: Satker) -> list[int]:
    years = set(satker.rkt.values_list("tahun", flat=True))
    years |= set(satker.perjanjian.values_list("tahun", flat=True))
    return sorted(years, reverse=True)


def satker_year(satker: Satker, tahun: int) -> SatkerYear:
    renstra = (
        Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
        .prefetch_related("misi", "tujuan", "sasaran__tujuan")
        .first()
    )
    rkt = RKT.objects.filter(satker=satker, tahun=tahun).first()
    rkt_baris = (
        list(BarisRKT.objects.filter(rkt=rkt).select_related("kegiatan", "indikator"))
        if rkt
        else []
    )
    agreements = list(
        PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun)
        .select_related("unit", "induk__unit")
        .prefetch_related(
            Prefetch("baris", queryset=BarisPerjanjian.objects.select_related("indikator")),
            Prefetch(
                "anggaran",
                queryset=AnggaranPerjanjian.objects.select_related("program", "kegiatan"),
            ),
        )
        .annotate(jumlah_anggaran=Sum("anggaran__anggaran"))
    )
    return SatkerYear(
        satker=satker,
        tahun=tahun,
        tahun_tersedia=available_years(satker),
        units=list(satker.units.all()),
        pegawai=list(satker.pegawai.select_related("unit").order_by("sumber", "nomor_urut")),
        anggota=list(satker.anggota.all()),
        renstra=renstra,
        rkt=rkt,
        rkt_baris=rkt_baris,
        perjanjian=agreements,
    )
