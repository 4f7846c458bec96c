"""Fault injection: the named points where a run can be killed, and a way to list them all.

Every revision step passes through points as it works: `start` (the step before it is
stamped, nothing of this one done), `<n>` (right after its n-th unit committed),
`after:<table>` (the backfill, between two tables), and `end` (its work done, Alembic
has not yet stamped the version). A point is the only place a kill is simulated, so
listing the points a run passes through lists every state a crash can leave behind;
a new step or unit shows up in that list without anyone maintaining it.

TENANTMIG_CRASH_AT=<revision>:<point> kills the process (os._exit) when it reaches
that point: no cleanup, exactly like a kill -9. In-process, `crash_at` raises
`SimulatedCrash`, a BaseException that no `except Exception` records, so a test sees
what the next run sees after a kill without paying for a process per point.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator

import structlog

log = structlog.get_logger("tenantmig.faults")

CRASH_ENV = "TENANTMIG_CRASH_AT"
CRASH_EXIT_CODE = 137

Hook = Callable[[str, str], None]
_hooks: list[Hook] = []


class SimulatedCrash(BaseException):
    """Raised at an injection point in-process; BaseException so that nothing records or absorbs it."""


def reached(revision: str, point: str) -> None:
    for hook in list(_hooks):
        hook(revision, point)
    if os.environ.get(CRASH_ENV) == f"{revision}:{point}":
        log.warning("fault_injection.crash", revision=revision, point=point)
        os._exit(CRASH_EXIT_CODE)


@contextlib.contextmanager
def hooked(hook: Hook) -> Iterator[None]:
    """Call `hook(revision, point)` at every injection point while the block runs (tests act there)."""
    _hooks.append(hook)
    try:
        yield
    finally:
        _hooks.remove(hook)


@contextlib.contextmanager
def recording() -> Iterator[list[str]]:
    """Every point reached while the block runs, in order, as `<revision>:<point>`."""
    seen: list[str] = []
    with hooked(lambda revision, point: seen.append(f"{revision}:{point}")):
        yield seen


@contextlib.contextmanager
def crash_at(target: str) -> Iterator[None]:
    """Raise SimulatedCrash when the point `<revision>:<point>` is reached."""

    def hook(revision: str, point: str) -> None:
        if f"{revision}:{point}" == target:
            log.warning("fault_injection.crash", revision=revision, point=point, mode="in-process")
            raise SimulatedCrash(target)

    with hooked(hook):
        yield


def split(point: str) -> tuple[str, str]:
    """'p2_01_backfill:after:patients' -> ('p2_01_backfill', 'after:patients')."""
    revision, _, name = point.partition(":")
    return revision, name


def summarize(points: list[str]) -> list[tuple[str, str]]:
    """(revision, its points in order) with runs of unit numbers folded: 'start, 1-10, end'."""
    by_revision: dict[str, list[str]] = {}
    for point in points:
        revision, name = split(point)
        by_revision.setdefault(revision, []).append(name)
    out = []
    for revision, names in by_revision.items():
        parts: list[str] = []
        units = [n for n in names if n.isdigit()]
        for name in names:
            if not name.isdigit():
                parts.append(name)
            elif name == units[0]:
                parts.append(name if len(units) == 1 else f"{units[0]}-{units[-1]}")
        out.append((revision, ", ".join(parts)))
    return out
