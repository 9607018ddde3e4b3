"""Budget records as the satker keeps them during the year: a pagu (the initial DIPA figure or a
revision, with its date, reason and document) and the realisation of a period by funding
source. One function each, with the actor whose role it checks, one transaction and the audit.
Nothing computed is stored: the pagu in force, totals and serapan are the reading layer's."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.budgets.models import KRO, Pagu, RealisasiAnggaran
from kinerja.core.audit import record_change, snapshot, stored_snapshot
from kinerja.core.choices import Periode
from kinerja.core.models import AuditLog


@transaction.atomic
def catat_pagu(*, actor, satker, tahun: int, data: dict) -> Pagu:
    """`data`: kegiatan, kro (optional: none is the whole kegiatan), jenis, jumlah, sumber_dana,
    tanggal, alasan, nomor_dokumen (required for a revision), sumber."""
    wajib_boleh(actor, Aksi.KELOLA_ANGGARAN, satker)
    pagu = Pagu(satker=satker, tahun=tahun, **data)
    pagu.full_clean()
    pagu.save()
    with translation.override(settings.LANGUAGE_CODE):  # the audit trail stays Indonesian
        reason = (
            f"Pagu {pagu.get_jenis_display().lower()}"
            + (f" {pagu.nomor_dokumen}" if pagu.nomor_dokumen else "")
            + (f": {pagu.alasan}" if pagu.alasan else "")
        )
    record_change(
        actor=actor,
        instance=pagu,
        action=AuditLog.Action.CREATE,
        before=None,
        after=stored_snapshot(pagu),
        reason=reason,
    )
    return pagu


@transaction.atomic
def catat_realisasi(*, actor, satker, tahun: int, data: dict) -> RealisasiAnggaran:
    """The realisation of one kegiatan, period and funding source: a second entry for the same
    three replaces the first (audited before → after), never adds to it."""
    wajib_boleh(actor, Aksi.KELOLA_ANGGARAN, satker)
    key = {
        "satker": satker,
        "tahun": tahun,
        "kegiatan": data["kegiatan"],
        "periode": data["periode"],
        "sumber_dana": data["sumber_dana"],
    }
    # Months and quarters of one kegiatan would be added together: one granularity a year.
    monthly = data["periode"].startswith("b")
    others = RealisasiAnggaran.objects.filter(
        satker=satker, tahun=tahun, kegiatan=data["kegiatan"]
    ).exclude(periode=Periode.TAHUNAN)
    if any(
        periode.startswith("b") != monthly for periode in others.values_list("periode", flat=True)
    ):
        raise ValidationError(
            {
                "periode": _(
                    "Realisasi kegiatan ini tahun ini sudah dicatat per triwulan; catat per "
                    "triwulan juga."
                )
                if monthly
                else _(
                    "Realisasi kegiatan ini tahun ini sudah dicatat per bulan; catat per bulan "
                    "juga."
                )
            }
        )
    row = RealisasiAnggaran.objects.select_for_update().filter(**key).first()
    before = snapshot(row) if row else None
    if row is None:
        row = RealisasiAnggaran(**key)
    row.jumlah, row.sumber = data["jumlah"], data["sumber"]
    row.full_clean()
    row.save()
    record_change(
        actor=actor,
        instance=row,
        action=AuditLog.Action.UPDATE if before else AuditLog.Action.CREATE,
        before=before,
        after=stored_snapshot(row),
        reason="Realisasi anggaran",
    )
    return row


@transaction.atomic
def tambah_kro(*, actor, satker, kegiatan, kode: str, nama: str) -> KRO:
    """Add a KRO to a kegiatan the satker budgets, so its pagu can be kept per KRO. KRO are
    shared reference data: one is added, never changed or removed here."""
    wajib_boleh(actor, Aksi.KELOLA_ANGGARAN, satker)
    kro = KRO(kegiatan=kegiatan, kode=kode.strip().upper(), nama=nama.strip())
    kro.full_clean()
    kro.save()
    record_change(
        actor=actor,
        instance=kro,
        action=AuditLog.Action.CREATE,
        before=None,
        after=stored_snapshot(kro),
        reason=f"KRO ditambahkan dari halaman anggaran {satker.slug}",
    )
    return kro
