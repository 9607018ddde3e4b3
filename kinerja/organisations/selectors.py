"""What pages read of a satker's organisation: its units, staff and commissioners, and who
held which post when."""

from dataclasses import dataclass

from kinerja.organisations.jabatan import kunci_jabatan
from kinerja.organisations.models import Anggota, Pegawai, RiwayatJabatan, Satker, Unit


@dataclass
class Organisasi:
    unit: list[Unit]
    pegawai: list[Pegawai]
    anggota: list[Anggota]


def organisasi(satker: Satker) -> Organisasi:
    return Organisasi(
        unit=list(satker.units.all()),
        pegawai=list(satker.pegawai.select_related("unit").order_by("sumber", "nomor_urut")),
        anggota=list(satker.anggota.all()),
    )


@dataclass
class Jabatan:
    """One post of a satker and its holders, earliest first; named as its latest term prints
    it. `kepala`: the head post, whose holder on a document's date signs it."""

    nama: str
    kepala: bool
    masa: list[RiwayatJabatan]


def riwayat_jabatan(satker: Satker) -> list[Jabatan]:
    """The satker's posts, the head post first, then by name; one query."""
    posts: dict[tuple[bool, str], Jabatan] = {}
    terms = satker.riwayat_jabatan.select_related("pegawai", "anggota", "unit").order_by(
        "mulai", "pk"
    )
    for term in terms:
        key = (term.kepala, kunci_jabatan(term.jabatan))
        post = posts.setdefault(key, Jabatan(term.jabatan, term.kepala, []))
        post.nama = term.jabatan
        post.masa.append(term)
    return sorted(posts.values(), key=lambda post: (not post.kepala, kunci_jabatan(post.nama)))
