"""Seeds the preset predicate scales. A frozen copy of kinerja.measurement.scales.PRESETS as
of this migration (a test checks that they still agree); reversible."""

from decimal import Decimal

from django.db import migrations

# (kode, nama, sumber, teratas_terbuka, [(predikat, keterangan, bawah, bawah_incl, atas, atas_incl)])
PRESETS = [
    ("lan-4-pita", 'Skala 4 pita "LAN" (sebagaimana lazim dikutip)',
     "Lazim dikutip dalam LKjIP; tidak ditemukan dalam naskah peraturan. "
     "> 85; 70–85; 55–70 (70 tidak termasuk); < 55", True, [
         ("Sangat Berhasil", "Sangat Berhasil", "85", False, None, False),
         ("Berhasil", "Berhasil", "70", True, "85", True),
         ("Cukup Berhasil", "Cukup Berhasil", "55", True, "70", False),
         ("Tidak Berhasil", "Tidak Berhasil", None, False, "55", False),
     ]),
    ("permenpanrb-88-2021", "PermenPANRB 88/2021 (predikat evaluasi AKIP)",
     "PermenPANRB 88/2021; batas bawah tidak termasuk (90,00 = A, 90,01 = AA)", False, [
         ("AA", "Sangat Memuaskan", "90", False, "100", True),
         ("A", "Memuaskan", "80", False, "90", True),
         ("BB", "Sangat Baik", "70", False, "80", True),
         ("B", "Baik", "60", False, "70", True),
         ("CC", "Cukup (Memadai)", "50", False, "60", True),
         ("C", "Kurang", "30", False, "50", True),
         ("D", "Sangat Kurang", "0", True, "30", True),
     ]),
    ("permendagri-5-pita", "Skala 5 pita gaya Permendagri 86/2017",
     "Permendagri 86/2017 (evaluasi Renja); ambang setengah terbuka ≥ 91, ≥ 76, ≥ 66, ≥ 51",
     True, [
         ("Sangat Tinggi", "Sangat Tinggi", "91", True, None, False),
         ("Tinggi", "Tinggi", "76", True, "91", False),
         ("Sedang", "Sedang", "66", True, "76", False),
         ("Rendah", "Rendah", "51", True, "66", False),
         ("Sangat Rendah", "Sangat Rendah", None, False, "51", False),
     ]),
    ("lakip-6-pita", "Skala LAKIP lama 6 pita",
     "Skala evaluasi AKIP sebelum 2015, masih dipakai sebagian LKjIP untuk capaian", True, [
         ("Memuaskan", "Memuaskan", "85", False, "100", True),
         ("Sangat Baik", "Sangat Baik", "75", False, "85", True),
         ("Baik", "Baik", "65", False, "75", True),
         ("Cukup Baik", "Cukup Baik", "50", False, "65", True),
         ("Agak Kurang", "Agak Kurang", "30", False, "50", True),
         ("Kurang", "Kurang", "0", True, "30", True),
     ]),
]


def _decimal(text):
    return None if text is None else Decimal(text)


def seed(apps, schema_editor):
    skala_model = apps.get_model("measurement", "SkalaPredikat")
    pita_model = apps.get_model("measurement", "PitaPredikat")
    for kode, nama, sumber, terbuka, bands in PRESETS:
        skala, _ = skala_model.objects.update_or_create(
            kode=kode, defaults={"nama": nama, "sumber": sumber, "teratas_terbuka": terbuka}
        )
        for urutan, (predikat, keterangan, bawah, bawah_incl, atas, atas_incl) in enumerate(
            bands, start=1
        ):
            pita_model.objects.update_or_create(
                skala=skala, urutan=urutan,
                defaults={"predikat": predikat, "keterangan": keterangan,
                          "bawah": _decimal(bawah), "bawah_inklusif": bawah_incl,
                          "atas": _decimal(atas), "atas_inklusif": atas_incl},
            )


def unseed(apps, schema_editor):
    apps.get_model("measurement", "SkalaPredikat").objects.filter(
        kode__in=[preset[0] for preset in PRESETS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("measurement", "0002_skala_dan_pengaturan")]

    operations = [migrations.RunPython(seed, unseed)]
