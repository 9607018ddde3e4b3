"""The records Kinerja proposes as bukti dukung, and the copy a link pins."""

import datetime

from django.utils import timezone

from kinerja.agreements.choices import StatusPerjanjian
from kinerja.agreements.tests.factories import PerjanjianSatkerFactory
from kinerja.documents.models import LaporanTertandatangan
from kinerja.evaluation.models import PernyataanReviu
from kinerja.lke.rekaman import potret, rekaman_tersedia, rekaman_tertaut
from kinerja.lke.usulan_bukti import USULAN, JenisRekaman, usulan_untuk
from kinerja.planning.models import Renstra
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


def test_the_records_are_found_in_seven_queries_however_many_there_are(
    prabumulih, other_satker, django_assert_num_queries
):
    # One query per kind for all its years, both PK kinds together, and one query of EXISTS
    # for the kinds that are the satker-year as a whole.
    with django_assert_num_queries(7):
        many = rekaman_tersedia(prabumulih, 2025)
    with django_assert_num_queries(7):
        none = rekaman_tersedia(other_satker, 2025)
    assert sum(len(records) for records in many.values()) > 10
    assert all(records == [] for records in none.values())


def test_a_linked_record_is_found_again_in_one_query(prabumulih, django_assert_num_queries):
    (rkt_2024,) = [
        r for r in rekaman_tersedia(prabumulih, 2025)[JenisRekaman.RKT] if r.tahun == 2024
    ]
    with django_assert_num_queries(1):
        again = rekaman_tertaut(prabumulih, "rkt", 2024, rkt_2024.pk)
    assert again == rkt_2024
    (measurement,) = rekaman_tersedia(prabumulih, 2025)[JenisRekaman.PENGUKURAN]
    assert rekaman_tertaut(prabumulih, "pengukuran", 2024, None) == measurement
    assert rekaman_tertaut(prabumulih, "pengukuran", 2030, None) is None


def test_a_renstra_covering_both_years_is_proposed_for_each_evaluation_year_first(other_satker):
    Renstra.objects.create(satker=other_satker, tahun_awal=2025, tahun_akhir=2029, visi="Baru")
    Renstra.objects.create(satker=other_satker, tahun_awal=2020, tahun_akhir=2024, visi="Lama")
    found = rekaman_tersedia(other_satker, 2025)[JenisRekaman.RENSTRA]
    assert [(r.tahun, r.label[:17]) for r in found] == [
        (2025, "Renstra 2025–2029"),
        (2024, "Renstra 2020–2024"),
    ]


def test_satker_and_unit_pks_read_together_stay_apart(other_satker):
    signed = StatusPerjanjian.DITANDATANGANI
    PerjanjianSatkerFactory(satker=other_satker, tahun=2024, judul="PK 2024", status=signed)
    PerjanjianSatkerFactory(satker=other_satker, tahun=2025, judul="PK 2025", status=signed)
    found = rekaman_tersedia(other_satker, 2025)
    assert [r.label for r in found[JenisRekaman.PK_SATKER]] == [
        "PK 2025 (versi 1)",
        "PK 2024 (versi 1)",
    ]
    assert found[JenisRekaman.PK_UNIT] == []


def test_the_latest_signed_lkjip_and_the_standing_reviu_statement_are_proposed(other_satker):
    for versi in (1, 2):
        LaporanTertandatangan.objects.create(
            satker=other_satker,
            tahun=2024,
            versi=versi,
            isi="{}",
            sidik="0" * 64,
            tanggal=datetime.date(2025, 1, 20),
            penanda_tangan="Siti Kepala",
            penanda_tangan_jabatan="Sekretaris",
        )
    statement = {
        "satker": other_satker,
        "tahun": 2024,
        "tanggal": datetime.date(2025, 2, 1),
        "tempat": "Jakarta",
        "nama": "Pereviu",
        "jabatan": "Inspektur",
    }
    PernyataanReviu.objects.create(
        **statement, ditarik_pada=timezone.now(), alasan_penarikan="salah satker"
    )
    standing = PernyataanReviu.objects.create(**statement)
    found = rekaman_tersedia(other_satker, 2025)
    assert [r.label for r in found[JenisRekaman.LKJIP]] == ["LKjIP 2024 versi 2 (ditandatangani)"]
    assert [r.pk for r in found[JenisRekaman.REVIU_LKJIP]] == [standing.pk]
