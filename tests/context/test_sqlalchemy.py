"""install() on real PostgreSQL, connected as a non-superuser application role under FORCE RLS."""

from __future__ import annotations

import asyncio
import json

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from tenantmig import servers
from tenantmig.context import (
    MissingTenant,
    MissingTenantError,
    cross_tenant,
    install,
    raise_on_missing,
    tenant,
)

STATE = sa.text(
    "SELECT current_user, current_setting('app.current_client_id', true), "
    "current_setting('request.jwt.claims', true), array(SELECT DISTINCT client_id::text FROM items ORDER BY 1)"
)


@pytest.fixture
def engine(schema):
    # One pooled connection: every transaction reuses the connection of the previous one,
    # which is exactly where a setting that outlived its transaction would show.
    engine = sa.create_engine(servers.sqlalchemy_url(schema.app_url), poolclass=QueuePool, pool_size=1, max_overflow=0)
    yield engine
    engine.dispose()


def state(conn):
    user, setting, claims, rows = conn.execute(STATE).one()
    return user, setting or None, claims or None, list(rows)


def test_a_tenant_transaction_sees_only_its_rows_and_the_next_one_inherits_nothing(schema, engine):
    install(engine, on_missing=None)
    a, b = schema.tenants[:2]
    with tenant(a), engine.begin() as conn:
        assert state(conn) == (schema.app_role, a, None, [a])
    with tenant(b), engine.begin() as conn:
        assert state(conn) == (schema.app_role, b, None, [b])
    # Same pooled connection, no scope: nothing set, nothing visible.
    with engine.begin() as conn:
        assert state(conn) == (schema.app_role, None, None, [])


def test_the_innermost_scope_is_the_one_stated(schema, engine):
    install(engine, on_missing=None)
    a, b = schema.tenants[:2]
    with tenant(a), tenant(b), engine.begin() as conn:
        assert state(conn)[3] == [b]


def test_writes_are_confined_to_the_scoped_tenant(schema, engine):
    install(engine, on_missing=None)
    a, b = schema.tenants[:2]
    with tenant(a), engine.begin() as conn:
        # The policy's USING doubles as WITH CHECK: a row for another tenant is refused.
        with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
            with conn.begin_nested():
                conn.execute(sa.text("INSERT INTO items (client_id, label) VALUES (:c, 'x')"), {"c": b})
        updated = conn.execute(sa.text("UPDATE items SET label = label || '!'")).rowcount
    assert updated == 3  # only A's rows, not the 12 in the table


def test_cross_tenant_sets_the_role_for_that_transaction_only(schema, engine):
    install(engine, on_missing=None)
    with cross_tenant(role=schema.reporting_role), engine.begin() as conn:
        user, setting, _claims, rows = state(conn)
        assert (user, setting) == (schema.reporting_role, None)
        assert rows == sorted(schema.tenants)
    with engine.begin() as conn:
        assert state(conn) == (schema.app_role, None, None, [])


def test_cross_tenant_to_a_role_not_granted_fails_instead_of_running_as_the_app(schema, engine, conn, role_prefix):
    stranger = f"{role_prefix}stranger"
    conn.execute(f'CREATE ROLE "{stranger}" NOLOGIN')
    install(engine, on_missing=None)
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        with cross_tenant(role=stranger), engine.begin() as app:
            app.execute(sa.text("SELECT 1"))


def test_jwt_claims_source_states_the_tenant_as_a_claim(schema, engine):
    install(engine, source="jwt_claims", claim="client_id", on_missing=None)
    a = schema.tenants[0]
    with tenant(a), engine.begin() as conn:
        user, setting, claims, rows = state(conn)
    assert setting is None  # only the JSON setting: the policy reads the claim
    assert json.loads(claims) == {"client_id": a}
    assert rows == [a]
    with engine.begin() as conn:
        assert state(conn) == (schema.app_role, None, None, [])


def test_sessionmaker_installation_scopes_orm_sessions(schema, engine):
    factory = sessionmaker(engine)
    install(factory, on_missing=None)
    c = schema.tenants[2]
    with tenant(c), factory() as session:
        assert state(session)[3] == [c]
        session.commit()
        # A new transaction of the same session states the scope again.
        assert state(session)[3] == [c]
    with factory() as session:
        assert state(session)[3] == []


def test_an_unscoped_transaction_is_reported_with_the_calling_code(schema, engine):
    missing: list[MissingTenant] = []
    install(engine, on_missing=missing.append)
    with engine.begin() as conn:
        assert state(conn)[3] == []
    assert len(missing) == 1
    assert missing[0].integration == "sqlalchemy"
    assert missing[0].caller and __file__ in missing[0].caller


def test_default_on_missing_logs_a_stable_event(schema, engine):
    from structlog.testing import capture_logs

    install(engine)
    with capture_logs() as logs, engine.begin() as conn:
        conn.execute(sa.text("SELECT 1"))
    assert [e["event"] for e in logs] == ["tenant_context.missing"]
    assert logs[0]["log_level"] == "warning"


def test_raise_on_missing_refuses_unscoped_transactions(schema, engine):
    install(engine, on_missing=raise_on_missing)
    with pytest.raises(MissingTenantError), engine.begin() as conn:
        conn.execute(sa.text("SELECT 1"))
    with tenant(schema.tenants[0]), engine.begin() as conn:
        assert state(conn)[3] == [schema.tenants[0]]


def test_remove_uninstalls_the_hook(schema, engine):
    installation = install(engine, on_missing=None)
    installation.remove()
    with tenant(schema.tenants[0]), engine.begin() as conn:
        assert state(conn)[1:] == (None, None, [])


def test_async_engine_scopes_concurrent_tasks(schema):
    pytest.importorskip("greenlet", reason="SQLAlchemy's asyncio needs greenlet (sqlalchemy[asyncio])")
    from sqlalchemy.ext.asyncio import create_async_engine

    async def main() -> dict[str, set]:
        engine = create_async_engine(servers.sqlalchemy_url(schema.app_url), pool_size=2, max_overflow=0)
        install(engine, on_missing=None)
        seen: dict[str, set] = {}

        async def request(tenant_id: str | None) -> None:
            with tenant(tenant_id) if tenant_id else _nothing():
                for _ in range(20):
                    async with engine.begin() as conn:
                        rows = (await conn.execute(STATE)).one()[3]
                        seen.setdefault(tenant_id or "none", set()).update(rows)
                    await asyncio.sleep(0)

        try:
            await asyncio.gather(*(request(t) for t in [*schema.tenants, None]))
        finally:
            await engine.dispose()
        return seen

    seen = asyncio.run(main())
    assert {k: sorted(v) for k, v in seen.items()} == {**{t: [t] for t in schema.tenants}, "none": []}


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
