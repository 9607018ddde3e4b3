"""The seed read from its file against the reviu of the demo data the loader typed in by hand
(issue #12 §3): every rule of the demo reviu that the document review runs finds, on the file,
at least as much; the differences are the ones documented in docs/periksa.md."""

from collections import Counter

import pytest

from kinerja.evaluation.reviu.rules import jalankan
from kinerja.evaluation.selectors import fakta_reviu
from kinerja.periksa.aturan import ATURAN_DOKUMEN, DARI_KATALOG, periksa_laporan
from kinerja.periksa.baca import baca_berkas
from kinerja.periksa.susun import susun
from kinerja.periksa.tests.test_seed import SEED

pytestmark = pytest.mark.django_db

# Found by the demo reviu and not, or less often, on the file; each for a reason the file
# cannot give (docs/periksa.md).
KURANG = {
    # 3355-5 measured by the demo against the PK's 100; BAB III.A prints 95 beside it and its
    # 100% is right from its own figures (target-pk-beda-terukur reports the 95).
    "capaian-tercatat-salah": 1,
    # BAB III.B's 6872 row splits "Persentase sosialisasi dan" over a page break: its name
    # is not the measured indicator's, so its printed target and realisation are not compared.
    "angka-tercatat-beda-data": 2,
    # The staff tables print no NIP: nama-pihak-mirip reports Medial/Meidial by the name.
    "nip-nama-beda": 1,
}
# Run on documents in a form of their own (kinerja/periksa/aturan.py, ATURAN_DOKUMEN).
DIJALANKAN = set(DARI_KATALOG) | {rule.id for rule in ATURAN_DOKUMEN}


def test_the_file_finds_what_the_demo_reviu_finds(prabumulih):
    demo = Counter(finding.aturan for finding in jalankan(fakta_reviu(prabumulih, 2024)))
    _, findings = periksa_laporan(susun(baca_berkas(SEED)))
    document = Counter(finding.aturan for finding in findings)
    for rule, count in demo.items():
        assert rule in DIJALANKAN, rule
        assert document[rule] >= count - KURANG.get(rule, 0), (rule, document[rule], count)
    assert {"nama-pihak-mirip", "unit-nama-beda"} <= set(document)
    # Both units named differently are paired with their organisation name, so neither is
    # reported as missing from it.
    assert "unit-pk-tak-tercantum" not in document
