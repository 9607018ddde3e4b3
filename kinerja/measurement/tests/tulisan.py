"""Small hand-made satker-years and the writes that change their figures, one of each kind:
what the caches of computed figures (kinerja.measurement.ringkasan and .cache) must follow."""

import datetime
from decimal import Decimal

from kinerja.accounts.tests.factories import UserFactory
from kinerja.agreements.models import BarisPerjanjian
from kinerja.agreements.services import sign_perjanjian
from kinerja.agreements.tests.factories import PerjanjianSatkerFactory
from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.budgets.tests.factories import KegiatanFactory
from kinerja.measurement.models import PengaturanPengukuran, Realisasi
from kinerja.organisations.tests.factories import SatkerFactory
from kinerja.planning.models import RKT, BarisRKT, TargetTahunan
from kinerja.planning.tests.factories import IndikatorKinerjaFactory

D = Decimal
TAHUN = 2024


def kota(induk, nama, nilai):
    kota = SatkerFactory(nama=nama, parent=induk)
    kegiatan = KegiatanFactory()
    indikator = IndikatorKinerjaFactory(satker=kota, kegiatan=kegiatan)
    TargetTahunan.objects.create(indikator=indikator, tahun=TAHUN, target=D(100))
    Realisasi.objects.create(indikator=indikator, tahun=TAHUN, nilai=D(nilai), sumber="uji")
    Pagu.objects.create(
        satker=kota, kegiatan=kegiatan, tahun=TAHUN, jenis="awal", jumlah=D(1_000), sumber="uji"
    )
    RealisasiAnggaran.objects.create(
        satker=kota, kegiatan=kegiatan, tahun=TAHUN, periode="tahunan", jumlah=D(900),
        sumber="uji",
    )  # fmt: skip
    return kota


def ubah_realisasi(provinsi, satu, dua):
    row = Realisasi.objects.get(indikator__satker=satu)
    row.nilai = D(50)
    row.save()
    return {satu}


def hapus_realisasi(provinsi, satu, dua):
    Realisasi.objects.get(indikator__satker=satu).delete()
    return {satu}


def siapkan_pindah(provinsi, satu, dua):
    kosong = IndikatorKinerjaFactory(satker=dua, kegiatan=dua.indikator.first().kegiatan)
    TargetTahunan.objects.create(indikator=kosong, tahun=TAHUN, target=D(40))


def pindah_realisasi(provinsi, satu, dua):
    # A row moved to another satker's indicator changes both satkers.
    row = Realisasi.objects.get(indikator__satker=satu)
    row.indikator = dua.indikator.get(target_tahunan__target=D(40))
    row.save()
    return {satu, dua}


def ubah_target(provinsi, satu, dua):
    target = TargetTahunan.objects.get(indikator__satker=satu)
    target.target = D(160)
    target.save()
    return {satu}


def ubah_polaritas(provinsi, satu, dua):
    indikator = satu.indikator.get()
    indikator.polaritas = "turun"
    indikator.save()
    return {satu}


def hapus_indikator(provinsi, satu, dua):
    # A cascade: the indicator's target and realisation go with it.
    satu.indikator.get().delete()
    return {satu}


def rkt(provinsi, satu, dua):
    rkt = RKT.objects.create(satker=satu, tahun=TAHUN)
    BarisRKT.objects.create(
        rkt=rkt, urutan=1, sasaran_tercetak="S", indikator=satu.indikator.get(), target=D(80)
    )
    return {satu}


def hapus_rkt(provinsi, satu, dua):
    RKT.objects.get(satker=satu).delete()
    return {satu}


def siapkan_pk(provinsi, satu, dua):
    pk = PerjanjianSatkerFactory(satker=satu, tahun=TAHUN, tanggal=datetime.date(2024, 1, 30))
    BarisPerjanjian.objects.create(
        perjanjian=pk, urutan=1, sasaran_tercetak="S", indikator=satu.indikator.get(),
        target=D(160),
    )  # fmt: skip


def tanda_tangan_pk(provinsi, satu, dua):
    sign_perjanjian(satu.perjanjian.get(), actor=UserFactory(is_superuser=True))
    return {satu}


def ubah_pagu(provinsi, satu, dua):
    pagu = Pagu.objects.get(satker=dua)
    pagu.jumlah = D(3_000)
    pagu.save()
    return {dua}


def hapus_realisasi_anggaran(provinsi, satu, dua):
    RealisasiAnggaran.objects.filter(satker=dua).delete()
    return {dua}


def siapkan_plafon(provinsi, satu, dua):
    Realisasi.objects.filter(indikator__satker=dua).update(nilai=D(130))


def plafon(provinsi, satu, dua):
    PengaturanPengukuran.objects.create(satker=dua, plafon="100")
    return {dua}


def dunia_uji():
    """A province and two kab/kota below it, each with one measured indicator and a budget."""
    provinsi = SatkerFactory(nama="KPU Provinsi Cache", tingkat="provinsi")
    satu = kota(provinsi, "KPU Kota Satu", 80)
    dua = kota(provinsi, "KPU Kota Dua", 90)
    return provinsi, satu, dua


# (preparation, write): each write returns the satkers whose figures it changes.
TULISAN = [
    (None, ubah_realisasi), (None, hapus_realisasi), (siapkan_pindah, pindah_realisasi),
    (None, ubah_target), (None, ubah_polaritas), (None, hapus_indikator), (None, rkt),
    (rkt, hapus_rkt), (siapkan_pk, tanda_tangan_pk), (None, ubah_pagu),
    (None, hapus_realisasi_anggaran), (siapkan_plafon, plafon),
]  # fmt: skip


def nama_langkah(step) -> str:
    return step.__name__ if step else ""
