"""The jabatan history's services: who a typed name and NIP stand for, what a correction of a
term that signed documents requires, the role check; and the rule that says which signed
documents a term stands behind (on hand-made documents)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.models import AuditLog
from kinerja.documents import jabatan_services
from kinerja.documents.jabatan_dokumen import (
    DokumenBertandaTangan,
    MasaJabatan,
    ditandatangani_dalam,
    dokumen_bertanda_tangan,
)
from kinerja.documents.models import LaporanTertandatangan
from kinerja.organisations.models import Pegawai, RiwayatJabatan
from kinerja.organisations.tests.factories import PegawaiFactory

D = datetime.date
NIP_SITI = "196501012000031001"
NIP_BUDI = "197203152001122002"


# --- Which documents a term signed (no database) --------------------------------------------

PK_ANDI = DokumenBertandaTangan("PK 2024", D(2024, 1, 25), frozenset({7}), True)
PK_UNIT = DokumenBertandaTangan("PK unit 2024", D(2024, 1, 26), frozenset({8, 7}), False)
LKJIP = DokumenBertandaTangan("LKjIP 2024", D(2025, 1, 16), frozenset(), True)


@pytest.mark.parametrize(
    ("term", "signed"),
    [
        (MasaJabatan(D(2024, 1, 1), None, 7, True), ["PK 2024", "PK unit 2024", "LKjIP 2024"]),
        (MasaJabatan(D(2024, 1, 1), D(2024, 12, 31), 7, True), ["PK 2024", "PK unit 2024"]),
        (MasaJabatan(D(2024, 1, 26), None, 7, True), ["PK unit 2024", "LKjIP 2024"]),
        # Another head in the same days signs what the head post signs, not Andi's unit PK.
        (MasaJabatan(D(2024, 1, 1), None, 9, True), ["PK 2024", "LKjIP 2024"]),
        # A Kasubbag signs only what names them.
        (MasaJabatan(D(2023, 1, 1), None, 8, False), ["PK unit 2024"]),
        (MasaJabatan(D(2024, 2, 1), None, 8, False), []),
    ],
)
def test_a_term_signed_the_documents_dated_within_it_that_its_holder_signed(term, signed):
    found = ditandatangani_dalam(term, [PK_ANDI, PK_UNIT, LKJIP])
    assert [document.judul for document in found] == signed


# --- The services ---------------------------------------------------------------------------


@pytest.fixture
def admin(siap):
    return MembershipFactory(satker=siap, peran=Membership.Peran.ADMIN_SATKER).user


@pytest.fixture
def siti(siap) -> RiwayatJabatan:
    term = RiwayatJabatan.objects.get(satker=siap)
    Pegawai.objects.filter(pk=term.pegawai_id).update(nip=NIP_SITI)
    return RiwayatJabatan.objects.select_related("pegawai").get(pk=term.pk)


def _catat(actor, satker, **values):
    return jabatan_services.catat_jabatan(
        actor=actor,
        satker=satker,
        **{
            "jabatan": "Kepala Subbagian Teknis",
            "kepala": False,
            "nama": "Budi Baru",
            "nip": NIP_BUDI,
            "pangkat_golongan": "Penata / III.c",
            "mulai": D(2025, 1, 1),
            **values,
        },
    )


def _koreksi(actor, term, **values):
    current = {
        "jabatan": term.jabatan,
        "kepala": term.kepala,
        "nama": term.pegawai.nama,
        "nip": term.pegawai.nip,
        "pangkat_golongan": term.pangkat_golongan,
        "mulai": term.mulai,
        "selesai": term.selesai,
        "sumber": term.sumber,
    }
    return jabatan_services.koreksi_jabatan(
        actor=actor, satker=term.satker, riwayat_id=term.pk, **{**current, **values}
    )


@pytest.mark.django_db
def test_a_new_nip_is_a_new_pegawai_of_the_satker_numbered_for_the_export(siap, admin):
    first = _catat(admin, siap)
    second = _catat(
        admin, siap, jabatan="Kepala Subbagian Umum", nama="Dewi", nip="198001012005012001"
    )
    assert (first.pegawai.satker, first.pegawai.nip, first.pegawai.jenis) == (siap, NIP_BUDI, "PNS")
    assert first.pegawai.sumber == second.pegawai.sumber == jabatan_services.SUMBER_PEGAWAI
    assert (first.pegawai.nomor_urut, second.pegawai.nomor_urut) == (1, 2)
    created = AuditLog.objects.filter(model="organisations.Pegawai", action="create")
    assert set(created.values_list("object_id", flat=True)) >= {
        str(first.pegawai_id),
        str(second.pegawai_id),
    }


@pytest.mark.django_db
def test_a_recorded_nip_is_that_person_and_its_name_must_match(siap, siti, admin):
    term = _catat(admin, siap, nama="siti  kepala", nip=f"NIP. {NIP_SITI}", mulai=D(2020, 1, 1))
    assert term.pegawai_id == siti.pegawai_id
    with pytest.raises(ValidationError) as refused:
        _catat(admin, siap, nama="Siti Lain", nip=NIP_SITI, jabatan="Bendahara")
    assert refused.value.message_dict["nip"] == [
        "NIP ini sudah tercatat atas nama Siti Kepala di satker ini. Periksa NIP-nya, atau "
        "tulis namanya seperti tercatat."
    ]


@pytest.mark.django_db
def test_another_satkers_nip_is_refused_without_naming_its_person(siap, prabumulih, admin):
    elsewhere = PegawaiFactory(satker=prabumulih, nama="Orang Prabumulih", nip=NIP_BUDI)
    with pytest.raises(ValidationError) as refused:
        _catat(admin, siap)
    (message,) = refused.value.message_dict["nip"]
    assert message.startswith("NIP ini tercatat sebagai pegawai satker lain.")
    assert elsewhere.nama not in message
    assert not RiwayatJabatan.objects.filter(pegawai=elsewhere).exists()


@pytest.mark.django_db
def test_a_person_recorded_without_a_nip_gets_it_when_named_with_one(siap, admin):
    listed = PegawaiFactory(satker=siap, nama="Budi Baru", nip="")
    term = _catat(admin, siap)
    listed.refresh_from_db()
    assert (term.pegawai_id, listed.nip) == (listed.pk, NIP_BUDI)


@pytest.mark.django_db
def test_a_correction_of_the_name_or_the_nip_alone_corrects_the_same_person(siap, siti, admin):
    _koreksi(admin, siti, nama="Siti Kepala, S.Sos.", alasan="gelar")
    siti.refresh_from_db()
    assert siti.pegawai.nama == "Siti Kepala, S.Sos."
    _koreksi(admin, siti, nip="196501012000031002", alasan="NIP salah ketik")
    siti.refresh_from_db()
    assert (siti.pegawai.nama, siti.pegawai.nip) == ("Siti Kepala, S.Sos.", "196501012000031002")
    assert Pegawai.objects.filter(satker=siap).count() == 1


@pytest.mark.django_db
def test_a_correction_of_a_term_that_signed_an_lkjip_needs_a_reason(siap, siti, admin):
    LaporanTertandatangan.objects.create(
        satker=siap,
        tahun=2025,
        versi=1,
        isi="{}",
        sidik="0" * 64,
        tanggal=D(2026, 1, 20),
        penanda_tangan="Siti Kepala",
        penanda_tangan_jabatan="Sekretaris",
    )
    (lkjip,) = [
        document.judul
        for document in dokumen_bertanda_tangan(siap)
        if document.judul.startswith("LKjIP")
    ]
    assert lkjip == "LKjIP 2025 versi 1, tanggal 20 Januari 2026"
    with pytest.raises(ValidationError) as refused:
        _koreksi(admin, siti, pangkat_golongan="Pembina Utama Muda / IV.c")
    assert lkjip in refused.value.message_dict["alasan"][0]
    assert _koreksi(admin, siti, pangkat_golongan="Pembina / IV.a", alasan="SK kenaikan pangkat")


@pytest.mark.django_db
def test_ending_an_ended_term_is_refused_and_a_correction_that_changes_nothing_is_not_audited(
    siap, siti, admin
):
    jabatan_services.akhiri_jabatan(
        actor=admin, satker=siap, riwayat_id=siti.pk, selesai=D(2026, 6, 30)
    )
    with pytest.raises(ValidationError, match="sudah berakhir"):
        jabatan_services.akhiri_jabatan(
            actor=admin, satker=siap, riwayat_id=siti.pk, selesai=D(2026, 7, 31)
        )
    siti.refresh_from_db()
    audits = AuditLog.objects.count()
    assert _koreksi(admin, siti) is False
    assert AuditLog.objects.count() == audits


@pytest.mark.django_db
def test_only_the_admin_satker_keeps_the_history(siap, siti):
    for peran in (Membership.Peran.PIMPINAN, Membership.Peran.INSPEKTUR):
        user = MembershipFactory(satker=siap, peran=peran).user
        with pytest.raises(PermissionDenied):
            _catat(user, siap)
        with pytest.raises(PermissionDenied):
            jabatan_services.akhiri_jabatan(
                actor=user, satker=siap, riwayat_id=siti.pk, selesai=D(2026, 6, 30)
            )
