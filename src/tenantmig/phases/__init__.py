"""The seven phases: numbers, names and the ordered Alembic revisions of each.

Revision ids are fixed and readable; `migrations/versions/` holds one thin shim per id,
and a test checks the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phase:
    number: int
    name: str
    slug: str
    revisions: tuple[str, ...]

    @property
    def head(self) -> str:
        return self.revisions[-1]


PHASES: tuple[Phase, ...] = (
    Phase(0, "backups", "p0_backups", ("p0_01_baseline",)),
    Phase(
        1,
        "tenant columns",
        "p1_tenant_columns",
        ("p1_01_registry", "p1_02_columns", "p1_03_indexes", "p1_04_fill_triggers"),
    ),
    Phase(2, "backfill", "p2_backfill", ("p2_01_backfill",)),
    Phase(
        3,
        "NOT NULL",
        "p3_not_null",
        ("p3_01_check_not_valid", "p3_02_validate_checks", "p3_03_set_not_null", "p3_04_validate_fks",
         "p3_05_tenant_scoped_keys"),
    ),
    Phase(4, "parallel policies", "p4_parallel_policies", ("p4_01_rollout_switches", "p4_02_policies")),
    Phase(5, "policy swap", "p5_policy_swap", ("p5_01_strict_policies", "p5_02_force_rls", "p5_03_service_roles")),
    Phase(6, "cleanup", "p6_cleanup", ("p6_01_cleanup",)),
)

REVISIONS: tuple[str, ...] = tuple(r for p in PHASES for r in p.revisions)


def phase(number: int) -> Phase:
    for candidate in PHASES:
        if candidate.number == number:
            return candidate
    raise KeyError(number)


def phase_of(revision: str) -> Phase:
    for candidate in PHASES:
        if revision in candidate.revisions:
            return candidate
    raise KeyError(revision)
