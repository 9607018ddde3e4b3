"""`kinerja demo-nasional [--ukuran N] [--seed S]`: the synthetic national dataset beside the
Prabumulih demo (kinerja.demo.nasional, the generator the national benchmark uses), so that
the hierarchy's pages and the year-end batch can be seen and measured."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kinerja.demo.nasional import PREFIX, SUMBER, Ukuran, bangun
from kinerja.organisations.models import Satker


class Command(BaseCommand):
    help = (
        "Membangun data nasional SINTETIS (bukan data nyata): KPU RI, 38 provinsi, 514 kab/kota "
        "dengan indikator, realisasi triwulan dan anggaran, di samping data demo Prabumulih."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--ukuran", type=int, default=553, help="jumlah satker (bawaan 553: 1 + 38 + 514)"
        )
        parser.add_argument("--seed", type=int, default=2024, help="benih acak (bawaan 2024)")
        parser.add_argument("--paksa", action="store_true", help="bangun juga di luar mode demo")

    def handle(self, *args, ukuran, seed, paksa, **options):
        # Synthetic figures beside real ones must never reach a production server by accident.
        if not (settings.KINERJA_DEMO or settings.DEBUG or paksa):
            raise CommandError(
                "Data nasional sintetis hanya dibangun dalam mode demo (KINERJA_DEMO=1); "
                "tambahkan --paksa untuk tetap membangunnya di sini."
            )
        if ukuran < 2:
            raise CommandError("--ukuran minimal 2 (KPU RI dan satu satker di bawahnya).")
        existing = Satker.objects.filter(slug__startswith=PREFIX).count()
        if existing:
            # The generator only adds rows (and its kegiatan codes are unique): it cannot bring
            # an existing set up to date, so a second run refuses and says what is there.
            raise CommandError(
                f"Data nasional sintetis sudah ada ({existing} satker, slug berawalan "
                f"{PREFIX!r}); tidak dibangun ulang."
            )
        start = time.monotonic()
        with transaction.atomic():
            satkers = bangun(Ukuran(satker=ukuran), seed=seed)
        size = Ukuran(satker=ukuran)
        self.stdout.write(
            self.style.SUCCESS(
                f"Data nasional sintetis dibangun dalam {time.monotonic() - start:.0f} detik: "
                f"{len(satkers)} satker (1 pusat, {size.provinsi} provinsi, "
                f"{size.kabupaten_kota} kab/kota), sumber “{SUMBER}”."
            )
        )
        self.stdout.write(f"Satker induk: {satkers[0].slug} ({satkers[0].nama}).")
