"""Phase 4's gradual rollout: which tenants and tables the transition policies enforce.

The switches are rows of `tenantmig.rollout` (created by p4_01, read by
`tenantmig.enforced()` inside every transition policy). Every change is a ledger
entry, so phase 5's gate can tell whether a passing `tenantmig verify` came after
the last change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import psycopg

from tenantmig import shown
from tenantmig.chain import ChainState
from tenantmig.db import qualify, quote_ident
from tenantmig.errors import StateError, UsageError
from tenantmig.ledger import SCHEMA
from tenantmig.manifest import Manifest
from tenantmig.phases import PHASES

ENABLE_EVENT = "rollout.enable"
DISABLE_EVENT = "rollout.disable"
VERIFY_EVENT = "verify"
CHANGED = "ok"  # the ledger outcome of a rollout command that changed a switch
UNCHANGED = "unchanged"

PHASE = next(p.number for p in PHASES if p.rollout)  # the phase whose policies the switches govern


@dataclass(frozen=True)
class Switch:
    scope: str  # all | table | tenant
    value: str  # '' for all, a qualified table name, or a tenant id in its canonical text form
    enabled_at: dt.datetime | None = None
    enabled_by: str | None = None

    def describe(self) -> str:
        return "everyone" if self.scope == "all" else f"{self.scope} {self.value}"

    def as_dict(self) -> dict:
        return {"scope": self.scope, "value": self.value,
                "enabled_at": self.enabled_at.isoformat() if self.enabled_at else None,
                "enabled_by": self.enabled_by}


def require_phase(state: ChainState, *, changing: bool) -> None:
    """Rollout switches exist from phase 4 to 5; they only decide anything at phase 4."""
    where = state.describe()
    current = state.current_phase
    partial = state.partial_phase
    if current is None or current < PHASE:
        raise StateError(f"rollout needs the database at phase 4: it is {where}",
                         hint="Advance to phase 4 first: tenantmig advance --phase 4")
    if not changing:
        return
    if partial is not None:
        raise StateError(f"the database is {where}: the rollout cannot change half-way through a phase",
                         hint=f"Finish or undo phase {partial.number} first.")
    if current > PHASE:
        raise StateError(
            f"the database is {where}: strict policies enforce every tenant and table, the rollout switches "
            "decide nothing any more",
            hint="To enforce per tenant or table again, roll back to phase 4: tenantmig rollback --phase "
                 f"{current} (one phase at a time).",
        )


def switches_exist(conn: psycopg.Connection) -> bool:
    return conn.execute(f"SELECT to_regclass('{SCHEMA}.rollout') IS NOT NULL").fetchone()[0]


def read_switches(conn: psycopg.Connection) -> list[Switch]:
    if not switches_exist(conn):
        return []
    rows = conn.execute(
        f"SELECT scope, value, enabled_at, enabled_by FROM {SCHEMA}.rollout ORDER BY scope, value").fetchall()
    return [Switch(*row) for row in rows]


def everything_enforced(conn: psycopg.Connection) -> bool:
    return any(s.scope == "all" for s in read_switches(conn))


def target(conn: psycopg.Connection, manifest: Manifest, *, tenant: str | None, table: str | None,
           everyone: bool) -> Switch:
    """The switch a command names, validated against the manifest and the tenants table."""
    given = [name for name, value in (("--tenant", tenant), ("--table", table), ("--all", everyone)) if value]
    if len(given) != 1:
        raise UsageError("name exactly one of --tenant ID, --table NAME or --all"
                         + (f" (got {', '.join(given)})" if given else ""))
    if everyone:
        return Switch("all", "")
    if table is not None:
        return Switch("table", _manifest_table(manifest, table))
    return Switch("tenant", _existing_tenant(conn, manifest, tenant))


def _manifest_table(manifest: Manifest, name: str) -> str:
    qualified = name if "." in name else f"{manifest.schemas[0]}.{name}"
    spec = manifest.tables.get(qualified)
    if spec is None:
        raise UsageError(f"table {shown.table(qualified)} is not in the manifest ({manifest.path or 'tenancy.toml'})",
                         hint="Name a table with pattern tenant, shared or global.")
    if spec.pattern == "exempt":
        raise UsageError(f"table {shown.table(qualified)} is exempt in the manifest: it has no tenant policies to enforce")
    return qualified


def _existing_tenant(conn: psycopg.Connection, manifest: Manifest, tenant: str) -> str:
    """The tenant id in the text form tenantmig.enforced() compares with, if that tenant exists."""
    try:
        with conn.transaction():
            canonical = conn.execute(f"SELECT (%s::{manifest.key_type})::text", (tenant,)).fetchone()[0]
    except (psycopg.errors.InvalidTextRepresentation, psycopg.errors.NumericValueOutOfRange):
        raise UsageError(f"tenant {tenant!r} is not a valid {manifest.key_type} (tenancy.type)") from None
    found = conn.execute(
        f"SELECT 1 FROM {qualify(manifest.tenants_qualified)} WHERE {quote_ident(manifest.tenants_key)}::text = %s",
        (canonical,),
    ).fetchone()
    if not found:
        raise UsageError(f"tenant {canonical} does not exist in {shown.table(manifest.tenants_qualified)}",
                         hint=f"Tenants are the rows of {shown.table(manifest.tenants_qualified)}({shown.ident(manifest.tenants_key)}).")
    return canonical


def change(conn: psycopg.Connection, switch: Switch, *, enable: bool) -> bool:
    """Turn one switch on or off; True if that changed anything."""
    if enable:
        cur = conn.execute(f"INSERT INTO {SCHEMA}.rollout (scope, value) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                           (switch.scope, switch.value))
    else:
        cur = conn.execute(f"DELETE FROM {SCHEMA}.rollout WHERE scope = %s AND value = %s",
                           (switch.scope, switch.value))
    return cur.rowcount > 0


def verification_problems(conn: psycopg.Connection, manifest_sha256: str) -> list[str]:
    """Why phase 5 may not start yet: no passing verify with this manifest after the last rollout change."""
    last_change, last_verify = conn.execute(
        f"""
        SELECT max(id) FILTER (WHERE event IN (%s, %s) AND outcome = %s),
               max(id) FILTER (WHERE event = %s AND outcome = 'ok' AND manifest_sha256 = %s)
        FROM {SCHEMA}.ledger
        """,
        (ENABLE_EVENT, DISABLE_EVENT, CHANGED, VERIFY_EVENT, manifest_sha256),
    ).fetchone()
    if last_verify is None:
        return ["no passing `tenantmig verify` is recorded for this manifest: run it at phase 4 after "
                "`tenantmig rollout enable --all`"]
    if last_change is not None and last_verify < last_change:
        return [f"the rollout changed (ledger entry {last_change}) after the last passing verify "
                f"(ledger entry {last_verify}): run `tenantmig verify` again"]
    return []
