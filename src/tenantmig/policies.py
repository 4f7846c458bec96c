"""The SQL shape of tenant isolation: the context helpers and every policy tenantmig installs.

The rules behind the shapes (DESIGN.md, "Policy shape"):
- compare the key with `(SELECT tenantmig.current_tenant())`: the setting is cast,
  never the column, and evaluated once per statement so the key's index is used;
- a missing, empty or malformed setting is "no tenant": no rows, never a cast error;
- isolation is RESTRICTIVE, so it is AND-ed with the application's own policies;
  a table that had no RLS gets one permissive policy, or nothing would be visible;
- policies name their roles; shared rows (NULL key) are readable through a
  SELECT-only policy, so no tenant can write a global row.
"""

from __future__ import annotations

from dataclasses import dataclass

from tenantmig.db import literal, qualify, quote_ident
from tenantmig.manifest import Manifest, TableSpec

CURRENT_TENANT = "(SELECT tenantmig.current_tenant())"
PREFIX = "tenantmig_"


def current_tenant_function(manifest: Manifest) -> str:
    # plpgsql so that a malformed value is caught and becomes "no tenant" instead of an
    # error whose message could echo what another request put in the setting.
    cast = "" if manifest.key_type == "text" else f"::{manifest.key_type}"
    return f"""
CREATE OR REPLACE FUNCTION tenantmig.current_tenant() RETURNS {manifest.key_type}
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
    RETURN NULLIF(current_setting({literal(manifest.setting)}, true), ''){cast};
EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range OR invalid_parameter_value THEN
    RETURN NULL;
END
$fn$""".strip()


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


@dataclass(frozen=True)
class PolicySql:
    name: str
    sql: str


def _roles(names: tuple[str, ...]) -> str:
    return ", ".join(quote_ident(n) for n in names)


def policies_for(manifest: Manifest, spec: TableSpec, *, strict: bool, had_rls: bool) -> list[PolicySql]:
    """Every tenantmig policy for one table, in the transition (phase 4) or strict (phase 5) shape."""
    table = qualify(spec.qualified)
    roles = manifest.roles
    filtered = _roles(roles.filtered)
    escape = "" if strict else f" OR NOT (SELECT tenantmig.enforced({literal(spec.qualified)}))"
    out: list[PolicySql] = []

    def policy(name: str, body: str) -> None:
        full = PREFIX + name
        out.append(PolicySql(full, f"CREATE POLICY {quote_ident(full)} ON {table} {body}"))

    if spec.keyed:
        own = f"{quote_ident(spec.column)} = {CURRENT_TENANT}"
        if spec.pattern == "tenant":
            isolation = f"({own}{escape})"
            policy("tenant", f"AS RESTRICTIVE FOR ALL TO {filtered} USING {isolation} WITH CHECK {isolation}")
        else:
            read = f"({own} OR {quote_ident(spec.column)} IS NULL{escape})"
            write = f"({own}{escape})"
            policy("shared_read", f"AS RESTRICTIVE FOR SELECT TO {filtered} USING {read}")
            policy("shared_insert", f"AS RESTRICTIVE FOR INSERT TO {filtered} WITH CHECK {write}")
            policy("shared_update", f"AS RESTRICTIVE FOR UPDATE TO {filtered} USING {write} WITH CHECK {write}")
            policy("shared_delete", f"AS RESTRICTIVE FOR DELETE TO {filtered} USING {write}")
        if not had_rls:
            policy("access", f"AS PERMISSIVE FOR ALL TO {filtered} USING (true) WITH CHECK (true)")
    elif spec.pattern == "global":
        if not had_rls:
            policy("global_read", f"AS PERMISSIVE FOR SELECT TO {filtered} USING (true)")
            if not strict:
                # Today the application may write reference data; it keeps doing so until enforced.
                guard = f"(NOT (SELECT tenantmig.enforced({literal(spec.qualified)})))"
                policy("global_legacy_write", f"AS PERMISSIVE FOR ALL TO {filtered} USING {guard} WITH CHECK {guard}")
        if strict:
            for command in ("insert", "update", "delete"):
                clause = "WITH CHECK (false)" if command == "insert" else "USING (false)"
                policy(f"global_no_{command}", f"AS RESTRICTIVE FOR {command.upper()} TO {filtered} {clause}")
    if had_rls and roles.service and spec.pattern != "exempt":
        # Service roles bypassed RLS until the swap, so the table's own permissive policies
        # never had to mention them; without this they would see nothing afterwards.
        policy("service_access", f"AS PERMISSIVE FOR ALL TO {_roles(roles.service)} USING (true) WITH CHECK (true)")
    if roles.admin:
        policy("admin", f"AS PERMISSIVE FOR ALL TO {_roles(roles.admin)} USING (true) WITH CHECK (true)")
    if roles.reporting:
        policy("reporting", f"AS PERMISSIVE FOR SELECT TO {_roles(roles.reporting)} USING (true)")
    return out


def drop_policy(spec: TableSpec, name: str) -> str:
    return f"DROP POLICY IF EXISTS {quote_ident(name)} ON {qualify(spec.qualified)}"
