"""Plain psycopg 3 integration, for code without SQLAlchemy.

    with tenant(client_id):
        with tenant_transaction(conn):      # BEGIN; set_config(..., true); ...; COMMIT
            conn.execute("SELECT ...")

or, where the code already manages commits: `begin(conn)` opens the transaction
with the scope stated and leaves commit/rollback to the caller.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator

import psycopg
from psycopg import pq

from tenantmig.context.coverage import OnMissing, log_missing, report_missing
from tenantmig.context.scope import current_scope
from tenantmig.context.source import ContextSource, set_config_sql


def _query(source: ContextSource, on_missing: OnMissing | None) -> tuple[str, list[str]] | None:
    pairs = source.assignments(current_scope())
    if not pairs:
        report_missing(on_missing, "psycopg")
        return None
    params = [item for pair in pairs for item in pair]
    return set_config_sql(len(pairs)), params


def _require_idle(conn: psycopg.Connection | psycopg.AsyncConnection) -> None:
    status = conn.info.transaction_status
    if status != pq.TransactionStatus.IDLE:
        # Inside an open transaction the scope would be stated after statements that
        # already ran without it (or under a previous scope), and conn.transaction()
        # would only open a savepoint.
        raise RuntimeError(
            f"the connection is not idle ({status.name}): the scope must be stated by the "
            "statement that opens the transaction; commit or roll back first"
        )


def _source(source: ContextSource | str, setting: str, claim: str, claims_setting: str) -> ContextSource:
    return ContextSource.of(source, setting=setting, claim=claim, claims_setting=claims_setting)


@contextlib.contextmanager
def tenant_transaction(
    conn: psycopg.Connection,
    setting: str = "app.current_client_id",
    *,
    source: ContextSource | str = "setting",
    claim: str = "client_id",
    claims_setting: str = "request.jwt.claims",
    on_missing: OnMissing | None = log_missing,
) -> Iterator[psycopg.Connection]:
    """One transaction, its first statement stating the current scope; commits on exit, rolls back on error."""
    _require_idle(conn)
    query = _query(_source(source, setting, claim, claims_setting), on_missing)
    with conn.transaction():
        if query is not None:
            conn.execute(*query)
        yield conn


def begin(
    conn: psycopg.Connection,
    setting: str = "app.current_client_id",
    *,
    source: ContextSource | str = "setting",
    claim: str = "client_id",
    claims_setting: str = "request.jwt.claims",
    on_missing: OnMissing | None = log_missing,
) -> None:
    """Open a transaction on a non-autocommit connection and state the scope; the caller commits."""
    if conn.autocommit:
        raise RuntimeError(
            "begin() needs autocommit off: in autocommit a transaction-local setting ends with its own statement"
        )
    _require_idle(conn)
    query = _query(_source(source, setting, claim, claims_setting), on_missing)
    if query is None:
        # Nothing to state; psycopg opens the transaction with the caller's first statement.
        return
    conn.execute(*query)


@contextlib.asynccontextmanager
async def async_tenant_transaction(
    conn: psycopg.AsyncConnection,
    setting: str = "app.current_client_id",
    *,
    source: ContextSource | str = "setting",
    claim: str = "client_id",
    claims_setting: str = "request.jwt.claims",
    on_missing: OnMissing | None = log_missing,
) -> AsyncIterator[psycopg.AsyncConnection]:
    """tenant_transaction() for psycopg.AsyncConnection."""
    _require_idle(conn)
    query = _query(_source(source, setting, claim, claims_setting), on_missing)
    async with conn.transaction():
        if query is not None:
            await conn.execute(*query)
        yield conn
