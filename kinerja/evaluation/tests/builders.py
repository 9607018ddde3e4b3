"""Small hand-made reviu facts, so that each rule test states only what matters to it.

`fakta()` is a satker-year that holds nothing, and on which no rule finds anything; a test
adds the indicators, PKs, budget lines and stated values its rule reads. Capaian are computed
by the measurement engine, as the reading layer does, never written by hand.
"""

from decimal import Decimal

from kinerja.evaluation.reviu import facts
from kinerja.evaluation.reviu.rules import ATURAN, Temuan
from kinerja.measurement.capaian import AturanCapaian, HasilCapaian, StatusRealisasi
from kinerja.measurement.capaian_tertulis import hitung_capaian_tertulis
from kinerja.measurement.scales import LAN_4_PITA
from kinerja.planning.targets import Target

D = Decimal


def _target(value: int | str) -> Target:
    """95 or "94,5" is a number; "≥ 95" or "WTP" is a target as written."""
    try:
        return Target(D(str(value).replace(",", ".")))
    except ArithmeticError:
        return Target(teks=str(value))


def _decimal(value: int | str | Decimal | None) -> Decimal | None:
    return None if value is None else D(str(value))


def diukur(
    kode: str,
    target: int | str | None = 100,
    realisasi: int | str | None = 100,
    *,
    nama: str = "",
    iku: bool = False,
    sasaran: str = "",
    aturan: AturanCapaian = AturanCapaian(),  # noqa: B008 - frozen, immutable default
    satuan: str = "%",
    status: str = StatusRealisasi.DILAPORKAN,
    **pengukuran,
) -> tuple[facts.Indikator, facts.Pengukuran]:
    """Indicator `kode` ("6709-3", of kegiatan "6709") and its realisation of record, with
    the capaian the measurement engine computes; extra keywords go to facts.Pengukuran."""
    goal = None if target is None else _target(target)
    value = _decimal(realisasi)
    text = pengukuran.get("realisasi_teks", "")
    if goal is None:
        hasil = HasilCapaian(None, None, "tanpa_target", "Tidak dinilai", "Tidak ada target.")
    else:
        hasil = hitung_capaian_tertulis(goal, value, text, aturan, StatusRealisasi(status))
    pengukuran.setdefault("sumber", "BAB III.A")
    if "capaian_tercatat" in pengukuran:
        pengukuran["capaian_tercatat"] = _decimal(pengukuran["capaian_tercatat"])
    if "realisasi_periode" in pengukuran:
        pengukuran["realisasi_periode"] = _decimal(pengukuran["realisasi_periode"])
    return (
        facts.Indikator(
            kode, nama or f"Indikator {kode}", kode.split("-")[0], aturan, satuan, iku, sasaran
        ),
        facts.Pengukuran(kode, goal, value, status, hasil, **pengukuran),
    )


def fakta(*indikator: tuple[facts.Indikator, facts.Pengukuran], **lainnya) -> facts.FaktaReviu:
    """A satker-year on the LAN scale, threshold 100, holding the given measured indicators."""
    base = {
        "satker": "kpu-kota-uji",
        "tahun": 2024,
        "skala": LAN_4_PITA,
        "ambang_capaian": D(100),
        "indikator": {item.kode: item for item, _ in indikator},
        "pengukuran": {row.kode: row for _, row in indikator},
    }
    return facts.FaktaReviu(**(base | lainnya))


def tercatat(besaran: str, sumber: str = "BAB IV", **nilai) -> facts.NilaiTercatat:
    """A value a document states; `nilai` and `dari` may be given as int or str."""
    for name in ("nilai", "dari"):
        if name in nilai:
            nilai[name] = _decimal(nilai[name])
    return facts.NilaiTercatat(sumber, nilai.pop("urutan", 1), besaran, **nilai)


def baris(urutan: int, kode: str, target: int | str, **lainnya) -> facts.BarisRencana:
    """A line of a PK (or the RKT) for indicator `kode`."""
    lainnya.setdefault("dokumen", "PK")
    lainnya.setdefault("teks", f"Indikator {kode}")
    return facts.BarisRencana(urutan=urutan, kode=kode, target=_target(target), **lainnya)


def pk(
    *lines: facts.BarisRencana, sumber: str = "Lampiran: PK Sekretaris–Ketua", **lainnya
) -> facts.Perjanjian:
    """A signed PK in force; the satker's unless `tingkat` says otherwise."""
    lainnya.setdefault("tingkat", "satker")
    return facts.Perjanjian("Perjanjian Kinerja 2024", sumber=sumber, baris=lines, **lainnya)


def temuan(data: facts.FaktaReviu, aturan: str) -> list[Temuan]:
    """The findings of one rule of KATALOG, reported through its own `lapor`."""
    rule = ATURAN[aturan]
    return list(rule.periksa(data, rule.temuan))


def ringkas(finding: Temuan) -> tuple[str, str, str, str, str | None, str | None]:
    """What a reviewer reads beside the message: rule, severity, where, stated, expected."""
    return (
        finding.aturan,
        str(finding.tingkat),
        finding.tabel,
        finding.baris,
        finding.tercatat,
        finding.seharusnya,
    )
