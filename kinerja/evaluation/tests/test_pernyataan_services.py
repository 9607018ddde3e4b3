"""The inspectorate's "Pernyataan Telah Direviu": who may record and withdraw it, whom it may
name as its signer (staff of a satker the inspector's grant covers, never a typed name), the
identity printed (the jabatan and rank of the term held on the date), what it refuses (open
review notes, a second statement, a signer without a jabatan, a withdrawal without reason) and
the audit record of each act."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.models import AuditLog
from kinerja.evaluation import services
from kinerja.evaluation.models import PernyataanReviu
from kinerja.evaluation.pernyataan import pemeriksa_pilihan, pernyataan_berlaku
from kinerja.organisations.choices import TingkatSatker
from kinerja.organisations.models import RiwayatJabatan
from kinerja.organisations.tests.factories import PegawaiFactory, SatkerFactory

pytestmark = pytest.mark.django_db
TAHUN = 2025
TANGGAL = datetime.date(2026, 1, 15)
Peran = Membership.Peran


@pytest.fixture
def provinsi():
    return SatkerFactory(nama="KPU Provinsi Uji", slug="kpu-provinsi-uji-reviu",
                         tingkat=TingkatSatker.PROVINSI)  # fmt: skip


@pytest.fixture
def kota(provinsi):
    return SatkerFactory(nama="KPU Kota Uji Reviu", slug="kpu-kota-uji-reviu", parent=provinsi)


@pytest.fixture
def inspektur(provinsi):
    return MembershipFactory(satker=provinsi, peran=Peran.INSPEKTUR).user


@pytest.fixture
def pereviu(provinsi):
    person = PegawaiFactory(satker=provinsi, nama="Rina Pereviu", nip="197001012000032001",
                            jabatan="Auditor", pangkat_golongan="Penata (III/c)")  # fmt: skip
    RiwayatJabatan.objects.create(
        satker=provinsi, pegawai=person, jabatan="Kepala Bagian Pengawasan",
        pangkat_golongan="Pembina (IV/a)", mulai=datetime.date(2025, 7, 1),
    )  # fmt: skip
    return person


def _catat(actor, satker, pegawai, **kw):
    values = {"tanggal": TANGGAL, "tempat": "Palembang", "pemeriksa_id": pegawai.pk, **kw}
    return services.catat_pernyataan_reviu(actor=actor, satker=satker, tahun=TAHUN, **values)


def test_the_provinces_inspector_records_the_statement_signed_as_the_jabatan_history_says(
    kota, inspektur, pereviu
):
    statement = _catat(inspektur, kota, pereviu)
    assert (statement.nama, statement.nip, statement.jabatan, statement.pangkat_golongan) == (
        "Rina Pereviu", "197001012000032001", "Kepala Bagian Pengawasan", "Pembina (IV/a)",
    )  # fmt: skip
    assert pernyataan_berlaku(kota, TAHUN) == statement
    (entry,) = AuditLog.objects.filter(model="evaluation.PernyataanReviu")
    assert entry.actor == inspektur
    assert entry.reason == "Pernyataan telah direviu 2025"


def test_before_a_term_the_staff_records_jabatan_is_printed(kota, inspektur, pereviu):
    statement = _catat(inspektur, kota, pereviu, tanggal=datetime.date(2025, 6, 30))
    assert (statement.jabatan, statement.pangkat_golongan) == ("Auditor", "Penata (III/c)")


def test_a_signer_without_any_jabatan_is_refused(kota, inspektur, provinsi):
    nameless = PegawaiFactory(satker=provinsi, nama="Tanpa Jabatan")
    with pytest.raises(ValidationError, match="Jabatan Tanpa Jabatan pada tanggal itu"):
        _catat(inspektur, kota, nameless)
    assert not PernyataanReviu.objects.exists()


def test_only_the_staff_the_grant_covers_may_sign(kota, inspektur, pereviu):
    own_staff = PegawaiFactory(satker=kota, nama="Staf Kota", jabatan="Bendahara")
    elsewhere = PegawaiFactory(satker=SatkerFactory(), nama="Staf Lain", jabatan="Inspektur")
    # The inspector's grant is on the province: the kota's own staff do not review it.
    assert list(pemeriksa_pilihan(inspektur, kota)) == [pereviu]
    for person in (own_staff, elsewhere):
        with pytest.raises(ValidationError, match="Pilih pereviu dari pegawai inspektorat"):
            _catat(inspektur, kota, person)
    assert not PernyataanReviu.objects.exists()


def test_an_open_review_note_or_a_statement_in_force_refuses_a_new_one(kota, inspektur, pereviu):
    note = services.catat_reviu(actor=inspektur, satker=kota, tahun=TAHUN, teks="Lengkapi SK.")
    with pytest.raises(ValidationError, match="Masih ada 1 catatan reviu tahun 2025"):
        _catat(inspektur, kota, pereviu)
    services.selesaikan(actor=inspektur, satker=kota, catatan_id=note.pk)
    _catat(inspektur, kota, pereviu)
    with pytest.raises(ValidationError, match="Sudah ada pernyataan telah direviu"):
        _catat(inspektur, kota, pereviu)
    assert PernyataanReviu.objects.count() == 1


@pytest.mark.parametrize("peran", [Peran.ADMIN_SATKER, Peran.PIMPINAN, Peran.KASUBBAG])
def test_the_satker_does_not_state_its_own_report_reviewed(kota, pereviu, peran):
    user = MembershipFactory(satker=kota, peran=peran).user
    with pytest.raises(PermissionDenied):
        _catat(user, kota, pereviu)
    with pytest.raises(PermissionDenied):
        services.tarik_pernyataan_reviu(actor=user, satker=kota, tahun=TAHUN, alasan="x")


def test_another_satkers_inspector_finds_nothing(kota, pereviu):
    stranger = MembershipFactory(satker=SatkerFactory(), peran=Peran.INSPEKTUR).user
    with pytest.raises(Http404):
        _catat(stranger, kota, pereviu)
    assert not PernyataanReviu.objects.exists()


def test_withdrawing_needs_a_reason_and_keeps_the_statement(kota, inspektur, pereviu):
    statement = _catat(inspektur, kota, pereviu)
    with pytest.raises(ValidationError, match="Alasan penarikan wajib diisi"):
        services.tarik_pernyataan_reviu(actor=inspektur, satker=kota, tahun=TAHUN, alasan=" ")
    withdrawn = services.tarik_pernyataan_reviu(
        actor=inspektur, satker=kota, tahun=TAHUN, alasan="Data realisasi diubah setelah reviu."
    )
    assert withdrawn.pk == statement.pk
    assert not withdrawn.berlaku
    assert withdrawn.ditarik_oleh == inspektur
    assert pernyataan_berlaku(kota, TAHUN) is None
    entry = AuditLog.objects.filter(model="evaluation.PernyataanReviu").latest("id")
    assert entry.reason.endswith("ditarik: Data realisasi diubah setelah reviu.")
    assert entry.before["ditarik_pada"] is None
    # A new statement may follow; the withdrawn one stays.
    _catat(inspektur, kota, pereviu)
    assert PernyataanReviu.objects.count() == 2
    with pytest.raises(ValidationError, match="Tidak ada pernyataan"):
        services.tarik_pernyataan_reviu(
            actor=inspektur, satker=kota, tahun=TAHUN - 1, alasan="Tidak ada."
        )
