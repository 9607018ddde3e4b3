"""Password pages: a user changes their own (Django's PasswordChangeView, through the service),
and a satker's admin sets a temporary one for a user of that satker."""

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from kinerja.accounts.access import (
    get_user_for_admin,
    satker_ids_managed_by,
    users_managed_by,
    wajib_kelola_pengguna,
)
from kinerja.accounts.forms import GantiSandiForm, SandiSementaraForm
from kinerja.accounts.models import Membership
from kinerja.accounts.services import ganti_sandi, tetapkan_sandi_sementara


class GantiSandiView(auth_views.PasswordChangeView):
    form_class = GantiSandiForm
    template_name = "accounts/sandi_ganti.html"
    success_url = reverse_lazy("front:home")

    def form_valid(self, form):
        user = ganti_sandi(actor=self.request.user, password=form.cleaned_data["new_password1"])
        # Changing the password ends the other sessions, not this one.
        update_session_auth_hash(self.request, user)
        messages.success(self.request, _("Kata sandi Anda sudah diganti."))
        return redirect(self.get_success_url())


@login_required
def pengguna_daftar(request):
    wajib_kelola_pengguna(request.user)
    # A superuser manages everyone: each user's memberships are shown whole. A satker's admin
    # sees the memberships in the satkers they administer, not what the user holds elsewhere.
    memberships = Membership.objects.select_related("satker", "unit")
    if not request.user.is_superuser:
        memberships = memberships.filter(satker_id__in=satker_ids_managed_by(request.user))
    users = users_managed_by(request.user).prefetch_related(
        Prefetch("memberships", queryset=memberships, to_attr="penugasan")
    )
    return render(request, "accounts/pengguna_daftar.html", {"pengguna": users})


@login_required
def pengguna_sandi(request, user_id):
    target = get_user_for_admin(request.user, user_id)
    form = SandiSementaraForm(target, request.POST or None)
    if request.method == "POST" and form.is_valid():
        tetapkan_sandi_sementara(
            target, actor=request.user, password=form.cleaned_data["new_password1"]
        )
        messages.success(
            request,
            _(
                "Kata sandi sementara %(nama)s sudah ditetapkan. Sampaikan kepadanya secara "
                "langsung; ia wajib menggantinya saat masuk."
            )
            % {"nama": target.get_full_name() or target.get_username()},
        )
        return redirect("accounts:pengguna_daftar")
    return render(request, "accounts/pengguna_sandi.html", {"form": form, "target": target})
