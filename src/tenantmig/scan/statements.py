"""What the application actually runs: pg_stat_statements, read for the application roles.

Each statement an application role ran against a tenant table either names the table's
tenant key in a predicate or does not. Those that do not are the ones phase 5 changes:
a read returns only the current tenant's rows (or none without a tenant set), a write
fails or touches fewer rows. Meant to be read before phase 5 (`plan --phase 5`,
`scan --database`, and `statements_check()` for a `check` command).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import psycopg
import psycopg.sql

from tenantmig.db import connect
from tenantmig.manifest import Manifest
from tenantmig.scan.model import Targets
from tenantmig.scan.sql import table_predicates

_EFFECT = {
    "select": "will return only the current tenant's rows after phase 5 (none with no tenant set)",
    "update": "will update only the current tenant's rows after phase 5",
    "delete": "will delete only the current tenant's rows after phase 5",
    "insert": "will fail after phase 5 unless each row's key is the current tenant",
}


@dataclass(frozen=True)
class AppStatement:
    role: str
    table: str
    command: str
    tenant_predicate: bool
    calls: int
    rows: int
    query: str
    queryid: int | None = None

    @property
    def effect(self) -> str | None:
        return None if self.tenant_predicate else _EFFECT.get(self.command, "may behave differently after phase 5")

    def as_dict(self) -> dict:
        return {**dataclasses.asdict(self), "effect": self.effect}


@dataclass
class StatementsResult:
    available: bool
    reason: str | None = None  # why pg_stat_statements could not be read
    roles: tuple[str, ...] = ()
    statements: list[AppStatement] = field(default_factory=list)
    unparsed: int = 0  # statements of those roles the parser could not read (e.g. truncated text)

    @property
    def without_predicate(self) -> list[AppStatement]:
        return [s for s in self.statements if not s.tenant_predicate]

    @property
    def with_predicate(self) -> list[AppStatement]:
        return [s for s in self.statements if s.tenant_predicate]

    def as_dict(self) -> dict:
        return {"available": self.available, "reason": self.reason, "roles": list(self.roles),
                "with_tenant_predicate": [s.as_dict() for s in self.with_predicate],
                "without_tenant_predicate": [s.as_dict() for s in self.without_predicate],
                "unparsed": self.unparsed}


def _view(conn: psycopg.Connection) -> str | None:
    """pg_stat_statements, qualified by the schema its extension lives in; None if not installed."""
    found = conn.execute(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_stat_statements'").fetchone()
    return None if found is None else psycopg.sql.Identifier(found[0]).as_string(conn) + ".pg_stat_statements"


def transaction_counts(conn: psycopg.Connection, roles: tuple[str, ...]) -> dict[str, tuple[int, int]] | None:
    """Per role: (transactions ended, tenant settings made), as pg_stat_statements counts them.

    Explicit transactions only (drivers send BEGIN/COMMIT as statements, which
    pg_stat_statements.track_utility counts); a tenant setting is any set_config() call or
    SET LOCAL. Their difference estimates the transactions that never set a tenant. None when
    the extension cannot be read.
    """
    view = _view(conn)
    if view is None:
        return None
    try:
        with conn.transaction():
            rows = conn.execute(
                rf"""
                SELECT r.rolname,
                       coalesce(sum(s.calls) FILTER (WHERE s.query ~* '^\s*(commit|end|abort|rollback)\s*;?\s*$'), 0),
                       coalesce(sum(s.calls) FILTER (WHERE s.query ~* 'set_config\s*\(|^\s*set\s+local\s'), 0)
                FROM {view} s JOIN pg_roles r ON r.oid = s.userid
                WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND r.rolname = ANY(%s)
                GROUP BY r.rolname
                """, (list(roles),)).fetchall()
    except psycopg.errors.ObjectNotInPrerequisiteState:
        return None
    return {role: (int(ended), int(settings)) for role, ended, settings in rows}


def read(conn: psycopg.Connection, manifest: Manifest) -> StatementsResult:
    """The application roles' statements on tenant tables in this database, busiest first."""
    roles = manifest.roles.filtered
    view = _view(conn)
    if view is None:
        return StatementsResult(False, "pg_stat_statements is not installed in this database "
                                       "(CREATE EXTENSION pg_stat_statements; it must also be in "
                                       "shared_preload_libraries)", roles)
    try:
        with conn.transaction():
            rows = conn.execute(
                f"""
                SELECT r.rolname, s.query, sum(s.calls)::bigint, sum(s.rows)::bigint, s.queryid
                FROM {view} s
                JOIN pg_roles r ON r.oid = s.userid
                WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND r.rolname = ANY(%s)
                GROUP BY r.rolname, s.query, s.queryid
                ORDER BY sum(s.calls) DESC
                """, (list(roles),)).fetchall()
    except psycopg.errors.ObjectNotInPrerequisiteState as exc:
        return StatementsResult(False, f"pg_stat_statements is installed but not loaded: {exc.diag.message_primary} "
                                       "(add it to shared_preload_libraries and restart)", roles)
    targets = Targets.from_manifest(manifest)
    result = StatementsResult(True, None, roles)
    for role, query, calls, nrows, queryid in rows:
        if query == "<insufficient privilege>":
            result.available = False
            result.reason = ("the statements of other roles are hidden from this user: grant it pg_read_all_stats "
                             "(or connect as a role that has it)")
            result.statements.clear()
            return result
        found = table_predicates(query, targets)
        if found is None:
            result.unparsed += 1
            continue
        for command, table, keyed in found:
            result.statements.append(AppStatement(role, table, command, keyed, calls, nrows, query, queryid))
    return result


def application_statements(url: str, manifest: Manifest) -> StatementsResult:
    with connect(url, "scan --database") as conn:
        return read(conn, manifest)


def statements_check(url: str, manifest: Manifest) -> tuple[bool, list[str]]:
    """For a `check` command: (ok, problems). Not ok when an application role runs statements on tenant
    tables with no tenant predicate; an unreadable pg_stat_statements is said, not failed."""
    result = application_statements(url, manifest)
    if not result.available:
        return True, [f"pg_stat_statements not read: {result.reason}"]
    return (not result.without_predicate,
            [f"{s.role} runs {s.command} on {s.table} with no tenant predicate ({s.calls} calls): {s.effect}"
             for s in result.without_predicate])
