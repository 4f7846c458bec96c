"""The ready-made fallback: find a user's tenants in the memberships table.

Runs its own short transaction. In phase 5 the memberships table may itself be
under RLS, and this lookup runs before any tenant is known: pass `role=` (a role
allowed to read memberships) to run it as that role, or hand in a connection
source that connects as one.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
from sqlalchemy.engine import Connection as SAConnection
from sqlalchemy.engine import Engine

from tenantmig.context.errors import AuthenticationError
from tenantmig.context.scope import cross_tenant
from tenantmig.context.tokens import Claims


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _table(table: str) -> str:
    return ".".join(_quote(part) for part in table.split("."))


def memberships_lookup(
    engine_or_conn: Engine | SAConnection | psycopg.Connection | Callable[[], Any],
    table: str = "user_organizations",
    user_column: str = "user_id",
    tenant_column: str = "organization_id",
    user_claim: str = "sub",
    *,
    role: str | None = None,
) -> Callable[[Claims], list[str]]:
    """A fallback for tenant_from_claims: the tenants of the token's user (claim `user_claim`).

    engine_or_conn: a SQLAlchemy Engine or Connection, a psycopg Connection
    (lookups are serialised on it), or a zero-argument callable returning a
    psycopg connection context manager (`pool.connection`, `partial(psycopg.connect, url)`).
    `table` may be schema-qualified ("auth.user_organizations").
    """
    # The user value is compared with the column as an untyped literal, so the
    # column's own type (uuid, bigint, text) applies and its index is usable.
    query = (
        f"SELECT DISTINCT {_quote(tenant_column)}::text FROM {_table(table)} "
        f"WHERE {_quote(user_column)} = %s LIMIT 2"
    )
    run = _runner(engine_or_conn, role)

    def lookup(claims: Claims) -> list[str]:
        user = claims.get(user_claim)
        if user is None or isinstance(user, bool) or not str(user).strip():
            raise AuthenticationError(
                f"the token has neither a tenant claim nor a {user_claim!r} claim to look one up",
                reason="user_claim_missing",
            )
        # Inside cross_tenant(role) an engine hooked by install() states the same role
        # (and does not report the lookup as a transaction missing its tenant).
        with cross_tenant(role) if role else contextlib.nullcontext():
            return [row[0] for row in run(query, str(user))]

    return lookup


def _runner(source: Any, role: str | None) -> Callable[[str, str], list[tuple]]:
    role_sql = "SELECT set_config('role', %s, true)"

    if isinstance(source, Engine | SAConnection):

        def run_sa(query: str, user: str) -> list[tuple]:
            with _sa_connection(source) as conn, conn.begin():
                if role:
                    conn.exec_driver_sql(role_sql, (role,))
                return [tuple(row) for row in conn.exec_driver_sql(query, (user,)).fetchall()]

        return run_sa

    def run_pg(conn: psycopg.Connection, query: str, user: str) -> list[tuple]:
        with conn.transaction():
            if role:
                conn.execute(role_sql, (role,))
            return conn.execute(query, (user,), prepare=False).fetchall()

    if isinstance(source, psycopg.Connection):
        lock = threading.Lock()

        def run_shared(query: str, user: str) -> list[tuple]:
            # One connection, one transaction at a time: two threads' lookups must not interleave.
            with lock:
                return run_pg(source, query, user)

        return run_shared

    if callable(source):

        def run_factory(query: str, user: str) -> list[tuple]:
            with source() as conn:
                return run_pg(conn, query, user)

        return run_factory

    raise TypeError(f"memberships_lookup needs an Engine, a connection or a connection factory, not {type(source).__name__}")


@contextlib.contextmanager
def _sa_connection(source: Engine | SAConnection) -> Iterator[SAConnection]:
    if isinstance(source, Engine):
        with source.connect() as conn:
            yield conn
    else:
        yield source
