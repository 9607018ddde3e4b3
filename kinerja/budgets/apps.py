from django.apps import AppConfig


class BudgetsConfig(AppConfig):
    name = "kinerja.budgets"
    verbose_name = "Anggaran"
