"""State changes of a satker's jabatan history (who held which post, from when to when): record
a term, correct one, end one. Each is one function with an explicit actor, one transaction,
the role check (KELOLA_JABATAN, the admin satker) and its audit records (the term's, and the
Pegawai's when one is created or corrected). The history decides who signs the LKjIP
(kinerja.documents.penanda_tangan), so it is recorded by the satker, never typed on a document.

The holder is typed as a name and a NIP, as printed under a signature:
- a NIP already recorded in the satker is that person; the name must be the one recorded,
  except when correcting that person's own term (then the name is corrected);
- correcting a term with the same name and another NIP corrects that person's NIP;
- a name with a NIP nobody in the satker has is a new Pegawai of the satker. A NIP recorded in
  another satker is refused: moving staff between satkers is not this page's to do.

The head's superior (`atasan`, the Ketua KPU) may be a commissioner, who has no NIP: typed
without one, the name must be an anggota recorded in the satker. A term may carry one signing
role (RiwayatJabatan's docstring): the satker's head, the head's superior, or a unit's head.

A term the holder signed documents in (a signed PK or LKjIP dated within it,
kinerja.documents.jabatan_dokumen) may be corrected only with a reason, kept in the audit
record: the signed documents keep what they print, and the reason says why the history now
says otherwise. Changing nothing those documents depend on (ending an open term after the last
of them, correcting the source) needs none. Terms are never deleted here: a wrong term is
corrected, so what signed stays traceable."""

import datetime

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from kinerja.accounts.access import wajib_boleh
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import catat, catat_simpan, snapshot
from kinerja.core.models import AuditLog
from kinerja.core.nip import nip_errors, normalise_nip
from kinerja.core.pesan import terjemahkan
from kinerja.documents.jabatan_dokumen import (
    MasaJabatan,
    ditandatangani_dalam,
    dokumen_bertanda_tangan,
)
from kinerja.organisations.choices import JenisPegawai
from kinerja.organisations.jabatan import kunci_jabatan
from kinerja.organisations.models import Anggota, Pegawai, RiwayatJabatan, Satker, Unit

# Where a Pegawai first recorded on the jabatan page comes from; with its nomor_urut it
# identifies the person in an export (kinerja/exporting: `sumber` and `nomor_urut`).
SUMBER_PEGAWAI = "Riwayat jabatan (dicatat di Kinerja)"
AUDIT_ALASAN_MAKS = AuditLog._meta.get_field("reason").max_length


def _rapi(text: str) -> str:
    return " ".join(text.split())


def _isian(
    *,
    jabatan: str,
    nama: str,
    nip: str,
    mulai: datetime.date | None,
    selesai: datetime.date | None,
    tanpa_nip: bool = False,
) -> tuple[str, str, str]:
    """The typed post, name and NIP tidied; every missing or ill-formed one refused at once.
    `tanpa_nip`: the holder may be a commissioner, named without a NIP."""
    jabatan, nama, nip = _rapi(jabatan), _rapi(nama), normalise_nip(nip)
    errors: dict[str, list[str]] = {}
    if not jabatan:
        errors["jabatan"] = [_("Tulis sebutan jabatan seperti tercetak, mis. Sekretaris.")]
    if not nama:
        errors["nama"] = [_("Tulis nama pemegang jabatan.")]
    if not nip:
        if not tanpa_nip:
            errors["nip"] = [_("Tulis NIP pemegang jabatan: tanda tangan dokumen mencetaknya.")]
    else:
        problems = nip_errors(nip)
        if problems:
            errors["nip"] = [terjemahkan(problem) for problem in problems]
    if mulai is None:
        errors["mulai"] = [_("Tulis tanggal mulai memegang jabatan.")]
    elif selesai is not None and selesai < mulai:
        errors["selesai"] = [_("Tanggal selesai tidak boleh sebelum tanggal mulai.")]
    if errors:
        raise ValidationError(errors)
    return jabatan, nama, nip


def _ubah_pegawai(actor, person: Pegawai, **values) -> Pegawai:
    before = snapshot(person)
    for field, value in values.items():
        setattr(person, field, value)
    person.full_clean()
    person.save()
    catat_simpan(actor, person, before, "Dibetulkan dari halaman riwayat jabatan")
    return person


def _pemegang(
    *, actor, satker: Satker, nama: str, nip: str, pangkat: str, jabatan: str, sekarang
) -> Pegawai:
    """The Pegawai the typed name and NIP stand for (the rules: the module's docstring).
    `sekarang`: the person of the term being corrected, None for a new term."""
    recorded = satker.pegawai.filter(nip=nip).first()
    if recorded is not None:
        if _rapi(recorded.nama).casefold() == nama.casefold():
            return recorded
        if sekarang is not None and recorded.pk == sekarang.pk:
            return _ubah_pegawai(actor, recorded, nama=nama)
        raise ValidationError(
            {
                "nip": _(
                    "NIP ini sudah tercatat atas nama %(nama)s di satker ini. Periksa NIP-nya, "
                    "atau tulis namanya seperti tercatat."
                )
                % {"nama": recorded.nama}
            }
        )
    if Pegawai.objects.filter(nip=nip).exists():
        # Another satker's staff: its name is not ours to show.
        raise ValidationError(
            {
                "nip": _(
                    "NIP ini tercatat sebagai pegawai satker lain. Pegawai yang pindah satker "
                    "dipindahkan datanya oleh administrator Kinerja."
                )
            }
        )
    if sekarang is not None and _rapi(sekarang.nama).casefold() == nama.casefold():
        return _ubah_pegawai(actor, sekarang, nip=nip)
    # Someone recorded without a NIP (a list that printed none): the same name is that person.
    unnumbered = satker.pegawai.filter(nip="", nama__iexact=nama).first()
    if unnumbered is not None:
        return _ubah_pegawai(actor, unnumbered, nip=nip)
    last = satker.pegawai.filter(sumber=SUMBER_PEGAWAI).aggregate(Max("nomor_urut"))
    person = Pegawai(
        satker=satker,
        nama=nama,
        nip=nip,
        jenis=JenisPegawai.PNS,
        jabatan=jabatan,
        pangkat_golongan=pangkat,
        sumber=SUMBER_PEGAWAI,
        nomor_urut=(last["nomor_urut__max"] or 0) + 1,
    )
    person.full_clean()
    person.save()
    catat(actor, person, AuditLog.Action.CREATE, None, "Dicatat dari halaman riwayat jabatan")
    return person


def _anggota(satker: Satker, nama: str) -> Anggota:
    """The commissioner a name typed without a NIP stands for."""
    for member in satker.anggota.all():
        if _rapi(member.nama).casefold() == nama.casefold():
            return member
    raise ValidationError(
        {
            "nip": _(
                "Tanpa NIP, pemegang jabatan ini harus anggota (komisioner) yang tercatat di "
                "satker ini: tulis namanya seperti tercatat, atau isi NIP-nya."
            )
        }
    )


def _unit(satker: Satker, unit_id: int | None) -> Unit | None:
    if unit_id is None:
        return None
    unit = satker.units.filter(pk=unit_id).first()
    if unit is None:
        raise ValidationError({"unit": _("Unit tidak ditemukan di satker ini.")})
    return unit


def _isi_pemegang(*, actor, satker, term, nama, nip, pangkat, jabatan, sekarang) -> None:
    """Set the term's holder: a commissioner when typed without a NIP (the superior's post
    only), else the Pegawai the name and NIP stand for."""
    if not nip:
        term.pegawai, term.anggota = None, _anggota(satker, nama)
        return
    term.anggota = None
    term.pegawai = _pemegang(
        actor=actor,
        satker=satker,
        nama=nama,
        nip=nip,
        pangkat=pangkat,
        jabatan=jabatan,
        sekarang=sekarang,
    )


def _kunci(satker: Satker) -> None:
    """One writer at a time on a satker's history: two terms recorded at once could each
    pass the overlap check against the other."""
    Satker.objects.select_for_update().filter(pk=satker.pk).first()


def _simpan_masa(term: RiwayatJabatan) -> None:
    term.full_clean()
    term.save()


@transaction.atomic
def catat_jabatan(
    *,
    actor,
    satker: Satker,
    jabatan: str,
    kepala: bool,
    nama: str,
    nip: str,
    pangkat_golongan: str,
    mulai: datetime.date | None,
    selesai: datetime.date | None = None,
    sumber: str = "",
    atasan: bool = False,
    unit: int | None = None,
) -> RiwayatJabatan:
    """Record a term of a post: its holder (found or recorded by NIP, or a commissioner), from
    `mulai` to `selesai` (open when None), with its signing role if any."""
    wajib_boleh(actor, Aksi.KELOLA_JABATAN, satker)
    jabatan, nama, nip = _isian(
        jabatan=jabatan, nama=nama, nip=nip, mulai=mulai, selesai=selesai, tanpa_nip=atasan
    )
    _kunci(satker)
    pangkat_golongan = _rapi(pangkat_golongan)
    term = RiwayatJabatan(
        satker=satker,
        jabatan=jabatan,
        kepala=kepala,
        atasan=atasan,
        unit=_unit(satker, unit),
        mulai=mulai,
        selesai=selesai,
        pangkat_golongan=pangkat_golongan,
        sumber=_rapi(sumber),
    )
    _isi_pemegang(
        actor=actor,
        satker=satker,
        term=term,
        nama=nama,
        nip=nip,
        pangkat=pangkat_golongan,
        jabatan=jabatan,
        sekarang=None,
    )
    _simpan_masa(term)
    catat(actor, term, AuditLog.Action.CREATE, None, "Riwayat jabatan dicatat")
    return term


def _terkunci(satker: Satker, riwayat_id: int) -> RiwayatJabatan:
    """The term, locked; another satker's is not found (RiwayatJabatan.DoesNotExist)."""
    _kunci(satker)
    return RiwayatJabatan.objects.select_related("pegawai", "anggota", "unit").get(
        satker=satker, pk=riwayat_id
    )


def _dokumen_terdampak(satker, before: MasaJabatan, term: RiwayatJabatan, person_before: dict):
    """The signed documents the term stood behind that the change touches: all of them when
    who held it, the post or the printed name, NIP or rank change; else those it no longer
    covers."""
    signed = ditandatangani_dalam(before, dokumen_bertanda_tangan(satker))
    if not signed:
        return []
    identity_changed = (
        term.pegawai_id != before.pegawai_id
        or term.anggota_id != before.anggota_id
        or term.kepala != before.kepala
        or person_before["peran"] != term.peran()
        or person_before["nama"] != term.nama
        or person_before["nip"] != term.nip
        or kunci_jabatan(person_before["jabatan_masa"]) != kunci_jabatan(term.jabatan)
        or _rapi(person_before["pangkat_masa"]) != _rapi(term.pangkat_golongan)
    )
    if identity_changed:
        return signed
    still = set(ditandatangani_dalam(MasaJabatan.dari(term), signed))
    return [document for document in signed if document not in still]


def _simpan_koreksi(*, actor, satker, term, before, before_term, person_before, alasan, judul):
    """Validate and save a corrected term; a reason is required when it touches signed
    documents, and written into the audit record with their names."""
    _simpan_masa(term)
    touched = _dokumen_terdampak(satker, before_term, term, person_before)
    alasan = _rapi(alasan)
    if touched and not alasan:
        raise ValidationError(
            {
                "alasan": _(
                    "Masa jabatan ini sudah dipakai menandatangani %(dokumen)s. Dokumen itu tetap "
                    "mencetak penanda tangannya sendiri; tulis alasan koreksi agar riwayat yang "
                    "berbeda dari dokumen itu dapat ditelusuri."
                )
                % {"dokumen": "; ".join(terjemahkan(document.judul) for document in touched)}
            }
        )
    reason = judul
    if alasan:
        reason += f": {alasan}"
    if touched:
        reason += " (dokumen bertanda tangan: " + "; ".join(doc.judul for doc in touched) + ")"
    if len(reason) > AUDIT_ALASAN_MAKS:  # the audit column's width
        reason = reason[: AUDIT_ALASAN_MAKS - 1] + "…"
    return catat_simpan(actor, term, before, reason)


def _keadaan(term: RiwayatJabatan) -> tuple[dict, MasaJabatan, dict]:
    return (
        snapshot(term),
        MasaJabatan.dari(term),
        {
            "nama": term.nama,
            "nip": term.nip,
            "peran": term.peran(),
            "jabatan_masa": term.jabatan,
            "pangkat_masa": term.pangkat_golongan,
        },
    )


@transaction.atomic
def koreksi_jabatan(
    *,
    actor,
    satker: Satker,
    riwayat_id: int,
    jabatan: str,
    kepala: bool,
    nama: str,
    nip: str,
    pangkat_golongan: str,
    mulai: datetime.date | None,
    selesai: datetime.date | None,
    sumber: str = "",
    alasan: str = "",
    atasan: bool = False,
    unit: int | None = None,
) -> bool:
    """Correct a term as recorded; False when nothing changed (no audit row)."""
    wajib_boleh(actor, Aksi.KELOLA_JABATAN, satker)
    jabatan, nama, nip = _isian(
        jabatan=jabatan, nama=nama, nip=nip, mulai=mulai, selesai=selesai, tanpa_nip=atasan
    )
    term = _terkunci(satker, riwayat_id)
    before, before_term, person_before = _keadaan(term)
    pangkat_golongan = _rapi(pangkat_golongan)
    _isi_pemegang(
        actor=actor,
        satker=satker,
        term=term,
        nama=nama,
        nip=nip,
        pangkat=pangkat_golongan,
        jabatan=jabatan,
        sekarang=term.pegawai,
    )
    term.jabatan = jabatan
    term.kepala = kepala
    term.atasan = atasan
    term.unit = _unit(satker, unit)
    term.mulai = mulai
    term.selesai = selesai
    term.pangkat_golongan = pangkat_golongan
    term.sumber = _rapi(sumber)
    return _simpan_koreksi(
        actor=actor,
        satker=satker,
        term=term,
        before=before,
        before_term=before_term,
        person_before=person_before,
        alasan=alasan,
        judul="Riwayat jabatan dikoreksi",
    )


@transaction.atomic
def akhiri_jabatan(
    *,
    actor,
    satker: Satker,
    riwayat_id: int,
    selesai: datetime.date | None,
    alasan: str = "",
) -> RiwayatJabatan:
    """End an open term on `selesai` (its last day, included)."""
    wajib_boleh(actor, Aksi.KELOLA_JABATAN, satker)
    if selesai is None:
        raise ValidationError({"selesai": _("Tulis tanggal terakhir memegang jabatan.")})
    term = _terkunci(satker, riwayat_id)
    if term.selesai is not None:
        raise ValidationError(
            {
                NON_FIELD_ERRORS: _(
                    "Masa jabatan ini sudah berakhir; betulkan tanggal selesainya bila keliru."
                )
            }
        )
    before, before_term, person_before = _keadaan(term)
    term.selesai = selesai
    _simpan_koreksi(
        actor=actor,
        satker=satker,
        term=term,
        before=before,
        before_term=before_term,
        person_before=person_before,
        alasan=alasan,
        judul="Masa jabatan diakhiri",
    )
    return term
