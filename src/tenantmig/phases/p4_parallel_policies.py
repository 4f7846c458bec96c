"""Phase 4: tenant policies installed beside the existing ones, enforced only where switched on.

Upgrade: a snapshot of every table's policies and RLS flags; the rollout switches
(`tenantmig.rollout`, read through `tenantmig.enforced()`); then, per table, RLS
enabled with the transition policies: strict for enforced tenants and tables,
today's behaviour for everyone else (`tenantmig rollout` flips the switches).
Downgrade: the tenantmig policies dropped, RLS flags and switches as before.
"""

from __future__ import annotations

from tenantmig import grants, ledger, partitions, shown
from tenantmig.catalog import Catalog, Policy
from tenantmig.db import BRIEF, Statement, qualify
from tenantmig.errors import StateError
from tenantmig.lint import IDEMPOTENT, ours
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.phases.contract import PhaseContract, Step
from tenantmig.policies import ENFORCED_FUNCTION, ENFORCED_GRANT, PREFIX, ROLLOUT_TABLE, drop_policy, policies_for
from tenantmig.steps import StepContext

NUMBER = 4
DROP_SWITCHES = (
    Statement("DROP FUNCTION IF EXISTS tenantmig.enforced(text)", lock="none",
              squawk_ignore=(ours("ban-drop-function", "the rollout switch helper"),)),
    Statement("DROP TABLE IF EXISTS tenantmig.rollout", lock="ACCESS EXCLUSIVE on tenantmig.rollout",
              squawk_ignore=(ours("ban-drop-table", "the rollout switches table in the tenantmig schema"),)),
)


def protected(ctx: StepContext) -> list[TableSpec]:
    """Protected tables and their partitions: a partition read directly skips its parent's policies."""
    return partitions.with_partitions(ctx.catalog, ctx.manifest.protected_tables())


def _observe(ctx: StepContext) -> dict:
    """Policies and RLS flags of every protected table before phase 4 touched them."""
    catalog = ctx.catalog
    observed = {
        "tables": {
            spec.qualified: {
                "rls_enabled": catalog.get(spec.qualified).rls_enabled,
                "rls_forced": catalog.get(spec.qualified).rls_forced,
                "policies": [p.as_dict() for p in catalog.get(spec.qualified).policies
                             if not p.name.startswith(PREFIX)],
            }
            for spec in protected(ctx)
        }
    }
    return observed


def before(ctx: StepContext) -> dict:
    """Saved before the phase's first change; the downgrade restores from it."""
    return ctx.snapshot(NUMBER, "before", lambda: _observe(ctx))


def our_policies(ctx: StepContext, spec: TableSpec) -> list[str]:
    if ctx.offline:
        return []
    return [p.name for p in ctx.catalog.get(spec.qualified).policies if p.name.startswith(PREFIX)]


def _saved(ctx: StepContext, spec: TableSpec) -> dict:
    """What phase 4 observed of a table before its first change; a partition created since was not there."""
    saved = before(ctx)["tables"].get(spec.qualified)
    if saved is None:
        raise StateError(
            f"{shown.table(spec.qualified)} was created or attached after phase 4 began, so phase 4 has no record of "
            "its policies to build on",
            hint="Run `tenantmig repair partitions`: it gives the partition what its siblings have and records it.",
        )
    return saved


def policy_statements(manifest: Manifest, catalog: Catalog | None, spec: TableSpec, *, strict: bool, had_rls: bool,
                      existing: tuple[Policy, ...], ours_now: list[str]) -> list[Statement]:
    """One table's tenantmig policies in the given shape: ours dropped, the shape's created, and the
    visible_also grant checks (read from `catalog`; none offline, where there is no catalog to read)."""
    statements = [Statement(drop_policy(spec, name), table=spec.qualified, lock=BRIEF) for name in ours_now]
    statements += [Statement(p.sql, table=spec.qualified, lock=BRIEF)
                   for p in policies_for(manifest, spec, strict=strict, had_rls=had_rls, existing=existing)]
    if catalog is not None:
        functions, policies = grants.grant_sql(manifest, catalog, spec, strict=strict)
        statements += [Statement(sql, lock="none (function)") for sql in functions]
        statements += [Statement(p.sql, table=spec.qualified, lock=BRIEF) for p in policies]
    return statements


def install(ctx: StepContext, spec: TableSpec, *, strict: bool, extra: list[Statement] = ()) -> None:
    """Replace one table's tenantmig policies with the given shape, in one short transaction."""
    saved = _saved(ctx, spec)
    ctx.apply(*policy_statements(
        ctx.manifest, None if ctx.offline else ctx.catalog, spec, strict=strict, had_rls=saved["rls_enabled"],
        existing=tuple(Policy.from_dict(p) for p in saved["policies"]), ours_now=our_policies(ctx, spec)), *extra)


def create_switches(ctx: StepContext) -> None:
    before(ctx)
    ctx.apply(
        Statement(ROLLOUT_TABLE, lock="new table"),
        Statement(ENFORCED_FUNCTION, lock="none (function)"),
        Statement(ENFORCED_GRANT, lock="none"),
    )


def drop_switches(ctx: StepContext) -> None:
    ctx.apply(*DROP_SWITCHES)
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, NUMBER, "before")


def install_policies(ctx: StepContext) -> None:
    for spec in protected(ctx):
        install(ctx, spec, strict=False, extra=[Statement(
            f"ALTER TABLE {qualify(spec.qualified)} ENABLE ROW LEVEL SECURITY", table=spec.qualified, lock=BRIEF,
            squawk_ignore=(IDEMPOTENT,),
        )])


def remove_policies(ctx: StepContext) -> None:
    snap = before(ctx)["tables"]
    for spec in protected(ctx):
        statements = [Statement(drop_policy(spec, name), table=spec.qualified, lock=BRIEF)
                      for name in our_policies(ctx, spec)]
        if not ctx.offline:
            statements += [Statement(sql, lock="none",
                                     squawk_ignore=(ours("ban-drop-function", "a visible_also grant check"),))
                           for sql in grants.drop_grant_functions(ctx.manifest, ctx.catalog, spec)]
        # A partition created after phase 4 and never repaired has no entry: phase 4 never set its
        # RLS flag, so there is none of its to undo (its own policies of ours, if any, are dropped above).
        if spec.qualified in snap and not snap[spec.qualified]["rls_enabled"]:
            statements.append(Statement(
                f"ALTER TABLE {qualify(spec.qualified)} DISABLE ROW LEVEL SECURITY", table=spec.qualified, lock=BRIEF,
                squawk_ignore=(IDEMPOTENT,),
            ))
        ctx.apply(*statements)


def restore_policy(ctx: StepContext, spec: TableSpec, saved: dict) -> Statement:
    return Statement(Policy.from_dict(saved).create_sql(qualify(spec.qualified)), table=spec.qualified, lock=BRIEF)


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
