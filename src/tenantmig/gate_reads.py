"""What a phase's gates read, the same for a run, `check` and the privilege pre-flight: which tables,
seen through what, and the catalogue.

A count taken through RLS is not a gate (DESIGN.md): every read a gate makes of the tables goes
through `every_row`, which uses the reader (reader.py) for a login that RLS would filter.
"""

from __future__ import annotations

import psycopg

from tenantmig import catalog as catalog_mod
from tenantmig import gates, reader
from tenantmig.manifest import Manifest
from tenantmig.options import RunOptions


def _tables_in(conn: psycopg.Connection, schemas: list[str]) -> list[str]:
    rows = conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%s)",
        (schemas,),
    ).fetchall()
    return [r[0] for r in rows]


def migrated_tables(conn: psycopg.Connection, manifest: Manifest) -> list[str]:
    """The migrated schemas' tables that hold rows: those whose rows a phase must not lose.

    A partitioned table holds none of its own: its rows are its partitions', each checked row by
    row, so reading it too read every partitioned row twice and counted it twice in the totals.
    It is read itself only where a partition lies outside the migrated schemas (which the gates'
    reader is not set up to see through directly).
    """
    schemas = list(manifest.schemas)
    rows = conn.execute(
        """
        SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ANY(%(schemas)s) AND (c.relkind = 'r' OR c.relkind = 'p' AND EXISTS (
            SELECT 1 FROM pg_partition_tree(c.oid) t JOIN pg_class l ON l.oid = t.relid
            JOIN pg_namespace ln ON ln.oid = l.relnamespace WHERE t.isleaf AND ln.nspname <> ALL(%(schemas)s)))
        """, {"schemas": schemas}).fetchall()
    return [r[0] for r in rows]


def all_tables(conn: psycopg.Connection, manifest: Manifest) -> list[str]:
    """The migrated schemas' tables and the tenants table's schema: everything a gate may count."""
    return _tables_in(conn, sorted(set(manifest.schemas) | {manifest.tenants_schema}))


def every_row(conn: psycopg.Connection, manifest: Manifest, what: str):
    """A block in which `conn` sees every row of `all_tables`, or a GateFailed naming `what` could not."""
    return reader.seeing_every_row(conn, all_tables(conn, manifest), what)


def context(engine, conn: psycopg.Connection, manifest: Manifest,
            options: RunOptions | None = None) -> gates.GateContext:
    """The gates' view of the database; the catalogue is read on first use, on its own connection."""
    def read() -> catalog_mod.Catalog:
        with engine.connect() as sa_conn:
            return catalog_mod.read(sa_conn, tuple(manifest.schemas) + (manifest.tenants_schema,))

    return gates.GateContext(conn=conn, manifest=manifest, catalog=read,
                             fire_app_triggers=bool(options and options.fire_app_triggers))
