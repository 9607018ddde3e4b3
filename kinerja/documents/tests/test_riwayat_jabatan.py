"""The jabatan history page: anyone who may read the satker sees each post and its holders
(name, NIP as printed, pangkat, the term in words, "sekarang" while open); the admin satker
records, corrects and ends terms; a refusal keeps what was typed; the readiness check's
"signer not determined" blocker leads here, and a holder recorded here signs the report."""

import datetime

import pytest
from django.urls import reverse

from kinerja.accounts.models import Membership
from kinerja.accounts.tests.factories import MembershipFactory
from kinerja.core.models import AuditLog
from kinerja.documents.kesiapan import Jenis
from kinerja.documents.kesiapan_data import kesiapan, url_tautan
from kinerja.documents.penanda_tangan import Asal, tetapkan_penanda_tangan
from kinerja.organisations.models import Anggota, Pegawai, RiwayatJabatan, Unit
from kinerja.organisations.tests.factories import SatkerFactory

pytestmark = pytest.mark.django_db
D = datetime.date
NIP_BARU = "197203152001122002"


def _url(satker, name="riwayat_jabatan", *args):
    return reverse(f"documents:{name}", args=[satker.slug, *args])


def _login(client, satker, peran):
    user = MembershipFactory(satker=satker, peran=peran).user
    client.force_login(user)
    return user


@pytest.fixture
def admin(client, siap):
    return _login(client, siap, Membership.Peran.ADMIN_SATKER)


@pytest.fixture
def kepala(siap) -> RiwayatJabatan:
    """The ready satker's head: Siti Kepala, Sekretaris since 1 January 2024, term open."""
    term = RiwayatJabatan.objects.get(satker=siap)
    term.pegawai.nip = "196501012000031001"
    term.pegawai.save()
    term.pangkat_golongan = "Pembina / IV.a"
    term.save()
    return term


def _isian(**values) -> dict:
    return {
        "jabatan": "Sekretaris",
        "kepala": "on",
        "nama": "Budi Baru",
        "nip": "19720315 200112 2 002",
        "pangkat_golongan": "Pembina Tk. I / IV.b",
        "mulai": "2026-02-01",
        "selesai": "",
        "sumber": "SK Sekjen 12/2026",
        **values,
    }


def test_the_page_lists_each_post_with_its_holders_in_words(client, siap, kepala, admin):
    RiwayatJabatan.objects.create(
        satker=siap,
        pegawai=Pegawai.objects.create(satker=siap, nama="Rina Kasubbag", jenis="PNS"),
        jabatan="Kepala Subbagian Teknis",
        mulai=D(2023, 3, 1),
        selesai=D(2025, 6, 30),
    )
    page = client.get(_url(siap)).content.decode()
    assert page.index("Sekretaris") < page.index("Kepala Subbagian Teknis")  # the head first
    assert "19650101 200003 1 001" in page
    assert "Pembina / IV.a" in page
    assert "1 Januari 2024 – sekarang" in page
    assert "1 Maret 2023 – 30 Juni 2025" in page
    # The signed satker PK of 30 January 2025 is the head's (the satker PK's first party).
    assert "Perjanjian Kinerja Tahun 2025 versi 1, tanggal 30 Januari 2025" in page


def test_the_admin_records_a_new_head_and_the_report_is_signed_by_them(client, siap, kepala, admin):
    client.post(
        _url(siap, "riwayat_jabatan_akhiri", kepala.pk), {"selesai": "2026-01-31", "alasan": ""}
    )
    response = client.post(_url(siap, "riwayat_jabatan_catat"), _isian())
    term = RiwayatJabatan.objects.get(satker=siap, pegawai__nama="Budi Baru")
    assert response.status_code == 302
    assert response["Location"].endswith(f"#masa-{term.pk}")
    assert (term.kepala, term.mulai, term.selesai, term.pegawai.nip) == (
        True,
        D(2026, 2, 1),
        None,
        NIP_BARU,
    )
    page = client.get(response["Location"]).content.decode()
    assert "1 Januari 2024 – 31 Januari 2026" in page
    assert "1 Februari 2026 – sekarang" in page
    assert "19720315 200112 2 002" in page
    # The report dated in the new term is signed by the new head, with the term's rank.
    signer = tetapkan_penanda_tangan(siap, D(2026, 2, 3), []).penanda_tangan
    assert (signer.nama, signer.nip, signer.pangkat) == (
        "Budi Baru",
        "19720315 200112 2 002",
        "Pembina Tk. I / IV.b",
    )
    # ... and one dated in the old term still by the old head.
    assert tetapkan_penanda_tangan(siap, D(2026, 1, 20), []).penanda_tangan.nama == "Siti Kepala"
    assert AuditLog.objects.filter(
        model="organisations.RiwayatJabatan", object_id=str(term.pk), action="create"
    ).exists()


def test_the_signer_blocker_links_here_and_recording_the_head_clears_it(client, siap, admin):
    RiwayatJabatan.objects.filter(satker=siap).update(selesai=D(2025, 12, 31))
    (blocker,) = kesiapan(siap, 2025).penghalang
    assert blocker.jenis == Jenis.PENANDA_TANGAN
    link = url_tautan(siap.slug, 2025, blocker.tautan)
    assert link.startswith(_url(siap))
    assert link.endswith("#pimpinan")
    laporan = client.get(reverse("documents:laporan", args=[siap.slug])).content.decode()
    assert f'href="{link}"' in laporan
    assert 'id="pimpinan"' in client.get(link).content.decode()

    client.post(_url(siap, "riwayat_jabatan_catat"), _isian(mulai="2026-01-01"))
    assert kesiapan(siap, 2025).penghalang == []
    signer = tetapkan_penanda_tangan(siap, D(2026, 1, 20), [])
    assert (signer.asal, signer.penanda_tangan.nama) == (Asal.RIWAYAT, "Budi Baru")


@pytest.mark.parametrize(
    ("values", "field_message"),
    [
        ({"nama": "  "}, "Tulis nama pemegang jabatan."),
        ({"nip": "19720315 2001"}, "NIP PNS harus 18 digit, bukan 12 digit."),
        (
            {"nip": "197213152001122002"},
            "Tanggal lahir dalam NIP (19721315) bukan tanggal yang sah.",
        ),
        ({"selesai": "2026-01-31"}, "Tanggal selesai tidak boleh sebelum tanggal mulai."),
        ({"mulai": "2025-12-01"}, "bertumpang tindih dengan masa jabatan Siti Kepala"),
        ({"mulai": "31-02-2026"}, "Masukkan tanggal yang valid."),
    ],
)
def test_a_refused_term_says_why_and_keeps_what_was_typed(
    client, siap, kepala, admin, values, field_message
):
    RiwayatJabatan.objects.filter(pk=kepala.pk).update(selesai=D(2025, 12, 31))
    before = (RiwayatJabatan.objects.count(), Pegawai.objects.count())
    response = client.post(_url(siap, "riwayat_jabatan_catat"), _isian(**values))
    page = response.content.decode()
    assert response.status_code == 400
    assert field_message in page
    assert "Masa jabatan belum dicatat; periksa isian di bawah." in page
    assert 'value="SK Sekjen 12/2026"' in page  # what was typed is still there
    assert (RiwayatJabatan.objects.count(), Pegawai.objects.count()) == before


def test_the_same_post_may_not_have_two_holders_on_one_day(client, siap, kepala, admin):
    data = _isian(jabatan="Kepala Subbagian Teknis", kepala="", mulai="2025-01-01")
    assert client.post(_url(siap, "riwayat_jabatan_catat"), data).status_code == 302
    other = _isian(
        jabatan="kepala subbagian  teknis",
        kepala="",
        nama="Dewi Lain",
        nip="198001012005012001",
        mulai="2025-06-01",
    )
    response = client.post(_url(siap, "riwayat_jabatan_catat"), other)
    assert response.status_code == 400
    assert (
        "bertumpang tindih dengan masa jabatan Budi Baru sebagai Kepala Subbagian Teknis "
        "(1 Januari 2025 – sekarang)"
    ) in response.content.decode()


def test_correcting_a_term_that_signed_a_pk_needs_a_reason(client, siap, kepala, admin):
    url = _url(siap, "riwayat_jabatan_ubah", kepala.pk)
    form = client.get(_url(siap) + f"?ubah={kepala.pk}").content.decode()
    assert 'value="Siti Kepala"' in form
    assert 'value="196501012000031001"' in form
    data = _isian(nama="Siti Kepala", nip="196501012000031001", mulai="2025-02-01")
    response = client.post(url, data)
    assert response.status_code == 400
    assert "sudah dipakai menandatangani Perjanjian Kinerja Tahun 2025 versi 1" in (
        response.content.decode()
    )
    kepala.refresh_from_db()
    assert kepala.mulai == D(2024, 1, 1)

    response = client.post(url, {**data, "alasan": "SK pengangkatan bertanggal 1 Februari 2025"})
    assert response.status_code == 302
    kepala.refresh_from_db()
    assert kepala.mulai == D(2025, 2, 1)
    audit = AuditLog.objects.filter(model="organisations.RiwayatJabatan").latest("pk")
    assert audit.before["mulai"] == "2024-01-01"
    assert audit.after["mulai"] == "2025-02-01"
    assert audit.reason.startswith(
        "Riwayat jabatan dikoreksi: SK pengangkatan bertanggal 1 Februari 2025"
    )
    assert "Perjanjian Kinerja Tahun 2025 versi 1" in audit.reason


def test_correcting_only_the_source_of_a_signing_term_needs_no_reason(client, siap, kepala, admin):
    data = _isian(
        nama="Siti Kepala",
        nip="196501012000031001",
        pangkat_golongan="Pembina / IV.a",
        mulai="2024-01-01",
        sumber="SK 1/2024",
    )
    response = client.post(_url(siap, "riwayat_jabatan_ubah", kepala.pk), data)
    assert response.status_code == 302
    kepala.refresh_from_db()
    assert kepala.sumber == "SK 1/2024"


def test_ending_a_term_before_a_document_it_signed_needs_a_reason(client, siap, kepala, admin):
    url = _url(siap, "riwayat_jabatan_akhiri", kepala.pk)
    response = client.post(url, {"selesai": "2025-01-15"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "sudah dipakai menandatangani Perjanjian Kinerja Tahun 2025 versi 1" in page
    assert 'value="2025-01-15"' in page
    kepala.refresh_from_db()
    assert kepala.selesai is None
    assert client.post(url, {"selesai": "2025-12-31"}).status_code == 302  # after the PK
    kepala.refresh_from_db()
    assert kepala.selesai == D(2025, 12, 31)


# --- Access ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "peran",
    [
        Membership.Peran.PIMPINAN,
        Membership.Peran.OPERATOR_UNIT,
        Membership.Peran.KASUBBAG,
        Membership.Peran.INSPEKTUR,
    ],
)
def test_a_reader_without_the_right_sees_the_history_but_no_buttons_and_cannot_write(
    client, siap, kepala, peran
):
    _login(client, siap, peran)
    page = client.get(_url(siap)).content.decode()
    assert "Siti Kepala" in page
    assert "Catat pemegang jabatan" not in page
    assert "Koreksi" not in page
    assert client.get(_url(siap) + f"?ubah={kepala.pk}").status_code == 403
    assert client.post(_url(siap, "riwayat_jabatan_catat"), _isian()).status_code == 403
    ubah = _url(siap, "riwayat_jabatan_ubah", kepala.pk)
    assert client.post(ubah, _isian(nama="Siti Kepala")).status_code == 403
    akhiri = _url(siap, "riwayat_jabatan_akhiri", kepala.pk)
    assert client.post(akhiri, {"selesai": "2026-12-31"}).status_code == 403
    kepala.refresh_from_db()
    assert (kepala.selesai, RiwayatJabatan.objects.filter(satker=siap).count()) == (None, 1)


def test_another_satkers_ids_are_not_found(client, siap, kepala, prabumulih, satker_admin):
    client.force_login(satker_admin)  # the admin of KPU Kota Prabumulih
    assert client.get(_url(siap)).status_code == 404
    assert client.post(_url(siap, "riwayat_jabatan_catat"), _isian()).status_code == 404
    # Siti Kepala's term through Prabumulih's own page: not found either.
    own = _url(prabumulih, "riwayat_jabatan_ubah", kepala.pk)
    assert client.post(own, _isian(nama="Siti Kepala")).status_code == 404
    own = _url(prabumulih, "riwayat_jabatan_akhiri", kepala.pk)
    assert client.post(own, {"selesai": "2026-12-31"}).status_code == 404
    assert client.get(_url(prabumulih) + f"?ubah={kepala.pk}").status_code == 404
    kepala.refresh_from_db()
    assert kepala.selesai is None


def test_an_anonymous_visitor_is_sent_to_log_in(client, siap, kepala):
    for response in (
        client.get(_url(siap)),
        client.post(_url(siap, "riwayat_jabatan_catat"), _isian()),
        client.post(_url(siap, "riwayat_jabatan_akhiri", kepala.pk), {"selesai": "2026-12-31"}),
    ):
        assert response.status_code == 302
        assert "/akun/" in response["Location"]
    assert RiwayatJabatan.objects.filter(satker=siap).count() == 1


def test_the_page_reads_in_a_fixed_number_of_queries(
    client, siap, kepala, admin, django_assert_max_num_queries
):
    for number in range(6):
        RiwayatJabatan.objects.create(
            satker=siap,
            pegawai=Pegawai.objects.create(satker=siap, nama=f"Kasubbag {number}", jenis="PNS"),
            jabatan=f"Kepala Subbagian {number % 3}",
            mulai=D(2020 + number, 1, 1),
            selesai=D(2020 + number, 12, 31),
        )
    client.get(_url(siap))  # warm the session and the user's grants
    with django_assert_max_num_queries(14):
        assert client.get(_url(siap)).status_code == 200


def test_the_superior_is_recorded_as_a_commissioner_without_nip_and_a_unit_head_by_unit(
    client, siap, kepala, admin
):
    ketua = Anggota.objects.create(satker=siap, nama="Dewi Ketua", is_ketua=True, jabatan="K")
    unit = Unit.objects.create(satker=siap, nama="Subbagian Umum", urutan=1)
    superior = _isian(
        jabatan="Ketua KPU", kepala="", atasan="on", nama="dewi  ketua", nip="", mulai="2024-01-01"
    )
    response = client.post(_url(siap, "riwayat_jabatan_catat"), superior)
    assert response.status_code == 302
    term = RiwayatJabatan.objects.get(satker=siap, atasan=True)
    assert (term.anggota, term.pegawai, term.nip) == (ketua, None, "")
    # Without a NIP the name must be a recorded commissioner; staff posts always need one.
    stranger = {**superior, "nama": "Orang Lain"}
    page = client.post(_url(siap, "riwayat_jabatan_catat"), stranger).content.decode()
    assert "harus anggota (komisioner) yang tercatat" in page
    page = client.post(_url(siap, "riwayat_jabatan_catat"), {**superior, "atasan": ""})
    assert "Tulis NIP pemegang jabatan" in page.content.decode()
    head = _isian(jabatan="Kasubbag Umum", kepala="", unit=str(unit.pk), mulai="2024-01-01")
    assert client.post(_url(siap, "riwayat_jabatan_catat"), head).status_code == 302
    assert RiwayatJabatan.objects.get(satker=siap, unit=unit).nama == "Budi Baru"
    # One holder per role at a time: a second head of the same unit overlapping is refused.
    twice = {**head, "jabatan": "Plt. Kasubbag Umum", "nip": "198601012010012001", "nama": "Ani"}
    page = client.post(_url(siap, "riwayat_jabatan_catat"), twice).content.decode()
    assert "Masa jabatan pimpinan Subbagian Umum ini bertumpang tindih" in page
    # A unit of another satker is not offered and not accepted.
    foreign = Unit.objects.create(satker=SatkerFactory(), nama="Unit Lain", urutan=1)
    response = client.post(
        _url(siap, "riwayat_jabatan_catat"),
        {**head, "unit": str(foreign.pk), "mulai": "2026-01-01"},
    )
    assert response.status_code == 400
    page = client.get(_url(siap)).content.decode()
    assert "atasan pimpinan satker" in page
    assert "pimpinan Subbagian Umum" in page
