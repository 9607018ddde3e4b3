"""The records Kinerja proposes as bukti dukung, and the copy a link pins."""

from kinerja.agreements.choices import StatusPerjanjian
from kinerja.agreements.tests.factories import PerjanjianSatkerFactory
from kinerja.lke.rekaman import potret, rekaman_tersedia
from kinerja.lke.usulan_bukti import USULAN, JenisRekaman, usulan_untuk
from kinerja.planning.tests.factories import BarisRKTFactory, RKTFactory


def test_demo_records_of_the_year_evaluated_are_proposed(prabumulih):
    found = rekaman_tersedia(prabumulih, 2025)
    # The 2025 evaluation looks at 2024's results: the seed's measurement, PKs and hambatan.
    assert [r.label for r in found[JenisRekaman.RENSTRA]] == [
        "Renstra 2020–2024 KPU Kota Prabumulih"
    ]
    assert [r.tahun for r in found[JenisRekaman.PENGUKURAN]] == [2024]
    assert len(found[JenisRekaman.PK_SATKER]) == 1
    assert len(found[JenisRekaman.PK_UNIT]) == 4
    assert found[JenisRekaman.HAMBATAN][0].url.endswith("/hambatan/?tahun=2024")
    # The seed's LKjIP is a document typed in, not one signed in Kinerja.
    assert found[JenisRekaman.LKJIP] == []


def test_results_are_looked_for_in_the_year_evaluated_only(prabumulih):
    assert rekaman_tersedia(prabumulih, 2026)[JenisRekaman.PENGUKURAN] == []
    # The seed prints 2023's realisations beside 2024's: a 2024 evaluation finds them.
    assert [r.tahun for r in rekaman_tersedia(prabumulih, 2024)[JenisRekaman.PENGUKURAN]] == [2023]


def test_plans_of_the_evaluation_year_come_first(other_satker):
    RKTFactory(satker=other_satker, tahun=2024)
    RKTFactory(satker=other_satker, tahun=2025)
    RKTFactory(satker=other_satker, tahun=2023)
    found = rekaman_tersedia(other_satker, 2025)
    assert [r.tahun for r in found[JenisRekaman.RKT]] == [2025, 2024]


def test_only_signed_pks_are_proposed(other_satker):
    draft = PerjanjianSatkerFactory(satker=other_satker, tahun=2025, judul="PK uji")
    assert rekaman_tersedia(other_satker, 2025)[JenisRekaman.PK_SATKER] == []
    # Set up as signed directly: the signing service is tested in agreements.
    type(draft).objects.filter(pk=draft.pk).update(status=StatusPerjanjian.DITANDATANGANI)
    found = rekaman_tersedia(other_satker, 2025)[JenisRekaman.PK_SATKER]
    assert [r.label for r in found] == ["PK uji (versi 1)"]


def test_another_satkers_records_are_never_proposed(prabumulih, other_satker):
    found = rekaman_tersedia(other_satker, 2025)
    assert all(records == [] for records in found.values())


def test_a_pinned_copy_changes_when_the_record_changes(other_satker):
    row = BarisRKTFactory(rkt__satker=other_satker, rkt__tahun=2025, target=100)
    (rekaman,) = rekaman_tersedia(other_satker, 2025)[JenisRekaman.RKT]
    content, sidik = potret(other_satker, rekaman)
    assert potret(other_satker, rekaman) == (content, sidik)
    row.target = 90
    row.save()
    changed, changed_sidik = potret(other_satker, rekaman)
    assert changed_sidik != sidik
    assert '"target":"90' in changed.replace(" ", "")


def test_the_measurement_copy_is_the_data_a_signed_report_keeps(prabumulih):
    (rekaman,) = rekaman_tersedia(prabumulih, 2025)[JenisRekaman.PENGUKURAN]
    content, _ = potret(prabumulih, rekaman)
    assert "99.49" in content or "99,49" in content


def test_every_proposal_names_a_known_criterion_code():
    codes = set(USULAN)
    assert "1.a.3" in codes
    assert usulan_untuk("1.a.1") == ()  # a pedoman teknis is a file, not a Kinerja record
    for kode in codes:
        komponen, sub, nomor = kode.split(".")
        assert komponen in "1234"
        assert sub in "abc"
        assert nomor.isdigit()


def test_every_kind_of_record_can_be_stored_on_a_link():
    from kinerja.lke.choices import JenisTautan

    assert {jenis.value for jenis in JenisRekaman} == set(JenisTautan.values)
