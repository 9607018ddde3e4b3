"""What the report page shows of a year's LKjIP as a document: its date, place and number
(a form for whoever may write the narrative), its signed versions with their download links,
and the sign or revise form for whoever may sign."""

from kinerja.accounts.access import boleh
from kinerja.accounts.peran import Aksi
from kinerja.documents.forms import IdentitasLaporanForm, RevisiLaporanForm
from kinerja.documents.identitas_laporan import identitas_laporan
from kinerja.documents.laporan_tersimpan import daftar_draf, daftar_versi


def form_identitas(current, tahun: int) -> IdentitasLaporanForm:
    return IdentitasLaporanForm(
        initial={"tanggal": current.tanggal, "tempat": current.tempat, "nomor": current.nomor},
        prefix=f"identitas-{tahun}",
    )


def halaman_ttd(user, satker, tahun: int) -> dict:
    versions = daftar_versi(satker, tahun)
    current = identitas_laporan(satker, tahun)  # read once for the line and the form
    return {
        "identitas": current,
        "form_identitas": form_identitas(current, tahun)
        if boleh(user, Aksi.SUSUN_LAPORAN, satker)
        else None,
        "versi_ttd": versions,
        "draf": daftar_draf(satker, tahun),
        "boleh_ttd": boleh(user, Aksi.TANDA_TANGAN_LAPORAN, satker),
        "form_revisi": RevisiLaporanForm(auto_id=f"id_%s_{tahun}") if versions else None,
    }
