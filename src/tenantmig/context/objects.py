"""Object keys built from the current tenant, for boto3 and obstore.

    from tenantmig.context.objects import object_key, TenantBucket, TenantObjectStore

    with tenant(org_id):
        object_key("patient-documents/9/scan.pdf", store=7)
            # -> "<org_id>/7/patient-documents/9/scan.pdf" with template "{tenant}/{store}/{key}"
        bucket = TenantBucket(boto3.client("s3"), "documents", transition=True)
        bucket.put("invoices/1.pdf", b"...")    # under <org_id>/
        bucket.get("invoices/1.pdf")            # the new name, else (transition) the old one

The template is the manifest's `[objects].target` (or a pattern's). Outside a tenant scope every
call raises MissingTenantError. A key that tries to leave its prefix (`..`, a leading `/`) is
refused, since the bucket policy confines a tenant's role to `{tenant}/`.
"""

from __future__ import annotations

from tenantmig.context.errors import MissingTenantError
from tenantmig.context.scope import current_tenant


def object_key(key: str, *, store: object | None = None, template: str = "{tenant}/{key}") -> str:
    tenant = current_tenant()
    if tenant is None:
        raise MissingTenantError(f"object {key!r} used outside a tenant scope")
    if key.startswith("/") or ".." in key.split("/"):
        raise ValueError(f"object key {key!r} would leave the tenant's prefix")
    if "{store}" in template and store is None:
        raise ValueError(f"template {template!r} needs store=")
    return template.replace("{tenant}", tenant).replace("{store}", str(store)).replace("{key}", key)


class TenantBucket:
    """A boto3 S3 client confined to the current tenant's prefix."""

    def __init__(self, client, bucket: str, *, template: str = "{tenant}/{key}", transition: bool = False):
        self.client, self.bucket, self.template, self.transition = client, bucket, template, transition

    def key(self, key: str, store: object | None = None) -> str:
        return object_key(key, store=store, template=self.template)

    def put(self, key: str, body: bytes, *, store: object | None = None, **kwargs):
        return self.client.put_object(Bucket=self.bucket, Key=self.key(key, store), Body=body, **kwargs)

    def get(self, key: str, *, store: object | None = None) -> bytes:
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self.key(key, store))["Body"].read()
        except self.client.exceptions.NoSuchKey:
            if not self.transition:
                raise
        return self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()

    def delete(self, key: str, *, store: object | None = None) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self.key(key, store))
        if self.transition:
            self.client.delete_object(Bucket=self.bucket, Key=key)


class TenantObjectStore:
    """The same for an obstore store (S3Store, LocalStore, ...)."""

    def __init__(self, store, *, template: str = "{tenant}/{key}", transition: bool = False):
        self.store, self.template, self.transition = store, template, transition

    def key(self, key: str, store: object | None = None) -> str:
        return object_key(key, store=store, template=self.template)

    def put(self, key: str, body: bytes, *, store: object | None = None):
        import obstore
        return obstore.put(self.store, self.key(key, store), body)

    def get(self, key: str, *, store: object | None = None) -> bytes:
        import obstore
        try:
            return bytes(obstore.get(self.store, self.key(key, store)).bytes())
        except FileNotFoundError:
            if not self.transition:
                raise
        return bytes(obstore.get(self.store, key).bytes())

    def delete(self, key: str, *, store: object | None = None) -> None:
        import obstore
        obstore.delete(self.store, self.key(key, store))
        if self.transition:
            try:
                obstore.delete(self.store, key)
            except FileNotFoundError:
                pass
