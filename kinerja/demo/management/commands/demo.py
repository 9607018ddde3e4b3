from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

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
        parser.add_argument(
            "--paksa",
            action="store_true",
            help="Muat juga di luar mode demo (mis. server pelatihan), dengan akun demonya.",
        )

    def handle(self, *args, jika_belum_ada=False, paksa=False, **options):
        # The demo's accounts, a superuser among them, share one published password: on a
        # production server they would be an open door.
        if not (settings.KINERJA_DEMO or settings.DEBUG or paksa):
            raise CommandError(
                f"Data demo membuat akun dengan kata sandi umum '{DEMO_PASSWORD}', termasuk "
                "superuser 'admin', sehingga hanya dimuat dalam mode demo (KINERJA_DEMO=1, "
                "seperti `make run`). Untuk tetap memuatnya di sini, tambahkan --paksa."
            )
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
        if not (settings.KINERJA_DEMO or settings.DEBUG):
            self.stderr.write(
                self.style.WARNING(
                    "Di luar mode demo: ganti kata sandi akun-akun ini atau nonaktifkan sebelum "
                    "server dipakai orang lain."
                )
            )
