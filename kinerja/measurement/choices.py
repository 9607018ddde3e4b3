from django.db import models


class StatusRealisasi(models.TextChoices):
    DILAPORKAN = "dilaporkan", "Dilaporkan"
    BELUM_DILAPORKAN = "belum_dilaporkan", "Belum dilaporkan"
    TIDAK_DILAKSANAKAN = "tidak_dilaksanakan", "Tidak dilaksanakan / di luar kewenangan"
