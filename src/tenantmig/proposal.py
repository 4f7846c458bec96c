"""What `tenantmig init` proposes: a manifest derived from the live catalogue, nothing guessed.

Each table of the migrated schemas ends up either derived from the schema (the
tenants and memberships tables exempt; a tenant table through the key it already
has, a foreign key to a tenant parent, or a column naming one of the memberships'
users) or left for the DBA as a `[tables.NAME]` section without a pattern, which the
manifest refuses to load until someone decides. "One missed table" is the failure
this tool exists to prevent, so a table init cannot place is never given a default.

The input is a catalog snapshot; this module never writes to the database.
"""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from collections import deque
from dataclasses import dataclass, field

import sqlalchemy as sa

from tenantmig import __version__
from tenantmig import catalog as catalog_mod
from tenantmig import manifest as manifest_mod
from tenantmig.catalog import Catalog, ForeignKey, Table
from tenantmig.db import quote_ident
from tenantmig.errors import ManifestError, UsageError

DEFAULT_COLUMN = "client_id"

# Bookkeeping tables of the migration tools applications use: usually exempt, never guessed.
MIGRATION_TOOL_TABLES = frozenset({
    "schema_migrations", "schema_version", "alembic_version", "flyway_schema_history", "ar_internal_metadata",
    "django_migrations", "knex_migrations", "knex_migrations_lock", "goose_db_version", "databasechangelog",
    "databasechangeloglock", "__efmigrationshistory", "_prisma_migrations", "__diesel_schema_migrations",
    "migrations", "typeorm_metadata",
})

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def manifest_key(qualified: str, default_schema: str) -> str:
    """How the manifest names a table: bare in its default schema, schema.name elsewhere.

    A name that would read as something else (a dot, a leading quote) is written with SQL's quoting,
    which manifest.split_name reads back: `public."a.b"`.
    """
    schema, _, name = qualified.partition(".")
    if "." in name or name.startswith('"'):
        return f"{quote_ident(schema) if schema.startswith(chr(34)) else schema}.{quote_ident(name)}"
    return name if schema == default_schema else qualified


@dataclass(frozen=True)
class Request:
    """What the DBA said on the command line; None = derive it from the catalogue."""

    tenants_table: str
    tenants_key: str | None = None
    memberships_table: str | None = None
    memberships_user_column: str | None = None
    memberships_tenant_column: str | None = None
    column: str | None = None
    key_type: str | None = None
    setting: str = "app.current_client_id"
    schemas: tuple[str, ...] = ("public",)
    app_roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableProposal:
    schema: str
    name: str
    key: str  # how the manifest names it: bare in the first schema, else schema.name
    derivation: str  # tenants_table, memberships_table, existing_key, parent, memberships, or undecided
    why: tuple[str, ...]  # what it was derived from (or, undecided, what was found), one comment line each
    column: str | None = None  # the existing key, when it is not named like tenancy.column
    parent: str | None = None  # qualified
    via: str | None = None
    user_column: str | None = None
    reason: str | None = None  # exempt tables
    hints: tuple[str, ...] = ()  # undecided tables: the likely pattern and why

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def pattern(self) -> str | None:
        if self.derivation in ("tenants_table", "memberships_table"):
            return "exempt"
        return None if self.derivation == "undecided" else "tenant"

    def as_dict(self) -> dict:
        found = {"pattern": self.pattern, "derivation": self.derivation, "why": list(self.why)}
        if self.column:
            found["column"] = self.column
        if self.derivation == "parent":
            found["backfill"] = {"parent": self.parent, "via": self.via}
        elif self.derivation == "memberships":
            found["backfill"] = {"memberships": self.user_column}
        if self.hints:
            found["hints"] = list(self.hints)
        return found


@dataclass
class Proposal:
    database: str
    schemas: tuple[str, ...]
    column: str
    key_type: str
    setting: str
    tenants: Table
    tenants_key: str
    memberships: Table | None
    memberships_user_column: str | None
    memberships_tenant_column: str | None
    users: str | None  # the table the memberships' user column references (qualified)
    app_roles: tuple[str, ...]
    tables: list[TableProposal]  # in the order the file lists them
    notes: dict[str, str] = field(default_factory=dict)  # tenancy key -> where its value came from
    grantees: list[catalog_mod.Grantee] = field(default_factory=list)
    bypassrls: frozenset[str] = frozenset()
    owners: tuple[str, ...] = ()

    def key(self, qualified: str) -> str:
        return manifest_key(qualified, self.schemas[0])

    def with_derivation(self, *derivations: str) -> list[TableProposal]:
        return [t for t in self.tables if t.derivation in derivations]

    @property
    def undecided(self) -> list[TableProposal]:
        return self.with_derivation("undecided")

    def counts(self) -> dict[str, int]:
        return {
            "tables": len(self.tables),
            "tenant": len(self.with_derivation("existing_key", "parent", "memberships")),
            "tenant_existing_key": len(self.with_derivation("existing_key")),
            "tenant_parent": len(self.with_derivation("parent")),
            "tenant_memberships": len(self.with_derivation("memberships")),
            "exempt": len(self.with_derivation("tenants_table", "memberships_table")),
            "undecided": len(self.undecided),
        }

    def as_dict(self) -> dict:
        return {
            "database": self.database, "schemas": list(self.schemas), "column": self.column,
            "type": self.key_type, "tenants_table": self.tenants.qualified,
            "memberships_table": self.memberships.qualified if self.memberships else None,
            "users_table": self.users, "app_roles": list(self.app_roles), "counts": self.counts(),
            "tables": {t.qualified: t.as_dict() for t in self.tables},
            "undecided": [t.qualified for t in self.undecided],
            "roles_with_privileges": [g.role for g in self.grantees],
        }


# -- reading and checking the request -------------------------------------------------------------------------


def propose(conn: sa.Connection, request: Request) -> Proposal:
    """Derive a proposal from the database behind `conn`; UsageError (exit 2) names any bad input."""
    schemas = tuple(dict.fromkeys(request.schemas))
    if not schemas:
        raise UsageError("--schemas: name at least one schema")
    present = set(conn.execute(sa.text("SELECT nspname FROM pg_namespace WHERE nspname = ANY(:s)"),
                               {"s": list(schemas)}).scalars())
    for schema in schemas:
        if schema not in present:
            raise UsageError(f"schema {schema} does not exist (--schemas)")
    tenants_q = _qualified(request.tenants_table, schemas[0])
    memberships_q = _qualified(request.memberships_table, schemas[0]) if request.memberships_table else None
    if memberships_q is None and (request.memberships_user_column or request.memberships_tenant_column):
        raise UsageError("--memberships-user-column and --memberships-tenant-column need --memberships-table")
    cat = catalog_mod.read(conn, schemas + tuple(q.partition(".")[0] for q in (tenants_q, memberships_q) if q))
    tenants = cat.get(tenants_q)
    if tenants is None:
        raise UsageError(
            f"tenants table {tenants_q} does not exist (--tenants-table)" + _did_you_mean(cat, tenants_q),
            hint="init derives the manifest from an existing tenants table. For a formerly single-tenant "
                 "database, write tenancy.toml by hand: phase 1 creates the tenants table (runbooks/init.md).")
    tenants_key = _tenants_key(tenants, request.tenants_key)
    notes: dict[str, str] = {}
    key_type = request.key_type or _key_type(tenants, tenants_key)
    notes["type"] = f"the type of {tenants.name}.{tenants_key}, the tenants key"
    if request.key_type:
        found = tenants.columns[tenants_key].type.lower()
        notes["type"] = "given with --type" + ("" if found == key_type else
                                               f"; {tenants.name}.{tenants_key} is {found}: the keys must agree")
    memberships, user_column, tenant_column, users = _memberships(cat, memberships_q, tenants, tenants_key,
                                                                  request, notes)
    tables = {t.qualified: _with_partition_keys(cat, t) for t in cat.in_schemas(schemas) if t.parent is None}
    if not tables:
        raise UsageError(f"no tables in {', '.join(schemas)} (--schemas): nothing to propose")
    registry = {tenants.qualified, memberships.qualified if memberships else None}
    column = request.column or _common_key_column(tables, registry, tenants.qualified, tenants_key, notes)
    if request.column:
        notes["column"] = "given with --column"
    if not manifest_mod.is_identifier(column):
        raise UsageError(f"--column: expected a column name as the catalogue has it, got {column!r}")
    for role in request.app_roles:
        if role not in cat.roles:
            raise UsageError(f"role {role} does not exist (--app-role)")
    classes = _Classifier(cat, tables, column, key_type, tenants, tenants_key, memberships, user_column, users,
                          schemas[0], catalog_mod.extension_tables(conn, schemas))
    proposal = Proposal(
        database=conn.execute(sa.text("SELECT current_database()")).scalar_one(),
        schemas=schemas, column=column, key_type=key_type, setting=request.setting, tenants=tenants,
        tenants_key=tenants_key, memberships=memberships, memberships_user_column=user_column,
        memberships_tenant_column=tenant_column, users=users, app_roles=tuple(request.app_roles),
        tables=classes.run(), notes=notes, grantees=catalog_mod.grantees(conn, schemas),
        bypassrls=frozenset(r.name for r in cat.roles.values() if r.bypassrls and not r.superuser),
        owners=tuple(sorted({t.owner for t in tables.values()})),
    )
    check_round_trip(proposal)
    return proposal


def _memberships(cat: Catalog, qualified: str | None, tenants: Table, tenants_key: str, request: Request,
                 notes: dict[str, str]) -> tuple[Table | None, str | None, str | None, str | None]:
    """The memberships table, its user and tenant columns, and the users table its user column references."""
    if qualified is None:
        return None, None, None, None
    memberships = cat.get(qualified)
    if memberships is None:
        raise UsageError(f"memberships table {qualified} does not exist (--memberships-table)")
    tenant_column = _membership_column(memberships, request.memberships_tenant_column, "tenant",
                                       _references(memberships, tenants.qualified, tenants_key))
    user_column = _membership_column(
        memberships, request.memberships_user_column, "user",
        [fk for fk in memberships.foreign_keys if len(fk.columns) == 1 and fk.columns != (tenant_column,)])
    tenant_fk = memberships.foreign_key_on(tenant_column, tenants.qualified)
    notes["memberships_tenant"] = (f"{tenant_column} references {tenants.qualified} ({tenant_fk.name})" if tenant_fk
                                   else f"{tenant_column} has no foreign key to {tenants.qualified}: given as is")
    user_fk = memberships.foreign_key_on(user_column)
    users = user_fk.ref_table if user_fk else None
    notes["memberships"] = (f"{user_column} references {users} ({user_fk.name})" if user_fk else
                            f"{user_column} references no table: init cannot tell which columns of other "
                            "tables hold users, so it proposes no { memberships = ... } backfill")
    return memberships, user_column, tenant_column, users


def _qualified(name: str, default_schema: str) -> str:
    parts = manifest_mod.split_name(name, default_schema)
    if parts is None:
        raise UsageError(f"{name!r} is not a table name: write it as the catalogue has it, optionally with its "
                         'schema (Organization, public.Organization, or SQL-quoted: public."a.b")')
    return f"{parts[0]}.{parts[1]}"


def _did_you_mean(cat, qualified: str) -> str:
    """Names are case-sensitive: `organization` is not Prisma's `Organization`; say which one exists."""
    close = sorted(q for q in cat.tables if q.lower() == qualified.lower())
    return f"; names are case-sensitive: did you mean {close[0]}?" if close else ""


def _tenants_key(tenants: Table, given: str | None) -> str:
    if given is not None:
        if given not in tenants.columns:
            raise UsageError(f"column {tenants.qualified}.{given} does not exist (--tenants-key)")
        return given
    if len(tenants.primary_key) == 1:
        return tenants.primary_key[0]
    raise UsageError(f"{tenants.qualified} has no single-column primary key: name its key with --tenants-key")


def _key_type(tenants: Table, key: str) -> str:
    found = tenants.columns[key].type.lower()
    if found not in manifest_mod.KEY_TYPES:
        raise UsageError(
            f"{tenants.qualified}.{key} is {found}, which is not a tenant key type init can match: "
            f"pass --type ({' | '.join(manifest_mod.KEY_TYPES)})")
    return found


def _with_partition_keys(cat: Catalog, table: Table) -> Table:
    """A partitioned table as init reads its paths: with the single-column foreign keys its partitions
    declare and it does not (public schemas declare them only on the partitions holding data); the
    backfill accepts the same path (checks.parent_path)."""
    if table.kind != "p":
        return table
    own = {(fk.columns, fk.ref_table, fk.ref_columns) for fk in table.foreign_keys}
    added = {}
    for leaf in cat.partitions(table.qualified):
        for fk in leaf.foreign_keys:
            shape = (fk.columns, fk.ref_table, fk.ref_columns)
            if len(fk.columns) == 1 and shape not in own:
                added.setdefault(shape, fk)
    return dataclasses.replace(table, foreign_keys=table.foreign_keys + tuple(added.values())) if added else table


def _references(table: Table, target: str, target_column: str) -> list[ForeignKey]:
    """Single-column foreign keys of `table` to `target`(`target_column`)."""
    return [fk for fk in table.foreign_keys
            if len(fk.columns) == 1 and fk.ref_table == target and fk.ref_columns == (target_column,)]


def _membership_column(memberships: Table, given: str | None, what: str, candidates: list[ForeignKey]) -> str:
    option = f"--memberships-{what}-column"
    if given is not None:
        if given not in memberships.columns:
            raise UsageError(f"column {memberships.qualified}.{given} does not exist ({option})")
        return given
    if len(candidates) == 1:
        return candidates[0].columns[0]
    found = ", ".join(fk.columns[0] for fk in candidates) or "no foreign key"
    raise UsageError(f"cannot tell which column of {memberships.qualified} holds the {what} ({found}): pass {option}")


def _common_key_column(tables: dict[str, Table], registry: set, tenants: str, tenants_key: str,
                       notes: dict[str, str]) -> str:
    # Tables that reference the tenants table already name the key; if they agree, that name is
    # the one the application uses, and phase 1 adds nothing where it exists.
    names = {fk.columns[0] for q, t in tables.items() if q not in registry for fk in _references(t, tenants, tenants_key)}
    if len(names) == 1:
        name = names.pop()
        notes["column"] = f"the column the tables that reference {tenants} already use"
        return name
    notes["column"] = ("the default: no table references the tenants table" if not names else
                       f"the default: tables reference the tenants table through {', '.join(sorted(names))}")
    return DEFAULT_COLUMN


# -- classification -----------------------------------------------------------------------------------------


class _Classifier:
    """Places every table: registry, existing key, parent (breadth-first, shortest chain), memberships, or the DBA."""

    def __init__(self, cat: Catalog, tables: dict[str, Table], column: str, key_type: str, tenants: Table,
                 tenants_key: str, memberships: Table | None, user_column: str | None, users: str | None,
                 first_schema: str, extensions: dict[str, str] | None = None):
        self.cat = cat
        self.extensions = extensions or {}
        self.tables = tables
        self.column = column
        self.key_type = key_type
        self.tenants = tenants
        self.tenants_key = tenants_key
        self.memberships = memberships
        self.user_column = user_column
        self.users = users
        self.users_key = memberships.foreign_key_on(user_column).ref_columns[0] if users else None
        self.first_schema = first_schema
        self.decided: dict[str, TableProposal] = {}
        self.held: dict[str, tuple[list[str], list[str]]] = {}  # never derived: (found, hints)
        self.several_users: dict[str, list[str]] = {}  # no memberships backfill: which user owns the row?
        self.depth: dict[str, int] = {}
        # Children by parent, through single-column foreign keys only: a parent backfill follows one column.
        self.children: dict[str, list[tuple[Table, ForeignKey]]] = {}
        for table in tables.values():
            for fk in table.foreign_keys:
                if len(fk.columns) == 1 and fk.ref_table in tables and fk.ref_table != table.qualified:
                    self.children.setdefault(fk.ref_table, []).append((table, fk))
        for found in self.children.values():
            found.sort(key=lambda pair: (pair[0].qualified, pair[1].columns))

    def key(self, qualified: str) -> str:
        return manifest_key(qualified, self.first_schema)

    def run(self) -> list[TableProposal]:
        self.registry()
        self.hold_what_cannot_be_derived()
        roots = self.existing_keys()
        self.walk(roots)
        self.memberships_rounds()
        undecided = [self.undecided(q) for q in sorted(set(self.tables) - set(self.decided))]
        return list(self.decided.values()) + undecided

    def add(self, proposal: TableProposal, depth: int = 0) -> None:
        self.decided[proposal.qualified] = proposal
        self.depth[proposal.qualified] = depth

    def proposal(self, table: Table, derivation: str, why: list[str], **fields) -> TableProposal:
        return TableProposal(table.schema, table.name, self.key(table.qualified), derivation, tuple(why), **fields)

    def registry(self) -> None:
        if self.tenants.qualified in self.tables:
            self.add(self.proposal(self.tenants, "tenants_table", ["named by tenancy.tenants_table"],
                                   reason="the tenants table itself: the registry every tenant is resolved from"))
        if self.memberships is not None and self.memberships.qualified in self.tables:
            self.add(self.proposal(self.memberships, "memberships_table", ["named by tenancy.memberships_table"],
                                   reason="the memberships table: it says which tenants a user may act for"))

    def hold_what_cannot_be_derived(self) -> None:
        for qualified, table in sorted(self.tables.items()):
            if qualified in self.decided:
                continue
            if qualified == self.users:
                self.held[qualified] = (
                    [f"{self.key(qualified)} holds the users of "
                     f"{self.key(self.memberships.qualified)}.{self.user_column}"],
                    ['usually exempt: identities shared across tenants, with memberships saying where each '
                     'works (reason = "...")', "tenant only if every user belongs to exactly one tenant"])
            elif self.column not in table.columns and len(direct := _references(
                    table, self.tenants.qualified, self.tenants_key)) > 1:
                columns = ", ".join(fk.columns[0] for fk in direct)
                self.held[qualified] = (
                    [f"several columns reference {self.key(self.tenants.qualified)}: {columns}"],
                    ['tenant, with column = "..." naming the one whose tenant owns the row'])

    def existing_keys(self) -> list[str]:
        roots = []
        for qualified, table in sorted(self.tables.items()):
            if qualified in self.decided or qualified in self.held:
                continue
            named = table.columns.get(self.column)
            direct = _references(table, self.tenants.qualified, self.tenants_key)
            if named is None and not direct:
                continue
            key_column = named.name if named else direct[0].columns[0]
            found = table.columns[key_column]
            fk = table.foreign_key_on(key_column, self.tenants.qualified)
            why = [f"has {key_column} already ({found.type.lower()}"
                   + (f", references {self.key(self.tenants.qualified)} through {fk.name})" if fk else ")")
                   + ": nothing to add, nothing to derive"]
            if found.type.lower() != self.key_type:
                why.append(f"{key_column} is {found.type.lower()}, not tenancy.type {self.key_type}: the manifest "
                           "check refuses it until the two agree")
            if found.nullable:
                why += [f"{key_column} allows NULL: such rows fail phase 3's gate unless given a backfill",
                        '({ legacy = true } or { sql = "..." }) or orphans = "quarantine"; if NULL means a row',
                        'every tenant reads, make it pattern = "shared"']
            self.add(self.proposal(table, "existing_key", why, column=None if named else key_column))
            roots.append(qualified)
        return roots

    def walk(self, roots: list[str]) -> None:
        """Breadth-first from `roots`: a table's parent is the nearest tenant table, so its chain is shortest."""
        queue = deque(sorted(roots))
        while queue:
            parent = queue.popleft()
            for child, fk in self.children.get(parent, []):
                if child.qualified in self.decided or child.qualified in self.held:
                    continue
                self.add(self.proposal(child, "parent", self.parent_why(child, fk), parent=parent,
                                       via=fk.columns[0]), self.depth[parent] + 1)
                queue.append(child.qualified)

    def parent_why(self, child: Table, fk: ForeignKey) -> list[str]:
        via = fk.columns[0]
        chain = [child.name]
        step = fk.ref_table
        while True:
            chain.append(self.key(step))
            above = self.decided[step]
            if above.derivation != "parent":
                if above.derivation == "memberships":
                    chain.append("memberships")
                else:
                    chain[-1] += f".{above.column or self.column}"
                break
            step = above.parent
        why = [f"{via} references {self.key(fk.ref_table)}({fk.ref_columns[0]}) through {fk.name}: the parent's tenant",
               f"chain: {' -> '.join(chain)}"]
        if child.columns[via].nullable:
            why.append(f"{via} allows NULL: rows without a parent fail phase 2's gate, named, "
                       'unless orphans = "quarantine"')
        return why

    def memberships_rounds(self) -> None:
        """Tables that name a user get the user's tenant, but only where no parent can give them one.

        A parent's tenant is exact; a user's is ambiguous for a user in two tenants. So a
        candidate that another candidate's tables lead to waits: the walk from that one
        gives it a parent. A ring of candidates with no way in takes memberships for all.
        """
        candidates = self.memberships_candidates()
        while True:
            pending = [q for q in candidates if q not in self.decided]
            if not pending:
                return
            reach = {q: self.reachable(q) for q in pending}
            roots = [q for q in pending if not any(q in reach[other] for other in pending if other != q)] or pending
            for qualified in roots:
                table, fk = self.tables[qualified], candidates[qualified]
                why = [f"{fk.columns[0]} references {self.key(self.users)}({fk.ref_columns[0]}) through {fk.name}: "
                       f"the user's tenant, from {self.key(self.memberships.qualified)}",
                       "a user in two tenants makes the row ambiguous: phase 2's gate fails and names those rows, "
                       "by design"]
                if table.columns[fk.columns[0]].nullable:
                    why.append(f"{fk.columns[0]} allows NULL: rows without a user fail phase 2's gate, named, "
                               'unless orphans = "quarantine"')
                self.add(self.proposal(table, "memberships", why, user_column=fk.columns[0]))
            self.walk(roots)

    def memberships_candidates(self) -> dict[str, ForeignKey]:
        found = {}
        if self.users is None:
            return found
        for qualified, table in sorted(self.tables.items()):
            if qualified in self.decided or qualified in self.held:
                continue
            users = _references(table, self.users, self.users_key)
            if len(users) == 1:
                found[qualified] = users[0]
            elif len(users) > 1:
                # Which user's tenant owns the row (creator? assignee?) is a question about the data;
                # a parent, if one turns up, is still an answer.
                self.several_users[qualified] = [fk.columns[0] for fk in users]
        return found

    def reachable(self, start: str) -> set[str]:
        seen, queue = set(), deque([start])
        while queue:
            for child, _fk in self.children.get(queue.popleft(), []):
                q = child.qualified
                if q not in seen and q != start and q not in self.decided and q not in self.held:
                    seen.add(q)
                    queue.append(q)
        return seen

    def undecided(self, qualified: str) -> TableProposal:
        table = self.tables[qualified]
        found, hints = self.held.get(qualified, ([], []))
        found, hints = list(found), list(hints)
        tenant_tables = {q for q, p in self.decided.items() if p.pattern == "tenant"}
        if qualified in self.several_users:
            found.append(f"several columns reference {self.key(self.users)}: {', '.join(self.several_users[qualified])}")
            hints.append('tenant, with backfill = { memberships = "..." } naming the user whose tenant owns the row')
        for fk in table.foreign_keys:
            if len(fk.columns) > 1 and fk.ref_table in tenant_tables:
                found.append(f"its composite foreign key {fk.name} ({', '.join(fk.columns)}) reaches tenant table "
                             f"{self.key(fk.ref_table)}, but backfill = {{ parent }} follows a single-column one")
                hints.append(f"tenant: add a single-column foreign key to {self.key(fk.ref_table)}, or "
                             'backfill = { sql = "..." } reading it')
        if not found:
            found.append(f"no foreign key leads to a tenant table, and it has no {self.column} column")
        for fk in table.foreign_keys:
            if (len(fk.columns) == 1 and fk.ref_table in self.tables and fk.ref_table not in self.decided
                    and fk.ref_table not in (qualified, self.users)):
                parent = self.key(fk.ref_table)
                hints.append(f"{fk.columns[0]} references {parent}, also undecided: if {parent} becomes tenant, "
                             f'backfill = {{ parent = "{parent}", via = "{fk.columns[0]}" }} follows')
        readers = sorted(f"{self.key(t.qualified)}.{', '.join(fk.columns)}" for t, fk in self.cat.referencing(qualified)
                         if t.qualified in tenant_tables)
        if readers and qualified not in self.held:
            hints.append(f"global? tenant tables reference it ({', '.join(readers)}): reference data "
                         "every tenant reads")
        if qualified in self.extensions:
            hints.append(f"exempt? it belongs to the extension {self.extensions[qualified]}: "
                         f'reason = "owned by the {self.extensions[qualified]} extension"')
        if table.name in MIGRATION_TOOL_TABLES:
            hints.append('exempt? named like a migration tool\'s bookkeeping: reason = "owned by the '
                         'application\'s migration tool"')
        return TableProposal(table.schema, table.name, self.key(qualified), "undecided", tuple(found),
                             hints=tuple(hints))


# -- the file ----------------------------------------------------------------------------------------------


def _s(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes, \uXXXX included).
    return json.dumps(value, ensure_ascii=False)


def _table_header(key: str) -> str:
    return f"[tables.{key}]" if _BARE_KEY.match(key) else f"[tables.{_s(key)}]"


def render(proposal: Proposal, *, decided_only: bool = False) -> str:
    """The proposed tenancy.toml; `decided_only` leaves out what the DBA must add (for the round-trip check)."""
    p = proposal
    lines = [
        f"# tenancy.toml proposed by `tenantmig init` ({__version__}) from database {p.database}.",
        "# Derived from the catalogue only: the comment on each entry names the foreign key or",
        "# column it came from. Review every entry. A section marked TODO has no pattern yet:",
        "# this file does not load (exit 2, naming those tables) until each has one.",
        "",
        "[tenancy]",
        f"schemas = [{', '.join(_s(s) for s in p.schemas)}]",
        f"# {p.notes['column']}",
        f"column = {_s(p.column)}",
        f"# {p.notes['type']}",
        f"type = {_s(p.key_type)}",
        f"setting = {_s(p.setting)}",
        f"tenants_table = {_s(p.key(p.tenants.qualified))}",
        f"tenants_key = {_s(p.tenants_key)}",
    ]
    if p.memberships is not None:
        lines += [
            f"memberships_table = {_s(p.key(p.memberships.qualified))}",
            f"# {p.notes['memberships']}",
            f"memberships_user_column = {_s(p.memberships_user_column)}",
            f"# {p.notes['memberships_tenant']}",
            f"memberships_tenant_column = {_s(p.memberships_tenant_column)}",
        ]
    lines += [
        "# Not derived: the tenant that owns rows nothing else assigns (from a single-tenant era),",
        "# needed by backfill = { legacy = true }; phase 1 creates its row in the tenants table.",
        "# legacy_tenant = \"...\"",
        "",
        "[roles]",
    ]
    lines += _roles_comment(p)
    app = p.app_roles or (("tenantmig_init_check",) if decided_only else ())
    lines.append(f"app = [{', '.join(_s(r) for r in app)}]"
                 + ("" if p.app_roles else "  # TODO: the application's role(s), filtered by RLS"))
    lines += ["# admin = []", "# reporting = []", "# service = []", ""]
    for table in p.tables:
        if table.derivation != "undecided":
            lines += _decided_section(table)
    if p.undecided and not decided_only:
        lines += [
            "# " + "-" * 96,
            f"# Left for you: {len(p.undecided)} table(s) init found no tenant path for. Give each a pattern:",
            '#   "tenant"  rows belong to one tenant: add a backfill, { legacy = true } or { sql = "..." }',
            '#   "shared"  a NULL key marks a row every tenant reads (a shared catalogue)',
            '#   "global"  reference data: every tenant reads, admin roles write',
            '#   "exempt"  left alone: add reason = "..."',
            "# " + "-" * 96,
            "",
        ]
        for table in p.undecided:
            lines += [_table_header(table.key),
                      '# TODO pattern = "tenant" | "shared" | "global" | "exempt"']
            lines += [f"# found: {line}" for line in table.why]
            lines += [f"# hint: {line}" for line in table.hints]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _roles_comment(p: Proposal) -> list[str]:
    if not p.grantees:
        return ["# No role other than the tables' owners holds privileges on them."]
    width = max(len(g.role) for g in p.grantees)
    lines = ["# Roles holding privileges on these tables (owners aside). Which is the application",
             "# (filtered by RLS), admin, reporting or service role is yours to say:"]
    for g in p.grantees:
        extra = "; BYPASSRLS today: a service role loses it at phase 5" if g.role in p.bypassrls else ""
        lines.append(f"#   {g.role:<{width}}  {', '.join(g.privileges)} on {g.tables} table(s){extra}")
    lines.append(f"# Owners skip RLS until phase 5 forces it: {', '.join(p.owners)}.")
    return lines


def _decided_section(table: TableProposal) -> list[str]:
    lines = [_table_header(table.key), f"pattern = {_s(table.pattern)}"]
    if table.pattern == "exempt":
        lines += [f"reason = {_s(table.reason)}", ""]
        return lines
    lines += [f"# {line}" for line in table.why]
    if table.column:
        lines.append(f"column = {_s(table.column)}")
    if table.derivation == "parent":
        # A parent is named relative to its child's schema, as the manifest reads it.
        parent = manifest_key(table.parent, table.schema)
        lines.append(f"backfill = {{ parent = {_s(parent)}, via = {_s(table.via)} }}")
    elif table.derivation == "memberships":
        lines.append(f"backfill = {{ memberships = {_s(table.user_column)} }}")
    lines.append("")
    return lines


def check_round_trip(proposal: Proposal) -> None:
    """The file parses as TOML, and its decided entries load as exactly what was derived.

    An error from the manifest's own validation is bad input (a setting name it refuses,
    say), reported as such; a disagreement is a bug in the renderer.
    """
    text = render(proposal)
    tomllib.loads(text)
    if not [t for t in proposal.tables if t.derivation != "undecided"]:
        return
    try:
        loaded = manifest_mod.parse(render(proposal, decided_only=True), path="the proposal")
    except ManifestError as exc:
        raise UsageError(f"the proposed manifest would not load: {exc.message}") from None
    for table in proposal.tables:
        if table.derivation == "undecided":
            continue
        spec = loaded.tables[table.qualified]
        expected = (table.pattern, table.parent, table.via, table.user_column,
                    table.column or (proposal.column if table.pattern == "tenant" else None))
        backfill = spec.backfill
        got = (spec.pattern, backfill.parent if backfill else None, backfill.via if backfill else None,
               backfill.user_column if backfill else None, spec.column)
        if got != expected:
            raise AssertionError(f"init's proposal for {table.qualified} loads as {got}, not {expected}")
