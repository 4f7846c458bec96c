"""`tenantmig keys advance` and `rollback` against a bare SCAN + pipelined RENAME of the same keys.

    .venv/bin/python -m bench.keys --keys 100000 --repeat 3 [--database-url URL]

Each run starts from the same keyspace (flushed and reloaded from the same seed) on a private
redis-server. The baseline renames every key to the name tenantmig would give it, by a script that
knows the answer (SCAN, one pipelined HGET/GET per key to find the tenant, one pipelined RENAME;
no ledger, no gates, no lookups in PostgreSQL): what the data movement itself costs here.
Variants alternate; medians and their ratio are reported, the JSON object last.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import psycopg
import redis

from bench import common
from tenantmig import api, api_moves
from tenantmig.examples import keyspace, stores


def baseline(client, conn) -> float:
    """Every key renamed to its tenant's name, knowing the sources, with nothing recorded."""
    started = time.monotonic()
    patients = {str(i): str(t) for i, t in conn.execute("SELECT id, client_id FROM patients")}
    for names in _scan(client):
        pipe = client.pipeline(transaction=False)
        for name in names:
            if name.startswith(b"session:"):
                pipe.hget(name, "org_id")
            elif name.startswith(b"cart:"):
                pipe.get(name)
            else:
                pipe.exists(name)
        values = pipe.execute(raise_on_error=False)
        pipe = client.pipeline(transaction=False)
        for name, value in zip(names, values):
            text = name.decode()
            kind = text.split(":", 1)[0]
            if kind == "session":
                tenant = value.decode()
            elif kind == "cart":
                tenant = json.loads(value)["owner"]["org_id"]
            elif kind == "patient":
                tenant = patients[text.split(":")[1]]
            elif kind == "feed":
                tenant = text.split(":")[1]
            elif kind == "flags":
                tenant = keyspace.LEGACY_TENANT
            else:
                continue
            pipe.rename(name, f"org:{tenant}:{text}")
        pipe.execute()
    return time.monotonic() - started


def _scan(client):
    cursor = 0
    while True:
        cursor, names = client.scan(cursor=cursor, count=500)
        yield [n for n in names if not n.startswith(b"org:")]
        if cursor == 0:
            return


def report(times: dict[str, list[float]], count: int, unit: str, *, repeat: int) -> None:
    """Runs and medians as rates, then the JSON object (shared with bench/objects.py)."""
    med = {k: common.median(v) for k, v in times.items()}
    for k, v in times.items():
        print(f"{k}: runs {', '.join(f'{t:.2f}' for t in v)} s; median {med[k]:.2f} s = {count / med[k]:.1f} {unit}/s")
    common.emit({
        unit: count, "repeat": repeat,
        f"advance_{unit}_per_s": round(count / med["tenantmig_advance"], 1),
        f"rollback_{unit}_per_s": round(count / med["tenantmig_rollback"], 1),
        f"baseline_{unit}_per_s": round(count / med["baseline"], 1),
        "advance_ratio_to_baseline": round(med["baseline"] / med["tenantmig_advance"], 3),
    })


def main() -> None:
    parser = common.parser(__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=100000)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"tenantmig_advance": [], "tenantmig_rollback": [], "baseline": []}
    with common.server(args) as server_url, common.scratch_database(server_url) as (url, _roles), \
            tempfile.TemporaryDirectory() as folder, stores.redis_server(Path(folder)) as redis_url:
        with psycopg.connect(url, autocommit=True) as conn:
            keyspace.load_schema(conn, patients=args.keys // 5 + 1)
        path = Path(folder, "tenancy.toml")
        path.write_text(keyspace.manifest())
        settings = api.Settings(database_url=url, manifest_path=str(path))
        target = api_moves.Target(redis_url=f"{redis_url}/0")
        client = redis.Redis.from_url(f"{redis_url}/0")
        for _ in range(args.repeat):
            for variant in ("tenantmig", "baseline"):
                client.flushall()
                keyspace.load_keys(client, keys=args.keys, strays=False)
                if variant == "baseline":
                    with psycopg.connect(url) as conn:
                        times["baseline"].append(baseline(client, conn))
                    continue
                started = time.monotonic()
                api_moves.run(settings, "keys", "advance", target)
                times["tenantmig_advance"].append(time.monotonic() - started)
                started = time.monotonic()
                api_moves.run(settings, "keys", "rollback", target)
                times["tenantmig_rollback"].append(time.monotonic() - started)
        keys = args.keys
        report(times, keys, "keys", repeat=args.repeat)

if __name__ == "__main__":
    main()
