"""One function per CLI verb. Each returns a result object and never prints or exits.

The CLI parses options, calls one function here and renders what it returns; the
tests call these functions directly. Each is a few lines handing the work to the module
that owns it (a phase run: runner.py); the result types are reachable from here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import structlog

from tenantmig import backups, chain, chain_run, enforcement, examples, gate_reads, ledger, privileges, readiness
from tenantmig import reader, repair, runner
from tenantmig import drill as drill_mod
from tenantmig import plan as plan_mod
from tenantmig import manifest as manifest_mod
from tenantmig import proposal as proposal_mod
from tenantmig import scan as scan_mod
from tenantmig import status as status_mod
from tenantmig.scan import statements as statements_mod
from tenantmig import rollout_watch as rollout_watch_mod
from tenantmig.backups import BackupResult
from tenantmig.repair import RepairResult
from tenantmig.chain_run import ChainResult, PlannedChain
from tenantmig.db import RunLock, connect
from tenantmig.drill import MarkResult
from tenantmig.examples import ExampleResult
from tenantmig.options import RunOptions, Settings
from tenantmig.proposal import InitResult
from tenantmig.readiness import CheckResult
from tenantmig.runner import Confirm, PhaseResult, PlannedMove
from tenantmig.status import StatusResult

# What the CLI, the tests and the benchmarks reach through api, whichever module owns it.
__all__ = [
    "BackupResult", "ChainResult", "CheckResult", "Confirm", "DrillConfirm", "ExampleResult", "InitResult",
    "MarkResult", "PREPARERS", "PhaseResult", "PlannedChain", "PlannedMove", "ReaderRemoved", "RepairResult",
    "RunOptions", "Settings", "StatusResult", "advance", "backup", "check", "drill", "enforce_everywhere",
    "init", "load_example", "mark", "move_to", "phases_to", "plan", "prepare_for", "privileges_check",
    "remove_reader", "repair_partitions", "rollback", "rollout", "rollout_status", "rollout_watch", "scan",
    "status", "verify",
]

log = structlog.get_logger("tenantmig.api")


# -- a phase, or several: runner.py, chain_run.py, readiness.py -----------------------------------------------


def advance(settings: Settings, number: int, confirm: Confirm | None = None) -> PhaseResult:
    return runner.run_phase(settings, number, "upgrade", confirm)


def rollback(settings: Settings, number: int, confirm: Confirm | None = None) -> PhaseResult:
    return runner.run_phase(settings, number, "downgrade", confirm)


def check(settings: Settings, number: int | None = None) -> CheckResult:
    """The pre-conditions of advancing to phase `number` (default: the next one), evaluated changing nothing."""
    return readiness.check(settings, number)


def phases_to(settings: Settings, target: int, direction: str) -> tuple[tuple[int, ...], str]:
    """The phases `--to target` moves through, in order, and the chain state in words."""
    return chain_run.phases_to(settings, target, direction)


def move_to(settings: Settings, target: int, direction: str,
            confirm: Callable[[PlannedChain], bool] | None = None) -> ChainResult:
    """`advance --to N` / `rollback --to N`: each phase with its own gates, one confirmation."""
    return chain_run.move_to(settings, target, direction, confirm)


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


# -- what a run would do, and where the database stands: plan.py, privileges.py, status.py --------------------


def plan(settings: Settings, number: int, *, with_sql: bool = False) -> plan_mod.PlanResult:
    result = plan_mod.plan(settings.url(), settings.manifest_path, settings.options, number, with_sql=with_sql)
    preflight = privileges_check(settings, number)
    result.privileges, result.privilege_lines = preflight.as_dict(), preflight.lines()
    return result


def privileges_check(settings: Settings, number: int | None = None,
                     direction: str = "upgrade") -> privileges.Preflight:
    """The privilege pre-flight alone, changing nothing: for `plan` and a `check` command."""
    manifest = manifest_mod.load(settings.manifest_path)
    url = settings.url()
    with connect(url, "privileges") as conn:
        return privileges.preflight(conn, manifest, gate_reads.all_tables(conn, manifest),
                                    phase=None if number is None else chain.phase_asked(number), direction=direction,
                                    url=url, acknowledged=settings.options.roles_shared_ok)


def status(settings: Settings, *, entries: int = 10) -> StatusResult:
    return status_mod.status(settings.url(), entries=entries)


# -- rehearsal and records: drill.py, backups.py --------------------------------------------------------------


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


def mark(settings: Settings, *, production: bool) -> MarkResult:
    """Record in the ledger whether this database is production (drills refuse it without --force)."""
    return drill_mod.mark(settings.url(), production=production)


def backup(settings: Settings) -> BackupResult:
    """A verified backup on demand, at any phase; it counts for the gates of the phases still to run."""
    url = settings.url()
    request = settings.options.backup_request()
    with RunLock(url, "backup") as conn:
        made = backups.on_demand(conn, url, request)
        return BackupResult(conn.info.dbname, chain.read_state(conn).describe(), made.as_dict())


# -- after the chain: the reader (reader.py) and new partitions (repair.py); their results live here ----------


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
        ran = reader.remove(conn, gate_reads.all_tables(conn, manifest),
                            set(manifest.schemas) | {manifest.tenants_schema}, settings.lock_policy)
        ledger.Ledger(conn, "reader --remove", manifest.sha256).record("reader.remove", "ok",
                                                                       detail={"role": role, "statements": ran})
        return ReaderRemoved(conn.info.dbname, role, ran)


def repair_partitions(settings: Settings, *, dry_run: bool) -> RepairResult:
    """Give each partition attached or created after the phases what its siblings have (repair.py)."""
    return repair.run(settings, dry_run=dry_run)


# -- rollout and verify (issue 4): enforcement.py, rollout.py, rollout_watch.py, probes/ ----------------------


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


def rollout_watch(settings: Settings, *, interval: float = 1.0, duration: float | None = None,
                  max_errors: int | None = None, metrics_port: int | None = None,
                  report: Callable | None = None, started: Callable | None = None):
    """Phase 4: watch the enforced tenants' errors and emptied reads; GateFailed at max_errors."""
    return rollout_watch_mod.watch(settings.url(), manifest_mod.load(settings.manifest_path), interval=interval,
                                   duration=duration, max_errors=max_errors, metrics_port=metrics_port,
                                   report=report or (lambda _state: None), started=started)


# -- the manifest and the application: proposal.py (init), examples/, scan/ -----------------------------------


def init(settings: Settings, request: proposal_mod.Request, *, out: str,
         overwrite: bool = False) -> InitResult:
    """Propose a manifest from the live catalogue and write it to `out` ("-": returned, not written)."""
    return proposal_mod.write(settings, request, out=out, overwrite=overwrite)


def load_example(settings: Settings, name: str, *, rows: int, manifest_out: str, role_prefix: str = "",
                 overwrite: bool = False) -> ExampleResult:
    return examples.load_into(settings, name, rows=rows, manifest_out=manifest_out, role_prefix=role_prefix,
                              overwrite=overwrite)


def scan(settings: Settings, paths: list[str], *, database: bool = False,
         include_tests: bool = False) -> scan_mod.ScanResult:
    """Tenant filters and cross-tenant code in application files; with database, pg_stat_statements too."""
    manifest = manifest_mod.load(settings.manifest_path)
    result = scan_mod.scan_paths(paths, manifest, include_tests=include_tests) if paths else scan_mod.ScanResult([])
    if database:
        result.statements = statements_mod.application_statements(settings.url(), manifest)
    return result
