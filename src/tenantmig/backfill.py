"""Filling tenant keys in bounded batches that commit on their own and resume after a crash.

Each batch walks the primary key (keyset, composite keys included), derives the key
for its rows from the manifest's source in the same statement, and records a
checkpoint in the same transaction: a restarted run continues after the last
committed batch and never updates a row twice (`key IS NULL` guards it too).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import psycopg
from psycopg.types.json import Jsonb

from tenantmig.catalog import Catalog
from tenantmig.checks import parent_foreign_key
from tenantmig.db import qualify, quote_ident
from tenantmig.errors import GateFailed
from tenantmig.manifest import Manifest, TableSpec

ORPHANS_SHOWN = 20


@dataclass(frozen=True)
class Walk:
    """The keyset walk over one table: its primary key columns and their SQL types."""

    spec: TableSpec
    pk: tuple[str, ...]
    pk_types: tuple[str, ...]

    @property
    def table(self) -> str:
        return qualify(self.spec.qualified)

    def cols(self, alias: str = "") -> str:
        prefix = f"{alias}." if alias else ""
        return ", ".join(prefix + quote_ident(c) for c in self.pk)

    def after(self, alias: str = "") -> str:
        """`(pk) > (last key)` with each value cast to its column's type."""
        params = ", ".join(f"(%(last)s::jsonb ->> {i})::{t}" for i, t in enumerate(self.pk_types))
        return f"({self.cols(alias)}) > ({params})"

    def key_json(self, alias: str) -> str:
        return "jsonb_build_array(" + self.cols(alias) + ")"

    def last_key(self, cte: str) -> str:
        order = ", ".join(f"{quote_ident(c)} DESC" for c in self.pk)
        return f"(SELECT {self.key_json(cte)} FROM {cte} ORDER BY {order} LIMIT 1)"

    def match(self, left: str, right: str) -> str:
        return f"({self.cols(left)}) = ({self.cols(right)})"


def walk_for(conn: psycopg.Connection, catalog: Catalog, spec: TableSpec) -> Walk:
    table = catalog.get(spec.qualified)
    if table is None or not table.primary_key:
        raise GateFailed(
            f"{spec.qualified} has no primary key: the backfill walks a table by its primary key in batches",
            hint="Add a primary key (built CONCURRENTLY as a unique index first), then run again. Nothing was changed.",
        )
    types = dict(
        conn.execute(
            "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            (qualify(spec.qualified),),
        ).fetchall()
    )
    return Walk(spec, table.primary_key, tuple(types[c] for c in table.primary_key))


def derived_values(manifest: Manifest, catalog: Catalog, walk: Walk) -> str:
    """SELECT pk, value FROM batch: the tenant each batch row belongs to, by the manifest's source."""
    spec = walk.spec
    source = spec.backfill
    key_type = manifest.key_type
    pk = walk.cols("b")
    if source.kind == "legacy":
        return f"SELECT {pk}, {manifest.literal(manifest.legacy_tenant)} AS value FROM batch b"
    if source.kind == "parent":
        parent = manifest.tables[source.parent]
        ref = parent_foreign_key(catalog, spec).ref_columns[0]
        return (
            f"SELECT {pk}, p.{quote_ident(parent.column)} AS value FROM batch b "
            f"LEFT JOIN {qualify(parent.qualified)} p ON p.{quote_ident(ref)} = b.{quote_ident(source.via)}"
        )
    if source.kind == "memberships":
        user = quote_ident(manifest.memberships_user_column)
        tenant = quote_ident(manifest.memberships_tenant_column)
        # A user with several memberships is ambiguous: never guessed, left for the orphan check.
        return (
            f"SELECT {pk}, m.value FROM batch b LEFT JOIN ("
            f"SELECT mm.{user} AS member, (array_agg(mm.{tenant}))[1] AS value "
            f"FROM {qualify(manifest.memberships_qualified)} mm "
            f"WHERE mm.{user} IN (SELECT {quote_ident(source.user_column)} FROM batch) "
            f"GROUP BY mm.{user} HAVING count(DISTINCT mm.{tenant}) = 1"
            f") m ON m.member = b.{quote_ident(source.user_column)}"
        )
    # The expression may name the table (`messages.clinic_slug`): the batch carries its name.
    alias = quote_ident(spec.name)
    return f"SELECT {walk.cols(alias)}, ({source.sql})::{key_type} AS value FROM batch AS {alias}"


def batch_sql(manifest: Manifest, catalog: Catalog, walk: Walk, *, only_null: bool, log_filled: bool,
              first: bool) -> str:
    """One batch; the first has no lower bound (a comparison with NULLs would match nothing)."""
    key = quote_ident(walk.spec.column)
    where = "true" if first else walk.after()
    if only_null:
        where += f" AND {key} IS NULL"
    order = walk.cols()
    log_cte = ""
    if log_filled:
        # Keys the backfill wrote into a column that existed before phase 1: the downgrade
        # must put back exactly these NULLs and no others.
        log_cte = (
            f", logged AS (INSERT INTO tenantmig.filled_rows (table_name, pk) "
            f"SELECT %(table)s, {walk.key_json('filled')} FROM filled ON CONFLICT DO NOTHING)"
        )
    return f"""
WITH batch AS MATERIALIZED (
    SELECT * FROM {walk.table} WHERE {where} ORDER BY {order} LIMIT %(limit)s
), derived AS (
    {derived_values(manifest, catalog, walk)}
), filled AS (
    UPDATE {walk.table} AS target SET {key} = derived.value
    FROM derived
    WHERE {walk.match('target', 'derived')} AND target.{key} IS NULL AND derived.value IS NOT NULL
    RETURNING {walk.cols('target')}
){log_cte}
SELECT {walk.last_key('batch')}, (SELECT count(*) FROM filled), (SELECT count(*) FROM batch)
""".strip()


@dataclass
class TableProgress:
    table: str
    rows_filled: int = 0
    batches: int = 0
    seconds: float = 0.0
    longest_batch_s: float = 0.0


def fill_table(
    conn: psycopg.Connection,
    manifest: Manifest,
    catalog: Catalog,
    spec: TableSpec,
    *,
    batch_size: int,
    log_filled: bool,
    on_batch=None,
) -> TableProgress:
    walk = walk_for(conn, catalog, spec)
    progress = TableProgress(spec.qualified)
    checkpoint = conn.execute(
        "SELECT last_key, rows_done, done FROM tenantmig.checkpoints WHERE table_name = %s", (spec.qualified,)
    ).fetchone()
    last, done_rows, done = checkpoint if checkpoint else (None, 0, False)
    progress.rows_filled = done_rows
    passes = [] if done else [False]
    passes.append(True)  # the sweep: rows still NULL (their parent got its key later, or the app wrote them)
    started = time.monotonic()
    for only_null in passes:
        statements = {
            first: batch_sql(manifest, catalog, walk, only_null=only_null, log_filled=log_filled, first=first)
            for first in (True, False)
        }
        cursor = last if not only_null else None
        while True:
            params = {"last": Jsonb(cursor) if cursor is not None else None,
                      "limit": batch_size, "table": spec.qualified}
            batch_started = time.monotonic()
            with conn.transaction():
                new_last, filled, seen = conn.execute(statements[cursor is None], params).fetchone()
                if not only_null:
                    conn.execute(
                        """
                        INSERT INTO tenantmig.checkpoints (table_name, last_key, rows_done, done, updated_at)
                        VALUES (%s, %s, %s, %s, clock_timestamp())
                        ON CONFLICT (table_name) DO UPDATE SET last_key = excluded.last_key,
                            rows_done = excluded.rows_done, done = excluded.done, updated_at = excluded.updated_at
                        """,
                        (spec.qualified, Jsonb(new_last if seen else cursor), progress.rows_filled + filled, seen == 0),
                    )
            elapsed = time.monotonic() - batch_started
            progress.longest_batch_s = max(progress.longest_batch_s, elapsed)
            progress.rows_filled += filled
            progress.batches += 1
            if on_batch is not None:
                on_batch(progress, seen)
            if seen == 0:
                break
            cursor = new_last
    progress.seconds = time.monotonic() - started
    return progress


def orphans(conn: psycopg.Connection, catalog: Catalog, spec: TableSpec) -> tuple[int, list]:
    """Rows of a tenant table whose key is still NULL: their tenant cannot be derived."""
    walk = walk_for(conn, catalog, spec)
    key = quote_ident(spec.column)
    count = conn.execute(f"SELECT count(*) FROM {walk.table} WHERE {key} IS NULL").fetchone()[0]
    if not count:
        return 0, []
    shown = conn.execute(
        f"SELECT {walk.key_json('t')} FROM {walk.table} t WHERE {key} IS NULL ORDER BY {walk.cols('t')} "
        f"LIMIT {ORPHANS_SHOWN}"
    ).fetchall()
    return count, [row[0] if len(row[0]) > 1 else row[0][0] for row in shown]


def quarantine(conn: psycopg.Connection, catalog: Catalog, spec: TableSpec, *, batch_size: int) -> int:
    """Move a table's orphans into tenantmig.quarantine, refusing if other rows still reference them."""
    walk = walk_for(conn, catalog, spec)
    key = quote_ident(spec.column)
    for child, fk in catalog.referencing(spec.qualified):
        child_cols = ", ".join(f"c.{quote_ident(c)}" for c in fk.columns)
        parent_cols = ", ".join(f"o.{quote_ident(c)}" for c in fk.ref_columns)
        referencing = conn.execute(
            f"SELECT count(*) FROM {qualify(child.qualified)} c JOIN {walk.table} o "
            f"ON ({child_cols}) = ({parent_cols}) WHERE o.{key} IS NULL"
        ).fetchone()[0]
        if referencing:
            raise GateFailed(
                f"{spec.qualified}: cannot quarantine its orphans: {referencing} rows of {child.qualified} "
                f"still reference them through {fk.name}",
                hint=f"Quarantine {child.qualified} too (orphans = \"quarantine\"), or give those rows a tenant.",
            )
    moved_total = 0
    while True:
        with conn.transaction():
            moved = conn.execute(
                f"""
                WITH moved AS (
                    DELETE FROM {walk.table} t WHERE ({walk.cols('t')}) IN (
                        SELECT {walk.cols()} FROM {walk.table} WHERE {key} IS NULL ORDER BY {walk.cols()} LIMIT %s)
                    RETURNING t.*
                )
                INSERT INTO tenantmig.quarantine (table_name, pk, row_data)
                SELECT %s, {walk.key_json('moved')}, to_jsonb(moved) FROM moved
                """,
                (batch_size, spec.qualified),
            ).rowcount
        moved_total += moved
        if moved == 0:
            return moved_total


def restore_quarantined(conn: psycopg.Connection, spec: TableSpec) -> int:
    """Put a table's quarantined rows back exactly (identity values included)."""
    columns = [
        name
        for name, generated in conn.execute(
            "SELECT attname, attgenerated <> '' FROM pg_attribute WHERE attrelid = %s::regclass "
            "AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
            (qualify(spec.qualified),),
        )
        if not generated
    ]
    cols = ", ".join(quote_ident(c) for c in columns)
    with conn.transaction():
        restored = conn.execute(
            f"""
            WITH back AS (
                UPDATE tenantmig.quarantine SET restored_at = clock_timestamp()
                WHERE table_name = %s AND restored_at IS NULL RETURNING row_data
            )
            INSERT INTO {qualify(spec.qualified)} ({cols}) OVERRIDING SYSTEM VALUE
            SELECT {cols} FROM back, jsonb_populate_record(NULL::{qualify(spec.qualified)}, back.row_data)
            """,
            (spec.qualified,),
        ).rowcount
    return restored


def clear_keys(conn: psycopg.Connection, catalog: Catalog, spec: TableSpec, *, batch_size: int, only_logged: bool) -> int:
    """Undo the backfill: NULL every key (an added column) or only the logged ones (a column that pre-existed)."""
    walk = walk_for(conn, catalog, spec)
    key = quote_ident(spec.column)
    cleared = 0
    if only_logged:
        while True:
            with conn.transaction():
                n = conn.execute(
                    f"""
                    WITH batch AS (
                        DELETE FROM tenantmig.filled_rows WHERE (table_name, pk) IN (
                            SELECT table_name, pk FROM tenantmig.filled_rows WHERE table_name = %(table)s LIMIT %(limit)s)
                        RETURNING pk
                    )
                    UPDATE {walk.table} t SET {key} = NULL FROM batch WHERE batch.pk = {walk.key_json('t')}
                    """,
                    {"table": spec.qualified, "limit": batch_size},
                ).rowcount
            cleared += n
            if not conn.execute(
                "SELECT EXISTS (SELECT 1 FROM tenantmig.filled_rows WHERE table_name = %s)", (spec.qualified,)
            ).fetchone()[0]:
                break
    else:
        last = None
        while True:
            bound = walk.after() if last is not None else "true"
            with conn.transaction():
                row = conn.execute(
                    f"""
                    WITH batch AS MATERIALIZED (
                        SELECT {walk.cols()} FROM {walk.table} WHERE {bound} ORDER BY {walk.cols()} LIMIT %(limit)s
                    ), cleared AS (
                        UPDATE {walk.table} t SET {key} = NULL FROM batch
                        WHERE {walk.match('t', 'batch')} AND t.{key} IS NOT NULL RETURNING 1
                    )
                    SELECT {walk.last_key('batch')}, (SELECT count(*) FROM cleared)
                    """,
                    {"last": Jsonb(last) if last is not None else None, "limit": batch_size},
                ).fetchone()
            cleared += row[1]
            if row[0] is None:
                break
            last = row[0]
    with conn.transaction():
        conn.execute("DELETE FROM tenantmig.checkpoints WHERE table_name = %s", (spec.qualified,))
    return cleared
