from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_user_wajib_ganti_sandi"),
    ]

    operations = [
        migrations.AlterField(
            model_name="membership",
            name="peran",
            field=models.CharField(
                choices=[
                    ("admin_satker", "Admin satker"),
                    ("operator_unit", "Operator unit"),
                    ("kasubbag", "Kasubbag (penyetuju)"),
                    ("pimpinan", "Sekretaris/pimpinan (baca, tanda tangan PK)"),
                    ("inspektur", "Inspektur/APIP (baca dan catatan reviu)"),
                    ("reviewer_lke", "Reviewer LKE (jawaban reviu evaluasi AKIP)"),
                ],
                max_length=20,
                verbose_name="peran",
            ),
        ),
    ]
