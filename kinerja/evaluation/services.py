"""State changes of the inspectorate's review notes: write one, answer it, close it. Each is
one function with an explicit actor, one transaction, its role check and its audit record.

- The inspectorate (CATAT_REVIU) writes and closes notes, on the satker it is granted and on
  every satker below it: a province's inspectorate reviews its kab/kota.
- The satker answers (TANGGAPI_REVIU: its admin or its Sekretaris), on its own notes only.
- Closing is never the satker's: the evaluated unit does not close its own recommendations.
  A note may be closed unanswered (the data it was about has been fixed meanwhile).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.access import boleh, wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat, snapshot
from kinerja.core.models import AuditLog
from kinerja.core.tahun import tahun_dalam_rentang
from kinerja.evaluation.catatan import lokasi_temuan
from kinerja.evaluation.choices import StatusCatatan
from kinerja.evaluation.models import CatatanReviu
from kinerja.evaluation.reviu.rules import ATURAN, Temuan
from kinerja.organisations.models import Satker


def _orang(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def _terkunci(satker: Satker, catatan_id: int) -> CatatanReviu:
    """The note, locked; another satker's note is not found (CatatanReviu.DoesNotExist)."""
    return CatatanReviu.objects.select_for_update().get(satker=satker, pk=catatan_id)


@transaction.atomic
def catat_reviu(
    *, actor, satker: Satker, tahun: int, teks: str, temuan: Temuan | None = None
) -> CatatanReviu:
    """Write a note on the satker-year, about the year as a whole or about one finding of
    its reviu (`temuan`, as the caller computed it)."""
    wajib_boleh(actor, Aksi.CATAT_REVIU, satker)
    teks = teks.strip()
    if not teks:
        raise ValidationError(_("Tulis isi catatan reviu; catatan kosong tidak disimpan."))
    if not tahun_dalam_rentang(tahun):
        raise ValidationError(_("Tahun catatan reviu tidak sah."))
    if temuan is not None and temuan.aturan not in ATURAN:
        raise ValidationError(_("Aturan reviu itu tidak dikenal."))
    note = CatatanReviu(
        satker=satker,
        tahun=tahun,
        aturan=temuan.aturan if temuan else "",
        lokasi=lokasi_temuan(temuan) if temuan else "",
        pesan_temuan=str(temuan.pesan) if temuan else "",
        teks=teks,
        penulis=_orang(actor),
    )
    note.full_clean()
    note.save()
    catat(actor, note, AuditLog.Action.CREATE, None, f"Catatan reviu {tahun}")
    return note


@transaction.atomic
def tanggapi(*, actor, satker: Satker, catatan_id: int, tanggapan: str) -> CatatanReviu:
    """The satker's answer to a note not yet closed (answering again replaces the answer)."""
    wajib_boleh(actor, Aksi.TANGGAPI_REVIU, satker)
    note = _terkunci(satker, catatan_id)
    if note.status == StatusCatatan.SELESAI:
        raise ValidationError(
            _("Catatan reviu ini sudah diselesaikan inspektorat; tanggapan tidak dapat diubah.")
        )
    tanggapan = tanggapan.strip()
    if not tanggapan:
        raise ValidationError(_("Tulis tanggapan satker; tanggapan kosong tidak disimpan."))
    before = snapshot(note)
    note.tanggapan = tanggapan
    note.status = StatusCatatan.DITANGGAPI
    note.ditanggapi_oleh = _orang(actor)
    note.ditanggapi_pada = timezone.now()
    note.full_clean()
    note.save()
    catat(actor, note, AuditLog.Action.UPDATE, before, f"Tanggapan atas catatan reviu {note.tahun}")
    return note


@transaction.atomic
def selesaikan(*, actor, satker: Satker, catatan_id: int) -> CatatanReviu:
    """The inspectorate closes a note (answered or not)."""
    if not boleh(actor, Aksi.CATAT_REVIU, satker) and boleh(actor, Aksi.TANGGAPI_REVIU, satker):
        raise PermissionDenied(
            _(
                "Catatan reviu diselesaikan oleh inspektorat, bukan oleh satker yang direviu: "
                "tulis tanggapan Anda, inspektorat yang menutupnya."
            )
        )
    wajib_boleh(actor, Aksi.CATAT_REVIU, satker)
    note = _terkunci(satker, catatan_id)
    if note.status == StatusCatatan.SELESAI:
        raise ValidationError(_("Catatan reviu ini sudah selesai."))
    before = snapshot(note)
    note.status = StatusCatatan.SELESAI
    note.diselesaikan_oleh = _orang(actor)
    note.diselesaikan_pada = timezone.now()
    note.full_clean()
    note.save()
    catat(actor, note, AuditLog.Action.UPDATE, before, f"Catatan reviu {note.tahun} selesai")
    return note
