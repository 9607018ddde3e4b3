from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kinerja.documents.choices import BagianNaskah, StatusLaporanMassal
from kinerja.organisations.models import Satker


class NaskahLaporan(models.Model):
    """One saved version of a narrative section of a satker-year's LKjIP (kata pengantar,
    BAB I …). Every save adds a version: the latest is in force, older ones stay readable and
    can be restored (as a new version). `sidik_bawaan` is the fingerprint of the default text
    generated from the data when the user wrote: a different default today means the data
    under the section changed since.

    A section written once per sasaran (ANALISIS_SASARAN) names its sasaran in `kunci`
    ("sasaran-12": the Renstra sasaran's id; "kegiatan-3355": a kegiatan's code, for indicators
    tied to no Renstra sasaran); the other sections leave it empty. `label_kunci` is how the
    sasaran was named when written, so an edit whose sasaran no longer appears in the year is
    still recognisable (it is kept, never deleted)."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="naskah_laporan")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    bagian = models.CharField(_("bagian"), max_length=30, choices=BagianNaskah.choices)
    kunci = models.CharField(_("kunci sasaran"), max_length=60, blank=True, default="")
    label_kunci = models.CharField(_("nama sasaran saat ditulis"), max_length=500, blank=True)
    versi = models.PositiveIntegerField(_("versi"))
    teks = models.TextField(_("teks"))
    sidik_bawaan = models.CharField(_("sidik teks bawaan"), max_length=64, blank=True)
    dipulihkan_dari = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dipulihkan dari"),
    )
    penulis = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,  # an imported version: accounts are not exported
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("penulis"),
    )
    dibuat_pada = models.DateTimeField(_("dibuat pada"), default=timezone.now)

    class Meta:
        verbose_name = _("naskah laporan")
        verbose_name_plural = _("naskah laporan")
        ordering = ["satker", "tahun", "bagian", "kunci", "-versi"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "bagian", "kunci", "versi"],
                name="naskah_versi_unik_per_kunci",
                violation_error_message=_("Versi naskah ini sudah ada."),
            )
        ]

    def __str__(self) -> str:
        where = f" ({self.label_kunci or self.kunci})" if self.kunci else ""
        return f"{self.get_bagian_display()}{where} {self.tahun} v{self.versi}"


class LaporanTahunan(models.Model):
    """What a satker-year's LKjIP says of itself: its date, place and number, entered, never
    taken from the clock. The date also picks the signer: whoever held the head post on it
    (kinerja.organisations.RiwayatJabatan)."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="laporan_tahunan")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    tanggal = models.DateField(_("tanggal laporan"), null=True, blank=True)
    tempat = models.CharField(
        _("tempat"),
        max_length=100,
        blank=True,
        help_text=_("Kota pada baris tempat dan tanggal; bawaan: kota kedudukan satker."),
    )
    nomor = models.CharField(_("nomor"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("identitas laporan kinerja")
        verbose_name_plural = _("identitas laporan kinerja")
        ordering = ["satker", "tahun"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun"],
                name="laporan_tahunan_unik",
                violation_error_message=_("Identitas laporan tahun ini sudah ada."),
            )
        ]

    def __str__(self) -> str:
        return f"LKjIP {self.satker} {self.tahun}"


class LaporanTertandatangan(models.Model):
    """One signed version of a satker-year's LKjIP: its content as built when signed
    (kinerja.documents.serial, canonical JSON) with its SHA-256, so every later download is
    that document whatever the data says since. Never edited: a revision is a new version with
    its reason, the old one kept and readable."""

    satker = models.ForeignKey(
        Satker, on_delete=models.CASCADE, related_name="laporan_tertandatangan"
    )
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    versi = models.PositiveIntegerField(_("versi"))
    isi = models.TextField(_("isi dokumen (JSON)"))
    sidik = models.CharField(_("SHA-256"), max_length=64)
    # The data the report was built from: the satker-year's measurement as `kinerja pengukuran
    # --json` prints it (targets, realisations, budgets, their sources and rules; canonical
    # JSON) and its SHA-256, so a signed figure can be traced to the inputs of that moment.
    # Empty for a version imported from a file written before it was kept.
    data = models.TextField(_("data sumber (JSON)"), blank=True)
    data_sidik = models.CharField(_("SHA-256 data sumber"), max_length=64, blank=True)
    tanggal = models.DateField(_("tanggal laporan"))
    tempat = models.CharField(_("tempat"), max_length=100, blank=True)
    nomor = models.CharField(_("nomor"), max_length=100, blank=True)
    penanda_tangan = models.CharField(_("penanda tangan"), max_length=200)
    penanda_tangan_nip = models.CharField(_("NIP penanda tangan"), max_length=30, blank=True)
    penanda_tangan_jabatan = models.CharField(_("jabatan penanda tangan"), max_length=200)
    revisi_dari = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("revisi dari"),
    )
    alasan = models.TextField(_("alasan revisi"), blank=True)
    ditandatangani_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,  # an imported version: accounts are not exported
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ditandatangani oleh"),
    )
    ditandatangani_pada = models.DateTimeField(_("ditandatangani pada"), default=timezone.now)

    class Meta:
        verbose_name = _("laporan kinerja tertandatangan")
        verbose_name_plural = _("laporan kinerja tertandatangan")
        ordering = ["satker", "tahun", "-versi"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "versi"],
                name="laporan_tertandatangan_versi_unik",
                violation_error_message=_("Versi laporan ini sudah ada."),
            )
        ]

    def __str__(self) -> str:
        return f"LKjIP {self.tahun} v{self.versi} ({self.sidik[:12]})"


class LaporanMassal(models.Model):
    """One year-end batch: the LKjIP of every satker under `induk` (itself included) for a
    year, in one format, started by someone allowed on `induk`. Its progress and failures are
    read from its rows (LaporanMassalSatker), never counted here; the files are kept in the
    default storage under `folder`."""

    induk = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="laporan_massal")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    format = models.CharField(_("format"), max_length=4)
    dimulai_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,  # started from the command line
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dimulai oleh"),
    )
    pelaku = models.CharField(
        _("pelaku"), max_length=150, help_text=_("Nama pengguna, atau perintah yang memulai.")
    )
    dimulai_pada = models.DateTimeField(_("dimulai pada"), default=timezone.now)
    selesai_pada = models.DateTimeField(_("selesai pada"), null=True, blank=True)
    dilanjutkan_pada = models.DateTimeField(
        _("terakhir dilanjutkan pada"),
        null=True,
        blank=True,
        help_text=_("Saat laporan yang belum tertulis atau gagal diantrekan lagi."),
    )
    dibersihkan_pada = models.DateTimeField(
        _("berkas dihapus pada"),
        null=True,
        blank=True,
        help_text=_("Saat berkasnya dihapus dari penyimpanan menurut aturan retensi."),
    )

    class Meta:
        verbose_name = _("laporan massal")
        verbose_name_plural = _("laporan massal")
        ordering = ["-dimulai_pada", "-id"]

    def __str__(self) -> str:
        return f"LKjIP {self.tahun} ({self.format}) di bawah {self.induk}"

    @property
    def folder(self) -> str:
        return f"laporan-massal/{self.pk}"


class LaporanMassalSatker(models.Model):
    """One satker's report in a batch: waiting, written (`berkas`, its storage name; empty once
    the retention rule removed the batch's files) or failed (`pesan` says why); `detik` is how
    long its writing took, `ditulis_pada` when it ended (the batch's last sign of life)."""

    laporan_massal = models.ForeignKey(
        LaporanMassal, on_delete=models.CASCADE, related_name="satker_laporan"
    )
    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=StatusLaporanMassal.choices,
        default=StatusLaporanMassal.MENUNGGU,
    )
    berkas = models.CharField(_("berkas"), max_length=300, blank=True)
    pesan = models.TextField(_("pesan kegagalan"), blank=True)
    detik = models.DecimalField(
        _("lama penulisan (detik)"), max_digits=9, decimal_places=3, null=True, blank=True
    )
    ditulis_pada = models.DateTimeField(_("ditulis atau gagal pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("laporan satker dalam laporan massal")
        verbose_name_plural = _("laporan satker dalam laporan massal")
        ordering = ["laporan_massal", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["laporan_massal", "satker"], name="laporan_massal_satker_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.satker} ({self.get_status_display()})"


class LaporanDihasilkan(models.Model):
    """A draft LKjIP as it was generated (downloaded from the report page, written by `kinerja
    laporan` or by the year-end batch): its content and the data it was built from, each with
    its SHA-256, so a draft a reader holds can be traced to the figures of that moment and
    rendered again identically. One row per distinct content and data; generating the same
    again only moves `terakhir_dibuat` and counts. The latest few of a satker-year are kept
    (kinerja.documents.laporan_services.SIMPAN_DRAF); a signed version is kept for ever as
    LaporanTertandatangan."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="laporan_dihasilkan")
    tahun = models.PositiveSmallIntegerField(_("tahun"))
    isi = models.TextField(_("isi dokumen (JSON)"))
    sidik = models.CharField(_("SHA-256"), max_length=64)
    data = models.TextField(_("data sumber (JSON)"))
    data_sidik = models.CharField(_("SHA-256 data sumber"), max_length=64)
    pertama_dibuat = models.DateTimeField(_("pertama dibuat"), default=timezone.now)
    terakhir_dibuat = models.DateTimeField(_("terakhir dibuat"), default=timezone.now)
    jumlah = models.PositiveIntegerField(_("berapa kali dibuat"), default=1)
    dibuat_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,  # the command line has no account
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("terakhir dibuat oleh"),
    )

    class Meta:
        verbose_name = _("draf laporan kinerja yang dihasilkan")
        verbose_name_plural = _("draf laporan kinerja yang dihasilkan")
        ordering = ["satker", "tahun", "-terakhir_dibuat"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "sidik", "data_sidik"],
                name="laporan_dihasilkan_unik",
            )
        ]

    def __str__(self) -> str:
        return f"LKjIP {self.tahun} draf ({self.sidik[:12]})"
