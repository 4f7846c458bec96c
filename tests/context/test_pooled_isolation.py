"""Through a real PgBouncer in transaction mode, the tenant never crosses transactions.

8 client threads share 4 server connections, so each server connection serves
transactions of every tenant in turn. One transaction in four states no
tenant at all: it must see nothing. With the library's helper
(set_config(..., true)) that holds for all 40,000 transactions. The same
workload with a helper that uses a session `SET` must be caught: the unscoped
transactions then inherit whatever tenant the server connection last served.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator

import psycopg
from psycopg import sql

from tenantmig import servers
from tenantmig.context import current_tenant, tenant, tenant_transaction

THREADS = 8
UNSCOPED_EVERY = 4  # every 4th transaction of a thread states no tenant

READ = """
SELECT current_setting('app.current_client_id', true),
       pg_backend_pid(),
       array(SELECT DISTINCT client_id::text FROM items)
"""

Helper = Callable[[psycopg.Connection], contextlib.AbstractContextManager]


def library_helper(conn: psycopg.Connection):
    return tenant_transaction(conn, on_missing=None)


@contextlib.contextmanager
def session_set_helper(conn: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """The bug this library exists to prevent: a session-level SET of the tenant."""
    with conn.transaction():
        scoped = current_tenant()
        if scoped is not None:
            conn.execute(sql.SQL("SET app.current_client_id = {}").format(sql.Literal(scoped)))
        yield conn


def run_workload(url: str, tenants: list[str], helper: Helper, per_thread: int) -> dict:
    observed: Counter = Counter()
    leaks: list[tuple] = []
    backends: set[int] = set()
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def worker(index: int) -> None:
        local: Counter = Counter()
        local_leaks: list[tuple] = []
        local_backends: set[int] = set()
        try:
            # prepare_threshold=None: server-side prepared statements do not survive
            # transaction pooling (the next transaction may run on another server connection).
            with psycopg.connect(url, autocommit=False, prepare_threshold=None) as conn:
                start.wait()
                for n in range(per_thread):
                    expected = None if n % UNSCOPED_EVERY == UNSCOPED_EVERY - 1 else tenants[(index + n) % len(tenants)]
                    with tenant(expected) if expected else contextlib.nullcontext():
                        with helper(conn):
                            setting, pid, visible = conn.execute(READ).fetchone()
                    local_backends.add(pid)
                    local["transactions"] += 1
                    local["unscoped" if expected is None else "scoped"] += 1
                    wanted_setting = {"", None} if expected is None else {expected}
                    wanted_rows = [] if expected is None else [expected]
                    if setting not in wanted_setting or visible != wanted_rows:
                        local_leaks.append((index, n, expected, setting, visible))
        except BaseException as exc:  # surfaced by the main thread
            errors.append(exc)
        with lock:
            observed.update(local)
            leaks.extend(local_leaks)
            backends.update(local_backends)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return {
        "observed": observed,
        "leaks": leaks,
        "backends": backends,
        "seconds": time.monotonic() - began,
    }


def test_transaction_local_context_never_leaks_through_pgbouncer(schema, pgbouncer):
    url = pgbouncer.url(schema.app_role, servers.database_name_from_url(schema.database_url))
    result = run_workload(url, schema.tenants, library_helper, per_thread=5_000)

    assert result["observed"]["transactions"] == THREADS * 5_000
    # The pool really was shared: 8 clients, at most 4 server connections.
    assert 1 <= len(result["backends"]) <= 4, result["backends"]
    assert result["leaks"] == [], f"{len(result['leaks'])} transactions saw another tenant, first: {result['leaks'][:5]}"
    print(f"\nlibrary helper: {result['observed']} over {len(result['backends'])} server connections "
          f"in {result['seconds']:.1f} s, leaks: {len(result['leaks'])}")


def test_the_same_workload_catches_a_session_set_helper(schema, pgbouncer):
    url = pgbouncer.url(schema.app_role, servers.database_name_from_url(schema.database_url))
    result = run_workload(url, schema.tenants, session_set_helper, per_thread=1_000)

    leaks = result["leaks"]
    assert leaks, "a session SET through a transaction pooler must leak; the workload failed to catch it"
    # Each leak is an unscoped transaction that saw a real tenant's rows and setting.
    for _thread, _n, expected, setting, visible in leaks:
        assert expected is None
        assert setting in schema.tenants and visible == [setting]
    unscoped = result["observed"]["unscoped"]
    # Only a transaction served before any SET on its server connection can miss the leak.
    assert len(leaks) >= unscoped - len(result["backends"]), (len(leaks), unscoped)
    print(f"\nsession-SET helper: {len(leaks)} of {unscoped} unscoped transactions saw another tenant's rows "
          f"in {result['seconds']:.1f} s")
