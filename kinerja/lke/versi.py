"""Worksheet versions in the database and as plain data: storing a `Lembar` as a new draft
version, reading a version back as a `Lembar` (what every score and check runs on), and
publishing it. A published version is immutable: it is what the year's evaluations were
answered on."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.access import boleh_kelola_lembar_lke
from kinerja.core.audit import catat, snapshot
from kinerja.core.models import AuditLog
from kinerja.lke.choices import StatusLembar
from kinerja.lke.lembar import Komponen, Kriteria, Lembar, PilihanJawaban, Skala, SubKomponen
from kinerja.lke.models import (
    KomponenLke,
    KriteriaLke,
    PilihanSkala,
    SkalaJawaban,
    SubKomponenLke,
    VersiLembar,
)
from kinerja.lke.nilai import periksa_bobot


def wajib_kelola_lembar(actor) -> None:
    if actor is not None and not boleh_kelola_lembar_lke(actor):
        raise PermissionDenied(
            _("Lembar kerja evaluasi dikelola oleh inspektorat pusat atau superuser.")
        )


def wajib_draf(versi: VersiLembar) -> None:
    """Refuse any change to a published worksheet version."""
    if versi.terbit:
        raise ValidationError(
            _(
                "Lembar kerja evaluasi %(tahun)s sudah terbit dan tidak dapat diubah; buat versi "
                "tahun berikutnya."
            )
            % {"tahun": versi.tahun}
        )


def _buat(actor, row, reason: str):
    row.full_clean()
    row.save()
    catat(actor, row, AuditLog.Action.CREATE, None, reason)
    return row


@transaction.atomic
def simpan_lembar(lembar: Lembar, *, tahun: int, actor) -> VersiLembar:
    """Store `lembar` as the draft worksheet of `tahun`, replacing a draft of that year (a
    re-imported workbook); refused when the year's version is already published. `actor`
    None is the system (the demo, a migration)."""
    wajib_kelola_lembar(actor)
    reason = f"Lembar kerja evaluasi {tahun}"
    existing = VersiLembar.objects.select_for_update().filter(tahun=tahun).first()
    if existing is not None:
        wajib_draf(existing)
        catat(actor, existing, AuditLog.Action.DELETE, snapshot(existing), reason)
        existing.delete()
    versi = _buat(
        actor,
        VersiLembar(tahun=tahun, nama=lembar.nama, sumber=lembar.sumber, catatan=lembar.catatan),
        reason,
    )
    scales: dict[str, SkalaJawaban] = {}
    for skala in {k.skala.kode: k.skala for k in lembar.semua_kriteria()}.values():
        row = _buat(actor, SkalaJawaban(versi=versi, kode=skala.kode, nama=skala.nama), reason)
        scales[skala.kode] = row
        for urutan, pilihan in enumerate(skala.pilihan):
            _buat(
                actor,
                PilihanSkala(
                    skala=row,
                    kode=pilihan.kode,
                    label=pilihan.label,
                    nilai=pilihan.nilai,
                    urutan=urutan,
                ),
                reason,
            )
    for urutan_kom, kom in enumerate(lembar.komponen):
        komponen = _buat(
            actor,
            KomponenLke(
                versi=versi, kode=kom.kode, nama=kom.nama, bobot=kom.bobot, urutan=urutan_kom
            ),
            reason,
        )
        for urutan_sub, sub in enumerate(kom.sub):
            sub_row = _buat(
                actor,
                SubKomponenLke(
                    komponen=komponen,
                    kode=sub.kode,
                    nama=sub.nama,
                    perspektif=sub.perspektif,
                    bobot=sub.bobot,
                    urutan=urutan_sub,
                ),
                reason,
            )
            for urutan, kriteria in enumerate(sub.kriteria):
                _buat(
                    actor,
                    KriteriaLke(
                        versi=versi,
                        sub=sub_row,
                        kode=kriteria.kode,
                        teks=kriteria.teks,
                        panduan=kriteria.panduan,
                        bukti_diharapkan=kriteria.bukti_diharapkan,
                        skala=scales[kriteria.skala.kode],
                        wajib=kriteria.wajib,
                        teks_perlu_diverifikasi=kriteria.teks_perlu_diverifikasi,
                        sumber=kriteria.sumber,
                        catatan=kriteria.catatan,
                        prasyarat=list(kriteria.prasyarat),
                        urutan=urutan,
                    ),
                    reason,
                )
    return versi


def lembar_dari_versi(versi: VersiLembar) -> Lembar:
    """The version as plain data, in its order (four queries, whatever its size)."""
    scales = {
        row.pk: Skala(
            kode=row.kode,
            nama=row.nama,
            pilihan=tuple(PilihanJawaban(p.kode, p.label, p.nilai) for p in row.pilihan.all()),
        )
        for row in SkalaJawaban.objects.filter(versi=versi).prefetch_related("pilihan")
    }
    criteria: dict[int, list[Kriteria]] = {}
    for row in KriteriaLke.objects.filter(versi=versi).order_by("urutan", "id"):
        criteria.setdefault(row.sub_id, []).append(
            Kriteria(
                kode=row.kode,
                teks=row.teks,
                skala=scales[row.skala_id],
                panduan=row.panduan,
                bukti_diharapkan=row.bukti_diharapkan,
                wajib=row.wajib,
                teks_perlu_diverifikasi=row.teks_perlu_diverifikasi,
                sumber=row.sumber,
                catatan=row.catatan,
                prasyarat=tuple(row.prasyarat),
            )
        )
    komponen = []
    for kom in KomponenLke.objects.filter(versi=versi).prefetch_related("sub"):
        subs = tuple(
            SubKomponen(
                sub.kode,
                sub.nama,
                sub.bobot,
                tuple(criteria.get(sub.pk, ())),
                perspektif=sub.perspektif,
            )
            for sub in kom.sub.all()
        )
        komponen.append(Komponen(kom.kode, kom.nama, kom.bobot, subs))
    return Lembar(
        tahun=versi.tahun,
        nama=versi.nama,
        komponen=tuple(komponen),
        sumber=versi.sumber,
        catatan=versi.catatan,
    )


@transaction.atomic
def terbitkan_lembar(*, actor, versi: VersiLembar) -> VersiLembar:
    """Publish a draft version, once its weights add up (periksa_bobot): its messages are the
    refusal. From then on the version never changes."""
    wajib_kelola_lembar(actor)
    versi = VersiLembar.objects.select_for_update().get(pk=versi.pk)
    wajib_draf(versi)
    problems = periksa_bobot(lembar_dari_versi(versi))
    if problems:
        raise ValidationError(problems)
    before = snapshot(versi)
    versi.status = StatusLembar.TERBIT
    versi.diterbitkan_pada = timezone.now()
    versi.diterbitkan_oleh = actor if getattr(actor, "is_authenticated", False) else None
    versi.save()
    catat(
        actor, versi, AuditLog.Action.UPDATE, before, f"Lembar kerja evaluasi {versi.tahun} terbit"
    )
    return versi


@transaction.atomic
def ubah_kriteria(*, actor, kriteria: KriteriaLke, **values) -> KriteriaLke:
    """Change a criterion's text, guidance, expected evidence or flags on a draft version."""
    wajib_kelola_lembar(actor)
    kriteria = KriteriaLke.objects.select_for_update().select_related("versi").get(pk=kriteria.pk)
    wajib_draf(kriteria.versi)
    editable = {"teks", "panduan", "bukti_diharapkan", "wajib", "teks_perlu_diverifikasi", "sumber"}
    unknown = set(values) - editable
    if unknown:
        raise ValidationError(
            _("Kolom itu tidak dapat diubah: %(kolom)s.") % {"kolom": ", ".join(sorted(unknown))}
        )
    before = snapshot(kriteria)
    for name, value in values.items():
        setattr(kriteria, name, value)
    kriteria.full_clean()
    kriteria.save()
    catat(actor, kriteria, AuditLog.Action.UPDATE, before, f"Kriteria LKE {kriteria.kode}")
    return kriteria
