"""`kinerja periksa-lk FILE --simpan --satker SLUG`: what the report states becomes the
satker-year's stated values, never its inputs, and `kinerja reviu` sees them."""

import io

import pytest
from django.core.management import CommandError, call_command

from kinerja.accounts.tests.factories import UserFactory
from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
from kinerja.budgets.models import Pagu, RealisasiAnggaran
from kinerja.core.models import AuditLog
from kinerja.evaluation.reviu.rules import jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.measurement.models import NilaiTercatat, Realisasi
from kinerja.periksa.nilai import AWALAN_SUMBER
from kinerja.periksa.tests import contoh
from kinerja.periksa.tests.test_seed import SEED
from kinerja.planning.models import TargetTahunan

SLUG = "kpu-kota-prabumulih"
INPUTS = (
    TargetTahunan,
    Realisasi,
    Pagu,
    RealisasiAnggaran,
    PerjanjianKinerja,
    BarisPerjanjian,
    AnggaranPerjanjian,
)


def _simpan(*args) -> str:
    out, err = io.StringIO(), io.StringIO()
    call_command("periksa-lk", str(SEED), "--simpan", *args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def _read(prabumulih):
    return NilaiTercatat.objects.filter(
        satker=prabumulih, tahun=2024, sumber__startswith=AWALAN_SUMBER
    )


def _inputs():
    return {model: list(model.objects.order_by("pk").values()) for model in INPUTS}


def test_the_report_becomes_stated_values_and_the_inputs_stay(prabumulih):
    before = _inputs()
    output = _simpan("--satker", SLUG)
    assert _inputs() == before
    read = _read(prabumulih)
    assert read.count() > 200
    assert "Target, realisasi dan pagu tidak diubah" in output
    capaian = read.get(besaran="capaian", indikator__kode="6872-2")
    assert capaian.sumber == "Berkas LK: BAB III.A"
    assert str(capaian.nilai) == "94.7300"
    audits = AuditLog.objects.filter(
        model="measurement.NilaiTercatat", actor_label="kinerja periksa-lk"
    )
    assert audits.filter(action=AuditLog.Action.CREATE).count() == read.count()


def test_the_reviu_of_the_satker_year_sees_the_values_read(prabumulih):
    def printed_zero(findings):
        return [
            finding
            for finding in findings
            if finding.aturan == "capaian-tercatat-salah"
            and finding.tabel == "Berkas LK: BAB III.A"
            and finding.baris == "6981-1"
        ]

    assert printed_zero(jalankan(fakta_reviu(prabumulih, 2024))) == []
    _simpan("--satker", SLUG)
    (finding,) = printed_zero(jalankan(fakta_reviu(prabumulih, 2024)))
    assert (finding.tercatat, finding.seharusnya) == ("0,00%", "100,00%")


def test_a_second_run_replaces_only_the_values_read_from_a_file(prabumulih):
    typed = list(
        NilaiTercatat.objects.filter(satker=prabumulih, tahun=2024)
        .exclude(sumber__startswith=AWALAN_SUMBER)
        .order_by("pk")
        .values()
    )
    assert typed  # the demo loader typed the document's claims in by hand
    _simpan("--satker", SLUG)
    first = _read(prabumulih).count()
    output = _simpan("--satker", SLUG)
    assert _read(prabumulih).count() == first
    assert f"{first} nilai terbaca sebelumnya diganti" in output
    still = NilaiTercatat.objects.exclude(sumber__startswith=AWALAN_SUMBER)
    assert list(still.filter(satker=prabumulih, tahun=2024).order_by("pk").values()) == typed
    deleted = AuditLog.objects.filter(
        model="measurement.NilaiTercatat", action=AuditLog.Action.DELETE
    )
    assert deleted.count() == first


def test_the_user_named_is_the_audits_actor(prabumulih):
    user = UserFactory(username="inspektur-uji")
    _simpan("--satker", SLUG, "--pengguna", "inspektur-uji")
    audit = AuditLog.objects.filter(model="measurement.NilaiTercatat").latest("pk")
    assert audit.actor == user


def test_values_about_indicators_the_satker_does_not_hold_are_left_out(other_satker):
    output = _simpan("--satker", other_satker.slug, "--tahun", "2024")
    stored = NilaiTercatat.objects.filter(satker=other_satker)
    # What remains is about the whole report (counts, the satker's capaian, claims) or about
    # a kegiatan (kegiatan codes are shared by every KPU satker): none names an indicator.
    assert stored.exists()
    assert not stored.exclude(indikator=None).exists()
    assert not stored.filter(besaran__in=["target", "realisasi", "capaian"]).exists()
    assert "tanpa indikator Kinerja yang cocok" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--satker", "kpu-kota-entah"), "Satker tidak dikenal: kpu-kota-entah"),
        ((), "--simpan membutuhkan --satker SLUG"),
        (("--satker", SLUG, "--pengguna", "tidak-ada"), "Pengguna tidak dikenal"),
    ],
)
def test_simpan_refuses_with_a_message(db, args, message):
    with pytest.raises(CommandError, match=message):
        _simpan(*args)
    assert not NilaiTercatat.objects.filter(sumber__startswith=AWALAN_SUMBER).exists()


def test_satker_without_simpan_is_refused(db):
    with pytest.raises(CommandError, match="hanya dipakai bersama --simpan"):
        call_command("periksa-lk", str(SEED), "--satker", SLUG, stdout=io.StringIO())


def test_simpan_needs_the_year(prabumulih, tmp_path):
    path = tmp_path / "lkjip.txt"
    path.write_text(contoh.teks().replace("TAHUN 2024", ""))
    with pytest.raises(CommandError, match="--tahun YYYY"):
        call_command("periksa-lk", str(path), "--simpan", "--satker", SLUG, stdout=io.StringIO())
    assert not _read(prabumulih).exists()
