"""Probe: every function a policy or trigger of a protected table calls is executable by the roles it runs as.

A policy calls its functions with the rights of the role whose statement it filters, and a
SECURITY INVOKER trigger's body calls them as the role that writes. A role without EXECUTE on
one of them gets "permission denied for function" on every statement touching the table: an
application that worked before the migration stops working. It happens when a schema revokes
the default EXECUTE from PUBLIC (`ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM
PUBLIC`, common on Supabase) before the functions were created.
"""

from __future__ import annotations

import re

from tenantmig.db import qualify
from tenantmig.ops.access import Grant
from tenantmig.probes import FAIL, PASS, Probing

PROBE = "policy_functions_executable"

# A call of a tenantmig function inside a PL/pgSQL trigger body: pg_depend does not record those.
_TENANTMIG_CALL = re.compile(r"\btenantmig\.([a-z_][a-z0-9_]*)\s*\(", re.IGNORECASE)


def policy_functions_executable(p: Probing) -> None:
    # Roles that skip RLS evaluate no policy (role_no_bypassrls and role_classified speak for them), except
    # service roles: phase 5 takes their BYPASSRLS, and from then on they call what their policies call.
    service = set(p.roles("service"))
    bypassing = {r for r in p.roles("app", "service", "admin", "reporting") if p.conn.execute(
        "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = %s", (r,)).fetchone()[0]}
    roles = [r for r in p.roles("app", "service", "admin", "reporting") if r not in bypassing or r in service]
    flagged = False
    for target in p.targets("tenant", "shared", "global"):
        table = qualify(target.name)
        # Functions each policy's expressions call (recorded as dependencies), with the policy's roles.
        called = p.conn.execute(
            """
            SELECT DISTINCT pol.polname, pol.polroles, f.oid, f.oid::regprocedure::text
            FROM pg_policy pol
            JOIN pg_depend d ON d.classid = 'pg_policy'::regclass AND d.objid = pol.oid
                            AND d.refclassid = 'pg_proc'::regclass
            JOIN pg_proc f ON f.oid = d.refobjid
            WHERE pol.polrelid = %s::regclass
            ORDER BY 1, 4
            """, (table,)).fetchall()
        for role in roles:
            missing: dict[str, list[str]] = {}
            for policy, policy_roles, oid, signature in called:
                if not _applies(p, role, policy_roles) or _executes(p, role, oid):
                    continue
                missing.setdefault(signature, []).append(f"policy {policy}")
            for trigger, oid, signature in _trigger_calls(p, table):
                if not _executes(p, role, oid) and _writes(p, role, table):
                    missing.setdefault(signature, []).append(f"trigger {trigger}")
            for signature, by in sorted(missing.items()):
                flagged = True
                detail = (f"{role} cannot EXECUTE {signature}, which {' and '.join(by)} call"
                          f"{'s' if len(by) == 1 else ''} as {role}: every statement of {role} on the table fails "
                          f"with \"permission denied for function\". "
                          f"{Grant(('EXECUTE',), 'FUNCTION', signature, (role,)).text()} (or to PUBLIC where it is "
                          "safe for anyone)")
                if role in bypassing:
                    # Still BYPASSRLS (phase 4): nothing fails yet; phase 5's swap makes it fail.
                    p.add(PROBE, *p.from_phase_5(f"{detail}, once phase 5 takes its BYPASSRLS"),
                          table=target.name, role=role)
                else:
                    p.add(PROBE, FAIL, detail, table=target.name, role=role)
    if not flagged:
        p.add(PROBE, PASS, "every function a policy or trigger of a protected table calls is executable by its roles")


def _trigger_calls(p: Probing, table: str) -> list[tuple[str, int, str]]:
    """(trigger, function oid, signature) for each tenantmig function a SECURITY INVOKER trigger body calls."""
    found = []
    rows = p.conn.execute(
        "SELECT t.tgname, f.prosrc FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid "
        "WHERE t.tgrelid = %s::regclass AND NOT t.tgisinternal AND NOT f.prosecdef", (table,)).fetchall()
    for trigger, body in rows:
        for name in sorted(set(_TENANTMIG_CALL.findall(body or ""))):
            for oid, signature in p.conn.execute(
                    "SELECT f.oid, f.oid::regprocedure::text FROM pg_proc f JOIN pg_namespace n ON n.oid = f.pronamespace "
                    "WHERE n.nspname = 'tenantmig' AND f.proname = %s", (name.lower(),)).fetchall():
                found.append((trigger, oid, signature))
    return found


def _applies(p: Probing, role: str, policy_roles: list[int]) -> bool:
    return 0 in policy_roles or any(
        p.conn.execute("SELECT pg_has_role(%s, %s::oid, 'MEMBER')", (role, oid)).fetchone()[0]
        for oid in policy_roles if oid != 0)


def _executes(p: Probing, role: str, oid: int) -> bool:
    return p.conn.execute("SELECT has_function_privilege(%s, %s::oid, 'EXECUTE')", (role, oid)).fetchone()[0]


def _writes(p: Probing, role: str, table: str) -> bool:
    return p.conn.execute("SELECT has_table_privilege(%s, %s::regclass, 'INSERT, UPDATE')",
                          (role, table)).fetchone()[0]
