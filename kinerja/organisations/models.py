from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from tree_queries.models import TreeNode

from kinerja.core.formatting import format_tanggal
from kinerja.core.nip import ni_pppk_errors, nip_errors, normalise_nip
from kinerja.core.pesan import Pesan, gabung, terjemahkan
from kinerja.organisations.choices import JenisPegawai, TingkatSatker
from kinerja.organisations.jabatan import bentrok, kunci_jabatan


class Satker(TreeNode):
    """A satuan kerja: one accountability entity in the tree (KPU RI → Provinsi → Kab/Kota)."""

    nama = models.CharField(_("nama"), max_length=200)
    nama_lengkap = models.CharField(
        _("nama lengkap"),
        max_length=300,
        blank=True,
        help_text=_("Sebutan resmi pada dokumen, mis. Sekretariat Komisi Pemilihan Umum Kota …"),
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    tingkat = models.CharField(_("tingkat"), max_length=20, choices=TingkatSatker.choices)
    kota = models.CharField(
        _("kota kedudukan"),
        max_length=100,
        blank=True,
        help_text=_("Dipakai pada baris tempat dan tanggal dokumen."),
    )
    alamat = models.TextField(_("alamat"), blank=True)

    class Meta:
        verbose_name = _("satuan kerja")
        verbose_name_plural = _("satuan kerja")
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama


class Unit(models.Model):
    """A unit (subbagian) inside a satker."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="units")
    nama = models.CharField(_("nama"), max_length=200)
    tugas = models.TextField(_("tugas"), blank=True)
    nama_lain = models.CharField(
        _("nama lain"),
        max_length=200,
        blank=True,
        help_text=_("Nama unit yang sama menurut sumber lain (dicatat, bukan dibetulkan)."),
    )
    nama_lain_sumber = models.CharField(_("sumber nama lain"), max_length=200, blank=True)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        verbose_name = _("unit kerja")
        verbose_name_plural = _("unit kerja")
        ordering = ["satker", "urutan", "nama"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "nama"], name="unit_nama_unik_per_satker")
        ]

    def __str__(self) -> str:
        return self.nama


class Pegawai(models.Model):
    """A member of staff of a satker: PNS, PPPK or PPNPN."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="pegawai")
    unit = models.ForeignKey(
        Unit, null=True, blank=True, on_delete=models.SET_NULL, related_name="pegawai"
    )
    nama = models.CharField(_("nama"), max_length=200)
    jenis = models.CharField(_("jenis"), max_length=5, choices=JenisPegawai.choices)
    nip = models.CharField(
        # Longer than 18 so a mistyped NIP gets the precise NIP message, not a length one.
        _("NIP"),
        max_length=30,
        blank=True,
        help_text=_("18 digit tanpa spasi (NIP PNS atau NI PPPK)."),
    )
    nip_sumber = models.CharField(_("sumber NIP"), max_length=200, blank=True)
    jabatan = models.CharField(_("jabatan"), max_length=200, blank=True)
    formasi = models.CharField(
        _("formasi"), max_length=200, blank=True, help_text=_("Untuk PPNPN.")
    )
    pangkat_golongan = models.CharField(_("pangkat/golongan"), max_length=100, blank=True)
    pendidikan = models.CharField(_("pendidikan"), max_length=50, blank=True)
    diklat = models.CharField(_("diklat"), max_length=300, blank=True)
    nomor_urut = models.PositiveSmallIntegerField(_("nomor urut"), default=0)
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("pegawai")
        verbose_name_plural = _("pegawai")
        ordering = ["satker", "jenis", "nomor_urut", "nama"]
        constraints = [
            models.UniqueConstraint(
                fields=["nip"],
                condition=~models.Q(nip=""),
                name="pegawai_nip_unik",
                violation_error_message=_("NIP ini sudah dipakai pegawai lain."),
            )
        ]

    def __str__(self) -> str:
        return self.nama

    def clean_fields(self, exclude=None) -> None:
        # Printed NIPs carry spaces and a "NIP." prefix; the length rule is for the digits.
        self.nip = normalise_nip(self.nip) if self.nip else ""
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        if self.nip:
            if self.jenis == JenisPegawai.PNS:
                errors = nip_errors(self.nip)
                if errors:
                    raise ValidationError({"nip": [terjemahkan(error) for error in errors]})
            elif self.jenis == JenisPegawai.PPPK:
                errors = ni_pppk_errors(self.nip)
                if errors:
                    raise ValidationError({"nip": [terjemahkan(error) for error in errors]})
            elif self.jenis == JenisPegawai.PPNPN:
                raise ValidationError({"nip": _("PPNPN tidak memiliki NIP.")})
        if self.unit_id and self.unit.satker_id != self.satker_id:
            raise ValidationError({"unit": _("Unit harus berada di satker yang sama.")})


class Anggota(models.Model):
    """A commissioner (anggota KPU) with a divisi and a korwil."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="anggota")
    nama = models.CharField(_("nama"), max_length=200)
    is_ketua = models.BooleanField(_("ketua"), default=False)
    jabatan = models.CharField(_("jabatan (tercetak)"), max_length=300)
    divisi = models.CharField(_("divisi"), max_length=300, blank=True)
    korwil_kecamatan = models.CharField(_("korwil kecamatan"), max_length=300, blank=True)
    nomor_urut = models.PositiveSmallIntegerField(_("nomor urut"), default=0)
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("anggota (komisioner)")
        verbose_name_plural = _("anggota (komisioner)")
        ordering = ["satker", "nomor_urut", "nama"]

    def __str__(self) -> str:
        return self.nama


class RiwayatJabatan(models.Model):
    """One term of a member of staff in a jabatan of a satker, from `mulai` to `selesai` (both
    included; open while `selesai` is empty). `kepala` marks the head post (Sekretaris): its
    holder on a document's date signs the satker's LKjIP. `pangkat_golongan` is the rank held
    during the term, as printed under the signature then; the Pegawai's own is today's."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="riwayat_jabatan")
    pegawai = models.ForeignKey(Pegawai, on_delete=models.CASCADE, related_name="riwayat_jabatan")
    jabatan = models.CharField(
        _("jabatan"),
        max_length=200,
        help_text=_("Sebutan jabatan seperti tercetak di atas tanda tangan, mis. Sekretaris."),
    )
    kepala = models.BooleanField(
        _("pimpinan satker"),
        default=False,
        help_text=_("Pemegang jabatan ini menandatangani Laporan Kinerja satker."),
    )
    mulai = models.DateField(_("mulai"))
    selesai = models.DateField(_("selesai"), null=True, blank=True)
    pangkat_golongan = models.CharField(_("pangkat/golongan"), max_length=100, blank=True)
    sumber = models.CharField(_("sumber"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("riwayat jabatan")
        verbose_name_plural = _("riwayat jabatan")
        ordering = ["satker", "-kepala", "jabatan", "mulai"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(selesai__isnull=True) | models.Q(selesai__gte=models.F("mulai")),
                name="riwayat_jabatan_selesai_setelah_mulai",
                violation_error_message=_("Tanggal selesai tidak boleh sebelum tanggal mulai."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.jabatan}: {self.pegawai.nama}"

    def clean(self) -> None:
        if self.selesai and self.mulai and self.selesai < self.mulai:
            raise ValidationError(
                {"selesai": _("Tanggal selesai tidak boleh sebelum tanggal mulai.")}
            )
        if self.pegawai_id and self.satker_id and self.pegawai.satker_id != self.satker_id:
            raise ValidationError({"pegawai": _("Pegawai harus berada di satker yang sama.")})
        if not (self.mulai and self.satker_id):
            return
        others = RiwayatJabatan.objects.filter(satker_id=self.satker_id).exclude(pk=self.pk)
        if self.kepala:
            clash = bentrok(self, others.filter(kepala=True).select_related("pegawai"))
            if clash:
                raise ValidationError(
                    _(
                        "Masa jabatan pimpinan satker ini bertumpang tindih dengan masa jabatan "
                        "%(nama)s (mulai %(mulai)s)."
                    )
                    % {"nama": clash[0].pegawai.nama, "mulai": clash[0].mulai.isoformat()}
                )
        post = kunci_jabatan(self.jabatan)
        same_post = [
            term for term in others.select_related("pegawai") if kunci_jabatan(term.jabatan) == post
        ]
        clash = bentrok(self, same_post)
        if clash:
            raise ValidationError(
                _(
                    "Masa jabatan ini bertumpang tindih dengan masa jabatan %(nama)s sebagai "
                    "%(jabatan)s (%(masa)s): satu jabatan dipegang satu orang pada satu waktu."
                )
                % {
                    "nama": clash[0].pegawai.nama,
                    "jabatan": clash[0].jabatan,
                    "masa": terjemahkan(clash[0].masa),
                }
            )

    @property
    def masa(self) -> str:
        """The term in words: "1 Januari 2024 – sekarang"."""
        end = format_tanggal(self.selesai) if self.selesai else Pesan("sekarang")
        return gabung(" – ", [format_tanggal(self.mulai), end])
