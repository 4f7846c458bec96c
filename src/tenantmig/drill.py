"""Rollback drills: undo phases on a staging copy, re-apply them, and prove the data came back.

Before each rollback the content of every table is fingerprinted (row count, a
whole-row checksum and one checksum per column). After the rollback, every column
that was there before must hold the same values, and what the phase added may only
have disappeared. After re-applying, each level must match its fingerprint again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
import structlog

from tenantmig import chain, ledger, reader, shown
from tenantmig import manifest as manifest_mod
from tenantmig.counts import column_checksums, table_columns
from tenantmig.db import RunLock, connect, qualify, quote_ident
from tenantmig.errors import StateError, UsageError
from tenantmig.phases import phase
from tenantmig.phases.contract import Removable

log = structlog.get_logger("tenantmig.drill")

# Test hook, like TENANTMIG_CRASH_AT: TENANTMIG_DRILL_CORRUPT=<table> changes one value
# of one row of that table between the rollbacks and the re-advance, so a test can prove
# the drill notices and names the table.
CORRUPT_ENV = "TENANTMIG_DRILL_CORRUPT"
PRODUCTION_KEY = "production"


@dataclass
class PhaseDrill:
    phase: int
    name: str
    rollback_s: float = 0.0
    readvance_s: float = 0.0
    tables_compared: int = 0
    mismatches: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"phase": self.phase, "name": self.name, "rollback_s": round(self.rollback_s, 3),
                "readvance_s": round(self.readvance_s, 3), "tables_compared": self.tables_compared,
                "mismatches": self.mismatches}


@dataclass
class DrillResult:
    database: str
    where: str
    outcome: str  # "passed" | "failed" | "declined"
    phases: list[PhaseDrill] = field(default_factory=list)

    @property
    def mismatches(self) -> list[str]:
        return [f"phase {p.phase}: {m}" for p in self.phases for m in p.mismatches]

    def as_dict(self) -> dict:
        return {"database": self.database, "where": self.where, "outcome": self.outcome,
                "phases": [p.as_dict() for p in self.phases], "mismatches": self.mismatches}


@dataclass(frozen=True)
class Steps:
    """How the drill moves the chain: the api's rollback and (re-)advance of one phase."""

    rollback: Callable[[int], object]
    readvance: Callable[[int], object]


Fingerprint = dict[str, tuple[int, str, dict[str, str]]]  # table -> (rows, row checksum, column checksums)


def fingerprint(conn: psycopg.Connection, schemas: list[str]) -> Fingerprint:
    tables = [r[0] for r in conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%s) ORDER BY 1", (schemas,))]
    with reader.seeing_every_row(conn, tables, "the drill's fingerprint"):
        return {t: column_checksums(conn, t, table_columns(conn, t)) for t in tables}


def phases_to_drill(state: chain.ChainState, number: int | None, all_phases: bool) -> list[int]:
    """The phases undone, top first; the database must stand exactly at a phase."""
    if state.partial_phase is not None:
        raise StateError(f"the database is {state.describe()}: finish or roll back that phase before a drill")
    current = state.current_phase
    if current is None:
        raise StateError("the database is before phase 0: there is nothing to drill",
                         hint="Advance at least phase 0 first.")
    if number is not None and number != current:
        raise StateError(
            f"drill --phase {number} rehearses undoing phase {number}, but the database is {state.describe()}",
            hint=f"Rollbacks go from the top: drill phase {current}, or all applied phases with --all.",
        )
    return list(range(current, -1, -1)) if all_phases else [current]


def run(url: str, manifest_path: str, steps: Steps, *, number: int | None = None, all_phases: bool = False,
        force: bool = False, confirm: Callable[[str, list[int]], bool] | None = None) -> DrillResult:
    manifest = manifest_mod.load(manifest_path)
    schemas = sorted(set(manifest.schemas) | {manifest.tenants_schema})
    with connect(url, "drill") as conn:
        # An owner under FORCE ROW LEVEL SECURITY would count only its visible rows: fail instead.
        # Without superuser or BYPASSRLS the fingerprints are read as the reader role (reader.py).
        if reader.session_bypasses(conn):
            conn.execute("SET row_security = off")
        state = chain.read_state(conn)
        numbers = phases_to_drill(state, number, all_phases)
        marked = ledger.get_setting(conn, PRODUCTION_KEY, None)
        # Only a database someone marked as staging is drilled by default: an unmarked one may
        # well be production, and a drill rolls back for real.
        if marked is not False and not force:
            what = "marked as production" if marked else "not marked as staging"
            raise UsageError(
                f"database {conn.info.dbname} is {what}: drills roll back for real and are for staging copies",
                hint="On a restored copy run `tenantmig mark --staging` first, or pass --force if you really "
                     "mean this database.",
            )
        result = DrillResult(conn.info.dbname, state.describe(), "declined",
                             [PhaseDrill(n, phase(n).name) for n in numbers])
        if confirm is not None and not confirm(state.describe(), numbers):
            return result
        book = ledger.Ledger(conn, "drill" + (" --all" if all_phases else f" --phase {numbers[0]}"), manifest.sha256)
        levels: dict[int, Fingerprint] = {}
        for drilled in result.phases:
            levels[drilled.phase] = fingerprint(conn, schemas)
            allowed = _removable(conn, manifest, drilled.phase)
            started = time.monotonic()
            steps.rollback(drilled.phase)
            drilled.rollback_s = time.monotonic() - started
            below = fingerprint(conn, schemas)
            drilled.tables_compared = len(set(below) & set(levels[drilled.phase]))
            drilled.mismatches += _compare_down(levels[drilled.phase], below, allowed)
        bottom = set(fingerprint(conn, schemas))
        _corrupt_for_test(conn)
        for drilled in reversed(result.phases):
            started = time.monotonic()
            steps.readvance(drilled.phase)
            drilled.readvance_s = time.monotonic() - started
            drilled.mismatches += _compare_up(levels[drilled.phase], fingerprint(conn, schemas), bottom,
                                              manifest.tenants_qualified)
        result.outcome = "failed" if result.mismatches else "passed"
        for drilled in result.phases:
            book.record("drill.phase", "ok" if not drilled.mismatches else "failed", phase=drilled.phase,
                        detail=drilled.as_dict())
        book.record("drill.done", "ok" if result.outcome == "passed" else "failed", detail=result.as_dict())
        log.info("drill.done", outcome=result.outcome, phases=numbers, mismatches=len(result.mismatches))
        return result


def _removable(conn: psycopg.Connection, manifest: manifest_mod.Manifest, number: int) -> Removable:
    """What the rollback of phase `number` may take away, as that phase's contract says."""
    allows = phase(number).drill_allows
    return allows(conn, manifest) if allows is not None else Removable()


def _compare_down(before: Fingerprint, after: Fingerprint, allowed: Removable) -> list[str]:
    problems = [f"{shown.table(t)}: table appeared after the rollback" for t in sorted(set(after) - set(before))]
    problems += [f"{shown.table(t)}: table disappeared in the rollback" for t in sorted(set(before) - set(after))
                 if t not in allowed.tables]
    for table in sorted(set(before) & set(after)):
        _, _, was = before[table]
        _, _, now = after[table]
        problems += [f"{shown.table(table)}: column {shown.ident(c)} appeared after the rollback" for c in now if c not in was]
        problems += [f"{shown.table(table)}: column {shown.ident(c)} disappeared in the rollback" for c in was
                     if c not in now and (table, c) not in allowed.columns]
        if table in allowed.unchecked_tables:
            continue
        problems += [f"{shown.table(table)}: column {shown.ident(c)} changed in the rollback" for c in was
                     if c in now and (table, c) not in allowed.unchecked_columns and was[c] != now[c]]
    return problems


def _compare_up(level: Fingerprint, now: Fingerprint, bottom: set[str], tenants_table: str) -> list[str]:
    """After re-applying: tables that outlived the whole drill must hold what they held, value for value."""
    problems = [f"{shown.table(t)}: table missing after re-applying" for t in sorted(set(level) - set(now))]
    problems += [f"{shown.table(t)}: table not there before the drill" for t in sorted(set(now) - set(level))]
    for table in sorted(set(level) & set(now)):
        rows, row_sum, columns = level[table]
        rows_now, row_sum_now, columns_now = now[table]
        if rows != rows_now:
            problems.append(f"{shown.table(table)}: {rows} rows before the drill, {rows_now} after")
            continue
        if table not in bottom or table == tenants_table:
            continue  # recreated by the chain: its rows carry fresh defaults (created_at), counts are what matter
        changed = [c for c in columns if columns_now.get(c) != columns[c]]
        if changed or set(columns) != set(columns_now) or row_sum != row_sum_now:
            problems.append(f"{shown.table(table)}: content differs from before the drill"
                            + (f" (columns {', '.join(shown.ident(c) for c in changed)})" if changed else ""))
    return problems


def _corrupt_for_test(conn: psycopg.Connection) -> None:
    table = os.environ.get(CORRUPT_ENV)
    if not table:
        return
    qualified = table if "." in table else f"public.{table}"
    column = conn.execute(
        "SELECT a.attname FROM pg_attribute a WHERE a.attrelid = %s::regclass AND a.attnum > 0 "
        "AND NOT a.attisdropped AND a.atttypid IN ('text'::regtype, 'varchar'::regtype) ORDER BY a.attnum LIMIT 1",
        (qualify(qualified),),
    ).fetchone()
    if column is None:
        raise UsageError(f"{CORRUPT_ENV}={table}: the table has no text column to corrupt")
    col = quote_ident(column[0])
    conn.execute(f"UPDATE {qualify(qualified)} SET {col} = {col} || ' (corrupted by the drill test hook)' "
                 f"WHERE ctid = (SELECT ctid FROM {qualify(qualified)} WHERE {col} IS NOT NULL LIMIT 1)")
    log.warning("fault_injection.corrupt", table=qualified, column=column[0])


@dataclass
class MarkResult:
    database: str
    production: bool

    def as_dict(self) -> dict:
        return {"database": self.database, "production": self.production}


def mark(url: str, *, production: bool) -> MarkResult:
    """Record in the ledger whether this database is production (drills refuse it without --force)."""
    with RunLock(url, "mark") as conn:
        ledger.bootstrap(conn)
        ledger.put_setting(conn, PRODUCTION_KEY, production)
        ledger.Ledger(conn, "mark", None).record("mark", "ok", detail={"production": production})
        return MarkResult(conn.info.dbname, production)
