"""State changes of an account: a password changed by its owner, a temporary password set by an
admin, a login lock opened, a lockout recorded. Each writes its own audit record; the records
say whether a password must be changed, never the password or its hash."""

import datetime
from typing import TYPE_CHECKING

from axes.utils import reset as reset_login_attempts
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kinerja.accounts.access import NAMA_AKSI, users_managed_by
from kinerja.accounts.models import User
from kinerja.accounts.peran import Aksi
from kinerja.core.audit import record_change
from kinerja.core.models import AuditLog

if TYPE_CHECKING:
    from kinerja.accounts.lockout import Kunci

# How the audit log names each lockout count (kinerja.accounts.lockout).
NAMA_KRITERIA = {
    ("username", "ip_address"): "akun ini dari satu alamat",
    ("username",): "akun ini dari semua alamat",
    ("ip_address",): "semua akun dari satu alamat",
}


def _set_password(user: User, password: str, *, wajib_ganti: bool, actor, reason: str) -> User:
    before = {"wajib_ganti_sandi": user.wajib_ganti_sandi}
    user.set_password(password)
    user.wajib_ganti_sandi = wajib_ganti
    user.save(update_fields=["password", "wajib_ganti_sandi"])
    record_change(
        actor=actor,
        instance=user,
        action=AuditLog.Action.UPDATE,
        before=before,
        after={"wajib_ganti_sandi": wajib_ganti},
        reason=reason,
    )
    return user


@transaction.atomic
def ganti_sandi(*, actor: User, password: str) -> User:
    """The user's own new password (already validated by the form, old password checked);
    a temporary password is no longer pending."""
    return _set_password(
        actor, password, wajib_ganti=False, actor=actor, reason="Kata sandi diganti pemiliknya"
    )


@transaction.atomic
def tetapkan_sandi_sementara(user: User, *, actor, password: str) -> User:
    """A temporary password an admin sets for a user of a satker they administer (no e-mail
    server is assumed: the admin hands it over). The user must change it at the next login;
    the login lock of that account, if any, is opened, since that is usually why it is asked."""
    if not users_managed_by(actor).filter(pk=user.pk).exists():
        raise PermissionDenied(
            _("Peran Anda tidak mengizinkan %(aksi)s.") % {"aksi": NAMA_AKSI[Aksi.KELOLA_PENGGUNA]}
        )
    user = User.objects.select_for_update().get(pk=user.pk)
    _set_password(
        user,
        password,
        wajib_ganti=True,
        actor=actor,
        reason="Kata sandi sementara ditetapkan admin; wajib diganti saat masuk",
    )
    reset_login_attempts(username=user.get_username())
    return user


@transaction.atomic
def buka_kunci_masuk(user: User, *, actor) -> int:
    """Open the login lock of an account before its cool-off ends (the count per address,
    which may hold other accounts' failures, waits for its cool-off). Returns the number of
    failure records removed."""
    if not users_managed_by(actor).filter(pk=user.pk).exists():
        raise PermissionDenied(
            _("Peran Anda tidak mengizinkan %(aksi)s.") % {"aksi": NAMA_AKSI[Aksi.KELOLA_PENGGUNA]}
        )
    removed = reset_login_attempts(username=user.get_username())
    record_change(
        actor=actor,
        instance=user,
        action=AuditLog.Action.UPDATE,
        before=None,
        after={"percobaan_gagal_dihapus": removed},
        reason="Kunci masuk dibuka",
    )
    return removed


def catat_penguncian(*, username: str, ip_address: str, locks: "list[Kunci]") -> AuditLog:
    """The audit record of a lockout, written when the failure that locks it happens (by the
    axes handler, kinerja.accounts.lockout). The account is named as typed: it may not exist."""
    user = User.objects.filter(username=username).first() if username else None
    sampai = max((kunci.sampai for kunci in locks), default=None)
    alasan = "; ".join(
        f"{kunci.gagal} kali gagal untuk {NAMA_KRITERIA.get(kunci.kriteria, kunci.kriteria)}"
        for kunci in locks
    )
    return AuditLog.objects.create(
        actor=None,
        actor_label="sistem",
        action=AuditLog.Action.UPDATE,
        model=User._meta.label,
        object_id=str(user.pk) if user else "",
        object_repr=(username or "(tanpa nama pengguna)")[:300],
        before=None,
        after={
            "alamat_ip": ip_address,
            "terkunci_sampai": _iso(sampai),
        },
        reason=f"Masuk dikunci dari {ip_address}: {alasan}"[:300],
    )


def _iso(moment: datetime.datetime | None) -> str | None:
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None
