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
from typing import Any

from tenantmig.catalog import Policy
from tenantmig.db import literal, quote_ident
from tenantmig.errors import UsageError
from tenantmig.expressions import PINNED_SEARCH_PATH
from tenantmig.manifest import Context, Manifest, TableSpec
from tenantmig.ops.access import CreateFunction, CreatePolicy, DropFunction, Function, GrantExecute

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


_STABLE = ("STABLE", "PARALLEL SAFE")

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


def _context_function(name: str, context: Context, server_version: int) -> CreateFunction:
    """The function policies read a scope from: NULL (no tenant) for a missing, empty or malformed value.

    Never an error: its message could echo what another request put in the setting.
    """
    text, needs_catch = _setting_text(context, server_version)
    function = Function("tenantmig", name)
    if not needs_catch:
        # A plain SQL body with no SET clause: the planner inlines it into the policy's InitPlan,
        # so a statement pays no function call (a plpgsql call with SET search_path cost ~30 us
        # per statement, a fifth of a point lookup, in bench/rls.py).
        return CreateFunction(function, context.key_type, "sql", _STABLE,
                              f"    SELECT {_typed(f'({text})', context.key_type)}")
    return CreateFunction(function, context.key_type, "plpgsql", _STABLE, search_path=PINNED_SEARCH_PATH, body=f"""
DECLARE
    v text;
BEGIN
    v := {text};
    RETURN {_typed("v", context.key_type)};
EXCEPTION WHEN data_exception THEN
    RETURN NULL;
END""".strip())


def _stated_function(name: str, context: Context, server_version: int) -> CreateFunction:
    """Whether the request stated a value for the scope at all, well-formed or not.

    The store scope narrows only when stated; unstated, a user sees the whole organization. A
    stated but malformed claim (3.0, "3 ", ["3"], "") must see nothing, like a malformed tenant,
    so the policy needs "stated" apart from the value. For a plain setting '' is unstated (what a
    transaction-local setting leaves behind); inside a JSON setting, a present claim is stated.
    """
    function = Function("tenantmig", name)
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
            return CreateFunction(function, "boolean", "plpgsql", _STABLE, search_path=PINNED_SEARCH_PATH, body=f"""
BEGIN
    RETURN {claim};
EXCEPTION WHEN data_exception THEN
    RETURN {plain};
END""".strip())
    return CreateFunction(function, "boolean", "sql", _STABLE, f"    SELECT {body}")


def context_functions(manifest: Manifest, server_version: int) -> list[CreateFunction]:
    """The functions policies read their context through (created by phase 1, dropped by its downgrade)."""
    functions = [_context_function("current_tenant", manifest.context, server_version)]
    if manifest.store is not None:
        functions.append(_context_function("current_store", manifest.store.context, server_version))
        functions.append(_stated_function("store_stated", manifest.store.context, server_version))
    if manifest.admin_setting is not None:
        # Spoofable by any application connection: only because the manifest asks, and verify reports it.
        setting = manifest.admin_setting
        functions.append(CreateFunction(
            Function("tenantmig", "admin_context"), "boolean", "sql", _STABLE, search_path=PINNED_SEARCH_PATH,
            body=f"    SELECT coalesce(current_setting({literal(setting.name)}, true) = {literal(setting.value)}, false)"))
    return functions


def execute_for_everyone(function: Function) -> GrantExecute:
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
    return GrantExecute(function, ("public",))


# Every context helper any manifest may have had: a downgrade drops them all, whatever the manifest says now.
DROP_CONTEXT_FUNCTIONS = tuple(
    DropFunction(Function("tenantmig", name), "a context helper of phase 1")
    for name in ("admin_context", "current_store", "store_stated", "current_tenant"))


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


def _any(*terms: str) -> str:
    """The terms OR-ed, as one clause (CreatePolicy puts the parentheses around it)."""
    return " OR ".join(t for t in terms if t)


def policies_for(manifest: Manifest, spec: TableSpec, *, strict: bool, had_rls: bool,
                 existing: tuple[Policy, ...] = ()) -> list[CreatePolicy]:
    """Every tenantmig policy for one table, in the transition (phase 4) or strict (phase 5) shape.

    `existing` are the table's own policies from before phase 4: service roles get the
    application's permissive ones, so that without BYPASSRLS they are filtered as the
    application is, not given a USING (true) that would make the swap cosmetic.
    """
    roles = manifest.roles
    filtered = tuple(roles.filtered)
    escape = "" if strict else f"NOT (SELECT tenantmig.enforced({literal(spec.qualified)}))"
    admin = ADMIN_CONTEXT if manifest.admin_setting is not None else ""
    out: list[CreatePolicy] = []

    def policy(name: str, command: str, using: str | None, check: str | None = None, *, permissive: bool,
               to: tuple[str, ...] = filtered) -> None:
        out.append(CreatePolicy(spec.qualified, PREFIX + name, command, permissive, tuple(to), using, check))

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
        for permissive in ((False,) if had_rls else (False, True)):
            prefix = "access" if permissive else ""
            if read == write:
                policy(prefix or "tenant", "ALL", write, write, permissive=permissive)
                continue
            # Extra visibility (global rows, overrides) is SELECT only: a FOR ALL policy would reuse
            # its USING as WITH CHECK and let a tenant write rows it may merely read.
            kind = prefix or spec.pattern
            policy(f"{kind}_read", "SELECT", read, permissive=permissive)
            policy(f"{kind}_insert", "INSERT", None, write, permissive=permissive)
            policy(f"{kind}_update", "UPDATE", write, write, permissive=permissive)
            policy(f"{kind}_delete", "DELETE", write, permissive=permissive)
        if spec.store and manifest.store is not None:
            # No store in the context means the whole organization; a store narrows to its rows; a
            # malformed store (stated, but no value of the type) matches no row.
            column = quote_ident(manifest.store.column)
            scope = _any(f"NOT {STORE_STATED}", f"{column} = {CURRENT_STORE}", admin, escape)
            policy("store", "ALL", scope, scope, permissive=False)
    elif spec.pattern == "global":
        if not had_rls:
            policy("global_read", "SELECT", "true", permissive=True)
            if not strict:
                # Today the application may write reference data; it keeps doing so until enforced.
                policy("global_legacy_write", "ALL", escape, escape, permissive=True)
            elif admin:
                policy("global_admin_write", "ALL", admin, admin, permissive=True)
        if strict:
            allowed = admin or "false"
            policy("global_no_insert", "INSERT", None, allowed, permissive=False)
            for command in ("UPDATE", "DELETE"):
                policy(f"global_no_{command.lower()}", command, allowed, permissive=False)
    if had_rls and roles.service and spec.pattern != "exempt":
        app = set(roles.app)
        copied = [p for p in existing if p.permissive and app & set(p.roles)]
        for number, own_policy in enumerate(copied, 1):
            policy(f"service_{number}", own_policy.command, own_policy.using, own_policy.check,
                   permissive=own_policy.permissive, to=tuple(roles.service))
    for name, command, names in (("admin", "ALL", roles.admin), ("reporting", "SELECT", roles.reporting)):
        if names:
            for suffix, reach in _cross_tenant_reach(spec):
                policy(name + suffix, command, reach, reach if command == "ALL" else None, permissive=True,
                       to=tuple(names))
    return out


def _cross_tenant_reach(spec: TableSpec) -> list[tuple[str, str]]:
    """What a cross-tenant role reaches, one policy per part: every tenant's rows, and the global rows.

    The key is NOT NULL on tenant tables from phase 3 on, so `key IS NOT NULL` is every row there,
    written so that a reader (or a linter) sees "any tenant's row" rather than `true`. A shared
    table's global rows (NULL key) are a second policy: one `IS NULL OR IS NOT NULL` would be `true`
    again. A table without a key (global) has nothing to name: `true`, documented for pgrls.
    """
    if not spec.keyed:
        return [("", "true")]
    key = quote_ident(spec.column)
    reach = [("", f"{key} IS NOT NULL")]
    if spec.pattern == "shared":
        reach.append(("_global", f"{key} IS NULL"))
    return reach
