"""Phase 6: cleanup.

Upgrade: the rollout switches removed (phase 5 enforces everything, nothing reads
them any more) and every migrated table analysed so the planner knows the new key.
The fill triggers stay: unchanged application code may still write rows without
the key. Downgrade: the switches recreated with the state they had.
"""

from __future__ import annotations

from tenantmig import ledger
from tenantmig.ops import undo
from tenantmig.ops.access import CreateRolloutSwitches, RestoreRolloutSwitch
from tenantmig.ops.tables import Analyze
from tenantmig.phases.contract import PhaseContract, Step
from tenantmig.steps import StepContext

NUMBER = 6
SWITCHES = CreateRolloutSwitches()  # as phase 4 created them


def remove_artifacts(ctx: StepContext) -> None:
    if not ctx.offline:
        exists = ctx.execute("SELECT to_regclass('tenantmig.rollout') IS NOT NULL").fetchone()[0]
        rows = ctx.execute("SELECT scope, value FROM tenantmig.rollout ORDER BY 1, 2").fetchall() if exists else []
        if exists:
            ledger.save_snapshot(ctx.raw, NUMBER, "rollout", [list(r) for r in rows])
    ctx.apply(*undo([SWITCHES]))
    for spec in ctx.manifest.protected_tables():
        ctx.apply(Analyze(spec.qualified))


def recreate_artifacts(ctx: StepContext) -> None:
    rows = [] if ctx.offline else (ledger.load_snapshot(ctx.raw, NUMBER, "rollout") or [])
    ctx.apply(SWITCHES, *(RestoreRolloutSwitch(scope, value) for scope, value in rows))
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, NUMBER, "rollout")


# -- the contract -------------------------------------------------------------

CONTRACT = PhaseContract(
    number=NUMBER,
    name="cleanup",
    slug="p6_cleanup",
    steps=(Step("p6_01_cleanup", remove_artifacts, recreate_artifacts),),
    gate_hooks=("rollout_switches_absent", "rollout_switches_present", "isolation_holds"),
    snapshots=("rollout",),
)
