"""Evidence bytes beside an export: the JSON carries each file's metadata and SHA-256, and
`kinerja ekspor --bukti DIR` writes the bytes to DIR/<sha256>, which `kinerja impor --bukti DIR`
reads back, refusing a file whose hash or size differs. Named by their hash, the files of many
exports can share one folder, and a file is written once however many reports attach it. The
LKE evaluation's files and its follow-up files travel the same way."""

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from django.db.models.fields.files import FieldFile

from kinerja.lke.models import BuktiLke
from kinerja.lke.models_rekomendasi import TindakLanjut
from kinerja.organisations.models import Satker
from kinerja.reporting.models import BuktiDukung

SHA256 = re.compile(r"[0-9a-f]{64}")


class BuktiTidakSah(Exception):
    """An evidence file is missing or is not the file its record describes."""


def _berkas_tahun(satker: Satker, tahun: int) -> Iterator[tuple[str, FieldFile, str]]:
    """Every evidence file of the satker-year with what a message calls it: the realisation
    reports' evidence, the LKE evaluation's files and its recommendations' follow-up."""
    for bukti in (
        BuktiDukung.objects.filter(laporan__satker=satker, laporan__tahun=tahun)
        .select_related("laporan__unit")
        .order_by("pk")
    ):
        yield f"bukti {bukti.nama_asli} (laporan {bukti.laporan})", bukti.berkas, bukti.sha256
    evaluation = {"evaluasi__satker": satker, "evaluasi__tahun": tahun}
    for item in BuktiLke.objects.filter(**evaluation).exclude(berkas="").order_by("pk"):
        yield f"bukti LKE {item.nama_asli}", item.berkas, item.sha256
    for entry in TindakLanjut.objects.filter(
        rekomendasi__evaluasi__satker=satker, rekomendasi__evaluasi__tahun=tahun
    ).order_by("pk"):
        yield f"tindak lanjut {entry.nama_asli}", entry.berkas, entry.sha256


def salin_bukti(satker: Satker, tahun: int, folder: Path) -> int:
    """Copy the evidence files of the satker-year from storage into `folder`, each checked
    against its recorded SHA-256; the number of files the folder holds for them."""
    folder.mkdir(parents=True, exist_ok=True)
    written = set()
    for where, berkas, sha256 in _berkas_tahun(satker, tahun):
        target = folder / sha256
        if sha256 in written or (target.exists() and _sha256(target.read_bytes()) == sha256):
            written.add(sha256)
            continue
        try:
            with berkas.open("rb") as stored:
                data = stored.read()
        except Exception as error:
            raise BuktiTidakSah(f"{where}: berkas {berkas.name} tidak terbaca: {error}") from error
        if _sha256(data) != sha256:
            raise BuktiTidakSah(
                f"{where}: isi berkas {berkas.name} berubah sejak diunggah (SHA-256 "
                f"{_sha256(data)}, tercatat {sha256})."
            )
        partial = folder / f"{sha256}.sebagian"
        partial.write_bytes(data)
        partial.replace(target)
        written.add(sha256)
    return len(written)


def baca_bukti(folder: Path, sha256: str, ukuran: int, lokasi: str) -> bytes:
    """The bytes of one evidence file from an export's folder, checked against its record."""
    if not isinstance(sha256, str) or not SHA256.fullmatch(sha256):
        raise BuktiTidakSah(f"{lokasi}: SHA-256 {sha256!r} tidak sah (64 huruf heksadesimal).")
    path = folder / sha256
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise BuktiTidakSah(f"{lokasi}: berkas {sha256} tidak ada di folder {folder}.") from error
    except OSError as error:
        raise BuktiTidakSah(f"{lokasi}: berkas {path} tidak terbaca: {error}") from error
    if _sha256(data) != sha256:
        raise BuktiTidakSah(
            f"{lokasi}: isi berkas {path} tidak sesuai SHA-256-nya (isinya {_sha256(data)})."
        )
    if len(data) != ukuran:
        raise BuktiTidakSah(
            f"{lokasi}: ukuran berkas {path} {len(data)} bita, tercatat {ukuran} bita."
        )
    return data


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
