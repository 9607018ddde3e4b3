"""What the LHE and the worksheet workbook are written from: the evaluation's snapshot (and
last year's, for the comparison), the evaluator's narratives and recommendations, and the
signer recorded for it. Refuses, with a message the page shows, an evaluation that is not
final yet or has no signer recorded."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from kinerja.core.nip import format_nip
from kinerja.lke.lhe_isi import DataLhe, PenandaLhe, RekomendasiLhe
from kinerja.lke.models import EvaluasiLke, SnapshotLke
from kinerja.lke.models_rekomendasi import NarasiKomponen, PenandaTanganLhe, Rekomendasi
from kinerja.lke.snapshot import baca_snapshot


def snapshot_wajib(evaluasi: EvaluasiLke) -> tuple[dict, SnapshotLke]:
    row = SnapshotLke.objects.filter(evaluasi=evaluasi).first()
    if row is None:
        raise ValidationError(
            _("Hasil evaluasi belum final; LHE dan lembar kerja dicetak dari hasil final.")
        )
    return baca_snapshot(evaluasi), row


def isi_tahun_lalu(evaluasi: EvaluasiLke) -> dict | None:
    """Last year's finalised result of the same satker, or None."""
    before = EvaluasiLke.objects.filter(
        satker_id=evaluasi.satker_id, tahun=evaluasi.tahun - 1, snapshot__isnull=False
    ).first()
    return baca_snapshot(before) if before else None


def rekomendasi_lhe(evaluasi: EvaluasiLke) -> list[RekomendasiLhe]:
    return [
        RekomendasiLhe(
            item.nomor,
            item.uraian,
            tuple(item.kode_kriteria),
            item.get_prioritas_display(),
            item.penanggung_jawab,
            item.batas_waktu,
        )
        for item in Rekomendasi.objects.filter(evaluasi=evaluasi)
    ]


def data_lhe(evaluasi: EvaluasiLke) -> DataLhe:
    isi, row = snapshot_wajib(evaluasi)
    signer = PenandaTanganLhe.objects.filter(evaluasi=evaluasi).first()
    if signer is None:
        raise ValidationError(
            _(
                "Penanda tangan LHE belum ditetapkan: evaluator memilihnya dari pegawai "
                "inspektorat pada halaman hasil evaluasi. Pegawai inspektorat dan jabatannya "
                "dicatat pada halaman Riwayat jabatan satker inspektorat itu."
            )
        )
    satker = evaluasi.satker
    return DataLhe(
        nama_satker=satker.nama_lengkap or satker.nama,
        isi=isi,
        sha256=row.sha256,
        penanda=PenandaLhe(
            signer.nama,
            format_nip(signer.nip) if signer.nip else "",
            signer.jabatan,
            signer.pangkat_golongan,
            signer.tempat,
            signer.tanggal,
        ),
        isi_lalu=isi_tahun_lalu(evaluasi),
        narasi=dict(
            NarasiKomponen.objects.filter(evaluasi=evaluasi).values_list("kode_komponen", "teks")
        ),
        rekomendasi=rekomendasi_lhe(evaluasi),
    )
