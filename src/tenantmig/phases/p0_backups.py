"""Phase 0: a verified backup, and the baseline every later gate compares with.

Upgrade: row counts and content checksums of every table of the migrated schemas,
then the backup (pg_dump checked by pg_restore --list, the site's own command, or a
given dump), recorded together so that the backup is never older than the baseline.
Downgrade: the baseline is marked void; backup files are kept.
"""

from __future__ import annotations

from psycopg.types.json import Jsonb

from tenantmig import backups
from tenantmig.counts import content_checksum, row_counts, table_columns
from tenantmig.phases.contract import PhaseContract, PrivilegeNeeds, Step
from tenantmig.steps import StepContext

NUMBER = 0


def take_baseline(ctx: StepContext) -> None:
    tables = sorted(t.qualified for t in ctx.catalog.in_schemas(ctx.manifest.schemas))
    if ctx.offline:
        ctx.emit("-- pg_dump --format=custom, verified with pg_restore --list (outside SQL)")
        ctx.emit("-- baseline: row counts and content checksums of " + ", ".join(tables))
        return
    options = ctx.runtime.options
    # A missing pg_dump, a file that is no dump or contradictory options stop here, before any write.
    prepared = backups.prepare(ctx.raw, options.backup_request())
    columns = {t: table_columns(ctx.raw, t) for t in tables}
    counts = row_counts(ctx.raw, tables)
    checksums = {t: content_checksum(ctx.raw, t, columns[t]) for t in tables}
    backup = backups.take(ctx.raw, options.database_url, prepared)
    with ctx.raw.transaction():
        ctx.execute(
            "INSERT INTO tenantmig.baselines (counts, checksums, columns) VALUES (%s, %s, %s)",
            (Jsonb(counts), Jsonb(checksums), Jsonb(columns)),
        )
        backups.record(ctx.raw, backup)
    ctx.note("baseline.recorded", tables=len(tables), rows=sum(counts.values()))
    ctx.note("backup.verified", **backup.as_dict())


def void_baseline(ctx: StepContext) -> None:
    if ctx.offline:
        ctx.emit("UPDATE tenantmig.baselines SET void = true WHERE NOT void")
        return
    voided = ctx.execute("UPDATE tenantmig.baselines SET void = true WHERE NOT void").rowcount
    ctx.note("baseline.void", baselines=voided)


CONTRACT = PhaseContract(
    number=NUMBER,
    name="backups",
    slug="p0_backups",
    steps=(Step("p0_01_baseline", take_baseline, void_baseline),),
    gate_hooks=("baseline_recorded", "baseline_void"),
    privileges=PrivilegeNeeds(create_in_database=True),
)
