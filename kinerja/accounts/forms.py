from django import forms
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm, SetPasswordMixin
from django.utils.translation import gettext_lazy as _


class GantiSandiForm(PasswordChangeForm):
    """Django's form (old password checked, the validators of AUTH_PASSWORD_VALIDATORS run on
    the new one); the new password must also differ from the old, or a temporary password
    would simply be kept."""

    def clean(self):
        data = super().clean()
        old, new = data.get("old_password"), data.get("new_password1")
        if old and new and old == new:
            self.add_error(
                "new_password1",
                forms.ValidationError(_("Kata sandi baru harus berbeda dari kata sandi lama.")),
            )
        return data


class SandiSementaraForm(SetPasswordForm):
    """A temporary password for another user, checked by the same validators against that
    user's name."""

    new_password1, new_password2 = SetPasswordMixin.create_password_fields(
        label1=_("Kata sandi sementara"), label2=_("Ulangi kata sandi sementara")
    )
