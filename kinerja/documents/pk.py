"""A Perjanjian Kinerja as a document, structured as the PKs KPU satkers sign: the statement
page (the parties, their commitments, place and date, both signatures) and the attachment
(the targets per sasaran, the budget, the first party's signature). Everything comes from the
PK's stored fields: the parties as they signed, the place and the date of the PK."""

from collections.abc import Iterable

from kinerja.agreements.choices import TingkatPerjanjian
from kinerja.agreements.models import PerjanjianKinerja
from kinerja.agreements.pihak import BELUM_DITENTUKAN
from kinerja.core.formatting import format_rupiah, format_tanggal, format_target
from kinerja.documents.isi import (
    Dokumen,
    HalamanBaru,
    Identitas,
    Judul,
    Kolom,
    Paragraf,
    Penanda,
    Tabel,
    TandaTangan,
    nama_kapital,
)

PEMBUKA = (
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, akuntabel serta "
    "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
)
JANJI_PERTAMA = (
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
    "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
    "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
    "tersebut menjadi tanggung jawab kami."
)
JANJI_KEDUA = (
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap "
    "capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka "
    "pemberian penghargaan dan sanksi."
)


def perjanjian_untuk_dokumen(pk_ids: Iterable[int]):
    """The PKs with everything their documents print, in a fixed number of queries."""
    return (
        PerjanjianKinerja.objects.filter(pk__in=list(pk_ids))
        .select_related(
            "satker", "unit", "pihak_pertama_pegawai", "pihak_kedua_pegawai", "pihak_kedua_anggota"
        )
        .prefetch_related("baris__indikator", "anggaran")
    )


def _nip(printed: str, pegawai) -> str:
    return printed or (getattr(pegawai, "nip", "") or "")


def pihak(pk: PerjanjianKinerja) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    first = (
        pk.pihak_pertama_nama,
        _nip(pk.pihak_pertama_nip_tercetak, pk.pihak_pertama_pegawai),
        pk.pihak_pertama_jabatan,
    )
    second = (
        pk.pihak_kedua_nama,
        _nip(pk.pihak_kedua_nip_tercetak, pk.pihak_kedua_pegawai),
        pk.pihak_kedua_jabatan,
    )
    # A draft names its parties only when signed: until then its document says so instead
    # of printing blanks to fill in by hand.
    unnamed = (BELUM_DITENTUKAN, "", "")
    return (first if first[0] else unnamed), (second if second[0] else unnamed)


def _identitas(nama: str, nip: str, jabatan: str) -> Identitas:
    rows = [("Nama", nama)]
    if nip:
        rows.append(("NIP", nip))
    rows.append(("Jabatan", jabatan))
    return Identitas(tuple(rows))


def _tempat_tanggal(pk: PerjanjianKinerja) -> str:
    date = format_tanggal(pk.tanggal) if pk.tanggal else "…"
    return f"{pk.tempat or '…'}, {date}"


def baris_target(pk: PerjanjianKinerja) -> tuple[tuple[str, ...], ...]:
    """The attachment's rows: the sasaran numbered once per group, then each indicator and
    its target as the PK states it."""
    rows, number, previous = [], 0, None
    for line in sorted(pk.baris.all(), key=lambda item: item.urutan):
        sasaran = line.sasaran_tercetak
        first_of_group = sasaran != previous
        if first_of_group:
            number += 1
            previous = sasaran
        rows.append(
            (
                f"{number}." if first_of_group else "",
                sasaran if first_of_group else "",
                line.indikator_tercetak or line.indikator.nama,
                format_target(line.target_nilai, line.indikator.satuan),
            )
        )
    return tuple(rows)


def dokumen_pk(pk: PerjanjianKinerja) -> Dokumen:
    satker_level = pk.tingkat == TingkatPerjanjian.SATKER
    (nama1, nip1, jabatan1), (nama2, nip2, jabatan2) = pihak(pk)
    document = Dokumen(judul=pk.judul)
    if not pk.is_signed:
        document.catatan_status = f"{pk.get_status_display().upper()} — BELUM DITANDATANGANI"
    document.tambah(
        Judul(pk.judul.upper()),
        Paragraf(PEMBUKA),
        _identitas(nama1, nip1, jabatan1),
        Paragraf("Selanjutnya disebut pihak pertama.", rata="kiri"),
        _identitas(nama2, nip2, jabatan2),
        Paragraf("Selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", rata="kiri"),
        Paragraf(JANJI_PERTAMA),
        Paragraf(JANJI_KEDUA),
        TandaTangan(
            _tempat_tanggal(pk),
            (
                Penanda(("PIHAK KEDUA,", jabatan2.upper()), nama_kapital(nama2), nip2),
                Penanda(("PIHAK PERTAMA,", jabatan1.upper()), nama_kapital(nama1), nip1),
            ),
        ),
        HalamanBaru(),
        Judul(f"PERJANJIAN KINERJA TAHUN {pk.tahun}"),
        Judul((pk.unit.nama if pk.unit else pk.satker.nama_lengkap or pk.satker.nama).upper()),
    )
    if pk.unit:
        document.tambah(Judul((pk.satker.nama_lengkap or pk.satker.nama).upper()))
    document.tambah(
        Tabel(
            kolom=(
                Kolom("No", 1.2),
                Kolom("Sasaran Strategis" if satker_level else "Sasaran Kegiatan", 4.8),
                Kolom("Indikator Kinerja" if satker_level else "Indikator Kinerja Kegiatan", 7.5),
                Kolom("Target", 2.5, angka=True),
            ),
            baris=baris_target(pk),
            nomor_kolom=True,
        )
    )
    budget = sorted(pk.anggaran.all(), key=lambda item: item.urutan)
    if budget:
        total = sum((item.anggaran for item in budget), 0)
        document.tambah(
            Tabel(
                kolom=(
                    Kolom("No", 1.2),
                    Kolom("Program/Kegiatan/KRO", 10.3),
                    Kolom("Anggaran", 4.5, angka=True),
                ),
                baris=tuple(
                    (f"{index}.", item.uraian_tercetak, format_rupiah(item.anggaran))
                    for index, item in enumerate(budget, start=1)
                ),
                kaki=(("", "Jumlah", format_rupiah(total)),),
            )
        )
    document.tambah(
        TandaTangan(
            _tempat_tanggal(pk),
            (Penanda((jabatan1.upper() + ",",), nama_kapital(nama1), nip1),),
        )
    )
    return document
