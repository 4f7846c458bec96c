"""The `tenantmig` schema: the ledger, snapshots, checkpoints, quarantine, baselines and backups.

It is created before the first phase and never dropped by a downgrade: it is the
record of what happened and what a downgrade must put back.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from tenantmig import __version__
from tenantmig.db import client_host
from tenantmig.ops import bookkeeping

SCHEMA = bookkeeping.SCHEMA
VERSION_TABLE = "alembic_version"



def bootstrap(conn: psycopg.Connection) -> None:
    # Two runs cannot race here: the caller holds the run lock.
    with conn.transaction():
        conn.execute(bookkeeping.LEDGER)


@dataclass
class Ledger:
    """Writes ledger rows for one run on the run-lock connection (autocommit: rows survive failures)."""

    conn: psycopg.Connection
    command: str
    manifest_sha256: str | None
    run_id: uuid.UUID = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.run_id = self.run_id or uuid.uuid4()
        self.host = client_host()

    def record(
        self,
        event: str,
        outcome: str,
        *,
        phase: int | None = None,
        direction: str | None = None,
        step: str | None = None,
        counts_before: dict | None = None,
        counts_after: dict | None = None,
        detail: Any = None,
    ) -> None:
        self.conn.execute(
            f"""
            INSERT INTO {SCHEMA}.ledger (run_id, command, phase, direction, step, event, outcome,
                client_host, tool_version, manifest_sha256, counts_before, counts_after, detail)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
            """,
            (
                self.run_id, self.command, phase, direction, step, event, outcome, self.host, __version__,
                self.manifest_sha256,
                Jsonb(counts_before) if counts_before is not None else None,
                Jsonb(counts_after) if counts_after is not None else None,
                Jsonb(detail) if detail is not None else None,
            ),
        )


def record_interrupted(book: Ledger) -> list[dict]:
    """Record each earlier run that started a phase and never finished it (killed, crashed, lost).

    Called by a run that holds the run lock, so no such run can still be alive. Each gets one
    `phase.interrupted` row naming it; together with this run's own rows the ledger then tells
    the true story: started, interrupted, started again, done.
    """
    with book.conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(
            f"""
            SELECT s.run_id::text AS run_id, s.command, s.phase, s.direction, s.at
            FROM {SCHEMA}.ledger s
            WHERE s.event = 'phase.start'
              AND NOT EXISTS (SELECT 1 FROM {SCHEMA}.ledger e WHERE e.run_id = s.run_id AND e.id > s.id)
              AND NOT EXISTS (SELECT 1 FROM {SCHEMA}.ledger i WHERE i.event = 'phase.interrupted'
                              AND i.detail ->> 'run_id' = s.run_id::text)
            ORDER BY s.id
            """
        )
        found = cur.fetchall()
    for run in found:
        book.record("phase.interrupted", "interrupted", phase=run["phase"], direction=run["direction"],
                    detail={"run_id": run["run_id"], "command": run["command"], "started_at": run["at"].isoformat()})
    return found


def recent_entries(conn: psycopg.Connection, limit: int = 10) -> list[dict]:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(
            f"""
            SELECT id, at, command, phase, direction, step, event, outcome, db_user, client_host, detail
            FROM {SCHEMA}.ledger ORDER BY id DESC LIMIT %s
            """,
            (limit,),
        )
        return cur.fetchall()


def schema_exists(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.ledger",)).fetchone()[0]


# Snapshots: what a downgrade must restore, taken once before the change and kept
# until the downgrade that consumes them finishes (so a crashed downgrade finds them).

def save_snapshot(conn: psycopg.Connection, phase: int, name: str, data: Any) -> Any:
    """Store `data` unless a snapshot of that name is already there; return the stored one.

    A re-run after a crash must restore the state from before the first attempt, not
    the half-changed state the crash left.
    """
    conn.execute(
        f"INSERT INTO {SCHEMA}.snapshots (phase, name, data) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
        (phase, name, Jsonb(data)),
    )
    return load_snapshot(conn, phase, name)


def load_snapshot(conn: psycopg.Connection, phase: int, name: str) -> Any:
    row = conn.execute(
        f"SELECT data FROM {SCHEMA}.snapshots WHERE phase = %s AND name = %s", (phase, name)
    ).fetchone()
    return row[0] if row else None


def amend_snapshot(conn: psycopg.Connection, phase: int, name: str, data: Any) -> None:
    """Replace a snapshot that exists: a table that joined after the phase (`repair partitions`) is added
    as it was before the repair, so the phase's downgrade restores it with the rest."""
    conn.execute(f"UPDATE {SCHEMA}.snapshots SET data = %s WHERE phase = %s AND name = %s", (Jsonb(data), phase, name))


def drop_snapshot(conn: psycopg.Connection, phase: int, name: str) -> None:
    conn.execute(f"DELETE FROM {SCHEMA}.snapshots WHERE phase = %s AND name = %s", (phase, name))


def latest_baseline(conn: psycopg.Connection) -> dict | None:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(f"SELECT * FROM {SCHEMA}.baselines WHERE NOT void ORDER BY id DESC LIMIT 1")
        return cur.fetchone()


def latest_backup(conn: psycopg.Connection) -> dict | None:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(f"SELECT * FROM {SCHEMA}.backups ORDER BY id DESC LIMIT 1")
        return cur.fetchone()


def latest_verified_backup(conn: psycopg.Connection, since) -> dict | None:
    """The newest verified backup recorded at or after `since` (the current baseline's time)."""
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(f"SELECT * FROM {SCHEMA}.backups WHERE verified AND taken_at >= %s ORDER BY id DESC LIMIT 1",
                    (since,))
        return cur.fetchone()


def get_setting(conn: psycopg.Connection, key: str, default: Any = None) -> Any:
    if not conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.settings",)).fetchone()[0]:
        return default
    row = conn.execute(f"SELECT value FROM {SCHEMA}.settings WHERE key = %s", (key,)).fetchone()
    return default if row is None else row[0]


def put_setting(conn: psycopg.Connection, key: str, value: Any) -> None:
    conn.execute(
        f"INSERT INTO {SCHEMA}.settings (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
        "SET value = excluded.value, set_at = clock_timestamp(), set_by = session_user",
        (key, Jsonb(value)),
    )


def last_drills(conn: psycopg.Connection) -> dict[int, dict]:
    """The newest drill of each phase (ledger event `drill.phase`)."""
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(
            f"SELECT DISTINCT ON (phase) phase, at, outcome, detail FROM {SCHEMA}.ledger "
            "WHERE event = 'drill.phase' ORDER BY phase, id DESC"
        )
        return {row["phase"]: row for row in cur.fetchall()}


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)
