"""The tables of tenantmig's own schema: the ledger and what it keeps, the moves outside PostgreSQL, the
manifests the phases were applied with, and the stand-ins a manifest check plans with.

All are created IF NOT EXISTS by whoever needs them first (under the run lock) and never dropped:
they are the record of what happened and what a downgrade must put back. Only the SQL is here;
ledger.py, moves.py and recorded.py own what is written into them.
"""

from __future__ import annotations

SCHEMA = "tenantmig"
MANIFESTS_TABLE = f"{SCHEMA}.manifests"

LEDGER = f"""
CREATE SCHEMA IF NOT EXISTS {SCHEMA};
-- An explicit ACL from the start: phase 1 grants USAGE to application roles and its
-- downgrade revokes it, which must give back exactly this, not a different default.
REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC;
COMMENT ON SCHEMA {SCHEMA} IS 'tenantmig: ledger, snapshots and checkpoints of the RLS migration. Never drop it.';
CREATE TABLE IF NOT EXISTS {SCHEMA}.ledger (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    run_id uuid NOT NULL,
    command text NOT NULL,
    phase int,
    direction text,
    step text,
    event text NOT NULL,
    outcome text NOT NULL,
    db_user text NOT NULL DEFAULT session_user,
    client_host text,
    tool_version text,
    manifest_sha256 text,
    counts_before jsonb,
    counts_after jsonb,
    detail jsonb
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.snapshots (
    phase int NOT NULL,
    name text NOT NULL,
    data jsonb NOT NULL,
    taken_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (phase, name)
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.checkpoints (
    table_name text PRIMARY KEY,
    last_key jsonb,
    rows_done bigint NOT NULL DEFAULT 0,
    done boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.quarantine (
    id bigserial PRIMARY KEY,
    table_name text NOT NULL,
    pk jsonb NOT NULL,
    row_data jsonb NOT NULL,
    quarantined_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    restored_at timestamptz
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.filled_rows (
    table_name text NOT NULL,
    pk jsonb NOT NULL,
    PRIMARY KEY (table_name, pk)
);
CREATE TABLE IF NOT EXISTS {SCHEMA}.baselines (
    id bigserial PRIMARY KEY,
    taken_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    void boolean NOT NULL DEFAULT false,
    counts jsonb NOT NULL,
    checksums jsonb NOT NULL,
    columns jsonb NOT NULL
);
-- One row per key range of a table's backfill (one range per worker when it started):
-- the range is (lo, hi] (NULL: unbounded), last_key the last key of its last committed batch.
CREATE TABLE IF NOT EXISTS {SCHEMA}.backfill_ranges (
    table_name text NOT NULL,
    range_no int NOT NULL,
    lo jsonb,
    hi jsonb,
    last_key jsonb,
    rows_walked bigint NOT NULL DEFAULT 0,
    rows_filled bigint NOT NULL DEFAULT 0,
    batches int NOT NULL DEFAULT 0,
    batch_rows int,
    done boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (table_name, range_no)
);
-- The primary keys present when a running phase began, as text (presence.py); UNLOGGED: scratch, one
-- set per run. It replaces `presence` (keys as JSON arrays), whose leftovers no run reads any more.
CREATE UNLOGGED TABLE IF NOT EXISTS {SCHEMA}.presence_keys (
    run_id uuid NOT NULL,
    table_name text NOT NULL,
    key text NOT NULL
);
DROP TABLE IF EXISTS {SCHEMA}.presence;
CREATE TABLE IF NOT EXISTS {SCHEMA}.backups (
    id bigserial PRIMARY KEY,
    taken_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    method text NOT NULL,
    path text,
    sha256 text,
    bytes bigint,
    verified boolean NOT NULL,
    detail jsonb
);
-- Facts about this database a DBA states once (e.g. `production`, which refuses drills).
CREATE TABLE IF NOT EXISTS {SCHEMA}.settings (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    set_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    set_by text NOT NULL DEFAULT session_user
);
"""

MOVES = f"""
CREATE TABLE IF NOT EXISTS {SCHEMA}.moves (
    system text NOT NULL,
    source text NOT NULL,
    target text NOT NULL,
    pattern text NOT NULL,
    tenant text,
    store text,
    state text NOT NULL,
    detail jsonb,
    run_id uuid NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (system, source)
);
CREATE INDEX IF NOT EXISTS moves_state ON {SCHEMA}.moves (system, state);
"""

MANIFESTS = f"""
CREATE TABLE IF NOT EXISTS {MANIFESTS_TABLE} (
    phase int PRIMARY KEY,
    sha256 text NOT NULL,
    text text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
)
"""

CREATE_SCHEMA = f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"


def stand_in_function(name: str, key_type: str) -> str:
    """A function of tenantmig's schema returning NULL of `key_type`, so that an expression naming the real
    one (created by phase 1) can be planned before then; only ever created in a transaction rolled back."""
    return f"CREATE FUNCTION {SCHEMA}.{name}() RETURNS {key_type} LANGUAGE sql STABLE AS 'SELECT NULL::{key_type}'"
