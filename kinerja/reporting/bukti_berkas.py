"""Which evidence files Kinerja accepts: judged by their content (the first bytes), never by
their name, and by their size. Shared by every upload of evidence (a realisation's bukti
dukung, an LKE follow-up), so one rule decides what a satker may attach."""

import hashlib
from dataclasses import dataclass

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kinerja.core.formatting import format_angka

BATAS_BUKTI = 10 * 1024 * 1024  # 10 MB
# Evidence by its content, whatever its name says: (MIME type, what the user is told).
JENIS_BUKTI = {
    "application/pdf": "PDF",
    "image/png": "gambar PNG",
    "image/jpeg": "gambar JPEG",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (.xlsx)",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
    "application/msword": "Word (.doc)",
    "application/vnd.ms-excel": "Excel (.xls)",
}


@dataclass(frozen=True)
class BerkasSah:
    sha256: str
    jenis: str  # the MIME type read from the content
    ekstensi: str  # the extension the stored file gets, from the content too


def periksa_berkas(berkas, batas: int = BATAS_BUKTI) -> BerkasSah:
    """Refuse a file larger than `batas` bytes or whose content is not an accepted type; the
    file is read once (its SHA-256 on the way) and rewound for storing."""
    if berkas.size > batas:
        raise ValidationError(
            _("Berkas %(nama)s terlalu besar (%(ukuran)s KB); batasnya %(batas)s MB.")
            % {
                "nama": berkas.name,
                "ukuran": format_angka(berkas.size // 1024),
                "batas": format_angka(batas // 1024 // 1024),
            }
        )
    digest = hashlib.sha256()
    head = b""
    for chunk in berkas.chunks():
        if len(head) < 8192:
            head += chunk[: 8192 - len(head)]
        digest.update(chunk)
    berkas.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else ""
    if mime not in JENIS_BUKTI:
        raise ValidationError(
            _(
                "Isi berkas %(nama)s bukan jenis yang diterima (PDF, gambar PNG/JPEG, Word, "
                "Excel atau PowerPoint)."
            )
            % {"nama": berkas.name}
        )
    return BerkasSah(digest.hexdigest(), mime, kind.extension)
