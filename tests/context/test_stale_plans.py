"""0A000 `cached plan must not change result type`: what phase 1's column does to a prepared `SELECT *`,
and tenantmig.context's retry of it, on real PostgreSQL."""

from __future__ import annotations

import psycopg
import pytest
import sqlalchemy as sa

from tenantmig import servers
from tenantmig.context import install, is_stale_plan, retry_stale_plan, tenant
from tenantmig.context.retry import execute

STAR = "SELECT * FROM items ORDER BY id"


@pytest.fixture
def items(conn):
    conn.execute("CREATE TABLE items (id int PRIMARY KEY, name text)")
    conn.execute("INSERT INTO items VALUES (1, 'a'), (2, 'b')")
    return conn


def _prepared(database_url: str, autocommit: bool = True) -> psycopg.Connection:
    # prepare_threshold=0: prepared from the first execution, as JDBC and pgx do; psycopg's default does after 5.
    return psycopg.connect(servers.libpq_url(database_url), autocommit=autocommit, prepare_threshold=0)


def test_a_prepared_select_star_keeps_failing_in_autocommit_after_a_column_is_added(database_url, items):
    with _prepared(database_url) as app:
        assert len(app.execute(STAR).fetchone()) == 2
        items.execute("ALTER TABLE items ADD COLUMN client_id uuid")
        for _ in range(2):
            # No ROLLBACK ever clears psycopg's statement cache in autocommit: it fails until deallocated.
            with pytest.raises(psycopg.errors.FeatureNotSupported) as caught:
                app.execute(STAR)
            assert is_stale_plan(caught.value)


def test_in_a_transaction_it_fails_once(database_url, items):
    with _prepared(database_url, autocommit=False) as app:
        assert len(app.execute(STAR).fetchone()) == 2
        app.commit()
        items.execute("ALTER TABLE items ADD COLUMN client_id uuid")
        with pytest.raises(psycopg.errors.FeatureNotSupported):
            app.execute(STAR)
        app.rollback()  # psycopg clears its statement cache on ROLLBACK
        assert len(app.execute(STAR).fetchone()) == 3


def test_execute_retries_a_stale_plan_outside_a_transaction(database_url, items):
    with _prepared(database_url) as app:
        assert len(execute(app, STAR).fetchone()) == 2
        items.execute("ALTER TABLE items ADD COLUMN client_id uuid")
        assert len(execute(app, STAR).fetchone()) == 3
        items.execute("ALTER TABLE items DROP COLUMN client_id")  # the rollback's drop, the same hazard
        assert execute(app, STAR).fetchall() == [(1, "a"), (2, "b")]


def test_execute_does_not_retry_inside_a_transaction(database_url, items):
    with _prepared(database_url) as app:
        execute(app, STAR)
        items.execute("ALTER TABLE items ADD COLUMN client_id uuid")
        with pytest.raises(psycopg.errors.FeatureNotSupported), app.transaction():
            app.execute("SELECT 1")
            execute(app, STAR)  # a retry here would run in an aborted transaction


def test_retry_stale_plan_reruns_a_whole_sqlalchemy_transaction(database_url, items):
    engine = sa.create_engine(servers.sqlalchemy_url(database_url), connect_args={"prepare_threshold": 0},
                              pool_size=1, max_overflow=0)
    install(engine)
    calls = []

    def work():
        calls.append(1)
        with engine.begin() as connection:
            return connection.execute(sa.text(STAR)).all()

    try:
        with tenant("00000000-0000-0000-0000-00000000000a"):
            assert len(work()[0]) == 2
            items.execute("ALTER TABLE items ADD COLUMN client_id uuid")
            calls.clear()
            rows = retry_stale_plan(work)
        assert len(rows[0]) == 3
        assert len(calls) == 2  # the first attempt met 0A000, the second succeeded
    finally:
        engine.dispose()


def test_retry_stale_plan_leaves_other_errors_alone(database_url, items):
    calls = []

    def work():
        calls.append(1)
        with _prepared(database_url) as app:
            app.execute("SELECT * FROM no_such_table")

    with pytest.raises(psycopg.errors.UndefinedTable):
        retry_stale_plan(work)
    assert len(calls) == 1
