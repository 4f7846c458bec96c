"""A read-only snapshot of what the live database holds: the input of every check.

Everything comes from pg_catalog directly, not from SQLAlchemy's inspector: the inspector
needs a dozen queries and parses constraint definitions back with a regular expression, and
a chain reads the catalogue about a thousand times on a large schema.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

import sqlalchemy as sa


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    identity_always: bool = False
    generated: bool = False


@dataclass(frozen=True)
class ForeignKey:
    name: str
    columns: tuple[str, ...]
    ref_table: str  # qualified
    ref_columns: tuple[str, ...]
    # What recreating it needs beyond its columns (pg_constraint): the FK actions as one-letter
    # codes (a no action, r restrict, c cascade, n set null, d set default), MATCH (s simple, f full).
    validated: bool = True
    on_update: str = "a"
    on_delete: str = "a"
    match: str = "s"
    deferrable: str = ""  # "", "DEFERRABLE" or "DEFERRABLE INITIALLY DEFERRED"
    delete_set_columns: tuple[str, ...] = ()  # ON DELETE SET NULL (cols), PostgreSQL 15+
    definition: str = ""  # pg_get_constraintdef


@dataclass(frozen=True)
class UniqueKey:
    """A unique index, with the constraint (UNIQUE or PRIMARY KEY) it backs, if any."""

    name: str  # the index's name (a constraint's index carries the constraint's name)
    constraint: bool  # backs a UNIQUE constraint (False: a unique index on its own, or the primary key)
    primary: bool
    columns: tuple[str, ...]  # key columns that are plain columns, in order (expressions left out)
    plain: bool  # every key part is a column: a constraint can be built on it
    valid: bool
    definition: str  # pg_get_indexdef
    prefix: str  # the definition up to the first key part: `CREATE UNIQUE INDEX name ON table USING btree (`
    deferrable: str = ""
    referenced_by: tuple[str, ...] = ()  # foreign keys that reference it, as "schema.table.constraint"


@dataclass(frozen=True)
class Policy:
    name: str
    permissive: bool
    roles: tuple[str, ...]
    command: str  # ALL, SELECT, INSERT, UPDATE, DELETE
    using: str | None
    check: str | None

    def as_dict(self) -> dict:
        return {
            "name": self.name, "permissive": self.permissive, "roles": list(self.roles),
            "command": self.command, "using": self.using, "check": self.check,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Policy:
        return cls(
            name=data["name"], permissive=data["permissive"], roles=tuple(data["roles"]),
            command=data["command"], using=data["using"], check=data["check"],
        )


@dataclass(frozen=True)
class Table:
    schema: str
    name: str
    columns: dict[str, Column]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    owner: str
    kind: str  # 'r' table, 'p' partitioned table
    rls_enabled: bool
    rls_forced: bool
    policies: tuple[Policy, ...]
    estimated_rows: int  # pg_class.reltuples (a partitioned table: its leaves'), 0 where unknown
    parent: str | None = None  # the partitioned table this one is a partition of (qualified)
    unique_keys: tuple[UniqueKey, ...] = ()
    rows_estimated: bool = True  # False: never analysed (nor vacuumed), so estimated_rows says nothing

    @property
    def unique_indexes(self) -> tuple[tuple[str, ...], ...]:
        """Valid, non-partial unique indexes on plain columns, each as its key columns in index order."""
        return tuple(key.columns for key in self.unique_keys if key.valid and key.plain)

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    def foreign_key_on(self, column: str, ref_table: str | None = None) -> ForeignKey | None:
        for fk in self.foreign_keys:
            if fk.columns == (column,) and (ref_table is None or fk.ref_table == ref_table):
                return fk
        return None


@dataclass(frozen=True)
class Role:
    name: str
    superuser: bool
    bypassrls: bool


@dataclass(frozen=True)
class Catalog:
    tables: dict[str, Table]
    roles: dict[str, Role]
    server_version_num: int
    schemas: tuple[str, ...] = field(default=())

    def get(self, qualified: str) -> Table | None:
        return self.tables.get(qualified)

    def in_schemas(self, schemas: tuple[str, ...]) -> list[Table]:
        return [t for t in self.tables.values() if t.schema in schemas]

    def partitions(self, qualified: str) -> list[Table]:
        """Every partition below a partitioned table, at any depth, parents before their children."""
        found = []
        for table in sorted(self.tables.values(), key=lambda t: t.qualified):
            if table.parent == qualified:
                found += [table, *self.partitions(table.qualified)]
        return found

    def referencing(self, qualified: str) -> list[tuple[Table, ForeignKey]]:
        return [(t, fk) for t in self.tables.values() for fk in t.foreign_keys if fk.ref_table == qualified]


@dataclass(frozen=True)
class Grantee:
    """A role (or PUBLIC) holding privileges on tables it does not own."""

    role: str
    privileges: tuple[str, ...]  # SELECT, INSERT, ... on at least one of the tables
    tables: int  # how many tables it holds any privilege on


def grantees(conn: sa.Connection, schemas: tuple[str, ...] | list[str]) -> list[Grantee]:
    """Who may use the tables of `schemas`, besides their owners; partitions follow their parent."""
    rows = conn.execute(
        sa.text(
            """
            SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                   array_agg(DISTINCT a.privilege_type ORDER BY a.privilege_type), count(DISTINCT c.oid)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL aclexplode(c.relacl) a
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY(:schemas)
              AND a.grantee <> c.relowner
            GROUP BY 1 ORDER BY 1
            """
        ),
        {"schemas": list(schemas)},
    )
    return [Grantee(role, tuple(privileges), tables) for role, privileges, tables in rows]


def extension_tables(conn: sa.Connection, schemas: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Tables of `schemas` that belong to an extension (PostGIS's spatial_ref_sys), by the extension's name."""
    rows = conn.execute(
        sa.text(
            """
            SELECT n.nspname || '.' || c.relname, e.extname
            FROM pg_depend d
            JOIN pg_extension e ON e.oid = d.refobjid
            JOIN pg_class c ON c.oid = d.objid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass
              AND d.deptype = 'e' AND c.relkind IN ('r', 'p') AND n.nspname = ANY(:schemas)
            """
        ),
        {"schemas": list(schemas)},
    )
    return dict(rows.all())


def read(conn: sa.Connection, schemas: tuple[str, ...] | list[str], only: Collection[str] | None = None) -> Catalog:
    """The catalogue of `schemas`; with `only` (qualified names), just those tables (roles and version in full).

    A partial read is for refreshing the tables a step just changed (StepContext.catalog): on a
    schema of 80+ tables a full read after every unit was most of a phase's time. Six queries on
    pg_catalog, whatever the number of tables: a step reads the catalogue after each unit, so a
    chain reads it about a thousand times on a large schema.
    """
    schemas = tuple(dict.fromkeys(schemas))
    wanted = None if only is None else sorted(set(only))
    roles, version = {}, 0
    for name, superuser, bypass, version in conn.execute(sa.text(
            "SELECT rolname, rolsuper, rolbypassrls, current_setting('server_version_num')::int FROM pg_roles")):
        roles[name] = Role(name=name, superuser=superuser, bypassrls=bypass)
    facts = _table_facts(conn, schemas, wanted)
    policies = _policies(conn, schemas, wanted)
    unique_keys = _unique_keys(conn, schemas, wanted)
    foreign_keys = _foreign_keys(conn, schemas, wanted, version)
    columns = _columns(conn, schemas, wanted)
    tables: dict[str, Table] = {}
    for qualified, (owner, kind, enabled, forced, estimate, parent) in facts.items():
        schema, name = qualified.split(".", 1)
        keys = unique_keys.get(qualified, ())
        tables[qualified] = Table(
            schema=schema,
            name=name,
            columns={c.name: c for c in columns.get(qualified, ())},
            primary_key=next((key.columns for key in keys if key.primary), ()),
            foreign_keys=tuple(foreign_keys.get(qualified, ())),
            owner=owner,
            kind=kind,
            rls_enabled=enabled,
            rls_forced=forced,
            policies=tuple(policies.get(qualified, ())),
            estimated_rows=estimate or 0,
            rows_estimated=estimate is not None,
            parent=parent,
            unique_keys=tuple(keys),
        )
    # Schemas in the order given, tables by name within each, as the manifest and the reports list them.
    order = {schema: k for k, schema in enumerate(schemas)}
    ordered = dict(sorted(tables.items(), key=lambda item: (order[item[1].schema], item[1].name)))
    return Catalog(tables=ordered, roles=roles, server_version_num=version, schemas=schemas)


# Every query below takes the same two parameters: the schemas, and the qualified names wanted (NULL: all).
_WANTED = "n.nspname = ANY(:schemas) AND (CAST(:only AS text[]) IS NULL OR n.nspname || '.' || {rel}.relname = ANY(CAST(:only AS text[])))"


def _columns(conn: sa.Connection, schemas: tuple[str, ...], only: list[str] | None = None) -> dict[str, list[Column]]:
    rows = conn.execute(
        sa.text(
            f"""
            SELECT n.nspname || '.' || c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                   NOT a.attnotnull, a.attidentity = 'a', a.attgenerated <> ''
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND {_WANTED.format(rel="c")}
            ORDER BY 1, a.attnum
            """
        ),
        {"schemas": list(schemas), "only": only},
    )
    found: dict[str, list[Column]] = {}
    for table, name, type_, nullable, identity_always, generated in rows:
        found.setdefault(table, []).append(
            Column(name=name, type=type_, nullable=nullable, identity_always=identity_always, generated=generated))
    return found


def _table_facts(conn: sa.Connection, schemas: tuple[str, ...], only: list[str] | None = None) -> dict[str, tuple]:
    rows = conn.execute(
        sa.text(
            """
            SELECT n.nspname || '.' || c.relname, pg_get_userbyid(c.relowner), c.relkind::text,
                   c.relrowsecurity, c.relforcerowsecurity,
                   -- A partitioned table holds no rows itself: its estimate is its leaves'. reltuples is -1
                   -- until a table is first vacuumed or analysed (PostgreSQL 14+): unknown, not empty.
                   CASE WHEN c.relkind = 'p' THEN (
                       SELECT CASE WHEN bool_and(l.reltuples >= 0) THEN sum(l.reltuples)::bigint END
                       FROM pg_partition_tree(c.oid) t JOIN pg_class l ON l.oid = t.relid WHERE t.isleaf)
                   ELSE CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint END END,
                   (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i
                      JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                     WHERE i.inhrelid = c.oid AND c.relispartition)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(:schemas)
              AND (CAST(:only AS text[]) IS NULL OR n.nspname || '.' || c.relname = ANY(CAST(:only AS text[])))
            """
        ),
        {"schemas": list(schemas), "only": only},
    )
    return {row[0]: tuple(row[1:]) for row in rows}


def _policies(conn: sa.Connection, schemas: tuple[str, ...], only: list[str] | None = None) -> dict[str, list[Policy]]:
    rows = conn.execute(
        sa.text(
            """
            SELECT schemaname || '.' || tablename, policyname, permissive = 'PERMISSIVE',
                   roles::text[], cmd, qual, with_check
            FROM pg_policies WHERE schemaname = ANY(:schemas)
              AND (CAST(:only AS text[]) IS NULL OR schemaname || '.' || tablename = ANY(CAST(:only AS text[])))
            ORDER BY schemaname, tablename, policyname
            """
        ),
        {"schemas": list(schemas), "only": only},
    )
    found: dict[str, list[Policy]] = {}
    for table, name, permissive, roles, command, using, check in rows:
        found.setdefault(table, []).append(
            Policy(name=name, permissive=permissive, roles=tuple(roles), command=command, using=using, check=check)
        )
    return found


def _deferrable(deferrable: bool, deferred: bool) -> str:
    return ("DEFERRABLE INITIALLY DEFERRED" if deferred else "DEFERRABLE") if deferrable else ""


def _unique_keys(conn: sa.Connection, schemas: tuple[str, ...], only: list[str] | None = None) -> dict[str, list[UniqueKey]]:
    rows = conn.execute(
        sa.text(
            """
            SELECT n.nspname || '.' || t.relname, ic.relname, con.contype = 'u', i.indisprimary,
                   ARRAY(SELECT a.attname FROM unnest((i.indkey::int2[])[0:i.indnkeyatts - 1]) WITH ORDINALITY
                                 AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord),
                   0 <> ALL ((i.indkey::int2[])[0:i.indnkeyatts - 1]) AND i.indpred IS NULL,
                   i.indisvalid, pg_get_indexdef(i.indexrelid),
                   'CREATE UNIQUE INDEX ' || quote_ident(ic.relname) || ' ON '
                       || CASE WHEN t.relkind = 'p' THEN 'ONLY ' ELSE '' END
                       || quote_ident(n.nspname) || '.' || quote_ident(t.relname)
                       || ' USING ' || am.amname || ' (',
                   coalesce(con.condeferrable, false), coalesce(con.condeferred, false),
                   ARRAY(SELECT fn.nspname || '.' || fc.relname || '.' || f.conname FROM pg_constraint f
                         JOIN pg_class fc ON fc.oid = f.conrelid JOIN pg_namespace fn ON fn.oid = fc.relnamespace
                         WHERE f.contype = 'f' AND f.conindid = i.indexrelid ORDER BY 1)
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                                       AND con.contype IN ('u', 'p')
            WHERE i.indisunique AND t.relkind IN ('r', 'p') AND n.nspname = ANY(:schemas)
              AND (CAST(:only AS text[]) IS NULL OR n.nspname || '.' || t.relname = ANY(CAST(:only AS text[])))
            ORDER BY 1, 2
            """
        ),
        {"schemas": list(schemas), "only": only},
    )
    found: dict[str, list[UniqueKey]] = {}
    for (table, name, constraint, primary, columns, plain, valid, definition, prefix, deferrable, deferred,
         referenced_by) in rows:
        found.setdefault(table, []).append(UniqueKey(
            name=name, constraint=bool(constraint), primary=primary, columns=tuple(columns), plain=plain,
            valid=valid, definition=definition, prefix=prefix, deferrable=_deferrable(deferrable, deferred),
            referenced_by=tuple(referenced_by),
        ))
    return found


def _foreign_keys(conn: sa.Connection, schemas: tuple[str, ...], only: list[str] | None,
                  version: int) -> dict[str, list[ForeignKey]]:
    # confdelsetcols (ON DELETE SET NULL (cols)) exists from PostgreSQL 15.
    set_columns = ("ARRAY(SELECT a.attname FROM unnest(c.confdelsetcols) WITH ORDINALITY AS k(attnum, ord) "
                   "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)"
                   if version >= 150000 else "ARRAY[]::name[]")
    rows = conn.execute(
        sa.text(
            f"""
            SELECT n.nspname || '.' || t.relname, c.conname,
                   ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord),
                   rn.nspname || '.' || r.relname,
                   ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord),
                   c.convalidated, c.confupdtype::text, c.confdeltype::text, c.confmatchtype::text,
                   c.condeferrable, c.condeferred, {set_columns}, pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_class r ON r.oid = c.confrelid
            JOIN pg_namespace rn ON rn.oid = r.relnamespace
            WHERE c.contype = 'f' AND {_WANTED.format(rel="t")}
              -- A key referencing a partitioned table has a hidden copy per referenced partition, on
              -- the same table; the key a user declared is the one without a parent on that table.
              AND NOT EXISTS (SELECT 1 FROM pg_constraint p WHERE p.oid = c.conparentid AND p.conrelid = c.conrelid)
            ORDER BY 1, 2
            """
        ),
        {"schemas": list(schemas), "only": only},
    )
    found: dict[str, list[ForeignKey]] = {}
    for (table, name, columns, ref_table, ref_columns, validated, on_update, on_delete, match, deferrable, deferred,
         delete_set_columns, definition) in rows:
        found.setdefault(table, []).append(ForeignKey(
            name=name, columns=tuple(columns), ref_table=ref_table, ref_columns=tuple(ref_columns),
            validated=validated, on_update=on_update, on_delete=on_delete, match=match,
            deferrable=_deferrable(deferrable, deferred), delete_set_columns=tuple(delete_set_columns),
            definition=definition,
        ))
    return found
