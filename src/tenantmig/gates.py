"""Gates: each phase's pre- and post-conditions, read from `phases/*.toml`.

A gate file lists named built-in checks (the functions registered here) and extra
SQL checks with an expected value, so a DBA can read and extend a phase's gate
without reading Python. Every check returns the list of what it found wrong, each
item naming the table, role or object and the numbers.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg

from tenantmig import app_hazards, bypass_roles, ledger, naming, parent_cascade, parent_keys, reader, rollout, shown
from tenantmig.catalog import Catalog
from tenantmig.checks import manifest_problems
from tenantmig.db import qualify, quote_ident
from tenantmig.errors import GateFailed, ManifestError, TenantmigError, first_line
from tenantmig.impersonate import acting_as
from tenantmig.manifest import Manifest
from tenantmig.policies import PREFIX
from tenantmig.phases import check_gate_files, phase
from tenantmig.phases import p1_tenant_columns as p1
from tenantmig.phases import p3_not_null as p3
from tenantmig.phases import p4_parallel_policies as p4
from tenantmig.resources import phases_dir


class GateContext:
    """What a gate reads: the connection (autocommit), the manifest, and the catalog.

    The catalog may be given as a function that reads it: it is then read on first use only.
    Many gates (row checks, SQL items) never look at it, and a full read of the catalogue costs
    ~30 ms of server and client time each, paid twice per phase while the application works.
    """

    def __init__(self, conn: psycopg.Connection, manifest: Manifest, catalog: Catalog | Callable[[], Catalog],
                 fire_app_triggers: bool = False):
        self.conn = conn
        self.manifest = manifest
        self._catalog = catalog
        self.fire_app_triggers = fire_app_triggers  # --fire-app-triggers: the DBA let the application's triggers fire

    @property
    def catalog(self) -> Catalog:
        if callable(self._catalog):
            self._catalog = self._catalog()
        return self._catalog


Check = Callable[[GateContext], list[str]]
CHECKS: dict[str, Check] = {}
# The error a failed check is refused with, hence its exit code (DESIGN.md): a check whose failure
# means bad input (the manifest) says so here, not through its name.
FAILURES: dict[str, type[TenantmigError]] = {}


def check(name: str, failure: type[TenantmigError] = GateFailed):
    def register(fn: Check) -> Check:
        CHECKS[name] = fn
        FAILURES[name] = failure
        return fn

    return register


@dataclass(frozen=True)
class GateItem:
    name: str
    why: str = ""
    builtin: str | None = None
    sql: str | None = None
    expect: object = None


@dataclass(frozen=True)
class PhaseGates:
    number: int
    name: str
    items: dict[str, tuple[GateItem, ...]] = field(default_factory=dict)  # "upgrade.pre" -> items

    def get(self, direction: str, when: str) -> tuple[GateItem, ...]:
        return self.items.get(f"{direction}.{when}", ())


@dataclass(frozen=True)
class Outcome:
    item: str
    passed: bool
    findings: tuple[str, ...] = ()
    failure: type[TenantmigError] = GateFailed  # what refusing on it raises (its exit code)
    when: str = "pre"  # a pre-condition, or a post-condition (a phase checks some, e.g. isolation, at both)

    def as_dict(self) -> dict:
        return {"check": self.item, "when": self.when, "passed": self.passed, "findings": list(self.findings)}


def load_gates(number: int) -> PhaseGates:
    # Every header agrees with its phase's contract before any one file is trusted.
    check_gate_files(phases_dir())
    path = phases_dir() / phase(number).gate_file
    doc = tomllib.loads(path.read_text())
    items: dict[str, tuple[GateItem, ...]] = {}
    for direction in ("upgrade", "downgrade"):
        for when in ("pre", "post"):
            found = []
            for i, raw in enumerate(doc.get(direction, {}).get(when, [])):
                where = f"{path.name}: {direction}.{when}[{i}]"
                if "check" in raw:
                    if raw["check"] not in CHECKS:
                        raise ManifestError(f"{where}: unknown check {raw['check']!r} (known: {', '.join(sorted(CHECKS))})")
                    found.append(GateItem(name=raw["check"], why=raw.get("why", ""), builtin=raw["check"]))
                elif "sql" in raw and "expect" in raw:
                    found.append(GateItem(name=raw.get("name", raw["sql"][:60]), why=raw.get("why", ""),
                                          sql=raw["sql"], expect=raw["expect"]))
                else:
                    raise ManifestError(f"{where}: needs `check = NAME`, or `sql` with `expect`")
            items[f"{direction}.{when}"] = tuple(found)
    return PhaseGates(number=doc["phase"]["number"], name=doc["phase"]["name"], items=items)


class RoleRefused(Exception):
    """A statement run as a manifest role failed: what the application would meet, so a finding, not a crash."""

    def __init__(self, role: str, error: psycopg.Error):
        super().__init__(f"{role}: {error}")
        self.role = role
        self.error = error

    def finding(self, table: str) -> str:
        return (f"{shown.table(table)}: a read as {self.role} fails ({first_line(self.error)}); the application, "
                f"connected as {self.role}, fails the same way")


def failures(outcomes: list[Outcome]) -> list[str]:
    """Each finding of the outcomes that did not pass, one line each, as a refusal lists them."""
    return [f"  - {o.item}: {finding}" for o in outcomes if not o.passed for finding in o.findings]


def run_items(gctx: GateContext, items: tuple[GateItem, ...], when: str = "pre") -> list[Outcome]:
    outcomes = []
    for item in items:
        try:
            if item.builtin:
                findings = CHECKS[item.builtin](gctx)
            else:
                found = gctx.conn.execute(item.sql).fetchone()[0]
                findings = [] if found == item.expect else [f"expected {item.expect!r}, found {found!r}"]
        except psycopg.Error as error:
            # A check that cannot run has not passed: a gate failure naming what broke, never a traceback.
            # The checks acting as a role name the table and role themselves (RoleRefused).
            findings = [f"the check could not run: {first_line(error)}"]
        outcomes.append(Outcome(item.name, not findings, tuple(findings),
                                FAILURES.get(item.builtin, GateFailed) if item.builtin else GateFailed, when))
    return outcomes


# -- built-in checks -------------------------------------------------------------

@check("manifest_matches_database", failure=ManifestError)
def _manifest_matches(g: GateContext) -> list[str]:
    # Plans expressions with rolled-back DDL stand-ins: as the login, not as its reader role.
    with reader.as_login(g.conn):
        return manifest_problems(g.manifest, g.catalog, g.conn)


@check("backup_verified")
def _backup_verified(g: GateContext) -> list[str]:
    baseline = ledger.latest_baseline(g.conn)
    if baseline is None:
        return ["no baseline: run `tenantmig advance --phase 0` first"]
    if ledger.latest_verified_backup(g.conn, baseline["taken_at"]) is None:
        return [f"no verified backup recorded since the baseline of {baseline['taken_at']:%Y-%m-%d %H:%M:%S %Z}: "
                "make one with `tenantmig backup` (runbooks/phase-0-backups.md)"]
    return []


@check("baseline_recorded")
def _baseline_recorded(g: GateContext) -> list[str]:
    return [] if ledger.latest_baseline(g.conn) else ["no baseline recorded in tenantmig.baselines"]


@check("baseline_void")
def _baseline_void(g: GateContext) -> list[str]:
    return [] if ledger.latest_baseline(g.conn) is None else ["a baseline is still marked current"]


@check("key_columns_present")
def _key_columns_present(g: GateContext) -> list[str]:
    return [
        f"{shown.table(s.qualified)}: no column {shown.ident(s.column)}"
        for s in g.manifest.keyed_tables()
        if s.column not in g.catalog.get(s.qualified).columns
    ]


@check("key_indexes_valid")
def _key_indexes_valid(g: GateContext) -> list[str]:
    findings = []
    for spec in g.manifest.keyed_tables():
        row = g.conn.execute(
            """
            SELECT bool_or(i.indisvalid AND a.attname = %s), bool_or(NOT i.indisvalid AND c.relname = %s)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
            WHERE i.indrelid = %s::regclass
            """,
            (spec.column, naming.key_index(spec), qualify(spec.qualified)),
        ).fetchone()
        if not row[0]:
            findings.append(f"{shown.table(spec.qualified)}: no valid index leads with {shown.ident(spec.column)}")
        if row[1]:
            findings.append(f"{shown.table(spec.qualified)}: index {shown.ident(naming.key_index(spec))} is INVALID (an interrupted build)")
    return findings


@check("fill_triggers_present")
def _fill_triggers_present(g: GateContext) -> list[str]:
    findings = []
    for spec in g.manifest.backfill_order():
        if spec.pattern != "tenant":
            continue
        found = g.conn.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgrelid = %s::regclass AND tgname = %s AND tgenabled <> 'D'",
            (qualify(spec.qualified), naming.fill_trigger(spec)),
        ).fetchone()[0]
        if not found:
            findings.append(f"{shown.table(spec.qualified)}: fill trigger {shown.ident(naming.fill_trigger(spec))} missing or disabled")
    # Where a child's key follows its parent's by cascade, that is the foreign key and the parent's unique index.
    for link in parent_cascade.links(g.manifest, g.catalog):
        if not parent_cascade.present(g.catalog, link):
            findings.append(f"{shown.table(link.child.qualified)}: the foreign key {shown.ident(link.name)} through which "
                            f"its key follows {shown.table(link.parent.qualified)}'s is missing")
        if not parent_cascade.index_valid(g.catalog, link):
            findings.append(f"{shown.table(link.parent.qualified)}: unique index {shown.ident(link.index)} missing or "
                            "INVALID (an interrupted build)")
    return findings


@check("no_tenantmig_objects")
def _no_tenantmig_objects(g: GateContext) -> list[str]:
    rows = g.conn.execute(
        """
        SELECT 'index ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = ANY(%(schemas)s) AND c.relname LIKE 'tenantmig\\_%%'
        UNION ALL
        SELECT 'constraint ' || conname FROM pg_constraint WHERE conname LIKE 'tenantmig\\_%%'
          AND connamespace = ANY(SELECT oid FROM pg_namespace WHERE nspname = ANY(%(schemas)s))
        UNION ALL
        SELECT 'trigger ' || tgname FROM pg_trigger WHERE tgname LIKE 'tenantmig\\_%%'
        UNION ALL
        SELECT 'function tenantmig.' || p.proname FROM pg_proc p
          WHERE p.pronamespace = 'tenantmig'::regnamespace
        """,
        {"schemas": list(g.manifest.schemas)},
    ).fetchall()
    return [f"left behind: {r[0]}" for r in rows]


@check("no_null_keys")
def _no_null_keys(g: GateContext) -> list[str]:
    findings = []
    for spec in g.manifest.tables_with("tenant"):
        nulls = g.conn.execute(
            f"SELECT count(*) FROM {qualify(spec.qualified)} WHERE {quote_ident(spec.column)} IS NULL"
        ).fetchone()[0]
        if nulls:
            findings.append(f"{shown.table(spec.qualified)}: {nulls} rows with a NULL {shown.ident(spec.column)}")
    return findings


@check("keys_follow_parents")
def _keys_follow_parents(g: GateContext) -> list[str]:
    return parent_keys.drift_findings(g.conn, g.manifest, g.catalog)


@check("keys_not_null")
def _keys_not_null(g: GateContext) -> list[str]:
    return [
        f"{shown.column(s.qualified, s.column)} is still nullable"
        for s in g.manifest.tables_with("tenant")
        if g.catalog.get(s.qualified).columns[s.column].nullable
    ]


@check("keys_nullable")
def _keys_nullable(g: GateContext) -> list[str]:
    before = p3.CONTRACT.snapshot("before").load(g.conn)
    if before:
        targets = set(before["made_not_null"])
    else:
        # Phase 3's own snapshot is gone once it is undone; phase 1's says which keys were nullable then.
        columns = (p1.CONTRACT.snapshot("before").load(g.conn) or {}).get("tables", {})
        targets = {s.qualified for s in g.manifest.tables_with("tenant")
                   if columns.get(s.qualified, {}).get("column_nullable", True)}
    return [
        f"{shown.column(s.qualified, s.column)} is still NOT NULL"
        for s in g.manifest.tables_with("tenant")
        if s.qualified in targets and not g.catalog.get(s.qualified).columns[s.column].nullable
    ]


@check("foreign_keys_validated")
def _foreign_keys_validated(g: GateContext) -> list[str]:
    rows = g.conn.execute(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        "WHERE (conname LIKE 'tenantmig\\_fk\\_%%' OR conname LIKE 'tenantmig\\_pfk\\_%%') AND NOT convalidated"
    ).fetchall()
    return [f"{table}: foreign key {shown.ident(name)} is NOT VALID" for table, name in rows]


def _protected(g: GateContext):
    return g.manifest.protected_tables()


@check("rls_enabled")
def _rls_enabled(g: GateContext) -> list[str]:
    findings = []
    for spec in _protected(g):
        table = g.catalog.get(spec.qualified)
        if not table.rls_enabled:
            findings.append(f"{shown.table(spec.qualified)}: row level security is not enabled")
        if not any(p.name.startswith(PREFIX) for p in table.policies):
            findings.append(f"{shown.table(spec.qualified)}: no tenantmig policy")
    return findings


@check("rls_forced")
def _rls_forced(g: GateContext) -> list[str]:
    return [f"{shown.table(s.qualified)}: FORCE ROW LEVEL SECURITY is off" for s in _protected(g)
            if not g.catalog.get(s.qualified).rls_forced]


@check("no_tenantmig_policies")
def _no_tenantmig_policies(g: GateContext) -> list[str]:
    return [
        f"{shown.table(s.qualified)}: policy {shown.ident(p.name)} left behind"
        for s in _protected(g)
        for p in g.catalog.get(s.qualified).policies
        if p.name.startswith(PREFIX)
    ]


@check("service_roles_without_bypassrls")
def _service_roles(g: GateContext) -> list[str]:
    return ([f"role {r} still has BYPASSRLS" for r in g.manifest.roles.service if g.catalog.roles[r].bypassrls]
            + [bypass_roles.describe(role, tables) for role, tables in bypass_roles.unclassified(g.conn, g.manifest)])


def _as_role(g: GateContext, role: str, tenant: str | None, sql: str, params=None):
    """Run a read as `role` with the tenant context set (or not), inside a transaction rolled back."""
    try:
        with acting_as(g.conn, role, g.manifest, tenant) as conn:
            return conn.execute(sql, params).fetchone()
    except psycopg.Error as error:
        raise RoleRefused(role, error) from error


def _sample_tenants(g: GateContext, spec, limit: int = 2) -> list[str]:
    return [
        str(r[0])
        for r in g.conn.execute(
            f"SELECT DISTINCT {quote_ident(spec.column)} FROM {qualify(spec.qualified)} "
            f"WHERE {quote_ident(spec.column)} IS NOT NULL ORDER BY 1 LIMIT {limit}"
        )
    ]


@check("today_behaviour_kept")
def _today_behaviour_kept(g: GateContext) -> list[str]:
    """With nothing enforced, an application session sees what it saw before phase 4."""
    before = p4.CONTRACT.snapshot("before").load(g.conn) or {"tables": {}}
    switches = set(g.conn.execute("SELECT scope, value FROM tenantmig.rollout").fetchall()) \
        if g.conn.execute("SELECT to_regclass('tenantmig.rollout') IS NOT NULL").fetchone()[0] else set()
    if ("all", "") in switches:
        return []  # everything is enforced on purpose: there is no "today's behaviour" left to keep
    findings = []
    for spec in g.manifest.keyed_tables():
        if before["tables"].get(spec.qualified, {}).get("rls_enabled", True):
            continue  # its own policies decide visibility, as before
        if ("table", spec.qualified) in switches:
            continue
        count = f"SELECT count(*) FROM {qualify(spec.qualified)}"
        for role in g.manifest.roles.app:
            for tenant in [t for t in _sample_tenants(g, spec, 1) if ("tenant", t) not in switches] or [None]:
                # One snapshot for both counts: the application may be inserting while the gate runs.
                try:
                    with g.conn.transaction(force_rollback=True):
                        g.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                        total = g.conn.execute(count).fetchone()[0]
                        seen = _as_role(g, role, tenant, count)[0]
                except RoleRefused as refused:
                    findings.append(refused.finding(spec.qualified))
                    break
                if seen != total:
                    findings.append(f"{shown.table(spec.qualified)}: {role} with tenant {tenant} sees {seen} of {total} rows "
                                    "though enforcement is off")
    return findings


@check("isolation_holds")
def _isolation_holds(g: GateContext) -> list[str]:
    """Each application role sees only its tenant's rows (and global shared rows); without a tenant, none."""
    findings = []
    for spec in g.manifest.keyed_tables():
        table = qualify(spec.qualified)
        key = quote_ident(spec.column)
        shared = spec.pattern == "shared"
        foreign_rows = f"{key} IS DISTINCT FROM %(tenant)s::{g.manifest.key_type}" + (f" AND {key} IS NOT NULL" if shared else "")
        if spec.visible_also:
            # Rows the manifest makes readable on purpose (overrides) are not a leak.
            foreign_rows += f" AND NOT coalesce(({spec.visible_also}), false)"
        for role in g.manifest.roles.filtered:
            try:
                for tenant in _sample_tenants(g, spec):
                    foreign, seen = _as_role(
                        g, role, tenant,
                        f"SELECT count(*) FILTER (WHERE {foreign_rows}), count(*) FROM {table}", {"tenant": tenant},
                    )
                    if foreign:
                        findings.append(f"{shown.table(spec.qualified)}: {role} as tenant {tenant} sees {foreign} rows "
                                        "of other tenants")
                visible = _as_role(g, role, None, f"SELECT count(*) FROM {table} WHERE {key} IS NOT NULL")[0]
            except RoleRefused as refused:
                findings.append(refused.finding(spec.qualified))
                continue
            if visible:
                findings.append(f"{shown.table(spec.qualified)}: {role} without a tenant sees {visible} tenant rows")
    return findings


@check("rollout_switches_absent")
def _rollout_switches_absent(g: GateContext) -> list[str]:
    present = g.conn.execute("SELECT to_regclass('tenantmig.rollout') IS NOT NULL").fetchone()[0]
    return ["tenantmig.rollout still exists"] if present else []


@check("rollout_switches_present")
def _rollout_switches_present(g: GateContext) -> list[str]:
    present = g.conn.execute("SELECT to_regclass('tenantmig.rollout') IS NOT NULL").fetchone()[0]
    return [] if present else ["tenantmig.rollout is missing"]


# -- phase 5's entry: the rollout finished and verified (issue 4) -----------------------------------------------

@check("enforced_everywhere")
def _enforced_everywhere(g: GateContext) -> list[str]:
    if rollout.everything_enforced(g.conn):
        return []
    on = ", ".join(s.describe() for s in rollout.read_switches(g.conn)) or "nothing"
    return [f"enforcement is on for {on}, not for everyone: run `tenantmig rollout enable --all`, then "
            "`tenantmig verify`"]


@check("verified_after_rollout")
def _verified_after_rollout(g: GateContext) -> list[str]:
    return rollout.verification_problems(g.conn, g.manifest.sha256)


@check("app_triggers_not_fired")
def _app_triggers_not_fired(g: GateContext) -> list[str]:
    """The backfill and its rollback update every row: the application's UPDATE triggers must not see that."""
    return app_hazards.refusal(app_hazards.trigger_plans(g.conn, g.manifest, fire=g.fire_app_triggers))
