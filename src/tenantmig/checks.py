"""The manifest checked against the live catalog, before any phase runs.

Every problem is collected and reported at once, each naming the manifest key and
the database object, so a DBA fixes the manifest in one pass.
"""

from __future__ import annotations

import psycopg

from tenantmig import bypass_roles, shown
from tenantmig.catalog import Catalog, ForeignKey, Table
from tenantmig.db import qualify
from tenantmig.errors import ManifestError, first_line
from tenantmig.expressions import PINNED_SEARCH_PATH, FillExpression, fill_expression, relations
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.ops import bookkeeping
from tenantmig.ops.access import Grant

# How format_type spells each key type (catalog.Column.type).
_TYPE_NAMES = {
    "uuid": {"uuid"},
    "bigint": {"bigint"},
    "integer": {"integer"},
    "text": {"text"},
}


def parent_path(catalog: Catalog, spec: TableSpec, table: Table | None = None) -> ForeignKey | None:
    """The foreign key through which `spec` reaches its backfill parent, as one column: `via` and the
    parent column it references; None when there is none.

    Three shapes count: a single-column key on `via`; a tenant-scoped key (tenant key, via) that
    phase 3 built with tenant_scoped_keys; on a partitioned table, the keys its partitions declare
    (public schemas declare them only on the partitions holding data: a partition without one
    holds no row the backfill could guess anyway, as an orphan fails the NULL-key gate).
    """
    table = table or catalog.get(spec.qualified)
    if table is None:
        return None
    via, parent = spec.backfill.via, spec.backfill.parent
    fk = table.foreign_key_on(via, parent)
    if fk is not None:
        return fk
    for fk in table.foreign_keys:
        if fk.ref_table == parent and via in fk.columns and set(fk.columns) == {via, spec.column}:
            return ForeignKey(fk.name, (via,), parent, (fk.ref_columns[fk.columns.index(via)],))
    if table.kind == "p":
        found = [parent_path(catalog, spec, leaf) for leaf in catalog.partitions(table.qualified) if leaf.kind != "p"]
        found = [fk for fk in found if fk is not None]
        if found and len({fk.ref_columns for fk in found}) == 1:
            return found[0]
    return None


def parent_foreign_key(catalog: Catalog, spec: TableSpec) -> ForeignKey:
    """The foreign key through which `spec` reaches its backfill parent (checked to exist on load)."""
    fk = parent_path(catalog, spec)
    if fk is None:
        raise ManifestError(
            f"tables.{spec.name}.backfill: no foreign key from {shown.table(spec.qualified)}({shown.ident(spec.backfill.via)}) "
            f"to {shown.table(spec.backfill.parent)}"
        )
    return fk


def walk_key_problems(table: Table, spec: TableSpec) -> list[str]:
    """Why the backfill could not walk `table` in key order; empty when it can (see walk_key)."""
    key = f"tables.{spec.name}"
    if not spec.unique_key:
        if table.primary_key:
            return []
        return [f"{key}: {shown.table(spec.qualified)} has no primary key to walk the backfill by; add one, or name a "
                f"NOT NULL unique index to walk instead with unique_key = [\"column\", ...]"]
    problems = []
    for column in spec.unique_key:
        found = table.columns.get(column)
        if found is None:
            problems.append(f"{key}.unique_key: column {shown.column(spec.qualified, column)} does not exist")
        elif found.nullable:
            problems.append(f"{key}.unique_key: column {shown.column(spec.qualified, column)} allows NULL: rows with a NULL key "
                            f"cannot be walked in order (SET NOT NULL on it, or name other columns)")
    indexed = set(table.unique_indexes) | ({table.primary_key} if table.primary_key else set())
    if not problems and spec.unique_key not in indexed:
        found = "; ".join("(" + ", ".join(cols) + ")" for cols in sorted(indexed)) or "none"
        problems.append(f"{key}.unique_key: no valid, non-partial unique index on {shown.table(spec.qualified)} "
                        f"({', '.join(spec.unique_key)}) in that column order; unique indexes found: {found}")
    return problems


def walk_key(table: Table, spec: TableSpec) -> tuple[str, ...]:
    """The columns the backfill walks `table` by: the manifest's unique_key, else the primary key."""
    return spec.unique_key or table.primary_key


def manifest_problems(manifest: Manifest, catalog: Catalog, conn: psycopg.Connection | None = None) -> list[str]:
    problems: list[str] = []
    registry = {manifest.tenants_qualified, manifest.memberships_qualified}

    for spec in manifest.tables.values():
        key = f"tables.{spec.name}"
        if spec.schema not in manifest.schemas:
            problems.append(f"{key}: schema {spec.schema} is not in tenancy.schemas")
        table = catalog.get(spec.qualified)
        if table is None:
            if spec.qualified not in registry:
                problems.append(f"{key}: table {shown.table(spec.qualified)} does not exist")
            continue
        if table.parent is not None:
            problems.append(f"{key}: {shown.table(spec.qualified)} is a partition of {shown.table(table.parent)}: classify the partitioned "
                            "table, its partitions follow it")
        if spec.visible_also and conn is not None:
            error = _plan_error(conn, f"SELECT count(*) FROM {qualify(spec.qualified)} WHERE ({spec.visible_also})",
                                manifest)
            if error:
                problems.append(f"{key}.visible_also: {error}")
        if spec.store and manifest.store is not None and manifest.store.column not in table.columns:
            problems.append(f"{key}.store: column {shown.column(spec.qualified, manifest.store.column)} (tenancy.store.column) "
                            "does not exist")
        if spec.keyed:
            column = table.columns.get(spec.column)
            if column is not None and column.type not in _TYPE_NAMES[manifest.key_type]:
                problems.append(
                    f"{key}.column: {shown.column(spec.qualified, spec.column)} exists as {column.type}, "
                    f"but tenancy.type is {manifest.key_type}"
                )
            if spec.backfill is not None or spec.unique_key:
                problems.extend(walk_key_problems(table, spec))
        source = spec.backfill
        if source is None:
            continue
        if source.kind == "parent":
            if source.via not in table.columns:
                problems.append(f"{key}.backfill.via: column {shown.column(spec.qualified, source.via)} does not exist")
            elif catalog.get(source.parent) is None:
                problems.append(f"{key}.backfill.parent: table {shown.table(source.parent)} does not exist")
            elif parent_path(catalog, spec, table) is None:
                problems.append(
                    f"{key}.backfill: no foreign key from {shown.table(spec.qualified)}({shown.ident(source.via)}) to {shown.table(source.parent)}"
                )
        elif source.kind == "memberships" and source.user_column not in table.columns:
            problems.append(f"{key}.backfill.memberships: column {shown.column(spec.qualified, source.user_column)} does not exist")
        elif source.kind == "sql" and conn is not None:
            error = _expression_error(conn, manifest, catalog, spec)
            if error:
                problems.append(f"{key}.backfill.sql: {error}")

    if conn is not None:
        problems.extend(_fill_read_problems(manifest, catalog, conn))

    memberships = catalog.get(manifest.memberships_qualified) if manifest.memberships_qualified else None
    if memberships is not None:
        for option, column in (
            ("memberships_user_column", manifest.memberships_user_column),
            ("memberships_tenant_column", manifest.memberships_tenant_column),
        ):
            if column not in memberships.columns:
                problems.append(f"tenancy.{option}: column {shown.column(memberships.qualified, column)} does not exist")
    tenants = catalog.get(manifest.tenants_qualified)
    if tenants is not None and manifest.tenants_key not in tenants.columns:
        problems.append(f"tenancy.tenants_key: column {shown.column(tenants.qualified, manifest.tenants_key)} does not exist")
    # Phase 1 inserts the legacy tenant's row with these columns; one it lacks would fail half-way.
    tenant_columns = set(tenants.columns) if tenants is not None else {"name", "created_at"}
    for name in manifest.legacy_tenant_columns:
        if name not in tenant_columns or name == manifest.tenants_key:
            problems.append(f"tenancy.legacy_tenant_columns: {shown.table(manifest.tenants_qualified)} has no column {name} "
                            "to give the legacy tenant" if name != manifest.tenants_key else
                            f"tenancy.legacy_tenant_columns: {name} is the tenants key (tenancy.legacy_tenant)")

    unclassified = sorted(
        t.qualified for t in catalog.in_schemas(manifest.schemas)
        if t.qualified not in manifest.tables and t.qualified not in registry and t.parent is None
    )
    if unclassified:
        problems.append(
            "unclassified tables (every table of tenancy.schemas needs a [tables.NAME] section): "
            + ", ".join(shown.table(t) for t in unclassified)
        )

    if manifest.admin_setting is not None and manifest.admin_setting.name == manifest.setting:
        problems.append("admin_setting.name: the tenant context setting cannot also be the admin setting")
    for kind in ("app", "admin", "reporting", "service"):
        for role in getattr(manifest.roles, kind):
            if role not in catalog.roles:
                problems.append(f"roles.{kind}: role {role} does not exist")
    if conn is not None:
        problems += [f"roles: {bypass_roles.describe(role, tables)}"
                     for role, tables in bypass_roles.unclassified(conn, manifest)]
    return problems


def _fill_reads(manifest: Manifest, spec: TableSpec) -> list[str]:
    """The tables a fill trigger reads for a keyless row of `spec` (phases/p1_tenant_columns.py)."""
    source = spec.backfill
    if source.kind == "parent":
        return [source.parent]
    if source.kind == "memberships":
        return [manifest.memberships_qualified]
    if source.kind == "sql":
        return relations(source.sql)
    return []


def _fill_read_problems(manifest: Manifest, catalog: Catalog, conn: psycopg.Connection) -> list[str]:
    """A role that may insert into a filled table must be able to read what its fill trigger reads.

    The trigger is SECURITY INVOKER (least privilege, see p1_tenant_columns.fill_function_body): it reads
    with the inserting role's rights, so without this an INSERT that works today would start failing.
    """
    roles = [r for r in dict.fromkeys(manifest.roles.app + manifest.roles.admin + manifest.roles.service)
             if r in catalog.roles]
    problems = []
    for spec in manifest.tables.values():
        if spec.pattern != "tenant" or spec.backfill is None or catalog.get(spec.qualified) is None:
            continue
        reads = [t for t in _fill_reads(manifest, spec) if t and catalog.get(t) is not None]
        for role in roles:
            if not reads or not conn.execute("SELECT pg_catalog.has_table_privilege(%s, %s, 'INSERT')",
                                             (role, qualify(spec.qualified))).fetchone()[0]:
                continue
            for read in reads:
                if not conn.execute("SELECT pg_catalog.has_table_privilege(%s, %s, 'SELECT')",
                                    (role, qualify(read))).fetchone()[0]:
                    problems.append(
                        f"tables.{spec.name}.backfill: role {role} may INSERT into {shown.table(spec.qualified)} but not SELECT "
                        f"from {read}, which the fill trigger reads with the inserting role's rights "
                        f"({Grant(('SELECT',), 'TABLE', read, (role,)).text()})"
                    )
    return problems


def fill_sql(catalog: Catalog, spec: TableSpec) -> FillExpression:
    """The `{ sql = ... }` backfill of `spec` as its fill trigger runs it and phase 0 compiles it."""
    def columns_of(qualified: str):
        table = catalog.get(qualified)
        return None if table is None else table.columns

    return fill_expression(spec.backfill.sql, spec.name, catalog.get(spec.qualified).columns, columns_of)


def _expression_error(conn: psycopg.Connection, manifest: Manifest, catalog: Catalog, spec: TableSpec) -> str | None:
    """Compile the backfill expression as the fill trigger runs it: the same text (fill_sql), the same
    search_path, names resolving as over the trigger's row, and of the key's type (a text expression for
    a uuid key would compile, then fail on the first row that is not a uuid, half-way through phase 2).

    Run with LIMIT 0 inside a transaction that is rolled back: compiled, never evaluated.
    """
    query = fill_sql(catalog, spec).compile_query(qualify(spec.qualified))
    found: list[str] = []

    def compile_it() -> None:
        conn.execute(f"SET LOCAL search_path = {PINNED_SEARCH_PATH}")
        cursor = conn.execute(query)
        type_oid = cursor.description[0].type_code
        ok = conn.execute(
            "SELECT t.oid = k.oid OR t.typname = 'unknown' OR EXISTS (SELECT 1 FROM pg_catalog.pg_cast c "
            "WHERE c.castsource = t.oid AND c.casttarget = k.oid AND c.castcontext IN ('a', 'i')), "
            "pg_catalog.format_type(t.oid, NULL) FROM pg_catalog.pg_type t, pg_catalog.pg_type k "
            "WHERE t.oid = %s AND k.oid = %s::pg_catalog.regtype",
            (type_oid, manifest.key_type),
        ).fetchone()
        if not ok[0]:
            found.append(f"the expression is of type {ok[1]}, not tenancy.type {manifest.key_type} "
                         f"(cast it, e.g. (...)::{manifest.key_type}, if every value is one)")

    error = _plan_error(conn, None, manifest, run=compile_it)
    return error or (found[0] if found else None)


def _plan_error(conn: psycopg.Connection, query: str | None, manifest: Manifest, run=None) -> str | None:
    """EXPLAIN the query (never run, rolled back), or call `run`; the error's first line, or None.

    tenantmig.current_tenant() may not exist yet (phase 1 creates it): a stand-in of the
    same type lets an expression that uses it be planned before then.
    """
    try:
        with conn.transaction(force_rollback=True):
            conn.execute(bookkeeping.CREATE_SCHEMA)
            for name, key_type in (("current_tenant", manifest.key_type),
                                   ("current_store", manifest.store.context.key_type if manifest.store else None)):
                if key_type and conn.execute("SELECT to_regprocedure(%s) IS NULL",
                                             (f"tenantmig.{name}()",)).fetchone()[0]:
                    conn.execute(bookkeeping.stand_in_function(name, key_type))
            if run is not None:
                run()
            else:
                conn.execute("EXPLAIN " + query)
    except psycopg.Error as exc:
        return first_line(exc)
    return None


def check_manifest(manifest: Manifest, catalog: Catalog, conn: psycopg.Connection | None = None) -> None:
    problems = manifest_problems(manifest, catalog, conn)
    if problems:
        where = manifest.path or "the manifest"
        raise ManifestError(
            f"{where} disagrees with the database:\n" + "\n".join(f"  - {p}" for p in problems),
            hint="Nothing was changed.",
        )
