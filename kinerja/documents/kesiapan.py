"""The readiness check of an LKjIP: what keeps the report of a satker-year from being correct.
Plain rules over plain facts (gathered by kinerja.documents.kesiapan_data); no Django.

A blocker names the record (which PK, which indicator, which period) in Indonesian and says
where it is fixed (`Tautan`: a URL name and its arguments, resolved by the page). Its sentences
are `Pesan` (kinerja.core.pesan): the document prints them in Indonesian, the page in the
reader's language. The kinds:

- a PK of the year not signed, or no satker PK signed at all;
- an indicator of the year without a realisation for the whole year (TW IV, Desember or the
  annual row; "tidak dilaksanakan" is an answer, not a gap);
- no Renstra covering the year, or an indicator of the year without its Renstra target for the
  year (or for the Renstra's final year);
- the report's signer not determined: no report date yet, nobody held the head post on that
  date, or no jabatan history at all (the report then falls back to the satker PK's first
  party, which the history, not the PK, should say);
- a reviu finding of severity "galat". Findings have no open/closed state (the reviu is
  computed afresh from the data), so every galat finding counts as open — except those about
  figures an earlier document printed (ATURAN_DIHITUNG_ULANG): the generated report prints its
  own computation instead, so they are listed in "Catatan Konsistensi Data", not here;
- a review note of the inspectorate (CatatanReviu) not yet closed: only the inspectorate
  closes it, answered or not;
- no "Pernyataan Telah Direviu" of the inspectorate in force: the report prints "belum
  direviu" in its place;
- a narrative section the report prints as not written yet (the isu strategis, a sasaran's
  analysis, when the data gives nothing to write them from and nobody has written them).
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from kinerja.core.pesan import Pesan, gabung, gettext_noop
from kinerja.evaluation.reviu.rules import Temuan, Tingkat


class Jenis(StrEnum):
    PK = "pk"
    REALISASI = "realisasi"
    RENSTRA = "renstra"
    REVIU = "reviu"
    PENANDA_TANGAN = "penanda_tangan"
    CATATAN_REVIU = "catatan_reviu"
    PERNYATAAN_REVIU = "pernyataan_reviu"
    NASKAH = "naskah"


JUDUL_JENIS = {
    Jenis.PK: "Perjanjian Kinerja",
    Jenis.REALISASI: "Realisasi",
    Jenis.RENSTRA: "Renstra",
    Jenis.REVIU: "Reviu",
    Jenis.PENANDA_TANGAN: "Penanda tangan",
    Jenis.CATATAN_REVIU: "Catatan reviu",
    Jenis.PERNYATAAN_REVIU: "Reviu APIP",
    Jenis.NASKAH: "Naskah",
}

# Reviu rules that compare what an earlier document printed (a capaian, a serapan, a total, a
# claim, a predicate) with the computation. The generated report prints the computation, so
# such a finding does not make it wrong.
ATURAN_DIHITUNG_ULANG = frozenset(
    {
        "capaian-tercatat-salah",
        "serapan-tercatat-salah",
        "total-tercatat-salah",
        "klaim-target-tercapai",
        "klaim-capaian",
        "predikat-tercatat-salah",
    }
)

# Where a reviu finding is fixed, by rule; the reviu page otherwise.
HALAMAN_ATURAN = {
    "anggaran-melebihi-pagu": "reporting:anggaran",
    "pagu-berbeda-tanpa-revisi": "reporting:anggaran",
    "total-pk-beda-pagu": "reporting:pk_daftar",
    "baris-pk-tanpa-induk": "reporting:pk_daftar",
    "nilai-tidak-sah": "reporting:pk_daftar",
    "realisasi-tanpa-pelaksanaan": "reporting:rekap",
}


@dataclass(frozen=True)
class Tautan:
    """Where the user fixes a blocker: a URL name taking the satker's slug, then `id`."""

    nama_url: str
    id: int | None = None
    jangkar: str = ""


@dataclass(frozen=True)
class Penghalang:
    jenis: Jenis
    kalimat: tuple[Pesan, ...]
    tautan: Tautan

    @property
    def pesan(self) -> str:
        """The blocker in words: Indonesian, and in the reader's language on a page."""
        return gabung(" ", self.kalimat)


@dataclass(frozen=True)
class FaktaPK:
    id: int
    judul: str
    versi: int
    diajukan: bool  # submitted for signing, not yet signed
    ditandatangani: bool
    satker: bool  # the satker's own PK (not a unit's)


@dataclass(frozen=True)
class FaktaIndikator:
    id: int
    kode: str
    nama: str
    # Whether the year's realisation is known: the annual row or the year's last period
    # reported, or the indicator declared not executed.
    realisasi_setahun: bool
    periode_terakhir: str = ""  # the last period reported ("TW II"), "" when none
    target_renstra: bool = False  # a Renstra (annual) target for the year exists
    target_akhir_renstra: bool = False  # the Renstra's final-year target exists
    di_renstra: bool = False  # tied to a sasaran of the Renstra covering the year


@dataclass(frozen=True)
class FaktaCatatan:
    """A review note of the inspectorate not yet closed."""

    id: int
    teks: str
    ditanggapi: bool  # the satker has answered; the inspectorate has not closed it yet


@dataclass
class FaktaKesiapan:
    tahun: int
    renstra_id: int | None
    tahun_akhir_renstra: int | None
    perjanjian: list[FaktaPK] = field(default_factory=list)
    indikator: list[FaktaIndikator] = field(default_factory=list)
    temuan: list[Temuan] = field(default_factory=list)
    # The report's date (None: not set) and where its signer came from: the values of
    # kinerja.documents.penanda_tangan.Asal ("riwayat", "tanpa_tanggal", "tanpa_pemegang",
    # "tanpa_riwayat").
    tanggal_laporan: str = "-"  # the date in words; "-" for facts gathered without one
    asal_penanda_tangan: str = "riwayat"
    catatan: list[FaktaCatatan] = field(default_factory=list)
    direviu: bool = True  # a Pernyataan Telah Direviu of the inspectorate is in force
    # The narrative sections printed as not written yet: (their name, their anchor on the
    # narrative page).
    naskah_belum_ditulis: list[tuple[str, str]] = field(default_factory=list)


def _nama(item: FaktaIndikator) -> str:
    return f"{item.kode} “{item.nama}”"


def pk_belum_ditandatangani(fakta: FaktaKesiapan) -> Iterator[Penghalang]:
    for pk in fakta.perjanjian:
        if pk.ditandatangani:
            continue
        template = (
            gettext_noop("%(pk)s (versi %(versi)s) sudah diajukan, tetapi belum ditandatangani.")
            if pk.diajukan
            else gettext_noop("%(pk)s (versi %(versi)s) masih draf: belum ditandatangani.")
        )
        yield Penghalang(
            Jenis.PK,
            (Pesan(template, pk=pk.judul, versi=pk.versi),),
            Tautan("reporting:pk_detail", pk.id),
        )
    if not any(pk.satker and pk.ditandatangani for pk in fakta.perjanjian):
        yield Penghalang(
            Jenis.PK,
            (
                Pesan(
                    "Belum ada Perjanjian Kinerja satker yang ditandatangani untuk tahun "
                    "%(tahun)s.",
                    tahun=fakta.tahun,
                ),
            ),
            Tautan("reporting:pk_daftar"),
        )


def realisasi_belum_setahun(fakta: FaktaKesiapan) -> Iterator[Penghalang]:
    for item in fakta.indikator:
        if item.realisasi_setahun:
            continue
        if item.periode_terakhir:
            sentence = Pesan(
                "Realisasi %(indikator)s tahun %(tahun)s belum ada untuk TW IV maupun "
                "setahun (baru dilaporkan sampai %(periode)s).",
                indikator=_nama(item),
                tahun=fakta.tahun,
                periode=item.periode_terakhir,
            )
        else:
            sentence = Pesan(
                "Realisasi %(indikator)s tahun %(tahun)s belum ada untuk TW IV maupun "
                "setahun (belum ada periode yang dilaporkan).",
                indikator=_nama(item),
                tahun=fakta.tahun,
            )
        yield Penghalang(Jenis.REALISASI, (sentence,), Tautan("reporting:rekap"))


def _target_hilang(fakta: FaktaKesiapan, item: FaktaIndikator) -> Pesan | None:
    final = fakta.tahun_akhir_renstra
    year = not item.target_renstra
    end = final is not None and final != fakta.tahun and not item.target_akhir_renstra
    values = {"indikator": _nama(item), "tahun": fakta.tahun, "akhir": final}
    if year and end:
        template = gettext_noop(
            "Target Renstra %(indikator)s untuk tahun %(tahun)s dan tahun akhir Renstra "
            "(%(akhir)s) belum diisi."
        )
    elif year:
        template = gettext_noop("Target Renstra %(indikator)s untuk tahun %(tahun)s belum diisi.")
    elif end:
        template = gettext_noop(
            "Target Renstra %(indikator)s untuk tahun akhir Renstra (%(akhir)s) belum diisi."
        )
    else:
        return None
    return Pesan(template, **values)


def renstra_belum_lengkap(fakta: FaktaKesiapan) -> Iterator[Penghalang]:
    if fakta.renstra_id is None:
        yield Penghalang(
            Jenis.RENSTRA,
            (
                Pesan(
                    "Tidak ada Renstra yang mencakup tahun %(tahun)s.",
                    tahun=fakta.tahun,
                ),
            ),
            Tautan("reporting:renstra"),
        )
        return
    for item in fakta.indikator:
        sentence = _target_hilang(fakta, item)
        if sentence is None:
            continue
        if item.di_renstra:
            yield Penghalang(
                Jenis.RENSTRA,
                (sentence,),
                Tautan("reporting:renstra_detail", fakta.renstra_id, f"target-{item.id}"),
            )
        else:
            # The Renstra page lists only the indicators of its sasaran: tie it first.
            yield Penghalang(
                Jenis.RENSTRA,
                (
                    sentence,
                    Pesan("Indikator ini belum dikaitkan dengan sasaran Renstra."),
                ),
                Tautan("reporting:indikator_ubah", item.id),
            )


def temuan_terbuka(temuan: list[Temuan]) -> list[Temuan]:
    """The reviu findings that keep the generated report from being correct."""
    return [
        item
        for item in temuan
        if item.tingkat == Tingkat.GALAT and item.aturan not in ATURAN_DIHITUNG_ULANG
    ]


def galat_reviu(fakta: FaktaKesiapan) -> Iterator[Penghalang]:
    for item in temuan_terbuka(fakta.temuan):
        where = gabung(", ", [item.tabel, item.baris]) if item.baris else item.tabel
        yield Penghalang(
            Jenis.REVIU,
            (
                Pesan(
                    "Galat reviu (%(lokasi)s): %(temuan)s",
                    lokasi=where,
                    temuan=item.pesan,
                ),
            ),
            Tautan(HALAMAN_ATURAN.get(item.aturan, "evaluation:reviu_detail")),
        )


def penanda_tangan_belum_pasti(fakta: FaktaKesiapan) -> Iterator[Penghalang]:
    where = Tautan("documents:laporan", jangkar=f"identitas-{fakta.tahun}")
    # A missing holder is fixed in the history, a missing date on the report.
    history = Tautan("documents:riwayat_jabatan", jangkar="pimpinan")
    if fakta.asal_penanda_tangan == "tanpa_riwayat":
        yield Penghalang(
            Jenis.PENANDA_TANGAN,
            (
                Pesan(
                    "Penanda tangan belum dapat ditentukan dari riwayat jabatan: riwayat "
                    "jabatan pimpinan satker belum dicatat, sehingga laporan memakai pihak "
                    "pertama Perjanjian Kinerja satker."
                ),
            ),
            history,
        )
    if not fakta.tanggal_laporan:
        yield Penghalang(
            Jenis.PENANDA_TANGAN,
            (
                Pesan(
                    "Tanggal laporan tahun %(tahun)s belum diisi: penanda tangan ditentukan "
                    "dari tanggal itu.",
                    tahun=fakta.tahun,
                ),
            ),
            where,
        )
    elif fakta.asal_penanda_tangan == "tanpa_pemegang":
        yield Penghalang(
            Jenis.PENANDA_TANGAN,
            (
                Pesan(
                    "Penanda tangan belum dapat ditentukan: riwayat jabatan tidak mencatat "
                    "pimpinan satker pada tanggal laporan (%(tanggal)s).",
                    tanggal=fakta.tanggal_laporan,
                ),
            ),
            history,
        )


def catatan_reviu_terbuka(fakta: FaktaKesiapan) -> Iterator[Penghalang]:
    for note in fakta.catatan:
        template = (
            gettext_noop(
                "Catatan reviu inspektorat #%(nomor)s sudah ditanggapi, tetapi belum dinyatakan "
                "selesai oleh inspektorat: “%(teks)s”"
            )
            if note.ditanggapi
            else gettext_noop("Catatan reviu inspektorat #%(nomor)s belum ditanggapi: “%(teks)s”")
        )
        text = note.teks if len(note.teks) <= 120 else note.teks[:119].rstrip() + "…"
        yield Penghalang(
            Jenis.CATATAN_REVIU,
            (Pesan(template, nomor=note.id, teks=" ".join(text.split())),),
            Tautan("evaluation:reviu_detail", jangkar=f"catatan-{note.id}"),
        )


def belum_direviu(fakta: FaktaKesiapan) -> Iterator[Penghalang]:
    if fakta.direviu:
        return
    yield Penghalang(
        Jenis.PERNYATAAN_REVIU,
        (
            Pesan(
                "Laporan kinerja tahun %(tahun)s belum direviu APIP: belum ada Pernyataan Telah "
                "Direviu dari inspektorat, sehingga laporan mencetak “belum direviu”.",
                tahun=fakta.tahun,
            ),
        ),
        Tautan("documents:laporan", jangkar=f"reviu-{fakta.tahun}"),
    )


def naskah_belum_ditulis(fakta: FaktaKesiapan) -> Iterator[Penghalang]:
    for name, anchor in fakta.naskah_belum_ditulis:
        yield Penghalang(
            Jenis.NASKAH,
            (
                Pesan(
                    "Naskah “%(bagian)s” tahun %(tahun)s belum ditulis: laporan mencetak bahwa "
                    "bagian ini belum ditulis.",
                    bagian=name,
                    tahun=fakta.tahun,
                ),
            ),
            Tautan("documents:naskah", fakta.tahun, jangkar=f"bagian-{anchor}"),
        )


ATURAN_KESIAPAN: tuple[Callable[[FaktaKesiapan], Iterator[Penghalang]], ...] = (
    pk_belum_ditandatangani,
    realisasi_belum_setahun,
    renstra_belum_lengkap,
    penanda_tangan_belum_pasti,
    galat_reviu,
    catatan_reviu_terbuka,
    belum_direviu,
    naskah_belum_ditulis,
)


def periksa(fakta: FaktaKesiapan) -> list[Penghalang]:
    """Every blocker, by kind (PK, realisation, Renstra, signer, reviu, review notes, the
    inspectorate's statement, narrative not written); none: the year is ready."""
    return [blocker for rule in ATURAN_KESIAPAN for blocker in rule(fakta)]
