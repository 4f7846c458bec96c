"""What phase 1's fill trigger costs an application insert that names no tenant.

On the telehealth example at phase 2 (keys backfilled, so a parent's key is there to copy),
one connection as the application role inserts single rows, each its own transaction with a
synchronous commit (as an application's), into tables whose key the trigger derives from each
backfill source: a parent (appointments <- patients), the memberships (patients <- created_by),
the legacy tenant (audit_events), and an SQL expression (messages). With the trigger: the insert
names no tenant (unchanged code). Without it: the same table with the trigger dropped (recreated
from pg_get_triggerdef for the next block), the insert naming the key the trigger would have
derived, so both variants pay the key's foreign-key check and index entry and the difference is
the trigger alone.

Measured in rounds: in each, every table gets one block with and one without, back to back (which
goes first alternates between rounds), and the round's ratio is the two blocks' inserts/s. A
machine whose speed drifts moves both blocks of a pair alike; the figure is the median of the
rounds' ratios, with their spread (min, quartiles, max).

    python -m bench.fill_trigger --rows 3000 --inserts 500 --repeat 15

--cascade measures instead what the key-following foreign keys of phase 1 (parent_cascade)
cost the same unchanged inserts, fill trigger on in both variants: appointments (a child:
one more foreign-key check per insert) and patients (a parent: one more unique index), with
the foreign keys and the parents' unique (key, id) indexes in place, and with them dropped
(recreated before the next round, as phase 1 builds them). Alternated per round, medians.

Last line: one JSON object with per-table and total ratios, and any failed inserts by SQLSTATE.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import psycopg

from bench import common
from tenantmig import api, naming, parent_cascade
from tenantmig import catalog as catalog_mod
from tenantmig import manifest as manifest_mod
from tenantmig.db import create_engine, qualify
from tenantmig.ops import statements_of, undo
from tenantmig.ops.tables import DropTrigger
from tenantmig.logs import configure_logging
from tenantmig.servers import libpq_url
from tenantmig.options import RunOptions

# table -> (source, the insert naming no tenant, the same insert naming the key the trigger would derive)
INSERTS = {
    "appointments": ("parent", "INSERT INTO appointments (patient_id, scheduled_at, status{}) "
                               "VALUES (%(patient)s, now(), 'scheduled'{})", "patient_tenant"),
    "patients": ("memberships", "INSERT INTO patients (created_by, full_name{}) VALUES (%(user)s, 'Bench'{})",
                 "user_tenant"),
    "audit_events": ("legacy", "INSERT INTO audit_events (occurred_at, action, detail{}) "
                               "VALUES (now(), 'bench', '{{}}'{})", "legacy"),
    "messages": ("sql", "INSERT INTO messages (clinic_slug, sender, body, sent_at{}) "
                        "VALUES (%(slug)s, 'patient', 'bench', now(){})", "slug_tenant"),
}

# --cascade: a child whose foreign key to its parent is checked on insert, and that parent.
CASCADE_TABLES = ("appointments", "patients")

# Values one clinic's unchanged code would write (a patient, a single-clinic clinician, a clinic's
# slug), and the tenant the trigger derives from each.
KNOWN = """
WITH p AS (SELECT id, client_id FROM patients ORDER BY id LIMIT 1),
     u AS (SELECT min(user_id) AS id FROM (SELECT user_id FROM user_organizations GROUP BY 1 HAVING count(*) = 1) s),
     o AS (SELECT id, slug FROM organizations WHERE slug <> 'legacy' ORDER BY slug LIMIT 1)
SELECT p.id, p.client_id, u.id, (SELECT organization_id FROM user_organizations WHERE user_id = u.id), o.slug, o.id
FROM p, u, o
"""


def _statement(table: str, named: bool) -> str:
    _source, sql, tenant = INSERTS[table]
    return sql.format(", client_id", f", %({tenant})s") if named else sql.format("", "")


def _insert_rate(conn: psycopg.Connection, sql: str, params: dict, count: int, failures: dict[str, int]) -> float:
    started = time.perf_counter()
    for _ in range(count):
        try:
            conn.execute(sql, params)
        except psycopg.Error as exc:
            failures[exc.sqlstate or "?"] = failures.get(exc.sqlstate or "?", 0) + 1
    return count / (time.perf_counter() - started)


def _trigger_definition(admin: psycopg.Connection, spec) -> str:
    return admin.execute(
        "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = %s::regclass AND tgname = %s",
        (qualify(spec.qualified), naming.fill_trigger(spec))).fetchone()[0]


def _set_trigger(admin: psycopg.Connection, spec, definition: str, present: bool) -> None:
    if present:
        admin.execute(definition.replace("CREATE TRIGGER", "CREATE OR REPLACE TRIGGER", 1))
    else:
        for statement in statements_of([DropTrigger(spec.qualified, naming.fill_trigger(spec))]):
            admin.execute(statement.sql)


def _quartiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return ordered[len(ordered) // 4], ordered[(3 * len(ordered)) // 4]


def _catalog(url: str, manifest):
    engine = create_engine(url, "bench fill_trigger")
    try:
        with engine.connect() as sa_conn:
            return catalog_mod.read(sa_conn, tuple(manifest.schemas) + (manifest.tenants_schema,))
    finally:
        engine.dispose()


def _set_cascade(admin: psycopg.Connection, links: list, present: bool) -> None:
    built = [*(link.create_index() for link in parent_cascade.indexes_of(links)), *(link.add() for link in links)]
    if present:
        _set_cascade(admin, links, False)  # rebuilt every round, as phase 1 builds them
    for statement in statements_of(built if present else undo(built)):
        admin.execute(statement.sql)


def one_run(server_url: str, rows: int, inserts: int, repeat: int, async_commit: bool = False,
            cascade: bool = False) -> dict:
    with common.scratch_database(server_url, prefix="tenantmig_bench_fill") as (url, role_prefix), \
            tempfile.TemporaryDirectory() as tmp:
        settings = api.Settings(database_url=url, manifest_path=str(Path(tmp) / "tenancy.toml"),
                                options=RunOptions(backup_dir=str(Path(tmp) / "backups")))
        api.load_example(settings, "telehealth", rows=rows, manifest_out=settings.manifest_path,
                         role_prefix=role_prefix)
        for number in (0, 1, 2):
            api.advance(settings, number)
        manifest = manifest_mod.load(settings.manifest_path)
        specs = {s.name: s for s in manifest.backfill_order()}
        links = parent_cascade.links(manifest, _catalog(url, manifest)) if cascade else []
        rates: dict[str, dict[str, list[float]]] = {t: {"with": [], "without": []} for t in INSERTS}
        ratios: dict[str, list[float]] = {t: [] for t in INSERTS}
        failures: dict[str, dict[str, dict[str, int]]] = {t: {"with": {}, "without": {}} for t in INSERTS}
        with psycopg.connect(libpq_url(url), autocommit=True) as admin, \
                psycopg.connect(libpq_url(url), user=f"{role_prefix}app_user", autocommit=True) as app:
            if async_commit:
                # Without the WAL flush per commit, the insert's own work (and the trigger's) is what is timed.
                app.execute("SET synchronous_commit = off")
            definitions = {t: _trigger_definition(admin, specs[t]) for t in INSERTS}
            patient, patient_tenant, user, user_tenant, slug, slug_tenant = admin.execute(KNOWN).fetchone()
            params = {"patient": patient, "patient_tenant": patient_tenant, "user": user, "user_tenant": user_tenant,
                      "slug": slug, "slug_tenant": slug_tenant, "legacy": manifest.legacy_tenant}
            # A round of warm-up (caches, plans, the WAL segment) that no figure includes.
            for table in INSERTS:
                _insert_rate(app, _statement(table, False), params, min(inserts, 200), {})
            for round_no in range(repeat):
                order = ("with", "without") if round_no % 2 == 0 else ("without", "with")
                if cascade:
                    # Unchanged code in both variants (fill trigger on, no key named); only the cascade objects differ.
                    pairs: dict[str, dict[str, float]] = {table: {} for table in CASCADE_TABLES}
                    for variant in order:
                        _set_cascade(admin, links, variant == "with")
                        for table in CASCADE_TABLES:
                            pairs[table][variant] = _insert_rate(
                                app, _statement(table, False), params, inserts, failures[table][variant])
                            rates[table][variant].append(pairs[table][variant])
                    _set_cascade(admin, links, True)
                    for table, pair in pairs.items():
                        ratios[table].append(pair["with"] / pair["without"])
                    continue
                for table in INSERTS:
                    pair = {}
                    for variant in order:
                        _set_trigger(admin, specs[table], definitions[table], variant == "with")
                        pair[variant] = _insert_rate(
                            app, _statement(table, variant == "without"), params, inserts, failures[table][variant])
                        rates[table][variant].append(pair[variant])
                    _set_trigger(admin, specs[table], definitions[table], True)
                    ratios[table].append(pair["with"] / pair["without"])
    result = {}
    for table, (source, _sql, _tenant) in INSERTS.items():
        if cascade and table not in CASCADE_TABLES:
            continue
        low, high = _quartiles(ratios[table])
        result[table] = {"source": source,
                         "inserts_per_s_with": round(common.median(rates[table]["with"])),
                         "inserts_per_s_without": round(common.median(rates[table]["without"])),
                         "ratio": round(common.median(ratios[table]), 3),
                         "ratio_min": round(min(ratios[table]), 3), "ratio_q1": round(low, 3),
                         "ratio_q3": round(high, 3), "ratio_max": round(max(ratios[table]), 3),
                         "failed_with": failures[table]["with"], "failed_without": failures[table]["without"]}
    return result


def main() -> None:
    parser = common.parser(__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000, help="size of the example (its `rows` parameter)")
    parser.add_argument("--inserts", type=int, default=500, help="single-row inserts per block (one table, one variant)")
    parser.add_argument("--async-commit", action="store_true",
                        help="the inserting session commits with synchronous_commit = off (no disk wait per insert)")
    parser.add_argument("--cascade", action="store_true",
                        help="with / without the key-following foreign keys and their parent indexes instead")
    args = parser.parse_args()
    configure_logging(-1)
    with common.server(args) as server_url:
        tables = one_run(server_url, args.rows, args.inserts, args.repeat, args.async_commit, args.cascade)
    for table, figures in tables.items():
        print(f"{table:<14} {figures['source']:<12} with {figures['inserts_per_s_with']:>6}/s  without "
              f"{figures['inserts_per_s_without']:>6}/s  ratio {figures['ratio']} (rounds {figures['ratio_min']}"
              f"-{figures['ratio_max']}, quartiles {figures['ratio_q1']}-{figures['ratio_q3']})  failed with trigger: "
              f"{figures['failed_with'] or 'none'}", flush=True)
    working = [f for f in tables.values() if not f["failed_with"] and f["ratio"]]
    common.emit({"rows": args.rows, "inserts": args.inserts, "repeat": args.repeat, "async_commit": args.async_commit,
                 "cascade": args.cascade,
                 "tables": tables,
                 "ratio_min_of_working_sources": min((f["ratio"] for f in working), default=None)})


if __name__ == "__main__":
    main()
