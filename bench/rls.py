"""What RLS costs a tenant-scoped query: the application role under RLS versus the owner with its own WHERE.

On the telehealth example at --rows N: a point lookup by id, a filtered count and a join, each
run as the application role with only the tenant context set (RLS filters), and as the owner
with the application-level `WHERE client_id = ...` added; during phase 4 with one tenant
enforced (`tenantmig.rollout`), and after phase 5. Both variants run on one connection (the
application role through `SET LOCAL ROLE`), so neither gains from where the scheduler happens
to put its server process; their order is shuffled in every round, each measured --repeat
times from the same physical state; medians and their ratios are reported, and EXPLAIN says
whether the tenant key's index served the filter under RLS.

    python -m bench.rls --rows 100000 [--database-url URL] [--repeat 5]
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from tempfile import TemporaryDirectory

import psycopg

from bench.common import emit, median, parser, reset_physical_state, scratch_database, server
from tenantmig import api
from tenantmig import manifest as manifest_mod
from tenantmig.db import LockPolicy
from tenantmig.examples import telehealth
from tenantmig.policies import set_context_sql
from tenantmig.servers import libpq_url
from tenantmig.options import RunOptions

TENANT = telehealth.TENANTS[0][0]
LOOKUPS = 200  # point lookups per measured run: one alone is below timer resolution
SCANS = 5  # counts and joins per measured run: one is a few milliseconds, near the noise

# name -> (query under RLS, the same query with the application's own WHERE)
QUERIES = {
    "point": ("SELECT * FROM invoices WHERE id = %(id)s",
              "SELECT * FROM invoices WHERE id = %(id)s AND client_id = %(tenant)s"),
    "count": ("SELECT count(*) FROM appointments WHERE status = 'scheduled'",
              "SELECT count(*) FROM appointments WHERE status = 'scheduled' AND client_id = %(tenant)s"),
    "join": ("SELECT count(*) FROM appointments a JOIN patients p ON p.id = a.patient_id "
             "WHERE p.date_of_birth < date '1960-01-01'",
             "SELECT count(*) FROM appointments a JOIN patients p ON p.id = a.patient_id "
             "WHERE p.date_of_birth < date '1960-01-01' AND a.client_id = %(tenant)s AND p.client_id = %(tenant)s"),
}
# The index that should serve each query under RLS: the primary key for a lookup by id, else the tenant key's.
INDEXES = {"point": "invoices_pkey", "count": "tenantmig_ix_public_appointments",
           "join": "tenantmig_ix_public_appointments"}


def advance_to(settings: api.Settings, phase: int, start: int = 0) -> None:
    """The one place the benchmark moves the chain (gates that need more, e.g. a rollout, are met here)."""
    for number in range(start, phase + 1):
        api.prepare_for(settings, number)  # what the phase's contract requires (phase 5: rollout, verify)
        api.advance(settings, number)


def tenant_ids(url: str) -> list[int]:
    with psycopg.connect(libpq_url(url)) as conn:
        return [r[0] for r in conn.execute(
            "SELECT id FROM invoices WHERE client_id = %s ORDER BY md5(id::text) LIMIT %s", (TENANT, LOOKUPS))]


def run_once(conn: psycopg.Connection, query: str, ids: list[int], role: str | None, context) -> float:
    """Seconds for one measured run; as `role` with the tenant context set, else as the owner."""
    with conn.transaction():
        if role is not None:
            conn.execute(f'SET LOCAL ROLE "{role}"')
            conn.execute(*context)
        started = time.perf_counter()
        for lookup in ids if "%(id)s" in query else [None] * SCANS:
            conn.execute(query, {"tenant": TENANT, "id": lookup}).fetchall()
        return time.perf_counter() - started


def index_used(conn: psycopg.Connection, query: str, index: str, ids: list[int], role: str, context) -> bool:
    with conn.transaction(force_rollback=True):
        conn.execute(f'SET LOCAL ROLE "{role}"')
        conn.execute(*context)
        plan = "\n".join(r[0] for r in conn.execute("EXPLAIN " + query, {"id": ids[0], "tenant": TENANT}))
    return index in plan


def measure(url: str, app_role: str, manifest, repeat: int) -> dict:
    """Median seconds per query and variant, the two variants in a shuffled order every round."""
    ids = tenant_ids(url)
    context = set_context_sql(manifest, TENANT)
    reset_physical_state(url, ["invoices", "appointments", "patients"])
    order = random.Random(20261122)  # the same shuffles in every run of the benchmark
    times: dict[str, dict[str, list[float]]] = {name: {"rls": [], "owner": []} for name in QUERIES}
    with psycopg.connect(libpq_url(url)) as conn:
        used = {name: index_used(conn, QUERIES[name][0], INDEXES[name], ids, app_role, context) for name in QUERIES}
        for name, (rls_sql, owner_sql) in QUERIES.items():
            variants = {"rls": (rls_sql, app_role), "owner": (owner_sql, None)}
            for sql, role in variants.values():
                run_once(conn, sql, ids, role, context)  # warm the cache for both
            for _ in range(repeat):
                for variant in order.sample(list(variants), k=2):
                    sql, role = variants[variant]
                    times[name][variant].append(run_once(conn, sql, ids, role, context))
    return {name: {"rls_s": median(v["rls"]), "owner_s": median(v["owner"]), "index_used": used[name]}
            for name, v in times.items()}


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--rows", type=int, default=100_000, help="size of the telehealth example")
    args = options.parse_args()
    with server(args) as server_url, scratch_database(server_url) as (url, role_prefix), \
            TemporaryDirectory() as work:
        settings = api.Settings(
            database_url=url, manifest_path=str(Path(work) / "tenancy.toml"),
            lock_policy=LockPolicy(timeout_ms=2000, attempts=5),
            options=RunOptions(backup_dir=str(Path(work) / "backups"), batch_size=20000),
        )
        started = time.monotonic()
        api.load_example(settings, "telehealth", rows=args.rows, manifest_out=settings.manifest_path,
                         role_prefix=role_prefix)
        manifest = manifest_mod.load(settings.manifest_path)
        app_role = f"{role_prefix}app_user"
        advance_to(settings, 4)
        api.rollout(settings, enable=True, tenant=TENANT)
        rollout = measure(url, app_role, manifest, args.repeat)
        advance_to(settings, 5, start=5)
        swapped = measure(url, app_role, manifest, args.repeat)
        print(f"rows={args.rows}, tenant {TENANT}, {args.repeat} alternated runs per variant, "
              f"{LOOKUPS} point lookups or {SCANS} scans per run; set-up and chain {time.monotonic() - started:.0f}s")
        for label, figures in (("phase 4, one tenant enforced", rollout), ("phase 5", swapped)):
            for name, f in figures.items():
                print(f"  {label:<29} {name:<6} RLS {f['rls_s'] * 1000:8.2f} ms  owner+WHERE "
                      f"{f['owner_s'] * 1000:8.2f} ms  ratio {f['rls_s'] / f['owner_s']:.3f}  "
                      f"key index used under RLS: {f['index_used']}")

        def ratio(figures: dict, name: str) -> float:
            return round(figures[name]["rls_s"] / figures[name]["owner_s"], 3)

        rollout_total = sum(f["rls_s"] for f in rollout.values()) / sum(f["owner_s"] for f in rollout.values())
        emit({
            "rows": args.rows,
            "ratio_point": ratio(swapped, "point"),
            "ratio_count": ratio(swapped, "count"),
            "ratio_join": ratio(swapped, "join"),
            "ratio_rollout": round(rollout_total, 3),
            "index_used": {name: f["index_used"] for name, f in swapped.items()},
            "index_used_rollout": {name: f["index_used"] for name, f in rollout.items()},
        })


if __name__ == "__main__":
    main()
