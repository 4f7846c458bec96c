"""Phase 4: tenant policies installed beside the existing ones, enforced only where switched on.

Upgrade: a snapshot of every table's policies and RLS flags; the rollout switches
(`tenantmig.rollout`, read through `tenantmig.enforced()`); then, per table, RLS
enabled with the transition policies: strict for enforced tenants and tables,
today's behaviour for everyone else (`tenantmig rollout` flips the switches).
Downgrade: the tenantmig policies dropped, RLS flags and switches as before.
"""

from __future__ import annotations

from tenantmig import grants, ledger
from tenantmig.ops import Operation, undo
from tenantmig.ops.access import CreateRolloutSwitches, DisableRowSecurity, DropPolicy, EnableRowSecurity
from tenantmig.phases.contract import PhaseContract, Step
from tenantmig.policy_install import install, our_policies, protected, recorded, table_record
from tenantmig.steps import StepContext

NUMBER = 4
SWITCHES = CreateRolloutSwitches()


def before(ctx: StepContext) -> dict:
    """Saved before the phase's first change; the downgrade restores from it."""
    return recorded(ctx, CONTRACT)


def create_switches(ctx: StepContext) -> None:
    before(ctx)
    ctx.apply(SWITCHES)


def drop_switches(ctx: StepContext) -> None:
    ctx.apply(*undo([SWITCHES]))
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, NUMBER, "before")


def install_policies(ctx: StepContext) -> None:
    records = before(ctx)
    for spec in protected(ctx):
        install(ctx, spec, table_record(records, spec), strict=False, extra=[EnableRowSecurity(spec.qualified)])


def remove_policies(ctx: StepContext) -> None:
    snap = before(ctx)["tables"]
    for spec in protected(ctx):
        operations: list[Operation] = [DropPolicy(spec.qualified, name) for name in our_policies(ctx, spec)]
        if not ctx.offline:
            operations += grants.drop_grant_functions(ctx.manifest, ctx.catalog, spec)
        # A partition created after phase 4 and never repaired has no entry: phase 4 never set its
        # RLS flag, so there is none of its to undo (its own policies of ours, if any, are dropped above).
        if spec.qualified in snap and not snap[spec.qualified]["rls_enabled"]:
            operations.append(DisableRowSecurity(spec.qualified))
        ctx.apply(*operations)


# -- the contract -------------------------------------------------------------

CONTRACT = PhaseContract(
    number=NUMBER,
    name="parallel policies",
    slug="p4_parallel_policies",
    steps=(
        Step("p4_01_rollout_switches", create_switches, drop_switches),
        Step("p4_02_policies", install_policies, remove_policies),
    ),
    gate_hooks=("rls_enabled", "rollout_switches_present", "today_behaviour_kept", "no_tenantmig_policies"),
    snapshots=("before",),
    rollout=True,
)
