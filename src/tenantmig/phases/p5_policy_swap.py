"""Phase 5: the policy swap.

Upgrade: strict tenant policies for everyone and the superseded policies the
manifest names dropped (per table, one short transaction each); then FORCE ROW
LEVEL SECURITY so table owners are filtered too; then BYPASSRLS taken from the
service roles. A snapshot taken first records what each step changes.
Downgrade: everything restored from that snapshot.
"""

from __future__ import annotations

import re

from tenantmig import ledger
from tenantmig.ops.access import (DropPolicy, ForceRowSecurity, GrantRole, NoForceRowSecurity, RevokeRole,
                                  RoleBypassRls, ViewSecurityInvoker)
from tenantmig.phases import p4_parallel_policies as p4
from tenantmig.phases.contract import PhaseContract, Prerequisite, PrivilegeNeeds, Step
from tenantmig.policy_install import install, protected, recorded, restored, table_record
from tenantmig.privileges import HANDOFF_KEY, KEEP_KEY, VIA_KEY, forget_handoffs, views_reading
from tenantmig.steps import StepContext

NUMBER = 5


def _observe(ctx: StepContext) -> dict:
    catalog = ctx.catalog
    observed = {
        "forced": {s.qualified: catalog.get(s.qualified).rls_forced for s in protected(ctx)},
        "superseded": {
            s.qualified: [p.as_dict() for p in catalog.get(s.qualified).policies if p.name in s.drop_policies]
            for s in protected(ctx)
        },
        "bypassrls": {r: catalog.roles[r].bypassrls or r in _handed_off(ctx)
                      for r in ctx.manifest.roles.service if r in catalog.roles},
        "member_of_via": _memberships(ctx),
        "views": _views(ctx),
    }
    return observed


def _handed_off(ctx: StepContext) -> dict:
    """Roles whose BYPASSRLS an admin took away for this phase before it ran (privileges.py): they had it."""
    return {} if ctx.offline else ledger.get_setting(ctx.raw, HANDOFF_KEY, {}) or {}


def _memberships(ctx: StepContext) -> dict[str, bool]:
    via = ctx.manifest.roles.service_via
    if via is None or ctx.offline:
        return {}
    # A membership an admin granted for this phase before it ran (privileges.py) is the phase's own.
    handed = set(ledger.get_setting(ctx.raw, VIA_KEY, []) or [])
    return {role: ctx.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (role, via)).fetchone()[0]
            and role not in handed for role in ctx.manifest.roles.service}


def _views(ctx: StepContext) -> dict[str, str | None]:
    """Views of the migrated schemas that read a protected table directly: their security_invoker option.

    A view runs with its owner's rights, so without security_invoker it reads past RLS.
    Before PostgreSQL 15 there is no such option; verify reports those views instead.
    """
    if ctx.offline or ctx.catalog.server_version_num < 150000:
        return {}
    rows = views_reading(ctx.execute, ctx.manifest.schemas, [s.qualified for s in protected(ctx)])
    return {view: option for view, option, _owner, _mine in rows}


def before(ctx: StepContext) -> dict:
    """Saved before the phase's first change; the downgrade restores from it."""
    saved = ctx.snapshot(NUMBER, "before", lambda: _observe(ctx))
    if "views" in saved:
        saved["views"] = {_unquoted(name): option for name, option in saved["views"].items()}
    return saved


# A snapshot written before the operations module kept each view quoted as SQL writes it
# (quote_ident(schema) . quote_ident(name)); the operations quote `schema.name` themselves now.
_QUOTED_PART = r'(?:"(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)'
_OLD_VIEW_NAME = re.compile(rf"({_QUOTED_PART})\.({_QUOTED_PART})")


def _unquoted(name: str) -> str:
    match = _OLD_VIEW_NAME.fullmatch(name)
    if '"' not in name or match is None:
        return name
    return ".".join(part[1:-1].replace('""', '"') if part.startswith('"') else part for part in match.groups())


def _policies_recorded(ctx: StepContext) -> dict:
    """What phase 4 recorded of each table before its first change: the shapes are built on it."""
    return recorded(ctx, p4.CONTRACT)


def strict_policies(ctx: StepContext) -> None:
    before(ctx)
    records = _policies_recorded(ctx)
    for spec in protected(ctx):
        superseded = [DropPolicy(spec.qualified, name) for name in spec.drop_policies]
        install(ctx, spec, table_record(records, spec), strict=True, extra=superseded)


def transition_policies(ctx: StepContext) -> None:
    saved = before(ctx)["superseded"]
    records = _policies_recorded(ctx)
    for spec in protected(ctx):
        existing = set() if ctx.offline else {p.name for p in ctx.catalog.get(spec.qualified).policies}
        back = [restored(spec, policy) for policy in saved.get(spec.qualified, []) if policy["name"] not in existing]
        install(ctx, spec, table_record(records, spec), strict=False, extra=back)
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, NUMBER, "before")


def force_rls(ctx: StepContext) -> None:
    for spec in protected(ctx):
        ctx.apply(ForceRowSecurity(spec.qualified))
    # Owners are filtered now; a view still reads as its owner unless it runs as its caller.
    ctx.emit("-- views reading protected tables: SET (security_invoker = true) (PostgreSQL 15+; listed online)")
    for view in before(ctx).get("views", {}):
        ctx.apply(ViewSecurityInvoker(view, "true"))


def unforce_rls(ctx: StepContext) -> None:
    saved = before(ctx)
    for view, option in saved.get("views", {}).items():
        ctx.apply(ViewSecurityInvoker(view, option))
    forced = saved["forced"]
    for spec in protected(ctx):
        if not forced.get(spec.qualified, False):
            ctx.apply(NoForceRowSecurity(spec.qualified))


def revoke_bypassrls(ctx: StepContext) -> None:
    roles = ctx.manifest.roles
    members = before(ctx).get("member_of_via", {})
    for role in roles.service:
        # Skipped when already done (by an admin's hand-off): without superuser even a no-op ALTER is refused.
        if ctx.offline or ctx.catalog.roles[role].bypassrls:
            ctx.apply(RoleBypassRls(role, bypass=False))
        if roles.service_via and not members.get(role, False) and (
                ctx.offline or not ctx.execute("SELECT pg_has_role(%s, %s, 'MEMBER')",
                                               (role, roles.service_via)).fetchone()[0]):
            ctx.apply(_grant_via(ctx, role))


def _grant_via(ctx: StepContext, role: str) -> GrantRole:
    """Membership that allows SET ROLE to the named cross-tenant role, and (16+) nothing more.

    Before PostgreSQL 16 membership also inherits the role's privileges and permissive
    policies: the service role stays filtered by the restrictive tenant policy, but inside
    its tenant it reads what that role may read.
    """
    return GrantRole(ctx.manifest.roles.service_via, role, set_only=ctx.catalog.server_version_num >= 160000)


def restore_bypassrls(ctx: StepContext) -> None:
    saved = before(ctx)
    via = ctx.manifest.roles.service_via
    for role, was_member in saved.get("member_of_via", {}).items():
        # Skipped when an admin already revoked it (hand-off): without ADMIN OPTION even a no-op REVOKE fails.
        if not was_member and (ctx.offline or ctx.execute("SELECT pg_has_role(%s, %s, 'MEMBER')",
                                                          (role, via)).fetchone()[0]):
            ctx.apply(RevokeRole(via, role))
    # Another database on this server still at phase 5 needs these without BYPASSRLS (privileges.py).
    keep = set() if ctx.offline else set(ledger.get_setting(ctx.raw, KEEP_KEY, []) or [])
    for role, had in saved["bypassrls"].items():
        if had and role not in keep and (ctx.offline or not ctx.catalog.roles[role].bypassrls):
            ctx.apply(RoleBypassRls(role, bypass=True))


# -- the contract -------------------------------------------------------------

# Strict policies for everyone are safe only once the rollout reached everyone and was verified since.
ROLLOUT_VERIFIED = Prerequisite(
    name="rollout_verified",
    how="tenantmig rollout enable --all, then tenantmig verify",
    gates=("enforced_everywhere", "verified_after_rollout"),
)

CONTRACT = PhaseContract(
    number=NUMBER,
    name="policy swap",
    slug="p5_policy_swap",
    steps=(
        Step("p5_01_strict_policies", strict_policies, transition_policies),
        Step("p5_02_force_rls", force_rls, unforce_rls),
        Step("p5_03_service_roles", revoke_bypassrls, restore_bypassrls),
    ),
    gate_hooks=("rls_forced", "isolation_holds", "service_roles_without_bypassrls"),
    requires=(ROLLOUT_VERIFIED,),
    plan_shows=("application_statements",),
    privileges=PrivilegeNeeds(role_attributes=True),
    snapshots=("before",),
    # Its hand-offs (BYPASSRLS taken away by an admin) are history once it is undone.
    after_rollback=forget_handoffs,
    strict=True,
)
