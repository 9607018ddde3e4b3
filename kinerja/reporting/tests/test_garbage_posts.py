"""No crash page on any input: every form of the workplace, posted with generated garbage by the
people allowed to use it, answers with a page (a refusal is a 4xx with the form and its message)
and a refusal writes nothing."""

from html.parser import HTMLParser

import pytest
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kinerja.agreements.models import PerjanjianKinerja
from kinerja.exporting.tests.support import database_fingerprint
from kinerja.measurement.models import HambatanUpaya
from kinerja.planning.models import BarisRKT
from kinerja.reporting.tests.conftest import PIHAK, TAHUN, TAHUN_PK

pytestmark = pytest.mark.django_db


class _Forms(HTMLParser):
    """The POST forms of a page: their action and fields with the values the page fills in."""

    def __init__(self):
        super().__init__()
        self.forms: list[tuple[str, dict[str, list[str]]]] = []
        self._fields: dict[str, list[str]] | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self.options: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "option":
            self._option(attributes)
        elif tag == "form" and (attributes.get("method") or "").lower() == "post":
            self._fields = {}
            self.forms.append((attributes.get("action") or "", self._fields))
        elif self._fields is None or not attributes.get("name"):
            return
        elif tag == "input" and attributes.get("type") not in ("file", "submit", "button"):
            checkable = attributes.get("type") in ("checkbox", "radio")
            values = self._fields.setdefault(attributes["name"], [])
            if not checkable or "checked" in attributes:
                values.append(attributes.get("value") or "")
        elif tag == "select":
            self._select = attributes["name"]
            self._fields.setdefault(self._select, [])
        elif tag == "button":
            self._fields.setdefault(attributes["name"], []).append(attributes.get("value") or "")
        elif tag == "textarea":
            self._textarea = attributes["name"]
            self._fields.setdefault(self._textarea, []).append("")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def _option(self, attributes):
        if self._fields is not None and self._select:
            value = attributes.get("value") or ""
            self.options.setdefault(self._select, []).append(value)
            if "selected" in attributes:
                self._fields[self._select] = [value]

    def handle_data(self, data):
        if self._fields is not None and self._textarea:
            self._fields[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._fields = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


ANEH = [
    "NaN", "Infinity", "-Infinity", "1e999", "-1", "-0", "-0,0", "0", "94,74", "94.74",
    "1.748.912.000", "Rp 1.748.912.000", "95%", "1,2,3", "9" * 40, "0," + "9" * 30, "", " ",
    "\x00", "a\x00b", "١٢٣", "²", "2024", "99999", "-2024", "2024-02-30", "30 Februari 2024",
    "<script>alert(1)</script>", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "x" * 5000, "tw1", "b01", "tahunan", "simpan",
    "hapus", "ajukan", "setujui", "kembalikan", "tandatangani", "dilaporkan",
]  # fmt: skip
SAMPAH = st.one_of(st.sampled_from(ANEH), st.text(max_size=20), st.integers().map(str))


# The measurement's cache is kept up to date by reading a page, refused or not.
CACHE = {"measurement.RingkasanPengukuran", "measurement.VersiDataSatker"}


def _data() -> dict:
    return {label: rows for label, rows in database_fingerprint().items() if label not in CACHE}


LEWATI = ("/bahasa/", "/akun/")  # the language switch and logging out take no data


def _forms_of(client, page: str) -> list[tuple[str, dict, dict]]:
    """(where it posts, its fields with the page's values, the options of its selects)."""
    parser = _Forms()
    response = client.get(page)
    assert response.status_code == 200, page
    parser.feed(response.content.decode())
    path, _, query = page.partition("?")
    found = []
    for action, fields in parser.forms:
        if action.startswith(LEWATI):
            continue
        target = action.split("#")[0] or page
        if target.startswith("?"):
            target = path + target
        found.append((target, fields, parser.options))
    return found


@pytest.fixture
def formulir(client, dunia, kantor):
    """Every POST form of the workplace's pages as (person, url, fields, options): the
    realisation grid, budget, indicator and target, RKT, Renstra, hambatan and PK forms."""
    from kinerja.planning import renstra as planning_renstra

    renstra = planning_renstra.simpan_renstra(
        actor=dunia.admin,
        satker=dunia.satker,
        renstra=None,
        data={"tahun_awal": 2020, "tahun_akhir": 2024, "visi": "Visi uji"},
    )
    hambatan = HambatanUpaya.objects.create(
        satker=dunia.satker, tahun=TAHUN, nomor=1, hambatan="Hujan", upaya="Tenda"
    )
    client.force_login(kantor["admin"])
    sources = [str(row.pk) for row in BarisRKT.objects.filter(rkt__satker=kantor["satker"])]
    client.post(
        reverse("reporting:pk_baru", args=[kantor["satker"].slug]) + f"?tahun={TAHUN_PK}",
        {**PIHAK, "sumber": sources},
    )
    draft = PerjanjianKinerja.objects.get(satker=kantor["satker"], unit=None)

    def url(satker, name, *args, tahun=TAHUN):
        return reverse(f"reporting:{name}", args=[satker.slug, *args]) + f"?tahun={tahun}"

    satker = dunia.satker
    pages = [
        (dunia.operator, url(satker, "isian", dunia.unit.pk, "tw1")),
        (dunia.admin, url(satker, "rekap")),
        (dunia.admin, url(satker, "hambatan_baru")),
        (dunia.admin, url(satker, "hambatan_ubah", hambatan.pk)),
        (dunia.admin, url(satker, "anggaran")),
        (dunia.admin, url(satker, "perencanaan")),
        (dunia.admin, url(satker, "indikator_baru")),
        (dunia.admin, url(satker, "indikator_ubah", dunia.a.pk)),
        (dunia.admin, url(satker, "renstra_baru")),
        (dunia.admin, url(satker, "renstra_detail", renstra.pk)),
        (kantor["admin"], url(kantor["satker"], "perencanaan", tahun=TAHUN_PK)),
        (kantor["admin"], url(kantor["satker"], "pk_baru", tahun=TAHUN_PK)),
        (kantor["admin"], url(kantor["satker"], "pk_detail", draft.pk, tahun=TAHUN_PK)),
    ]
    found = []
    for person, page in pages:
        client.force_login(person)
        found += [(person, *form) for form in _forms_of(client, page)]
    return found


def _isi(data, fields: dict, options: dict) -> dict[str, list[str]]:
    """The form's fields, each kept, set to one of its options, to garbage, or left out."""
    posted = {}
    for name, values in fields.items():
        how = data.draw(st.sampled_from(["tetap", "pilihan", "sampah", "buang"]), label=name)
        if how == "tetap":
            posted[name] = values
        elif how == "pilihan" and options.get(name):
            posted[name] = [data.draw(st.sampled_from(options[name]), label=name)]
        elif how != "buang":
            posted[name] = data.draw(st.lists(SAMPAH, min_size=1, max_size=2), label=name)
    extra = data.draw(st.dictionaries(st.text(max_size=8), SAMPAH, max_size=2), label="tambahan")
    return {**{key: [value] for key, value in extra.items()}, **posted}


@settings(
    max_examples=300,
    deadline=None,
    # Shrinking replays posts for minutes; the failing form prints as drawn.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_garbage_posted_to_any_form_gets_a_page_and_a_refusal_writes_nothing(
    client, formulir, data
):
    person, target, fields, options = data.draw(st.sampled_from(formulir), label="formulir")
    posted = _isi(data, fields, options)
    client.force_login(person)
    before = _data()
    with transaction.atomic():
        response = client.post(target, posted)
        written = {label for label, rows in _data().items() if rows != before[label]}
        transaction.set_rollback(True)
    assert response.status_code < 500
    if "/realisasi/" in target and posted.get("aksi", [""])[-1] == "ajukan":
        # Submitting saves the draft first; a refused submission keeps it (test_flow.py).
        written -= {"reporting.LaporanRealisasi", "reporting.IsianRealisasi", "core.AuditLog"}
    if response.status_code >= 400:
        assert not written, f"a refused form wrote {written}: {target} {posted}"
