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
    included; open while `selesai` is empty). `pangkat_golongan` is the rank held during the
    term, as printed under the signature then; the Pegawai's own is today's.

    The roles a term may carry decide who signs what on a date (kinerja.agreements.pihak,
    kinerja.documents.penanda_tangan), each held by one person at a time:
    - `kepala`: the head post (Sekretaris): signs the LKjIP, first party of the satker PK and
      second party of the units' PKs;
    - `atasan`: the head's superior (the Ketua KPU): second party of the satker PK. The holder
      may be a commissioner (`anggota`), who has no NIP;
    - `unit`: the head of that unit (a Kasubbag): first party of the unit's PK."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="riwayat_jabatan")
    pegawai = models.ForeignKey(
        Pegawai,
        on_delete=models.CASCADE,
        related_name="riwayat_jabatan",
        null=True,
        blank=True,
    )
    anggota = models.ForeignKey(
        Anggota,
        on_delete=models.CASCADE,
        related_name="riwayat_jabatan",
        null=True,
        blank=True,
        verbose_name=_("anggota (komisioner)"),
    )
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
    atasan = models.BooleanField(
        _("atasan pimpinan satker"),
        default=False,
        help_text=_("Pemegang jabatan ini menjadi pihak kedua Perjanjian Kinerja satker."),
    )
    unit = models.ForeignKey(
        Unit,
        on_delete=models.CASCADE,
        related_name="riwayat_pimpinan",
        null=True,
        blank=True,
        verbose_name=_("unit yang dipimpin"),
        help_text=_("Pemegang jabatan ini menjadi pihak pertama Perjanjian Kinerja unit ini."),
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
            ),
            models.CheckConstraint(
                condition=models.Q(pegawai__isnull=False, anggota__isnull=True)
                | models.Q(pegawai__isnull=True, anggota__isnull=False),
                name="riwayat_jabatan_satu_pemegang",
                violation_error_message=_("Pemegang jabatan: satu pegawai atau satu anggota."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.jabatan}: {self.nama}"

    @property
    def pemegang(self) -> "Pegawai | Anggota":
        return self.pegawai if self.pegawai_id else self.anggota

    @property
    def nama(self) -> str:
        return self.pemegang.nama

    @property
    def nip(self) -> str:
        """The holder's NIP; a commissioner has none."""
        return self.pegawai.nip if self.pegawai_id else ""

    def peran(self) -> tuple[str, int | None] | None:
        """The signing role this term carries (the class's docstring), None for none; two
        terms of one role may not share a day."""
        if self.kepala:
            return ("kepala", None)
        if self.atasan:
            return ("atasan", None)
        if self.unit_id:
            return ("unit", self.unit_id)
        return None

    def clean(self) -> None:
        if self.selesai and self.mulai and self.selesai < self.mulai:
            raise ValidationError(
                {"selesai": _("Tanggal selesai tidak boleh sebelum tanggal mulai.")}
            )
        if self.pegawai_id and self.satker_id and self.pegawai.satker_id != self.satker_id:
            raise ValidationError({"pegawai": _("Pegawai harus berada di satker yang sama.")})
        if self.anggota_id and self.satker_id and self.anggota.satker_id != self.satker_id:
            raise ValidationError({"anggota": _("Anggota harus berada di satker yang sama.")})
        if self.unit_id and self.satker_id and self.unit.satker_id != self.satker_id:
            raise ValidationError({"unit": _("Unit harus berada di satker yang sama.")})
        if (self.kepala, self.atasan, bool(self.unit_id)).count(True) > 1:
            raise ValidationError(
                _(
                    "Satu masa jabatan memegang satu peran: pimpinan satker, atasan pimpinan "
                    "satker, atau pimpinan satu unit."
                )
            )
        if self.anggota_id and not self.atasan:
            # Heads of the satker and of its units sign with a NIP; a commissioner has none.
            raise ValidationError(
                {"anggota": _("Anggota (komisioner) hanya dicatat sebagai atasan pimpinan satker.")}
            )
        if not (self.mulai and self.satker_id):
            return
        others = RiwayatJabatan.objects.filter(satker_id=self.satker_id).exclude(pk=self.pk)
        others = list(others.select_related("pegawai", "anggota", "unit"))
        role = self.peran()
        if role is not None:
            clash = bentrok(self, [term for term in others if term.peran() == role])
            if clash:
                raise ValidationError(
                    _(
                        "Masa jabatan %(peran)s ini bertumpang tindih dengan masa jabatan "
                        "%(nama)s (mulai %(mulai)s)."
                    )
                    % {
                        "peran": self.nama_peran(),
                        "nama": clash[0].nama,
                        "mulai": clash[0].mulai.isoformat(),
                    }
                )
        post = kunci_jabatan(self.jabatan)
        same_post = [term for term in others if kunci_jabatan(term.jabatan) == post]
        clash = bentrok(self, same_post)
        if clash:
            raise ValidationError(
                _(
                    "Masa jabatan ini bertumpang tindih dengan masa jabatan %(nama)s sebagai "
                    "%(jabatan)s (%(masa)s): satu jabatan dipegang satu orang pada satu waktu."
                )
                % {
                    "nama": clash[0].nama,
                    "jabatan": clash[0].jabatan,
                    "masa": terjemahkan(clash[0].masa),
                }
            )

    def nama_peran(self) -> str:
        if self.kepala:
            return _("pimpinan satker")
        if self.atasan:
            return _("atasan pimpinan satker")
        if self.unit_id:
            return _("pimpinan %(unit)s") % {"unit": self.unit.nama}
        return ""

    @property
    def masa(self) -> str:
        """The term in words: "1 Januari 2024 – sekarang"."""
        end = format_tanggal(self.selesai) if self.selesai else Pesan("sekarang")
        return gabung(" – ", [format_tanggal(self.mulai), end])
