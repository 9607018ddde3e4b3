"""Helpers for the restore tests: run the `kinerja` command against a database of its own, and
read every stored row of a satker-year in a form that does not depend on ids.

The test session's database holds the demo, so "import into an empty database" is honest only
in another process: `kinerja` runs with DATABASE_URL pointing at a fresh SQLite file.
"""

import datetime
import hashlib
import json
import os
import subprocess
import sys
from decimal import Decimal
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import models
from django.db.models import Max

from kinerja.core.formatting import plain_decimal


def _python(database: Path, code: str, *args: str) -> subprocess.CompletedProcess:
    """Run `python -c CODE ARGS` with Kinerja's settings on the SQLite file `database`, its
    evidence files in the folder `media` beside it."""
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "KINERJA_MEDIA_ROOT": str(database.parent / "media"),
        "KINERJA_STORAGE": "berkas",
    }
    return subprocess.run(  # noqa: S603 - our own interpreter and code, no shell
        [sys.executable, "-c", code, *args],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        check=False,
        timeout=300,
    )


def kinerja(database: Path, *args: str) -> subprocess.CompletedProcess:
    """Run `kinerja ARGS` on the SQLite file `database`; the output is bytes."""
    return _python(database, "from kinerja.cli import main; main()", *args)


def kinerja_ok(database: Path, *args: str) -> bytes:
    result = kinerja(database, *args)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def ekspor_di_sini(slug: str, tahun: int, bukti: Path | None = None) -> bytes:
    """`kinerja ekspor` on the test session's database, as the bytes the command prints; with
    `bukti`, the evidence files are copied into that folder."""
    out = StringIO()
    extra = ["--bukti", str(bukti)] if bukti else []
    call_command(
        "ekspor", "--satker", slug, "--tahun", str(tahun), *extra, stdout=out, stderr=StringIO()
    )
    return out.getvalue().encode("utf-8")


def database_fingerprint() -> dict[str, tuple[int, int | None]]:
    """Rows and highest id of every Kinerja table, the audit trail included."""
    return {
        model._meta.label: (model.objects.count(), model.objects.aggregate(Max("pk"))["pk__max"])
        for model in apps.get_models()
        if model.__module__.startswith("kinerja.")
    }


def impor_ditolak(*args) -> str:
    """`kinerja impor ARGS` on the test session's database, which must refuse and write
    nothing: the refusal's message."""
    before = database_fingerprint()
    export_before = ekspor_di_sini("kpu-kota-prabumulih", 2024)
    with pytest.raises(CommandError) as error:
        call_command("impor", *[str(arg) for arg in args])
    assert database_fingerprint() == before, "a refused import must write nothing"
    assert ekspor_di_sini("kpu-kota-prabumulih", 2024) == export_before
    return str(error.value)


# --- every stored row of a satker-year, without ids --------------------------------------------


def _kunci_naskah(kunci: str) -> str:
    """A narrative section's sasaran by its name: an analysis keeps its Renstra sasaran's id,
    which does not travel (an orphaned one is restored as "yatim:…")."""
    from kinerja.planning.models import SasaranStrategis

    if kunci.startswith("yatim:"):
        return "yatim"
    if kunci.startswith("sasaran-"):
        found = (
            SasaranStrategis.objects.filter(pk=int(kunci.removeprefix("sasaran-")))
            .select_related("renstra")
            .first()
        )
        return f"sasaran {found.renstra.tahun_awal}/{found.nomor}" if found else "yatim"
    return kunci


def _value(instance: models.Model, field: models.Field) -> Any:
    if instance._meta.label == "documents.NaskahLaporan" and field.name == "kunci":
        return _kunci_naskah(instance.kunci)
    if instance._meta.label == "lke.BuktiLke" and field.name == "tautan_id":
        # The linked record's id does not travel; the record it names must be the same.
        from kinerja.exporting.evaluasi_lke import kunci_tautan

        return kunci_tautan(instance.evaluasi.satker, instance)
    if isinstance(field, models.FileField):
        # The name in storage is the store's to choose; the bytes behind it must be the same.
        stored = getattr(instance, field.name)
        if not stored:
            return None
        with stored.open("rb") as content:
            return f"sha256:{hashlib.sha256(content.read()).hexdigest()}"
    if field.is_relation:
        related = getattr(instance, field.name)
        return None if related is None else str(related)
    value = getattr(instance, field.attname)
    if isinstance(value, Decimal):
        return plain_decimal(value)
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _rows(queryset: models.QuerySet) -> list[dict[str, Any]]:
    fields = [field for field in queryset.model._meta.concrete_fields if not field.primary_key]
    rows = [{field.name: _value(row, field) for field in fields} for row in queryset]
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str))


def querysets(slug: str, tahun: int) -> dict[str, models.QuerySet]:
    """Every row a satker-year export is meant to carry, per model (by label)."""
    from kinerja.agreements.models import AnggaranPerjanjian, BarisPerjanjian, PerjanjianKinerja
    from kinerja.budgets.models import KRO, RO, Kegiatan, Pagu, Program, RealisasiAnggaran
    from kinerja.documents.models import LaporanTahunan, LaporanTertandatangan, NaskahLaporan
    from kinerja.evaluation.models import (
        CatatanReviu,
        EfisiensiSumberDaya,
        Kesimpulan,
        PernyataanReviu,
    )
    from kinerja.lke.models import (
        BuktiLke,
        EvaluasiLke,
        JawabanLke,
        KomponenLke,
        KriteriaLke,
        PilihanSkala,
        SkalaJawaban,
        SnapshotLke,
        SubKomponenLke,
        VersiLembar,
    )
    from kinerja.lke.models_rekomendasi import (
        NarasiKomponen,
        PenandaTanganLhe,
        Rekomendasi,
        TindakLanjut,
    )
    from kinerja.measurement.models import (
        HambatanUpaya,
        NilaiTercatat,
        PengaturanPengukuran,
        PitaPredikat,
        Realisasi,
        SkalaPredikat,
    )
    from kinerja.organisations.models import Anggota, Pegawai, RiwayatJabatan, Satker, Unit
    from kinerja.planning.models import (
        RKT,
        BarisRKT,
        IndikatorKinerja,
        Misi,
        Renstra,
        SasaranStrategis,
        TargetPeriode,
        TargetTahunan,
        Tujuan,
    )
    from kinerja.reporting.models import BuktiDukung, IsianRealisasi, LaporanRealisasi

    satker = {"satker__slug": slug}
    year = {**satker, "tahun": tahun}
    renstra = Renstra.objects.filter(tahun_awal__lte=tahun, tahun_akhir__gte=tahun, **satker)
    agreements = {"perjanjian__satker__slug": slug, "perjanjian__tahun": tahun}
    used = [
        IndikatorKinerja.objects.filter(**satker).values_list("kegiatan", flat=True),
        Pagu.objects.filter(**year).values_list("kegiatan", flat=True),
        RealisasiAnggaran.objects.filter(**year).values_list("kegiatan", flat=True),
        BarisRKT.objects.filter(rkt__satker__slug=slug, rkt__tahun=tahun).values_list(
            "kegiatan", flat=True
        ),
        BarisPerjanjian.objects.filter(**agreements).values_list("kegiatan", flat=True),
        AnggaranPerjanjian.objects.filter(**agreements).values_list("kegiatan", flat=True),
        AnggaranPerjanjian.objects.filter(**agreements).values_list("kro__kegiatan", flat=True),
        HambatanUpaya.objects.filter(**year).values_list("kegiatan", flat=True),
        NilaiTercatat.objects.filter(**year).values_list("kegiatan", flat=True),
    ]
    kegiatan = Kegiatan.objects.filter(pk__in={pk for queryset in used for pk in queryset} - {None})
    programs = Program.objects.filter(
        models.Q(kegiatan__in=kegiatan)
        | models.Q(pk__in=AnggaranPerjanjian.objects.filter(**agreements).values("program"))
    ).distinct()
    scales = SkalaPredikat.objects.filter(
        pk__in=PengaturanPengukuran.objects.filter(**satker).values("skala")
    )
    # The LKE evaluation of the year, and the worksheet version it was answered on (shared
    # reference data, carried as kegiatan and predicate scales are).
    evaluations = EvaluasiLke.objects.filter(**year)
    versions = VersiLembar.objects.filter(pk__in=evaluations.values("versi"))
    of_evaluation = {"evaluasi__in": evaluations}
    return {
        model._meta.label: queryset
        for model, queryset in [
            (Satker, Satker.objects.filter(slug=slug)),
            (Unit, Unit.objects.filter(**satker)),
            (Pegawai, Pegawai.objects.filter(**satker)),
            (Anggota, Anggota.objects.filter(**satker)),
            (RiwayatJabatan, RiwayatJabatan.objects.filter(**satker)),
            (Program, programs),
            (Kegiatan, kegiatan),
            (KRO, KRO.objects.filter(kegiatan__in=kegiatan)),
            (RO, RO.objects.filter(kro__kegiatan__in=kegiatan)),
            (SkalaPredikat, scales),
            (PitaPredikat, PitaPredikat.objects.filter(skala__in=scales)),
            (PengaturanPengukuran, PengaturanPengukuran.objects.filter(**satker)),
            (Renstra, renstra),
            (Misi, Misi.objects.filter(renstra__in=renstra)),
            (Tujuan, Tujuan.objects.filter(renstra__in=renstra)),
            (SasaranStrategis, SasaranStrategis.objects.filter(renstra__in=renstra)),
            (IndikatorKinerja, IndikatorKinerja.objects.filter(**satker)),
            (TargetTahunan, TargetTahunan.objects.filter(indikator__satker__slug=slug)),
            (
                TargetPeriode,
                TargetPeriode.objects.filter(indikator__satker__slug=slug, tahun=tahun),
            ),
            (RKT, RKT.objects.filter(**year)),
            (BarisRKT, BarisRKT.objects.filter(rkt__satker__slug=slug, rkt__tahun=tahun)),
            (PerjanjianKinerja, PerjanjianKinerja.objects.filter(**year)),
            (
                BarisPerjanjian,
                BarisPerjanjian.objects.filter(
                    perjanjian__satker__slug=slug, perjanjian__tahun=tahun
                ),
            ),
            (
                AnggaranPerjanjian,
                AnggaranPerjanjian.objects.filter(
                    perjanjian__satker__slug=slug, perjanjian__tahun=tahun
                ),
            ),
            (Realisasi, Realisasi.objects.filter(indikator__satker__slug=slug, tahun=tahun)),
            (Pagu, Pagu.objects.filter(**year)),
            (RealisasiAnggaran, RealisasiAnggaran.objects.filter(**year)),
            (HambatanUpaya, HambatanUpaya.objects.filter(**year)),
            (NilaiTercatat, NilaiTercatat.objects.filter(**year)),
            (EfisiensiSumberDaya, EfisiensiSumberDaya.objects.filter(**year)),
            (Kesimpulan, Kesimpulan.objects.filter(**year)),
            (NaskahLaporan, NaskahLaporan.objects.filter(**year)),
            (LaporanTahunan, LaporanTahunan.objects.filter(**year)),
            (LaporanTertandatangan, LaporanTertandatangan.objects.filter(**year)),
            (CatatanReviu, CatatanReviu.objects.filter(**year)),
            (PernyataanReviu, PernyataanReviu.objects.filter(**year)),
            (LaporanRealisasi, LaporanRealisasi.objects.filter(**year)),
            (
                IsianRealisasi,
                IsianRealisasi.objects.filter(laporan__satker__slug=slug, laporan__tahun=tahun),
            ),
            (
                BuktiDukung,
                BuktiDukung.objects.filter(laporan__satker__slug=slug, laporan__tahun=tahun),
            ),
            (VersiLembar, versions),
            (SkalaJawaban, SkalaJawaban.objects.filter(versi__in=versions)),
            (PilihanSkala, PilihanSkala.objects.filter(skala__versi__in=versions)),
            (KomponenLke, KomponenLke.objects.filter(versi__in=versions)),
            (SubKomponenLke, SubKomponenLke.objects.filter(komponen__versi__in=versions)),
            (KriteriaLke, KriteriaLke.objects.filter(versi__in=versions)),
            (EvaluasiLke, evaluations),
            (JawabanLke, JawabanLke.objects.filter(**of_evaluation)),
            (BuktiLke, BuktiLke.objects.filter(**of_evaluation)),
            (SnapshotLke, SnapshotLke.objects.filter(**of_evaluation)),
            (NarasiKomponen, NarasiKomponen.objects.filter(**of_evaluation)),
            (PenandaTanganLhe, PenandaTanganLhe.objects.filter(**of_evaluation)),
            (Rekomendasi, Rekomendasi.objects.filter(**of_evaluation)),
            (
                TindakLanjut,
                TindakLanjut.objects.filter(rekomendasi__evaluasi__in=evaluations),
            ),
        ]
    }


def baris_tersimpan(slug: str, tahun: int) -> dict[str, list[dict[str, Any]]]:
    """Every stored value of the satker-year: related rows by their names, never by id."""
    rows = {label: _rows(queryset) for label, queryset in querysets(slug, tahun).items()}
    return json.loads(json.dumps(rows))


def baris_tersimpan_di(database: Path, slug: str, tahun: int) -> dict[str, list[dict[str, Any]]]:
    """The same, read from another database by another process."""
    code = (
        "import json, django; django.setup(); "
        "from kinerja.exporting.tests.support import baris_tersimpan; "
        f"print(json.dumps(baris_tersimpan({slug!r}, {tahun})))"
    )
    result = _python(database, code)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def lhe_tersimpan(slug: str, tahun: int) -> str:
    """The LHE of the satker-year's evaluation as its content's canonical JSON (every text and
    figure the Word and PDF files print), in Indonesian as they are written."""
    from django.utils import translation

    from kinerja.documents.serial import ke_json
    from kinerja.lke.lhe_data import data_lhe
    from kinerja.lke.lhe_isi import dokumen_lhe
    from kinerja.lke.models import EvaluasiLke

    evaluasi = EvaluasiLke.objects.get(satker__slug=slug, tahun=tahun)
    with translation.override("id"):
        return ke_json(dokumen_lhe(data_lhe(evaluasi)))


def lhe_tersimpan_di(database: Path, slug: str, tahun: int) -> str:
    """The same, rendered from another database by another process."""
    code = (
        "import json, django; django.setup(); "
        "from kinerja.exporting.tests.support import lhe_tersimpan; "
        f"print(json.dumps(lhe_tersimpan({slug!r}, {tahun})))"
    )
    result = _python(database, code)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def tautan_berubah(slug: str, tahun: int) -> dict[str, bool | None]:
    """Each pinned link of the satker-year's evaluation, by label: whether its record reads as
    changed since it was linked (None: removed)."""
    from kinerja.lke.bukti import berubah_sejak_ditautkan
    from kinerja.lke.models import BuktiLke

    links = BuktiLke.objects.filter(evaluasi__satker__slug=slug, evaluasi__tahun=tahun).exclude(
        jenis_tautan=""
    )
    return {link.label: berubah_sejak_ditautkan(link) for link in links}


def tautan_berubah_di(database: Path, slug: str, tahun: int) -> dict[str, bool | None]:
    """The same, in another database by another process."""
    code = (
        "import json, django; django.setup(); "
        "from kinerja.exporting.tests.support import tautan_berubah; "
        f"print(json.dumps(tautan_berubah({slug!r}, {tahun})))"
    )
    result = _python(database, code)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)
