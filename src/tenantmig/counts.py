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
    row = "ROW(" + ", ".join(quote_ident(c) for c in columns) + ")::text"
    return conn.execute(
        f"SELECT count(*) || ':' || coalesce(sum(('x' || left(md5({row}), 16))::bit(64)::bigint::numeric), 0)::text "
        f"FROM {qualify(table)}"
    ).fetchone()[0]


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
