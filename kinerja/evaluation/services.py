"""State changes of the inspectorate's review notes: write one, answer it, close it. Each is
one function with an explicit actor, one transaction, its role check and its audit record.

- The inspectorate (CATAT_REVIU) writes and closes notes, on the satker it is granted and on
  every satker below it: a province's inspectorate reviews its kab/kota.
- The satker answers (TANGGAPI_REVIU: its admin or its Sekretaris), on its own notes only.
- Closing is never the satker's: the evaluated unit does not close its own recommendations.
  A note may be closed unanswered (the data it was about has been fixed meanwhile).
- The inspectorate states that the year's LKjIP was reviewed (Pernyataan Telah Direviu), once
  no note of the year is open, and may withdraw the statement with a reason.
"""

import datetime

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
from kinerja.evaluation.models import CatatanReviu, PernyataanReviu
from kinerja.evaluation.pernyataan import identitas_pemeriksa, pemeriksa_pilihan
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


@transaction.atomic
def catat_pernyataan_reviu(
    *, actor, satker: Satker, tahun: int, tanggal: datetime.date, tempat: str, pemeriksa_id
) -> PernyataanReviu:
    """Record the inspectorate's "Pernyataan Telah Direviu" on the satker-year's LKjIP,
    signed by `pemeriksa_id` (a member of staff the inspector may name: pemeriksa_pilihan).
    Refused while a review note of the year is still open, when a statement is already in
    force, and when the staff records give the signer no jabatan."""
    wajib_boleh(actor, Aksi.CATAT_REVIU, satker)
    if not tahun_dalam_rentang(tahun):
        raise ValidationError(_("Tahun pernyataan reviu tidak sah."))
    open_notes = CatatanReviu.objects.filter(satker=satker, tahun=tahun).exclude(
        status=StatusCatatan.SELESAI
    )
    if open_notes.exists():
        raise ValidationError(
            _(
                "Masih ada %(jumlah)s catatan reviu tahun %(tahun)s yang belum selesai; "
                "selesaikan dulu sebelum menyatakan laporan telah direviu."
            )
            % {"jumlah": open_notes.count(), "tahun": tahun}
        )
    if PernyataanReviu.objects.filter(satker=satker, tahun=tahun, ditarik_pada=None).exists():
        raise ValidationError(
            _(
                "Sudah ada pernyataan telah direviu yang berlaku untuk tahun %(tahun)s; tarik "
                "dulu dengan alasannya bila perlu diganti."
            )
            % {"tahun": tahun}
        )
    pegawai = pemeriksa_pilihan(actor, satker).filter(pk=pemeriksa_id).first()
    if pegawai is None:
        raise ValidationError({"pemeriksa": _("Pilih pereviu dari pegawai inspektorat.")})
    signer = identitas_pemeriksa(pegawai, tanggal)
    if not signer.jabatan:
        raise ValidationError(
            {
                "pemeriksa": _(
                    "Jabatan %(nama)s pada tanggal itu belum dicatat (riwayat jabatan atau data "
                    "pegawai); pernyataan tidak disimpan."
                )
                % {"nama": pegawai.nama}
            }
        )
    statement = PernyataanReviu(
        satker=satker,
        tahun=tahun,
        tanggal=tanggal,
        tempat=tempat.strip(),
        pemeriksa=pegawai,
        nama=signer.nama,
        nip=signer.nip,
        jabatan=signer.jabatan,
        pangkat_golongan=signer.pangkat_golongan,
        dicatat_oleh=_orang(actor),
    )
    statement.full_clean()
    statement.save()
    catat(actor, statement, AuditLog.Action.CREATE, None, f"Pernyataan telah direviu {tahun}")
    return statement


@transaction.atomic
def tarik_pernyataan_reviu(*, actor, satker: Satker, tahun: int, alasan: str) -> PernyataanReviu:
    """Withdraw the statement in force, with the reason; it stays readable as withdrawn."""
    wajib_boleh(actor, Aksi.CATAT_REVIU, satker)
    alasan = alasan.strip()
    if not alasan:
        raise ValidationError({"alasan": _("Alasan penarikan wajib diisi.")})
    statement = (
        PernyataanReviu.objects.select_for_update()
        .filter(satker=satker, tahun=tahun, ditarik_pada=None)
        .first()
    )
    if statement is None:
        raise ValidationError(
            _("Tidak ada pernyataan telah direviu yang berlaku untuk tahun %(tahun)s.")
            % {"tahun": tahun}
        )
    before = snapshot(statement)
    statement.ditarik_pada = timezone.now()
    statement.ditarik_oleh = _orang(actor)
    statement.alasan_penarikan = alasan
    statement.full_clean()
    statement.save()
    catat(
        actor,
        statement,
        AuditLog.Action.UPDATE,
        before,
        f"Pernyataan telah direviu {tahun} ditarik: {alasan}",
    )
    return statement
