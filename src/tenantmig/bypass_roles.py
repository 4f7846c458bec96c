"""Roles that skip RLS and can read tenant tables, yet the manifest never names.

A BYPASSRLS role left out of [roles] keeps reading every tenant after phase 5: no
policy applies to it and no phase removes its attribute, so isolation would be
decorative while every gate and probe that only looks at the listed roles passes.
The manifest check refuses such a manifest (exit 2), phase 5's gate and verify fail.

Superusers are left out (they are the cluster's administrators; RLS never binds them
and the probes already name any listed role that is one), and so is the role running
tenantmig: its gates must see every row (DESIGN.md), which is why it may bypass RLS.
"""

from __future__ import annotations

import psycopg

from tenantmig.db import qualify
from tenantmig.manifest import Manifest


def unclassified(conn: psycopg.Connection, manifest: Manifest) -> list[tuple[str, list[str]]]:
    """(role, tenant tables it holds any privilege on) for each BYPASSRLS role no [roles] list names."""
    roles = manifest.roles
    named = list(roles.app + roles.admin + roles.reporting + roles.service)
    tables = [s.qualified for s in manifest.keyed_tables()]
    if not tables:
        return []
    rows = conn.execute(
        """
        SELECT r.rolname, array_agg(t.name ORDER BY t.name)
        FROM pg_roles r
        CROSS JOIN unnest(%(tables)s::text[], %(quoted)s::text[]) AS t(name, quoted)
        WHERE r.rolbypassrls AND NOT r.rolsuper AND r.rolname <> current_user
          AND r.rolname <> ALL(%(named)s::text[])
          AND to_regclass(t.quoted) IS NOT NULL
          AND has_table_privilege(r.oid, to_regclass(t.quoted), 'SELECT, INSERT, UPDATE, DELETE')
        GROUP BY r.rolname ORDER BY r.rolname
        """,
        {"tables": tables, "quoted": [qualify(t) for t in tables], "named": named},
    ).fetchall()
    return [(role, list(found)) for role, found in rows]


def describe(role: str, tables: list[str]) -> str:
    shown = ", ".join(tables[:3]) + (f" and {len(tables) - 3} more" if len(tables) > 3 else "")
    return (f"role {role} has BYPASSRLS and privileges on tenant tables ({shown}) but is in no [roles] list: "
            "it would read every tenant after phase 5. List it in roles.service (it loses BYPASSRLS at "
            "phase 5) or roles.admin / roles.reporting (it keeps crossing tenants, on purpose)")
