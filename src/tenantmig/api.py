"""One function per CLI verb. Each returns a result object and never prints or exits.

The CLI parses options, calls one function here and renders what it returns; the
tests call these functions directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import structlog

from tenantmig import catalog as catalog_mod
from tenantmig import backups, enforcement, gates, ledger, presence, privileges, reader, runner
from tenantmig import drill as drill_mod
from tenantmig import plan as plan_mod
from tenantmig import manifest as manifest_mod
from tenantmig import proposal as proposal_mod
from tenantmig.counts import legacy_tenant_rows
from tenantmig.db import LockPolicy, RunLock, connect, create_engine
from tenantmig.errors import GateFailed, ManifestError, StateError, TenantmigError, UsageError
from tenantmig.examples import EXAMPLES
from tenantmig.phases import PHASES, Phase, phase
from tenantmig.steps import RunOptions, Runtime

log = structlog.get_logger("tenantmig.api")


@dataclass
class Settings:
    database_url: str | None
    manifest_path: str = "tenancy.toml"
    lock_policy: LockPolicy = field(default_factory=LockPolicy)
    options: RunOptions = field(default_factory=RunOptions)

    def url(self) -> str:
        if not self.database_url:
            raise UsageError("no database given: pass --database-url or set TENANTMIG_DATABASE_URL")
        return self.database_url


@dataclass(frozen=True)
class PlannedMove:
    """What a phase command is about to do, shown before the confirmation."""

    phase: Phase
    direction: str  # "upgrade" | "downgrade"
    revisions: tuple[str, ...]
    where: str  # the chain state in words


Confirm = Callable[[PlannedMove], bool]


@dataclass
class PhaseResult:
    phase: int
    name: str
    direction: str
    outcome: str  # "applied", "rolled back", "already applied", "not applied", "declined"
    state_before: str
    state_after: str
    gates: list[gates.Outcome] = field(default_factory=list)
    counts_before: dict[str, int] = field(default_factory=dict)
    counts_after: dict[str, int] = field(default_factory=dict)
    new_rows: dict[str, int] = field(default_factory=dict)  # written during the phase by other sessions
    events: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    privileges: dict = field(default_factory=dict)  # the pre-flight (privileges.Preflight.as_dict)

    def as_dict(self) -> dict:
        return {
            "phase": self.phase, "name": self.name, "direction": self.direction, "outcome": self.outcome,
            "state_before": self.state_before, "state_after": self.state_after,
            "gates": [g.as_dict() for g in self.gates], "counts_before": self.counts_before,
            "counts_after": self.counts_after, "new_rows": self.new_rows, "events": self.events,
            "seconds": round(self.seconds, 3), "privileges": self.privileges,
        }


def _tables(conn: psycopg.Connection, manifest: manifest_mod.Manifest) -> list[str]:
    rows = conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%s)",
        (list(manifest.schemas),),
    ).fetchall()
    return [r[0] for r in rows]


def _gate_context(engine, conn: psycopg.Connection, manifest: manifest_mod.Manifest) -> gates.GateContext:
    with engine.connect() as sa_conn:
        cat = catalog_mod.read(sa_conn, tuple(manifest.schemas) + (manifest.tenants_schema,))
    return gates.GateContext(conn=conn, manifest=manifest, catalog=cat)


def _all_tables(conn: psycopg.Connection, manifest: manifest_mod.Manifest) -> list[str]:
    """The migrated schemas' tables and the tenants table's schema: everything a gate may count."""
    rows = conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%s)",
        (sorted(set(manifest.schemas) | {manifest.tenants_schema}),),
    ).fetchall()
    return [r[0] for r in rows]


def _every_row(conn: psycopg.Connection, manifest: manifest_mod.Manifest, what: str):
    return reader.seeing_every_row(conn, _all_tables(conn, manifest), what)


def _failures(outcomes: list[gates.Outcome]) -> list[str]:
    return [f"  - {o.item}: {finding}" for o in outcomes if not o.passed for finding in o.findings]


def advance(settings: Settings, number: int, confirm: Confirm | None = None) -> PhaseResult:
    return _run_phase(settings, number, "upgrade", confirm)


def rollback(settings: Settings, number: int, confirm: Confirm | None = None) -> PhaseResult:
    return _run_phase(settings, number, "downgrade", confirm)


def _run_phase(settings: Settings, number: int, direction: str, confirm: Confirm | None) -> PhaseResult:
    try:
        target_phase = phase(number)
    except KeyError:
        raise UsageError(f"there is no phase {number}: phases are 0 to {PHASES[-1].number}") from None
    manifest = manifest_mod.load(settings.manifest_path)
    url = settings.url()
    verb = "advance" if direction == "upgrade" else "rollback"
    engine = create_engine(url, f"{verb} --phase {number}")
    started = time.monotonic()
    with RunLock(url, f"{verb} --phase {number}") as conn:
        ledger.bootstrap(conn)
        book = ledger.Ledger(conn, f"{verb} --phase {number}", manifest.sha256)
        for lost in ledger.record_interrupted(book):
            log.warning("phase.interrupted_earlier", run_id=lost["run_id"], command=lost["command"])
        state = runner.read_state(conn)
        result = PhaseResult(number, target_phase.name, direction, "", state.describe(), state.describe())
        revisions = _revisions_to_run(state, target_phase, direction)
        gate_file = gates.load_gates(number)
        if not revisions:
            result.outcome = "already applied" if direction == "upgrade" else "not applied"
            if direction == "upgrade":
                # Re-verify: a phase whose post-check failed earlier must not now pass as "done".
                with _every_row(conn, manifest, f"phase {number}'s post-conditions"):
                    post = gates.run_items(_gate_context(engine, conn, manifest), gate_file.get(direction, "post"))
                result.gates.extend(post)
                problems = _failures(post)
                if problems:
                    raise GateFailed(
                        f"phase {number} is applied but its post-conditions do not hold:\n" + "\n".join(problems),
                        hint=f"See the runbook for phase {number}; to undo it: tenantmig rollback --phase {number}",
                    )
            return result
        # Before the first change: a phase never stops half-way for a privilege it could have checked.
        preflight = privileges.preflight(conn, manifest, _all_tables(conn, manifest), number=number,
                                         direction=direction, url=url,
                                         acknowledged=settings.options.roles_shared_ok)
        result.privileges = preflight.as_dict()
        privileges.enforce(conn, preflight, number, direction)
        if confirm is not None and not confirm(PlannedMove(target_phase, direction, revisions, state.describe())):
            result.outcome = "declined"
            return result
        installed = reader.install(conn, _all_tables(conn, manifest), set(manifest.schemas) | {manifest.tenants_schema},
                                   settings.lock_policy)
        if installed:
            book.record("reader.install", "ok", phase=number, direction=direction, detail={"statements": installed})
            log.info("reader.installed", role=reader.role_of(conn), statements=len(installed))
        runtime = Runtime(manifest=manifest, lock_policy=settings.lock_policy,
                          options=dataclasses.replace(settings.options, database_url=url))

        with _every_row(conn, manifest, f"phase {number}'s pre-conditions"):
            pre = gates.run_items(_gate_context(engine, conn, manifest), gate_file.get(direction, "pre"))
        result.gates.extend(pre)
        problems = _failures(pre)
        if problems:
            book.record("gate.pre", "failed", phase=number, direction=direction, detail=problems)
            log.error("phase.precheck.failed", phase=number, direction=direction, problems=len(problems))
            # The manifest disagreeing with the database is bad input (exit 2), not a failed gate.
            failure = ManifestError if any(o.item == "manifest_matches_database" and not o.passed for o in pre) \
                else GateFailed
            raise failure(
                f"phase {number} ({target_phase.name}) {direction}: pre-conditions failed, nothing was changed:\n"
                + "\n".join(problems),
                hint="Fix the manifest (or the database) and run the same command again.",
            )
        since = conn.execute("SELECT clock_timestamp()").fetchone()[0]
        with _every_row(conn, manifest, "the row count before the phase"):
            result.counts_before = presence.record(conn, book.run_id, _tables(conn, manifest))
        legacy_before = legacy_tenant_rows(conn, manifest)
        book.record("phase.start", "running", phase=number, direction=direction, counts_before=result.counts_before,
                    detail={"revisions": list(revisions)})
        log.info("phase.start", phase=number, name=target_phase.name, direction=direction, steps=len(revisions))
        try:
            runner.move(engine, runtime, target=revisions[-1] if direction == "upgrade"
                        else runner.target_below(target_phase), upgrade=direction == "upgrade")
        except Exception as exc:  # recorded whatever it was; the CLI decides how to show it
            _record_step_failure(book, conn, number, direction, exc)
            raise
        finally:
            result.events = runtime.events
            engine.dispose()
        after_state = runner.read_state(conn)
        result.state_after = after_state.describe()
        # The legacy tenant's row is the one row a phase adds (phase 1) or removes (its downgrade) on purpose.
        legacy_after = legacy_tenant_rows(conn, manifest)
        removed, added = {}, {}
        if legacy_before and not legacy_after:
            removed[manifest.tenants_qualified] = [conn.execute(
                f"SELECT jsonb_build_array({manifest.literal(manifest.legacy_tenant)})").fetchone()[0]]
        if legacy_after > legacy_before:
            added[manifest.tenants_qualified] = legacy_after - legacy_before
        with _every_row(conn, manifest, "the row count after the phase"):
            verdict = presence.check(conn, book.run_id, result.counts_before, _tables(conn, manifest), since,
                                     removed, added)
            presence.clear(conn, book.run_id)
        result.counts_after, result.new_rows = verdict.counts_after, verdict.new_rows
        if verdict.new_rows:
            log.info("phase.rows_written_meanwhile", phase=number, direction=direction, tables=verdict.new_rows)
        with _every_row(conn, manifest, f"phase {number}'s post-conditions"):
            post = gates.run_items(_gate_context(engine, conn, manifest), gate_file.get(direction, "post"))
        result.gates.extend(post)
        problems = verdict.problems + _failures(post)
        result.seconds = time.monotonic() - started
        if problems:
            book.record("gate.post", "failed", phase=number, direction=direction,
                        counts_before=result.counts_before, counts_after=result.counts_after, detail=problems)
            log.error("phase.postcheck.failed", phase=number, direction=direction, problems=len(problems))
            undo = (f"tenantmig rollback --phase {number}" if direction == "upgrade"
                    else f"tenantmig advance --phase {number}")
            raise GateFailed(
                f"phase {number} ({target_phase.name}) {direction}: post-conditions failed; the database is "
                f"{result.state_after}:\n" + "\n".join(problems),
                hint=f"Investigate with the runbook for phase {number}; to return to the state before: {undo}",
            )
        book.record("phase.done", "ok", phase=number, direction=direction, counts_before=result.counts_before,
                    counts_after=result.counts_after,
                    detail={"seconds": round(result.seconds, 3), "moved": verdict.moved, "new_rows": verdict.new_rows})
        log.info("phase.done", phase=number, direction=direction, duration_ms=round(result.seconds * 1000))
        if number == privileges.ATTRIBUTE_PHASE and direction == "downgrade":
            privileges.forget_handoffs(conn)
        result.outcome = "applied" if direction == "upgrade" else "rolled back"
        return result


def _record_step_failure(book: ledger.Ledger, conn, number: int, direction: str, exc: BaseException) -> None:
    state = runner.read_state(conn)
    book.record("phase.step", "failed", phase=number, direction=direction,
                detail={"error": str(exc), "type": type(exc).__name__, "state": state.describe()})
    log.error("phase.step.failed", phase=number, direction=direction, error=str(exc), state=state.describe())


def _revisions_to_run(state: runner.ChainState, target: Phase, direction: str) -> tuple[str, ...]:
    """The revisions this command runs, or () if there is nothing to do; a StateError if out of order."""
    partial = state.partial_phase
    current = state.current_phase
    where = state.describe()
    if direction == "upgrade":
        if partial is not None:
            if partial.number != target.number:
                raise StateError(
                    f"the database is {where}",
                    hint=f"Finish it with `tenantmig advance --phase {partial.number}` "
                    f"or undo it with `tenantmig rollback --phase {partial.number}`.",
                )
            done = partial.revisions.index(state.revision) + 1
            return partial.revisions[done:]
        if current is not None and current >= target.number:
            if current == target.number:
                return ()
            raise StateError(f"the database is {where}, past phase {target.number}",
                             hint=f"To go back, roll back one phase at a time from phase {current}.")
        expected = -1 if current is None else current
        if target.number != expected + 1:
            raise StateError(
                f"cannot advance to phase {target.number}: the database is {where}",
                hint=f"Phases run in order: next is `tenantmig advance --phase {expected + 1}`.",
            )
        return target.revisions
    # downgrade
    if partial is not None:
        if partial.number != target.number:
            raise StateError(f"the database is {where}",
                             hint=f"Roll that phase back first: `tenantmig rollback --phase {partial.number}`.")
        done = partial.revisions.index(state.revision) + 1
        return tuple(reversed(partial.revisions[:done]))
    if current is None or current < target.number:
        return ()
    if current != target.number:
        raise StateError(f"cannot roll back phase {target.number}: the database is {where}",
                         hint=f"Roll back from the top: `tenantmig rollback --phase {current}` first.")
    return tuple(reversed(target.revisions))


@dataclass
class StatusResult:
    database: str
    revision: str | None
    current_phase: int | None
    where: str
    phases: list[dict]
    ledger: list[dict]
    last_backup: dict | None
    last_drill: dict[int, dict] = field(default_factory=dict)  # phase -> its newest drill

    def as_dict(self) -> dict:
        return {
            "database": self.database, "revision": self.revision, "current_phase": self.current_phase,
            "where": self.where, "phases": self.phases, "ledger": self.ledger, "last_backup": self.last_backup,
            "last_drill": self.last_drill,
        }


def status(settings: Settings, *, entries: int = 10) -> StatusResult:
    with connect(settings.url(), "status") as conn:
        state = runner.read_state(conn)
        has_ledger = ledger.schema_exists(conn)
        recent = ledger.recent_entries(conn, entries) if has_ledger else []
        backup = ledger.latest_backup(conn) if has_ledger else None
        phases = [
            {"number": p.number, "name": p.name, "state": state.phase_state(p), "revisions": list(p.revisions)}
            for p in PHASES
        ]
        return StatusResult(
            database=conn.info.dbname,
            revision=state.revision,
            current_phase=state.current_phase,
            where=state.describe(),
            phases=phases,
            ledger=[{k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in e.items()} for e in recent],
            last_backup=None if backup is None else {
                "path": backup["path"], "sha256": backup["sha256"], "verified": backup["verified"],
                "bytes": backup["bytes"], "taken_at": backup["taken_at"].isoformat(), "method": backup["method"],
            },
            last_drill=_last_drills(conn) if has_ledger else {},
        )


@dataclass
class ExampleResult:
    name: str
    database: str
    manifest_path: str
    tables: dict[str, int]
    tenants: list[str]
    roles: dict[str, str]

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def load_example(settings: Settings, name: str, *, rows: int, manifest_out: str, role_prefix: str = "",
                 overwrite: bool = False) -> ExampleResult:
    if name not in EXAMPLES:
        raise UsageError(f"no example named {name!r}: choose one of {', '.join(sorted(EXAMPLES))}")
    if rows < 1:
        raise UsageError(f"--rows must be positive, got {rows}")
    out = Path(manifest_out)
    if out.exists() and not overwrite:
        raise UsageError(f"{out} exists: pass --manifest-out PATH, or --force to overwrite it")
    example = EXAMPLES[name]
    with connect(settings.url(), f"example {name}", autocommit=False) as conn:
        present = conn.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_%'"
        ).fetchone()[0]
        conn.rollback()
        if present:
            raise UsageError(f"database {conn.info.dbname} is not empty ({present} tables): "
                             "the example loads into an empty database only")
        summary = example.load(conn, rows=rows, role_prefix=role_prefix)
        database = conn.info.dbname
    out.write_text(example.manifest(role_prefix))
    return ExampleResult(name, database, str(out), dict(summary.tables), list(summary.tenants), dict(summary.roles))


# -- init: a proposed manifest -------------------------------------------------------------------------------


@dataclass
class InitResult:
    path: str | None  # None: the caller prints `text` (--out -)
    text: str
    proposal: proposal_mod.Proposal

    def as_dict(self) -> dict:
        return {"path": self.path, **self.proposal.as_dict()}


def init(settings: Settings, request: proposal_mod.Request, *, out: str, overwrite: bool = False) -> InitResult:
    """Propose a manifest from the live catalogue and write it to `out` ("-": returned, not written).

    Read-only: the connection refuses writes, and not even the ledger schema is created.
    """
    target = None if out == "-" else Path(out)
    refusal = UsageError(f"{target} exists: pass --out PATH, or --force to overwrite it")
    if target is not None and target.exists() and not overwrite:
        raise refusal
    engine = create_engine(settings.url(), "init", read_only=True)
    try:
        with engine.connect() as sa_conn:
            made = proposal_mod.propose(sa_conn, request)
    finally:
        engine.dispose()
    text = proposal_mod.render(made)
    if target is not None:
        try:
            # "x" unless --force: a file that appeared since the check above is still never overwritten.
            with target.open("w" if overwrite else "x", encoding="utf-8") as handle:
                handle.write(text)
        except FileExistsError:
            raise refusal from None
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror}") from None
    log.info("init.proposed", path=str(target) if target else "-", **made.counts())
    return InitResult(str(target) if target else None, text, made)


# -- rollout and verify (issue 4); the work is in enforcement.py, rollout.py and probes/ ----------------------


def rollout(settings: Settings, *, enable: bool, tenant: str | None = None, table: str | None = None,
            everyone: bool = False, confirm: Callable[[str], bool] | None = None) -> enforcement.RolloutResult:
    """Phase 4: switch strict isolation on (or back off) for one tenant, one table, or everyone."""
    return enforcement.change_rollout(settings.url(), manifest_mod.load(settings.manifest_path), enable=enable,
                                      tenant=tenant, table=table, everyone=everyone, confirm=confirm)


def rollout_status(settings: Settings) -> enforcement.RolloutStatus:
    """Which switches are on, and whether phase 5's gate would accept the rollout and the last verify."""
    return enforcement.rollout_status(settings.url(), manifest_mod.load(settings.manifest_path))


def verify(settings: Settings, *, junit_path: str | None = None) -> enforcement.VerifyResult:
    """Probe isolation on the live database by table and role; result.ok is False if any probe failed."""
    return enforcement.verify(settings.url(), manifest_mod.load(settings.manifest_path), junit_path=junit_path)


def enforce_everywhere(settings: Settings) -> enforcement.VerifyResult:
    """What phase 5's gate needs, for automation: `rollout enable --all` then a passing `verify` (GateFailed if not)."""
    return enforcement.enforce_everywhere(settings.url(), manifest_mod.load(settings.manifest_path))

# -- backup, mark, drill, plan ----------------------------------------------------

@dataclass
class BackupResult:
    database: str
    where: str
    backup: dict

    def as_dict(self) -> dict:
        return {"database": self.database, "where": self.where, "backup": self.backup}


def backup(settings: Settings) -> BackupResult:
    """A verified backup on demand, at any phase; it counts for the gates of the phases still to run."""
    url = settings.url()
    request = settings.options.backup_request()
    with RunLock(url, "backup") as conn:
        ledger.bootstrap(conn)
        book = ledger.Ledger(conn, "backup", None)
        prepared = backups.prepare(conn, request)
        try:
            made = backups.take(conn, url, prepared)
        except TenantmigError as exc:
            book.record("backup", "failed", detail={"error": exc.message})
            raise
        backups.record(conn, made)
        book.record("backup", "ok", detail=made.as_dict())
        log.info("backup.verified", method=made.method, path=made.path, sha256=made.sha256)
        return BackupResult(conn.info.dbname, runner.read_state(conn).describe(), made.as_dict())


@dataclass
class MarkResult:
    database: str
    production: bool

    def as_dict(self) -> dict:
        return {"database": self.database, "production": self.production}


@dataclass
class ReaderRemoved:
    database: str
    role: str
    statements: list[str]

    def as_dict(self) -> dict:
        return {"database": self.database, "role": self.role, "statements": self.statements}


def remove_reader(settings: Settings) -> ReaderRemoved:
    """Drop the login's reader role and its policies (reader.py) once the migration is over.

    The next advance or rollback by a login without superuser or BYPASSRLS installs them again.
    """
    manifest = manifest_mod.load(settings.manifest_path)
    with RunLock(settings.url(), "reader --remove") as conn:
        ledger.bootstrap(conn)
        role = reader.role_of(conn)
        ran = reader.remove(conn, _all_tables(conn, manifest), set(manifest.schemas) | {manifest.tenants_schema},
                            settings.lock_policy)
        ledger.Ledger(conn, "reader --remove", manifest.sha256).record("reader.remove", "ok",
                                                                       detail={"role": role, "statements": ran})
        return ReaderRemoved(conn.info.dbname, role, ran)


def mark(settings: Settings, *, production: bool) -> MarkResult:
    """Record in the ledger whether this database is production (drills refuse it without --force)."""
    with RunLock(settings.url(), "mark") as conn:
        ledger.bootstrap(conn)
        ledger.put_setting(conn, drill_mod.PRODUCTION_KEY, production)
        ledger.Ledger(conn, "mark", None).record("mark", "ok", detail={"production": production})
        return MarkResult(conn.info.dbname, production)


DrillConfirm = Callable[[str, list[int]], bool]


def drill(settings: Settings, *, number: int | None = None, all_phases: bool = False, force: bool = False,
          confirm: DrillConfirm | None = None) -> drill_mod.DrillResult:
    steps = drill_mod.Steps(rollback=lambda n: rollback(settings, n),
                            readvance=lambda n: _drill_readvance(settings, n))
    return drill_mod.run(settings.url(), settings.manifest_path, steps, number=number, all_phases=all_phases,
                         force=force, confirm=confirm)


def _drill_readvance(settings: Settings, number: int) -> PhaseResult:
    """The one place a drill re-applies a phase (anything a phase needs before it can advance goes here)."""
    if number == 5:
        # Phase 5's gate wants enforcement for everyone and a passing verify since; after rolling
        # back phase 4 the drill must re-earn both, as a DBA would with `rollout` and `verify`.
        enforce_everywhere(settings)
    return advance(settings, number)


def privileges_check(settings: Settings, number: int | None = None,
                     direction: str = "upgrade") -> privileges.Preflight:
    """The privilege pre-flight alone, changing nothing: for `plan` and a `check` command."""
    manifest = manifest_mod.load(settings.manifest_path)
    url = settings.url()
    with connect(url, "privileges") as conn:
        return privileges.preflight(conn, manifest, _all_tables(conn, manifest), number=number, direction=direction,
                                    url=url, acknowledged=settings.options.roles_shared_ok)


def plan(settings: Settings, number: int, *, with_sql: bool = False) -> plan_mod.PlanResult:
    result = plan_mod.plan(settings.url(), settings.manifest_path, settings.options, number, with_sql=with_sql)
    preflight = privileges_check(settings, number)
    result.privileges, result.privilege_lines = preflight.as_dict(), preflight.lines()
    return result


def _last_drills(conn: psycopg.Connection) -> dict[int, dict]:
    return {
        number: {"at": row["at"].isoformat(), "outcome": row["outcome"],
                 **{k: row["detail"].get(k) for k in ("rollback_s", "readvance_s", "tables_compared", "mismatches")}}
        for number, row in ledger.last_drills(conn).items()
    }
