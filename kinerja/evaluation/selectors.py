"""Gathers the plain facts of one satker-year for the reviu rules."""

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.budgets.models import Pagu
from kinerja.evaluation.models import HambatanUpaya, NilaiTercatat
from kinerja.evaluation.reviu import facts
from kinerja.measurement.selectors import Pengukuran, pengukuran
from kinerja.organisations.models import Satker
from kinerja.planning.models import BarisRKT


def fakta_reviu(satker: Satker, tahun: int, measured: Pengukuran | None = None) -> facts.FaktaReviu:
    measured = measured or pengukuran(satker, tahun)
    indikator = {
        row.indikator.kode: facts.Indikator(
            row.indikator.kode, row.indikator.nama, row.kegiatan_kode, row.aturan
        )
        for row in measured.baris
    }
    rows = {
        row.indikator.kode: facts.Pengukuran(
            kode=row.indikator.kode,
            target=row.target,
            realisasi=row.realisasi,
            status=row.status,
            hasil=row.hasil,
            capaian_tercatat=row.capaian_tercatat,
            sumber=row.realisasi_sumber or row.target_sumber,
        )
        for row in measured.baris
    }
    rkt = [
        facts.BarisRencana(
            f"RKT {tahun}",
            row.urutan,
            row.indikator.kode,
            row.indikator_tercetak or row.indikator.nama,
            row.target,
        )
        for row in BarisRKT.objects.filter(rkt__satker=satker, rkt__tahun=tahun)
        .select_related("indikator")
        .order_by("urutan")
    ]
    agreements = (
        PerjanjianKinerja.objects.berlaku(satker, tahun)
        .select_related("unit")
        .prefetch_related(
            "baris__indikator",
            "baris__induk_baris",
            "baris__baris_rkt__rkt",
            "anggaran__kegiatan",
        )
    )
    perjanjian = []
    for pk in agreements:
        lines = []
        for line in pk.baris.all():
            # The tracing rule needs the PK: reuse the prefetched object, not a new query.
            line.perjanjian = pk
            parent = line.induk_baris
            lines.append(
                facts.BarisRencana(
                    dokumen=pk.sumber or pk.judul,
                    urutan=line.urutan,
                    kode=line.indikator.kode,
                    teks=line.indikator_tercetak or line.indikator.nama,
                    target=line.target,
                    induk_target=parent.target if parent else None,
                    masalah_telusur=line.trace_error(),
                )
            )
        printed_nips = tuple(
            (label, getattr(pk, f"pihak_{side}_nama"), getattr(pk, f"pihak_{side}_nip_tercetak"))
            for side, label in (("pertama", "pihak pertama"), ("kedua", "pihak kedua"))
            if getattr(pk, f"pihak_{side}_nip_tercetak")
        )
        perjanjian.append(
            facts.Perjanjian(
                judul=pk.judul,
                tingkat=pk.tingkat,
                sumber=pk.sumber,
                baris=tuple(lines),
                anggaran=tuple(
                    (
                        line.kegiatan.kode if line.kegiatan else None,
                        line.uraian_tercetak,
                        line.anggaran,
                    )
                    for line in pk.anggaran.all()
                ),
                total_anggaran_tercatat=pk.total_anggaran_tercatat,
                nip_tercetak=printed_nips,
            )
        )
    anggaran = {
        item.kegiatan.kode: facts.Anggaran(
            kegiatan_kode=item.kegiatan.kode,
            pagu=item.pagu,
            realisasi=item.realisasi,
            serapan_tercatat=tuple(
                (row.sumber, row.serapan_tercatat)
                for row in item.realisasi_rows
                if row.serapan_tercatat is not None
            ),
        )
        for item in measured.anggaran
    }
    pagu_total, realisasi_total, _ = measured.total()
    return facts.FaktaReviu(
        satker=satker.slug,
        tahun=tahun,
        skala=measured.pengaturan.skala,
        ambang_capaian=measured.pengaturan.ambang_capaian,
        indikator=indikator,
        pengukuran=rows,
        rkt=rkt,
        perjanjian=perjanjian,
        pagu=[
            facts.Pagu(row.kegiatan.kode, row.jenis, row.jumlah, row.sumber)
            for row in Pagu.objects.filter(satker=satker, tahun=tahun).select_related("kegiatan")
        ],
        anggaran=anggaran,
        nilai_tercatat=[
            facts.NilaiTercatat(
                sumber=row.sumber,
                urutan=row.urutan,
                besaran=row.besaran,
                indikator_kode=row.indikator.kode if row.indikator else None,
                kegiatan_kode=row.kegiatan.kode if row.kegiatan else None,
                label=row.label,
                nilai=row.nilai,
                teks=row.teks,
            )
            for row in NilaiTercatat.objects.filter(satker=satker, tahun=tahun).select_related(
                "indikator", "kegiatan"
            )
        ],
        hambatan=[
            facts.Hambatan(row.nomor, row.kegiatan.kode if row.kegiatan else None, row.aspek)
            for row in HambatanUpaya.objects.filter(satker=satker, tahun=tahun).select_related(
                "kegiatan"
            )
        ],
        capaian_satker=measured.capaian,
        jumlah_sasaran=len(measured.sasaran),
        pagu_total=pagu_total,
        realisasi_total=realisasi_total,
        anggaran_per_sumber_dana={
            source: measured.total(source)[:2]
            for source in sorted({item.sumber_dana for item in measured.anggaran})
        },
    )
