"""The pgrls configuration tenantmig writes: each by-design departure from pgrls's lint rules, with its reason.

pgrls (PyPI) lints RLS policies and proves isolation with Z3; teams gate CI on it. Where
tenantmig's shape departs from what a rule expects on purpose, the finding is allowlisted here
with the reason beside it, so a migrated database lints with 0 errors and a warning that does
show is news. Entries come from the live catalogue, never from a guess: only tenantmig's own
policies and triggers, the exempt tables the manifest names, and the application's policies
that tenantmig keeps behind its restrictive tenant policy. A foreign role's BYPASSRLS, a new
table without RLS or a new `USING (true)` still fails.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg

from tenantmig.manifest import Manifest
from tenantmig.policies import PREFIX
from tenantmig.reader import POLICY as READER_POLICY

CONTEXT_FUNCTION = "tenantmig.current_tenant"


@dataclass(frozen=True)
class Deviation:
    rule: str
    target: str  # what the rule's allowlist names: schema.table[.policy or trigger], or a role
    reason: str


@dataclass(frozen=True)
class _Policy:
    table: str  # schema.table
    root: str  # the partitioned table it belongs to, or itself
    name: str
    permissive: bool
    command: str
    using: str | None
    check: str | None
    restrictive_floor: bool  # the table has a restrictive tenantmig policy
    roles: tuple[str, ...] = ()

    @property
    def target(self) -> str:
        return f"{self.table}.{self.name}"


def deviations(conn: psycopg.Connection, manifest: Manifest) -> list[Deviation]:
    found: list[Deviation] = []
    found += _exempt_tables(conn, manifest)
    policies = _policies(conn, manifest)
    for policy in policies:
        found += _for_policy(policy, manifest)
    found += _triggers(conn, manifest)
    bypassing = _service_roles(conn, manifest)
    found += bypassing
    found += _transition(conn, manifest, policies, {d.target for d in bypassing})
    return found


def _transition(conn: psycopg.Connection, manifest: Manifest, policies: list[_Policy],
                bypassing: set[str]) -> list[Deviation]:
    """Phase 4 keeps today's behaviour for whoever is not enforced yet; phase 5 ends each of these."""
    protected = {spec.qualified for spec in manifest.protected_tables()}
    found = []
    unforced = conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = ANY(%s) AND c.relkind IN ('r', 'p') AND c.relrowsecurity AND NOT c.relforcerowsecurity "
        "ORDER BY 1", (list(manifest.schemas),)).fetchall()
    roots = {p.table: p.root for p in policies}
    for (table,) in unforced:
        if roots.get(table, table) in protected:
            found.append(Deviation("SEC002", table, "phase 5 (policy swap) forces row level security; until then "
                                                    "the table owner keeps today's access"))
    for policy in policies:
        spec = manifest.tables.get(policy.root)
        if bypassing & set(policy.roles):
            found.append(Deviation("SEC023", policy.target, "names a service role that keeps BYPASSRLS until "
                                                             "phase 5 takes it; from then on the policy filters it"))
        if spec is not None and policy.name in spec.drop_policies:
            found.append(Deviation("HYG003", policy.target, "superseded: phase 5 drops it (the manifest's "
                                                             "drop_policies); until then it keeps today's behaviour"))
    tables: dict[str, list[_Policy]] = {}
    for policy in policies:
        tables.setdefault(policy.table, []).append(policy)
    for table, found_policies in sorted(tables.items()):
        spec = manifest.tables.get(found_policies[0].root)
        if spec is not None and spec.pattern == "global" and all(p.permissive for p in found_policies):
            found.append(Deviation("SEC007", table, "reference data during phase 4: the application roles keep "
                                                    "writing it until enforced; phase 5 adds the restrictive "
                                                    "refusals of their writes"))
    return found



def _service_roles(conn: psycopg.Connection, manifest: Manifest) -> list[Deviation]:
    """Until phase 5 takes it, a service role keeps the BYPASSRLS it had: that is the transition's design."""
    rows = conn.execute("SELECT rolname FROM pg_roles WHERE rolbypassrls AND rolname = ANY(%s) ORDER BY 1",
                        (list(manifest.roles.service),)).fetchall()
    why = ("a service role of the manifest: it keeps BYPASSRLS until phase 5 (policy swap) takes it, so that "
           "unchanged code keeps working until then")
    return [Deviation("SEC016", role, why) for (role,) in rows]


def _exempt_tables(conn: psycopg.Connection, manifest: Manifest) -> list[Deviation]:
    off = {r[0] for r in conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = ANY(%s) AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity",
        (list(manifest.schemas),))}
    return [Deviation("SEC001", spec.qualified, f"exempt in the manifest: {spec.reason}")
            for spec in sorted(manifest.tables_with("exempt"), key=lambda s: s.qualified) if spec.qualified in off]


def _policies(conn: psycopg.Connection, manifest: Manifest) -> list[_Policy]:
    rows = conn.execute(
        """
        SELECT p.schemaname || '.' || p.tablename,
               coalesce((SELECT rn.nspname || '.' || r.relname FROM pg_partition_ancestors(c.oid) a
                         JOIN pg_class r ON r.oid = a.relid JOIN pg_namespace rn ON rn.oid = r.relnamespace
                         WHERE NOT r.relispartition), p.schemaname || '.' || p.tablename),
               p.policyname, p.permissive = 'PERMISSIVE', p.cmd, p.qual, p.with_check,
               EXISTS (SELECT 1 FROM pg_policies f WHERE f.schemaname = p.schemaname AND f.tablename = p.tablename
                         AND f.permissive = 'RESTRICTIVE' AND starts_with(f.policyname, %s)),
               p.roles::text[]
        FROM pg_policies p
        JOIN pg_namespace n ON n.nspname = p.schemaname
        JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = p.tablename
        WHERE p.schemaname = ANY(%s)
        ORDER BY 1, 3
        """,
        (PREFIX, list(manifest.schemas)),
    ).fetchall()
    return [_Policy(*row[:-1], roles=tuple(row[-1])) for row in rows]


def _constant(policy: _Policy, value: str) -> tuple[bool, bool]:
    """Whether USING and WITH CHECK are the constant `value` (pg_get_expr writes them bare)."""
    return policy.using == value, policy.check == value


def _for_policy(policy: _Policy, manifest: Manifest) -> list[Deviation]:
    spec = manifest.tables.get(policy.root)
    if policy.name == READER_POLICY:
        why = ("tenantmig's reader role (a login without superuser or BYPASSRLS): the gates count every row "
               "through it; no application, service, admin or reporting role can become it "
               "(`tenantmig reader --remove` drops it)")
        return _constant_rules(policy, why)
    if policy.name.startswith(PREFIX):
        if spec is not None and spec.pattern == "global":
            why = ("reference data (pattern global): no tenant column to scope by; every application role reads it, "
                   "only admin roles write it, and the application roles' writes are refused")
            return _constant_rules(policy, why) + [Deviation("SEC005", policy.target, why)]
        if policy.name.startswith(PREFIX + "service_"):
            why = ("the application's own policy copied for the service roles, so that without BYPASSRLS they are "
                   "filtered as the application is; the restrictive tenant policy bounds it to the tenant")
            return _constant_rules(policy, why) + [Deviation(rule, policy.target, why + "; its cost is the "
                                                             "application policy's") for rule in ("PERF001", "PERF003", "PERF004")]
        if policy.name.startswith(PREFIX + "grant_"):
            why = ("tenantmig's visible_also grant check (grants.py): a written row may reference only a row its tenant "
                   "sees without the grant; a FOR UPDATE policy needs a USING, the check is its WITH CHECK, and its "
                   "cost is one lookup by the referenced key per written row, never on reads")
            return _constant_rules(policy, why) + [Deviation(rule, policy.target, why) for rule in ("PERF003", "PERF004")]
        if policy.name == PREFIX + "store":
            why = ("the store scope narrows within a tenant: the tenant key's index serves the query, and the store "
                   "column is filtered among that tenant's rows")
            return [Deviation("PERF003", policy.target, why)]
        return []
    if policy.restrictive_floor:
        why = ("the application's own policy, kept as it was; tenantmig's restrictive tenant policy bounds it to the "
               "tenant (pgrls verify composes that floor into its proof)")
        return _constant_rules(policy, why)
    return []


def _constant_rules(policy: _Policy, why: str) -> list[Deviation]:
    """The rules a constant predicate trips, for this policy's command and clauses."""
    true_using, true_check = _constant(policy, "true")
    false_using, false_check = _constant(policy, "false")
    rules: list[str] = []
    if true_using and policy.permissive and policy.command in ("ALL", "SELECT"):
        rules.append("SEC038")
    if true_using:
        rules.append("SEC008" if policy.permissive else "SEC031")
    if true_check and policy.command == "ALL":
        rules.append("SEC028")
    if true_check and not true_using and policy.command in ("ALL", "UPDATE"):
        rules.append("SEC020")
    if false_using or false_check:
        rules.append("SEC010")
    if (true_using or false_using or policy.using is None) and (true_check or false_check or policy.check is None):
        rules.append("SEC005")
    return [Deviation(rule, policy.target, why) for rule in rules]


def _triggers(conn: psycopg.Connection, manifest: Manifest) -> list[Deviation]:
    rows = conn.execute(
        """
        SELECT n.nspname || '.' || c.relname || '.' || t.tgname
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_proc f ON f.oid = t.tgfoid
        WHERE NOT t.tgisinternal AND n.nspname = ANY(%s) AND starts_with(t.tgname, %s)
          AND f.pronamespace = 'tenantmig'::regnamespace AND NOT f.prosecdef
        ORDER BY 1
        """,
        (list(manifest.schemas), PREFIX),
    ).fetchall()
    why = ("tenantmig's trigger that fills or follows the tenant key for code that does not write it yet: SECURITY "
           "INVOKER with a pinned search_path, so it reads parents and memberships with the writer's rights and RLS")
    return [Deviation("SEC013", target, why) for (target,) in rows]


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(manifest: Manifest, found: list[Deviation]) -> str:
    """The TOML text: [database] for the migrated schemas, the tenant key as the provers' axis, one allowlist per rule."""
    keys = sorted({spec.column.lower() for spec in manifest.keyed_tables() if spec.column})
    lines = [
        "# pgrls configuration generated by tenantmig (`tenantmig verify --pgrls-config PATH`).",
        "# Each allowlisted finding is a departure tenantmig makes, or keeps, on purpose; its reason is beside it.",
        "# Regenerate after every phase: it lists what the database holds now.",
        "#",
        "# Prove isolation with the tenant context function as the session identity:",
        f"#   pgrls verify --config THIS_FILE --mode cross-tenant --auth-function {CONTEXT_FUNCTION}",
        f"#   pgrls verify --config THIS_FILE --mode write --auth-function {CONTEXT_FUNCTION}",
        "# The tenant policies are proven. A table also read by an admin or reporting role (or by the application's",
        "# own policy) stays UNVERIFIED: those roles cross tenants by design, and pgrls 0.57 does not tell roles apart",
        "# in these modes. tenantmig.pgrls_proof.prove() runs pgrls's prover for each application and service role",
        "# over the policies its sessions evaluate: there each tenant table without an application policy is proven.",
        "",
        "# pgrls reads the schemas to lint and prove from [database] (a `schemas` key under [lint] is ignored).",
        "[database]",
        f"schemas = [{', '.join(_toml_string(s) for s in manifest.schemas)}]",
        "",
        "[lint.rules.SEC021]",
        "# The tenant key is the tenant axis the cross-tenant and write provers check.",
        f"identity_columns = [{', '.join(_toml_string(k) for k in keys)}]",
    ]
    by_rule: dict[str, list[Deviation]] = {}
    for deviation in found:
        by_rule.setdefault(deviation.rule, []).append(deviation)
    for rule in sorted(by_rule):
        lines += ["", f"[lint.rules.{rule}]", "allowlist = ["]
        seen: set[str] = set()
        reason = None
        for deviation in by_rule[rule]:
            if deviation.target in seen:
                continue
            seen.add(deviation.target)
            if deviation.reason != reason:  # one comment heads each run of entries that share it
                reason = deviation.reason
                lines.append(f"    # {reason}")
            lines.append(f"    {_toml_string(deviation.target)},")
        lines.append("]")
    return "\n".join(lines) + "\n"


def generate(conn: psycopg.Connection, manifest: Manifest) -> tuple[str, int]:
    """The configuration's text and how many findings it allowlists."""
    found = deviations(conn, manifest)
    return render(manifest, found), len({(d.rule, d.target) for d in found})
