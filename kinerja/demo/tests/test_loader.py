"""The demo holds every piece of the seed document, exactly, and loads idempotently.

Expected counts are counted by hand in the document, not derived from the demo data module.
"""

from decimal import Decimal
from pathlib import Path

import pytest

from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.models import Kegiatan, Pagu, Program, RealisasiAnggaran
from kinerja.core.models import AuditLog
from kinerja.demo.loader import load_demo
from kinerja.evaluation.models import EfisiensiSumberDaya, Kesimpulan
from kinerja.exporting.selectors import build_export
from kinerja.measurement.models import HambatanUpaya, NilaiTercatat, Realisasi
from kinerja.organisations.models import Anggota, Pegawai, Unit
from kinerja.planning.models import BarisRKT, IndikatorKinerja, Misi, SasaranStrategis, Tujuan

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("queryset", "expected"),
    [
        (lambda s: Unit.objects.filter(satker=s), 4),  # 4 subbagian (BAB I.C.2)
        (lambda s: Anggota.objects.filter(satker=s), 5),  # Tabel 1
        (lambda s: Pegawai.objects.filter(satker=s, sumber="Tabel 2"), 18),
        (lambda s: Pegawai.objects.filter(satker=s, jenis="PNS"), 14),
        (lambda s: Pegawai.objects.filter(satker=s, jenis="PPPK"), 4),
        (lambda s: Pegawai.objects.filter(satker=s, jenis="PPNPN"), 10),  # Tabel 3
        (lambda s: Misi.objects.filter(renstra__satker=s), 7),
        (lambda s: Tujuan.objects.filter(renstra__satker=s), 5),
        (lambda s: SasaranStrategis.objects.filter(renstra__satker=s), 7),
        (lambda s: BarisRKT.objects.filter(rkt__satker=s, rkt__tahun=2024), 37),
        (lambda s: PerjanjianKinerja.objects.filter(satker=s, tahun=2024), 5),
        (lambda s: BarisPerjanjian.objects.filter(perjanjian__satker=s), 41 + 3 + 20 + 7 + 13),
        (lambda s: AnggaranPerjanjian.objects.filter(perjanjian__satker=s), 2 + 2 + 3 + 3 + 4),
        (lambda s: Realisasi.objects.filter(indikator__satker=s, tahun=2024), 37),  # BAB III.A
        (lambda s: Realisasi.objects.filter(indikator__satker=s, tahun=2023), 10),  # Lampiran
        (lambda s: Pagu.objects.filter(satker=s, tahun=2024), 10),  # BAB III.B
        (lambda s: RealisasiAnggaran.objects.filter(satker=s, tahun=2024), 10),
        (lambda s: HambatanUpaya.objects.filter(satker=s), 21),
        (lambda s: EfisiensiSumberDaya.objects.filter(satker=s), 6),
        (lambda s: Kesimpulan.objects.filter(satker=s), 6),
        (lambda s: NilaiTercatat.objects.filter(satker=s, sumber="BAB II.D"), 37),
        (lambda s: NilaiTercatat.objects.filter(satker=s, sumber__startswith="Lampiran"), 70),
        (lambda s: IndikatorKinerja.objects.filter(satker=s), 50),
        # Ikhtisar, BAB IV and nine BAB III.B paragraphs claim targets met (or exceeded).
        (
            lambda s: NilaiTercatat.objects.filter(
                satker=s, besaran__in=["klaim_tercapai", "rata_rata_capaian"]
            ),
            11,
        ),
        (lambda s: IndikatorKinerja.objects.filter(satker=s, iku=True), 37),
        (lambda s: Kegiatan.objects.all(), 10),
        (lambda s: Program.objects.all(), 2),
    ],
)
def test_demo_holds_as_many_records_as_the_document(prabumulih, queryset, expected):
    assert queryset(prabumulih).count() == expected


def test_loading_twice_changes_nothing_and_audits_nothing(prabumulih):
    before = build_export(prabumulih, 2024)
    audit_rows = AuditLog.objects.count()
    assert load_demo() == {}
    assert AuditLog.objects.count() == audit_rows
    assert build_export(prabumulih, 2024) == before


def test_the_first_load_is_audited(prabumulih):
    rkt_rows = AuditLog.objects.filter(model="planning.BarisRKT", action="create")
    assert rkt_rows.count() == 37
    assert rkt_rows.first().actor_label == "kinerja demo"


def test_a_changed_demo_row_is_restored_and_audited(prabumulih):
    realisasi = Realisasi.objects.get(indikator__kode="6872-2", tahun=2024)
    realisasi.nilai = Decimal("95")
    realisasi.save()
    assert load_demo() == {"realisasi kinerja": 1}
    realisasi.refresh_from_db()
    assert realisasi.nilai == Decimal("90")
    audit = AuditLog.objects.filter(model="measurement.Realisasi").first()
    assert audit.before["nilai"] == "95"
    assert audit.after["nilai"] == "90"


def test_contradictions_of_the_document_are_kept_with_their_sources(prabumulih):
    # Target 95 in the RKT and the PK, 100 in the BAB III.B table.
    apk_rkt = BarisRKT.objects.get(rkt__satker=prabumulih, indikator__kode="6870-1")
    assert apk_rkt.target == 95
    stated = NilaiTercatat.objects.get(
        satker=prabumulih, sumber="BAB III.B Sasaran 3", besaran="target"
    )
    assert stated.nilai == 100

    # Two pagu for 6867: BAB III.B as the figure of record, the Lampiran as stated.
    assert Pagu.objects.get(kegiatan__kode="6867").jumlah == Decimal("11134042000")
    assert NilaiTercatat.objects.get(sumber="Lampiran (6867)", besaran="pagu").nilai == Decimal(
        "7421764000"
    )

    # The Sekretaris' NIP is printed with 19 digits: kept as printed, not on the Pegawai.
    yasrin = Pegawai.objects.get(satker=prabumulih, nama="Yasrin Abidin")
    assert yasrin.nip == ""
    assert (
        PerjanjianKinerja.objects.filter(pihak_kedua_nip_tercetak="19780429 2009021 1 003").count()
        == 4
    )

    # Printed capaian are stated, beside the figures they should follow from.
    understanding = Realisasi.objects.get(indikator__kode="6872-2", tahun=2024)
    assert (understanding.target, understanding.nilai) == (95, 90)
    assert understanding.capaian_tercatat == Decimal("94.73")

    # Unit names and a Kasubbag's name differ between BAB I / Tabel 2 and the signed PKs.
    hukum = Unit.objects.get(satker=prabumulih, nama="Subbagian Hukum dan Sumber Daya Manusia")
    assert hukum.nama_lain == "Subbagian Sumber Daya Manusia dan Parmas"
    pk_hukum = PerjanjianKinerja.objects.get(unit=hukum)
    assert pk_hukum.pihak_pertama_nama == "Meidial Aryansie"
    assert pk_hukum.pihak_pertama_pegawai.nama == "Medial Aryansie"


def test_unit_pk_lines_trace_to_the_parent_pk_except_the_two_the_document_leaves_untraced(
    prabumulih,
):
    untraced = [
        line.indikator.kode
        for line in BarisPerjanjian.objects.filter(perjanjian__tingkat="unit")
        if line.trace_error()
    ]
    assert sorted(untraced) == ["6709-4", "6709-5"]


def test_pk_indicators_differ_from_the_measured_ones_where_the_document_says_so(prabumulih):
    signed = PerjanjianKinerja.objects.get(satker=prabumulih, tingkat="satker")
    in_pk = set(signed.baris.values_list("indikator__kode", flat=True))
    measured = set(
        Realisasi.objects.filter(indikator__satker=prabumulih, tahun=2024).values_list(
            "indikator__kode", flat=True
        )
    )
    assert sorted(in_pk - measured) == sorted(
        [
            "6867-5",
            "6867-6",
            "6867-7",
            "6867-8",
            "6981-2",
            "6981-3",
            "6981-4",
            "6981-5",
            "6981-6",
            "6982-2",
            "3360-11",
        ]
    )
    assert sorted(measured - in_pk) == sorted(
        ["6867-1", "6867-2", "6867-3", "6867-4", "6981-1", "6982-1", "6639-1"]
    )


def test_the_demo_states_only_what_the_report_states(prabumulih):
    # The report never says where the Pemilihan (6639) money comes from.
    assert Pagu.objects.get(kegiatan__kode="6639").sumber_dana == ""
    # The PK programmes' kegiatan are APBN (DIPA): a demo assumption listed in data-demo.md.
    assert Pagu.objects.get(kegiatan__kode="6709").sumber_dana == "apbn_dipa"
    # Nor does it name the cities of the satkers above Prabumulih.
    assert prabumulih.parent.kota == ""
    assert prabumulih.parent.parent.kota == ""
    # The scale is the report's own ("skala ... Lembaga Administrasi Negara"), with its source.
    setting = prabumulih.pengaturan_pengukuran
    assert setting.skala.kode == "lan-4-pita"
    assert "Lembaga Administrasi Negara" in setting.sumber


def test_every_assumption_of_the_loader_is_listed_in_the_demo_documentation():
    text = (Path(__file__).resolve().parents[3] / "docs" / "data-demo.md").read_text()
    assert "## Demo assumptions" in text
    for assumption in ["APBN (DIPA)", "6639", "ambang capaian", "plafon", "kota", "Satuan", "IKU"]:
        assert assumption in text.split("## Demo assumptions")[1], assumption
