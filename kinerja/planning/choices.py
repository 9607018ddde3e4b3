from django.db import models


class Polaritas(models.TextChoices):
    NAIK = "naik", "Semakin tinggi semakin baik"
    TURUN = "turun", "Semakin rendah semakin baik"
    RENTANG = "rentang", "Target rentang"
    STABIL = "stabil", "Stabil (pita toleransi)"
    BINER = "biner", "Biner (ya/tidak)"
