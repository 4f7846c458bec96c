"""Which tenant the current unit of work acts for: a contextvar, nothing else.

A contextvar (not a thread-local) because the same code runs in threads, in
asyncio tasks and in SQLAlchemy's greenlets; each copies its context, so a scope
entered in one request can never be seen by another running beside it.

The scope is read when a database transaction begins. Entering a scope inside a
transaction that has already begun changes nothing in that transaction: the
integrations state the tenant once, as the transaction's first statement.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from contextvars import Context, ContextVar, copy_context
from dataclasses import dataclass


@dataclass(frozen=True)
class TenantScope:
    """Work done for one tenant: RLS shows and accepts only that tenant's rows."""

    tenant_id: str


@dataclass(frozen=True)
class CrossTenantScope:
    """Work that spans tenants (admin, reporting), done as a named database role.

    The role, not a setting, is what lets the work cross tenants: a setting can be
    changed by any statement of the application, a role needs a GRANT.
    """

    role: str
    reason: str | None = None


Scope = TenantScope | CrossTenantScope

_scope: ContextVar[Scope | None] = ContextVar("tenantmig_tenant_scope", default=None)


def _tenant_text(client_id: object) -> str:
    if client_id is None:
        raise ValueError("tenant(None): a tenant scope needs a tenant; use no scope for 'no tenant'")
    if isinstance(client_id, bool) or not isinstance(client_id, str | int | uuid.UUID):
        raise TypeError(f"tenant id must be a str, int or uuid.UUID, not {type(client_id).__name__}")
    text = str(client_id).strip()
    if not text:
        # '' is what the database reads as "no tenant" (NULLIF in the policy), so a
        # scope that states it would look scoped to the application and deny silently.
        raise ValueError("tenant id is empty")
    return text


@contextlib.contextmanager
def _entered(scope: Scope) -> Iterator[Scope]:
    token = _scope.set(scope)
    try:
        yield scope
    finally:
        _scope.reset(token)


def tenant(client_id: str | int | uuid.UUID) -> contextlib.AbstractContextManager[Scope]:
    """Scope the enclosed work to one tenant. Nestable: the innermost scope wins."""
    return _entered(TenantScope(_tenant_text(client_id)))


def cross_tenant(role: str, *, reason: str | None = None) -> contextlib.AbstractContextManager[Scope]:
    """Scope the enclosed work to a role that may cross tenants; no tenant is stated."""
    if not isinstance(role, str) or not role.strip():
        raise ValueError("cross_tenant() needs the database role the work runs as")
    return _entered(CrossTenantScope(role=role, reason=reason))


def current_scope() -> Scope | None:
    return _scope.get()


def current_tenant() -> str | None:
    """The tenant in scope, or None (no scope, or a cross-tenant scope)."""
    scope = _scope.get()
    return scope.tenant_id if isinstance(scope, TenantScope) else None


def context_with(scope: Scope) -> Context:
    """A copy of the current context with `scope` entered, for `ctx.run(fn)`.

    For work that outlives a `with` block or runs elsewhere: a WSGI response
    iterated after the app returned, or a ThreadPoolExecutor (which does not copy
    contextvars on its own: `pool.submit(context_with(scope).run, fn)`).
    """
    ctx = copy_context()
    ctx.run(_scope.set, scope)
    return ctx
