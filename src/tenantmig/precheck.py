"""Everything that must hold before a phase moves, evaluated changing nothing.

`tenantmig check`, `advance` and `rollback` all come here, so what `check` reports is
exactly what a run would refuse on, and a run refuses before it asks for confirmation.
The gate files' `pre` items are evaluated first, with the manifest's agreement with the
database always first on the way up: every other check reads the tables the manifest
names, and on a table that does not exist would fail with a database error instead of
naming the table.

Other modules add pre-conditions of their own (a privilege pre-flight, say) with
`@precondition("name")`: a function of a `gates.GateContext` returning what it found
wrong, evaluated after the gate file's items on every phase and direction it accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tenantmig import gates
from tenantmig.errors import GateFailed, TenantmigError, UsageError
from tenantmig.phases import Phase

MANIFEST_CHECK = "manifest_matches_database"
NOT_EVALUATED = "not evaluated: the manifest does not match the database"


@dataclass(frozen=True)
class Precondition:
    name: str
    check: Callable[[gates.GateContext], list[str]]
    applies: Callable[[int, str], bool]  # (phase number, "upgrade" | "downgrade") -> evaluated?


PRECONDITIONS: list[Precondition] = []


def precondition(name: str, applies: Callable[[int, str], bool] = lambda number, direction: True):
    """Register an extra pre-condition, evaluated by `check`, `advance` and `rollback` before anything changes."""

    def register(fn: Callable[[gates.GateContext], list[str]]):
        PRECONDITIONS.append(Precondition(name, fn, applies))
        return fn

    return register


def items_for(target: Phase, direction: str) -> tuple[gates.GateItem, ...]:
    items = gates.load_gates(target.number).get(direction, "pre")
    if direction == "upgrade":
        # First, and on every phase: the gate files of phases 3 and 6 do not list it, and at
        # those phases a table dropped since phase 1 crashed the run with UndefinedTable.
        first = [i for i in items if i.builtin == MANIFEST_CHECK] or [gates.GateItem(MANIFEST_CHECK, builtin=MANIFEST_CHECK)]
        items = (*first, *(i for i in items if i.builtin != MANIFEST_CHECK))
    return items


@dataclass
class Verdict:
    outcomes: list[gates.Outcome] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(o.passed for o in self.outcomes)

    @property
    def failure(self) -> type[TenantmigError]:
        """What a refusal raises: bad input (exit 2) if any failed check says its failure is that, else a gate."""
        kinds = [o.failure for o in self.outcomes if not o.passed]
        return next((k for k in kinds if issubclass(k, UsageError)), GateFailed)

    @property
    def manifest_failed(self) -> bool:
        """Bad input failed: what is left reads tables the input names, so it is not evaluated."""
        return issubclass(self.failure, UsageError)

    def problems(self) -> list[str]:
        return gates.failures(self.outcomes)


def evaluate(gctx: gates.GateContext, target: Phase, direction: str) -> Verdict:
    """The pre-conditions of moving `target` in `direction`, in order; nothing is changed."""
    verdict = Verdict()
    for item in items_for(target, direction):
        if verdict.manifest_failed:
            verdict.outcomes.append(gates.Outcome(item.name, False, (NOT_EVALUATED,)))
            continue
        verdict.outcomes.extend(gates.run_items(gctx, (item,)))
    for extra in PRECONDITIONS:
        if not extra.applies(target.number, direction):
            continue
        if verdict.manifest_failed:
            verdict.outcomes.append(gates.Outcome(extra.name, False, (NOT_EVALUATED,)))
            continue
        findings = extra.check(gctx)
        verdict.outcomes.append(gates.Outcome(extra.name, not findings, tuple(findings)))
    return verdict


def refusal(verdict: Verdict, target: Phase, direction: str) -> TenantmigError:
    """The error a run refused on its pre-conditions raises, the same from advance, --to and plan."""
    # Each failed check carries its error type: the manifest disagreeing with the database is bad
    # input (exit 2), anything else a failed gate (exit 1).
    failure = verdict.failure
    return failure(
        f"phase {target.number} ({target.name}) {direction}: pre-conditions failed, nothing was changed:\n"
        + "\n".join(verdict.problems()),
        hint=("Fix the manifest (or the database) and run the same command again." if verdict.manifest_failed
              else f"Each line says what is missing; `tenantmig check --phase {target.number}` re-evaluates them "
                   "without changing anything."),
        details={"phase": target.number, "direction": direction, "gates": [o.as_dict() for o in verdict.outcomes]},
    )
