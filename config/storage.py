"""Where evidence files are stored: the server's disk (MEDIA_ROOT) by default, or an
S3-compatible store (AWS S3, MinIO, Ceph) with KINERJA_STORAGE=s3. Read from the environment
like every other setting, failing loudly on a value it does not know."""

from importlib.util import find_spec

from django.core.exceptions import ImproperlyConfigured

from config.env import env_str

FILE_SYSTEM = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def default_storage_from_env() -> dict:
    """The STORAGES["default"] entry the environment asks for."""
    kind = env_str("KINERJA_STORAGE", "berkas").strip().lower()
    if kind == "berkas":
        return FILE_SYSTEM
    if kind != "s3":
        raise ImproperlyConfigured(f"KINERJA_STORAGE harus 'berkas' atau 's3', bukan {kind!r}")
    if find_spec("storages") is None:
        raise ImproperlyConfigured(
            "KINERJA_STORAGE=s3 membutuhkan paket tambahan: pip install 'kinerja[s3]'."
        )
    bucket = env_str("KINERJA_S3_BUCKET", "").strip()
    if not bucket:
        raise ImproperlyConfigured("KINERJA_STORAGE=s3 membutuhkan KINERJA_S3_BUCKET.")
    endpoint = env_str("KINERJA_S3_ENDPOINT_URL", "").strip() or None
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            # MinIO/Ceph: their own URL, and bucket-in-path addressing, which they all accept
            # (bucket-in-hostname needs DNS set up for every bucket).
            "endpoint_url": endpoint,
            "addressing_style": "path" if endpoint else None,
            "region_name": env_str("KINERJA_S3_REGION", "").strip() or None,
            # Empty: boto3 looks for credentials itself (AWS_* variables, an instance role).
            "access_key": env_str("KINERJA_S3_ACCESS_KEY", "").strip() or None,
            "secret_key": env_str("KINERJA_S3_SECRET_KEY", "").strip() or None,
            "location": env_str("KINERJA_S3_PREFIX", "").strip().strip("/"),
            # Evidence is private: no public ACL, and it is downloaded through Kinerja's view
            # (which checks access), never through a URL handed to the browser.
            "default_acl": None,
            "querystring_auth": True,
            # Two uploads with the same name never overwrite each other.
            "file_overwrite": False,
        },
    }
