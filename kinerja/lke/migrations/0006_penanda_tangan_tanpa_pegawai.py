import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """A restored LHE signer keeps the name, NIP and jabatan as printed without the
    inspectorate's staff record, which the restored satker-year does not carry."""

    dependencies = [
        ("lke", "0005_gabung_rekomendasi"),
    ]

    operations = [
        migrations.AlterField(
            model_name="penandatanganlhe",
            name="pemeriksa",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="organisations.pegawai",
                verbose_name="pegawai penanda tangan",
            ),
        ),
    ]
