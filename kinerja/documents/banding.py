"""BAB III's comparisons for each indicator, as the LKjIP format asks (PermenPANRB 53/2014,
BAB III.A points 2 and 3): this year's realisation and capaian beside those of the two years
before (n−1, n−2), and the realisation against the Renstra's final-year target with the gap
that remains. Plain Python over the reading layer's rows (kinerja.measurement.pengukuran).

A comparison is only stated between figures that exist and come from the same source: a year
without a realisation is said to be missing, a year whose figure comes from another table is
said not to be compared, and a capaian not assessed is never compared."""

from dataclasses import dataclass
from decimal import Decimal

from kinerja.core.formatting import format_desimal, format_persen, format_target, round_half_up
from kinerja.documents.isi import Kolom, Tabel
from kinerja.documents.kalimat import capaian_tampil, realisasi_tampil
from kinerja.measurement.capaian import Polaritas
from kinerja.measurement.pengukuran import BarisPengukuran

SERATUS = Decimal(100)


@dataclass(frozen=True)
class TahunLalu:
    """One earlier year's figures of an indicator, as the reading layer measured them."""

    tahun: int
    realisasi: Decimal | None
    capaian: Decimal | None
    sumber: frozenset[str]


def tahun_lalu(row: BarisPengukuran, tahun: int) -> tuple[TahunLalu, TahunLalu]:
    """(n−1, n−2) of a row of year `tahun`."""
    return (
        TahunLalu(
            tahun - 1, row.realisasi_tahun_lalu, row.capaian_tahun_lalu, row.sumber_data_tahun_lalu
        ),
        TahunLalu(
            tahun - 2,
            row.realisasi_dua_tahun_lalu,
            row.capaian_dua_tahun_lalu,
            row.sumber_data_dua_tahun_lalu,
        ),
    )


def arah(sekarang: Decimal, dulu: Decimal) -> str:
    """Higher, lower or equal, judged on the figures as printed (two decimals): a difference
    the reader cannot see is not called a change."""
    now, then = round_half_up(sekarang), round_half_up(dulu)
    if now > then:
        return "lebih tinggi daripada"
    if now < then:
        return "lebih rendah daripada"
    return "sama dengan"


def kalimat_banding(row: BarisPengukuran, tahun: int) -> str:
    """The sentence comparing this year's capaian with n−1 and n−2, or saying why a year is
    not compared. Empty when neither earlier year has a realisation and this year none either."""
    earlier = tahun_lalu(row, tahun)
    if all(year.realisasi is None for year in earlier):
        return (
            f"Realisasi tahun {tahun - 2} dan {tahun - 1} tidak tercatat, sehingga tidak ada "
            "pembanding."
        )
    if not row.hasil.dinilai:
        return (
            f"Capaian tahun {tahun} tidak dinilai, sehingga tidak dibandingkan dengan tahun "
            "sebelumnya."
        )
    current_source = row.bacaan.sumber_data
    compared, notes = [], []
    for year in earlier:
        if year.realisasi is None:
            notes.append(f"realisasi tahun {year.tahun} tidak tercatat")
        elif year.sumber != current_source:
            # The sources are named on the measurement page, not here: they are places in
            # the documents the figures were taken from ("Lampiran", "BAB III.A"), which a
            # reader of this report would take for this report's own chapters.
            notes.append(
                f"realisasi tahun {year.tahun} dicatat dari sumber data yang berbeda dengan "
                f"realisasi tahun {tahun}, sehingga tidak dibandingkan"
            )
        elif year.capaian is None:
            notes.append(
                f"capaian tahun {year.tahun} tidak dapat dihitung (targetnya tidak tercatat)"
            )
        else:
            compared.append(
                f"{arah(row.hasil.nilai, year.capaian)} tahun {year.tahun} "
                f"({format_persen(year.capaian)})"
            )
    sentences = []
    if compared:
        sentences.append(
            f"Capaian tahun {tahun} ({capaian_tampil(row)}) " + " dan ".join(compared) + "."
        )
    if notes:
        text = "; ".join(notes)
        sentences.append(text[0].upper() + text[1:] + ".")
    return " ".join(sentences)


def _selisih(row: BarisPengukuran) -> Decimal | None:
    """How far the realisation still is from the Renstra's final target, in the indicator's
    unit; None when it cannot be said as one number (a written target, a range, a band)."""
    target = row.target_akhir_renstra
    if target is None or target.angka is None or row.realisasi is None:
        return None
    polarity = row.aturan.polaritas
    if row.aturan.batas_atas is not None:
        return None
    if polarity in (Polaritas.NAIK, Polaritas.BINER):
        return max(target.angka - row.realisasi, Decimal(0))
    if polarity is Polaritas.TURUN:
        return max(row.realisasi - target.angka, Decimal(0))
    return None


def _ukuran_selisih(value: Decimal, satuan: str) -> str:
    if satuan == "%":
        return f"{format_desimal(value)} poin persen"
    return f"{format_desimal(value)} {satuan}".rstrip()


def kalimat_renstra(row: BarisPengukuran, tahun: int) -> str:
    """This year's realisation against the Renstra's final-year target: reached, or the gap
    that remains; said to be missing when the Renstra holds no final target."""
    if row.target_akhir_renstra is None:
        return "Target akhir Renstra untuk indikator ini tidak tercatat."
    final = format_target(row.target_akhir_renstra, row.indikator.satuan)
    label = f"target akhir Renstra tahun {row.tahun_akhir_renstra} ({final})"
    if row.realisasi is None and not row.realisasi_teks:
        return f"Realisasi tahun {tahun} belum ada untuk dibandingkan dengan {label}."
    achieved = row.capaian_terhadap_renstra
    if achieved is None:
        return (
            f"Realisasi tahun {tahun} ({realisasi_tampil(row)}) tidak dapat diukur terhadap "
            f"{label}."
        )
    head = (
        f"Terhadap {label}, realisasi tahun {tahun} ({realisasi_tampil(row)}) mencapai "
        f"{format_persen(achieved)}"
    )
    if achieved >= SERATUS:
        return head + ": target akhir Renstra telah tercapai."
    gap = _selisih(row)
    if gap is None:
        return head + ": target akhir Renstra belum tercapai."
    return (
        head
        + ": target akhir Renstra belum tercapai, masih kurang "
        + f"{_ukuran_selisih(gap, row.indikator.satuan)}."
    )


def _capaian(value: Decimal | None) -> str:
    return format_persen(value) if value is not None else "–"


def _realisasi(value: Decimal | None, satuan: str) -> str:
    if value is None:
        return "–"
    return f"{format_desimal(value)}%" if satuan == "%" else format_desimal(value)


def tabel_banding(baris: list[BarisPengukuran], tahun: int, judul: str) -> Tabel:
    """Realisation and capaian of n−2, n−1 and n per indicator ("–" where a year has none)."""
    rows = []
    for index, row in enumerate(baris, start=1):
        last, before = tahun_lalu(row, tahun)
        satuan = row.indikator.satuan
        rows.append(
            (
                f"{index}.",
                row.indikator.nama,
                _realisasi(before.realisasi, satuan),
                _capaian(before.capaian),
                _realisasi(last.realisasi, satuan),
                _capaian(last.capaian),
                realisasi_tampil(row),
                capaian_tampil(row) if row.hasil.dinilai else "–",
            )
        )
    return Tabel(
        kolom=(
            Kolom("No", 0.8),
            Kolom("Indikator Kinerja", 4.4),
            Kolom(f"Realisasi {tahun - 2}", 1.8, angka=True),
            Kolom(f"Capaian {tahun - 2}", 1.8, angka=True),
            Kolom(f"Realisasi {tahun - 1}", 1.8, angka=True),
            Kolom(f"Capaian {tahun - 1}", 1.8, angka=True),
            Kolom(f"Realisasi {tahun}", 1.8, angka=True),
            Kolom(f"Capaian {tahun}", 1.8, angka=True),
        ),
        baris=tuple(rows),
        judul=judul,
    )


def tabel_renstra(baris: list[BarisPengukuran], tahun: int, judul: str) -> Tabel:
    """The Renstra's final-year target beside this year's realisation, the capaian against it
    and the gap ("–" for an indicator without a final target)."""
    rows = []
    for index, row in enumerate(baris, start=1):
        gap = _selisih(row)
        achieved = row.capaian_terhadap_renstra
        if achieved is not None and achieved >= SERATUS:
            remaining = "Tercapai"
        elif gap is not None:
            remaining = _ukuran_selisih(gap, row.indikator.satuan)
        else:
            remaining = "–"
        rows.append(
            (
                f"{index}.",
                row.indikator.nama,
                format_target(row.target_akhir_renstra, row.indikator.satuan)
                + (f" ({row.tahun_akhir_renstra})" if row.tahun_akhir_renstra else ""),
                realisasi_tampil(row),
                _capaian(achieved),
                remaining,
            )
        )
    return Tabel(
        kolom=(
            Kolom("No", 0.8),
            Kolom("Indikator Kinerja", 5.4),
            Kolom("Target akhir Renstra", 2.6, angka=True),
            Kolom(f"Realisasi {tahun}", 2.2, angka=True),
            Kolom("Capaian thd. target akhir", 2.4, angka=True),
            Kolom("Sisa", 2.6, angka=True),
        ),
        baris=tuple(rows),
        judul=judul,
    )
