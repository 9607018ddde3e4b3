"""The review's findings as the commands print them (`kinerja reviu`, `kinerja periksa-lk`):
a count by severity, then each finding with its rule, location, message and the stated and
computed values."""

from collections import Counter


def hitungan(findings) -> str:
    counts = Counter(finding.tingkat for finding in findings)
    return (
        f"{len(findings)} temuan ({counts['galat']} galat, {counts['peringatan']} peringatan, "
        f"{counts['info']} info)"
    )


def tulis_temuan(write, findings) -> None:
    """Each finding, numbered, through `write` (a command's stdout.write)."""
    for number, finding in enumerate(findings, start=1):
        write(
            f"\n{number}. [{finding.tingkat.upper()}] {finding.aturan} — "
            f"{finding.tabel} · {finding.baris}\n   {finding.pesan}"
        )
        if finding.tercatat is not None or finding.seharusnya is not None:
            write(
                f"   tercatat: {finding.tercatat or '–'} · seharusnya: {finding.seharusnya or '–'}"
            )
