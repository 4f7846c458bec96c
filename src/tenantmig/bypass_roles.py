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
    return holders(conn, manifest, exclude=list(roles.app + roles.admin + roles.reporting + roles.service))


def holders(conn: psycopg.Connection, manifest: Manifest, exclude: list[str] = ()) -> list[tuple[str, list[str]]]:
    """(role, tenant tables and partitions it holds any privilege on) for each BYPASSRLS role but `exclude`.

    Any privilege: besides reading and writing, TRUNCATE empties every tenant at once and
    REFERENCES and TRIGGER reach rows through constraints and triggers. Partitions count:
    queried directly they are tables of their own, and a grant on one is a grant on its rows.
    """
    tables = [s.qualified for s in manifest.keyed_tables()]
    if not tables:
        return []
    rows = conn.execute(
        """
        SELECT r.rolname, array_agg(DISTINCT n.nspname || '.' || c.relname)
        FROM pg_roles r
        CROSS JOIN unnest(%(quoted)s::text[]) AS t(quoted)
        -- pg_partition_tree lists nothing for a table that is not partitioned: the table itself is added.
        CROSS JOIN LATERAL (SELECT to_regclass(t.quoted) UNION SELECT relid FROM pg_partition_tree(to_regclass(t.quoted)))
            AS tree(relid)
        JOIN pg_class c ON c.oid = tree.relid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE r.rolbypassrls AND NOT r.rolsuper AND r.rolname <> current_user
          AND r.rolname <> ALL(%(exclude)s::text[])
          AND to_regclass(t.quoted) IS NOT NULL
          AND has_table_privilege(r.oid, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
        GROUP BY r.rolname ORDER BY r.rolname
        """,
        {"quoted": [qualify(t) for t in tables], "exclude": list(exclude)},
    ).fetchall()
    return [(role, sorted(found)) for role, found in rows]


def describe(role: str, tables: list[str]) -> str:
    shown = ", ".join(tables[:3]) + (f" and {len(tables) - 3} more" if len(tables) > 3 else "")
    return (f"role {role} has BYPASSRLS and privileges on tenant tables ({shown}) but is in no [roles] list: "
            "it would read every tenant after phase 5. List it in roles.service (it loses BYPASSRLS at "
            "phase 5) or roles.admin / roles.reporting (it keeps crossing tenants, on purpose)")
