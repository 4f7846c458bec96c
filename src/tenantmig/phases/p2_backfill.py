"""Phase 2: backfill.

Upgrade: every tenant and shared key filled from its source in batches, parents
first, each batch its own transaction with a checkpoint; rows whose tenant cannot
be derived fail the step with their table and primary keys, or move to quarantine
where the manifest says so.
Downgrade: quarantined rows come back; keys return to their previous values (NULL
for columns phase 1 added, the logged rows only for columns that existed before).
"""

from __future__ import annotations

from tenantmig import app_hazards, backfill, backfill_run, shown
from tenantmig.errors import GateFailed
from tenantmig.manifest import TableSpec
from tenantmig.phases import p1_tenant_columns as p1
from tenantmig.phases.contract import PhaseContract, Removable, Step
from tenantmig.steps import StepContext

NUMBER = 2


def _column_existed(ctx: StepContext, spec: TableSpec) -> bool:
    before = p1.CONTRACT.snapshot("before").load(ctx.raw) or {"tables": {}}
    return before["tables"].get(spec.qualified, {}).get("column_existed", False)


def _children_first(ctx: StepContext) -> list[TableSpec]:
    """Every tenant table (a NULL key there is an orphan, backfill source or not), referencing tables first:
    a quarantined parent must not leave children pointing at it."""
    specs = {s.qualified: s for s in ctx.manifest.tables_with("tenant")}
    ordered: list[TableSpec] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in path or specs[name] in ordered:
            return
        for child, _fk in ctx.catalog.referencing(name):
            if child.qualified in specs and child.qualified != name:
                visit(child.qualified, path + (name,))
        ordered.append(specs[name])

    for name in sorted(specs):
        visit(name, ())
    return ordered


def _quiet_tables(ctx: StepContext) -> set[str]:
    """Tables whose application UPDATE triggers the backfill's sessions keep from firing (replica mode).

    The pre-check refuses what cannot be kept quiet; this repeats it, since the step also runs on its own
    (a resumed run, Alembic directly) and the catalog may have changed since.
    """
    plans = app_hazards.trigger_plans(ctx.raw, ctx.manifest, fire=ctx.runtime.options.fire_app_triggers)
    refused = app_hazards.refusal(plans)
    if refused:
        raise GateFailed("\n".join(refused), hint="Nothing was updated in these tables by this step.")
    for plan in plans:
        if plan.triggers:
            ctx.note("backfill.app_triggers", **plan.as_dict())
    # No cascade reaches a child from these sessions: a parent's key goes from NULL to a key in the
    # backfill (no child references a NULL key), and the rollback clears keys with phase 1's
    # key-following foreign keys off (unfill).
    return {p.table for p in plans if p.action == "skip"}


def fill(ctx: StepContext) -> None:
    m = ctx.manifest
    order = m.backfill_order()
    if ctx.offline:
        _emit_batches(ctx, order)
        return
    catalog = ctx.catalog
    quiet = _quiet_tables(ctx)
    for spec in order:
        progress = backfill_run.fill_table(ctx, spec, log_filled=_column_existed(ctx, spec),
                                           quiet=spec.qualified in quiet)
        ctx.note("backfill.table_done", **progress.as_fields())
        ctx.crash_point(f"after:{spec.name}")

    failures = []
    for spec in _children_first(ctx):
        count, keys = backfill.orphans(ctx.raw, catalog, spec)
        if not count:
            continue
        if spec.orphans == "quarantine":
            moved = backfill.quarantine(ctx.raw, catalog, spec, batch_size=ctx.runtime.options.batch_rows)
            ctx.note("backfill.quarantined", table=spec.qualified, rows=moved)
        else:
            failures.append(f"  - {shown.table(spec.qualified)}: {count} rows, primary keys {keys}"
                            + (" (first 20)" if count > len(keys) else ""))
    if failures:
        raise GateFailed(
            "rows whose tenant cannot be derived (never guessed):\n" + "\n".join(failures),
            hint="Give them a tenant, fix their parents or memberships, or set orphans = \"quarantine\" on the table; "
            "then run `tenantmig advance --phase 2` again (it resumes; filled rows stay filled).",
        )


def _emit_batches(ctx: StepContext, order: list[TableSpec]) -> None:
    """Offline: each table's batch statement as it will run (its key range as parameters)."""
    options = ctx.runtime.options
    size = f"batches of {options.batch_size} rows" if options.batch_size else \
        f"batches sized to take about {options.batch_time_ms:g} ms"
    catalog = ctx.catalog
    for spec in order:
        ctx.emit(f"-- {shown.table(spec.qualified)}: {size}, walked by key in {options.workers} range(s), "
                 f"each batch with its checkpoint; source {spec.backfill.kind}")
        table = catalog.get(spec.qualified)
        if table is None or spec.column not in table.columns:
            ctx.emit(f"-- its batch statement is shown once phase 1 has added {shown.ident(spec.column)}")
            continue
        walk = backfill.walk_for(None, catalog, spec)
        ctx.emit("-- one batch, the key range (%(last)s, %(upper)s]; where an application trigger or rule could "
                 "rewrite a row, the batch also compares its other columns before and after")
        # Phase 1's snapshot, which says whether a key column was the application's own (its filled rows
        # are then logged, for the rollback), is read online only.
        ctx.emit(backfill.Statements(ctx.manifest, catalog, walk, log_filled=False).fill(
            lower=True, upper=True, bounded=False, only_null=False) + ";")


def unfill(ctx: StepContext) -> None:
    m = ctx.manifest
    order = m.backfill_order()
    if ctx.offline:
        ctx.emit("-- quarantined rows restored, parents first; keys set back to NULL in batches")
        return
    for spec in reversed(_children_first(ctx)):
        restored = backfill.restore_quarantined(ctx.raw, spec, guard=not ctx.runtime.options.fire_app_triggers)
        if restored:
            ctx.note("backfill.restored", table=spec.qualified, rows=restored)
    # Phase 1's key-following foreign keys come off while keys go back to NULL: with them in place, an
    # application insert whose fill trigger read its parent's key just before a batch cleared it fails
    # its foreign-key check (23503; bench/chain_under_load.py saw it under load). They go back, NOT
    # VALID, once every key is NULL, as phase 1 left them; a re-run after a crash drops and adds again.
    p1.drop_following_keys(ctx)
    catalog = ctx.catalog
    quiet = _quiet_tables(ctx)
    for spec in reversed(order):
        with app_hazards.quiet(ctx.raw, spec.qualified in quiet):
            cleared = backfill.clear_keys(
                ctx.raw, catalog, spec, batch_size=ctx.runtime.options.batch_rows,
                only_logged=_column_existed(ctx, spec), guard=not ctx.runtime.options.fire_app_triggers,
            )
        ctx.note("backfill.cleared", table=spec.qualified, rows=cleared)
        ctx.crash_point(f"after:{spec.name}")
    p1.add_following_keys(ctx)


# -- the contract -------------------------------------------------------------

def drill_allows(conn, manifest) -> Removable:
    """Undoing phase 2 puts back the keys that were there, and the quarantined rows come back."""
    quarantined = {r[0] for r in conn.execute(
        "SELECT DISTINCT table_name FROM tenantmig.quarantine WHERE restored_at IS NULL")}
    return Removable(unchecked_columns=frozenset((s.qualified, s.column) for s in manifest.keyed_tables()),
                     unchecked_tables=frozenset(quarantined))


CONTRACT = PhaseContract(
    number=NUMBER,
    name="backfill",
    slug="p2_backfill",
    steps=(Step("p2_01_backfill", fill, unfill),),
    gate_hooks=("no_null_keys", "keys_follow_parents", "app_triggers_not_fired"),
    drill_allows=drill_allows,
    plan_shows=("backfill_batches", "app_triggers"),
)
