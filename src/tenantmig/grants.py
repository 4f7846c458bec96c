"""visible_also grants only what a tenant cannot grant itself.

`visible_also` makes other rows of a table readable through rows of another table (a product
through an override naming it). If a tenant may write such a row for any target, it grants
itself whatever it names: the foreign key check ignores RLS, and ids are guessable. So each
table a visible_also expression reads gets, for every foreign key from it to the table that
grants, a restrictive policy: a tenant may insert or update a row only where the row it
references is its own or global, as it could see it without the grant. Granting another
tenant's row stays with the admin roles (or an owner acting through them).
"""

from __future__ import annotations

from tenantmig import naming
from tenantmig.catalog import Catalog
from tenantmig.db import literal, qualify, quote_ident
from tenantmig.expressions import PINNED_SEARCH_PATH, relations
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.ops import Operation
from tenantmig.ops.access import CreateFunction, CreatePolicy, DropFunction, Function
from tenantmig.policies import ADMIN_CONTEXT, CURRENT_TENANT, execute_for_everyone


def granting_tables(manifest: Manifest, spec: TableSpec) -> list[TableSpec]:
    """Tables whose visible_also reads `spec`."""
    return [t for t in manifest.tables.values()
            if t.visible_also and t.keyed and spec.qualified in relations(t.visible_also)]


def _function_name(spec: TableSpec, foreign_key: str) -> str:
    # Written unquoted before tenantmig quoted every name, so PostgreSQL folded its ASCII capitals: the
    # folded name is the one a database migrated then holds, and the one its rollback must drop.
    name = naming.grant_function(spec, foreign_key)
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in name)


def _grants(manifest: Manifest, catalog: Catalog, spec: TableSpec):
    """(target spec, foreign key, function name) for each foreign key from `spec` to a table it grants rows of."""
    table = catalog.get(spec.qualified)
    if table is None or not spec.keyed:
        return []
    found = []
    for target in granting_tables(manifest, spec):
        for fk in table.foreign_keys:
            if fk.ref_table == target.qualified:
                found.append((target, fk, _function_name(spec, fk.name)))
    return found


def grant_operations(manifest: Manifest, catalog: Catalog, spec: TableSpec, *,
                     strict: bool) -> tuple[list[Operation], list[CreatePolicy]]:
    """The functions (each with its EXECUTE grant), then the policies, that keep `spec` from naming rows its
    tenant cannot see."""
    if not manifest.roles.filtered:
        return [], []
    functions: list[Operation] = []
    policies: list[CreatePolicy] = []
    for target, fk, name in _grants(manifest, catalog, spec):
        parent = catalog.get(target.qualified)
        function = Function("tenantmig", name, tuple(parent.columns[c].type for c in fk.ref_columns))
        match = " AND ".join(f"g.{quote_ident(r)} = ${i}" for i, r in enumerate(fk.ref_columns, 1))
        key = f"g.{quote_ident(target.column)}"
        visible = f"{key} = {CURRENT_TENANT}" + (f" OR {key} IS NULL" if target.pattern == "shared" else "")
        # Not inlined (the SET clause), so its query is planned on its own: read inside a policy of
        # `spec`, the target's policies (whose visible_also reads `spec`) would otherwise recurse.
        # SECURITY INVOKER: it sees the target as the tenant does; the condition narrows to own/global.
        functions.append(CreateFunction(
            function, "boolean", "sql", ("STABLE", "SECURITY INVOKER"), search_path=PINNED_SEARCH_PATH, body=f"""
    SELECT EXISTS (SELECT 1 FROM {qualify(target.qualified)} g
                   WHERE {match} AND ({visible}))""".strip("\n")))
        functions.append(execute_for_everyone(function))
        row = quote_ident(spec.name)
        terms = [*(f"{row}.{quote_ident(c)} IS NULL" for c in fk.columns),  # no reference grants nothing
                 f"{function.ref}({', '.join(f'{row}.{quote_ident(c)}' for c in fk.columns)})"]
        if manifest.admin_setting is not None:
            terms.append(ADMIN_CONTEXT)
        if not strict:
            terms.append(f"NOT (SELECT tenantmig.enforced({literal(spec.qualified)}))")
        condition = " OR ".join(terms)
        for command, using in (("INSERT", None), ("UPDATE", "true")):
            policies.append(CreatePolicy(spec.qualified, naming.grant_policy(command.lower(), fk.name), command,
                                         False, tuple(manifest.roles.filtered), using, condition))
    return functions, policies


def drop_grant_functions(manifest: Manifest, catalog: Catalog, spec: TableSpec) -> list[DropFunction]:
    return [DropFunction(Function("tenantmig", name), "a visible_also grant check", by_name=True)
            for _t, _fk, name in _grants(manifest, catalog, spec)]
