"""pgrls's Z3 proofs of isolation, taken for each role RLS must hold to one tenant.

`pgrls verify --mode cross-tenant|write` (0.57.1) proves every permissive policy of a table as if
one tenant session could use it: `build_verification` walks `table.policies` without looking at
their `TO` roles, and the CLI's `_verify_anon_roles` says so ("cross-tenant / write don't
role-gate"). A policy `TO support_admin USING (client_id IS NOT NULL)` therefore leaves the table
UNVERIFIED, although no application session ever evaluates it. pgrls has no option or config key
that names trusted roles or marks a policy by design for these modes, and no policy form lets an
admin read across tenants while the role-blind prover calls the table isolated (the prover reads
an admin disjunct as a conditional leak, which for the admin session it is).

So the proof is taken the way PostgreSQL applies policies: for each application and service role
of the manifest, only the policies a session of that role evaluates (their roles include PUBLIC or
a role it holds the privileges of, `pg_has_role(..., 'USAGE')`, PostgreSQL's own test) are kept in
pgrls's introspected schema, and pgrls's own `build_verification` proves that view. Nothing is
added or rewritten: a role that holds an admin or reporting role's privileges keeps those policies
and is named as crossing tenants; a role that skips RLS (superuser, BYPASSRLS, or the owner of a
table without FORCE) has every such table reported as a leak without asking the prover.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import psycopg

from tenantmig.errors import UsageError
from tenantmig.manifest import Manifest
from tenantmig.pgrls_config import CONTEXT_FUNCTION
from tenantmig.probes.model import FAIL, PASS, WARN, Report

MODES = ("cross-tenant", "write")


@dataclass(frozen=True)
class PolicyProof:
    policy: str
    verdict: str  # isolated | leak | unverified
    reason: str | None = None


@dataclass(frozen=True)
class TableProof:
    table: str  # schema.name, as pgrls names it
    verdict: str
    policies: tuple[PolicyProof, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class RoleProof:
    role: str
    mode: str
    tables: tuple[TableProof, ...]
    crosses_via: tuple[str, ...] = ()  # admin or reporting roles whose privileges it holds

    def verdicts(self) -> dict[str, str]:
        return {t.table: t.verdict for t in self.tables}

    def as_dict(self) -> dict:
        return {"role": self.role, "mode": self.mode, "crosses_via": list(self.crosses_via),
                "tables": [{"table": t.table, "verdict": t.verdict, "note": t.note,
                            "policies": [dataclasses.asdict(p) for p in t.policies]} for t in self.tables]}


def _pgrls():
    try:
        from pgrls.introspect import introspect
        from pgrls.verify import DEFAULT_AUTH_FUNCTIONS, build_verification
    except ImportError as exc:
        raise UsageError("the pgrls proof needs the pgrls package (pip install 'pgrls==0.57.1', "
                         f"or tenantmig's test extra): {exc}") from exc
    return introspect, build_verification, DEFAULT_AUTH_FUNCTIONS


def require_pgrls() -> None:
    """UsageError (exit 2) saying how to install pgrls, when it cannot be imported."""
    _pgrls()


PROBE = "pgrls_proof"


def add_to_report(conn: psycopg.Connection, manifest: Manifest, report: Report) -> list[RoleProof]:
    """`verify --prove`: the per-role proofs as probes. A leak fails, naming role and table; a table the
    prover cannot decide is a warning carrying pgrls's reason; a proven table passes."""
    proofs = prove(conn, manifest)
    if not proofs:
        report.add(PROBE, WARN, "no application or service role of the manifest exists: nothing to prove")
    for proof in proofs:
        via = f" (it holds the privileges of {', '.join(proof.crosses_via)})" if proof.crosses_via else ""
        for table in proof.tables:
            # A leaking policy carries a witness row, not a reason: its name and verdict say which one it is.
            reasons = [f"{p.policy}: {p.reason or p.verdict}" for p in table.policies if p.verdict != "isolated"]
            why = "; ".join(([table.note] if table.note else []) + reasons) or "no reason given"
            if table.verdict == "leak":
                report.add(PROBE, FAIL, f"pgrls {proof.mode}: a session of {proof.role} reaches rows of another "
                           f"tenant{via}: {why}", table=table.table, role=proof.role)
            elif table.verdict == "unverified":
                report.add(PROBE, WARN, f"pgrls {proof.mode}: not proven for {proof.role}{via}: {why}",
                           table=table.table, role=proof.role)
            else:
                report.add(PROBE, PASS, f"pgrls {proof.mode}: proven isolated for {proof.role}",
                           table=table.table, role=proof.role)
    return proofs


def prove(conn: psycopg.Connection, manifest: Manifest, modes: tuple[str, ...] = MODES) -> list[RoleProof]:
    """One RoleProof per (application or service role that exists, mode)."""
    introspect, build_verification, default_auth = _pgrls()
    schema = introspect(conn, list(manifest.schemas))
    auth = set(default_auth) | {CONTEXT_FUNCTION}
    # pgrls compares the axis lower-cased; the same names `pgrls_config.render` writes to SEC021.
    keys = frozenset(spec.column.lower() for spec in manifest.keyed_tables() if spec.column)
    crossing = set(manifest.roles.admin) | set(manifest.roles.reporting)
    found: list[RoleProof] = []
    for role in dict.fromkeys((*manifest.roles.app, *manifest.roles.service)):
        attrs = conn.execute("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if attrs is None:
            continue
        held = {r for (r,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE pg_has_role(%s, oid, 'USAGE')", (role,))}
        skipping = _tables_skipping_rls(conn, manifest, role, bypasses=attrs[0] or attrs[1])
        view = dataclasses.replace(schema, tables=tuple(
            dataclasses.replace(t, policies=tuple(p for p in t.policies if _applies(p.roles, held)))
            for t in schema.tables))
        for mode in modes:
            verification = build_verification(view, auth_functions=auth, mode=mode, identity_columns=keys)
            tables = []
            for t in verification.tables:
                if t.qualified_name in skipping:
                    tables.append(TableProof(t.qualified_name, "leak", (), skipping[t.qualified_name]))
                    continue
                tables.append(TableProof(t.qualified_name, t.verdict,
                                         tuple(PolicyProof(p.policy, p.verdict, p.reason) for p in t.proofs), t.note))
            found.append(RoleProof(role, mode, tuple(tables), tuple(sorted(held & crossing))))
    return found


def _applies(policy_roles: tuple[str, ...], held: set[str]) -> bool:
    # PUBLIC is reserved: a policy's `public` (any case) is every role, never a role of that name.
    return any(r.upper() == "PUBLIC" or r in held for r in policy_roles)


def _tables_skipping_rls(conn: psycopg.Connection, manifest: Manifest, role: str, *, bypasses: bool) -> dict[str, str]:
    """RLS tables whose policies a session of `role` never consults, each with why."""
    rows = conn.execute(
        "SELECT n.nspname || '.' || c.relname, pg_has_role(%s, c.relowner, 'USAGE') AND NOT c.relforcerowsecurity "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = ANY(%s) AND c.relkind IN ('r', 'p') AND c.relrowsecurity",
        (role, list(manifest.schemas))).fetchall()
    if bypasses:
        return {table: f"{role} is a superuser or has BYPASSRLS: no policy applies to it" for table, _ in rows}
    return {table: f"{role} holds the owner's privileges and row level security is not forced"
            for table, owner in rows if owner}
