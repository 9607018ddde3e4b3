from django.core.management.base import BaseCommand

from kinerja.demo.data.organisasi import SATKER
from kinerja.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo
from kinerja.organisations.models import Satker


class Command(BaseCommand):
    help = (
        "Memuat data demo SAKIP 2024 Sekretariat KPU Kota Prabumulih. "
        "Aman dijalankan berulang: data yang sudah sama tidak diubah."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--jika-belum-ada",
            action="store_true",
            help="Lewati bila satker demo sudah ada (dipakai `make run`).",
        )

    def handle(self, *args, jika_belum_ada=False, **options):
        if jika_belum_ada and Satker.objects.filter(slug=SATKER["slug"]).exists():
            self.stdout.write("Data demo sudah ada; tidak dimuat ulang.")
        else:
            changes = load_demo()
            if changes:
                for name, count in sorted(changes.items()):
                    self.stdout.write(f"  {name}: {count} baris ditambah/diubah")
                self.stdout.write(self.style.SUCCESS("Data demo dimuat."))
            else:
                self.stdout.write(
                    self.style.SUCCESS("Data demo sudah mutakhir; tidak ada perubahan.")
                )
        self.stdout.write(f"Akun demo (kata sandi: {DEMO_PASSWORD}):")
        for username, description in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<12} {description}")
