"""No row lost, proved row by row: which rows existed when a phase began, and whether each is still there.

Comparing row counts before and after a phase is exact only on a quiet database: on a live
one the application inserts while the phase runs, so the count after is higher, and a lost
row can hide behind a new one. Instead, when a phase begins, the primary key of every row of
every migrated table is written to `tenantmig.presence_keys` (an UNLOGGED scratch table, one set
per run); when it ends, every recorded key must still be in its table. The only rows allowed
to be gone are the ones tenantmig moved on purpose, each named: rows quarantined during the
phase, and the legacy tenant's row that phase 1's downgrade removes. Rows that are new at the
end (the application's inserts, quarantined rows put back) are counted and reported, never a
failure. On a quiet database this gives exactly the old rule (after = before - moved), and it
is stronger: a lost row and a new one no longer cancel out.

A table without a primary key has no row identity to check, so it keeps the exact count rule;
on a live database that table's gate then fails while the application writes to it.

A key is kept as its text (`id::text`, `ROW(a, b)::text` for a key of several columns): the
gate reads every row twice a phase, and building a JSON array per row made it half again as
costly (on 500,000 bigint keys: writing 780 against 400 ms, the set difference 1,130 against
700 ms). Text output is exact for every key type; the datetime types' follows the session's
DateStyle and TimeZone, so a server whose settings change between a phase's start and end makes
the gate fail (rows reported lost), never pass.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import psycopg
from psycopg.types.json import Jsonb

from tenantmig.db import primary_key, qualify, quote_ident
from tenantmig.ledger import SCHEMA
from tenantmig.pacing import DutyCycle

SHOWN = 20
TABLE = f"{SCHEMA}.presence_keys"
# The share of its time the gate keeps the server busy reading keys, one table at a time: the rest
# is left to the application (pacing.DutyCycle). Costs each phase's start and end about as long again.
BUSY_SHARE = 0.5


def _key(columns: list[str], alias: str) -> str:
    """A row's key as text, from the table's own columns."""
    if len(columns) == 1:
        return f"{alias}.{quote_ident(columns[0])}::text"
    return "ROW(" + ", ".join(f"{alias}.{quote_ident(c)}" for c in columns) + ")::text"


def _key_from_json(types: list[str], array: str) -> str:
    """The same text from a JSON array of the key's values (tenantmig.quarantine.pk), cast back to each column's type."""
    values = [f"({array} ->> {i})::{type_}" for i, type_ in enumerate(types)]
    return f"{values[0]}::text" if len(values) == 1 else "ROW(" + ", ".join(values) + ")::text"


def _key_types(conn: psycopg.Connection, table: str, columns: list[str]) -> list[str]:
    return [type_ for (type_,) in conn.execute(
        "SELECT format_type(a.atttypid, a.atttypmod) FROM unnest(%s::text[]) WITH ORDINALITY k(name, n) "
        "JOIN pg_attribute a ON a.attrelid = %s::regclass AND a.attname = k.name ORDER BY k.n",
        (columns, qualify(table)))]


def record(conn: psycopg.Connection, run_id: uuid.UUID, tables: list[str]) -> dict[str, int]:
    """Write the key of every row present now; return the row count of each table (the 'before')."""
    # The caller holds the run lock: anything left here is from a run that was killed.
    conn.execute(f"DELETE FROM {TABLE} WHERE run_id <> %s", (run_id,))
    counts: dict[str, int] = {}
    duty = DutyCycle(BUSY_SHARE)
    for table in sorted(tables):
        columns = primary_key(conn, table)
        if not columns:
            counts[table] = duty.run(lambda: conn.execute(f"SELECT count(*) FROM {qualify(table)}").fetchone()[0])
            continue
        counts[table] = duty.run(lambda: conn.execute(
            f"INSERT INTO {TABLE} (run_id, table_name, key) "
            f"SELECT %s, %s, {_key(columns, 't')} FROM {qualify(table)} t",
            (run_id, table),
        ).rowcount)
    return counts


@dataclass
class Verdict:
    counts_after: dict[str, int] = field(default_factory=dict)
    new_rows: dict[str, int] = field(default_factory=dict)  # written meanwhile by other sessions
    moved: dict[str, int] = field(default_factory=dict)  # gone on purpose: quarantined, legacy row removed
    problems: list[str] = field(default_factory=list)


def check(conn: psycopg.Connection, run_id: uuid.UUID, before: dict[str, int], tables: list[str], since,
          removed_on_purpose: dict[str, list] | None = None, added_on_purpose: dict[str, int] | None = None,
          ) -> Verdict:
    """Every row recorded by `record` is still there, or was moved by tenantmig on purpose since `since`.

    `removed_on_purpose`: keys (JSON arrays) of rows the phase removed and says so; `added_on_purpose`:
    rows per table the phase added itself. Quarantined and restored rows are read from the quarantine.
    """
    removed_on_purpose = removed_on_purpose or {}
    added_on_purpose = added_on_purpose or {}
    verdict = Verdict()
    duty = DutyCycle(BUSY_SHARE)
    for table in sorted(tables):
        columns = primary_key(conn, table) if table in before else []
        if not columns:
            after = duty.run(lambda: conn.execute(f"SELECT count(*) FROM {qualify(table)}").fetchone()[0])
            verdict.counts_after[table] = after
            if table in before and after != before[table]:
                verdict.problems.append(f"  - row counts: {table} (no primary key, so only counts can be compared): "
                                        f"{before[table]} before, {after} after")
            continue
        types = _key_types(conn, table, columns)
        # One statement, so the count and the missing keys are read from the same snapshot.
        after, missing, lost, moved, restored = duty.run(lambda: conn.execute(
            f"""
            WITH gone AS (
                -- Set difference, not NOT EXISTS: hashed in one pass over each side whatever the planner
                -- guesses about the freshly filled, never analysed presence table.
                SELECT key FROM {TABLE} WHERE run_id = %(run)s AND table_name = %(table)s
                EXCEPT ALL
                SELECT {_key(columns, 't')} FROM {qualify(table)} t
            ), judged AS (
                SELECT key, key IN (SELECT {_key_from_json(types, 'q.pk')} FROM {SCHEMA}.quarantine q
                                    WHERE q.table_name = %(table)s
                                      AND q.quarantined_at >= %(since)s AND q.restored_at IS NULL)
                            OR key IN (SELECT {_key_from_json(types, 'r.pk')} FROM unnest(%(removed)s::jsonb[]) r(pk))
                            AS on_purpose
                FROM gone
            )
            SELECT (SELECT count(*) FROM {qualify(table)}),
                   (SELECT array_agg(key ORDER BY key) FROM (SELECT key FROM judged WHERE NOT on_purpose
                                                            ORDER BY key LIMIT {SHOWN}) shown),
                   (SELECT count(*) FILTER (WHERE NOT on_purpose) FROM judged),
                   (SELECT count(*) FILTER (WHERE on_purpose) FROM judged),
                   (SELECT count(*) FROM {SCHEMA}.quarantine q WHERE q.table_name = %(table)s
                      AND q.restored_at >= %(since)s)
            """,
            {"since": since, "run": run_id, "table": table,
             "removed": [Jsonb(k) for k in removed_on_purpose.get(table, [])]},
        ).fetchone())
        verdict.counts_after[table] = after
        if moved:
            verdict.moved[table] = moved
        if lost:
            more = f" (first {SHOWN})" if lost > SHOWN else ""
            verdict.problems.append(
                f"  - rows lost: {table}: {lost} rows present when the phase began are gone, primary keys "
                f"[{', '.join(missing)}]{more}"
            )
        new = after - (before[table] - moved - lost) - restored - added_on_purpose.get(table, 0)
        if new:
            verdict.new_rows[table] = new
    return verdict


def clear(conn: psycopg.Connection, run_id: uuid.UUID) -> None:
    conn.execute(f"DELETE FROM {TABLE} WHERE run_id = %s", (run_id,))
