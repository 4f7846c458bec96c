"""The manifest (`tenancy.toml`): parsed, validated, and nothing else.

Every error names the key and what was expected. Checking the manifest against a
live database is `checks.py`'s work; this module never connects.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tenantmig.errors import ManifestError
from tenantmig import movespec, shown
from tenantmig.expressions import ExpressionError, parse_expression

PATTERNS = ("tenant", "shared", "global", "exempt")
KEY_TYPES = ("uuid", "bigint", "integer", "text")
BACKFILL_KINDS = ("legacy", "parent", "memberships", "sql")
ORPHAN_POLICIES = ("fail", "quarantine")
TABLE_KEYS = frozenset({"pattern", "column", "backfill", "orphans", "reason", "drop_policies", "visible_also", "store",
                        "unique_key", "tenant_scoped_keys"})

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_$]{0,62}$")
_QUOTED = re.compile(r'^"((?:[^"]|"")*)"')
_MAX_BYTES = 63  # NAMEDATALEN - 1: PostgreSQL truncates longer names
_SETTING = re.compile(r"^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_.]*$")
_CLAIM = re.compile(r"^[A-Za-z0-9_-]{1,63}$")


@dataclass(frozen=True)
class Backfill:
    kind: str  # one of BACKFILL_KINDS
    parent: str | None = None  # qualified name of the parent table ("public.patients")
    via: str | None = None  # the child's column that references the parent
    user_column: str | None = None  # the column matched against memberships' user column
    sql: str | None = None  # an expression evaluated per row


@dataclass(frozen=True)
class TableSpec:
    schema: str
    name: str
    pattern: str
    column: str | None  # the tenant key column; None for global and exempt tables
    backfill: Backfill | None = None
    orphans: str = "fail"
    reason: str | None = None
    drop_policies: tuple[str, ...] = ()
    visible_also: str | None = None  # an extra SQL condition under which other rows are readable (not writable)
    store: bool = False  # the table carries the optional second scope's column (tenancy.store)
    # For a table without a primary key: the NOT NULL unique index the backfill walks instead.
    unique_key: tuple[str, ...] = ()
    scoped_keys: bool | None = None  # this table's own tenant_scoped_keys; None = the [tenancy] value

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def keyed(self) -> bool:
        return self.pattern in ("tenant", "shared")


@dataclass(frozen=True)
class Context:
    """Where a scope's current value is read from: a plain setting, or a claim inside a JSON setting."""

    setting: str
    claim: str | None = None  # e.g. "org_id" inside request.jwt.claims (PostgREST, Supabase)
    key_type: str = "uuid"


@dataclass(frozen=True)
class Store:
    """The optional second scope inside a tenant (stores within an organization)."""

    column: str
    context: Context


@dataclass(frozen=True)
class AdminSetting:
    """A cross-tenant path through a session setting: any application connection can set it (a weakness)."""

    name: str
    value: str


@dataclass(frozen=True)
class Roles:
    app: tuple[str, ...] = ()
    admin: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()
    service: tuple[str, ...] = ()
    # The admin or reporting role service roles may SET ROLE to once they lose BYPASSRLS.
    service_via: str | None = None

    @property
    def filtered(self) -> tuple[str, ...]:
        """Roles the tenant policies apply to: the application, and service roles once they lose BYPASSRLS."""
        return self.app + self.service


@dataclass(frozen=True)
class Manifest:
    schemas: tuple[str, ...]
    column: str
    key_type: str
    setting: str
    tenants_schema: str
    tenants_table: str
    tenants_key: str
    memberships_schema: str | None
    memberships_table: str | None
    memberships_user_column: str
    memberships_tenant_column: str
    legacy_tenant: str | None
    legacy_tenant_columns: dict[str, str]
    roles: Roles
    tables: dict[str, TableSpec]  # by qualified name
    sha256: str
    path: str | None = None
    claim: str | None = None  # the tenant is a claim inside the JSON setting `setting`
    store: Store | None = None
    admin_setting: AdminSetting | None = None
    # Phase 3 rebuilds unique keys and foreign keys between tenant tables to lead with the tenant key.
    tenant_scoped_keys: bool = False
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # `[keys]` and `[objects]`: Redis keys and stored files moved under tenant prefixes (movespec.py).
    outside: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def tenants_qualified(self) -> str:
        return f"{self.tenants_schema}.{self.tenants_table}"

    @property
    def memberships_qualified(self) -> str | None:
        if self.memberships_table is None:
            return None
        return f"{self.memberships_schema}.{self.memberships_table}"

    def keyed_tables(self) -> list[TableSpec]:
        return [t for t in self.tables.values() if t.keyed]

    def scoped_key_tables(self) -> list[TableSpec]:
        """Tenant tables whose keys phase 3 scopes to the tenant (a table's own setting wins)."""
        return [t for t in self.tables_with("tenant")
                if (self.tenant_scoped_keys if t.scoped_keys is None else t.scoped_keys)]

    def tables_with(self, *patterns: str) -> list[TableSpec]:
        return [t for t in self.tables.values() if t.pattern in patterns]

    def protected_tables(self) -> list[TableSpec]:
        """The tables RLS is enabled on: every pattern but exempt."""
        return self.tables_with("tenant", "shared", "global")

    def backfill_order(self) -> list[TableSpec]:
        """Keyed tables with a backfill, parents before children (cycles are rejected on load)."""
        ordered: list[TableSpec] = []
        seen: set[str] = set()

        def visit(spec: TableSpec) -> None:
            if spec.qualified in seen:
                return
            seen.add(spec.qualified)
            if spec.backfill and spec.backfill.kind == "parent":
                parent = self.tables.get(spec.backfill.parent or "")
                if parent is not None:
                    visit(parent)
            if spec.backfill is not None:
                ordered.append(spec)

        for spec in sorted(self.keyed_tables(), key=lambda s: s.qualified):
            visit(spec)
        return ordered

    @property
    def context(self) -> Context:
        return Context(self.setting, self.claim, self.key_type)

    def literal(self, value: str) -> str:
        """`value` as an SQL literal of the key type (values were validated on load)."""
        return f"'{value.replace(chr(39), chr(39) * 2)}'::{self.key_type}"


def is_identifier(name: str) -> bool:
    """Whether `name` is a name PostgreSQL can hold: non-empty, no NUL, at most 63 bytes.

    Names are the catalogue's own, case and all (`Organization`, `organizationId`, `my table`):
    every statement quotes them (db.quote_ident), so nothing else is refused.
    """
    return isinstance(name, str) and 0 < len(name.encode()) <= _MAX_BYTES and "\0" not in name


def is_lower_identifier(name: str) -> bool:
    """Whether `name` reads the same unquoted (lower case, no odd characters): printed bare in messages."""
    return bool(_IDENTIFIER.match(name))


def split_name(value: str, default_schema: str) -> tuple[str, str] | None:
    """`value` as (schema, name), or None when it cannot be read.

    Accepted spellings: `name`, `schema.name`, and SQL's own quoting for either part
    (`"Organization"`, `public."billing.invoices"`, `"a""b"`). Unquoted, the first dot splits:
    a schema cannot hold a dot, a table name may (`public.a.b` is table `a.b` in `public`).
    """
    parts: list[str] = []
    rest = value
    while True:
        if rest.startswith('"'):
            match = _QUOTED.match(rest)
            if match is None:
                return None
            parts.append(match.group(1).replace('""', '"'))
            rest = rest[match.end():]
        elif parts:
            # After `schema.`, the rest unquoted is the table's name, dots and all.
            parts.append(rest)
            rest = ""
        else:
            head, dot, tail = rest.partition(".")
            parts.append(head)
            rest = dot + tail
        if not rest:
            break
        if not rest.startswith(".") or len(parts) > 1:
            return None
        rest = rest[1:]
    if not parts or len(parts) > 2:
        return None
    schema, name = (default_schema, parts[0]) if len(parts) == 1 else (parts[0], parts[1])
    if not is_identifier(schema) or "." in schema or not is_identifier(name):
        return None
    return schema, name


def load(path: str | Path) -> Manifest:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ManifestError(
            f"manifest not found: {path}",
            hint="Write one with `tenantmig init`, or pass --manifest PATH.",
        ) from None
    except IsADirectoryError:
        raise ManifestError(f"the manifest {path} is a directory; pass the tenancy.toml file inside it") from None
    except OSError as exc:
        raise ManifestError(f"cannot read the manifest {path}: {exc.strerror}") from None
    return parse(data, path=str(path))


def parse(data: bytes | str, *, path: str | None = None) -> Manifest:
    raw_bytes = data.encode() if isinstance(data, str) else data
    where = path or "manifest"
    try:
        doc = tomllib.loads(raw_bytes.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{where}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ManifestError(f"{where}: not a manifest: arrays or tables nested too deeply to read") from None
    return _Validator(doc, where, hashlib.sha256(raw_bytes).hexdigest(), path).manifest()


class _Validator:
    def __init__(self, doc: dict[str, Any], where: str, sha256: str, path: str | None):
        self.doc = doc
        self.where = where
        self.sha256 = sha256
        self.path = path

    def fail(self, key: str, expected: str, found: Any = None, *, table: str | None = None) -> ManifestError:
        """`found` as TOML would show the value; `table`, a qualified name found instead, as SQL would."""
        suffix = f", found {shown.table(table)}" if table is not None else "" if found is None else f", found {found!r}"
        return ManifestError(f"{self.where}: `{key}`: expected {expected}{suffix}")

    def only_keys(self, table: dict[str, Any], prefix: str, allowed: set[str]) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            # A misspelt key (`patern`) silently ignored is how a table ends up unprotected.
            key = f"{prefix}.{unknown[0]}".lstrip(".")
            raise ManifestError(f"{self.where}: `{key}`: unknown key; expected one of {', '.join(sorted(allowed))}")

    def identifier(self, key: str, value: Any) -> str:
        if not is_identifier(value):
            raise self.fail(key, "a name as the catalogue has it (1 to 63 bytes, case-sensitive)", value)
        return value

    def qualified(self, key: str, value: Any, default_schema: str) -> tuple[str, str]:
        parts = split_name(value, default_schema) if isinstance(value, str) else None
        if parts is None:
            raise self.fail(key, 'a table name, optionally schema-qualified (schema.name, or SQL-quoted: '
                                 'public."a.b")', value)
        return parts

    def string_list(self, key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, "a list of names", value)
        return tuple(value)

    def manifest(self) -> Manifest:
        self.only_keys(self.doc, "", {"tenancy", "roles", "tables", "admin_setting", "keys", "objects"})
        tenancy = self.doc.get("tenancy")
        if not isinstance(tenancy, dict):
            raise self.fail("tenancy", "a [tenancy] table")
        self.only_keys(
            tenancy,
            "tenancy",
            {
                "schemas", "column", "type", "setting", "tenants_table", "tenants_key",
                "memberships_table", "memberships_user_column", "memberships_tenant_column",
                "legacy_tenant", "legacy_tenant_columns", "context", "store", "tenant_scoped_keys",
            },
        )
        schemas = self.string_list("tenancy.schemas", tenancy.get("schemas", ["public"]))
        if not schemas:
            raise self.fail("tenancy.schemas", "at least one schema")
        for schema in schemas:
            self.identifier("tenancy.schemas", schema)
            if "." in schema:
                raise self.fail("tenancy.schemas", "schema names without a dot", schema)
        column = self.identifier("tenancy.column", tenancy.get("column", "client_id"))
        key_type = tenancy.get("type", "uuid")
        if key_type not in KEY_TYPES:
            raise self.fail("tenancy.type", "one of " + ", ".join(KEY_TYPES), key_type)
        if "context" in tenancy and "setting" in tenancy:
            raise self.fail("tenancy.context", "either tenancy.setting or tenancy.context, not both")
        context = self.context("tenancy.context", tenancy.get("context", {}), key_type,
                               default_setting=self.setting("tenancy.setting", tenancy.get("setting", "app.current_client_id")))
        setting = context.setting
        store = self.store("tenancy.store", tenancy["store"]) if "store" in tenancy else None
        scoped_keys = tenancy.get("tenant_scoped_keys", False)
        if not isinstance(scoped_keys, bool):
            raise self.fail("tenancy.tenant_scoped_keys", "true or false", scoped_keys)
        if "tenants_table" not in tenancy:
            raise self.fail("tenancy.tenants_table", "the tenants table (created by phase 1 if it does not exist)")
        tenants_schema, tenants_table = self.qualified(
            "tenancy.tenants_table", tenancy["tenants_table"], schemas[0]
        )
        tenants_key = self.identifier("tenancy.tenants_key", tenancy.get("tenants_key", "id"))
        memberships_schema = memberships_table = None
        if "memberships_table" in tenancy:
            memberships_schema, memberships_table = self.qualified(
                "tenancy.memberships_table", tenancy["memberships_table"], schemas[0]
            )
        user_column = self.identifier(
            "tenancy.memberships_user_column", tenancy.get("memberships_user_column", "user_id")
        )
        tenant_column = self.identifier(
            "tenancy.memberships_tenant_column", tenancy.get("memberships_tenant_column", column)
        )
        legacy = tenancy.get("legacy_tenant")
        if legacy is not None:
            legacy = self.tenant_value("tenancy.legacy_tenant", legacy, key_type)

        legacy_columns = tenancy.get("legacy_tenant_columns", {})
        if not isinstance(legacy_columns, dict) or not all(isinstance(v, str) for v in legacy_columns.values()):
            raise self.fail("tenancy.legacy_tenant_columns", "an inline table of column = \"text value\"", legacy_columns)
        for name in legacy_columns:
            self.identifier("tenancy.legacy_tenant_columns", name)

        tables_doc = self.doc.get("tables", {})
        if not isinstance(tables_doc, dict) or not tables_doc:
            raise self.fail("tables", "one [tables.NAME] section per table of the migrated schemas")
        self.all_decided(tables_doc)
        roles = self.roles(self.doc.get("roles", {}))
        tables: dict[str, TableSpec] = {}
        for key, body in tables_doc.items():
            spec = self.table(key, body, schemas[0], column)
            if spec.qualified in tables:
                raise ManifestError(f"{self.where}: `tables.{key}`: expected each table once, found a second "
                                    f"section for {shown.table(spec.qualified)}")
            tables[spec.qualified] = spec
        self.check_backfills(tables, memberships_table is not None, legacy is not None)
        registry = [f"{tenants_schema}.{tenants_table}"]
        if memberships_table:
            registry.append(f"{memberships_schema}.{memberships_table}")
        tables = self.qualify_expressions(tables, registry)
        for spec in tables.values():
            if spec.store and store is None:
                raise self.fail(f"tables.{spec.name}.store", "tenancy.store to be set (its column and setting)")
        return Manifest(
            schemas=schemas,
            column=column,
            key_type=key_type,
            setting=setting,
            tenants_schema=tenants_schema,
            tenants_table=tenants_table,
            tenants_key=tenants_key,
            memberships_schema=memberships_schema,
            memberships_table=memberships_table,
            memberships_user_column=user_column,
            memberships_tenant_column=tenant_column,
            legacy_tenant=legacy,
            legacy_tenant_columns=dict(legacy_columns),
            roles=roles,
            tables=tables,
            sha256=self.sha256,
            path=self.path,
            raw=self.doc,
            claim=context.claim,
            store=store,
            admin_setting=self.admin_setting(self.doc["admin_setting"]) if "admin_setting" in self.doc else None,
            tenant_scoped_keys=scoped_keys,
            outside=movespec.sections(self.doc, where=self.where, key_type=key_type, legacy_tenant=legacy),
        )

    def qualify_expressions(self, tables: dict[str, TableSpec], registry: list[str]) -> dict[str, TableSpec]:
        """Each SQL expression parsed as one expression, its relations qualified (see expressions.py)."""
        by_name: dict[str, list[str]] = {}
        for qualified in {*tables, *registry}:
            by_name.setdefault(qualified.partition(".")[2], []).append(qualified)
        out = {}
        for qualified, spec in tables.items():
            changes: dict[str, Any] = {}
            if spec.visible_also:
                changes["visible_also"] = self.expression(f"tables.{spec.name}.visible_also", spec.visible_also, by_name)
            if spec.backfill is not None and spec.backfill.kind == "sql":
                sql = self.expression(f"tables.{spec.name}.backfill.sql", spec.backfill.sql, by_name)
                changes["backfill"] = replace(spec.backfill, sql=sql)
            out[qualified] = replace(spec, **changes) if changes else spec
        return out

    def expression(self, key: str, text: str, tables: dict[str, list[str]]) -> str:
        try:
            return parse_expression(text, tables)
        except ExpressionError as exc:
            raise self.fail(key, f"one SQL expression ({exc})", text) from None

    def all_decided(self, tables_doc: dict[str, Any]) -> None:
        """Every [tables.NAME] section has a pattern; the ones that do not are named together.

        `tenantmig init` leaves a section without a pattern for each table it could not
        derive: naming them all at once, before any other table or role error, turns the
        proposal into one checklist instead of one error per attempt.
        """
        undecided = [key for key, body in tables_doc.items() if isinstance(body, dict) and "pattern" not in body]
        for key in undecided:
            # A misspelt `patern` is a typo to name, not a decision still to make.
            self.only_keys(tables_doc[key], f"tables.{key}", TABLE_KEYS)
        if undecided:
            raise ManifestError(
                f"{self.where}: `tables.NAME.pattern` missing: {len(undecided)} table(s) still to decide: "
                f"{', '.join(undecided)}; give each pattern = one of {', '.join(PATTERNS)}",
                hint="`tenantmig init` marks each of them with a TODO comment and hints (runbooks/init.md).",
            )

    def setting(self, key: str, value: Any) -> str:
        if not isinstance(value, str) or not _SETTING.match(value):
            raise self.fail(key, "a custom setting name with a dot, like app.current_client_id", value)
        return value

    def context(self, key: str, doc: Any, key_type: str, *, default_setting: str) -> Context:
        if not isinstance(doc, dict):
            raise self.fail(key, 'an inline table { setting = "request.jwt.claims", claim = "org_id" }', doc)
        self.only_keys(doc, key, {"setting", "claim"})
        setting = self.setting(f"{key}.setting", doc.get("setting", default_setting))
        claim = doc.get("claim")
        if claim is not None and (not isinstance(claim, str) or not _CLAIM.match(claim)):
            raise self.fail(f"{key}.claim", "a JSON key of letters, digits, _ or -", claim)
        return Context(setting, claim, key_type)

    def store(self, key: str, doc: Any) -> Store:
        if not isinstance(doc, dict):
            raise self.fail(key, 'an inline table { column = "store_id", type = "bigint", setting = "app.current_store_id" }', doc)
        self.only_keys(doc, key, {"column", "type", "setting", "claim"})
        if "column" not in doc or "setting" not in doc:
            raise self.fail(key, "both column and setting")
        key_type = doc.get("type", "bigint")
        if key_type not in KEY_TYPES:
            raise self.fail(f"{key}.type", "one of " + ", ".join(KEY_TYPES), key_type)
        context = self.context(key, {k: v for k, v in doc.items() if k in ("setting", "claim")}, key_type,
                               default_setting=doc["setting"])
        return Store(self.identifier(f"{key}.column", doc["column"]), context)

    def admin_setting(self, doc: Any) -> AdminSetting:
        if not isinstance(doc, dict):
            raise self.fail("admin_setting", 'a table with name = "app.user_role" and value = "super_admin"', doc)
        self.only_keys(doc, "admin_setting", {"name", "value"})
        value = doc.get("value")
        if not isinstance(value, str) or not value:
            raise self.fail("admin_setting.value", "the non-empty value that grants cross-tenant access", value)
        return AdminSetting(self.setting("admin_setting.name", doc.get("name")), value)

    def tenant_value(self, key: str, value: Any, key_type: str) -> str:
        text = str(value) if not isinstance(value, bool) else None
        valid = text is not None
        if valid and key_type == "uuid":
            try:
                text = str(uuid.UUID(text))
            except ValueError:
                valid = False
        elif valid and key_type in ("bigint", "integer"):
            valid = re.fullmatch(r"-?\d+", text) is not None
        if not valid:
            raise self.fail(key, f"a {key_type} tenant id", value)
        return text

    def roles(self, doc: Any) -> Roles:
        if not isinstance(doc, dict):
            raise self.fail("roles", "a [roles] table")
        self.only_keys(doc, "roles", {"app", "admin", "reporting", "service", "service_via"})
        found = {kind: self.string_list(f"roles.{kind}", doc.get(kind, [])) for kind in ("app", "admin", "reporting", "service")}
        if not found["app"]:
            raise self.fail("roles.app", "at least one application role that RLS must filter")
        seen: dict[str, str] = {}
        for kind, names in found.items():
            for name in names:
                if name in seen:
                    raise self.fail(f"roles.{kind}", "each role in one list only", f"{name} also in roles.{seen[name]}")
                seen[name] = kind
        via = doc.get("service_via")
        if via is not None and seen.get(via) not in ("admin", "reporting"):
            raise self.fail("roles.service_via", "a role listed in roles.admin or roles.reporting", via)
        if via is not None and not found["service"]:
            raise self.fail("roles.service_via", "roles.service to name the roles that switch to it")
        return Roles(**found, service_via=via)

    def table(self, key: str, body: Any, default_schema: str, default_column: str) -> TableSpec:
        prefix = f"tables.{key}"
        if not isinstance(body, dict):
            raise self.fail(prefix, "a table with at least `pattern`")
        self.only_keys(body, prefix, TABLE_KEYS)
        schema, name = self.qualified(prefix, key, default_schema)
        pattern = body.get("pattern")
        if pattern not in PATTERNS:
            raise self.fail(f"{prefix}.pattern", "one of " + ", ".join(PATTERNS), pattern)
        keyed = pattern in ("tenant", "shared")
        if not keyed:
            for only_keyed in ("column", "backfill", "orphans", "visible_also", "store", "unique_key"):
                if only_keyed in body:
                    raise self.fail(f"{prefix}.{only_keyed}", f"no {only_keyed} on a {pattern} table (it has no tenant key)")
        reason = body.get("reason")
        if pattern == "exempt" and (not isinstance(reason, str) or not reason.strip()):
            raise self.fail(f"{prefix}.reason", "a stated reason why this table is left alone")
        column = self.identifier(f"{prefix}.column", body.get("column", default_column)) if keyed else None
        orphans = body.get("orphans", "fail")
        if orphans not in ORPHAN_POLICIES:
            raise self.fail(f"{prefix}.orphans", "one of " + ", ".join(ORPHAN_POLICIES), orphans)
        backfill = self.backfill(f"{prefix}.backfill", body["backfill"], schema) if "backfill" in body else None
        drop_policies = self.string_list(f"{prefix}.drop_policies", body.get("drop_policies", []))
        visible_also = body.get("visible_also")
        # Parsed as one expression once every table is known (qualify_expressions).
        if visible_also is not None and (not isinstance(visible_also, str) or not visible_also.strip()):
            raise self.fail(f"{prefix}.visible_also", "one SQL boolean expression", visible_also)
        store = body.get("store", False)
        if not isinstance(store, bool):
            raise self.fail(f"{prefix}.store", "true or false", store)
        unique_key = self.string_list(f"{prefix}.unique_key", body.get("unique_key", []))
        if "unique_key" in body and not unique_key:
            raise self.fail(f"{prefix}.unique_key", "the columns of a unique index, in index order", [])
        for part in unique_key:
            self.identifier(f"{prefix}.unique_key", part)
        scoped_keys = body.get("tenant_scoped_keys")
        if scoped_keys is not None and (pattern != "tenant" or not isinstance(scoped_keys, bool)):
            raise self.fail(f"{prefix}.tenant_scoped_keys", "true or false, on a tenant table only", scoped_keys)
        return TableSpec(
            schema=schema, name=name, pattern=pattern, column=column, backfill=backfill,
            orphans=orphans, reason=reason, drop_policies=drop_policies,
            visible_also=visible_also.strip() if visible_also else None, store=store, unique_key=unique_key,
            scoped_keys=scoped_keys,
        )

    def backfill(self, key: str, doc: Any, default_schema: str) -> Backfill:
        if not isinstance(doc, dict):
            raise self.fail(key, "an inline table such as { legacy = true } or { parent = \"t\", via = \"col\" }", doc)
        kinds = [k for k in BACKFILL_KINDS if k in doc]
        if len(kinds) != 1:
            raise self.fail(key, "exactly one of legacy, parent, memberships, sql", sorted(doc))
        kind = kinds[0]
        allowed = {"parent", "via"} if kind == "parent" else {kind}
        self.only_keys(doc, key, allowed)
        if kind == "legacy":
            if doc["legacy"] is not True:
                raise self.fail(f"{key}.legacy", "true", doc["legacy"])
            return Backfill("legacy")
        if kind == "parent":
            parent_schema, parent = self.qualified(f"{key}.parent", doc["parent"], default_schema)
            if "via" not in doc:
                raise self.fail(f"{key}.via", "the column that references the parent")
            return Backfill("parent", parent=f"{parent_schema}.{parent}", via=self.identifier(f"{key}.via", doc["via"]))
        if kind == "memberships":
            return Backfill("memberships", user_column=self.identifier(f"{key}.memberships", doc["memberships"]))
        expression = doc["sql"]
        if not isinstance(expression, str) or not expression.strip():
            raise self.fail(f"{key}.sql", "one SQL expression", expression)
        return Backfill("sql", sql=expression.strip())

    def check_backfills(self, tables: dict[str, TableSpec], has_memberships: bool, has_legacy: bool) -> None:
        for spec in tables.values():
            backfill = spec.backfill
            key = f"tables.{spec.name}.backfill"
            if backfill is None:
                continue
            if backfill.kind == "legacy" and not has_legacy:
                raise self.fail(key, "tenancy.legacy_tenant to be set for { legacy = true }")
            if backfill.kind == "memberships" and not has_memberships:
                raise self.fail(key, "tenancy.memberships_table to be set for { memberships = ... }")
            if backfill.kind == "parent":
                parent = tables.get(backfill.parent or "")
                if parent is None or not parent.keyed:
                    raise self.fail(f"{key}.parent", "a tenant or shared table of this manifest",
                                    table=backfill.parent or "")
        for spec in tables.values():
            chain = [spec.qualified]
            current = spec
            while current.backfill and current.backfill.kind == "parent":
                parent = current.backfill.parent or ""
                if parent in chain:
                    cycle = " -> ".join(shown.table(t) for t in chain[chain.index(parent):] + [parent])
                    raise ManifestError(f"{self.where}: backfill sources form a cycle: {cycle}")
                chain.append(parent)
                current = tables[parent]
