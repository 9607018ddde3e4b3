"""BAB III's statement of method, written once before the figures: the capaian rules the
indicators of the year were measured with (each rule once, with how many indicators use it),
the cap, how sasaran and satker capaian are averaged, when a target counts as met, and the
predicate scale as the satker's settings hold it (name, source, bands). Plain Python over the
reading layer's measurement: it states the rules that produced the figures, not a rule
written beside them."""

from collections import Counter

from kinerja.core.formatting import desimal_koma, format_desimal
from kinerja.documents.isi import Blok, Kolom, Paragraf, Tabel
from kinerja.measurement.capaian import AturanCapaian, Polaritas, VarianTurun
from kinerja.measurement.pengukuran import Pengukuran
from kinerja.measurement.scales import Pita

RUMUS = {
    Polaritas.NAIK: "capaian = realisasi ÷ target × 100% (semakin tinggi semakin baik)",
    Polaritas.BINER: "capaian 100% bila realisasi ≥ target, selain itu 0% (ya/tidak)",
    Polaritas.STABIL: (
        "capaian 100% bila realisasi di dalam pita target, di luar pita "
        "(1 − |realisasi − batas| ÷ target) × 100%"
    ),
}
RUMUS_TURUN = {
    VarianTurun.DUA_T_KURANG_R: (
        "capaian = (2 × target − realisasi) ÷ target × 100%, paling rendah 0% "
        "(semakin rendah semakin baik)"
    ),
    VarianTurun.T_BAGI_R: "capaian = target ÷ realisasi × 100% (semakin rendah semakin baik)",
}


def rumus(aturan: AturanCapaian) -> str:
    """The formula of a rule in words, without its cap."""
    if aturan.polaritas is Polaritas.TURUN:
        text = RUMUS_TURUN[aturan.varian_turun]
        if aturan.batas_atas is not None:
            text = "target rentang: 100% di dalam rentang, di luarnya " + text
        return text
    if aturan.polaritas is Polaritas.RENTANG:
        return (
            "target rentang: 100% bila realisasi di dalam rentang, di luarnya "
            "realisasi ÷ batas terdekat × 100%"
        )
    return RUMUS[aturan.polaritas]


def _plafon(aturan: AturanCapaian) -> str:
    if aturan.plafon is None:
        return "tanpa plafon"
    return f"plafon {desimal_koma(aturan.plafon)}%"


def batas(band: Pita) -> str:
    """A band's bounds as a reader writes them ("> 85", "70 – 85", "< 55"), each bound said
    to be included or not."""
    low = format_desimal(band.bawah) if band.bawah is not None else None
    high = format_desimal(band.atas) if band.atas is not None else None
    if low is None:
        return f"{'≤' if band.atas_inklusif else '<'} {high}"
    if high is None:
        return f"{'≥' if band.bawah_inklusif else '>'} {low}"
    left = f"{'≥' if band.bawah_inklusif else '>'} {low}"
    right = f"{'≤' if band.atas_inklusif else '<'} {high}"
    return f"{left} dan {right}"


def metode_bab_tiga(pengukuran: Pengukuran, judul_skala: str) -> list[Blok]:
    """The paragraphs of method and the table of the predicate scale."""
    rules = Counter((rumus(row.aturan), _plafon(row.aturan)) for row in pengukuran.baris)
    blocks: list[Blok] = []
    if rules:
        listed = "; ".join(
            f"{formula}, {cap} ({count} indikator)"
            for (formula, cap), count in sorted(rules.items(), key=lambda item: -item[1])
        )
        blocks.append(
            Paragraf(f"Capaian setiap indikator dihitung menurut polaritasnya: {listed}.")
        )
    blocks.append(
        Paragraf(
            "Suatu indikator dinyatakan tercapai bila capaiannya paling sedikit 100%. Indikator "
            "yang tidak dilaksanakan atau belum dilaporkan realisasinya tidak dinilai dan tidak "
            "dihitung sebagai 0%. Capaian sasaran adalah rata-rata capaian indikatornya yang "
            "dinilai (rata-rata tertimbang bila setiap indikator berbobot); capaian satker "
            "adalah rata-rata capaian sasarannya."
        )
    )
    scale = pengukuran.pengaturan.skala
    # The scale's name only: its `sumber` is the satker's own note on where the scale comes
    # from (for its settings page), not a sentence for the report.
    blocks.append(
        Paragraf(f"Predikat capaian ditetapkan menurut {scale.nama} dalam pengaturan satker:")
    )
    blocks.append(
        Tabel(
            kolom=(Kolom("Predikat", 3.0), Kolom("Keterangan", 7.0), Kolom("Capaian (%)", 6.0)),
            baris=tuple(
                (band.predikat, band.keterangan or "–", batas(band)) for band in scale.pita
            ),
            judul=judul_skala,
        )
    )
    return blocks
