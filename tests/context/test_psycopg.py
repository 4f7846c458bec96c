"""The plain psycopg helpers on real PostgreSQL, as the application role."""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from tenantmig.context import MissingTenant, async_tenant_transaction, begin, cross_tenant, tenant, tenant_transaction

READ = "SELECT current_setting('app.current_client_id', true), array(SELECT DISTINCT client_id::text FROM items)"


@pytest.fixture
def app_conn(schema):
    with psycopg.connect(schema.app_url) as conn:
        yield conn


def test_tenant_transaction_states_the_tenant_and_it_ends_with_the_transaction(schema, app_conn):
    a = schema.tenants[0]
    with tenant(a), tenant_transaction(app_conn):
        assert app_conn.execute(READ).fetchone() == (a, [a])
    with tenant_transaction(app_conn, on_missing=None):
        assert app_conn.execute(READ).fetchone() == ("", [])


def test_a_rolled_back_transaction_leaves_no_tenant_behind(schema, app_conn):
    with pytest.raises(ZeroDivisionError), tenant(schema.tenants[1]), tenant_transaction(app_conn):
        app_conn.execute("SELECT 1")
        raise ZeroDivisionError
    with tenant_transaction(app_conn, on_missing=None):
        assert app_conn.execute(READ).fetchone() == ("", [])


def test_begin_leaves_commit_to_the_caller(schema, app_conn):
    b = schema.tenants[1]
    with tenant(b):
        begin(app_conn)
    # The scope has ended, the transaction has not: it still acts for b until commit.
    assert app_conn.execute(READ).fetchone() == (b, [b])
    app_conn.commit()
    missing: list[MissingTenant] = []
    begin(app_conn, on_missing=missing.append)
    assert app_conn.execute(READ).fetchone() == ("", [])
    app_conn.rollback()
    assert [m.integration for m in missing] == ["psycopg"]


def test_helpers_refuse_a_connection_already_in_a_transaction(schema, app_conn):
    app_conn.execute("SELECT 1")  # psycopg opened a transaction without any tenant
    with tenant(schema.tenants[0]):
        with pytest.raises(RuntimeError, match="not idle"):
            begin(app_conn)
        with pytest.raises(RuntimeError, match="not idle"), tenant_transaction(app_conn):
            pass


def test_begin_refuses_autocommit(schema):
    with psycopg.connect(schema.app_url, autocommit=True) as conn, tenant(schema.tenants[0]):
        with pytest.raises(RuntimeError, match="autocommit"):
            begin(conn)


def test_tenant_transaction_works_in_autocommit_mode(schema):
    with psycopg.connect(schema.app_url, autocommit=True) as conn:
        with tenant(schema.tenants[3]), tenant_transaction(conn):
            assert conn.execute(READ).fetchone() == (schema.tenants[3], [schema.tenants[3]])
        assert conn.execute(READ).fetchone() == ("", [])


def test_cross_tenant_switches_role_for_the_transaction(schema, app_conn):
    with cross_tenant(role=schema.reporting_role), tenant_transaction(app_conn):
        assert app_conn.execute("SELECT current_user").fetchone() == (schema.reporting_role,)
        assert sorted(app_conn.execute(READ).fetchone()[1]) == sorted(schema.tenants)
    with tenant_transaction(app_conn, on_missing=None):
        assert app_conn.execute("SELECT current_user").fetchone() == (schema.app_role,)


def test_jwt_claims_source(schema, app_conn):
    a = schema.tenants[0]
    with tenant(a), tenant_transaction(app_conn, source="jwt_claims"):
        claims, rows = app_conn.execute(
            "SELECT current_setting('request.jwt.claims', true)::json, array(SELECT DISTINCT client_id::text FROM items)"
        ).fetchone()
    assert claims == {"client_id": a} and rows == [a]


def test_async_tenant_transaction(schema):
    async def main():
        async with await psycopg.AsyncConnection.connect(schema.app_url) as conn:
            results = {}
            for t in schema.tenants[:2]:
                with tenant(t):
                    async with async_tenant_transaction(conn):
                        results[t] = await (await conn.execute(READ)).fetchone()
            async with async_tenant_transaction(conn, on_missing=None):
                results[None] = await (await conn.execute(READ)).fetchone()
            return results

    results = asyncio.run(main())
    a, b = schema.tenants[:2]
    assert results == {a: (a, [a]), b: (b, [b]), None: ("", [])}
