"""Personas around KPU Kota Prabumulih's LKE evaluation, on a small published worksheet whose
windows are open today (tests of closed windows move them)."""

from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.lke import services
from kinerja.lke.bukti import unggah_bukti_lke
from kinerja.lke.models import EvaluasiLke, VersiLembar
from kinerja.lke.tests.builders import jadwal_terbuka, versi_terbit
from kinerja.organisations.models import Satker

Peran = Membership.Peran


@dataclass
class Orang:
    admin: object  # the satker's admin: self-assesses
    pimpinan: object  # the Sekretaris: self-assesses
    operator: object  # a unit's operator: reads only
    inspektur: object  # the inspectorate on the kota itself: evaluates
    inspektur_pusat: object  # KPU RI's inspectorate: evaluates all, keeps worksheets
    inspektur_lain: object  # inspectorate of another kota
    orang_luar: object  # the admin of another kota
    reviewer: object  # an intermediate reviewer on the province: reviews the kota below it
    reviewer_lain: object  # an intermediate reviewer of another kota


@pytest.fixture
def orang(prabumulih, other_satker) -> Orang:
    root = Satker.objects.get(slug="kpu-ri")
    province = Satker.objects.get(slug="kpu-provinsi-sumatera-selatan")
    unit = prabumulih.units.first()

    def person(peran, on=prabumulih, unit=None):
        return MembershipFactory(satker=on, unit=unit, peran=peran).user

    return Orang(
        admin=person(Peran.ADMIN_SATKER),
        pimpinan=person(Peran.PIMPINAN),
        operator=person(Peran.OPERATOR_UNIT, unit=unit),
        inspektur=person(Peran.INSPEKTUR),
        inspektur_pusat=person(Peran.INSPEKTUR, on=root),
        inspektur_lain=person(Peran.INSPEKTUR, on=other_satker),
        orang_luar=person(Peran.ADMIN_SATKER, on=other_satker),
        reviewer=person(Peran.REVIEWER_LKE, on=province),
        reviewer_lain=person(Peran.REVIEWER_LKE, on=other_satker),
    )


@pytest.fixture
def versi(db) -> VersiLembar:
    # The demo's 2025 worksheet, if any, gives way to the small hand-made one.
    EvaluasiLke.objects.filter(tahun=2025).delete()
    VersiLembar.objects.filter(tahun=2025).delete()
    jadwal_terbuka(2025)
    return versi_terbit(2025)


@pytest.fixture
def evaluasi(versi, prabumulih, orang) -> EvaluasiLke:
    return services.buka_evaluasi(actor=orang.admin, satker=prabumulih, tahun=2025)


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def isi(evaluasi, actor, peran, jawaban: dict[str, str], *, bukti: bool = True):
    """Answer criteria as `actor`. A self-assessed answer above 0 gets a file as its evidence
    (unless `bukti` is False), as the logic checks ask before the self-assessment is submitted.
    """
    for kode, nilai in jawaban.items():
        if bukti and peran == "mandiri" and nilai not in ("N/A", "T", "E"):
            unggah_bukti_lke(
                actor=actor,
                evaluasi=evaluasi,
                kode_kriteria=kode,
                berkas=SimpleUploadedFile(f"bukti-{kode}.pdf", PDF),
            )
        services.simpan_jawaban(
            actor=actor,
            evaluasi=evaluasi,
            kode_kriteria=kode,
            peran=peran,
            kode=nilai,
            catatan="tidak ada aplikasi" if nilai == "N/A" else "",
        )
