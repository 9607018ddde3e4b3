"""What the worksheet page shows, read from one document: the snapshot once the evaluation is
final (so nothing changed afterwards alters the result shown), else the same document
computed from the live rows. The evaluator's side is left out, not merely hidden, while the
evaluator hides it from the satker."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from kinerja.accounts.access import boleh
from kinerja.accounts.peran import Aksi
from kinerja.lke.alur import (
    PIHAK_JAWABAN,
    Langkah,
    PeranJawaban,
    Pihak,
    Status,
    boleh_dijawab,
    langkah_tersedia,
    nilai_final_terlihat,
)
from kinerja.lke.choices import FaseJadwal, JenisTautan, PeranJawabanChoices, StatusBukti
from kinerja.lke.models import BuktiLke, EvaluasiLke, JadwalLke, JawabanLke, SnapshotLke
from kinerja.lke.nilai import TIDAK_BERLAKU
from kinerja.lke.rekaman import rekaman_tersedia
from kinerja.lke.services import FASE_PIHAK
from kinerja.lke.snapshot import baca_snapshot, isi_snapshot
from kinerja.lke.usulan_bukti import usulan_untuk

SISI_EVALUATOR = (PeranJawaban.REVIEWER.value, PeranJawaban.EVALUATOR.value)


@dataclass
class SelJawaban:
    peran: str
    jawaban: dict | None
    boleh_tulis: bool


@dataclass
class BarisKriteria:
    kode: str
    anchor: str  # an HTML id: dots would need escaping in a CSS selector
    data: dict
    pilihan: list[tuple[str, str]]
    sel: list[SelJawaban]  # one per shown side, in the order of HalamanLke.kolom
    selisih: Decimal | None  # final − self, in points of the criterion's share (0–100)
    bukti: list = field(default_factory=list)
    # Records Kinerja holds of the kinds this criterion's evidence usually is (usulan_bukti):
    # (form value, label), offered first when the satker links evidence.
    usulan: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class BarisSub:
    kode: str
    nama: str
    bobot: Decimal
    nilai: list[Decimal]  # in the order of HalamanLke.kolom_hasil
    kriteria: list[BarisKriteria]


@dataclass
class BarisKomponen:
    kode: str
    nama: str
    bobot: Decimal
    nilai: list[Decimal]
    sub: list[BarisSub]


@dataclass
class Ringkasan:
    total: Decimal
    predikat: str | None
    dijawab: int
    tidak_berlaku: int
    jumlah: int
    kelengkapan: Decimal

    @property
    def belum_dijawab(self) -> int:
        return self.jumlah - self.dijawab  # dijawab counts N/A: an answer too

    @property
    def kelengkapan_bulat(self) -> int:
        """For a <progress> bar, which reads a plain number."""
        return int(self.kelengkapan)


@dataclass
class HalamanLke:
    evaluasi: EvaluasiLke
    komponen: list[BarisKomponen]
    ringkasan: list[Ringkasan]  # in the order of kolom_hasil
    kolom: list[tuple[str, str]]  # (peran, label) of the answers shown
    kolom_hasil: list[tuple[str, str]]  # (peran, label) of the scores shown
    evaluator_terlihat: bool
    snapshot: SnapshotLke | None
    langkah: list[Langkah] = field(default_factory=list)
    boleh_sembunyikan: bool = False
    boleh_tambah_bukti: bool = False
    boleh_periksa_bukti: bool = False
    rekaman: list[tuple[str, str]] = field(default_factory=list)  # ("rkt:12", label)
    jadwal: list = field(default_factory=list)  # the year's JadwalLke, by phase
    # (phase label, its JadwalLke or None) of the reader's sides that would write now but
    # are outside their window: their forms and steps are left out, and the page says why.
    di_luar_jadwal: list = field(default_factory=list)
    jumlah_kriteria: int = 0
    dengan_bukti: int = 0  # criteria with at least one evidence item not rejected
    bukti_diterima: int = 0  # criteria with at least one accepted item

    @property
    def persen_dengan_bukti(self) -> Decimal:
        return (
            Decimal(100) * self.dengan_bukti / self.jumlah_kriteria
            if self.jumlah_kriteria
            else Decimal(0)
        )

    @property
    def persen_bukti_diterima(self) -> Decimal:
        return (
            Decimal(100) * self.bukti_diterima / self.jumlah_kriteria
            if self.jumlah_kriteria
            else Decimal(0)
        )

    @property
    def mandiri_belum_dijawab(self) -> int:
        """Criteria the self-assessment leaves unanswered: submitting asks to confirm them."""
        for (peran, _label), hasil in zip(self.kolom_hasil, self.ringkasan, strict=True):
            if peran == PeranJawaban.MANDIRI.value:
                return hasil.belum_dijawab
        return 0

    @property
    def jumlah_kolom(self) -> int:
        """Code, criterion, one column per side, and the difference when the final is shown."""
        return 2 + len(self.kolom) + (1 if self.evaluator_terlihat else 0)


def anchor(kode: str) -> str:
    return "kriteria-" + kode.replace(".", "-")


def _nilai_pilihan(pilihan: list, kode: str | None) -> Decimal | None:
    if kode is None or kode == TIDAK_BERLAKU:
        return None
    return next((Decimal(nilai) for p_kode, _label, nilai in pilihan if p_kode == kode), None)


def _ringkasan(hasil: dict) -> Ringkasan:
    return Ringkasan(
        total=Decimal(hasil["total_tampil"]),
        predikat=hasil["predikat"],
        dijawab=hasil["dijawab"],
        tidak_berlaku=hasil["tidak_berlaku"],
        jumlah=hasil["jumlah"],
        kelengkapan=Decimal(hasil["kelengkapan"]),
    )


def halaman_lke(evaluasi: EvaluasiLke, user) -> HalamanLke:
    satker = evaluasi.satker
    status = Status(evaluasi.status)
    evaluator = boleh(user, Aksi.EVALUASI_LKE, satker)
    reviewer = boleh(user, Aksi.REVIU_LKE, satker)
    mandiri = boleh(user, Aksi.ISI_LKE_MANDIRI, satker)
    # A reviewer is on the evaluator's side: they see what the evaluator hides from the satker.
    terlihat = nilai_final_terlihat(status, evaluasi.sembunyikan_nilai, evaluator or reviewer)
    snapshot = SnapshotLke.objects.filter(evaluasi=evaluasi).first()
    isi = baca_snapshot(evaluasi) if snapshot else isi_snapshot(evaluasi)
    peran_tampil = [p.value for p in PeranJawaban if terlihat or p.value not in SISI_EVALUATOR]
    hasil = {
        peran.value: isi["hasil"][peran.value]
        for peran in (PeranJawaban.MANDIRI, PeranJawaban.EVALUATOR)
        if peran.value in peran_tampil
    }
    pihak = {Pihak.SATKER} if mandiri else set()
    if reviewer:
        pihak.add(Pihak.REVIEWER)
    if evaluator:
        pihak.add(Pihak.EVALUATOR)
    linking = mandiri and boleh_dijawab(status, PeranJawaban.MANDIRI)
    records = rekaman_tersedia(satker, evaluasi.tahun) if linking else {}
    # In the phases' order (the self-assessment first), whatever their dates.
    jadwal = sorted(
        JadwalLke.objects.filter(tahun=evaluasi.tahun), key=lambda j: list(FaseJadwal).index(j.fase)
    )
    today = timezone.localdate()
    terbuka = {j.fase for j in jadwal if j.mulai <= today <= j.selesai}
    # The sides the reader acts for inside their window: the services refuse the others.
    aktif = {side for side in pihak if FASE_PIHAK[side] in terbuka}
    di_luar_jadwal = {}
    for side in sorted(pihak - aktif):
        answers_of_side = [p for p, s in PIHAK_JAWABAN.items() if s is side]
        if langkah_tersedia(status, {side}) or any(
            boleh_dijawab(status, p) for p in answers_of_side
        ):
            fase = FaseJadwal(FASE_PIHAK[side])
            window = next((j for j in jadwal if j.fase == fase), None)
            di_luar_jadwal[fase] = (fase.label, window)
    boleh_tulis = {
        peran: PIHAK_JAWABAN[PeranJawaban(peran)] in aktif
        and boleh_dijawab(status, PeranJawaban(peran))
        for peran in peran_tampil
    }
    nilai_kom = {peran: {k["kode"]: k for k in h["komponen"]} for peran, h in hasil.items()}
    evidence: dict[str, list[BuktiLke]] = {}
    for item in BuktiLke.objects.filter(evaluasi=evaluasi).select_related("kriteria"):
        evidence.setdefault(item.kriteria.kode, []).append(item)
    komponen = []
    for kom in isi["lembar"]["komponen"]:
        subs = []
        for sub in kom["sub"]:
            rows = []
            for kriteria in sub["kriteria"]:
                answers = {p: isi["jawaban"][p].get(kriteria["kode"]) for p in peran_tampil}
                self_value = _nilai_pilihan(
                    kriteria["pilihan"], (answers.get("mandiri") or {}).get("kode")
                )
                final_value = _nilai_pilihan(
                    kriteria["pilihan"], (answers.get("evaluator") or {}).get("kode")
                )
                rows.append(
                    BarisKriteria(
                        kode=kriteria["kode"],
                        anchor=anchor(kriteria["kode"]),
                        data=kriteria,
                        pilihan=[(p[0], p[1]) for p in kriteria["pilihan"]],
                        sel=[SelJawaban(p, answers[p], boleh_tulis[p]) for p in peran_tampil],
                        bukti=evidence.get(kriteria["kode"], []),
                        usulan=[
                            _pilihan_rekaman(found)
                            for jenis in usulan_untuk(kriteria["kode"])
                            for found in records.get(jenis, [])
                        ],
                        selisih=(final_value - self_value) * 100
                        if self_value is not None and final_value is not None
                        else None,
                    )
                )
            subs.append(
                BarisSub(
                    sub["kode"],
                    sub["nama"],
                    Decimal(sub["bobot"]),
                    [
                        Decimal(
                            next(
                                item
                                for item in nilai_kom[peran][kom["kode"]]["sub"]
                                if item["kode"] == sub["kode"]
                            )["nilai"]
                        )
                        for peran in hasil
                    ],
                    rows,
                )
            )
        komponen.append(
            BarisKomponen(
                kom["kode"],
                kom["nama"],
                Decimal(kom["bobot"]),
                [Decimal(nilai_kom[peran][kom["kode"]]["nilai"]) for peran in hasil],
                subs,
            )
        )
    return HalamanLke(
        evaluasi=evaluasi,
        komponen=komponen,
        ringkasan=[_ringkasan(h) for h in hasil.values()],
        kolom=[(p, PeranJawabanChoices(p).label) for p in peran_tampil],
        kolom_hasil=[(p, PeranJawabanChoices(p).label) for p in hasil],
        evaluator_terlihat=terlihat,
        snapshot=snapshot,
        langkah=langkah_tersedia(status, aktif),
        boleh_sembunyikan=Pihak.EVALUATOR in aktif and status is not Status.TERBIT,
        boleh_tambah_bukti=Pihak.SATKER in aktif and boleh_dijawab(status, PeranJawaban.MANDIRI),
        boleh_periksa_bukti=Pihak.EVALUATOR in aktif and status is Status.DIREVIU,
        jadwal=jadwal,
        di_luar_jadwal=list(di_luar_jadwal.values()),
        jumlah_kriteria=sum(
            len(sub["kriteria"]) for kom in isi["lembar"]["komponen"] for sub in kom["sub"]
        ),
        dengan_bukti=sum(
            any(item.status != StatusBukti.DITOLAK for item in items) for items in evidence.values()
        ),
        bukti_diterima=sum(
            any(item.status == StatusBukti.DITERIMA for item in items)
            for items in evidence.values()
        ),
        rekaman=[
            _pilihan_rekaman(found) for found_list in records.values() for found in found_list
        ],
    )


def _pilihan_rekaman(found) -> tuple[str, str]:
    """A record as a form option: (form value, label with its kind)."""
    return found.kunci, f"{JenisTautan(found.jenis).label}: {found.label}"


def jumlah_belum_dijawab(evaluasi: EvaluasiLke) -> int:
    """Criteria of the worksheet without a self-assessed answer (N/A is an answer)."""
    answered = JawabanLke.objects.filter(evaluasi=evaluasi, peran=PeranJawaban.MANDIRI.value)
    return evaluasi.versi.kriteria.count() - answered.count()
