"""Probe: table privileges and policies that do not match, command by command and role by role.

With RLS on, a privilege lets a role run a command and a permissive policy decides which rows
it reaches. A privilege no permissive policy answers for is a command that sees nothing or is
refused: the application is locked out of it, and the next "fix" is usually a `USING (true)`.
A command a restrictive policy of its own refuses outright (`false`, tenantmig's read-only global
tables) is answered: the refusal is the decision. A policy for a command its role holds no
privilege for is dead today and live after the next GRANT, which nobody will review as an
isolation change. A refusal is neither: with the privilege it answers the command, without it
it refuses what is refused already, and no GRANT ever opens it.
"""

from __future__ import annotations

from tenantmig.db import qualify
from tenantmig.policies import PREFIX
from tenantmig.probes import FAIL, PASS, Probing

PROBE = "grants_match_policies"
COMMANDS = ("SELECT", "INSERT", "UPDATE", "DELETE")
CODES = {"r": ("SELECT",), "a": ("INSERT",), "w": ("UPDATE",), "d": ("DELETE",), "*": COMMANDS}


def grants_match_policies(p: Probing) -> None:
    roles = p.roles("app", "service", "admin", "reporting")
    flagged = False
    for target in p.targets("tenant", "shared", "global"):
        table = qualify(target.name)
        enabled = p.conn.execute("SELECT relrowsecurity FROM pg_class WHERE oid = %s::regclass", (table,)).fetchone()[0]
        if not enabled:
            continue  # rls_enabled names it; without RLS no policy is consulted
        # A refusal: restrictive and `false`, or tenantmig's global_no_* (`false`, or only the spoofable admin
        # setting the manifest asked for, which the permissive admin policy answers for).
        policies = p.conn.execute(
            "SELECT polname, polcmd::text, polpermissive, polroles, NOT polpermissive AND ("
            "       coalesce(pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid)) = 'false' "
            "       OR starts_with(polname, %s)) "
            "FROM pg_policy WHERE polrelid = %s::regclass", (f"{PREFIX}global_no_", table)).fetchall()
        for role in roles:
            bypass = p.conn.execute("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = %s",
                                    (role,)).fetchone()[0]
            if bypass:
                continue  # policies do not apply to it: role_no_bypassrls and role_classified speak for it
            unanswered = [c for c in COMMANDS if _holds(p, role, table, c) and not any(
                (permissive or (refuses and cmd != "*")) and c in CODES[cmd] and _applies(p, role, roles_of)
                for _, cmd, permissive, roles_of, refuses in policies)]
            if unanswered:
                flagged = True
                p.add(PROBE, FAIL, f"holds {', '.join(unanswered)} but no permissive policy for it allows any row: "
                      "each such statement sees nothing or is refused. Add the policy, or REVOKE the privilege",
                      table=target.name, role=role)
        for name, cmd, _permissive, roles_of, refuses in policies:
            if refuses:
                continue
            for oid in roles_of:
                if oid == 0:
                    continue  # PUBLIC: no single role to hold the privilege
                role = p.conn.execute("SELECT rolname FROM pg_roles WHERE oid = %s", (oid,)).fetchone()[0]
                if not any(_holds(p, role, table, c) for c in CODES[cmd]):
                    flagged = True
                    p.add(PROBE, FAIL, f"policy {name} (FOR {'ALL' if cmd == '*' else CODES[cmd][0]}) is for a role "
                          "that holds no privilege it covers: dead until the next GRANT, which then opens it "
                          "unreviewed. DROP the policy, or grant what it was written for",
                          table=target.name, role=role)
    if not flagged:
        p.add(PROBE, PASS, "every privilege of a manifest role has a policy, and every policy's role its privilege")


def _holds(p: Probing, role: str, table: str, command: str) -> bool:
    return p.conn.execute("SELECT has_table_privilege(%s, %s::regclass, %s)", (role, table, command)).fetchone()[0]


def _applies(p: Probing, role: str, roles_of: list[int]) -> bool:
    return roles_of == [0] or any(p.conn.execute("SELECT pg_has_role(%s, %s::oid, 'USAGE')", (role, oid)).fetchone()[0]
                                  for oid in roles_of if oid != 0)
