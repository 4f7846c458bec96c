"""One phase run, advance or rollback, from the run lock to `phase.done`.

`run_phase` takes the run lock and walks a PhaseRun through its stages, in this order; each is one
method with one job, and the run may end at any of them (nothing to do, refused, declined):

  open       the ledger, runs interrupted before this one, where the chain stands, what to run
  settle     nothing to run: finish the checks an interrupted run never finished, or re-verify
  adopt      the manifest the run works from (for a rollback, the one its phase was applied with)
  preflight  the privileges the phase needs, before its first change
  reader     the reader through which the gates see every row, whoever connects
  precheck   the pre-conditions, evaluated before the question
  confirm    what an unchanged application will notice, and the DBA's yes
  start      the baseline (every row's presence, the legacy tenant's row) and phase.start
  move       the revisions through Alembic (chain.move); a failed step or a Ctrl-C recorded
  finish     no row lost, the post-conditions, then phase.done

Which exit code a failure gets is its error type's (errors.py), never a decision made here.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
import structlog

from tenantmig import chain, faults, gate_reads, gates, ledger, precheck, presence, privileges, reader, recorded
from tenantmig import app_hazards, recovery
from tenantmig import manifest as manifest_mod
from tenantmig.counts import legacy_tenant_rows
from tenantmig.db import RunLock, create_engine
from tenantmig.errors import GateFailed, Interrupted
from tenantmig.options import Settings
from tenantmig.phases import Phase
from tenantmig.steps import Runtime

log = structlog.get_logger("tenantmig.runner")


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


def run_phase(settings: Settings, number: int, direction: str, confirm: Confirm | None) -> PhaseResult:
    """Advance (`direction` "upgrade") or roll back phase `number`, with its gates, under the run lock."""
    target = chain.phase_asked(number)
    manifest = manifest_mod.load(settings.manifest_path)
    url = settings.url()
    command = f"{'advance' if direction == 'upgrade' else 'rollback'} --phase {number}"
    engine = create_engine(url, command)
    started = time.monotonic()
    with RunLock(url, command) as conn:
        return PhaseRun(settings, url, conn, engine, manifest, target, direction, command, started).run(confirm)


class PhaseRun:
    def __init__(self, settings: Settings, url: str, conn: psycopg.Connection, engine, manifest: manifest_mod.Manifest,
                 target: Phase, direction: str, command: str, started: float):
        self.settings, self.url, self.conn, self.engine = settings, url, conn, engine
        self.manifest, self.target, self.direction, self.command = manifest, target, direction, command
        self.number = target.number
        self.upgrade = direction == "upgrade"
        self.started = started
        # The baseline `finish` compares with: this run's, or that of the interrupted run it finishes.
        self.run_id: Any = None
        self.since: Any = None
        self.legacy_before = 0
        self.manifest_text = ""

    def run(self, confirm: Confirm | None) -> PhaseResult:
        self.open()
        if not self.revisions:
            return self.settle()
        self.adopt()
        self.preflight()
        self.install_reader()
        self.precheck()
        if not self.confirm(confirm):
            self.result.outcome = "declined"
            return self.result
        self.start()
        self.move()
        self.finish()
        self.result.outcome = self.done
        return self.result

    @property
    def done(self) -> str:
        return "applied" if self.upgrade else "rolled back"

    def _seeing_every_row(self, what: str):
        return gate_reads.every_row(self.conn, self.manifest, what)

    # -- the stages, in order ------------------------------------------------------------------------------------

    def open(self) -> None:
        ledger.bootstrap(self.conn)
        self.book = ledger.Ledger(self.conn, self.command, self.manifest.sha256)
        for lost in ledger.record_interrupted(self.book):
            log.warning("phase.interrupted_earlier", run_id=lost["run_id"], command=lost["command"])
        self.state = chain.read_state(self.conn)
        where = self.state.describe()
        self.result = PhaseResult(self.number, self.target.name, self.direction, "", where, where)
        self.revisions = chain.revisions_to_run(self.state, self.target, self.direction)
        self.gate_file = gates.load_gates(self.number)

    def settle(self) -> PhaseResult:
        """No revision left to run: finish an interrupted run's checks, else (advancing) re-verify."""
        self.result.outcome = "already applied" if self.upgrade else "not applied"
        unfinished = recovery.unfinished_checks(self.conn, self.number, self.direction)
        if unfinished is not None:
            return self.recover(unfinished)
        if self.upgrade:
            # A phase whose post-check failed earlier must not now pass as "done".
            problems = self.post_conditions()
            if problems:
                raise GateFailed(
                    f"phase {self.number} is applied but its post-conditions do not hold:\n" + "\n".join(problems),
                    hint=f"See the runbook for phase {self.number}; to undo it: tenantmig rollback --phase {self.number}",
                )
        return self.result

    def recover(self, unfinished: recovery.Unfinished) -> PhaseResult:
        # Its steps all ran, its closing checks never finished: run them now, as this run's.
        log.warning("phase.checks_rerun", phase=self.number, direction=self.direction, run_id=str(unfinished.run_id))
        self.result.counts_before = unfinished.counts_before
        # The checks of a rollback belong to the manifest its phase was applied with.
        self.manifest = recorded.manifest_for(self.conn, self.manifest, self.number, self.direction)
        self.book.record("phase.start", "running", phase=self.number, direction=self.direction,
                         counts_before=self.result.counts_before, detail=unfinished.detail())
        self.run_id, self.since, self.legacy_before = unfinished.run_id, unfinished.since, unfinished.legacy_before
        self.finish(recovered=True)
        self.engine.dispose()
        self.result.outcome = self.done
        return self.result

    def adopt(self) -> None:
        # The file's own text, read before the recorded manifest may replace it: an advance records it.
        self.manifest_text = recorded.file_text(self.manifest)
        self.manifest = recorded.manifest_for(self.conn, self.manifest, self.number, self.direction)
        self.book.manifest_sha256 = self.manifest.sha256

    def preflight(self) -> None:
        # Before the first change: a phase never stops half-way for a privilege it could have checked.
        found = privileges.preflight(self.conn, self.manifest, gate_reads.all_tables(self.conn, self.manifest),
                                     phase=self.target, direction=self.direction, url=self.url,
                                     acknowledged=self.settings.options.roles_shared_ok)
        self.result.privileges = found.as_dict()
        privileges.enforce(self.conn, found, self.target, self.direction)

    def install_reader(self) -> None:
        # The reader (idempotent, recorded) comes before the pre-conditions: they must see every row
        # to be worth asking a DBA to confirm; for a login that skips RLS it installs nothing.
        installed = reader.install(self.conn, gate_reads.all_tables(self.conn, self.manifest),
                                   set(self.manifest.schemas) | {self.manifest.tenants_schema},
                                   self.settings.lock_policy)
        if installed:
            self.book.record("reader.install", "ok", phase=self.number, direction=self.direction,
                             detail={"statements": installed})
            log.info("reader.installed", role=reader.role_of(self.conn), statements=len(installed))

    def precheck(self) -> None:
        # Before the question: a DBA must not say yes to a run that is then refused.
        with self._seeing_every_row(f"phase {self.number}'s pre-conditions"):
            verdict = precheck.evaluate(gate_reads.context(self.engine, self.conn, self.manifest, self.settings.options),
                                        self.target, self.direction)
        self.result.gates.extend(verdict.outcomes)
        problems = verdict.problems()
        if problems:
            self.book.record("gate.pre", "failed", phase=self.number, direction=self.direction, detail=problems)
            log.error("phase.precheck.failed", phase=self.number, direction=self.direction, problems=len(problems))
            raise precheck.refusal(verdict, self.target, self.direction)

    def confirm(self, confirm: Confirm | None) -> bool:
        warnings = (app_hazards.select_star_warning(self.conn, self.manifest, adding=self.upgrade)
                    if self.target.changes_row_type else [])
        if warnings:
            log.warning("phase.app_hazard", phase=self.number, direction=self.direction, detail="\n".join(warnings))
        return confirm is None or confirm(PlannedMove(self.target, self.direction, self.revisions,
                                                      self.state.describe(), tuple(warnings)))

    def start(self) -> None:
        self.started = time.monotonic()  # "took" is the run's time, not the time spent answering the prompt
        self.since = self.conn.execute("SELECT clock_timestamp()").fetchone()[0]
        with self._seeing_every_row("the row count before the phase"):
            self.result.counts_before = presence.record(self.conn, self.book.run_id,
                                                        gate_reads.migrated_tables(self.conn, self.manifest))
        self.run_id = self.book.run_id
        self.legacy_before = legacy_tenant_rows(self.conn, self.manifest)
        self.book.record("phase.start", "running", phase=self.number, direction=self.direction,
                         counts_before=self.result.counts_before,
                         detail={"revisions": list(self.revisions), "legacy_before": self.legacy_before,
                                 "since": self.since.isoformat()})
        if self.upgrade:
            # Recorded before any step runs: a rollback after a crash part-way needs it too.
            recorded.record(self.conn, self.number, self.manifest, self.manifest_text)
        log.info("phase.start", phase=self.number, name=self.target.name, direction=self.direction,
                 steps=len(self.revisions))

    def move(self) -> None:
        runtime = Runtime(manifest=self.manifest, lock_policy=self.settings.lock_policy,
                          options=dataclasses.replace(self.settings.options, database_url=self.url))
        try:
            chain.move(self.engine, runtime, upgrade=self.upgrade,
                       target=self.revisions[-1] if self.upgrade else chain.target_below(self.target))
        except Exception as exc:  # recorded whatever it was; the CLI decides how to show it
            state = chain.read_state(self.conn).describe()
            self.book.record("phase.step", "failed", phase=self.number, direction=self.direction,
                             detail={"error": str(exc), "type": type(exc).__name__, "state": state})
            log.error("phase.step.failed", phase=self.number, direction=self.direction, error=str(exc), state=state)
            raise
        except KeyboardInterrupt:
            raise self.interrupted() from None
        finally:
            self.result.events = runtime.events
            self.engine.dispose()

    def finish(self, recovered: bool = False) -> None:
        """The checks after a phase's last step: no row lost (per row), the post-conditions; then phase.done.

        Also run by a later `advance`/`rollback` for a run killed after its last step was stamped but
        before these finished (`recovered`), with that run's own baseline: a phase is done only once
        they have passed.
        """
        faults.reached(f"p{self.number}_checks", "start")
        self.result.state_after = chain.read_state(self.conn).describe()
        kept = self.rows_kept()
        problems = kept.problems + self.post_conditions()
        self.result.seconds = time.monotonic() - self.started
        if problems:
            raise self.post_failed(problems)
        self.book.record("phase.done", "ok", phase=self.number, direction=self.direction,
                         counts_before=self.result.counts_before, counts_after=self.result.counts_after,
                         detail={"seconds": round(self.result.seconds, 3), "moved": kept.moved,
                                 "new_rows": kept.new_rows,
                                 **({"checks_of_interrupted_run": str(self.run_id)} if recovered else {})})
        log.info("phase.done", phase=self.number, direction=self.direction,
                 duration_ms=round(self.result.seconds * 1000))
        if not self.upgrade:
            recorded.forget(self.conn, self.number)
            if self.target.after_rollback is not None:
                self.target.after_rollback(self.conn)

    # -- what the stages share ------------------------------------------------------------------------------------

    def rows_kept(self) -> presence.Verdict:
        """Every row present before is present after, but for the legacy tenant's row and what was moved."""
        # The legacy tenant's row is the one row a phase adds (phase 1) or removes (its downgrade) on purpose.
        legacy_after = legacy_tenant_rows(self.conn, self.manifest)
        removed, added = {}, {}
        if self.legacy_before and not legacy_after:
            removed[self.manifest.tenants_qualified] = [self.conn.execute(
                f"SELECT jsonb_build_array({self.manifest.literal(self.manifest.legacy_tenant)})").fetchone()[0]]
        if legacy_after > self.legacy_before:
            added[self.manifest.tenants_qualified] = legacy_after - self.legacy_before
        with self._seeing_every_row("the row count after the phase"):
            verdict = presence.check(self.conn, self.run_id, self.result.counts_before,
                                     gate_reads.migrated_tables(self.conn, self.manifest), self.since, removed, added)
            presence.clear(self.conn, self.run_id)
        self.result.counts_after, self.result.new_rows = verdict.counts_after, verdict.new_rows
        if verdict.new_rows:
            log.info("phase.rows_written_meanwhile", phase=self.number, direction=self.direction,
                     tables=verdict.new_rows)
        return verdict

    def post_conditions(self) -> list[str]:
        """The gate file's post items, evaluated seeing every row; their findings (kept in the result)."""
        with self._seeing_every_row(f"phase {self.number}'s post-conditions"):
            post = gates.run_items(gate_reads.context(self.engine, self.conn, self.manifest),
                                   self.gate_file.get(self.direction, "post"), when="post")
        self.result.gates.extend(post)
        return gates.failures(post)

    def post_failed(self, problems: list[str]) -> GateFailed:
        self.book.record("gate.post", "failed", phase=self.number, direction=self.direction,
                         counts_before=self.result.counts_before, counts_after=self.result.counts_after,
                         detail=problems)
        log.error("phase.postcheck.failed", phase=self.number, direction=self.direction, problems=len(problems))
        undo = (f"tenantmig rollback --phase {self.number}" if self.upgrade
                else f"tenantmig advance --phase {self.number}") + self._shared_roles_option()
        return GateFailed(
            f"phase {self.number} ({self.target.name}) {self.direction}: post-conditions failed; the database is "
            f"{self.result.state_after}:\n" + "\n".join(problems),
            hint=f"Investigate with the runbook for phase {self.number}; to return to the state before: {undo}",
        )

    def _shared_roles_option(self) -> str:
        """` --roles-shared-ok` when undoing this phase changes a role attribute that other databases share.

        Without it that undo stops at its pre-flight, and a service role whose BYPASSRLS phase 5 took stays
        without it in every database of the server, the ones that never ran phase 5 included."""
        if not self.target.privileges.role_attributes or not self.result.privileges:
            return ""
        shared = set(self.result.privileges.get("other_databases") or {}) & set(self.manifest.roles.service)
        return " --roles-shared-ok" if shared else ""

    def interrupted(self) -> Interrupted:
        """Ctrl-C during a phase: a ledger row saying where it stopped, and the command that resumes."""
        verb = "advance" if self.upgrade else "rollback"
        try:
            where = chain.read_state(self.conn).describe()
            self.book.record("phase.interrupted", "interrupted", phase=self.number, direction=self.direction,
                             detail={"state": where, "by": "interrupt (Ctrl-C)"})
        except (psycopg.Error, KeyboardInterrupt):
            where = "where the interrupted step left it (not read: the connection was lost)"
        log.warning("phase.interrupted", phase=self.number, direction=self.direction, state=where)
        return Interrupted(
            f"interrupted: phase {self.number} {self.direction} stopped; the database is {where}",
            hint=f"Every step is re-runnable: `tenantmig {verb} --phase {self.number}` resumes at the first "
                 "unfinished step.",
            details={"phase": self.number, "direction": self.direction, "state": where,
                     "resume": f"tenantmig {verb} --phase {self.number}"},
        )
