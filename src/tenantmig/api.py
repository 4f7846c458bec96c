"""One function per CLI verb. Each returns a result object and never prints or exits.

The CLI parses options, calls one function here and renders what it returns; the
tests call these functions directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import structlog

from tenantmig import catalog as catalog_mod
from tenantmig import backups, chain, enforcement, gate_reads, gates, ledger, precheck, privileges, reader, repair
from tenantmig import runner
from tenantmig import drill as drill_mod
from tenantmig import plan as plan_mod
from tenantmig import manifest as manifest_mod
from tenantmig import proposal as proposal_mod
from tenantmig import scan as scan_mod
from tenantmig.scan import statements as statements_mod
from tenantmig import rollout_watch as rollout_watch_mod
from tenantmig import recorded as recorded_mod
from tenantmig.db import RunLock, connect, create_engine
from tenantmig.errors import StateError, TenantmigError, UsageError
from tenantmig.examples import EXAMPLES
from tenantmig.phases import PHASES, phase
from tenantmig.options import RunOptions, Settings
from tenantmig.runner import Confirm, PhaseResult, PlannedMove

# Names the CLI, the tests and the benchmarks reach through api.
__all__ = ["Confirm", "PhaseResult", "PlannedMove", "RunOptions", "Settings"]

log = structlog.get_logger("tenantmig.api")


def advance(settings: Settings, number: int, confirm: Confirm | None = None) -> PhaseResult:
    return runner.run_phase(settings, number, "upgrade", confirm)


def rollback(settings: Settings, number: int, confirm: Confirm | None = None) -> PhaseResult:
    return runner.run_phase(settings, number, "downgrade", confirm)


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
        state = chain.read_state(conn)
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


def verify(settings: Settings, *, junit_path: str | None = None,
           pgrls_config: str | None = None, prove: bool = False) -> enforcement.VerifyResult:
    """Probe isolation on the live database by table and role; result.ok is False if any probe failed.

    `pgrls_config`: also write there the pgrls configuration that documents tenantmig's by-design
    departures from pgrls's lint rules (pgrls_config.py). `prove`: also run pgrls's cross-tenant and
    write provers for each application and service role (pgrls_proof.py); a leak fails verify.
    """
    return enforcement.verify(settings.url(), manifest_mod.load(settings.manifest_path), junit_path=junit_path,
                              pgrls_config=pgrls_config, prove=prove)


def enforce_everywhere(settings: Settings) -> enforcement.VerifyResult:
    """`rollout enable --all` then a passing `verify` (GateFailed if not), for automation."""
    return enforcement.enforce_everywhere(settings.url(), manifest_mod.load(settings.manifest_path))


# How automation meets each prerequisite a phase contract can declare (Prerequisite.name).
PREPARERS: dict[str, Callable[[Settings], Any]] = {"rollout_verified": enforce_everywhere}


def prepare_for(settings: Settings, number: int) -> dict[str, Any]:
    """What automation does before `advance --phase number`: every prerequisite its contract declares,
    in order ({prerequisite name: what doing it returned}); nothing for a phase that declares none."""
    done = {}
    for needed in chain.phase_asked(number).requires:
        done[needed.name] = PREPARERS[needed.name](settings)
    return done

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
        return BackupResult(conn.info.dbname, chain.read_state(conn).describe(), made.as_dict())


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
        ran = reader.remove(conn, gate_reads.all_tables(conn, manifest), set(manifest.schemas) | {manifest.tenants_schema},
                            settings.lock_policy)
        ledger.Ledger(conn, "reader --remove", manifest.sha256).record("reader.remove", "ok",
                                                                       detail={"role": role, "statements": ran})
        return ReaderRemoved(conn.info.dbname, role, ran)


@dataclass
class RepairResult:
    database: str
    phase: int | None
    manifest: str  # which manifest the repairs follow: the one recorded for the phase, or the file
    repairs: list[repair.Repair]
    applied: bool

    def as_dict(self) -> dict:
        return {"database": self.database, "phase": self.phase, "manifest": self.manifest, "applied": self.applied,
                "repairs": [r.as_dict() for r in self.repairs]}


def repair_partitions(settings: Settings, *, dry_run: bool) -> RepairResult:
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
        found = repair.needed(cat, manifest, -1 if phase is None else phase)
        result = RepairResult(conn.info.dbname, phase, manifest.path or "tenancy.toml", found, False)
        if dry_run or not found:
            return result
        book = ledger.Ledger(conn, "repair partitions", manifest.sha256)
        try:
            repair.apply(conn, found, settings.lock_policy)
        except TenantmigError as exc:
            book.record("repair.partitions", "failed", phase=phase, detail={"error": exc.message,
                                                                          "repairs": result.as_dict()["repairs"]})
            raise
        book.record("repair.partitions", "ok", phase=phase, detail={"repairs": result.as_dict()["repairs"]})
        log.info("repair.partitions.done", repairs=len(found), phase=phase)
        result.applied = True
        return result


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
    """The one place a drill re-applies a phase: what the phase requires is re-earned first, as a DBA
    would (after rolling back phase 4, phase 5's rollout and verify are gone with it)."""
    prepare_for(settings, number)
    return advance(settings, number)


def privileges_check(settings: Settings, number: int | None = None,
                     direction: str = "upgrade") -> privileges.Preflight:
    """The privilege pre-flight alone, changing nothing: for `plan` and a `check` command."""
    manifest = manifest_mod.load(settings.manifest_path)
    url = settings.url()
    with connect(url, "privileges") as conn:
        return privileges.preflight(conn, manifest, gate_reads.all_tables(conn, manifest),
                                    phase=None if number is None else chain.phase_asked(number), direction=direction,
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


# -- scan (issue 21) ---------------------------------------------------------------------------------------------

def scan(settings: Settings, paths: list[str], *, database: bool = False,
         include_tests: bool = False) -> scan_mod.ScanResult:
    """Tenant filters and cross-tenant code in application files; with database, pg_stat_statements too."""
    manifest = manifest_mod.load(settings.manifest_path)
    result = scan_mod.scan_paths(paths, manifest, include_tests=include_tests) if paths else scan_mod.ScanResult([])
    if database:
        result.statements = statements_mod.application_statements(settings.url(), manifest)
    return result


def rollout_watch(settings: Settings, *, interval: float = 1.0, duration: float | None = None,
                  max_errors: int | None = None, metrics_port: int | None = None,
                  report: Callable | None = None, started: Callable | None = None):
    """Phase 4: watch the enforced tenants' errors and emptied reads; GateFailed at max_errors."""
    return rollout_watch_mod.watch(settings.url(), manifest_mod.load(settings.manifest_path), interval=interval,
                                   duration=duration, max_errors=max_errors, metrics_port=metrics_port,
                                   report=report or (lambda _state: None), started=started)


# -- check, and moving several phases at once (issue 18) --------------------------------------------------------


@dataclass
class CheckResult:
    database: str
    where: str  # the chain state in words
    phase: int
    name: str
    direction: str
    ready: bool
    gates: list[gates.Outcome] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"database": self.database, "where": self.where, "phase": self.phase, "name": self.name,
                "direction": self.direction, "ready": self.ready, "gates": [g.as_dict() for g in self.gates]}


def check(settings: Settings, number: int | None = None) -> CheckResult:
    """The pre-conditions of advancing to phase `number` (default: the next one), evaluated changing nothing.

    No run lock and no ledger schema: a check on a database nobody has migrated yet leaves
    it exactly as it was. The evaluation is the one `advance` makes before it asks.
    """
    manifest = manifest_mod.load(settings.manifest_path)
    url = settings.url()
    engine = create_engine(url, "check")
    try:
        with connect(url, "check") as conn:
            state = chain.read_state(conn)
            if number is None:
                if state.partial_phase is not None:
                    number = state.partial_phase.number
                else:
                    number = 0 if state.current_phase is None else state.current_phase + 1
                if number > PHASES[-1].number:
                    raise StateError(f"the database is {state.describe()}: there is no phase left to advance to")
            target_phase = chain.phase_asked(number)
            if not chain.revisions_to_run(state, target_phase, "upgrade"):
                raise StateError(f"phase {number} is already applied: the database is {state.describe()}",
                                 hint=f"Check the next one: tenantmig check --phase {number + 1}"
                                 if number < PHASES[-1].number else None)
            with gate_reads.every_row(conn, manifest, f"phase {number}'s pre-conditions"):
                verdict = precheck.evaluate(gate_reads.context(engine, conn, manifest, settings.options), target_phase,
                                            "upgrade")
            # What advance checks before its first change: the privileges it needs, and hand-offs.
            preflight = privileges.preflight(conn, manifest, gate_reads.all_tables(conn, manifest), phase=target_phase,
                                             direction="upgrade", url=url,
                                             acknowledged=settings.options.roles_shared_ok)
            rights = gates.Outcome("privileges", preflight.ok, tuple(
                [f"problem: {p}" for p in preflight.problems]
                + [f"needs {h.who}: {h.why}: {' '.join(h.statements)}" for h in preflight.handoffs]))
            return CheckResult(conn.info.dbname, state.describe(), number, target_phase.name, "upgrade",
                               verdict.passed and rights.passed, [*verdict.outcomes, rights])
    finally:
        engine.dispose()


@dataclass(frozen=True)
class PlannedChain:
    """What `advance --to N` / `rollback --to N` is about to do, shown once before the one confirmation."""

    direction: str
    phases: tuple[int, ...]  # in the order they run
    where: str


@dataclass
class ChainResult:
    direction: str
    target: int
    outcome: str  # "done", "already there", "declined"
    phases: list[PhaseResult] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"direction": self.direction, "to": self.target, "outcome": self.outcome,
                "phases": [p.as_dict() for p in self.phases], "seconds": round(sum(p.seconds for p in self.phases), 3)}


def phases_to(settings: Settings, target: int, direction: str) -> tuple[tuple[int, ...], str]:
    """The phases `--to target` moves through, in order, and the chain state in words.

    Advancing to N applies every phase up to and including N (a partial phase first);
    rolling back to N undoes every phase above N, so the database ends at phase N
    (`rollback --to -1` undoes phase 0 too).
    """
    lowest = -1 if direction == "downgrade" else 0
    if not lowest <= target <= PHASES[-1].number:
        raise UsageError(f"--to {target}: phases are {lowest} to {PHASES[-1].number}")
    with connect(settings.url(), "status") as conn:
        state = chain.read_state(conn)
    partial = state.partial_phase
    current = -1 if state.current_phase is None else state.current_phase
    if direction == "upgrade":
        start = partial.number if partial is not None else current + 1
        if target < (current if partial is None else start):
            raise StateError(f"cannot advance to phase {target}: the database is {state.describe()}",
                             hint=f"To go back: tenantmig rollback --to {target}")
        return tuple(range(start, target + 1)), state.describe()
    top = partial.number if partial is not None else current
    if target > top:
        raise StateError(f"cannot roll back to phase {target}: the database is {state.describe()}",
                         hint=f"To go forward: tenantmig advance --to {target}")
    return tuple(range(top, target, -1)), state.describe()


def move_to(settings: Settings, target: int, direction: str,
            confirm: Callable[[PlannedChain], bool] | None = None) -> ChainResult:
    """`advance --to N` / `rollback --to N`: each phase with its own gates, one confirmation, stop at the first failure.

    The first phase's pre-conditions are evaluated before the question (by `check`); a later
    phase's depend on the earlier ones having run, so each is evaluated as its turn comes.
    """
    numbers, where = phases_to(settings, target, direction)
    result = ChainResult(direction, target, "already there" if not numbers else "done")
    if not numbers:
        return result
    if direction == "upgrade":
        first = check(settings, numbers[0])
        if not first.ready:
            raise precheck.refusal(precheck.Verdict(first.gates), phase(numbers[0]), direction)
    if confirm is not None and not confirm(PlannedChain(direction, numbers, where)):
        result.outcome = "declined"
        return result
    for number in numbers:
        try:
            result.phases.append(runner.run_phase(settings, number, direction, None))
        except TenantmigError as exc:
            # The phases before it stay done: say which, so nobody re-runs them by hand.
            exc.details = {**exc.details, "completed": [p.as_dict() for p in result.phases]}
            if result.phases:
                exc.message += f"\n(phases {', '.join(str(p.phase) for p in result.phases)} completed before it)"
            raise
        except Exception as exc:  # a database error: the CLI reports it with these details
            exc.tenantmig_details = {"phase": number, "completed": [p.as_dict() for p in result.phases]}
            raise
    return result
