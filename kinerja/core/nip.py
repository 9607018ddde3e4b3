"""NIP (Nomor Induk Pegawai) rules for PNS, per Perka BKN 22/2007.

18 digits: YYYYMMDD birth date · YYYYMM first appointment (TMT CPNS) · G gender (1/2) · NNN.
Plain Python, no Django.
"""

import datetime
import re

_NIP = re.compile(r"^(\d{4})(\d{2})(\d{2})(\d{4})(\d{2})([12])(\d{3})$")


def normalise_nip(text: str) -> str:
    """Strip the spaces and dots people type or print (`NIP. 19830729 200902 1 004`)."""
    cleaned = text.strip()
    if cleaned.upper().startswith("NIP"):
        cleaned = cleaned[3:].lstrip(".: ")
    return re.sub(r"[\s.]", "", cleaned)


def nip_errors(nip: str) -> list[str]:
    """Every reason, in Indonesian, why `nip` (already normalised) is not a valid PNS NIP."""
    if not nip.isdigit():
        return ["NIP hanya boleh berisi angka."]
    if len(nip) != 18:
        return [f"NIP PNS harus 18 digit, bukan {len(nip)} digit."]
    match = _NIP.match(nip)
    if match is None:
        return ["Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan)."]
    year, month, day, tmt_year, tmt_month = (int(part) for part in match.groups()[:5])
    errors = []
    try:
        birth = datetime.date(year, month, day)
    except ValueError:
        errors.append(f"Tanggal lahir dalam NIP ({nip[:8]}) bukan tanggal yang sah.")
        birth = None
    if not 1 <= tmt_month <= 12:
        errors.append(f"Bulan TMT CPNS dalam NIP ({nip[8:14]}) harus 01–12.")
    elif birth is not None and (tmt_year, tmt_month) <= (birth.year, birth.month):
        errors.append("TMT CPNS dalam NIP harus sesudah tanggal lahir.")
    return errors


def ni_pppk_errors(number: str) -> list[str]:
    """NI PPPK is 18 digits too, but digits 9–14 are the appointment year and a code, not a
    year-month, so only the birth date is checked."""
    if not number.isdigit():
        return ["NI PPPK hanya boleh berisi angka."]
    if len(number) != 18:
        return [f"NI PPPK harus 18 digit, bukan {len(number)} digit."]
    try:
        datetime.date(int(number[:4]), int(number[4:6]), int(number[6:8]))
    except ValueError:
        return [f"Tanggal lahir dalam NI PPPK ({number[:8]}) bukan tanggal yang sah."]
    return []


def format_nip(nip: str) -> str:
    """`198307292009021004` → `19830729 200902 1 004`; anything else is returned unchanged."""
    if len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip
