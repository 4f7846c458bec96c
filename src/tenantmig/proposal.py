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
import heapq
import json
import re
import tomllib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
import structlog

from tenantmig import __version__
from tenantmig import catalog as catalog_mod
from tenantmig import manifest as manifest_mod
from tenantmig.catalog import Catalog, ForeignKey, Table
from tenantmig.db import create_engine, qualify, quote_ident
from tenantmig.errors import ManifestError, UsageError

if TYPE_CHECKING:
    from tenantmig.options import Settings

log = structlog.get_logger("tenantmig.proposal")

DEFAULT_COLUMN = "client_id"
# The legacy tenant of a formerly single-tenant database: fixed, so the same database gives the same file.
LEGACY_TENANT = {"uuid": "00000000-0000-0000-0000-00000000a11c", "bigint": "1", "integer": "1", "text": "legacy"}

# Bookkeeping tables of the migration tools applications use: usually exempt, never guessed.
MIGRATION_TOOL_TABLES = frozenset({
    "schema_migrations", "schema_version", "alembic_version", "flyway_schema_history", "ar_internal_metadata",
    "django_migrations", "knex_migrations", "knex_migrations_lock", "goose_db_version", "databasechangelog",
    "databasechangeloglock", "__efmigrationshistory", "_prisma_migrations", "__diesel_schema_migrations",
    "migrations", "typeorm_metadata",
})

EXEMPT_DERIVATIONS = ("tenants_table", "memberships_table", "identity", "auth", "tool", "extension",
                      "infrastructure")
TENANT_DERIVATIONS = ("existing_key", "parent", "memberships", "legacy", "sql", "value")

# Per-user authentication data (NextAuth/Auth.js, Devise, Django allauth, OAuth servers): read
# before any tenant is known, so isolating it by tenant breaks login.
_AUTH_NAME = re.compile(
    r"(^|_)(auth|oauth\w*|sessions?|accounts?|\w*tokens?|verifications?|otps?|passkeys?|webauthn\w*|"
    r"credentials?|two_?factor\w*|mfa|totp|passwords?|password_resets?|signing_keys?|jwks|api_keys?|"
    r"authenticators?|identities|refresh_tokens?|magic_links?|login\w*)(_|$)")
# The application's own machinery: job queues, rate limits, counters, caches, locks. Proposed
# exempt only when no foreign key ties them to anything a tenant owns.
_INFRA_NAME = re.compile(
    r"(^|_)(background_jobs?|jobs?|job_\w+|queues?|queued_\w+|rate_limits?|throttles?|counters?|cache|caches|"
    r"locks?|advisory_locks?|kv|key_values?|outbox|inbox|cron\w*|scheduled_tasks?|semaphores?)(_|$)")
# Unique columns of a tenants table that other tables copy to name a tenant (clinic_slug): handles,
# not descriptions, so that products.category_name is never read as a tenant's name.
_HANDLE_NAMES = frozenset({"slug", "code", "subdomain", "domain", "handle", "external_id", "uid", "uuid", "key"})
_USER_NAMES = frozenset({"users", "user", "app_users", "auth_user", "auth_users", "accounts_user"})

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
    setting: str | None = None  # None: app.current_<column>
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
    sql: str | None = None  # backfill = { sql = ... } (a partitioned table whose foreign keys live on partitions)
    runners_up: tuple[str, ...] = ()  # other paths to a tenant, best first, with why they lost
    flags: tuple[str, ...] = ()  # what the DBA must know about a decided entry (database-wide unique columns)
    unique_key: tuple[str, ...] = ()  # no primary key: the NOT NULL unique index the backfill walks instead

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def pattern(self) -> str | None:
        if self.derivation in EXEMPT_DERIVATIONS:
            return "exempt"
        if self.derivation == "reference":
            return "global"
        if self.derivation == "value_shared":
            return "shared"
        return None if self.derivation == "undecided" else "tenant"

    def as_dict(self) -> dict:
        found = {"pattern": self.pattern, "derivation": self.derivation, "why": list(self.why)}
        if self.column:
            found["column"] = self.column
        if self.derivation == "parent":
            found["backfill"] = {"parent": self.parent, "via": self.via}
        elif self.derivation == "memberships":
            found["backfill"] = {"memberships": self.user_column}
        elif self.derivation == "legacy":
            found["backfill"] = {"legacy": True}
        elif self.sql:
            found["backfill"] = {"sql": self.sql}
        if self.unique_key:
            found["unique_key"] = list(self.unique_key)
        if self.reason:
            found["reason"] = self.reason
        if self.runners_up:
            found["runners_up"] = list(self.runners_up)
        if self.flags:
            found["flags"] = list(self.flags)
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
    legacy_tenant: str | None = None  # a formerly single-tenant database: the tenant every row goes to
    neighbours: list[str] = field(default_factory=list)  # schemas outside tenancy.schemas tied by foreign keys

    @property
    def service_roles(self) -> list[str]:
        """BYPASSRLS roles with privileges here: proposed as service roles, so that phase 5 takes it away."""
        return [g.role for g in self.grantees if g.role in self.bypassrls and g.role not in self.app_roles]

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
            "tenant": len(self.with_derivation(*TENANT_DERIVATIONS)),
            "tenant_existing_key": len(self.with_derivation("existing_key")),
            "tenant_parent": len(self.with_derivation("parent")),
            "tenant_subquery": len(self.with_derivation("sql", "value")),
            "tenant_memberships": len(self.with_derivation("memberships")),
            "tenant_legacy": len(self.with_derivation("legacy")),
            "exempt": len(self.with_derivation(*EXEMPT_DERIVATIONS)),
            "global": len(self.with_derivation("reference")),
            "shared": len(self.with_derivation("value_shared")),
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
            "service_roles": self.service_roles, "setting": self.setting, "legacy_tenant": self.legacy_tenant,
            "neighbour_schemas": self.neighbours,
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
    if tenants is None and (suggestion := _did_you_mean(cat, tenants_q)):
        # A name that differs only in case (or schema) is a typo, not a single-tenant database.
        raise UsageError(f"tenants table {tenants_q} does not exist (--tenants-table)" + suggestion)
    notes: dict[str, str] = {}
    legacy = None
    if tenants is None:
        # A formerly single-tenant database: phase 1 creates the tenants table and the legacy
        # tenant's row, and every existing row goes to that tenant.
        if memberships_q is not None:
            raise UsageError(f"tenants table {tenants_q} does not exist (--tenants-table), so "
                             "--memberships-table cannot name the tenants its users belong to")
        key_type = request.key_type or "uuid"
        tenants_key = request.tenants_key or "id"
        schema, _, name = tenants_q.partition(".")
        tenants = Table(schema=schema, name=name, columns={tenants_key: catalog_mod.Column(tenants_key, key_type, False)},
                        primary_key=(tenants_key,), foreign_keys=(), owner="", kind="r", rls_enabled=False,
                        rls_forced=False, policies=(), estimated_rows=0)
        legacy = LEGACY_TENANT[key_type]
        notes["type"] = "given with --type" if request.key_type else "the default: no tenants table to read it from"
        notes["legacy"] = (f"{tenants_q} does not exist: a single-tenant database. Phase 1 creates it with this "
                           "tenant's row; every existing row belongs to it")
    else:
        tenants_key = _tenants_key(tenants, request.tenants_key)
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
    setting = request.setting or f"app.current_{_setting_word(column)}"
    notes["setting"] = "given with --setting" if request.setting else f"named after the key column, {column}"
    classes = _Classifier(cat, tables, column, key_type, tenants, tenants_key, memberships, user_column, users,
                          schemas[0], catalog_mod.extension_tables(conn, schemas), single_tenant=legacy is not None)
    proposal = Proposal(
        database=conn.execute(sa.text("SELECT current_database()")).scalar_one(),
        schemas=schemas, column=column, key_type=key_type, setting=setting, tenants=tenants,
        tenants_key=tenants_key, memberships=memberships, memberships_user_column=user_column,
        memberships_tenant_column=tenant_column, users=users, app_roles=tuple(request.app_roles),
        tables=classes.run(), notes=notes, grantees=catalog_mod.grantees(conn, schemas),
        bypassrls=frozenset(r.name for r in cat.roles.values() if r.bypassrls and not r.superuser),
        owners=tuple(sorted({t.owner for t in tables.values()})),
        legacy_tenant=legacy, neighbours=neighbour_schemas(conn, schemas),
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
    uses: dict[str, int] = {}
    for q, t in tables.items():
        if q not in registry:
            for fk in _references(t, tenants, tenants_key):
                uses[fk.columns[0]] = uses.get(fk.columns[0], 0) + 1
    if len(uses) == 1:
        notes["column"] = f"the column the tables that reference {tenants} already use"
        return next(iter(uses))
    if not uses:
        notes["column"] = "the default: no table references the tenants table"
        return DEFAULT_COLUMN
    # They disagree: no name is the application's for sure, so the default, with the commonest offered.
    ranked = sorted(uses, key=lambda name: (-uses[name], name))
    notes["column"] = ("the default: tables reference the tenants table through "
                       + ", ".join(f"{name} ({uses[name]} table{'s' if uses[name] > 1 else ''})" for name in ranked)
                       + f"; to use one of them, run init again with --column {ranked[0]}")
    return DEFAULT_COLUMN


def neighbour_schemas(conn: sa.Connection, schemas: tuple[str, ...]) -> list[str]:
    """One line per schema outside `schemas` tied to them by a foreign key, with what to do about it."""
    rows = conn.execute(sa.text(
        """
        SELECT CASE WHEN n.nspname = ANY(:s) THEN rn.nspname ELSE n.nspname END,
               n.nspname = ANY(:s), n.nspname || '.' || t.relname || '.' || c.conname, rn.nspname || '.' || r.relname
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        JOIN pg_class r ON r.oid = c.confrelid JOIN pg_namespace rn ON rn.oid = r.relnamespace
        WHERE c.contype = 'f' AND (n.nspname = ANY(:s)) <> (rn.nspname = ANY(:s))
        ORDER BY 1, 2, 3
        """), {"s": list(schemas)}).all()
    found: dict[str, tuple[list[str], list[str]]] = {}
    for schema, outward, constraint, target in rows:
        found.setdefault(schema, ([], []))[0 if outward else 1].append(f"{constraint} -> {target}")
    lines = []
    for schema, (used, using) in found.items():
        if using:
            lines.append(f"{schema}: its tables reference the migrated ones ({'; '.join(using[:3])}"
                         f"{'; ...' if len(using) > 3 else ''}): if they hold tenant rows, add {schema} to "
                         "schemas (each of its tables then needs a section); left out, they stay readable "
                         "by every tenant")
        if used:
            lines.append(f"{schema}: migrated tables reference it ({'; '.join(used[:3])}"
                         f"{'; ...' if len(used) > 3 else ''}): shared reference data stays outside, as global "
                         f"data would; add {schema} to schemas if its rows belong to tenants")
    return lines


# -- classification -----------------------------------------------------------------------------------------


class _Classifier:
    """Places every table: registry, existing key, best-scored parent path, memberships, exempt, global, or the DBA.

    A path to a tenant is scored (nullable foreign keys on it, memberships hops, length), lower first:
    a NOT NULL foreign key always gives a row its tenant, a nullable one leaves rows without one;
    a parent's tenant is exact where a user's is ambiguous for a user in two tenants; shorter last.
    """

    def __init__(self, cat: Catalog, tables: dict[str, Table], column: str, key_type: str, tenants: Table,
                 tenants_key: str, memberships: Table | None, user_column: str | None, users: str | None,
                 first_schema: str, extensions: dict[str, str] | None = None, *, single_tenant: bool = False):
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
        self.single_tenant = single_tenant
        self.decided: dict[str, TableProposal] = {}
        self.held: dict[str, tuple[list[str], list[str]]] = {}  # never derived: (found, hints)
        self.several_users: dict[str, list[str]] = {}  # no memberships backfill: which user owns the row?
        self.nullable_user: dict[str, str] = {}  # its only user column allows NULL: no memberships backfill
        self.score: dict[str, tuple[int, int, int]] = {}
        self.identity = self.identity_table()
        # Children by parent, through single-column foreign keys only: a parent backfill follows one column.
        self.children: dict[str, list[tuple[Table, ForeignKey]]] = {}
        for table in tables.values():
            for fk in table.foreign_keys:  # not a partition's: backfill = { parent } follows the table's own
                if len(fk.columns) == 1 and fk.ref_table in tables and fk.ref_table != table.qualified:
                    self.children.setdefault(fk.ref_table, []).append((table, fk))
        for found in self.children.values():
            found.sort(key=lambda pair: (pair[0].qualified, pair[1].columns))

    def key(self, qualified: str) -> str:
        return manifest_key(qualified, self.first_schema)

    def foreign_keys(self, table: Table) -> tuple[ForeignKey, ...]:
        """The table's own foreign keys; for a partitioned table without its own, its partitions'.

        A partition's foreign key says what the column means for the whole table (pagila's
        payment has them on 6 of its 55 partitions), so any partition's counts, once per shape.
        """
        if table.foreign_keys or table.kind != "p":
            return table.foreign_keys
        found: dict[tuple, ForeignKey] = {}
        for part in self.cat.partitions(table.qualified):
            for fk in part.foreign_keys:
                found.setdefault((fk.columns, fk.ref_table, fk.ref_columns), fk)
        return tuple(found[shape] for shape in sorted(found))

    def run(self) -> list[TableProposal]:
        self.registry()
        self.hold_what_cannot_be_derived()
        self.bookkeeping()
        if self.single_tenant:
            self.legacy()
        else:
            self.auth_tables()
            roots = self.existing_keys()
            self.walk(roots)
            self.owned()
            self.by_value()
            self.identities()
            self.memberships_rounds()
            self.references()
            self.infrastructure()
        undecided = [self.undecided(q) for q in sorted(set(self.tables) - set(self.decided))]
        return [self.with_walk_key(self.with_runners_up(p)) for p in self.decided.values()] + undecided

    def add(self, proposal: TableProposal, score: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.decided[proposal.qualified] = proposal
        self.score[proposal.qualified] = score

    def open(self, qualified: str) -> bool:
        return qualified not in self.decided and qualified not in self.held

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
            if self.column not in table.columns and len(direct := _references(
                    table, self.tenants.qualified, self.tenants_key)) > 1:
                columns = ", ".join(fk.columns[0] for fk in direct)
                self.held[qualified] = (
                    [f"several columns reference {self.key(self.tenants.qualified)}: {columns}"],
                    ['tenant, with column = "..." naming the one whose tenant owns the row'])

    def bookkeeping(self) -> None:
        """Migration tools' version tables and extensions' own tables: not the application's rows."""
        for qualified, table in sorted(self.tables.items()):
            if not self.open(qualified):
                continue
            if qualified in self.extensions:
                name = self.extensions[qualified]
                self.add(self.proposal(table, "extension", [f"belongs to the extension {name} (pg_depend)"],
                                       reason=f"owned by the {name} extension"))
            elif _words(table.name) in MIGRATION_TOOL_TABLES:
                self.add(self.proposal(table, "tool", ["named like a migration tool's bookkeeping table"],
                                       reason="owned by the application's migration tool"))

    def legacy(self) -> None:
        for qualified, table in sorted(self.tables.items()):
            if self.open(qualified):
                self.add(self.proposal(table, "legacy", [
                    "a single-tenant database: every existing row belongs to the legacy tenant",
                    "rows written later get their tenant from the application (or phase 1's fill trigger)"]))

    def existing_keys(self) -> list[str]:
        roots = []
        for qualified, table in sorted(self.tables.items()):
            if not self.open(qualified):
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
            # A NULL key leaves the rows below it without a tenant too (a global product's order
            # lines): the path through it scores as one nullable step, so a NOT NULL one wins.
            self.add(self.proposal(table, "existing_key", why, column=None if named else key_column),
                     (int(found.nullable), 0, 0))
            roots.append(qualified)
        # A composite foreign key whose columns include a tenant parent's key carries the tenant itself.
        changed = True
        while changed:
            changed = False
            for qualified, table in sorted(self.tables.items()):
                if not self.open(qualified):
                    continue
                for fk in self.foreign_keys(table):
                    parent = self.decided.get(fk.ref_table)
                    if len(fk.columns) < 2 or parent is None or parent.derivation != "existing_key":
                        continue
                    parent_key = parent.column or self.column
                    if parent_key not in fk.ref_columns:
                        continue
                    key_column = fk.columns[fk.ref_columns.index(parent_key)]
                    self.add(self.proposal(table, "existing_key", [
                        f"its composite foreign key {fk.name} ({', '.join(fk.columns)}) references "
                        f"{self.key(fk.ref_table)}({', '.join(fk.ref_columns)}): {key_column} holds the parent's "
                        f"tenant key {parent_key} already, nothing to derive"],
                        column=None if key_column == self.column else key_column))
                    roots.append(qualified)
                    changed = True
                    break
        return roots

    def walk(self, roots: list[str], candidates: dict[str, ForeignKey] | None = None) -> None:
        """Best-scored paths from `roots` into open tables (Dijkstra: each score is the best over every path).

        A memberships candidate whose own user column scores better (fewer nullable steps) than
        any parent path is left for the memberships round, and no path runs through it meanwhile.
        """
        candidates = candidates if candidates is not None else self.memberships_candidates()
        blocked: set[str] = set()
        while True:
            best = self.paths(roots, blocked)
            worse = {q for q, (score, _, _) in best.items()
                     if q in candidates and self.own_score(q, candidates[q])[:2] < score[:2]}
            if worse <= blocked:
                break
            blocked |= worse
        for qualified, (score, parent, fk) in sorted(best.items(), key=lambda item: (item[1][0], item[0])):
            child = self.tables[qualified]
            self.add(self.proposal(child, "parent", [], parent=parent, via=fk.columns[0]), score)
        for qualified, (score, parent, fk) in best.items():
            proposal = self.decided[qualified]
            self.decided[qualified] = replace(proposal, why=tuple(self.parent_why(self.tables[qualified], fk)))

    def paths(self, roots: list[str], blocked: set[str]) -> dict[str, tuple[tuple[int, int, int], str, ForeignKey]]:
        heap = [(self.score[r], r) for r in roots]
        heapq.heapify(heap)
        best: dict[str, tuple[tuple[int, int, int], str, ForeignKey]] = {}
        done: set[str] = set()
        while heap:
            score, parent = heapq.heappop(heap)
            if parent in done:
                continue
            done.add(parent)
            for child, fk in self.children.get(parent, []):
                q = child.qualified
                if not self.open(q) or q in blocked or q in done:
                    continue
                # A user's tenant is where the user works, not necessarily where the row belongs
                # (a comment's author vs its task): through the identity table counts as memberships.
                step = (score[0] + child.columns[fk.columns[0]].nullable, score[1] + (parent == self.identity),
                        score[2] + 1)
                if q not in best or (step, parent, fk.columns) < (best[q][0], best[q][1], best[q][2].columns):
                    best[q] = (step, parent, fk)
                    heapq.heappush(heap, (step, q))
        return best

    def own_score(self, qualified: str, fk: ForeignKey) -> tuple[int, int, int]:
        return (int(self.tables[qualified].columns[fk.columns[0]].nullable), 1, 1)

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
                    top = above.column or self.column
                    chain[-1] += f".{top}"
                    if top in self.tables[step].columns and self.tables[step].columns[top].nullable:
                        chain[-1] += " (allows NULL: rows below a NULL one get no tenant)"
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
        while True:
            candidates = self.memberships_candidates()
            pending = list(candidates)
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
                self.add(self.proposal(table, "memberships", why, user_column=fk.columns[0]), self.own_score(qualified, fk))
            self.walk(roots, {q: fk for q, fk in candidates.items() if q not in roots})

    def memberships_candidates(self) -> dict[str, ForeignKey]:
        found = {}
        if self.users is None:
            return found
        for qualified, table in sorted(self.tables.items()):
            if not self.open(qualified):
                continue
            users = _references(table, self.users, self.users_key)
            if len(users) == 1 and table.columns[users[0].columns[0]].nullable:
                # The only way to a tenant, and often empty ("last modified by"): not a derivation.
                self.nullable_user[qualified] = users[0].columns[0]
            elif len(users) == 1:
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
                if q not in seen and q != start and self.open(q):
                    seen.add(q)
                    queue.append(q)
        return seen

    # -- what is not a tenant's ---------------------------------------------------------------------------

    def identity_table(self) -> str | None:
        if self.users is not None:
            return self.users
        named = [q for q, t in sorted(self.tables.items()) if _words(t.name) in _USER_NAMES]
        return named[0] if len(named) == 1 else None

    def unique_columns(self, table: Table) -> list[str]:
        """Unique keys other than the primary key that do not hold the tenant key: unique across the database."""
        return [", ".join(key.columns) for key in table.unique_keys
                if key.valid and not key.primary and key.columns and self.column not in key.columns]

    def identities(self) -> None:
        """The users table and per-user auth tables with no tenant path: exempt, read before any tenant is known."""
        users = self.identity
        if users is None:
            return
        table = self.tables.get(users)
        if table is not None and self.open(users):
            why = [f"holds the users of {self.key(self.memberships.qualified)}.{self.user_column}" if self.memberships
                   else "named like the application's users table",
                   "no foreign key leads from it to a tenant: identities shared across tenants, memberships say "
                   "where each works"]
            self.add(self.proposal(table, "identity", why, reason=(
                "identities: a user signs in before any tenant is known, and may belong to several tenants")))
        elif users in self.decided and self.decided[users].pattern == "tenant":
            unique = self.unique_columns(self.tables[users])
            if unique:
                proposal = self.decided[users]
                self.decided[users] = replace(proposal, flags=tuple(
                    f"({cols}) is unique across the database: once phase 5 filters {proposal.key}, a lookup by it "
                    "before the tenant is known (a login) finds nothing, and the unique check still sees every "
                    f"tenant's rows. Make it unique per tenant ({self.column}, {cols}), or make "
                    f'{proposal.key} exempt and keep users shared' for cols in unique))

    def auth_tables(self) -> None:
        """Per-user auth tables (sessions, accounts, tokens, OAuth, keys) and what hangs below them: exempt.

        Decided before any path is walked: a session reached through users would otherwise
        become a tenant table, and a login reads it before any tenant is known.
        """
        users = self.identity
        if users is None:
            return
        identity = {q for q, p in self.decided.items() if p.derivation in ("identity", "auth")} | {users}

        def place(table: Table, fks: list[ForeignKey]) -> TableProposal | None:
            if any(fk.ref_table not in identity for fk in fks):
                return None
            auth_named = bool(_AUTH_NAME.search(_words(table.name)))
            if not fks and not auth_named:
                return None
            user_fks = [fk for fk in fks if fk.ref_table == users]
            keyed_by_user = len(user_fks) == 1 and any(key.columns == user_fks[0].columns for key in table.unique_keys
                                                       if key.valid)
            below_auth = not user_fks
            per_user = bool(user_fks) and users in self.tables and _words(table.name).startswith(
                _words(self.tables[users].name).rstrip("s") + "_")
            # userId names whose row it is (the user's preferences); uploaded_by names who acted,
            # in the tenant the row belongs to, so only the former is the user's own data.
            users_own = len(user_fks) == 1 and _squash(user_fks[0].columns[0]) in {
                "user", "userid", _squash(self.user_column or "user_id")}
            if not (auth_named or keyed_by_user or below_auth or per_user or users_own):
                return None
            evidence = ", ".join(f"{', '.join(fk.columns)} -> {self.key(fk.ref_table)}" for fk in fks) or "none"
            why = [f"its foreign keys lead only to identities ({evidence}), none to a tenant"
                   + ("" if fks else f", and it has no {self.column}")]
            if keyed_by_user:
                why.append(f"one row per user: {user_fks[0].columns[0]} is unique")
            elif per_user:
                why.append(f"named as the user's own data ({self.key(users)}_...)")
            elif auth_named:
                why.append("named like authentication data (sessions, accounts, tokens, OAuth, keys)")
            else:
                column = user_fks[0].columns[0]
                why += [f"{column} says whose row it is, not who acted: the user's own data, one row whatever tenant "
                        "they work in (a user in two tenants would make it ambiguous)",
                        f'if each row belongs to one tenant, make it tenant with backfill = {{ memberships = "{column}" }}']
                identity.add(table.qualified)
                return self.proposal(table, "auth", why, reason=(
                    "per-user data kept across tenants: the user's own, read whichever tenant they act for"))
            identity.add(table.qualified)
            return self.proposal(table, "auth", why, reason=(
                "per-user authentication data: read before any tenant is known (sign-in, token checks), "
                "so isolating it by tenant breaks login"))

        self.until_settled(place)

    def chain_source(self, qualified: str) -> tuple[str, str] | None:
        """FROM items that join `qualified` (as o) up its parent chain, and the tenant key at the top.

        None unless the chain ends at a table that holds the key already (or is the tenants table):
        only there is the value present before phase 2 runs, whatever order the backfill takes.
        """
        joins, alias, current = [f"{qualify(qualified)} AS o"], "o", qualified
        for depth in range(1, 64):
            found = self.decided.get(current)
            if found is None:
                return None
            if found.derivation == "tenants_table":
                return " JOIN ".join(joins), f"{alias}.{quote_ident(self.tenants_key)}"
            if found.derivation == "existing_key":
                return " JOIN ".join(joins), f"{alias}.{quote_ident(found.column or self.column)}"
            if found.derivation != "parent":
                return None
            fk = self.tables[current].foreign_key_on(found.via, found.parent)
            above = f"p{depth}"
            joins.append(f"{qualify(found.parent)} AS {above} ON {above}.{quote_ident(fk.ref_columns[0])} = "
                         f"{alias}.{quote_ident(found.via)}")
            alias, current = above, found.parent
        return None

    def by_value(self) -> None:
        """A column named like a unique column of the tenants table (clinic_slug for slug), of its type.

        No foreign key says so, but the name and the type do: the tenant is looked up by value.
        NOT NULL: a tenant table; nullable: shared, a NULL marking a row every tenant reads.
        """
        unique = [key.columns[0] for key in self.tenants.unique_keys if key.valid and not key.primary
                  and len(key.columns) == 1 and key.plain and key.columns[0] in _HANDLE_NAMES]
        if not unique:
            return
        for qualified, table in sorted(self.tables.items()):
            if not self.open(qualified):
                continue
            referencing = {c for fk in table.foreign_keys for c in fk.columns}
            matches = [(column, name) for column in table.columns.values() for name in unique
                       if column.name not in referencing and column.name.endswith("_" + name)
                       and column.type.lower() == self.tenants.columns[name].type.lower()]
            if len(matches) != 1:
                continue
            column, name = matches[0]
            sql = (f"(SELECT o.{quote_ident(self.tenants_key)} FROM {qualify(self.tenants.qualified)} AS o "
                   f"WHERE o.{quote_ident(name)} = {quote_ident(table.name)}.{quote_ident(column.name)})")
            why = [f"{column.name} is named like {self.key(self.tenants.qualified)}.{name}, unique there, and of its "
                   f"type ({column.type.lower()}); no foreign key says so: check that it holds those values"]
            if column.nullable:
                why.append(f"{column.name} allows NULL: proposed shared, a NULL row read by every tenant; make it "
                           'tenant (and give NULL rows a backfill or orphans = "quarantine") if not')
            why.append("a value no tenant has is named by phase 2's gate")
            self.add(self.proposal(table, "value_shared" if column.nullable else "value", why, sql=sql),
                     (int(column.nullable), 0, 1))

    def owned(self) -> None:
        """A table a tenant table references one-to-one (a unique foreign key) is that row's: its tenant.

        Settings, metadata and document bodies kept beside their owner are not reference data:
        proposing them global would show every tenant's to every tenant. Their tenant is read
        from the owner, through its chain, with a subquery; a nullable parent path loses to it.
        """
        tenantish = {q for q, p in self.decided.items() if p.pattern == "tenant" or p.derivation == "tenants_table"}
        for qualified, table in sorted(self.tables.items()):
            current = self.decided.get(qualified)
            if qualified in self.held or (current is not None and not (
                    current.derivation == "parent" and self.score[qualified][0] > 0)):
                continue
            referencing = [(t, fk) for t, fk in self.cat.referencing(qualified)
                           if len(fk.columns) == 1 and t.qualified != qualified]
            if not referencing or any(self.root(t) not in tenantish for t, _ in referencing):
                continue
            options = []
            for owner, fk in referencing:
                one_to_one = any(key.columns == fk.columns and key.valid for key in owner.unique_keys)
                source = self.chain_source(owner.qualified) if one_to_one else None
                if source is not None:
                    nullable = owner.columns[fk.columns[0]].nullable
                    options.append(((int(nullable), 0, self.score.get(owner.qualified, (0, 0, 0))[2] + 1),
                                    owner, fk, source))
            if not options:
                continue
            score, owner, fk, (joins, value) = min(options, key=lambda o: (o[0], o[1].qualified))
            if current is not None and self.score[qualified] <= score:
                continue
            sql = (f"(SELECT {value} FROM {joins} WHERE o.{quote_ident(fk.columns[0])} = "
                   f"{quote_ident(table.name)}.{quote_ident(fk.ref_columns[0])})")
            why = [f"{self.key(owner.qualified)}.{fk.columns[0]} references it one-to-one ({fk.name}, unique): "
                   f"each row belongs to the {self.key(owner.qualified)} row that points at it, and to its tenant",
                   "a row no owner points at has no tenant: phase 2's gate names it, unless orphans = \"quarantine\""]
            runners = ()
            if current is not None:
                runners = (f"{current.via} -> {self.key(current.parent)}: {self.score[qualified][0]} nullable "
                           f"step(s), {self.score[qualified][2]} step(s) long",)
            self.add(self.proposal(table, "sql", why, sql=sql, runners_up=runners), score)

    def references(self) -> None:
        """Tables tenant tables reference, leading to no tenant themselves: reference data every tenant reads.

        Also what those tables reference, and join tables between them; a partitioned table
        whose foreign keys live on its partitions reads its tenant through a subquery first.
        """
        self.partitioned()
        tenant = {q for q, p in self.decided.items() if p.pattern == "tenant"}
        glob = {q for q, p in self.decided.items() if p.pattern == "global"}

        def place(table: Table, fks: list[ForeignKey]) -> TableProposal | None:
            qualified = table.qualified
            if qualified in self.several_users or any(fk.ref_table in tenant for fk in fks):
                return None  # a composite key to a tenant table, or a user's row: not reference data
            readers = sorted({f"{self.key(root)}.{', '.join(fk.columns)}" for t, fk in self.cat.referencing(qualified)
                              if (root := self.root(t)) in tenant | glob and root != qualified})
            # A join table between reference tables (film_actor: film, actor), the other side
            # still open because only this table references it: both are reference data.
            joins = (not readers and any(fk.ref_table in glob for fk in fks)
                     and all(fk.ref_table in glob or self.open(fk.ref_table) for fk in fks))
            if not readers and not joins:
                return None
            why = ([f"referenced by {', '.join(readers[:4])}{' and more' if len(readers) > 4 else ''}"] if readers else
                   [f"joins reference tables only: {', '.join(sorted({self.key(fk.ref_table) for fk in fks}))}"])
            why.append("no foreign key leads from it to a tenant, and it has no "
                       f"{self.column}: reference data every tenant reads, admin roles write")
            why.append('if some rows belong to one tenant, make it "shared" (a NULL key for the common rows)')
            glob.add(qualified)
            return self.proposal(table, "reference", why)

        self.until_settled(place)

    def root(self, table: Table) -> str:
        """A partition's partitioned table (at any depth); any other table itself."""
        while table.parent is not None and self.cat.get(table.parent) is not None:
            table = self.cat.get(table.parent)
        return table.qualified

    def infrastructure(self) -> None:
        """Job queues, rate limits, counters: exempt when nothing ties them to a tenant's rows."""
        tenant = {q for q, p in self.decided.items() if p.pattern == "tenant"}
        infra: set[str] = set()

        def place(table: Table, fks: list[ForeignKey]) -> TableProposal | None:
            readers = {self.root(t) for t, _ in self.cat.referencing(table.qualified)} - {table.qualified}
            if readers & tenant or any(fk.ref_table not in infra for fk in fks):
                return None
            if not (_INFRA_NAME.search(_words(table.name)) or (fks and not readers)):
                return None
            why = (["named like application machinery (jobs, queues, rate limits, counters, caches)"] if not fks else
                   [f"hangs below {', '.join(sorted(self.key(fk.ref_table) for fk in fks))}, itself machinery"])
            why.append("no foreign key ties it to a tenant table, either way")
            infra.add(table.qualified)
            return self.proposal(table, "infrastructure", why, reason=(
                "the application's own machinery, not a tenant's rows: if its rows carry tenant data "
                "(a job's payload), make it tenant"))

        self.until_settled(place)

    def until_settled(self, place: Callable[[Table, list[ForeignKey]], TableProposal | None]) -> None:
        """Offer each open table without the key to `place` until a whole pass places none.

        One placement can make another possible (a join table once both sides are global).
        """
        changed = True
        while changed:
            changed = False
            for qualified, table in sorted(self.tables.items()):
                if not self.open(qualified) or self.column in table.columns:
                    continue
                found = place(table, [fk for fk in self.foreign_keys(table) if fk.ref_table != qualified])
                if found is not None:
                    self.add(found)
                    changed = True

    def partitioned(self) -> None:
        for qualified, table in sorted(self.tables.items()):
            if not self.open(qualified) or table.kind != "p" or table.foreign_keys:
                continue
            for fk in sorted(self.foreign_keys(table), key=lambda f: (table.columns[f.columns[0]].nullable, f.name)):
                parent = self.decided.get(fk.ref_table)
                if parent is None or parent.derivation != "existing_key" or len(fk.columns) != 1:
                    continue
                key = parent.column or self.column
                sql = (f"(SELECT p.{quote_ident(key)} FROM {qualify(fk.ref_table)} AS p "
                       f"WHERE p.{quote_ident(fk.ref_columns[0])} = {quote_ident(table.name)}.{quote_ident(fk.columns[0])})")
                self.add(self.proposal(table, "sql", [
                    f"partitioned: its foreign key {fk.columns[0]} -> {self.key(fk.ref_table)} exists on "
                    f"partitions ({fk.name}), not on the table, so backfill = {{ parent }} (which follows the "
                    "table's own foreign key) cannot name it: the parent's key is read directly",
                    f"{self.key(fk.ref_table)} has {key} already, so its value is there before the backfill"],
                    sql=sql), (int(table.columns[fk.columns[0]].nullable), 0, 1))
                break

    # -- runners-up and what is left ----------------------------------------------------------------------

    def with_runners_up(self, chosen: TableProposal) -> TableProposal:
        if chosen.derivation not in ("parent", "memberships"):
            return chosen
        table = self.tables[chosen.qualified]
        options = []
        for fk in self.foreign_keys(table):
            if len(fk.columns) != 1 or fk.ref_table == chosen.qualified:
                continue
            if chosen.derivation == "parent" and fk.columns[0] == chosen.via and fk.ref_table == chosen.parent:
                continue
            if chosen.derivation == "memberships" and fk.columns[0] == chosen.user_column:
                continue
            above = self.decided.get(fk.ref_table)
            nullable = table.columns[fk.columns[0]].nullable
            if above is not None and above.pattern == "tenant" and fk.ref_table in self.score:
                s = self.score[fk.ref_table]
                through_users = fk.ref_table == self.identity
                key = above.column or self.column
                null_key = (above.derivation == "existing_key" and key in self.tables[fk.ref_table].columns
                            and self.tables[fk.ref_table].columns[key].nullable)
                options.append(((s[0] + nullable, s[1] + through_users, s[2] + 1),
                                f"{fk.columns[0]} -> {self.key(fk.ref_table)}"
                                + (" (a user: where they work, not where the row belongs)" if through_users else "")
                                + (f" (its {key} allows NULL)" if null_key else "")))
            elif fk.ref_table == self.users and self.memberships is not None:
                options.append(((int(nullable), 1, 1), f"{fk.columns[0]} -> {self.key(self.users)} (memberships)"))
        lines = []
        for score, what in sorted(options)[:3]:
            lines.append(f"{what}: {score[0]} nullable step(s)"
                         + (", through a user" if score[1] else "") + f", {score[2]} step(s) long")
        return replace(chosen, runners_up=tuple(lines)) if lines else chosen

    def with_walk_key(self, chosen: TableProposal) -> TableProposal:
        """A backfilled table without a primary key (Prisma's _AToB) is walked by a NOT NULL unique index;
        without one, phase 0 refuses the manifest, so the entry says so now."""
        table = self.tables[chosen.qualified]
        if chosen.pattern not in ("tenant", "shared") or chosen.derivation == "existing_key" or table.primary_key:
            return chosen
        walkable = [key for key in table.unique_indexes if all(not table.columns[c].nullable for c in key)]
        if walkable:
            return replace(chosen, unique_key=walkable[0], why=chosen.why + (
                f"no primary key: the backfill walks the unique index on ({', '.join(walkable[0])}) instead",))
        return replace(chosen, flags=chosen.flags + (
            "no primary key and no unique index on NOT NULL columns: the backfill cannot walk it in order, and "
            "phase 0 refuses the manifest until it has one (add a primary key, or name one with unique_key)",))

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
        if qualified in self.nullable_user:
            found.append(f"its only path to a tenant is {self.nullable_user[qualified]} -> {self.key(self.users)}, "
                         "which allows NULL (an audit column such as \"last modified by\"?)")
            hints.append(f'tenant with backfill = {{ memberships = "{self.nullable_user[qualified]}" }} if every row '
                         'names a user; global if it is the application\'s own configuration')
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
        if _words(table.name) in MIGRATION_TOOL_TABLES:
            hints.append('exempt? named like a migration tool\'s bookkeeping: reason = "owned by the '
                         'application\'s migration tool"')
        return TableProposal(table.schema, table.name, self.key(qualified), "undecided", tuple(found),
                             hints=tuple(hints))


# -- the file ----------------------------------------------------------------------------------------------


def _words(name: str) -> str:
    """A table's name as snake_case words (BackgroundJob: background_job), so that the name patterns,
    written with word boundaries, read Prisma's PascalCase names as they read snake_case ones."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def _squash(name: str) -> str:
    """user_id, userId and UserID alike: the word a column name spells, whatever its case convention."""
    return name.replace("_", "").lower()


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
        f"# {p.notes['setting']}",
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
    if p.legacy_tenant is not None:
        lines += [f"# {p.notes['legacy']}: choose the id it keeps", f"legacy_tenant = {_s(p.legacy_tenant)}"]
    else:
        lines += [
            "# Not derived: the tenant that owns rows nothing else assigns (from a single-tenant era),",
            "# needed by backfill = { legacy = true }; phase 1 creates its row in the tenants table.",
            "# legacy_tenant = \"...\"",
        ]
    if p.neighbours:
        lines.append("# Schemas outside tenancy.schemas tied to them by foreign keys:")
        lines += [f"#   {line}" for line in p.neighbours]
    lines += ["", "[roles]"]
    lines += _roles_comment(p)
    app = p.app_roles or (("tenantmig_init_check",) if decided_only else ())
    lines.append(f"app = [{', '.join(_s(r) for r in app)}]"
                 + ("" if p.app_roles else "  # TODO: the application's role(s), filtered by RLS"))
    lines += ["# admin = []", "# reporting = []"]
    if p.service_roles:
        lines += ["# BYPASSRLS roles with privileges here: as service roles they lose BYPASSRLS at phase 5.",
                  "# One that must keep reading across tenants belongs in admin or reporting instead; left",
                  "# out of every list, the manifest does not load (it would read every tenant).",
                  f"service = [{', '.join(_s(r) for r in p.service_roles)}]", ""]
    else:
        lines += ["# service = []", ""]
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
        if table.derivation not in ("tenants_table", "memberships_table"):
            lines += [f"# {line}" for line in table.why]
        lines += [f"reason = {_s(table.reason)}", ""]
        return lines
    lines += [f"# {line}" for line in table.why]
    lines += [f"# runner-up: {line}" for line in table.runners_up]
    lines += [f"# WARNING: {line}" for line in table.flags]
    if table.pattern == "global":
        lines.append("")
        return lines
    if table.column:
        lines.append(f"column = {_s(table.column)}")
    if table.derivation == "parent":
        # A parent is named relative to its child's schema, as the manifest reads it.
        parent = manifest_key(table.parent, table.schema)
        lines.append(f"backfill = {{ parent = {_s(parent)}, via = {_s(table.via)} }}")
    elif table.derivation == "memberships":
        lines.append(f"backfill = {{ memberships = {_s(table.user_column)} }}")
    elif table.derivation == "legacy":
        lines.append("backfill = { legacy = true }")
    elif table.sql:
        lines.append(f"backfill = {{ sql = {_s(table.sql)} }}")
    if table.unique_key:
        lines.append(f"unique_key = [{', '.join(_s(c) for c in table.unique_key)}]")
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
                    table.column or (proposal.column if table.pattern in ("tenant", "shared") else None),
                    table.unique_key)
        backfill = spec.backfill
        got = (spec.pattern, backfill.parent if backfill else None, backfill.via if backfill else None,
               backfill.user_column if backfill else None, spec.column, spec.unique_key)
        if got != expected:
            raise AssertionError(f"init's proposal for {table.qualified} loads as {got}, not {expected}")


def _setting_word(column: str) -> str:
    """A column name as the last part of a custom setting: PostgreSQL folds setting names to lower
    case, so camelCase becomes snake_case (organizationId -> organization_id), anything else `_`."""
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", column).lower()
    return re.sub(r"[^a-z0-9_]", "_", snake) or "tenant"


@dataclass
class InitResult:
    path: str | None  # None: the caller prints `text` (--out -)
    text: str
    proposal: Proposal

    def as_dict(self) -> dict:
        return {"path": self.path, **self.proposal.as_dict()}


def write(settings: Settings, request: Request, *, out: str, overwrite: bool = False) -> InitResult:
    """`tenantmig init`: propose a manifest from the live catalogue and write it to `out` ("-": returned, not written).

    Read-only: the connection refuses writes, and not even the ledger schema is created.
    """
    target = None if out == "-" else Path(out)
    refusal = UsageError(f"{target} exists: pass --out PATH, or --force to overwrite it")
    if target is not None and target.exists() and not overwrite:
        raise refusal
    engine = create_engine(settings.url(), "init", read_only=True)
    try:
        with engine.connect() as sa_conn:
            made = propose(sa_conn, request)
    finally:
        engine.dispose()
    text = render(made)
    if target is not None:
        try:
            # "x" unless --force: a file that appeared since the check above is still never overwritten.
            with target.open("w" if overwrite else "x", encoding="utf-8") as handle:
                handle.write(text)
        except FileExistsError:
            raise refusal from None
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror}") from None
    log.info("init.proposed", path=str(target) if target else "-", **made.counts())
    return InitResult(str(target) if target else None, text, made)
