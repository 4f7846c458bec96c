"""One function per CLI verb. Each returns a result object and never prints or exits.

The CLI parses options, calls one function here and renders what it returns; the
tests call these functions directly.
"""

from __future__ import annotations

import dataclasses
import hashlib
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import structlog

from tenantmig import catalog as catalog_mod
from tenantmig import app_hazards, backups, enforcement, faults, gates, ledger, pgtools, precheck, presence, privileges
from tenantmig import reader, recovery, repair, chain
from tenantmig import drill as drill_mod
from tenantmig import plan as plan_mod
from tenantmig import manifest as manifest_mod
from tenantmig import proposal as proposal_mod
from tenantmig import scan as scan_mod
from tenantmig.scan import statements as statements_mod
from tenantmig import rollout_watch as rollout_watch_mod
from tenantmig import recorded as recorded_mod
from tenantmig.counts import legacy_tenant_rows
from tenantmig.db import LockPolicy, RunLock, connect, create_engine
from tenantmig.errors import GateFailed, Interrupted, ManifestError, StateError, TenantmigError, UsageError
from tenantmig.examples import EXAMPLES
from tenantmig.phases import PHASES, Phase, phase
from tenantmig.options import RunOptions
from tenantmig.steps import Runtime

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
        pgtools.url_params(self.database_url)
        return self.database_url


@dataclass(frozen=True)
class PlannedMove:
    """What a phase command is about to do, shown before the confirmation."""

    phase: Phase
    direction: str  # "upgrade" | "downgrade"
    revisions: tuple[str, ...]
    where: str  # the chain state in words
    warnings: tuple[str, ...] = ()  # what an unchanged application will notice (app_hazards)


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


def _gate_context(engine, conn: psycopg.Connection, manifest: manifest_mod.Manifest,
                  options: RunOptions | None = None) -> gates.GateContext:
    def read() -> catalog_mod.Catalog:
        with engine.connect() as sa_conn:
            return catalog_mod.read(sa_conn, tuple(manifest.schemas) + (manifest.tenants_schema,))

    return gates.GateContext(conn=conn, manifest=manifest, catalog=read,
                             fire_app_triggers=bool(options and options.fire_app_triggers))


def _app_warnings(conn: psycopg.Connection, manifest: manifest_mod.Manifest, target: Phase,
                  direction: str) -> list[str]:
    if not target.changes_row_type:
        return []
    return app_hazards.select_star_warning(conn, manifest, adding=direction == "upgrade")


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
        state = chain.read_state(conn)
        result = PhaseResult(number, target_phase.name, direction, "", state.describe(), state.describe())
        revisions = chain.revisions_to_run(state, target_phase, direction)
        gate_file = gates.load_gates(number)
        if not revisions:
            result.outcome = "already applied" if direction == "upgrade" else "not applied"
            unfinished = recovery.unfinished_checks(conn, number, direction)
            if unfinished is not None:
                # Its steps all ran, its closing checks never finished: run them now, as this run's.
                log.warning("phase.checks_rerun", phase=number, direction=direction, run_id=str(unfinished.run_id))
                result.counts_before = unfinished.counts_before
                # The checks of a rollback belong to the manifest its phase was applied with.
                manifest = _manifest_for(conn, manifest, number, direction)
                book.record("phase.start", "running", phase=number, direction=direction,
                            counts_before=result.counts_before, detail=unfinished.detail())
                _finish(conn, engine, book, manifest, target_phase, gate_file, direction, result,
                        run_id=unfinished.run_id, since=unfinished.since, legacy_before=unfinished.legacy_before,
                        started=started, recovered=True)
                engine.dispose()
                result.outcome = "applied" if direction == "upgrade" else "rolled back"
                return result
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
        manifest_text = _manifest_text(manifest)
        manifest = _manifest_for(conn, manifest, number, direction)
        book.manifest_sha256 = manifest.sha256
        # Before the first change: a phase never stops half-way for a privilege it could have checked.
        preflight = privileges.preflight(conn, manifest, _all_tables(conn, manifest), phase=target_phase,
                                         direction=direction, url=url,
                                         acknowledged=settings.options.roles_shared_ok)
        result.privileges = preflight.as_dict()
        privileges.enforce(conn, preflight, target_phase, direction)
        # The reader (idempotent, recorded) comes before the pre-conditions: they must see every row
        # to be worth asking a DBA to confirm; for a login that skips RLS it installs nothing.
        installed = reader.install(conn, _all_tables(conn, manifest), set(manifest.schemas) | {manifest.tenants_schema},
                                   settings.lock_policy)
        if installed:
            book.record("reader.install", "ok", phase=number, direction=direction, detail={"statements": installed})
            log.info("reader.installed", role=reader.role_of(conn), statements=len(installed))
        runtime = Runtime(manifest=manifest, lock_policy=settings.lock_policy,
                          options=dataclasses.replace(settings.options, database_url=url))

        # Before the question: a DBA must not say yes to a run that is then refused.
        with _every_row(conn, manifest, f"phase {number}'s pre-conditions"):
            verdict = precheck.evaluate(_gate_context(engine, conn, manifest, settings.options), target_phase,
                                       direction)
        result.gates.extend(verdict.outcomes)
        problems = verdict.problems()
        if problems:
            book.record("gate.pre", "failed", phase=number, direction=direction, detail=problems)
            log.error("phase.precheck.failed", phase=number, direction=direction, problems=len(problems))
            raise precheck.refusal(verdict, target_phase, direction)
        warnings = _app_warnings(conn, manifest, target_phase, direction)
        if warnings:
            log.warning("phase.app_hazard", phase=number, direction=direction, detail="\n".join(warnings))
        if confirm is not None and not confirm(PlannedMove(target_phase, direction, revisions, state.describe(),
                                                           tuple(warnings))):
            result.outcome = "declined"
            return result
        started = time.monotonic()  # "took" is the run's time, not the time spent answering the prompt
        since = conn.execute("SELECT clock_timestamp()").fetchone()[0]
        with _every_row(conn, manifest, "the row count before the phase"):
            result.counts_before = presence.record(conn, book.run_id, _tables(conn, manifest))
        legacy_before = legacy_tenant_rows(conn, manifest)
        book.record("phase.start", "running", phase=number, direction=direction, counts_before=result.counts_before,
                    detail={"revisions": list(revisions), "legacy_before": legacy_before, "since": since.isoformat()})
        if direction == "upgrade":
            # Recorded before any step runs: a rollback after a crash part-way needs it too.
            recorded_mod.record(conn, number, manifest, manifest_text)
        log.info("phase.start", phase=number, name=target_phase.name, direction=direction, steps=len(revisions))
        try:
            chain.move(engine, runtime, target=revisions[-1] if direction == "upgrade"
                        else chain.target_below(target_phase), upgrade=direction == "upgrade")
        except Exception as exc:  # recorded whatever it was; the CLI decides how to show it
            _record_step_failure(book, conn, number, direction, exc)
            raise
        except KeyboardInterrupt:
            raise _interrupted(book, conn, number, direction) from None
        finally:
            result.events = runtime.events
            engine.dispose()
        _finish(conn, engine, book, manifest, target_phase, gate_file, direction, result, run_id=book.run_id,
                since=since, legacy_before=legacy_before, started=started)
        result.outcome = "applied" if direction == "upgrade" else "rolled back"
        return result


def _manifest_text(manifest: manifest_mod.Manifest) -> str:
    """The file's text as it was parsed (the ledger keeps it for a later rollback)."""
    data = Path(manifest.path).read_bytes() if manifest.path else b""
    if hashlib.sha256(data).hexdigest() != manifest.sha256:
        raise ManifestError(f"{manifest.path} changed while this command was starting: run it again")
    return data.decode("utf-8")


def _manifest_for(conn, manifest: manifest_mod.Manifest, number: int, direction: str) -> manifest_mod.Manifest:
    """The manifest this run works from: for a rollback, the one its phase was applied with; for an
    advance, the file, once it agrees with the one the applied phases were given."""
    recorded_mod.ensure(conn)
    if direction == "downgrade":
        applied_with = recorded_mod.recorded(conn, number)
        if applied_with is None:
            return manifest
        if applied_with.sha256 != manifest.sha256:
            changed = [str(d) for d in recorded_mod.differences(applied_with, manifest)]
            log.warning("phase.manifest.recorded_used", phase=number, file=manifest.path, differences=changed)
        return applied_with
    latest = recorded_mod.latest(conn, below=number + 1)
    if latest is None or latest[1].sha256 == manifest.sha256:
        return manifest
    applied, before = latest
    refused = recorded_mod.refused(recorded_mod.differences(before, manifest), applied)
    if refused:
        raise ManifestError(
            f"{manifest.path or 'the manifest'} differs from the manifest phase {applied} was applied with, "
            f"in ways the applied phases cannot take; nothing was changed:\n"
            + "\n".join(f"  - {d}" for d in refused),
            hint="Put those keys back as recorded, or roll back to the phase before the one that first reads them "
                 "(tenantmig rollback --phase N uses the recorded manifest) and advance again with the new file "
                 "(runbooks/manifest-shapes.md, \"A manifest that changes\").")
    return manifest


def _shared_roles_option(result: PhaseResult, manifest, number: int) -> str:
    """` --roles-shared-ok` when undoing this phase changes a role attribute that other databases share.

    Without it that undo stops at its pre-flight, and a service role whose BYPASSRLS phase 5 took stays
    without it in every database of the server, the ones that never ran phase 5 included."""
    if not phase(number).privileges.role_attributes or not result.privileges:
        return ""
    shared = set(result.privileges.get("other_databases") or {}) & set(manifest.roles.service)
    return " --roles-shared-ok" if shared else ""


def _finish(conn, engine, book: ledger.Ledger, manifest, target_phase, gate_file, direction: str,
            result: PhaseResult, *, run_id, since, legacy_before: int, started: float, recovered: bool = False) -> None:
    """The checks after a phase's last step: no row lost (per row), the post-conditions; then phase.done.

    Also run by a later `advance`/`rollback` for a run killed after its last step was stamped but
    before these finished (`recovered`), with that run's own baseline: a phase is done only once
    they have passed.
    """
    number = target_phase.number
    faults.reached(f"p{number}_checks", "start")
    after_state = chain.read_state(conn)
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
        verdict = presence.check(conn, run_id, result.counts_before, _tables(conn, manifest), since,
                                 removed, added)
        presence.clear(conn, run_id)
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
                else f"tenantmig advance --phase {number}") + _shared_roles_option(result, manifest, number)
        raise GateFailed(
            f"phase {number} ({target_phase.name}) {direction}: post-conditions failed; the database is "
            f"{result.state_after}:\n" + "\n".join(problems),
            hint=f"Investigate with the runbook for phase {number}; to return to the state before: {undo}",
        )
    book.record("phase.done", "ok", phase=number, direction=direction, counts_before=result.counts_before,
                counts_after=result.counts_after,
                detail={"seconds": round(result.seconds, 3), "moved": verdict.moved, "new_rows": verdict.new_rows,
                        **({"checks_of_interrupted_run": str(run_id)} if recovered else {})})
    log.info("phase.done", phase=number, direction=direction, duration_ms=round(result.seconds * 1000))
    if direction == "downgrade":
        recorded_mod.forget(conn, number)
    if direction == "downgrade" and target_phase.after_rollback is not None:
        target_phase.after_rollback(conn)


def _interrupted(book: ledger.Ledger, conn, number: int, direction: str) -> Interrupted:
    """Ctrl-C during a phase: a ledger row saying where it stopped, and the command that resumes."""
    verb = "advance" if direction == "upgrade" else "rollback"
    try:
        where = chain.read_state(conn).describe()
        book.record("phase.interrupted", "interrupted", phase=number, direction=direction,
                    detail={"state": where, "by": "interrupt (Ctrl-C)"})
    except (psycopg.Error, KeyboardInterrupt):
        where = "where the interrupted step left it (not read: the connection was lost)"
    log.warning("phase.interrupted", phase=number, direction=direction, state=where)
    return Interrupted(
        f"interrupted: phase {number} {direction} stopped; the database is {where}",
        hint=f"Every step is re-runnable: `tenantmig {verb} --phase {number}` resumes at the first unfinished step.",
        details={"phase": number, "direction": direction, "state": where,
                 "resume": f"tenantmig {verb} --phase {number}"},
    )


def _record_step_failure(book: ledger.Ledger, conn, number: int, direction: str, exc: BaseException) -> None:
    state = chain.read_state(conn)
    book.record("phase.step", "failed", phase=number, direction=direction,
                detail={"error": str(exc), "type": type(exc).__name__, "state": state.describe()})
    log.error("phase.step.failed", phase=number, direction=direction, error=str(exc), state=state.describe())


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
    for needed in _phase_or_usage(number).requires:
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
        ran = reader.remove(conn, _all_tables(conn, manifest), set(manifest.schemas) | {manifest.tenants_schema},
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
        return privileges.preflight(conn, manifest, _all_tables(conn, manifest),
                                    phase=None if number is None else _phase_or_usage(number), direction=direction,
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
            target_phase = _phase_or_usage(number)
            if not chain.revisions_to_run(state, target_phase, "upgrade"):
                raise StateError(f"phase {number} is already applied: the database is {state.describe()}",
                                 hint=f"Check the next one: tenantmig check --phase {number + 1}"
                                 if number < PHASES[-1].number else None)
            with _every_row(conn, manifest, f"phase {number}'s pre-conditions"):
                verdict = precheck.evaluate(_gate_context(engine, conn, manifest, settings.options), target_phase,
                                            "upgrade")
            # What advance checks before its first change: the privileges it needs, and hand-offs.
            preflight = privileges.preflight(conn, manifest, _all_tables(conn, manifest), phase=target_phase,
                                             direction="upgrade", url=url,
                                             acknowledged=settings.options.roles_shared_ok)
            rights = gates.Outcome("privileges", preflight.ok, tuple(
                [f"problem: {p}" for p in preflight.problems]
                + [f"needs {h.who}: {h.why}: {' '.join(h.statements)}" for h in preflight.handoffs]))
            return CheckResult(conn.info.dbname, state.describe(), number, target_phase.name, "upgrade",
                               verdict.passed and rights.passed, [*verdict.outcomes, rights])
    finally:
        engine.dispose()


def _phase_or_usage(number: int) -> Phase:
    try:
        return phase(number)
    except KeyError:
        raise UsageError(f"there is no phase {number}: phases are 0 to {PHASES[-1].number}") from None


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
            result.phases.append(_run_phase(settings, number, direction, None))
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
