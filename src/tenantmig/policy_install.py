"""Putting tenantmig's policies on a table: what phase 4 (transition shape) and phase 5 (strict) share.

Both build on what phase 4 recorded before its first change: each protected table's RLS flags
and its own policies (the application's). A table's policies of tenantmig are replaced as a
whole in one short transaction, so a reader never sees a table with half a shape. `repair
partitions` gives a partition created later the same statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tenantmig import grants, partitions, shown
from tenantmig.catalog import Catalog, Policy
from tenantmig.db import Statement
from tenantmig.errors import StateError
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.ops import Operation, statements_of
from tenantmig.ops.access import CreatePolicy, DropPolicy
from tenantmig.policies import PREFIX, policies_for
from tenantmig.steps import StepContext

if TYPE_CHECKING:
    from tenantmig.phases.contract import PhaseContract


def protected(ctx: StepContext) -> list[TableSpec]:
    """Protected tables and their partitions: a partition read directly skips its parent's policies."""
    return partitions.with_partitions(ctx.catalog, ctx.manifest.protected_tables())


def _observe(ctx: StepContext) -> dict:
    """Policies and RLS flags of every protected table before tenantmig's policies were installed."""
    catalog = ctx.catalog
    return {
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


def recorded(ctx: StepContext, phase: PhaseContract) -> dict:
    """The record `phase` (phase 4) saves before its first change, once; offline, the current state."""
    return ctx.snapshot(phase.number, "before", lambda: _observe(ctx))


def table_record(records: dict, spec: TableSpec) -> dict:
    """What was recorded of one table; a partition created or attached since was not there."""
    saved = records["tables"].get(spec.qualified)
    if saved is None:
        raise StateError(
            f"{shown.table(spec.qualified)} was created or attached after phase 4 began, so phase 4 has no record of "
            "its policies to build on",
            hint="Run `tenantmig repair partitions`: it gives the partition what its siblings have and records it.",
        )
    return saved


def our_policies(ctx: StepContext, spec: TableSpec) -> list[str]:
    if ctx.offline:
        return []
    return [p.name for p in ctx.catalog.get(spec.qualified).policies if p.name.startswith(PREFIX)]


def policy_statements(manifest: Manifest, catalog: Catalog | None, spec: TableSpec, *, strict: bool, had_rls: bool,
                      existing: tuple[Policy, ...], ours_now: list[str]) -> list[Statement]:
    """One table's tenantmig policies in the given shape: ours dropped, the shape's created, and the
    visible_also grant checks (read from `catalog`; none offline, where there is no catalog to read)."""
    operations: list[Operation] = [DropPolicy(spec.qualified, name) for name in ours_now]
    operations += policies_for(manifest, spec, strict=strict, had_rls=had_rls, existing=existing)
    if catalog is not None:
        functions, checks = grants.grant_operations(manifest, catalog, spec, strict=strict)
        operations += [*functions, *checks]
    return statements_of(operations)


def install(ctx: StepContext, spec: TableSpec, saved: dict, *, strict: bool,
            extra: Sequence[Operation] = ()) -> None:
    """Replace one table's tenantmig policies with the given shape, in one short transaction.

    `saved` is the table's record (table_record): whether RLS was on, and its own policies.
    """
    ctx.apply(*policy_statements(
        ctx.manifest, None if ctx.offline else ctx.catalog, spec, strict=strict, had_rls=saved["rls_enabled"],
        existing=tuple(Policy.from_dict(p) for p in saved["policies"]), ours_now=our_policies(ctx, spec)), *extra)


def restored(spec: TableSpec, saved: dict) -> CreatePolicy:
    """A policy of the table's own, recreated as it was recorded."""
    policy = Policy.from_dict(saved)
    return CreatePolicy(spec.qualified, policy.name, policy.command, policy.permissive, policy.roles,
                        policy.using, policy.check)
