"""Reads for the results page (LHE downloads, narratives, signer, recommendations and their
follow-up), for the recommendations carried into a later evaluation, and for a parent's
overview of its children's evaluations (a fixed number of queries whatever their number)."""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch

from kinerja.accounts.access import boleh, hibah, jalur
from kinerja.accounts.peran import HAK, Aksi
from kinerja.accounts.peran import boleh as boleh_hibah
from kinerja.evaluation.pernyataan import pemeriksa_pilihan
from kinerja.lke.akses import AKSI_SISI_EVALUATOR, sisi_evaluator
from kinerja.lke.alur import Status, nilai_final_terlihat
from kinerja.lke.choices import StatusEvaluasi, StatusRekomendasi
from kinerja.lke.models import EvaluasiLke, JawabanLke
from kinerja.lke.models_rekomendasi import (
    NarasiKomponen,
    PenandaTanganLhe,
    Rekomendasi,
    TindakLanjut,
)
from kinerja.lke.nilai import hitung
from kinerja.lke.rekomendasi import STATUS_TEKS_EVALUATOR
from kinerja.lke.snapshot import baca_snapshot, isi_baris
from kinerja.lke.versi import lembar_dari_versi
from kinerja.measurement.scales import PERMENPANRB_88_2021
from kinerja.organisations.models import Satker

# PermenPANRB 88/2021: "Seluruh rekomendasi atas hasil evaluasi akuntabilitas kinerja
# internal telah ditindaklanjuti" (../shared/reference/lke-88-2021.md, 4.c.1).
KRITERIA_TINDAK_LANJUT = "4.c.1"


def _rekomendasi(queryset):
    return queryset.select_related("evaluasi", "ditutup_oleh").prefetch_related(
        Prefetch("tindak_lanjut", TindakLanjut.objects.select_related("dibuat_oleh"))
    )


def rekomendasi_terbawa(evaluasi: EvaluasiLke) -> list[Rekomendasi]:
    """The satker's recommendations of earlier, published results that are still open: the
    evidence of criterion 4.c.1 on this year's worksheet."""
    return list(
        _rekomendasi(
            Rekomendasi.objects.filter(
                evaluasi__satker_id=evaluasi.satker_id,
                evaluasi__tahun__lt=evaluasi.tahun,
                evaluasi__status=StatusEvaluasi.TERBIT,
                status=StatusRekomendasi.TERBUKA,
            ).order_by("evaluasi__tahun", "nomor")
        )
    )


@dataclass
class KomponenHasil:
    kode: str
    nama: str
    bobot: Decimal
    nilai: Decimal
    narasi: str


@dataclass
class HalamanHasil:
    evaluasi: EvaluasiLke
    terlihat: bool  # the evaluator's result may be shown to this reader
    final: bool  # a snapshot exists
    total: Decimal | None = None
    predikat: str | None = None
    komponen: list[KomponenHasil] = field(default_factory=list)
    rekomendasi: list[Rekomendasi] = field(default_factory=list)
    penanda: PenandaTanganLhe | None = None
    pemeriksa: list = field(default_factory=list)  # whom the evaluator may name as signer
    # Where those are recorded: the satkers of the evaluator's inspectorate grant (not the
    # evaluated satker's own staff), each with its jabatan history page.
    satker_pemeriksa: list = field(default_factory=list)
    kode_komponen: list[tuple[str, str]] = field(default_factory=list)
    boleh_tulis: bool = False  # narratives, recommendations, signer
    boleh_tindak_lanjut: bool = False
    boleh_tutup: bool = False


def halaman_hasil(evaluasi: EvaluasiLke, user) -> HalamanHasil:
    satker = evaluasi.satker
    evaluator = boleh(user, Aksi.EVALUASI_LKE, satker)
    terlihat = nilai_final_terlihat(
        Status(evaluasi.status), evaluasi.sembunyikan_nilai, sisi_evaluator(user, satker)
    )
    isi = baca_snapshot(evaluasi)
    page = HalamanHasil(evaluasi=evaluasi, terlihat=terlihat, final=isi is not None)
    if not terlihat:
        return page
    terbit = evaluasi.status == StatusEvaluasi.TERBIT
    page.boleh_tulis = evaluator and evaluasi.status in STATUS_TEKS_EVALUATOR
    page.boleh_tutup = evaluator and terbit
    page.boleh_tindak_lanjut = terbit and boleh(user, Aksi.ISI_LKE_MANDIRI, satker)
    page.rekomendasi = list(_rekomendasi(Rekomendasi.objects.filter(evaluasi=evaluasi)))
    page.penanda = PenandaTanganLhe.objects.filter(evaluasi=evaluasi).first()
    if page.boleh_tulis:
        page.pemeriksa = list(pemeriksa_pilihan(user, satker))
        page.satker_pemeriksa = _satker_pemeriksa(user, satker)
        page.kode_komponen = list(evaluasi.versi.komponen.values_list("kode", "nama"))
    if isi is None:
        return page
    narratives = dict(
        NarasiKomponen.objects.filter(evaluasi=evaluasi).values_list("kode_komponen", "teks")
    )
    hasil = isi["hasil"]["evaluator"]
    scores = {kom["kode"]: kom for kom in hasil["komponen"]}
    page.total, page.predikat = Decimal(hasil["total_tampil"]), hasil["predikat"]
    page.komponen = [
        KomponenHasil(
            kom["kode"],
            kom["nama"],
            Decimal(kom["bobot"]),
            Decimal(scores[kom["kode"]]["nilai"]),
            narratives.get(kom["kode"], ""),
        )
        for kom in isi["lembar"]["komponen"]
    ]
    return page


def _satker_pemeriksa(user, satker: Satker) -> list[Satker]:
    """The satkers whose staff pemeriksa_pilihan offers: those above (or at) `satker` where the
    user holds the review grant, the evaluated satker itself left out, as there."""
    path = jalur(satker)
    if user.is_superuser:
        granted = path
    else:
        granted = [g.satker_id for g in hibah(user) if Aksi.CATAT_REVIU in HAK[g.peran]]
    return list(
        Satker.objects.filter(pk__in=[pk for pk in granted if pk in path])
        .exclude(pk=satker.pk)
        .order_by("nama")
    )


@dataclass
class BarisAnak:
    satker: Satker
    evaluasi: EvaluasiLke | None
    kelengkapan: Decimal | None = None  # of the self-assessment, in percent
    nilai_mandiri: Decimal | None = None
    nilai_final: Decimal | None = None
    predikat: str | None = None  # of the final result, when shown
    disembunyikan: bool = False  # a final result exists but is hidden from this reader


@dataclass
class RingkasanAnak:
    baris: list[BarisAnak]
    distribusi: list[tuple[str, int]]  # every predicate of the scale, best first, with its count
    belum_final: int


def ringkasan_anak(induk: Satker, tahun: int, user) -> RingkasanAnak:
    """Each child's evaluation of the year: status, the self-assessment's completeness and
    score, and the final score and predicate where this reader may see them (the evaluator
    may hide them from the satker's side until publication)."""
    children = list(Satker.objects.filter(parent=induk).order_by("nama"))
    evaluations = {
        item.satker_id: item
        for item in EvaluasiLke.objects.filter(satker__in=children, tahun=tahun).select_related(
            "versi", "snapshot"
        )
    }
    # Reading the grants once: a child's path is its own id, then the parent's path.
    grants, parent_path = hibah(user), jalur(induk)
    live = [item for item in evaluations.values() if not hasattr(item, "snapshot")]
    answers: dict[int, dict[str, str]] = {item.pk: {} for item in live}
    for evaluasi_id, kode_kriteria, kode in JawabanLke.objects.filter(
        evaluasi__in=live, peran="mandiri"
    ).values_list("evaluasi_id", "kriteria__kode", "kode"):
        answers[evaluasi_id][kode_kriteria] = kode
    worksheets = {versi.pk: lembar_dari_versi(versi) for versi in {item.versi for item in live}}
    rows, counts = [], Counter()
    for child in children:
        evaluasi = evaluations.get(child.pk)
        row = BarisAnak(child, evaluasi)
        rows.append(row)
        if evaluasi is None:
            continue
        snapshot = getattr(evaluasi, "snapshot", None)
        if snapshot is None:
            own = hitung(worksheets[evaluasi.versi_id], answers[evaluasi.pk])
            row.kelengkapan, row.nilai_mandiri = own.kelengkapan, own.total_tampil
            continue
        isi = isi_baris(snapshot)
        own = isi["hasil"]["mandiri"]
        row.kelengkapan = Decimal(own["kelengkapan"])
        row.nilai_mandiri = Decimal(own["total_tampil"])
        evaluator = user.is_superuser or any(
            boleh_hibah(grants, aksi, [child.pk, *parent_path]) for aksi in AKSI_SISI_EVALUATOR
        )
        if not nilai_final_terlihat(Status(evaluasi.status), evaluasi.sembunyikan_nilai, evaluator):
            row.disembunyikan = True
            continue
        final = isi["hasil"]["evaluator"]
        row.nilai_final, row.predikat = Decimal(final["total_tampil"]), final["predikat"]
        if row.predikat:
            counts[row.predikat] += 1
    return RingkasanAnak(
        baris=rows,
        distribusi=[(band.predikat, counts[band.predikat]) for band in PERMENPANRB_88_2021.pita],
        belum_final=sum(1 for row in rows if row.nilai_final is None),
    )
