"""The SQL shape of tenant isolation: the context helpers and every policy tenantmig installs.

The rules behind the shapes (DESIGN.md, "Policy shape"):
- compare the key with `(SELECT tenantmig.current_tenant())`: the setting is cast,
  never the column, and evaluated once per statement so the key's index is used;
- a missing, empty or malformed setting is "no tenant": no rows, never a cast error;
- isolation is RESTRICTIVE, so it is AND-ed with the application's own policies and with
  any a filtered role inherits; a table without policies of its own also gets the tenant
  predicate as its permissive policy (a `USING (true)` companion would read, to the
  field's provers and linters, as every row to everyone, and prove nothing);
- cross-tenant roles get predicates that say what they reach (every tenant's rows, the
  global rows), not `USING (true)`, wherever the table has a tenant key;
- policies name their roles; shared rows (NULL key) are readable through a
  SELECT-only policy, so no tenant can write a global row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tenantmig.catalog import Policy
from tenantmig.db import literal, qualify, quote_ident
from tenantmig.errors import UsageError
from tenantmig.manifest import Context, Manifest, TableSpec

CURRENT_TENANT = "(SELECT tenantmig.current_tenant())"
CURRENT_STORE = "(SELECT tenantmig.current_store())"
STORE_STATED = "(SELECT tenantmig.store_stated())"
ADMIN_CONTEXT = "(SELECT tenantmig.admin_context())"
PREFIX = "tenantmig_"


# The shapes a setting must have to cast to the key type without error; anything else is
# "no tenant". Written with LIKE, ltrim and translate, not a regular expression: the check runs
# once per statement (the policy's InitPlan), and there a regex's first match costs ~4 us, a
# tenth of a point lookup, against ~1-2 us for these (bench/rls.py). Each shape only admits
# what the cast accepts, so no setting can make a policy raise:
# - uuid: the canonical 8-4-4-4-12 form, either case (translate maps every hex digit to 'x', and
#   an 'x' itself to '?' first, so `xxxxxxxx-xxxx-...` is not mistaken for the pattern);
# - bigint, integer: 1-18 (1-9) decimal digits, no sign; tenant ids are never negative.
_HEX_DIGITS = "0123456789abcdefABCDEF"
_DIGITS = "0123456789"


def _shaped(value: str, key_type: str) -> str:
    if key_type == "uuid":
        return (f"pg_catalog.translate({value}, {literal('x' + _HEX_DIGITS)}, {literal('?' + 'x' * len(_HEX_DIGITS))}) "
                f"OPERATOR(pg_catalog.=) 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'")
    longest = {"bigint": 18, "integer": 9}[key_type]
    return (f"{value} OPERATOR(pg_catalog.~~) '_%' "
            f"AND {value} OPERATOR(pg_catalog.!~~) {literal('_' * (longest + 1) + '%')} "
            f"AND pg_catalog.ltrim({value}, {literal(_DIGITS)}) OPERATOR(pg_catalog.=) ''")


# bigint and integer are SQL keywords the grammar maps to pg_catalog itself; uuid is a name.
_CATALOG_TYPE = {"uuid": "pg_catalog.uuid", "bigint": "bigint", "integer": "integer"}


def _setting_text(context: Context, server_version: int) -> tuple[str, bool]:
    """The scope's value as text (a claim's, for a JSON setting), and whether only an EXCEPTION
    block can keep malformed input from raising (malformed JSON before PostgreSQL 16).

    Every function, operator and type is named in pg_catalog: an inlined body is parsed with
    the caller's search_path, which must not be able to redirect any of them.
    """
    raw = f"pg_catalog.current_setting({literal(context.setting)}, true)"
    if context.claim is None:
        return raw, False
    claim = f"({raw})::pg_catalog.jsonb OPERATOR(pg_catalog.->>) {literal(context.claim)}"
    if server_version >= 160000:
        return f"CASE WHEN pg_catalog.pg_input_is_valid({raw}, 'jsonb') THEN {claim} END", False
    return claim, True


def _typed(value: str, key_type: str) -> str:
    """The text value as the key's type; NULL when it is missing, empty or not of the type's shape."""
    if key_type == "text":
        # An empty setting is "no tenant", not the tenant whose key is ''.
        return f"CASE WHEN {value} OPERATOR(pg_catalog.<>) '' THEN {value} END"
    # The shape check fails on '' and on NULL, so neither needs a test of its own.
    return f"CASE WHEN {_shaped(value, key_type)} THEN CAST({value} AS {_CATALOG_TYPE[key_type]}) END"


def _context_function(name: str, context: Context, server_version: int) -> str:
    """The function policies read a scope from: NULL (no tenant) for a missing, empty or malformed value.

    Never an error: its message could echo what another request put in the setting.
    """
    text, needs_catch = _setting_text(context, server_version)
    if not needs_catch:
        # A plain SQL body with no SET clause: the planner inlines it into the policy's InitPlan,
        # so a statement pays no function call (a plpgsql call with SET search_path cost ~30 us
        # per statement, a fifth of a point lookup, in bench/rls.py).
        return f"""
CREATE OR REPLACE FUNCTION tenantmig.{name}() RETURNS {context.key_type}
LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$
    SELECT {_typed(f"({text})", context.key_type)}
$fn$""".strip()
    return f"""
CREATE OR REPLACE FUNCTION tenantmig.{name}() RETURNS {context.key_type}
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v text;
BEGIN
    v := {text};
    RETURN {_typed("v", context.key_type)};
EXCEPTION WHEN data_exception THEN
    RETURN NULL;
END
$fn$""".strip()


def _stated_function(name: str, context: Context, server_version: int) -> str:
    """Whether the request stated a value for the scope at all, well-formed or not.

    The store scope narrows only when stated; unstated, a user sees the whole organization. A
    stated but malformed claim (3.0, "3 ", ["3"], "") must see nothing, like a malformed tenant,
    so the policy needs "stated" apart from the value. For a plain setting '' is unstated (what a
    transaction-local setting leaves behind); inside a JSON setting, a present claim is stated.
    """
    raw = f"pg_catalog.current_setting({literal(context.setting)}, true)"
    plain = f"COALESCE({raw} OPERATOR(pg_catalog.<>) '', false)"
    if context.claim is None:
        body = plain
    else:
        claim = (f"COALESCE(({raw})::pg_catalog.jsonb OPERATOR(pg_catalog.->) {literal(context.claim)}, "
                 f"'null') OPERATOR(pg_catalog.<>) 'null'::pg_catalog.jsonb")
        if server_version >= 160000:
            body = f"CASE WHEN pg_catalog.pg_input_is_valid({raw}, 'jsonb') THEN {claim} ELSE {plain} END"
        else:
            return f"""
CREATE OR REPLACE FUNCTION tenantmig.{name}() RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    RETURN {claim};
EXCEPTION WHEN data_exception THEN
    RETURN {plain};
END
$fn$""".strip()
    return f"""
CREATE OR REPLACE FUNCTION tenantmig.{name}() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$
    SELECT {body}
$fn$""".strip()


def context_functions(manifest: Manifest, server_version: int) -> list[str]:
    """The functions policies read their context through (created by phase 1, dropped by its downgrade)."""
    functions = [_context_function("current_tenant", manifest.context, server_version)]
    if manifest.store is not None:
        functions.append(_context_function("current_store", manifest.store.context, server_version))
        functions.append(_stated_function("store_stated", manifest.store.context, server_version))
    if manifest.admin_setting is not None:
        # Spoofable by any application connection: only because the manifest asks, and verify reports it.
        functions.append(f"""
CREATE OR REPLACE FUNCTION tenantmig.admin_context() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT coalesce(current_setting({literal(manifest.admin_setting.name)}, true) = {literal(manifest.admin_setting.value)}, false)
$fn$""".strip())
    return functions


def context_signatures(manifest: Manifest) -> list[str]:
    """The context functions phase 1 creates for this manifest, as GRANT and DROP name them."""
    names = ["current_tenant"]
    if manifest.store is not None:
        names += ["current_store", "store_stated"]
    if manifest.admin_setting is not None:
        names.append("admin_context")
    return [f"tenantmig.{name}()" for name in names]


def execute_for_everyone(signature: str) -> str:
    """EXECUTE for PUBLIC on a function tenantmig installs that policies or fill triggers call.

    PostgreSQL grants that by default, but a schema that runs `ALTER DEFAULT PRIVILEGES REVOKE
    EXECUTE ON FUNCTIONS FROM PUBLIC` (Supabase's basejump does) leaves the owner alone able to
    call it: every statement of an unchanged application then fails with "permission denied
    for function". PUBLIC rather than the manifest's roles: a fill trigger calls the context as
    whichever role writes (the owner, a migration role), and a NOINHERIT login filtered by a
    policy of a role it belongs to does not hold that role's EXECUTE. Safe for anyone: the
    context functions read the caller's own settings, a grant check is SECURITY INVOKER (it
    sees only what its caller may), and enforced() answers only whether a switch is on.
    """
    return f"GRANT EXECUTE ON FUNCTION {signature} TO PUBLIC"


DROP_CONTEXT_FUNCTIONS = (
    "DROP FUNCTION IF EXISTS tenantmig.admin_context()",
    "DROP FUNCTION IF EXISTS tenantmig.current_store()",
    "DROP FUNCTION IF EXISTS tenantmig.store_stated()",
    "DROP FUNCTION IF EXISTS tenantmig.current_tenant()",
)


def set_context_sql(manifest: Manifest, tenant: str | None, store: str | None = None) -> tuple[str, tuple]:
    """The one statement that sets tenant (and store) context for the current transaction, per the manifest.

    Transaction-local (`set_config(..., true)`): a session SET would leak through poolers.
    A claim goes inside its JSON setting; two claims in the same setting share one object.
    """
    values: dict[str, Any] = {}

    def put(context: Context, value: str | None) -> None:
        if context.claim is None:
            values[context.setting] = value
        else:
            claims = values.setdefault(context.setting, {})
            if value is not None:
                claims[context.claim] = value

    put(manifest.context, tenant)
    if manifest.store is not None:
        put(manifest.store.context, store)
    elif store is not None:
        raise UsageError("a store was given, but the manifest has no tenancy.store")
    params: list[str] = []
    for setting, value in values.items():
        params += [setting, json.dumps(value) if isinstance(value, dict) else (value or "")]
    return "SELECT " + ", ".join(["set_config(%s, %s, true)"] * len(values)), tuple(params)


ROLLOUT_TABLE = """
CREATE TABLE IF NOT EXISTS tenantmig.rollout (
    scope text NOT NULL CHECK (scope IN ('all', 'table', 'tenant')),
    value text NOT NULL DEFAULT '',
    enabled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    enabled_by text NOT NULL DEFAULT session_user,
    PRIMARY KEY (scope, value)
)""".strip()

# SECURITY DEFINER: application roles must consult the switches without being able
# to read or change the table that holds them.
ENFORCED_FUNCTION = """
CREATE OR REPLACE FUNCTION tenantmig.enforced(target text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT EXISTS (
        SELECT 1 FROM tenantmig.rollout r
        WHERE r.scope = 'all'
           OR (r.scope = 'table' AND r.value = target)
           OR (r.scope = 'tenant' AND r.value = (SELECT tenantmig.current_tenant())::text)
    )
$fn$""".strip()
ENFORCED_GRANT = execute_for_everyone("tenantmig.enforced(text)")


@dataclass(frozen=True)
class PolicySql:
    name: str
    sql: str


def _roles(names: tuple[str, ...]) -> str:
    return ", ".join(quote_ident(n) for n in names)


def _any(*terms: str) -> str:
    return "(" + " OR ".join(t for t in terms if t) + ")"


def policies_for(manifest: Manifest, spec: TableSpec, *, strict: bool, had_rls: bool,
                 existing: tuple[Policy, ...] = ()) -> list[PolicySql]:
    """Every tenantmig policy for one table, in the transition (phase 4) or strict (phase 5) shape.

    `existing` are the table's own policies from before phase 4: service roles get the
    application's permissive ones, so that without BYPASSRLS they are filtered as the
    application is, not given a USING (true) that would make the swap cosmetic.
    """
    table = qualify(spec.qualified)
    roles = manifest.roles
    filtered = _roles(roles.filtered)
    escape = "" if strict else f"NOT (SELECT tenantmig.enforced({literal(spec.qualified)}))"
    admin = ADMIN_CONTEXT if manifest.admin_setting is not None else ""
    out: list[PolicySql] = []

    def policy(name: str, body: str) -> None:
        full = PREFIX + name
        out.append(PolicySql(full, f"CREATE POLICY {quote_ident(full)} ON {table} {body}"))

    if spec.keyed:
        key = quote_ident(spec.column)
        own = f"{key} = {CURRENT_TENANT}"
        shared = f"{key} IS NULL" if spec.pattern == "shared" else ""
        extra = f"({spec.visible_also})" if spec.visible_also else ""
        read = _any(own, shared, extra, admin, escape)
        write = _any(own, admin, escape)
        # The restrictive policies bound whatever else a filtered role holds: the application's own
        # policies, and a cross-tenant role's that it inherits by membership (a service role's
        # `service_via` before PostgreSQL 16). A table without policies of its own also needs a
        # permissive one: the same predicates, so that no USING (true) reads as every row to every
        # caller, and a prover sees the tenant scoping in the policy that grants.
        kinds = ["RESTRICTIVE"] if had_rls else ["RESTRICTIVE", "PERMISSIVE"]
        for kind_of in kinds:
            prefix = "access" if kind_of == "PERMISSIVE" else ""
            if read == write:
                policy(prefix or "tenant", f"AS {kind_of} FOR ALL TO {filtered} USING {write} WITH CHECK {write}")
                continue
            # Extra visibility (global rows, overrides) is SELECT only: a FOR ALL policy would reuse
            # its USING as WITH CHECK and let a tenant write rows it may merely read.
            kind = prefix or spec.pattern
            policy(f"{kind}_read", f"AS {kind_of} FOR SELECT TO {filtered} USING {read}")
            policy(f"{kind}_insert", f"AS {kind_of} FOR INSERT TO {filtered} WITH CHECK {write}")
            policy(f"{kind}_update", f"AS {kind_of} FOR UPDATE TO {filtered} USING {write} WITH CHECK {write}")
            policy(f"{kind}_delete", f"AS {kind_of} FOR DELETE TO {filtered} USING {write}")
        if spec.store and manifest.store is not None:
            # No store in the context means the whole organization; a store narrows to its rows; a
            # malformed store (stated, but no value of the type) matches no row.
            column = quote_ident(manifest.store.column)
            scope = _any(f"NOT {STORE_STATED}", f"{column} = {CURRENT_STORE}", admin, escape)
            policy("store", f"AS RESTRICTIVE FOR ALL TO {filtered} USING {scope} WITH CHECK {scope}")
    elif spec.pattern == "global":
        if not had_rls:
            policy("global_read", f"AS PERMISSIVE FOR SELECT TO {filtered} USING (true)")
            if not strict:
                # Today the application may write reference data; it keeps doing so until enforced.
                guard = f"({escape})"
                policy("global_legacy_write", f"AS PERMISSIVE FOR ALL TO {filtered} USING {guard} WITH CHECK {guard}")
            elif admin:
                policy("global_admin_write", f"AS PERMISSIVE FOR ALL TO {filtered} USING ({admin}) WITH CHECK ({admin})")
        if strict:
            allowed = f"({admin})" if admin else "(false)"
            for command in ("insert", "update", "delete"):
                clause = f"WITH CHECK {allowed}" if command == "insert" else f"USING {allowed}"
                policy(f"global_no_{command}", f"AS RESTRICTIVE FOR {command.upper()} TO {filtered} {clause}")
    if had_rls and roles.service and spec.pattern != "exempt":
        app = set(roles.app)
        copied = [p for p in existing if p.permissive and app & set(p.roles)]
        for number, own_policy in enumerate(copied, 1):
            policy(f"service_{number}", own_policy.clauses(_roles(roles.service)))
    for name, command, names in (("admin", "ALL", roles.admin), ("reporting", "SELECT", roles.reporting)):
        if names:
            for suffix, reach in _cross_tenant_reach(spec):
                check = f" WITH CHECK {reach}" if command == "ALL" else ""
                policy(name + suffix, f"AS PERMISSIVE FOR {command} TO {_roles(names)} USING {reach}{check}")
    return out


def _cross_tenant_reach(spec: TableSpec) -> list[tuple[str, str]]:
    """What a cross-tenant role reaches, one policy per part: every tenant's rows, and the global rows.

    The key is NOT NULL on tenant tables from phase 3 on, so `key IS NOT NULL` is every row there,
    written so that a reader (or a linter) sees "any tenant's row" rather than `true`. A shared
    table's global rows (NULL key) are a second policy: one `IS NULL OR IS NOT NULL` would be `true`
    again. A table without a key (global) has nothing to name: `true`, documented for pgrls.
    """
    if not spec.keyed:
        return [("", "(true)")]
    key = quote_ident(spec.column)
    reach = [("", f"({key} IS NOT NULL)")]
    if spec.pattern == "shared":
        reach.append(("_global", f"({key} IS NULL)"))
    return reach


def drop_policy(spec: TableSpec, name: str) -> str:
    return f"DROP POLICY IF EXISTS {quote_ident(name)} ON {qualify(spec.qualified)}"
