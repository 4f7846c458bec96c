"""Stored objects moved under tenant prefixes (`patient-documents/9/a.pdf` -> `{tenant}/{store}/...`).

A move is copy, verify, then delete: the copy must have the old object's size, SHA-256, content
type and user metadata before the old one is deleted (or, with `keep_old = true`, kept until
`tenantmig objects cleanup`). A copy appears whole or not at all (S3 copies are atomic; the local
backend writes a temporary file and renames it), so after a kill the next run reads both names and
finishes the step: a new name that already holds identical bytes and metadata is our copy; one that
holds anything else is a collision and is never overwritten.

Backends: any S3 API (boto3; AWS, SeaweedFS, MinIO, R2, ...) and a local directory.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tenantmig.errors import ManifestError, TenantmigError
from tenantmig.movespec import MoveSpec

_TMP = ".tenantmig-tmp-"


class _Common:
    """The move protocol, on top of head / read / copy / delete that each backend supplies."""

    system = "objects"
    describes = True
    threads = 8

    def _map(self, fn, rows):
        with ThreadPoolExecutor(max_workers=self.threads) as pool:
            return list(pool.map(fn, rows))

    def describe_one(self, name: str) -> dict | None:
        """Size, SHA-256 of the bytes, content type and user metadata, from one read; None if absent."""
        return self.read(name)

    def describe(self, names: list[str]) -> dict[str, dict]:
        return dict(zip(names, self._map(self.describe_one, names)))

    def matches(self, name: str, detail: dict) -> bool | None:
        """None: no such object; True: identical bytes and metadata; False: something else is there."""
        found = self.describe_one(name)
        if found is None:
            return None
        return all(found.get(k) == detail.get(k) for k in ("size", "sha256", "content_type", "metadata"))

    def exists(self, names: list[str]) -> list[bool]:
        return [h is not None for h in self._map(self.head, names)]

    def fields(self, names: list[str], source_field: tuple[str, str]) -> dict[str, Any]:
        _kind, key = source_field
        out = {}
        for name, head in zip(names, self._map(self.head, names)):
            value = (head or {}).get("metadata", {}).get(key.lower())
            out[name] = value if value else {"why": f"metadata {key} missing"}
        return out

    def _move_one(self, row: dict, keep_old: bool) -> tuple[str, dict | None]:
        detail, source, target = row["detail"], row["source"], row["target"]
        if row.get("fresh"):
            # Described a moment ago in this run: no second read of the old object, and the new
            # name is read only if something is there.
            source_ok = True
            target_ok = None if self.head(target) is None else self.matches(target, detail)
        else:
            source_ok = self.matches(source, detail)
            target_ok = self.matches(target, detail)
        if source_ok is None:
            # The old object is gone: an earlier run deleted it after verifying the copy, or the
            # application deleted it.
            return ("moved", None) if target_ok else ("vanished", {"why": "old object gone before its move"})
        if source_ok is False:
            return "collision", {"why": "the old object changed since it was recorded"}
        if target_ok is False:
            return "collision", {"why": "the new name holds a different object"}
        if target_ok is None:
            self.copy(source, target)
            if not self.matches(target, detail):
                return "collision", {"why": "the copy did not verify (size, checksum or metadata differ)"}
        if keep_old:
            return "verified", None
        self.delete(source)
        return "moved", None

    def move(self, rows: list[dict], keep_old: bool) -> list[tuple[str, dict | None]]:
        return self._map(lambda r: self._move_one(r, keep_old), rows)

    def _restore_one(self, row: dict) -> tuple[str, dict | None]:
        detail, source, target = row["detail"], row["source"], row["target"]
        source_ok = self.matches(source, detail)
        target_ok = self.matches(target, detail)
        if source_ok is False or target_ok is False:
            # Written by someone since: restoring would overwrite it. Both are kept and listed.
            return "collision", {"why": "the " + ("old" if source_ok is False else "new") + " name holds a "
                                        "different object now"}
        if source_ok is None:
            if target_ok is None:
                return "vanished", {"why": "both names are gone"}
            self.copy(target, source)
            if not self.matches(source, detail):
                return "collision", {"why": "the copy back did not verify"}
        if target_ok:
            self.delete(target)
        return "restored", None

    def restore(self, rows: list[dict]) -> list[tuple[str, dict | None]]:
        return self._map(self._restore_one, rows)

    def _cleanup_one(self, row: dict) -> tuple[str, dict | None]:
        if not self.matches(row["target"], row["detail"]):
            return "verified", {"why": "the new object no longer verifies: old one kept"}
        if self.matches(row["source"], row["detail"]):
            self.delete(row["source"])
        return "moved", None

    def cleanup(self, rows: list[dict]) -> list[tuple[str, dict | None]]:
        return self._map(self._cleanup_one, rows)

    def check_moved(self, rows: list[dict]) -> list[str | None]:
        def check(row):
            head = self.head(row["target"])
            if head is None:
                return "the new object is missing"
            if head["size"] != row["detail"]["size"] or head["metadata"] != row["detail"]["metadata"]:
                return "the new object's size or metadata differ"
            if row["state"] == "moved" and self.head(row["source"]) is not None:
                return "the old object exists again"
            return None
        return self._map(check, rows)


class S3Backend(_Common):
    def __init__(self, client, bucket: str):
        self.client, self.bucket = client, bucket
        from botocore.exceptions import ClientError
        self._client_error = ClientError

    def scan(self, batch: int) -> Iterator[list[str]]:
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, PaginationConfig={"PageSize": min(batch, 1000)})
        for page in pages:
            names = [o["Key"] for o in page.get("Contents", [])]
            if names:
                yield names

    def head(self, name: str) -> dict | None:
        try:
            h = self.client.head_object(Bucket=self.bucket, Key=name)
        except self._client_error as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise
        return {"size": h["ContentLength"], "content_type": h.get("ContentType"), "metadata": h.get("Metadata", {})}

    def read(self, name: str) -> dict | None:
        try:
            got = self.client.get_object(Bucket=self.bucket, Key=name)
        except self._client_error as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise
        h, size = hashlib.sha256(), 0
        for chunk in iter(lambda: got["Body"].read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
        return {"size": size, "sha256": h.hexdigest(), "content_type": got.get("ContentType"),
                "metadata": got.get("Metadata", {})}

    def copy(self, source: str, target: str) -> None:
        # MetadataDirective COPY keeps Content-Type and every x-amz-meta-* header as they were.
        self.client.copy_object(Bucket=self.bucket, Key=target, CopySource={"Bucket": self.bucket, "Key": source},
                                MetadataDirective="COPY")

    def delete(self, name: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=name)


class LocalBackend(_Common):
    """A directory tree: names are paths relative to the root, with '/' separators."""

    def __init__(self, root: str):
        self.root = Path(root)
        if not self.root.is_dir():
            raise TenantmigError(f"objects.root {root} is not a directory")

    def _path(self, name: str) -> Path:
        path = (self.root / name)
        if ".." in Path(name).parts or Path(name).is_absolute():
            raise TenantmigError(f"object name {name!r} leaves the root directory")
        return path

    def scan(self, batch: int) -> Iterator[list[str]]:
        names = []
        for folder, dirs, files in os.walk(self.root):
            dirs.sort()
            for file in sorted(files):
                if file.startswith(_TMP):
                    continue
                names.append(Path(folder, file).relative_to(self.root).as_posix())
                if len(names) >= batch:
                    yield names
                    names = []
        if names:
            yield names

    def head(self, name: str) -> dict | None:
        try:
            st = self._path(name).stat()
        except FileNotFoundError:
            return None
        # A file's metadata here is its mode and modification time; both are carried by every copy.
        return {"size": st.st_size, "content_type": None,
                "metadata": {"mode": oct(st.st_mode & 0o7777), "mtime_ns": str(st.st_mtime_ns)}}

    def read(self, name: str) -> dict | None:
        head = self.head(name)
        h, size = hashlib.sha256(), 0
        try:
            with open(self._path(name), "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
                    size += len(chunk)
        except FileNotFoundError:
            return None
        return None if head is None else {**head, "size": size, "sha256": h.hexdigest()}

    def copy(self, source: str, target: str) -> None:
        src, dst = self._path(source), self._path(target)
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp = dst.parent / f"{_TMP}{os.getpid()}-{dst.name}"
        shutil.copyfile(src, tmp)
        shutil.copystat(src, tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, dst)

    def delete(self, name: str) -> None:
        path = self._path(name)
        path.unlink(missing_ok=True)
        # Directories the moves emptied go too, so a round trip leaves the tree as it was.
        parent = path.parent
        while parent != self.root and parent.is_relative_to(self.root):
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent


def backend(spec: MoveSpec, *, endpoint: str | None = None, access_key: str | None = None,
            secret_key: str | None = None):
    if spec.backend == "local":
        if any(p.tenant and p.tenant.kind == "metadata" for p in spec.patterns):
            raise ManifestError("objects: a metadata tenant source needs an S3 backend (a local file has none)")
        return LocalBackend(spec.root)
    import boto3
    from botocore.config import Config
    client = boto3.client(
        "s3", endpoint_url=endpoint or spec.endpoint, region_name=spec.region,
        aws_access_key_id=access_key or os.environ.get("AWS_ACCESS_KEY_ID"),
        aws_secret_access_key=secret_key or os.environ.get("AWS_SECRET_ACCESS_KEY"),
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 5, "mode": "standard"},
                      max_pool_connections=16),
    )
    return S3Backend(client, spec.bucket)


def bucket_policy(spec: MoveSpec, tenants: list[str] | None = None) -> dict:
    """An IAM policy confining each tenant's role to `{tenant}/` in the bucket.

    Without `tenants`, one document for every tenant role, keyed on the role's `tenant` principal
    tag (`${aws:PrincipalTag/tenant}`); with them, one statement pair per tenant, literally.
    """
    arn = f"arn:aws:s3:::{spec.bucket}"

    def statements(tenant: str, sid: str) -> list[dict]:
        return [
            {"Sid": f"List{sid}", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": arn,
             "Condition": {"StringLike": {"s3:prefix": [f"{tenant}/", f"{tenant}/*"]}}},
            {"Sid": f"Objects{sid}", "Effect": "Allow",
             "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], "Resource": f"{arn}/{tenant}/*"},
        ]

    if tenants is None:
        return {"Version": "2012-10-17", "Statement": statements("${aws:PrincipalTag/tenant}", "OwnTenantPrefix")}
    return {t: {"Version": "2012-10-17", "Statement": statements(t, "Tenant")} for t in tenants}
