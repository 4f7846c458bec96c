"""What phase 1's fill trigger costs an application insert that names no tenant.

On the telehealth example at phase 1, one connection as the application role, stating no
tenant (unchanged code), inserts single rows, each its own transaction, into tables whose
key the trigger derives from each backfill source: a parent (appointments <- patients), the
memberships (patients <- created_by), the legacy tenant (audit_events), and an SQL
expression (messages). The same inserts run with the trigger disabled
(`ALTER TABLE ... DISABLE TRIGGER`), alternated per round; the ratio is inserts/s with the
trigger over inserts/s without it, per table and in total, medians over --repeat rounds.

    python -m bench.fill_trigger --rows 3000 --inserts 3000 --repeat 3

Last line: one JSON object with per-table and total ratios, and any failed inserts by SQLSTATE.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import psycopg

from bench import common
from tenantmig import api, naming
from tenantmig import manifest as manifest_mod
from tenantmig.db import qualify, quote_ident
from tenantmig.logs import configure_logging
from tenantmig.servers import libpq_url
from tenantmig.steps import RunOptions

# table -> (source, one insert naming no tenant)
INSERTS = {
    "appointments": ("parent", "INSERT INTO appointments (patient_id, scheduled_at, status) "
                               "VALUES (%(patient)s, now(), 'scheduled')"),
    "patients": ("memberships", "INSERT INTO patients (created_by, full_name) VALUES (%(user)s, 'Bench')"),
    "audit_events": ("legacy", "INSERT INTO audit_events (occurred_at, action, detail) "
                               "VALUES (now(), 'bench', '{}')"),
    "messages": ("sql", "INSERT INTO messages (clinic_slug, sender, body, sent_at) "
                        "VALUES (%(slug)s, 'patient', 'bench', now())"),
}

# Values one clinic's unchanged code would write: a patient, a single-clinic clinician, the clinic's slug.
KNOWN = """
SELECT (SELECT min(id) FROM patients),
       (SELECT min(user_id) FROM (SELECT user_id FROM user_organizations GROUP BY 1 HAVING count(*) = 1) u),
       (SELECT min(slug) FROM organizations)
"""


def _insert_rate(conn: psycopg.Connection, sql: str, params: dict, count: int, failures: dict[str, int]) -> float:
    started = time.perf_counter()
    for _ in range(count):
        try:
            conn.execute(sql, params)
        except psycopg.Error as exc:
            failures[exc.sqlstate or "?"] = failures.get(exc.sqlstate or "?", 0) + 1
    return count / (time.perf_counter() - started)


def _set_trigger(admin: psycopg.Connection, spec, enabled: bool) -> None:
    verb = "ENABLE" if enabled else "DISABLE"
    admin.execute(f"ALTER TABLE {qualify(spec.qualified)} {verb} TRIGGER {quote_ident(naming.fill_trigger(spec))}")


def one_run(server_url: str, rows: int, inserts: int, repeat: int) -> dict:
    with common.scratch_database(server_url, prefix="tenantmig_bench_fill") as (url, role_prefix), \
            tempfile.TemporaryDirectory() as tmp:
        settings = api.Settings(database_url=url, manifest_path=str(Path(tmp) / "tenancy.toml"),
                                options=RunOptions(backup_dir=str(Path(tmp) / "backups")))
        api.load_example(settings, "telehealth", rows=rows, manifest_out=settings.manifest_path,
                         role_prefix=role_prefix)
        api.advance(settings, 0)
        api.advance(settings, 1)
        manifest = manifest_mod.load(settings.manifest_path)
        specs = {s.name: s for s in manifest.backfill_order()}
        rates: dict[str, dict[str, list[float]]] = {t: {"with": [], "without": []} for t in INSERTS}
        failures: dict[str, dict[str, dict[str, int]]] = {t: {"with": {}, "without": {}} for t in INSERTS}
        with psycopg.connect(libpq_url(url), autocommit=True) as admin, \
                psycopg.connect(libpq_url(url), user=f"{role_prefix}app_user", autocommit=True) as app:
            patient, user, slug = admin.execute(KNOWN).fetchone()
            params = {"patient": patient, "user": user, "slug": slug}
            for round_no in range(repeat):
                # Alternate which variant goes first, so drift on a shared machine falls on both.
                order = ("with", "without") if round_no % 2 == 0 else ("without", "with")
                for table, (_source, sql) in INSERTS.items():
                    for variant in order:
                        _set_trigger(admin, specs[table], variant == "with")
                        rates[table][variant].append(
                            _insert_rate(app, sql, params, inserts, failures[table][variant]))
                    _set_trigger(admin, specs[table], True)
    result = {}
    for table, (source, _sql) in INSERTS.items():
        with_trigger, without = common.median(rates[table]["with"]), common.median(rates[table]["without"])
        result[table] = {"source": source, "inserts_per_s_with": round(with_trigger),
                         "inserts_per_s_without": round(without),
                         "ratio": round(with_trigger / without, 3) if without else None,
                         "failed_with": failures[table]["with"], "failed_without": failures[table]["without"]}
    return result


def main() -> None:
    parser = common.parser(__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3000, help="size of the example (its `rows` parameter)")
    parser.add_argument("--inserts", type=int, default=3000, help="single-row inserts per table and variant")
    args = parser.parse_args()
    configure_logging(-1)
    with common.server(args) as server_url:
        tables = one_run(server_url, args.rows, args.inserts, args.repeat)
    for table, figures in tables.items():
        print(f"{table:<14} {figures['source']:<12} with {figures['inserts_per_s_with']:>6}/s  without "
              f"{figures['inserts_per_s_without']:>6}/s  ratio {figures['ratio']}  failed with trigger: "
              f"{figures['failed_with'] or 'none'}", flush=True)
    working = [f for f in tables.values() if not f["failed_with"] and f["ratio"]]
    common.emit({"rows": args.rows, "inserts": args.inserts, "repeat": args.repeat, "tables": tables,
                 "ratio_min_of_working_sources": min((f["ratio"] for f in working), default=None)})


if __name__ == "__main__":
    main()
