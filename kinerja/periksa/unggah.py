"""An uploaded report, checked and read the way the command reads a file: its size, its type
by name and by content, then the same reader and review (`hasil.periksa_blok`)."""

import logging
import tempfile
import time
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kinerja.core.formatting import format_angka
from kinerja.periksa.baca import BerkasTidakTerbaca, baca_berkas
from kinerja.periksa.hasil import HasilPeriksa, periksa_blok

log = logging.getLogger(__name__)

BATAS_BERKAS = 20 * 1024 * 1024  # a 60-page LKjIP as PDF is 1–5 MB; a scan is not read anyway
_AWAL = {"pdf": b"%PDF", "docx": b"PK\x03\x04"}


def jenis_berkas(name: str, head: bytes) -> str:
    """ "pdf", "docx" or "txt" for an upload whose name and first bytes agree; else refused."""
    extension = Path(name).suffix.lower().lstrip(".")
    if extension not in ("pdf", "docx", "txt"):
        raise ValidationError(
            _("Jenis berkas tidak diterima: unggah laporan sebagai DOCX, PDF atau teks (.txt).")
        )
    if extension in _AWAL and not head.startswith(_AWAL[extension]):
        raise ValidationError(
            _("Isi berkas %(nama)s bukan %(jenis)s, meskipun namanya berakhiran .%(akhiran)s.")
            % {"nama": name, "jenis": extension.upper(), "akhiran": extension}
        )
    if extension == "txt" and any(head.startswith(magic) for magic in _AWAL.values()):
        raise ValidationError(
            _("Isi berkas %(nama)s bukan teks; unggah dengan nama aslinya (.pdf atau .docx).")
            % {"nama": name}
        )
    return extension


def periksa_unggahan(berkas, tahun: int | None) -> HasilPeriksa:
    """The review of an uploaded file, or a ValidationError saying why it cannot be read.
    Nothing of the file is kept: it is read from a temporary copy deleted afterwards."""
    if berkas.size > BATAS_BERKAS:
        raise ValidationError(
            _("Berkas %(nama)s terlalu besar (%(ukuran)s KB); batasnya %(batas)s MB.")
            % {
                "nama": berkas.name,
                "ukuran": format_angka(berkas.size // 1024),
                "batas": format_angka(BATAS_BERKAS // 1024 // 1024),
            }
        )
    if berkas.size == 0:
        raise ValidationError(_("Berkas %(nama)s kosong.") % {"nama": berkas.name})
    berkas.seek(0)
    head = berkas.read(8)
    kind = jenis_berkas(berkas.name, head)
    berkas.seek(0)
    started = time.perf_counter()
    with tempfile.NamedTemporaryFile(suffix=f".{kind}") as copy:
        for chunk in berkas.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            blocks = baca_berkas(copy.name)
        except BerkasTidakTerbaca as error:
            raise ValidationError(
                _("Berkas %(nama)s tidak dapat dibaca: %(alasan)s")
                % {"nama": berkas.name, "alasan": error}
            ) from error
        except Exception as error:
            # The Word and PDF libraries raise many kinds of error on a damaged file, some
            # only once a page is laid out: the user gets a reason, the log the traceback.
            log.warning("Berkas %s tidak terbaca", berkas.name, exc_info=True)
            raise ValidationError(
                _(
                    "Berkas %(nama)s rusak atau tidak dapat dibaca sebagai %(jenis)s; simpan "
                    "ulang dari aplikasi pembuatnya lalu unggah lagi."
                )
                % {"nama": berkas.name, "jenis": kind.upper()}
            ) from error
    berkas.seek(0)
    hasil = periksa_blok(blocks, tahun, berkas.name)
    hasil.detik = time.perf_counter() - started  # reading included, as the command says
    return hasil
