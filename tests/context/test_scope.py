"""The scope is a contextvar: nested scopes unwind, concurrent tasks and threads never share one."""

from __future__ import annotations

import asyncio
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from tenantmig.context import (
    ContextSource,
    CrossTenantScope,
    TenantScope,
    context_with,
    cross_tenant,
    current_scope,
    current_tenant,
    tenant,
)

A, B = str(uuid.UUID(int=0xA)), str(uuid.UUID(int=0xB))


def test_nested_scopes_unwind_to_the_outer_one():
    assert current_tenant() is None
    with tenant(A):
        with tenant(B):
            assert current_tenant() == B
        assert current_tenant() == A
        with cross_tenant(role="reporting"):
            assert current_tenant() is None
            assert current_scope() == CrossTenantScope("reporting")
        assert current_tenant() == A
    assert current_scope() is None


def test_scope_unwinds_when_the_body_raises():
    with pytest.raises(RuntimeError), tenant(A):
        raise RuntimeError("boom")
    assert current_scope() is None


def test_uuid_and_int_ids_are_stated_as_text():
    with tenant(uuid.UUID(A)):
        assert current_tenant() == A
    with tenant(42):
        assert current_tenant() == "42"


@pytest.mark.parametrize("bad", ["", "   ", None])
def test_an_empty_tenant_is_refused_not_treated_as_a_scope(bad):
    # '' is what the policy reads as "no tenant": a scope stating it would deny silently.
    with pytest.raises(ValueError):
        tenant(bad)


def test_cross_tenant_must_name_a_role():
    with pytest.raises(ValueError):
        cross_tenant(role="")


def test_concurrent_asyncio_tasks_keep_their_own_tenant():
    seen: dict[str, list[str | None]] = {A: [], B: []}

    async def request(tenant_id: str) -> None:
        with tenant(tenant_id):
            for _ in range(50):
                await asyncio.sleep(0)  # interleave with the other task at every step
                seen[tenant_id].append(current_tenant())

    async def main() -> None:
        await asyncio.gather(request(A), request(B))
        assert current_tenant() is None

    asyncio.run(main())
    assert set(seen[A]) == {A} and set(seen[B]) == {B}


def test_a_thread_started_elsewhere_does_not_inherit_the_scope():
    found: list[str | None] = []
    with tenant(A):
        thread = threading.Thread(target=lambda: found.append(current_tenant()))
        thread.start()
        thread.join()
    assert found == [None]


def test_context_with_carries_a_scope_into_an_executor():
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(context_with(TenantScope(A)).run, current_tenant).result() == A
        assert pool.submit(current_tenant).result() is None
    assert current_scope() is None


def test_sources_state_the_same_scope_as_different_settings():
    scope = TenantScope(A)
    assert ContextSource().assignments(scope) == (("app.current_client_id", A),)
    assert ContextSource.of("jwt_claims", claim="org").assignments(scope) == (
        ("request.jwt.claims", f'{{"org": "{A}"}}'),
    )
    # A cross-tenant scope states only the role, whatever the source: no tenant setting.
    assert ContextSource.of("jwt_claims").assignments(CrossTenantScope("reporting")) == (("role", "reporting"),)
    assert ContextSource().assignments(None) == ()


def test_a_setting_postgresql_would_reject_is_refused_at_construction():
    with pytest.raises(ValueError):
        ContextSource(setting="current_client_id")
