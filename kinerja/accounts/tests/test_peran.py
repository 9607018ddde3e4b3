"""The role rules on hand-made grants (no database)."""

import pytest

from kinerja.accounts.models import Membership
from kinerja.accounts.peran import HAK, Aksi, Hibah, Peran, boleh

RI, PROV, KOTA, KOTA_LAIN = 1, 2, 3, 4
JALUR_KOTA = [KOTA, PROV, RI]
JALUR_KOTA_LAIN = [KOTA_LAIN, PROV, RI]
UNIT, UNIT_LAIN = 10, 11


def test_every_role_of_the_model_has_its_rights_and_no_other():
    assert {Peran(value) for value in Membership.Peran.values} == set(HAK) == set(Peran)


@pytest.mark.parametrize(
    ("peran", "allowed"),
    [
        (Peran.ADMIN_SATKER, {"baca", "isi_realisasi", "susun_pk", "kelola_perencanaan",
                              "kelola_anggaran", "kelola_hambatan", "susun_laporan",
                              "tanggapi_reviu", "kelola_jabatan", "kelola_pengguna",
                              "isi_lke_mandiri"}),
        (Peran.OPERATOR_UNIT, {"baca", "isi_realisasi", "kelola_hambatan"}),
        (Peran.KASUBBAG, {"baca", "setujui_realisasi", "susun_pk", "kelola_hambatan"}),
        (
            Peran.PIMPINAN,
            {"baca", "tanda_tangan_pk", "susun_laporan", "tanda_tangan_laporan", "tanggapi_reviu",
             "isi_lke_mandiri"},
        ),
        (Peran.INSPEKTUR, {"baca", "catat_reviu", "evaluasi_lke", "kelola_lembar_lke"}),
        (Peran.REVIEWER_LKE, {"baca", "reviu_lke"}),
    ],
)  # fmt: skip
def test_each_role_does_what_it_is_for_on_its_own_satker(peran, allowed):
    grants = [Hibah(KOTA, None, peran)]
    assert {aksi.value for aksi in Aksi if boleh(grants, aksi, JALUR_KOTA, UNIT)} == allowed


def test_the_sekretaris_signs_but_never_enters_or_approves_figures():
    grants = [Hibah(KOTA, None, Peran.PIMPINAN)]
    assert boleh(grants, Aksi.TANDA_TANGAN_PK, JALUR_KOTA)
    assert not boleh(grants, Aksi.ISI_REALISASI, JALUR_KOTA, UNIT)
    assert not boleh(grants, Aksi.SETUJUI_REALISASI, JALUR_KOTA, UNIT)


def test_a_unit_grant_acts_on_its_unit_only_but_reads_the_satker():
    grants = [Hibah(KOTA, UNIT, Peran.OPERATOR_UNIT)]
    assert boleh(grants, Aksi.ISI_REALISASI, JALUR_KOTA, UNIT)
    assert not boleh(grants, Aksi.ISI_REALISASI, JALUR_KOTA, UNIT_LAIN)
    assert not boleh(grants, Aksi.ISI_REALISASI, JALUR_KOTA, None)  # the satker as a whole
    assert boleh(grants, Aksi.BACA, JALUR_KOTA)
    assert not boleh(grants, Aksi.BACA, JALUR_KOTA_LAIN)


def test_a_satker_wide_operator_enters_for_every_unit():
    grants = [Hibah(KOTA, None, Peran.OPERATOR_UNIT)]
    assert boleh(grants, Aksi.ISI_REALISASI, JALUR_KOTA, UNIT)
    assert boleh(grants, Aksi.ISI_REALISASI, JALUR_KOTA, UNIT_LAIN)


def test_a_province_grant_reads_and_reviews_below_but_never_enters_a_kota_figures():
    admin = [Hibah(PROV, None, Peran.ADMIN_SATKER)]
    assert boleh(admin, Aksi.BACA, JALUR_KOTA)
    assert boleh(admin, Aksi.KELOLA_PERENCANAAN, [PROV, RI])
    for aksi in (Aksi.ISI_REALISASI, Aksi.KELOLA_PERENCANAAN, Aksi.KELOLA_ANGGARAN, Aksi.SUSUN_PK):
        assert not boleh(admin, aksi, JALUR_KOTA, UNIT)
    inspektur = [Hibah(PROV, None, Peran.INSPEKTUR)]
    assert boleh(inspektur, Aksi.CATAT_REVIU, JALUR_KOTA)
    assert not boleh(inspektur, Aksi.CATAT_REVIU, [99])  # another province's satker


def test_an_lke_reviewer_on_a_province_reviews_its_kota_and_nothing_else():
    reviewer = [Hibah(PROV, None, Peran.REVIEWER_LKE)]
    assert boleh(reviewer, Aksi.REVIU_LKE, JALUR_KOTA)
    assert boleh(reviewer, Aksi.BACA, JALUR_KOTA)
    assert not boleh(reviewer, Aksi.REVIU_LKE, [99])  # another province's satker
    for aksi in (Aksi.EVALUASI_LKE, Aksi.ISI_LKE_MANDIRI, Aksi.KELOLA_LEMBAR_LKE):
        assert not boleh(reviewer, aksi, JALUR_KOTA)
        assert not boleh(reviewer, aksi, [PROV, RI])
    # The inspectorate evaluates; it writes the reviewer answers only when given the role too.
    assert not boleh([Hibah(PROV, None, Peran.INSPEKTUR)], Aksi.REVIU_LKE, JALUR_KOTA)


def test_grants_on_another_satker_give_nothing_and_grants_add_up():
    other = [Hibah(KOTA_LAIN, None, Peran.ADMIN_SATKER)]
    assert not any(boleh(other, aksi, JALUR_KOTA, UNIT) for aksi in Aksi)
    both = [Hibah(KOTA, UNIT, Peran.OPERATOR_UNIT), Hibah(KOTA, UNIT, Peran.KASUBBAG)]
    assert boleh(both, Aksi.ISI_REALISASI, JALUR_KOTA, UNIT)
    assert boleh(both, Aksi.SETUJUI_REALISASI, JALUR_KOTA, UNIT)
    assert not boleh([], Aksi.BACA, JALUR_KOTA)


def test_only_the_admin_of_the_satker_itself_manages_its_users():
    # A province's admin sets no password for a kab/kota's staff: user management, like every
    # action but reading and review notes, stays on the granted satker.
    assert boleh([Hibah(KOTA, None, Peran.ADMIN_SATKER)], Aksi.KELOLA_PENGGUNA, JALUR_KOTA)
    assert not boleh([Hibah(PROV, None, Peran.ADMIN_SATKER)], Aksi.KELOLA_PENGGUNA, JALUR_KOTA)
    assert not boleh([Hibah(KOTA, UNIT, Peran.ADMIN_SATKER)], Aksi.KELOLA_PENGGUNA, JALUR_KOTA)
    for peran in set(Peran) - {Peran.ADMIN_SATKER}:
        assert not boleh([Hibah(KOTA, None, peran)], Aksi.KELOLA_PENGGUNA, JALUR_KOTA)


def test_the_inspectorate_evaluates_the_lke_below_it_but_keeps_worksheets_only_where_granted():
    central = [Hibah(RI, None, Peran.INSPEKTUR)]
    assert boleh(central, Aksi.EVALUASI_LKE, JALUR_KOTA)
    assert not boleh(central, Aksi.KELOLA_LEMBAR_LKE, JALUR_KOTA)
    assert boleh(central, Aksi.KELOLA_LEMBAR_LKE, [RI])


def test_a_province_never_self_assesses_for_a_kota_below_it():
    assert not boleh([Hibah(PROV, None, Peran.ADMIN_SATKER)], Aksi.ISI_LKE_MANDIRI, JALUR_KOTA)
