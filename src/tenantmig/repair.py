"""`tenantmig repair partitions`: a partition attached or created after the phases ran gets what its
siblings have.

Rows written into such a partition are read through the parent, but the partition misses what the
phases gave its siblings one by one: before PostgreSQL 18 the tenant foreign key (phase 1, validated
by phase 3) and the `via` foreign key its siblings declare (phase 1, partitions.parent_key_gaps);
from phase 4, row level security and the tenant policies (a partition read directly skips its
parent's), FORCE from phase 5. `verify` names each such partition; this finds the same gaps,
shows the statements, and runs them the way the phases do: each unit under lock_timeout with
retries, foreign keys NOT VALID first and validated in a unit of their own (a scan that blocks no
writer). Policies are the phase's own shape (policies.policies_for), and the partition is entered
into the phase 4 and 5 snapshots as it was before, so rolling those phases back undoes this too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import psycopg
import structlog

from tenantmig import catalog as catalog_mod
from tenantmig import chain, ledger, naming, partitions, shown
from tenantmig import manifest as manifest_mod
from tenantmig import recorded as recorded_mod
from tenantmig.catalog import Catalog, Table
from tenantmig.db import LockPolicy, RunLock, Statement, connect, create_engine, run_unit
from tenantmig.errors import StateError, TenantmigError
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.options import Settings
from tenantmig.ops.access import EnableRowSecurity, ForceRowSecurity
from tenantmig.ops.tables import AddForeignKey, ValidateConstraint
from tenantmig.phases import p1_tenant_columns as p1
from tenantmig.phases import p3_not_null as p3
from tenantmig.phases import p4_parallel_policies as p4
from tenantmig.phases import p5_policy_swap as p5
from tenantmig.policies import PREFIX
from tenantmig.policy_install import policy_statements

log = structlog.get_logger("tenantmig.repair")

SCAN = "SHARE UPDATE EXCLUSIVE on the partition, ROW SHARE on the referenced table, for a scan"
# The phases whose work a partition can lack: key columns, validated keys, policies, forced RLS.
KEY_PHASE, VALIDATE_PHASE = p1.CONTRACT.number, p3.CONTRACT.number
POLICY_PHASE, FORCE_PHASE = p4.CONTRACT.number, p5.CONTRACT.number


@dataclass
class Repair:
    """One partition's gap: what it lacks, and the units (each one transaction) that give it."""

    table: str  # the partition, qualified
    parent: str  # the manifest's partitioned table, qualified
    what: str
    units: list[list[Statement]] = field(default_factory=list)
    # Entries for the phase 4/5 snapshots: the partition as it was, for their rollbacks.
    snapshot: dict | None = None

    def as_dict(self) -> dict:
        return {"table": self.table, "parent": self.parent, "what": self.what,
                "statements": [s.sql for unit in self.units for s in unit]}

    def describe(self) -> str:
        return f"{shown.table(self.table)} (partition of {shown.table(self.parent)}): {self.what}"


def needed(catalog: Catalog, manifest: Manifest, phase: int) -> list[Repair]:
    """Every gap of every partition of the manifest's partitioned tables at `phase` (fully applied)."""
    found: list[Repair] = []
    if phase < KEY_PHASE:
        return found
    for spec in manifest.keyed_tables():
        found += _tenant_keys(catalog, manifest, spec, phase)
        found += _parent_keys(catalog, spec, phase)
    if phase >= POLICY_PHASE:
        for spec in manifest.protected_tables():
            found += _policies(catalog, manifest, spec, phase)
    return found


def _leaf(spec: TableSpec, table: Table) -> TableSpec:
    return replace(spec, schema=table.schema, name=table.name, drop_policies=())


def _key_repair(table: Table, spec: TableSpec, key: AddForeignKey, what: str, phase: int) -> list[Repair]:
    """The phase 1 key (ADD ... NOT VALID) where it is missing, then VALIDATE once phase 3 validated its siblings'."""
    existing = next((fk for fk in table.foreign_keys if fk.name == key.name), None)
    units = []
    if existing is None:
        units.append(list(key.statements()))
    if phase >= VALIDATE_PHASE and (existing is None or not existing.validated):
        units.append(list(ValidateConstraint(table.qualified, key.name, SCAN).statements()))
    what = f"the foreign key from {shown.ident(key.columns[0])} to {shown.table(key.ref_table)} {what}"
    return [Repair(table.qualified, spec.qualified, what, units)] if units else []


def _tenant_keys(catalog: Catalog, m: Manifest, spec: TableSpec, phase: int) -> list[Repair]:
    holders = partitions.foreign_key_holders(catalog, spec)
    if holders == [spec]:
        return []  # held by the table itself (PostgreSQL 18, or not partitioned): a new partition inherits it
    leaves = [catalog.get(h.qualified) for h in holders]
    ours = [leaf for leaf in leaves if any(fk.name == naming.key_foreign_key(_leaf(spec, leaf))
                                           for fk in leaf.foreign_keys)]
    if not ours:
        return []  # phase 1 added none here (the key existed before it): nothing its siblings have
    out = []
    for leaf in leaves:
        name = naming.key_foreign_key(_leaf(spec, leaf))
        other = leaf.foreign_key_on(spec.column, m.tenants_qualified)
        if other is not None and other.name != name:
            continue  # a key of its own to the tenants table
        out += _key_repair(leaf, spec, partitions.key_to_tenants(m, _leaf(spec, leaf)), "its siblings have", phase)
    return out


def _parent_keys(catalog: Catalog, spec: TableSpec, phase: int) -> list[Repair]:
    gaps = partitions.parent_key_gaps(catalog, spec)
    if not gaps:
        return []
    return [repair for gap in gaps
            for repair in _key_repair(catalog.get(gap.qualified), spec, partitions.key_to_parent(catalog, spec, gap),
                                      "its siblings declare", phase)]


def _policies(catalog: Catalog, m: Manifest, spec: TableSpec, phase: int) -> list[Repair]:
    strict = phase >= FORCE_PHASE
    out = []
    for table in catalog.partitions(spec.qualified):
        ours = [p.name for p in table.policies if p.name.startswith(PREFIX)]
        if table.rls_enabled and ours and (table.rls_forced or not strict):
            continue
        part = _leaf(spec, table)
        own = tuple(p for p in table.policies if not p.name.startswith(PREFIX))
        unit = policy_statements(m, catalog, part, strict=strict, had_rls=table.rls_enabled, existing=own,
                                 ours_now=ours)
        unit.extend(EnableRowSecurity(part.qualified).statements())
        if strict:
            unit.extend(ForceRowSecurity(part.qualified).statements())
        what = "row level security" + (", FORCE" if strict else "") + " and the tenant policies its siblings have"
        out.append(Repair(table.qualified, spec.qualified, what, [unit], snapshot={
            "rls_enabled": table.rls_enabled, "rls_forced": table.rls_forced,
            "policies": [p.as_dict() for p in own]}))
    return out


def apply(conn: psycopg.Connection, repairs: list[Repair], policy: LockPolicy) -> None:
    """Each repair's units in order, each one transaction under lock_timeout (db.run_unit).

    A partition's state before its policies is entered into the phase 4 and 5 snapshots first (only
    where absent: a repair run again must not overwrite what it found the first time), so a rollback
    of either phase restores it as it restores the siblings.
    """
    for repair in repairs:
        if repair.snapshot is not None:
            _remember(conn, repair)
        for unit in repair.units:
            run_unit(conn, unit, policy)


def _remember(conn: psycopg.Connection, repair: Repair) -> None:
    policies, forced = p4.CONTRACT.snapshot("before"), p5.CONTRACT.snapshot("before")
    four = policies.load(conn)
    if four is not None and repair.table not in four.setdefault("tables", {}):
        four["tables"][repair.table] = repair.snapshot
        policies.amend(conn, four)
    five = forced.load(conn)
    if five is not None and repair.table not in five.setdefault("forced", {}):
        five["forced"][repair.table] = repair.snapshot["rls_forced"]
        five.setdefault("superseded", {})[repair.table] = []
        forced.amend(conn, five)


# -- the verb: `tenantmig repair partitions` ----------------------------------------------

@dataclass
class RepairResult:
    database: str
    phase: int | None
    manifest: str  # which manifest the repairs follow: the one recorded for the phase, or the file
    repairs: list[Repair]
    applied: bool

    def as_dict(self) -> dict:
        return {"database": self.database, "phase": self.phase, "manifest": self.manifest, "applied": self.applied,
                "repairs": [r.as_dict() for r in self.repairs]}


def run(settings: Settings, *, dry_run: bool) -> RepairResult:
    """Give each partition attached or created after the phases what its siblings have (repair.py).

    Follows the manifest recorded for the current phase (what the phases applied), else the file.
    A dry run changes nothing and takes no lock; the real run takes the run lock and records itself.
    """
    url = settings.url()
    with (connect(url, "repair partitions --dry-run") if dry_run else RunLock(url, "repair partitions")) as conn:
        state = chain.read_state(conn)
        if state.partial_phase is not None:
            raise StateError(f"phase {state.partial_phase.number} ({state.partial_phase.name}) is part-way: "
                             "a partition gets what its siblings have once the phase is finished",
                             hint=f"Run tenantmig advance --phase {state.partial_phase.number} (it resumes), "
                                  "or roll it back, then repair.")
        phase = state.current_phase
        manifest = manifest_mod.load(settings.manifest_path)
        if phase is not None and conn.execute("SELECT to_regclass(%s) IS NOT NULL",
                                              (recorded_mod.TABLE,)).fetchone()[0]:
            manifest = (recorded_mod.latest(conn, below=phase + 1) or (None, manifest))[1]
        with create_engine(url, "repair partitions").connect() as sa_conn:
            cat = catalog_mod.read(sa_conn, tuple(manifest.schemas) + (manifest.tenants_schema,))
        found = needed(cat, manifest, -1 if phase is None else phase)
        result = RepairResult(conn.info.dbname, phase, manifest.path or "tenancy.toml", found, False)
        if dry_run or not found:
            return result
        book = ledger.Ledger(conn, "repair partitions", manifest.sha256)
        try:
            apply(conn, found, settings.lock_policy)
        except TenantmigError as exc:
            book.record("repair.partitions", "failed", phase=phase, detail={"error": exc.message,
                                                                          "repairs": result.as_dict()["repairs"]})
            raise
        book.record("repair.partitions", "ok", phase=phase, detail={"repairs": result.as_dict()["repairs"]})
        log.info("repair.partitions.done", repairs=len(found), phase=phase)
        result.applied = True
        return result
