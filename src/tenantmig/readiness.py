"""`tenantmig check`: whether phase N may start, evaluated changing nothing.

No run lock and no ledger schema: a check on a database nobody has migrated yet leaves it exactly
as it was. The evaluation is the one `advance` makes before it asks (precheck.py), plus the
privilege pre-flight it makes before its first change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tenantmig import chain, gate_reads, gates, precheck, privileges
from tenantmig import manifest as manifest_mod
from tenantmig.db import connect, create_engine
from tenantmig.errors import StateError
from tenantmig.options import Settings
from tenantmig.phases import PHASES


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


def _next(state: chain.ChainState) -> int:
    """The phase an advance would run next: the partial one, else the one after the current."""
    if state.partial_phase is not None:
        return state.partial_phase.number
    number = 0 if state.current_phase is None else state.current_phase + 1
    if number > PHASES[-1].number:
        raise StateError(f"the database is {state.describe()}: there is no phase left to advance to")
    return number


def check(settings: Settings, number: int | None = None) -> CheckResult:
    """The pre-conditions of advancing to phase `number` (default: the next one), evaluated changing nothing."""
    manifest = manifest_mod.load(settings.manifest_path)
    url = settings.url()
    engine = create_engine(url, "check")
    try:
        with connect(url, "check") as conn:
            state = chain.read_state(conn)
            if number is None:
                number = _next(state)
            target = chain.phase_asked(number)
            if not chain.revisions_to_run(state, target, "upgrade"):
                raise StateError(f"phase {number} is already applied: the database is {state.describe()}",
                                 hint=f"Check the next one: tenantmig check --phase {number + 1}"
                                 if number < PHASES[-1].number else None)
            with gate_reads.every_row(conn, manifest, f"phase {number}'s pre-conditions"):
                verdict = precheck.evaluate(gate_reads.context(engine, conn, manifest, settings.options), target,
                                            "upgrade")
            # What advance checks before its first change: the privileges it needs, and hand-offs.
            preflight = privileges.preflight(conn, manifest, gate_reads.all_tables(conn, manifest), phase=target,
                                             direction="upgrade", url=url,
                                             acknowledged=settings.options.roles_shared_ok)
            rights = gates.Outcome("privileges", preflight.ok, tuple(
                [f"problem: {p}" for p in preflight.problems]
                + [f"needs {h.who}: {h.why}: {' '.join(h.statements)}" for h in preflight.handoffs]))
            return CheckResult(conn.info.dbname, state.describe(), number, target.name, "upgrade",
                               verdict.passed and rights.passed, [*verdict.outcomes, rights])
    finally:
        engine.dispose()
