"""NIP (Nomor Induk Pegawai) rules for PNS, per Perka BKN 22/2007.

18 digits: YYYYMMDD birth date · YYYYMM first appointment (TMT CPNS) · G gender (1/2) · NNN.
Plain Python, no Django.
"""

import datetime
import re

from kinerja.core.pesan import Pesan

_NIP = re.compile(r"^(\d{4})(\d{2})(\d{2})(\d{4})(\d{2})([12])(\d{3})$")


def normalise_nip(text: str) -> str:
    """Strip the spaces and dots people type or print (`NIP. 19830729 200902 1 004`)."""
    cleaned = text.strip()
    if cleaned.upper().startswith("NIP"):
        cleaned = cleaned[3:].lstrip(".: ")
    return re.sub(r"[\s.]", "", cleaned)


def nip_errors(nip: str) -> list[str]:
    """Every reason why `nip` (already normalised) is not a valid PNS NIP: Indonesian text that
    pages show in the reader's language (`Pesan`)."""
    if not (nip.isascii() and nip.isdigit()):
        return [Pesan("NIP hanya boleh berisi angka.")]
    if len(nip) != 18:
        return [Pesan("NIP PNS harus 18 digit, bukan %(jumlah)s digit.", jumlah=len(nip))]
    match = _NIP.match(nip)
    if match is None:
        return [Pesan("Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).")]
    year, month, day, tmt_year, tmt_month = (int(part) for part in match.groups()[:5])
    errors = []
    try:
        birth = datetime.date(year, month, day)
    except ValueError:
        errors.append(
            Pesan("Tanggal lahir dalam NIP (%(tanggal)s) bukan tanggal yang sah.", tanggal=nip[:8])
        )
        birth = None
    if not 1 <= tmt_month <= 12:
        errors.append(Pesan("Bulan TMT CPNS dalam NIP (%(tmt)s) harus 01–12.", tmt=nip[8:14]))
    elif birth is not None and (tmt_year, tmt_month) <= (birth.year, birth.month):
        errors.append(Pesan("TMT CPNS dalam NIP harus sesudah tanggal lahir."))
    return errors


def ni_pppk_errors(number: str) -> list[str]:
    """NI PPPK is 18 digits too, but digits 9–14 are the appointment year and a code, not a
    year-month, so only the birth date is checked."""
    if not (number.isascii() and number.isdigit()):
        return [Pesan("NI PPPK hanya boleh berisi angka.")]
    if len(number) != 18:
        return [Pesan("NI PPPK harus 18 digit, bukan %(jumlah)s digit.", jumlah=len(number))]
    try:
        datetime.date(int(number[:4]), int(number[4:6]), int(number[6:8]))
    except ValueError:
        return [
            Pesan(
                "Tanggal lahir dalam NI PPPK (%(tanggal)s) bukan tanggal yang sah.",
                tanggal=number[:8],
            )
        ]
    return []


def format_nip(nip: str) -> str:
    """`198307292009021004` → `19830729 200902 1 004`; anything else is returned unchanged."""
    if len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip
