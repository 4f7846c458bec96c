"""`advance --to N` / `rollback --to N`: several phase runs behind one confirmation.

Each phase is a run of its own (runner.py) with its own gates; the first failure stops the
rest, and says which phases completed before it so that nobody re-runs them by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tenantmig import chain, precheck, readiness, runner
from tenantmig.db import connect
from tenantmig.errors import StateError, TenantmigError, UsageError
from tenantmig.options import Settings
from tenantmig.phases import PHASES, phase


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
    phases: list[runner.PhaseResult] = field(default_factory=list)

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
    """Each phase with its own gates, one confirmation, stop at the first failure.

    The first phase's pre-conditions are evaluated before the question (by `check`); a later
    phase's depend on the earlier ones having run, so each is evaluated as its turn comes.
    """
    numbers, where = phases_to(settings, target, direction)
    result = ChainResult(direction, target, "already there" if not numbers else "done")
    if not numbers:
        return result
    if direction == "upgrade":
        first = readiness.check(settings, numbers[0])
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
