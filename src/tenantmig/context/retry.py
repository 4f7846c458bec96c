"""Retry the one failure a migration step may cause in a prepared `SELECT *`: 0A000.

When phase 1 adds a column (or its rollback drops it), a statement prepared earlier
whose result has every column (`SELECT *`, `SELECT t.*`, `RETURNING *`) fails once
with 0A000 `cached plan must not change result type`. No server setting avoids it.
Running it again is safe when nothing else ran in the same transaction: the failed
statement either was its own transaction (autocommit) or aborted the one it was in,
so nothing was applied. The driver must prepare it afresh: psycopg clears its
statement cache on ROLLBACK, but in autocommit nothing ever does, and the statement
fails on every execution until `DEALLOCATE ALL` (which psycopg also recognises).

Inside an explicit transaction only the whole transaction can be retried, so:

    rows = execute(conn, "SELECT * FROM patients WHERE id = %s", (pid,))   # psycopg, autocommit

    def work():                                     # a whole unit of work, its own transaction
        with Session(engine) as session, session.begin():
            return session.execute(select(Patient)).all()
    patients = retry_stale_plan(work)               # SQLAlchemy (or psycopg) around the transaction
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import psycopg
from psycopg import pq

T = TypeVar("T")

STALE_PLAN = "0A000"


def is_stale_plan(exc: BaseException | None) -> bool:
    """0A000 `cached plan must not change result type`, raised by psycopg or wrapped by SQLAlchemy (.orig)."""
    for _ in range(5):
        if exc is None:
            return False
        if getattr(exc, "sqlstate", None) == STALE_PLAN and "cached plan must not change result type" in str(exc):
            return True
        exc = getattr(exc, "orig", None) or exc.__cause__
    return False


def retry_stale_plan(work: Callable[[], T], *, attempts: int = 2) -> T:
    """Run `work` (a whole transaction: it begins and ends inside) again when it fails with a stale plan.

    Only `work` knows that it is a whole transaction; called with a transaction already open
    around it, the retry would run on an aborted transaction and fail again.
    """
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except Exception as exc:
            if attempt == attempts or not is_stale_plan(exc):
                raise
    raise AssertionError("unreachable")


def execute(conn: psycopg.Connection, query: Any, params: Any = None, **kwargs: Any) -> psycopg.Cursor:
    """conn.execute(), run once more if it fails with a stale plan and no transaction was open before it.

    On an autocommit connection outside `conn.transaction()` the failed statement was its own
    transaction and changed nothing; inside a transaction the error stands (retry the whole
    transaction with retry_stale_plan instead).
    """
    outside = conn.autocommit and conn.info.transaction_status == pq.TransactionStatus.IDLE
    try:
        return conn.execute(query, params, **kwargs)
    except psycopg.errors.FeatureNotSupported as exc:
        if not outside or not is_stale_plan(exc):
            raise
        # Also clears psycopg's own cache (it watches for the command), so the retry prepares anew.
        conn.execute("DEALLOCATE ALL")
        return conn.execute(query, params, **kwargs)
