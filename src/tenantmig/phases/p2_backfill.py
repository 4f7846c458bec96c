"""Phase 2: backfill.

Upgrade: every tenant and shared key filled from its source in batches, parents
first, each batch its own transaction with a checkpoint; rows whose tenant cannot
be derived fail the step with their table and primary keys, or move to quarantine
where the manifest says so.
Downgrade: quarantined rows come back; keys return to their previous values (NULL
for columns phase 1 added, the logged rows only for columns that existed before).
"""

from __future__ import annotations

from tenantmig import backfill, ledger
from tenantmig.errors import GateFailed
from tenantmig.manifest import TableSpec
from tenantmig.steps import StepContext

NUMBER = 2


def _column_existed(ctx: StepContext, spec: TableSpec) -> bool:
    before = ledger.load_snapshot(ctx.raw, 1, "before") or {"tables": {}}
    return before["tables"].get(spec.qualified, {}).get("column_existed", False)


def fill(ctx: StepContext) -> None:
    m = ctx.manifest
    order = m.backfill_order()
    if ctx.offline:
        for spec in order:
            walk = backfill.Walk(spec, ("<primary key>",), ("<type>",))
            ctx.emit(f"-- {spec.qualified}: batches of {ctx.runtime.options.batch_size} rows by primary key, "
                     f"each with its checkpoint; source {spec.backfill.kind}")
            ctx.emit(f"-- SELECT ... FROM {walk.table} WHERE (pk) > (last checkpoint) ORDER BY pk LIMIT n")
        return
    catalog = ctx.catalog
    for spec in order:
        def report(progress, seen, spec=spec):
            if progress.batches % 50 == 0 or seen == 0:
                ctx.note("backfill.progress", table=spec.qualified, rows=progress.rows_filled,
                         batches=progress.batches, done=seen == 0)

        progress = backfill.fill_table(
            ctx.raw, m, catalog, spec,
            batch_size=ctx.runtime.options.batch_size,
            log_filled=_column_existed(ctx, spec),
            on_batch=report,
        )
        ctx.note("backfill.table_done", table=spec.qualified, rows=progress.rows_filled, batches=progress.batches,
                 seconds=round(progress.seconds, 3), longest_batch_s=round(progress.longest_batch_s, 4))
        ctx.crash_point(f"after:{spec.name}")

    failures = []
    # Children before parents: a quarantined parent must not leave children pointing at it.
    for spec in reversed([s for s in order if s.pattern == "tenant"]):
        count, shown = backfill.orphans(ctx.raw, catalog, spec)
        if not count:
            continue
        if spec.orphans == "quarantine":
            moved = backfill.quarantine(ctx.raw, catalog, spec, batch_size=ctx.runtime.options.batch_size)
            ctx.note("backfill.quarantined", table=spec.qualified, rows=moved)
        else:
            failures.append(f"  - {spec.qualified}: {count} rows, primary keys {shown}"
                            + (" (first 20)" if count > len(shown) else ""))
    if failures:
        raise GateFailed(
            "rows whose tenant cannot be derived (never guessed):\n" + "\n".join(failures),
            hint="Give them a tenant, fix their parents or memberships, or set orphans = \"quarantine\" on the table; "
            "then run `tenantmig advance --phase 2` again (it resumes; filled rows stay filled).",
        )


def unfill(ctx: StepContext) -> None:
    m = ctx.manifest
    order = m.backfill_order()
    if ctx.offline:
        ctx.emit("-- quarantined rows restored, parents first; keys set back to NULL in batches")
        return
    for spec in order:
        restored = backfill.restore_quarantined(ctx.raw, spec)
        if restored:
            ctx.note("backfill.restored", table=spec.qualified, rows=restored)
    catalog = ctx.catalog
    for spec in reversed(order):
        cleared = backfill.clear_keys(
            ctx.raw, catalog, spec, batch_size=ctx.runtime.options.batch_size,
            only_logged=_column_existed(ctx, spec),
        )
        ctx.note("backfill.cleared", table=spec.qualified, rows=cleared)
        ctx.crash_point(f"after:{spec.name}")
