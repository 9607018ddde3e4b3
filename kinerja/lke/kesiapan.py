"""Where the points go: what answering one criterion at the top of its scale adds to the total.
No Django.

Each figure is `hitung` itself run twice, with the answers as they are and with that one
criterion raised, so it can never disagree with the score: a criterion in a sub-komponen of
eleven is worth a ninth of a point less than one in a sub-komponen of nine, and an N/A answer
raised to the top re-enters its sub-komponen's mean.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext

from kinerja.lke.lembar import Lembar, PilihanJawaban, Skala
from kinerja.lke.nilai import TIDAK_BERLAKU, hitung


@dataclass(frozen=True)
class Peluang:
    kode: str
    nilai_sekarang: Decimal | None  # the answer's fraction; None when unanswered or N/A
    tambahan: Decimal  # exactly what the total gains, in points of 100
    jawaban: str | None = None  # the answer as stored ("B", "N/A"), None when unanswered


def pilihan_teratas(skala: Skala) -> PilihanJawaban:
    return max(skala.pilihan, key=lambda pilihan: pilihan.nilai)


def ke_mana_poin(lembar: Lembar, jawaban: Mapping[str, str]) -> list[Peluang]:
    """Every criterion with what raising it alone to the top adds, largest first, then in the
    worksheet's order (which is the order of its codes)."""
    total = hitung(lembar, jawaban).total
    peluang = []
    for kriteria in lembar.semua_kriteria():
        sekarang = jawaban.get(kriteria.kode)
        teratas = pilihan_teratas(kriteria.skala)
        raised = hitung(lembar, {**jawaban, kriteria.kode: teratas.kode}).total
        # Both totals hold up to 28 digits at different exponents; their exact difference may
        # need more, and total + tambahan must give the raised total back to the last digit.
        with localcontext() as exact:
            exact.prec = 100
            tambahan = raised - total
        pilihan = (
            kriteria.skala.pilihan_untuk(sekarang)
            if sekarang not in (None, TIDAK_BERLAKU)
            else None
        )
        peluang.append(
            Peluang(kriteria.kode, pilihan.nilai if pilihan else None, tambahan, sekarang)
        )
    urutan = {p.kode: posisi for posisi, p in enumerate(peluang)}
    return sorted(peluang, key=lambda p: (-p.tambahan, urutan[p.kode]))
