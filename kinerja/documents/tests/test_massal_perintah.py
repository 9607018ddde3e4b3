"""`kinerja laporan --semua --induk SLUG`: the year-end batch from the command line, in-process
without a broker: the files in the folder, progress on stderr, failures listed, exit 1."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from kinerja.core.models import AuditLog
from kinerja.documents import massal
from kinerja.documents.laporan_berkas import berkas_lkjip


def test_every_report_under_the_parent_lands_in_the_folder(nasional, tmp_path):
    out, err = StringIO(), StringIO()
    folder = tmp_path / "lkjip"
    call_command(
        "laporan", semua=True, induk=nasional[0].slug, tahun="2024", format="xlsx",
        output=str(folder), stdout=out, stderr=err,
    )  # fmt: skip
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        f"lkjip-{satker.slug}-2024.xlsx" for satker in nasional
    )
    assert "4 LKjIP 2024 ditulis" in out.getvalue()
    assert "0 gagal" in out.getvalue()
    assert "4/4 (0 gagal)" in err.getvalue()  # the progress, one line per report off a terminal
    assert AuditLog.objects.filter(
        model="documents.LaporanMassal", actor_label="perintah kinerja laporan --semua"
    ).exists()


def test_a_failed_report_is_listed_the_rest_written_and_the_exit_status_is_one(
    nasional, tmp_path, monkeypatch
):
    broken = nasional[1]

    def writer(satker, tahun, fmt):
        if satker.pk == broken.pk:
            raise RuntimeError("rusak")
        return berkas_lkjip(satker, tahun, fmt)

    monkeypatch.setattr(massal, "berkas_lkjip", writer)
    err = StringIO()
    folder = tmp_path / "lkjip"
    with pytest.raises(CommandError, match="1 LKjIP gagal ditulis") as raised:
        call_command(
            "laporan", semua=True, induk=nasional[0].slug, tahun="2024", format="xlsx",
            output=str(folder), stdout=StringIO(), stderr=err,
        )  # fmt: skip
    assert raised.value.returncode == 1
    assert f"GAGAL {broken.slug}: RuntimeError: rusak" in err.getvalue()
    assert len(list(folder.iterdir())) == 3


def test_semua_needs_a_parent_and_no_single_satker(nasional, tmp_path):
    with pytest.raises(CommandError, match="--induk"):
        call_command("laporan", semua=True, tahun="2024", output=str(tmp_path))
    with pytest.raises(CommandError, match="--semua --induk"):
        call_command("laporan", tahun="2024", format="docx", output=str(tmp_path / "x.docx"))
