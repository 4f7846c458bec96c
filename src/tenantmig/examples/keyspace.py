"""An example Redis keyspace and object store beside a small PostgreSQL schema.

Used by the keys/objects tests, the benchmarks and the runbooks: four tenants, five key patterns
(one per tenant source, over five Redis types, a third of the keys with a TTL), an exempt
pattern, and a few keys no pattern can place. Objects: patient documents whose tenant is looked up
through the patient, and invoices whose tenant is in their metadata.
"""

from __future__ import annotations

import json
import random
import uuid

import psycopg

TENANTS = [str(uuid.UUID(int=0xA000 + i)) for i in range(1, 5)]
LEGACY_TENANT = "00000000-0000-0000-0000-00000000a11c"

SCHEMA_SQL = """
CREATE TABLE organizations (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE patients (id bigint PRIMARY KEY, client_id uuid NOT NULL REFERENCES organizations(id),
                       store_id int NOT NULL);
"""

MANIFEST_HEAD = f"""
[tenancy]
column = "client_id"
type = "uuid"
tenants_table = "organizations"
legacy_tenant = "{LEGACY_TENANT}"

[roles]
app = ["app_user"]

[tables.organizations]
pattern = "global"

[tables.patients]
pattern = "tenant"
backfill = {{ legacy = true }}
"""

KEYS_SECTION = """
[keys]
target = "org:{tenant}:{key}"
batch = 500

[[keys.patterns]]
name = "sessions"
match = "session:{id}"
tenant = { hash_field = "org_id" }

[[keys.patterns]]
name = "patients"
match = "patient:{id}"
tenant = { lookup = "patients.client_id", key = "id", capture = "id" }

[[keys.patterns]]
name = "carts"
match = "cart:{id}"
tenant = { json_path = "owner.org_id" }

[[keys.patterns]]
name = "feeds"
match = "feed:{org}:{id}"
tenant = { capture = "org" }
target = "org:{tenant}:feed:{id}"

[[keys.patterns]]
name = "flags"
match = "flags:{name}"
tenant = { legacy = true }

[[keys.patterns]]
name = "ratelimits"
match = "ratelimit:*"
exempt = "per-IP counters, not tenant data; they expire within a minute"
"""

OBJECTS_SECTION = """
[objects]
backend = "{backend}"
{where}
target = "{{tenant}}/{{key}}"
batch = 100

[[objects.patterns]]
name = "patient-documents"
match = "patient-documents/{{patient}}/{{file*}}"
tenant = {{ lookup = "patients.client_id", key = "id", capture = "patient" }}
store = {{ lookup = "patients.store_id", key = "id", capture = "patient" }}
target = "{{tenant}}/{{store}}/patient-documents/{{patient}}/{{file}}"

[[objects.patterns]]
name = "invoices"
match = "invoices/{{file*}}"
tenant = {tenant_source}

[[objects.patterns]]
name = "public"
match = "public/*"
exempt = "the marketing site's images, served to everyone"
"""


def manifest(*, keys: bool = True, objects: str | None = None, bucket: str = "documents",
             endpoint: str | None = None, root: str | None = None, extra: str = "") -> str:
    text = MANIFEST_HEAD + (KEYS_SECTION if keys else "")
    if objects == "s3":
        where = f'bucket = "{bucket}"' + (f'\nendpoint = "{endpoint}"' if endpoint else "")
        text += OBJECTS_SECTION.format(backend="s3", where=where, tenant_source='{ metadata = "org-id" }')
    elif objects == "local":
        text += OBJECTS_SECTION.format(backend="local", where=f'root = "{root}"',
                                       tenant_source='{ legacy = true }')
    return text + extra


def load_schema(conn: psycopg.Connection, *, patients: int) -> None:
    conn.execute(SCHEMA_SQL)
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO organizations VALUES (%s, %s)",
                        [(t, f"org {i}") for i, t in enumerate([*TENANTS, LEGACY_TENANT])])
        with cur.copy("COPY patients (id, client_id, store_id) FROM STDIN") as copy:
            for i in range(1, patients + 1):
                copy.write_row((i, TENANTS[i % len(TENANTS)], 1 + i % 3))


def load_keys(client, *, keys: int, seed: int = 7, strays: bool = True) -> dict[str, int]:
    """`keys` keys spread over the five patterns (and a few exempt or unplaceable ones).

    `patient:N` keys name patients 1 .. keys/5: load_schema with patients >= keys // 5 + 1.
    """
    rng = random.Random(seed)
    pipe = client.pipeline(transaction=False)
    made: dict[str, int] = {}
    for i in range(keys):
        kind = i % 5
        tenant = TENANTS[rng.randrange(len(TENANTS))]
        if kind == 0:
            name = f"session:{uuid.UUID(int=rng.getrandbits(128))}"
            pipe.hset(name, mapping={"org_id": tenant, "user": str(i), "blob": rng.randbytes(16)})
        elif kind == 1:
            # One key per patient row: patients must be at least keys / 5.
            name = f"patient:{1 + i // 5}"
            pipe.set(name, rng.randbytes(24))
        elif kind == 2:
            name = f"cart:{i}"
            pipe.set(name, json.dumps({"owner": {"org_id": tenant}, "items": [i, i + 1]}))
        elif kind == 3:
            name = f"feed:{tenant}:{i}"
            pipe.rpush(name, *[f"event {j}".encode() for j in range(3)])
        else:
            name = f"flags:{i}"
            pipe.sadd(name, "a", "b", str(i))
        if i % 3 == 0:
            pipe.pexpire(name, 3_600_000 + rng.randrange(3_600_000))
        made[name] = kind
        if len(pipe) >= 2000:
            pipe.execute()
    for i in range(max(1, keys // 1000)):
        pipe.zadd(f"ratelimit:10.0.0.{i}", {"hits": i})
    if strays:
        pipe.set("patient:999999999", b"no such patient")
        pipe.hset("session:no-org", mapping={"user": "7"})
        pipe.set("mystery:1", b"nobody knows")
    pipe.execute()
    return made


def snapshot(client) -> dict[bytes, tuple[bytes, int]]:
    """Every key: its DUMP (type and value, serialised) and absolute expiry in ms (-1: none)."""
    names = list(client.scan_iter(count=1000))
    out: dict[bytes, tuple[bytes, int]] = {}
    for start in range(0, len(names), 1000):
        chunk = names[start:start + 1000]
        pipe = client.pipeline(transaction=False)
        for name in chunk:
            pipe.dump(name)
            pipe.pexpiretime(name)
        values = pipe.execute()
        for j, name in enumerate(chunk):
            out[name] = (values[2 * j], values[2 * j + 1])
    return out


def object_names(count: int, *, seed: int = 11) -> list[tuple[str, bytes, str, dict[str, str]]]:
    """(name, bytes, content type, user metadata) for `count` objects; patients 1 .. count/4 + 1."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        tenant = TENANTS[rng.randrange(len(TENANTS))]
        body = rng.randbytes(rng.randrange(10, 4000))
        if i % 4:
            out.append((f"patient-documents/{1 + i // 4}/scan-{i}.pdf", body, "application/pdf",
                        {"uploaded-by": f"user-{i % 17}"}))
        else:
            out.append((f"invoices/2026/{i}.pdf", body, "application/pdf", {"org-id": tenant}))
    return out


STRAY_OBJECTS = [("patient-documents/999999999/lost.pdf", b"no such patient", "application/pdf", {}),
                 ("misc/readme.txt", b"nobody knows", "text/plain", {})]


def load_objects_s3(client, bucket: str, *, count: int, strays: bool = False) -> None:
    from concurrent.futures import ThreadPoolExecutor
    items = object_names(count) + [("public/logo.png", b"\x89PNG", "image/png", {})] + (STRAY_OBJECTS if strays else [])
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda o: client.put_object(Bucket=bucket, Key=o[0], Body=o[1], ContentType=o[2],
                                                  Metadata=o[3]), items))


def snapshot_s3(client, bucket: str) -> dict[str, tuple]:
    """Every object: its bytes' SHA-256, size, content type and user metadata."""
    import hashlib
    from concurrent.futures import ThreadPoolExecutor
    names = [o["Key"] for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket)
             for o in page.get("Contents", [])]

    def one(name):
        got = client.get_object(Bucket=bucket, Key=name)
        body = got["Body"].read()
        return name, (hashlib.sha256(body).hexdigest(), len(body), got.get("ContentType"), got.get("Metadata"))
    with ThreadPoolExecutor(8) as pool:
        return dict(pool.map(one, names))


def load_objects_local(root, *, count: int) -> None:
    import os
    from pathlib import Path
    for i, (name, body, _type, _meta) in enumerate(object_names(count) + [("public/logo.png", b"\x89PNG", "", {})]):
        path = Path(root, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
        os.chmod(path, 0o640 if i % 2 else 0o600)
        os.utime(path, ns=(1_700_000_000_000_000_000 + i, 1_700_000_000_000_000_000 + i))


def snapshot_local(root) -> dict[str, tuple]:
    """Every file and directory under root: bytes' SHA-256, mode and modification time."""
    import hashlib
    import os
    from pathlib import Path
    out = {}
    for folder, dirs, files in os.walk(root):
        for d in dirs:
            out[Path(folder, d).relative_to(root).as_posix() + "/"] = ()
        for f in files:
            path = Path(folder, f)
            st = path.stat()
            out[path.relative_to(root).as_posix()] = (hashlib.sha256(path.read_bytes()).hexdigest(),
                                                      oct(st.st_mode), st.st_mtime_ns)
    return out
