"""Evidence bytes beside an export: the JSON carries each file's metadata and SHA-256, and
`kinerja ekspor --bukti DIR` writes the bytes to DIR/<sha256>, which `kinerja impor --bukti DIR`
reads back, refusing a file whose hash or size differs. Named by their hash, the files of many
exports can share one folder, and a file is written once however many reports attach it."""

import hashlib
import re
from pathlib import Path

from kinerja.organisations.models import Satker
from kinerja.reporting.models import BuktiDukung

SHA256 = re.compile(r"[0-9a-f]{64}")


class BuktiTidakSah(Exception):
    """An evidence file is missing or is not the file its record describes."""


def salin_bukti(satker: Satker, tahun: int, folder: Path) -> int:
    """Copy the evidence files of the satker-year from storage into `folder`, each checked
    against its recorded SHA-256; the number of files the folder holds for them."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = BuktiDukung.objects.filter(laporan__satker=satker, laporan__tahun=tahun).select_related(
        "laporan__unit"
    )
    written = set()
    for bukti in rows.order_by("pk"):
        target = folder / bukti.sha256
        if bukti.sha256 in written or (
            target.exists() and _sha256(target.read_bytes()) == bukti.sha256
        ):
            written.add(bukti.sha256)
            continue
        where = f"bukti {bukti.nama_asli} (laporan {bukti.laporan})"
        try:
            with bukti.berkas.open("rb") as stored:
                data = stored.read()
        except Exception as error:
            raise BuktiTidakSah(
                f"{where}: berkas {bukti.berkas.name} tidak terbaca: {error}"
            ) from error
        if _sha256(data) != bukti.sha256:
            raise BuktiTidakSah(
                f"{where}: isi berkas {bukti.berkas.name} berubah sejak diunggah (SHA-256 "
                f"{_sha256(data)}, tercatat {bukti.sha256})."
            )
        partial = folder / f"{bukti.sha256}.sebagian"
        partial.write_bytes(data)
        partial.replace(target)
        written.add(bukti.sha256)
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
