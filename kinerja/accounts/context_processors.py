from kinerja.accounts.access import satker_ids_managed_by


def menu(request) -> dict:
    """Whether the user menu offers the users page; read only when a page shows the menu (the
    grants are read once per request and most pages read them anyway)."""

    def kelola_pengguna() -> bool:
        user = request.user
        return user.is_authenticated and (user.is_superuser or bool(satker_ids_managed_by(user)))

    return {"kelola_pengguna": kelola_pengguna}
