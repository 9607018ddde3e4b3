"""The one gate to a kept report: its uploader's, and nobody else's — neither role nor satker
grant opens it, and another user's report is "not found" like a missing one."""

from django.utils.translation import gettext as _

from kinerja.core.http import TidakDitemukan
from kinerja.periksa.models import PeriksaTersimpan


def get_periksa_for_user(user, pk: int) -> PeriksaTersimpan:
    found = PeriksaTersimpan.objects.filter(pk=pk, pemilik_id=user.pk).first()
    if found is None:
        raise TidakDitemukan(_("Laporan yang diperiksa tidak ditemukan."))
    return found


def periksa_milik(user):
    return PeriksaTersimpan.objects.filter(pemilik_id=user.pk).defer("hasil")
