"""The only tenant gate: satker rows reach views through these helpers.

A grant on a satker covers every satker below it in the tree. "Missing" and "not yours"
both give 404, so ids of other satkers reveal nothing.
"""

from django.db.models import QuerySet

from kinerja.core.http import TidakDitemukan
from kinerja.organisations.models import Satker


def satkers_visible_to(user) -> QuerySet[Satker]:
    if not user.is_authenticated:
        return Satker.objects.none()
    if user.is_superuser:
        return Satker.objects.all()
    granted = list(user.memberships.values_list("satker_id", flat=True))
    if not granted:
        return Satker.objects.none()
    visible_ids = {
        node.pk
        for root in Satker.objects.filter(pk__in=granted)
        for node in root.descendants(include_self=True)
    }
    return Satker.objects.filter(pk__in=visible_ids)


def get_satker_for_user(user, slug: str) -> Satker:
    satker = satkers_visible_to(user).filter(slug=slug).first()
    if satker is None:
        raise TidakDitemukan("Satuan kerja tidak ditemukan.")
    return satker
