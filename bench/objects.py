"""`tenantmig objects advance` and `rollback` against a bare copy-then-delete of the same objects.

    .venv/bin/python -m bench.objects --objects 2000 --repeat 3 [--database-url URL]

On a private SeaweedFS S3 gateway (loopback), each run in a fresh bucket loaded from the same seed.
The baseline copies every object to the name tenantmig would give it and deletes the old one,
8 threads like tenantmig, knowing each tenant already (no reads, no checksum verification, no
ledger): what the data movement itself costs. tenantmig additionally reads every object (SHA-256
before the move) and its copy (after), and records each move in PostgreSQL.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg

from bench import common
from bench.keys import report
from tenantmig import api, api_moves
from tenantmig.examples import keyspace, stores


def baseline(client, bucket: str, conn) -> float:
    rows = {str(i): (str(t), str(s)) for i, t, s in conn.execute("SELECT id, client_id, store_id FROM patients")}
    started = time.monotonic()
    names = [o["Key"] for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket)
             for o in page.get("Contents", [])]

    def move(name: str) -> None:
        if name.startswith("patient-documents/"):
            tenant, store = rows[name.split("/")[1]]
            new = f"{tenant}/{store}/{name}"
        elif name.startswith("invoices/"):
            new = f"{client.head_object(Bucket=bucket, Key=name)['Metadata']['org-id']}/{name}"
        else:
            return
        client.copy_object(Bucket=bucket, Key=new, CopySource={"Bucket": bucket, "Key": name},
                           MetadataDirective="COPY")
        client.delete_object(Bucket=bucket, Key=name)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(move, names))
    return time.monotonic() - started


def main() -> None:
    parser = common.parser(__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=2000)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"tenantmig_advance": [], "tenantmig_rollback": [], "baseline": []}
    with common.server(args) as server_url, common.scratch_database(server_url) as (url, _roles), \
            tempfile.TemporaryDirectory() as folder, stores.seaweed_server(Path(folder)) as endpoint:
        with psycopg.connect(url, autocommit=True) as conn:
            keyspace.load_schema(conn, patients=args.objects // 4 + 1)
        client = stores.s3_client(endpoint)
        for _ in range(args.repeat):
            for variant in ("tenantmig", "baseline"):
                bucket = f"b-{uuid.uuid4().hex[:10]}"
                client.create_bucket(Bucket=bucket)
                keyspace.load_objects_s3(client, bucket, count=args.objects)
                if variant == "baseline":
                    with psycopg.connect(url) as conn:
                        times["baseline"].append(baseline(client, bucket, conn))
                    continue
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute("DROP TABLE IF EXISTS tenantmig.moves")  # each run its own bucket
                path = Path(folder, "tenancy.toml")
                path.write_text(keyspace.manifest(keys=False, objects="s3", bucket=bucket, endpoint=endpoint))
                settings = api.Settings(database_url=url, manifest_path=str(path))
                started = time.monotonic()
                api_moves.run(settings, "objects", "advance")
                times["tenantmig_advance"].append(time.monotonic() - started)
                started = time.monotonic()
                api_moves.run(settings, "objects", "rollback")
                times["tenantmig_rollback"].append(time.monotonic() - started)
        n = args.objects
        report(times, n, "objects", repeat=args.repeat)

if __name__ == "__main__":
    main()
