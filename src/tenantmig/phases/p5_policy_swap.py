"""Phase 5: the policy swap.

Upgrade: strict tenant policies for everyone and the superseded policies the
manifest names dropped (per table, one short transaction each); then FORCE ROW
LEVEL SECURITY so table owners are filtered too; then BYPASSRLS taken from the
service roles. A snapshot taken first records what each step changes.
Downgrade: everything restored from that snapshot.
"""

from __future__ import annotations

from tenantmig import ledger
from tenantmig.db import Statement, qualify, quote_ident
from tenantmig.lint import IDEMPOTENT
from tenantmig.phases import p4_parallel_policies as p4
from tenantmig.policies import drop_policy
from tenantmig.steps import StepContext

NUMBER = 5
BRIEF = p4.BRIEF


def _observe(ctx: StepContext) -> dict:
    catalog = ctx.catalog
    observed = {
        "forced": {s.qualified: catalog.get(s.qualified).rls_forced for s in p4.protected(ctx)},
        "superseded": {
            s.qualified: [p.as_dict() for p in catalog.get(s.qualified).policies if p.name in s.drop_policies]
            for s in p4.protected(ctx)
        },
        "bypassrls": {r: catalog.roles[r].bypassrls for r in ctx.manifest.roles.service if r in catalog.roles},
    }
    return observed


def before(ctx: StepContext) -> dict:
    """Saved before the phase's first change; the downgrade restores from it."""
    return ctx.snapshot(NUMBER, "before", lambda: _observe(ctx))


def strict_policies(ctx: StepContext) -> None:
    before(ctx)
    for spec in p4.protected(ctx):
        superseded = [Statement(drop_policy(spec, name), table=spec.qualified, lock=BRIEF) for name in spec.drop_policies]
        p4.install(ctx, spec, strict=True, extra=superseded)


def transition_policies(ctx: StepContext) -> None:
    saved = before(ctx)["superseded"]
    for spec in p4.protected(ctx):
        existing = set() if ctx.offline else {p.name for p in ctx.catalog.get(spec.qualified).policies}
        restored = [p4.restore_policy(ctx, spec, policy) for policy in saved.get(spec.qualified, [])
                    if policy["name"] not in existing]
        p4.install(ctx, spec, strict=False, extra=restored)
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, NUMBER, "before")


def force_rls(ctx: StepContext) -> None:
    for spec in p4.protected(ctx):
        ctx.apply(Statement(f"ALTER TABLE {qualify(spec.qualified)} FORCE ROW LEVEL SECURITY",
                            table=spec.qualified, lock=BRIEF, squawk_ignore=(IDEMPOTENT,)))


def unforce_rls(ctx: StepContext) -> None:
    forced = before(ctx)["forced"]
    for spec in p4.protected(ctx):
        if not forced.get(spec.qualified, False):
            ctx.apply(Statement(f"ALTER TABLE {qualify(spec.qualified)} NO FORCE ROW LEVEL SECURITY",
                                table=spec.qualified, lock=BRIEF, squawk_ignore=(IDEMPOTENT,)))


def revoke_bypassrls(ctx: StepContext) -> None:
    # Roles are cluster-wide: this changes the role in every database of the server.
    for role in ctx.manifest.roles.service:
        ctx.apply(Statement(f"ALTER ROLE {quote_ident(role)} NOBYPASSRLS", lock="none (role attribute)"))


def restore_bypassrls(ctx: StepContext) -> None:
    for role, had in before(ctx)["bypassrls"].items():
        if had:
            ctx.apply(Statement(f"ALTER ROLE {quote_ident(role)} BYPASSRLS", lock="none (role attribute)"))
