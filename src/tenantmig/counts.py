"""Row counts and content checksums per table: the evidence that no row was lost."""

from __future__ import annotations

import psycopg

from tenantmig.db import qualify, quote_ident
from tenantmig.manifest import Manifest


def row_counts(conn: psycopg.Connection, tables: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in sorted(tables):
        counts[table] = conn.execute(f"SELECT count(*) FROM {qualify(table)}").fetchone()[0]
    return counts


def content_checksum(conn: psycopg.Connection, table: str, columns: list[str]) -> str:
    """An order-independent checksum of `columns` over every row (equal multisets, equal sums).

    A sum of 64-bit slices of each row's md5 streams through the table without sorting it.
    """
    return conn.execute(f"SELECT count(*) || ':' || {_hash_sum(_row(columns))} FROM {qualify(table)}").fetchone()[0]


def _row(columns: list[str]) -> str:
    return "ROW(" + ", ".join(quote_ident(c) for c in columns) + ")::text"


def _hash_sum(text_expr: str) -> str:
    return f"coalesce(sum(('x' || left(md5({text_expr}), 16))::bit(64)::bigint::numeric), 0)::text"


def column_checksums(conn: psycopg.Connection, table: str, columns: list[str]) -> tuple[int, str, dict[str, str]]:
    """Row count, the whole-row checksum and one checksum per column, in one scan.

    Per-column sums let a comparison name the column that changed, and compare only the
    columns two states share (a phase that added a column, a rollback that removed it).
    """
    per_column = [_hash_sum(f"quote_nullable({quote_ident(c)})") for c in columns]
    row = conn.execute(
        f"SELECT count(*), {', '.join([_hash_sum(_row(columns)), *per_column])} FROM {qualify(table)}"
    ).fetchone()
    return row[0], row[1], dict(zip(columns, row[2:]))


def table_columns(conn: psycopg.Connection, table: str) -> list[str]:
    return [
        name
        for (name,) in conn.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped "
            "ORDER BY attnum",
            (qualify(table),),
        )
    ]


def legacy_tenant_rows(conn: psycopg.Connection, manifest: Manifest) -> int:
    """How many rows of the tenants table are the legacy tenant (0 or 1; 0 if the table is absent)."""
    if not manifest.legacy_tenant:
        return 0
    if not conn.execute("SELECT to_regclass(%s) IS NOT NULL", (manifest.tenants_qualified,)).fetchone()[0]:
        return 0
    return conn.execute(
        f"SELECT count(*) FROM {qualify(manifest.tenants_qualified)} WHERE {quote_ident(manifest.tenants_key)} = "
        f"{manifest.literal(manifest.legacy_tenant)}"
    ).fetchone()[0]
