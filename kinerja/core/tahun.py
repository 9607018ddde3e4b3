"""The years Kinerja accepts wherever a year is typed or read from a file.

One range for every entry point: a year the commands accept (and `kinerja ekspor` writes into
its file) must also be accepted when `kinerja impor` restores that file.
"""

TAHUN_MIN = 1900
TAHUN_MAKS = 2200


def tahun_dalam_rentang(tahun: int) -> bool:
    return TAHUN_MIN <= tahun <= TAHUN_MAKS
