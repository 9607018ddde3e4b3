"""The immutable record of a finalised evaluation: its worksheet version, every answer, the
evidence each criterion had (with its SHA-256 and the evaluator's verdict), the scores and
predicate, as canonical JSON (sorted keys, no spaces) whose SHA-256 is kept beside
it. Pages read results from here once it exists, never from the live rows."""

import hashlib
import json

from kinerja.core.formatting import plain_decimal
from kinerja.lke.alur import PeranJawaban
from kinerja.lke.hasil import hasil_json, hitung_peran, jawaban_per_peran, tidak_berlaku
from kinerja.lke.models import BuktiLke, EvaluasiLke, SnapshotLke
from kinerja.lke.versi import lembar_dari_versi


def _lembar_json(lembar) -> dict:
    return {
        "tahun": lembar.tahun,
        "nama": lembar.nama,
        "komponen": [
            {
                "kode": kom.kode,
                "nama": kom.nama,
                "bobot": plain_decimal(kom.bobot),
                "sub": [
                    {
                        "kode": sub.kode,
                        "nama": sub.nama,
                        "bobot": plain_decimal(sub.bobot),
                        "kriteria": [
                            {
                                "kode": k.kode,
                                "teks": k.teks,
                                "panduan": k.panduan,
                                "bukti_diharapkan": k.bukti_diharapkan,
                                "teks_perlu_diverifikasi": k.teks_perlu_diverifikasi,
                                "wajib": k.wajib,
                                "skala": k.skala.nama,
                                # A list: the scale's order is its meaning (AA first).
                                "pilihan": [
                                    [p.kode, p.label, plain_decimal(p.nilai)]
                                    for p in k.skala.pilihan
                                ],
                            }
                            for k in sub.kriteria
                        ],
                    }
                    for sub in kom.sub
                ],
            }
            for kom in lembar.komponen
        ],
    }


def _bukti_json(evaluasi: EvaluasiLke) -> dict:
    """Every evidence item per criterion code, in the order it was added, rejected ones too:
    what the evaluator saw. A file by its name, a link by the record's kind and year; both by
    the SHA-256 of what was attached (for a link, of the record's content when linked)."""
    items: dict[str, list] = {}
    for bukti in BuktiLke.objects.filter(evaluasi=evaluasi).select_related("kriteria"):
        items.setdefault(bukti.kriteria.kode, []).append(
            {
                "label": bukti.label,
                "jenis": bukti.jenis_tautan or "berkas",
                "tahun": bukti.tahun_tautan,
                "sha256": bukti.sha256,
                "status": bukti.status,
                "alasan_penolakan": bukti.alasan_penolakan,
            }
        )
    return dict(sorted(items.items()))


def isi_snapshot(evaluasi: EvaluasiLke) -> dict:
    lembar = lembar_dari_versi(evaluasi.versi)
    answers = jawaban_per_peran(evaluasi)
    return {
        "satker": evaluasi.satker.slug,
        "tahun": evaluasi.tahun,
        "lembar": _lembar_json(lembar),
        "jawaban": {
            peran.value: {
                kode: {
                    "kode": row.kode,
                    "catatan": row.catatan,
                    "penulis": row.penulis.get_username() if row.penulis else "",
                    "diubah_pada": row.diubah_pada.isoformat(),
                }
                for kode, row in sorted(answers.get(peran.value, {}).items())
            }
            for peran in PeranJawaban
        },
        "bukti": _bukti_json(evaluasi),
        "hasil": {
            peran.value: hasil_json(
                hitung_peran(lembar, answers.get(peran.value, {})),
                tidak_berlaku(answers.get(peran.value, {})),
            )
            for peran in (PeranJawaban.MANDIRI, PeranJawaban.EVALUATOR)
        },
    }


def kanonik(isi: dict) -> str:
    return json.dumps(isi, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def tulis_snapshot(evaluasi: EvaluasiLke, actor) -> SnapshotLke:
    text = kanonik(isi_snapshot(evaluasi))
    return SnapshotLke.objects.create(
        evaluasi=evaluasi,
        isi=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        dibuat_oleh=actor if getattr(actor, "is_authenticated", False) else None,
    )


def baca_snapshot(evaluasi: EvaluasiLke) -> dict | None:
    """The snapshot's content, or None before finalising. A stored text whose hash no longer
    matches is refused rather than shown."""
    row = SnapshotLke.objects.filter(evaluasi=evaluasi).first()
    return None if row is None else isi_baris(row)


def isi_baris(row: SnapshotLke) -> dict:
    """A snapshot row already read (pages listing many evaluations fetch them together)."""
    if hashlib.sha256(row.isi.encode()).hexdigest() != row.sha256:
        raise ValueError(f"Snapshot evaluasi {row.evaluasi_id} tidak cocok dengan SHA-256-nya.")
    return json.loads(row.isi)
