"""The rows of an LKE workbook's "Lembar" sheet as komponen, sub-komponen and kriteria, the
code's depth saying which ("1", "1.a", "1.a.1"). No Django."""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from kinerja.core.pesan import Pesan
from kinerja.lke.lembar import PERSPEKTIF, Komponen, Kriteria, Lembar, SubKomponen
from kinerja.lke.sel_xlsx import SelTidakSah, desimal, kunci, teks, ya_tidak
from kinerja.lke.xlsx_sheet import Galat, Tabel, skala_untuk
from kinerja.lke.xlsx_tata_letak import PERSPEKTIF_LAIN


@dataclass
class Draf:
    """Parts read so far, keyed by code, in the order of the rows."""

    komponen: dict[str, dict] = field(default_factory=dict)
    sub: dict[str, dict] = field(default_factory=dict)
    kriteria: dict[str, dict] = field(default_factory=dict)
    baris: dict[str, int] = field(default_factory=dict)


def _bobot(tabel: Tabel, baris: int, row: dict, galat: Galat, *, wajib: bool) -> Decimal | None:
    try:
        bobot = desimal(row.get("bobot"))
    except SelTidakSah as salah:
        galat.sel(tabel.nama, baris, tabel.letak("bobot"), salah.pesan)
        return None
    if bobot is None and wajib:
        galat.sel(tabel.nama, baris, tabel.letak("bobot"), Pesan("bobot kosong."))
    elif bobot is not None and bobot < 0:
        galat.sel(tabel.nama, baris, tabel.letak("bobot"), Pesan("bobot negatif."))
        return None
    return bobot


def _ya_tidak(tabel: Tabel, baris: int, row: dict, nama: str, kosong: bool, galat: Galat) -> bool:
    if nama not in tabel.kolom:
        return kosong
    try:
        return ya_tidak(row.get(nama), kosong=kosong)
    except SelTidakSah as salah:
        galat.sel(tabel.nama, baris, tabel.letak(nama), salah.pesan)
        return kosong


def _perspektif(tabel: Tabel, baris: int, row: dict, galat: Galat) -> str:
    perspektif = kunci(row.get("perspektif"))
    perspektif = PERSPEKTIF_LAIN.get(perspektif, perspektif)
    if perspektif and perspektif not in PERSPEKTIF:
        masalah = Pesan(
            "perspektif «%(isi)s» tidak dikenal (keberadaan, kualitas atau pemanfaatan).",
            isi=teks(row.get("perspektif")),
        )
        galat.sel(tabel.nama, baris, tabel.letak("perspektif"), masalah)
    return perspektif


def _skala(tabel: Tabel, baris: int, row: dict, skala: dict, galat: Galat):
    isi = teks(row.get("skala"))
    cocok = skala_untuk(isi, skala)
    if len(cocok) == 1:
        return cocok[0]
    if not isi:
        masalah = Pesan("skala kosong.")
    elif not cocok:
        masalah = Pesan("skala «%(isi)s» tidak dikenal.", isi=isi)
    else:
        masalah = Pesan("skala «%(isi)s» cocok dengan lebih dari satu skala.", isi=isi)
    galat.sel(tabel.nama, baris, tabel.letak("skala"), masalah)
    return None


def _kriteria(tabel: Tabel, baris: int, row: dict, skala: dict, galat: Galat) -> dict:
    return {
        "skala": _skala(tabel, baris, row, skala, galat),
        "bobot": _bobot(tabel, baris, row, galat, wajib=False),
        "panduan": teks(row.get("panduan")),
        "bukti_diharapkan": teks(row.get("bukti")),
        "wajib": _ya_tidak(tabel, baris, row, "wajib", True, galat),
        "teks_perlu_diverifikasi": _ya_tidak(tabel, baris, row, "verifikasi", False, galat),
        "prasyarat": tuple(re.split(r"[,;\s]+", teks(row.get("prasyarat")))),
        "sumber": teks(row.get("sumber")),
        "catatan": teks(row.get("catatan")),
        "baris": baris,
    }


def baca_baris(tabel: Tabel, baris: int, row: dict, skala: dict, draf: Draf, galat: Galat):
    """One row into `draf`; problems into `galat`."""
    kode = teks(row.get("kode")).rstrip(".")
    if not kode:
        if teks(row.get("skala")) or teks(row.get("bobot")):
            galat.sel(tabel.nama, baris, tabel.letak("kode"), Pesan("kode kosong."))
        return  # a title or a note between the rows
    if kode in draf.baris:
        masalah = Pesan(
            "kode %(kode)s sudah dipakai di baris %(lain)s.", kode=kode, lain=draf.baris[kode]
        )
        galat.sel(tabel.nama, baris, tabel.letak("kode"), masalah)
        return
    draf.baris[kode] = baris
    uraian = teks(row.get("uraian"))
    if not uraian:
        galat.sel(tabel.nama, baris, tabel.letak("uraian"), Pesan("uraian kosong."))
    bagian = kode.split(".")
    induk = ".".join(bagian[:-1])
    if len(bagian) == 1:
        bobot = _bobot(tabel, baris, row, galat, wajib=True)
        draf.komponen[kode] = {"nama": uraian, "bobot": bobot}
    elif len(bagian) == 2:
        if induk not in draf.komponen:
            masalah = Pesan(
                "sub-komponen %(kode)s berada di bawah komponen %(induk)s yang tidak ada.",
                kode=kode,
                induk=induk,
            )
            galat.sel(tabel.nama, baris, tabel.letak("kode"), masalah)
        draf.sub[kode] = {
            "induk": induk,
            "nama": uraian,
            "bobot": _bobot(tabel, baris, row, galat, wajib=True),
            "perspektif": _perspektif(tabel, baris, row, galat),
        }
    elif len(bagian) == 3:
        if induk not in draf.sub:
            masalah = Pesan(
                "kriteria %(kode)s berada di bawah sub-komponen %(induk)s yang tidak ada.",
                kode=kode,
                induk=induk,
            )
            galat.sel(tabel.nama, baris, tabel.letak("kode"), masalah)
        draf.kriteria[kode] = {"induk": induk, "teks": uraian} | _kriteria(
            tabel, baris, row, skala, galat
        )
    else:
        masalah = Pesan("kode «%(kode)s» tidak berbentuk 1, 1.a atau 1.a.1.", kode=kode)
        galat.sel(tabel.nama, baris, tabel.letak("kode"), masalah)


def periksa_draf(tabel: Tabel, draf: Draf, galat: Galat) -> None:
    for kode, item in draf.kriteria.items():
        prasyarat = tuple(p.strip().rstrip(".") for p in item["prasyarat"] if p.strip())
        for syarat in prasyarat:
            if syarat == kode or syarat not in draf.kriteria:
                masalah = Pesan(
                    "prasyarat %(syarat)s bukan kriteria lain dalam lembar ini.", syarat=syarat
                )
                galat.sel(tabel.nama, item["baris"], tabel.letak("prasyarat"), masalah)
        item["prasyarat"] = prasyarat
    for kode_sub in draf.sub:
        bobot = {item["bobot"] for item in draf.kriteria.values() if item["induk"] == kode_sub}
        # Kinerja shares a sub-komponen's weight equally among its criteria; a workbook that
        # weighs them differently would score differently here, so it is refused, not bent.
        if len(bobot) > 1:
            masalah = Pesan(
                "kriteria sub-komponen %(kode)s berbobot tidak sama; kosongkan bobot kriteria "
                "(bobot sub-komponen dibagi rata).",
                kode=kode_sub,
            )
            galat.sel(tabel.nama, draf.baris[kode_sub], tabel.letak("bobot"), masalah)
    if not draf.komponen:
        galat.sheet(tabel.nama, Pesan("tidak berisi satu komponen pun."))


def susun(draf: Draf, keterangan: dict) -> Lembar:
    def kriteria_dari(kode_sub: str) -> tuple[Kriteria, ...]:
        return tuple(
            Kriteria(
                kode=kode,
                teks=item["teks"],
                skala=item["skala"],
                panduan=item["panduan"],
                bukti_diharapkan=item["bukti_diharapkan"],
                wajib=item["wajib"],
                teks_perlu_diverifikasi=item["teks_perlu_diverifikasi"],
                sumber=item["sumber"],
                catatan=item["catatan"],
                prasyarat=item["prasyarat"],
            )
            for kode, item in draf.kriteria.items()
            if item["induk"] == kode_sub
        )

    komponen = tuple(
        Komponen(
            kode,
            item["nama"],
            item["bobot"],
            tuple(
                SubKomponen(
                    kode_sub, sub["nama"], sub["bobot"], kriteria_dari(kode_sub), sub["perspektif"]
                )
                for kode_sub, sub in draf.sub.items()
                if sub["induk"] == kode
            ),
        )
        for kode, item in draf.komponen.items()
    )
    return Lembar(
        tahun=keterangan["tahun"],
        nama=keterangan.get("nama", ""),
        komponen=komponen,
        sumber=keterangan.get("sumber", ""),
        catatan=keterangan.get("catatan", ""),
    )
