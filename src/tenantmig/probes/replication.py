"""Probe: roles with REPLICATION, which read rows without ever meeting a policy.

A replication connection streams the cluster's data files (physical) or decoded changes
(logical): no query runs, so no policy filters it. Where pg_hba.conf admits a replication
connection for the role, it carries every tenant of every database. CVE-2026-6471 widens this
until its minor release (advisories.py): there the attribute alone is the bypass.
"""

from __future__ import annotations

from tenantmig.probes import FAIL, PASS, WARN, Probing
from tenantmig.probes.advisories import REPLICATION_CVE, replication_unfixed

PROBE = "replication_roles"


def replication_roles(p: Probing) -> None:
    manifest_roles = p.roles("app", "service", "admin", "reporting")
    exposed = replication_unfixed(p.version_num)
    rows = p.conn.execute(
        """
        SELECT r.rolname, coalesce(array_agg(m) FILTER (WHERE m IS NOT NULL), '{}')
        FROM pg_roles r LEFT JOIN unnest(%s::text[]) m ON m <> r.rolname AND pg_has_role(m, r.oid, 'MEMBER')
        WHERE r.rolreplication AND NOT r.rolsuper
        GROUP BY r.rolname ORDER BY 1
        """, (manifest_roles,)).fetchall()
    for role, members in rows:
        via = [m for m in members if m in manifest_roles]
        cve = f"; this server predates the fix for {REPLICATION_CVE}" if exposed else ""
        if role in manifest_roles or via:
            who = f"{', '.join(via)} can become it (SET ROLE)" if via else "a role of the manifest"
            p.add(PROBE, FAIL, f"has REPLICATION and {who}: a replication connection streams every tenant's rows "
                  f"past RLS{cve}. ALTER ROLE ... NOREPLICATION, and a dedicated role for replicas", role=role)
        else:
            p.add(PROBE, FAIL if exposed else WARN,
                  f"has REPLICATION: where pg_hba.conf admits it, it streams every tenant's rows past RLS{cve}; "
                  "keep it to replicas and backup tools, never an application's login", role=role)
    if not rows:
        p.add(PROBE, PASS, "no role but superusers has REPLICATION")
