"""Phase 3: NOT NULL without a long lock.

Upgrade: `CHECK (key IS NOT NULL) NOT VALID` (catalog only), `VALIDATE` (a scan under
SHARE UPDATE EXCLUSIVE: reads and writes continue), `SET NOT NULL` (PostgreSQL uses
the valid check instead of scanning) and the check dropped; then the phase-1
foreign keys validated. Shared tables keep a nullable key (NULL = a global row).
Downgrade: `DROP NOT NULL` where this phase set it; foreign keys back to NOT VALID.
With `tenant_scoped_keys`, a last step rebuilds unique and foreign keys around the now
NOT NULL key: that is `tenantmig.scoped_keys`.
"""

from __future__ import annotations

from dataclasses import replace

from tenantmig import ledger, naming, parent_cascade, partitions
from tenantmig import scoped_keys
from tenantmig.db import qualify
from tenantmig.manifest import TableSpec
from tenantmig.ops import Operation, undo
from tenantmig.ops.tables import AddNotNullCheck, SetNotNull, ValidateConstraint
from tenantmig.phases.contract import PhaseContract, PrivilegeNeeds, Step
from tenantmig.steps import StepContext

NUMBER = 3
SCAN = "SHARE UPDATE EXCLUSIVE for a full scan (reads and writes continue)"


def _targets(ctx: StepContext, upgrade: bool = False) -> list:
    """Tenant tables whose key phase 3 makes NOT NULL (decided once, before the first change)."""
    specs = ctx.manifest.tables_with("tenant")
    if ctx.offline and not upgrade:
        return specs  # which keys this phase made NOT NULL is in its snapshot, which a plan does not read
    if ctx.offline:
        # A plan leaves out what the catalog shows NOT NULL already (a key the schema had, pagila's
        # store_id): the run would find it so and leave it alone. A key phase 1 has yet to add is in.
        catalog = ctx.catalog
        return [s for s in specs if (table := catalog.get(s.qualified)) is None or s.column not in table.columns
                or table.columns[s.column].nullable]
    def observe() -> dict:
        catalog = ctx.catalog
        return {"made_not_null": [s.qualified for s in specs if catalog.get(s.qualified).columns[s.column].nullable]}

    saved = ctx.snapshot(NUMBER, "before", observe)
    return [s for s in specs if s.qualified in saved["made_not_null"]]


def _constraint_exists(ctx: StepContext, spec, name: str) -> bool:
    if ctx.offline:
        return False
    return ctx.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = %s::regclass AND conname = %s)",
        (qualify(spec.qualified), name),
    ).fetchone()[0]


def _check(spec: TableSpec) -> AddNotNullCheck:
    return AddNotNullCheck(spec.qualified, naming.not_null_check(spec), spec.column,
                           what="phase 3's temporary NOT NULL check")


def add_checks(ctx: StepContext) -> None:
    for spec in _targets(ctx, upgrade=True):
        column = ctx.catalog.get(spec.qualified).columns[spec.column] if not ctx.offline else None
        if _constraint_exists(ctx, spec, naming.not_null_check(spec)) or (column is not None and not column.nullable):
            continue
        ctx.apply(_check(spec))


def drop_checks(ctx: StepContext) -> None:
    for spec in _targets(ctx):
        ctx.apply(*undo([_check(spec)]))
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, NUMBER, "before")


def validate_checks(ctx: StepContext) -> None:
    for spec in _targets(ctx, upgrade=True):
        if not ctx.offline and not _constraint_exists(ctx, spec, naming.not_null_check(spec)):
            continue  # already converted to NOT NULL by an earlier, interrupted run of the next step
        ctx.apply(ValidateConstraint(spec.qualified, naming.not_null_check(spec), SCAN))


def unvalidate_checks(ctx: StepContext) -> None:
    # no-op: a validated check is put back to NOT VALID by the downgrade of the next step,
    # which recreates it; PostgreSQL cannot mark a valid constraint NOT VALID in place.
    ctx.note("step.noop", reason="validated checks need no undo of their own")


def _not_null(spec: TableSpec) -> list[Operation]:
    """NOT NULL, proven by the valid check; the check is redundant after that and goes."""
    return [SetNotNull(spec.qualified, spec.column,
                       why_undone="undoes phase 3's own SET NOT NULL, only on the tables its snapshot lists"),
            replace(_check(spec).reverse(), what="phase 3's temporary NOT NULL check, redundant once the column is "
                                                  "NOT NULL")]


def set_not_null(ctx: StepContext) -> None:
    for spec in _targets(ctx, upgrade=True):
        if not ctx.offline and not _constraint_exists(ctx, spec, naming.not_null_check(spec)):
            continue
        ctx.apply(*_not_null(spec))


def drop_not_null(ctx: StepContext) -> None:
    for spec in _targets(ctx):
        # The check comes back NOT VALID, for drop_checks to find; an interrupted earlier run may have put it back.
        present = _constraint_exists(ctx, spec, naming.not_null_check(spec))
        ctx.apply(*(change for change in undo(_not_null(spec))
                    if not (present and isinstance(change, AddNotNullCheck))))


def _our_foreign_keys(ctx: StepContext) -> list:
    # Before PostgreSQL 18 a partitioned table's key is held by each leaf partition (phase 1).
    specs = [holder for spec in ctx.manifest.keyed_tables()
             for holder in partitions.foreign_key_holders(ctx.catalog, spec)]
    found = []
    for spec in specs:
        table = ctx.catalog.get(spec.qualified)
        if table is not None and any(fk.name == naming.key_foreign_key(spec) for fk in table.foreign_keys):
            found.append(spec)
        elif ctx.offline and (table is None or not table.foreign_key_on(spec.column, ctx.manifest.tenants_qualified)):
            # A plan made before phase 1: phase 1 adds ours exactly where no foreign key from the key to
            # the tenants table exists (p1_tenant_columns.add_columns); one that exists is not ours.
            found.append(spec)
    return found


def _our_parent_keys(ctx: StepContext) -> list:
    """(table, leaf partition) holding the `via` foreign key phase 1 added where the leaf's siblings declared one."""
    found = []
    for spec in ctx.manifest.keyed_tables():
        for leaf in partitions.parent_key_gaps(ctx.catalog, spec):
            table = ctx.catalog.get(leaf.qualified)
            if ctx.offline or (table is not None and any(fk.name == naming.parent_key(leaf) for fk in table.foreign_keys)):
                found.append((spec, leaf))
    return found


def validate_foreign_keys(ctx: StepContext) -> None:
    for spec in _our_foreign_keys(ctx):
        ctx.apply(ValidateConstraint(
            spec.qualified, naming.key_foreign_key(spec),
            "SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the tenants table, for a scan"))
    for _spec, leaf in _our_parent_keys(ctx):
        ctx.apply(ValidateConstraint(
            leaf.qualified, naming.parent_key(leaf),
            "SHARE UPDATE EXCLUSIVE on the partition, ROW SHARE on the parent table, for a scan"))
    # Children's keys against their parents' (parent_cascade): once valid, no child can name another tenant.
    for link in parent_cascade.links(ctx.manifest, ctx.catalog):
        if ctx.offline or parent_cascade.present(ctx.catalog, link):
            ctx.apply(link.validate())


def unvalidate_foreign_keys(ctx: StepContext) -> None:
    # Each back to NOT VALID, exactly as phase 1 added it: dropped and added again in one transaction, no scan.
    m = ctx.manifest
    for link in parent_cascade.links(m, ctx.catalog):
        if ctx.offline or parent_cascade.validated(ctx.catalog, link):
            ctx.apply(*link.add().recreated())
    for spec in _our_foreign_keys(ctx):
        ctx.apply(*partitions.key_to_tenants(m, spec).recreated())
    for spec, leaf in _our_parent_keys(ctx):
        ctx.apply(*partitions.key_to_parent(ctx.catalog, spec, leaf).recreated())


# -- the contract -------------------------------------------------------------

CONTRACT = PhaseContract(
    number=NUMBER,
    name="NOT NULL",
    slug="p3_not_null",
    steps=(
        Step("p3_01_check_not_valid", add_checks, drop_checks),
        Step("p3_02_validate_checks", validate_checks, unvalidate_checks),
        Step("p3_03_set_not_null", set_not_null, drop_not_null),
        Step("p3_04_validate_fks", validate_foreign_keys, unvalidate_foreign_keys),
        # Its last step, once every key is NOT NULL: unique and foreign keys rebuilt to lead with
        # the tenant key (manifest `tenant_scoped_keys`); the code is in scoped_keys.py.
        Step("p3_05_tenant_scoped_keys", scoped_keys.scope_keys, scoped_keys.restore_keys),
    ),
    gate_hooks=("no_null_keys", "keys_follow_parents", "keys_not_null", "foreign_keys_validated", "keys_nullable"),
    privileges=PrivilegeNeeds(create_in_key_schemas=True),
    snapshots=("before", scoped_keys.SNAPSHOT),
)
