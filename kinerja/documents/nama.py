"""File names of generated documents."""

from django.utils.text import slugify


def nama_berkas(pk) -> str:
    """`pk-2024-subbagian-keuangan-umum-dan-logistik-v1`: level or unit, year and version."""
    who = slugify(pk.unit.nama) if pk.unit else "satker"
    return f"pk-{pk.tahun}-{who}-v{pk.versi}"
