"""What an unchanged application may notice of the migration, found and said before it happens.

Two things reach an application that has not changed a line:

- **Prepared `SELECT *`.** A statement prepared before a column is added or dropped fails
  once on its next execution with 0A000 `cached plan must not change result type` (psycopg
  after `prepare_threshold` executions, JDBC after `prepareThreshold`, pgx's statement cache,
  Rails' `SELECT "t".*`). No server setting avoids it: phase 1 adds the key columns and its
  rollback drops them, so both say so first and, where pg_stat_statements is installed, name
  the statements that select `*` (or return `*`) from those tables with their call counts.
- **The application's own UPDATE triggers.** The backfill and its rollback update every row
  of a tenant table; a `BEFORE UPDATE` trigger (`updated_at = now()`) would rewrite a column
  of each. Where the connection may set `session_replication_role = replica` they do not fire
  (see `quiet()` for what else that turns off and why that is safe here); otherwise phase 2
  refuses until the DBA passes `--fire-app-triggers`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg

from tenantmig import naming, shown
from tenantmig.db import qualify
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.phases import p1_tenant_columns as p1

# tgtype bits (src/include/catalog/pg_trigger.h)
_ROW, _BEFORE, _INSTEAD, _UPDATE = 1, 2, 64, 16


# -- prepared SELECT * -------------------------------------------------------------------------

def column_change_tables(conn: psycopg.Connection, manifest: Manifest, *, adding: bool) -> list[str]:
    """Tables whose row type phase 1 changes: the key column is added (upgrade) or dropped (downgrade)."""
    changed = []
    for spec in manifest.tables_with("tenant", "shared"):
        exists, present = conn.execute(
            "SELECT to_regclass(%(t)s) IS NOT NULL, EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(%(t)s) "
            "AND attname = %(c)s AND NOT attisdropped)", {"t": qualify(spec.qualified), "c": spec.column}).fetchone()
        if not exists:
            continue  # the manifest check names it; a missing table has no prepared statements to break
        if adding and not present:
            changed.append(spec.qualified)
        elif not adding and present and not _column_existed_before(conn, spec):
            changed.append(spec.qualified)
    return changed


def _column_existed_before(conn: psycopg.Connection, spec: TableSpec) -> bool:
    """Phase 1's snapshot says whether the key column was the application's own (then it is never dropped)."""
    if not conn.execute("SELECT to_regclass('tenantmig.snapshots') IS NOT NULL").fetchone()[0]:
        return False
    before = p1.CONTRACT.snapshot("before").load(conn) or {"tables": {}}
    return before["tables"].get(spec.qualified, {}).get("column_existed", False)


@dataclass(frozen=True)
class StarStatement:
    query: str
    calls: int
    tables: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"query": self.query, "calls": self.calls, "tables": list(self.tables)}


_STAR = re.compile(r"\b(?:select\s+(?:distinct\s+)?(?:(?:\"[^\"]+\"|\w+)\s*\.\s*)?\*|returning\s+\*)",
                   re.IGNORECASE)


def select_star_statements(conn: psycopg.Connection, tables: list[str]) -> list[StarStatement] | None:
    """Statements pg_stat_statements saw in this database that select or return `*` from `tables`.

    None when pg_stat_statements is not installed here (or not loaded by the server): then the
    warning cannot name statements, only the hazard.
    """
    found = conn.execute(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_stat_statements'").fetchone()
    if found is None or not tables:
        return None
    view = qualify(f"{found[0]}.pg_stat_statements")
    try:
        with conn.transaction():
            rows = conn.execute(
                f"SELECT query, sum(calls)::bigint FROM {view} WHERE dbid = "
                "(SELECT oid FROM pg_database WHERE datname = current_database()) AND query LIKE '%%*%%' "
                "GROUP BY query ORDER BY 2 DESC").fetchall()
    except psycopg.errors.ObjectNotInPrerequisiteState:
        return None  # installed, but the server was not started with it in shared_preload_libraries
    names = {t: re.compile(r'(?<![\w"])"?' + re.escape(t.split(".", 1)[1]) + r'"?(?![\w"])', re.IGNORECASE)
             for t in tables}
    statements = []
    for query, calls in rows:
        if not _STAR.search(query):
            continue
        hit = tuple(t for t, pattern in names.items() if pattern.search(query))
        if hit:
            statements.append(StarStatement(query, calls, hit))
    return statements


def select_star_warning(conn: psycopg.Connection, manifest: Manifest, *, adding: bool) -> list[str]:
    """The lines that say, before phase 1 or its rollback, which prepared statements will fail once."""
    tables = column_change_tables(conn, manifest, adding=adding)
    if not tables:
        return []
    verb = "adds a column to" if adding else "drops the column it added from"
    lines = [
        f"Prepared `SELECT *` hazard: this {verb} {len(tables)} table(s): {', '.join(shown.table(t) for t in tables)}.",
        "  A statement an application prepared before it that selects or returns `*` from them fails with 0A000",
        "  `cached plan must not change result type` (psycopg after prepare_threshold runs, JDBC, pgx, Rails'",
        "  `SELECT \"t\".*`) until the driver prepares it again; no server setting avoids it.",
        "  See runbooks/application.md.",
    ]
    statements = select_star_statements(conn, tables)
    if statements is None:
        lines.append("  pg_stat_statements is not available here: the statements at risk cannot be listed.")
    elif not statements:
        lines.append("  pg_stat_statements lists no statement selecting `*` from them.")
    else:
        lines.append(f"  pg_stat_statements lists {len(statements)} statement(s) selecting `*` from them:")
        for s in statements[:20]:
            one_line = " ".join(s.query.split())
            lines.append(f"    {s.calls:>10} calls  {one_line if len(one_line) <= 100 else one_line[:97] + '...'}")
    return lines


# -- application triggers ---------------------------------------------------------------------------

@dataclass(frozen=True)
class AppTrigger:
    table: str  # the manifest's table (a partition's trigger is listed under its parent)
    on: str  # the relation it is defined on
    name: str
    enabled: str  # pg_trigger.tgenabled: O origin (default), A always, R replica only
    timing: str
    level: str
    function: str

    def describe(self) -> str:
        mode = {"A": ", ENABLE ALWAYS", "R": ", ENABLE REPLICA"}.get(self.enabled, "")
        where = "" if self.on == self.table else f" on {self.on}"
        return f"{self.name}{where} ({self.timing} UPDATE {self.level}{mode}, {self.function}())"


def update_triggers(conn: psycopg.Connection, spec: TableSpec) -> list[AppTrigger]:
    """User triggers that an UPDATE of the tenant key would fire (tenantmig's own are not listed)."""
    if not conn.execute("SELECT to_regclass(%s) IS NOT NULL", (qualify(spec.qualified),)).fetchone()[0]:
        return []
    rows = conn.execute(
        """
        SELECT t.tgrelid::regclass::text, t.tgname, t.tgenabled, t.tgtype, t.tgfoid::regproc::text
        FROM pg_trigger t
        JOIN pg_proc p ON p.oid = t.tgfoid
        -- pg_partition_tree() is empty for a table that is not partitioned
        WHERE (t.tgrelid = %(table)s::regclass OR t.tgrelid IN (SELECT relid FROM pg_partition_tree(%(table)s::regclass)))
          AND NOT t.tgisinternal
          AND t.tgenabled <> 'D'
          AND (t.tgtype & 16) <> 0
          AND p.pronamespace <> coalesce(to_regnamespace('tenantmig'), 0)
          -- UPDATE OF other columns does not fire for an update of the key alone
          AND (cardinality(t.tgattr::int2[]) = 0 OR (
                SELECT a.attnum FROM pg_attribute a WHERE a.attrelid = t.tgrelid AND a.attname = %(column)s
              ) = ANY(t.tgattr::int2[]))
        ORDER BY 1, 2
        """, {"table": qualify(spec.qualified), "column": spec.column}).fetchall()
    found = []
    for on, name, enabled, tgtype, function in rows:
        timing = "INSTEAD OF" if tgtype & _INSTEAD else ("BEFORE" if tgtype & _BEFORE else "AFTER")
        level = "FOR EACH ROW" if tgtype & _ROW else "FOR EACH STATEMENT"
        found.append(AppTrigger(spec.qualified, on, name, enabled, timing, level, function))
    return found


def can_set_replica(conn: psycopg.Connection) -> bool:
    """Whether this session may set session_replication_role (superuser, or GRANT SET ON PARAMETER on 15+)."""
    try:
        with conn.transaction(force_rollback=True):
            conn.execute("SET LOCAL session_replication_role = replica")
        return True
    except psycopg.errors.InsufficientPrivilege:
        return False


def blocking_foreign_keys(conn: psycopg.Connection, spec: TableSpec, tenants_table: str) -> list[str]:
    """Foreign keys through the key column whose checks replica mode would skip with nothing re-checking them.

    Only the NOT VALID foreign key from the key column to the tenants table (phase 1's) is safe
    to skip: phase 3 validates it over the whole table. A validated one, another table's, or one
    that references the key column (its ON UPDATE action or check would not run), is not, except
    phase 1's key-following foreign key while NOT VALID (parent_cascade): phase 3 validates it
    over the whole child, and the backfill only gives a parent a key where it had none, which no
    child can reference, so no cascade is skipped.
    """
    rows = conn.execute(
        """
        SELECT c.conname, c.conrelid::regclass::text,
               c.convalidated OR c.confrelid IS DISTINCT FROM to_regclass(%(tenants)s) AS unchecked,
               c.conrelid = %(t)s::regclass AS outgoing,
               NOT c.convalidated AND starts_with(c.conname, %(cascade)s) AS cascade
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = %(t)s::regclass AND a.attname = %(column)s
        WHERE c.contype = 'f'
          AND ((c.conrelid = %(t)s::regclass AND a.attnum = ANY(c.conkey))
            OR (c.confrelid = %(t)s::regclass AND a.attnum = ANY(c.confkey)))
        """, {"t": qualify(spec.qualified), "column": spec.column, "tenants": qualify(tenants_table),
              "cascade": naming.PREFIX + "kfk_"}).fetchall()
    return [f"{name} on {table}" for name, table, unchecked, outgoing, cascade in rows
            if not cascade and (unchecked or not outgoing)]


@dataclass(frozen=True)
class TriggerPlan:
    """What the backfill (or its rollback) does about one table's application triggers."""

    table: str
    triggers: tuple[AppTrigger, ...]
    action: str  # "none", "skip" (replica mode), "fire" (--fire-app-triggers), "refuse"
    reason: str

    def as_dict(self) -> dict:
        return {"table": self.table, "triggers": [t.describe() for t in self.triggers], "action": self.action,
                "reason": self.reason}


def trigger_plan(conn: psycopg.Connection, spec: TableSpec, tenants_table: str, *, fire: bool,
                 may_set_replica: bool | None = None) -> TriggerPlan:
    triggers = tuple(update_triggers(conn, spec))
    if not triggers:
        return TriggerPlan(spec.qualified, (), "none", "no application trigger fires on UPDATE")
    if fire:
        return TriggerPlan(spec.qualified, triggers, "fire", "--fire-app-triggers: they fire on every row updated")
    always = [t.name for t in triggers if t.enabled == "A"]
    if always:
        return TriggerPlan(spec.qualified, triggers, "refuse",
                           f"ENABLE ALWAYS trigger(s) {', '.join(always)} fire even in replica mode")
    if may_set_replica is None:
        may_set_replica = can_set_replica(conn)
    if not may_set_replica:
        return TriggerPlan(spec.qualified, triggers, "refuse",
                           "this role may not set session_replication_role (superuser, or on PostgreSQL 15+ "
                           "GRANT SET ON PARAMETER session_replication_role TO <role>)")
    blocking = blocking_foreign_keys(conn, spec, tenants_table)
    if blocking:
        return TriggerPlan(spec.qualified, triggers, "refuse",
                           "replica mode would also skip the checks of foreign key(s) "
                           + ", ".join(blocking) + ", which nothing re-checks afterwards")
    # ENABLE REPLICA triggers fire only in replica mode: the ones that would fire are exactly those.
    replica_only = [t.name for t in triggers if t.enabled == "R"]
    if replica_only:
        return TriggerPlan(spec.qualified, triggers, "refuse",
                           f"ENABLE REPLICA trigger(s) {', '.join(replica_only)} fire only in replica mode")
    return TriggerPlan(spec.qualified, triggers, "skip",
                       "not fired: the backfill's sessions set session_replication_role = replica")


def trigger_plans(conn: psycopg.Connection, manifest: Manifest, *, fire: bool) -> list[TriggerPlan]:
    """One plan per table the backfill updates, parents first."""
    may = can_set_replica(conn)
    return [trigger_plan(conn, spec, manifest.tenants_qualified, fire=fire, may_set_replica=may)
            for spec in manifest.backfill_order()]


def refusal(plans: list[TriggerPlan]) -> list[str]:
    return [f"{shown.table(p.table)}: application trigger(s) {'; '.join(t.describe() for t in p.triggers)} would fire on every "
            f"row the backfill or its rollback updates, and cannot be kept from firing: {p.reason}. Pass "
            "--fire-app-triggers to let them fire, or see runbooks/phase-2-backfill.md for the alternatives"
            for p in plans if p.action == "refuse"]


@contextlib.contextmanager
def quiet(conn: psycopg.Connection, active: bool) -> Iterator[None]:
    """The session's UPDATEs fire no ordinary trigger while inside (session_replication_role = replica).

    Replica mode turns off every trigger and rule not marked ENABLE ALWAYS/REPLICA, for this
    session only, including the internal ones that check foreign keys. For the backfill that is:
    - the application's UPDATE triggers: the point;
    - tenantmig's fill triggers: BEFORE INSERT only, the backfill never inserts;
    - foreign keys of other columns: an update of the key alone never needs their checks;
    - the key's own NOT VALID foreign key to the tenants table: phase 3 validates it over every
      row (trigger_plan refuses replica mode where a validated or incoming foreign key involves
      the key column, since nothing would re-check those).
    Quarantine and its restore (DELETE/INSERT) never run inside.
    """
    if not active:
        yield
        return
    conn.execute("SET session_replication_role = replica")
    try:
        yield
    finally:
        if not conn.closed:
            conn.execute("RESET session_replication_role")
