"""The only tenant gate: satker rows reach views through these helpers, and every action is
checked here against the user's roles (the rules: kinerja.accounts.peran).

Reading: a grant on a satker covers every satker below it in the tree. "Missing" and "not
yours" both give 404, so ids of other satkers and units reveal nothing; a record the user may
read but whose action their role does not allow gives 403.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kinerja.accounts.models import User
from kinerja.accounts.peran import Aksi, Hibah, Peran
from kinerja.accounts.peran import boleh as _boleh
from kinerja.core.http import TidakDitemukan
from kinerja.organisations.models import Satker, Unit
from kinerja.organisations.pohon import jalur_ke_akar

NAMA_AKSI = {
    Aksi.BACA: gettext_lazy("membaca data ini"),
    Aksi.ISI_REALISASI: gettext_lazy("mengisi realisasi"),
    Aksi.SETUJUI_REALISASI: gettext_lazy("menyetujui atau mengembalikan realisasi"),
    Aksi.SUSUN_PK: gettext_lazy("menyusun Perjanjian Kinerja"),
    Aksi.TANDA_TANGAN_PK: gettext_lazy("menandatangani Perjanjian Kinerja"),
    Aksi.KELOLA_PERENCANAAN: gettext_lazy("mengubah perencanaan"),
    Aksi.KELOLA_ANGGARAN: gettext_lazy("mengubah anggaran"),
    Aksi.KELOLA_HAMBATAN: gettext_lazy("mencatat hambatan dan upaya"),
    Aksi.CATAT_REVIU: gettext_lazy("mencatat hasil reviu"),
    Aksi.TANGGAPI_REVIU: gettext_lazy("menanggapi catatan reviu"),
    Aksi.SUSUN_LAPORAN: gettext_lazy("menyusun naskah laporan kinerja"),
    Aksi.TANDA_TANGAN_LAPORAN: gettext_lazy("menandatangani laporan kinerja"),
    Aksi.KELOLA_JABATAN: gettext_lazy("mengubah riwayat jabatan"),
    Aksi.KELOLA_PENGGUNA: gettext_lazy("mengelola pengguna satker"),
    Aksi.ISI_LKE_MANDIRI: gettext_lazy("mengisi penilaian mandiri LKE"),
    Aksi.EVALUASI_LKE: gettext_lazy("mengevaluasi LKE"),
    Aksi.REVIU_LKE: gettext_lazy("menulis jawaban reviu LKE"),
    Aksi.KELOLA_LEMBAR_LKE: gettext_lazy("mengelola lembar kerja evaluasi"),
}


def hibah(user) -> list[Hibah]:
    """The user's grants, read once per request (kept on the user object)."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_kinerja_hibah", None)
    if cached is None:
        cached = [
            Hibah(satker_id, unit_id, Peran(peran))
            for satker_id, unit_id, peran in user.memberships.values_list(
                "satker_id", "unit_id", "peran"
            )
        ]
        user._kinerja_hibah = cached
    return cached


def satkers_visible_to(user) -> QuerySet[Satker]:
    if not user.is_authenticated:
        return Satker.objects.none()
    if user.is_superuser:
        return Satker.objects.all()
    granted = {grant.satker_id for grant in hibah(user)}
    if not granted:
        return Satker.objects.none()
    visible_ids = {
        node.pk
        for root in Satker.objects.filter(pk__in=granted)
        for node in root.descendants(include_self=True)
    }
    return Satker.objects.filter(pk__in=visible_ids)


def jalur(satker: Satker) -> list[int]:
    """The satker, then its parent, up to the root; read once per satker object (a page asks
    for several actions and units of the same satker)."""
    cached = getattr(satker, "_kinerja_jalur", None)
    if cached is None:
        cached = jalur_ke_akar(satker.pk)
        satker._kinerja_jalur = cached
    return cached


def hak_pada(user, satker: Satker) -> tuple:
    """Everything that decides what the user may do on this satker and its units: the grants
    on its path to the root (a grant elsewhere reaches nothing here). Two users with the same
    see the same page of it."""
    if user.is_superuser:
        return ("superuser",)
    path = set(jalur(satker))
    return tuple(
        sorted(
            (grant.satker_id, grant.unit_id or 0, str(grant.peran))
            for grant in hibah(user)
            if grant.satker_id in path
        )
    )


def boleh(user, aksi: Aksi, satker: Satker, unit: Unit | None = None) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return _boleh(hibah(user), aksi, jalur(satker), unit.pk if unit else None)


def get_satker_for_user(user, slug: str, aksi: Aksi = Aksi.BACA) -> Satker:
    # Read up the satker's path, not down the user's trees: a KPU RI grant covers 553 satkers,
    # and listing them all on every page view cost more than the page itself.
    # Any grant on the path reads, as satkers_visible_to has it.
    satker = Satker.objects.filter(slug=slug).first() if user.is_authenticated else None
    if satker is None or not (
        user.is_superuser or any(grant.satker_id in jalur(satker) for grant in hibah(user))
    ):
        raise TidakDitemukan(_("Satuan kerja tidak ditemukan."))
    if aksi is not Aksi.BACA:  # a visible satker is one the user may read
        wajib_boleh(user, aksi, satker)
    return satker


def get_unit_for_user(user, satker: Satker, unit_id, aksi: Aksi) -> Unit:
    """A unit of a satker the user may read; another satker's unit is not found."""
    unit = (
        Unit.objects.filter(satker=satker, pk=unit_id).first()
        if str(unit_id).isascii() and str(unit_id).isdigit()
        else None
    )
    if unit is None:
        raise TidakDitemukan(_("Unit kerja tidak ditemukan."))
    wajib_boleh(user, aksi, satker, unit)
    return unit


def wajib_boleh(user, aksi: Aksi, satker: Satker, unit: Unit | None = None) -> None:
    if boleh(user, aksi, satker, unit):
        return
    if not boleh(user, Aksi.BACA, satker):
        raise TidakDitemukan(_("Satuan kerja tidak ditemukan."))
    if unit:
        raise PermissionDenied(
            _("Peran Anda tidak mengizinkan %(aksi)s pada %(unit)s.")
            % {"aksi": NAMA_AKSI[aksi], "unit": unit.nama}
        )
    raise PermissionDenied(_("Peran Anda tidak mengizinkan %(aksi)s.") % {"aksi": NAMA_AKSI[aksi]})


def boleh_kelola_lembar_lke(user) -> bool:
    """Worksheets serve every satker: they are kept by a superuser or by whoever holds
    KELOLA_LEMBAR_LKE on a root satker (KPU RI's inspectorate)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    granted = {grant.satker_id for grant in hibah(user)}
    roots = Satker.objects.filter(pk__in=granted, parent__isnull=True)
    return any(boleh(user, Aksi.KELOLA_LEMBAR_LKE, root) for root in roots)


def satker_ids_managed_by(user) -> set[int]:
    """The satkers whose users `user` administers (sets temporary passwords for)."""
    grants = hibah(user)
    return {
        grant.satker_id
        for grant in grants
        if _boleh(grants, Aksi.KELOLA_PENGGUNA, [grant.satker_id])
    }


def users_managed_by(user) -> QuerySet[User]:
    """The users whose password `user` may reset: members of a satker they administer, never
    themselves (they change their own), and a superuser only for a superuser."""
    if not user.is_authenticated or not user.is_active:
        return User.objects.none()
    if user.is_superuser:
        return User.objects.exclude(pk=user.pk)
    return (
        User.objects.filter(
            memberships__satker_id__in=satker_ids_managed_by(user), is_superuser=False
        )
        .exclude(pk=user.pk)
        .distinct()
    )


def wajib_kelola_pengguna(user) -> None:
    """403 for a user who administers no satker's users (their role, not the record)."""
    if not (user.is_superuser or satker_ids_managed_by(user)):
        raise PermissionDenied(
            _("Peran Anda tidak mengizinkan %(aksi)s.") % {"aksi": NAMA_AKSI[Aksi.KELOLA_PENGGUNA]}
        )


def get_user_for_admin(user, user_id) -> User:
    """A user `user` administers; anyone else (another satker's, a superuser) is not found."""
    wajib_kelola_pengguna(user)
    target = users_managed_by(user).filter(pk=user_id).first() if str(user_id).isdigit() else None
    if target is None:
        raise TidakDitemukan(_("Pengguna tidak ditemukan."))
    return target
