"""Connections, the one-run-at-a-time lock, and DDL that never queues behind a long transaction.

Phase code never handles SQLSTATE 55P03 (lock_not_available) itself: it hands its
statements to `run_unit`, which retries them here with backoff and jitter.
"""

from __future__ import annotations

import random
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import psycopg
import sqlalchemy as sa
import structlog
from sqlalchemy.pool import NullPool

from tenantmig import __version__, shown
from tenantmig.errors import LockHeldError, LockTimeoutExhausted, UsageError
from tenantmig.servers import libpq_url, sqlalchemy_url

log = structlog.get_logger("tenantmig.db")

# 'tenantmi' in ASCII: a fixed key, so every tenantmig process agrees on it. Advisory
# locks are per database, so runs against different databases never collide.
RUN_LOCK_KEY = 0x74656E616E746D69


def application_name(command: str) -> str:
    # pg_stat_activity shows this, so a DBA (and a second run) can tell who holds the lock.
    return f"tenantmig {__version__} {command}"[:63]


# tenantmig runs beside a live application: a gate that scans every key of a table with two
# parallel workers took three cores of a two-core server from it (bench/README.md, the chain under
# a mixed workload). Its own statements run in one process each; a phase takes longer, the
# application's transactions do not.
SESSION_OPTIONS = "-c max_parallel_workers_per_gather=0"


def session_options(url: str, *more: str) -> str:
    """The URL's own `options` (they would be replaced, not merged, by the connect argument) and ours."""
    given = psycopg.conninfo.conninfo_to_dict(libpq_url(url)).get("options") or ""
    return " ".join(o for o in (given, SESSION_OPTIONS, *more) if o)


def create_engine(url: str, command: str = "run", *, read_only: bool = False) -> sa.Engine:
    # read_only: the server refuses every write, so a read-only command cannot change the database
    # even through a bug (or a catalog function with a side effect).
    connect_args = {"application_name": application_name(command),
                    "options": session_options(url, *(["-c default_transaction_read_only=on"] if read_only else []))}
    return sa.create_engine(sqlalchemy_url(url), poolclass=NullPool, connect_args=connect_args)


def connect(url: str, command: str = "run", *, autocommit: bool = True) -> psycopg.Connection:
    return psycopg.connect(libpq_url(url), autocommit=autocommit, application_name=application_name(command),
                           options=session_options(url))


@dataclass(frozen=True)
class LockPolicy:
    """How long DDL may wait for a lock, and how often it tries again."""

    timeout_ms: int = 500
    attempts: int = 10
    # Caps how long a brief unit may hold what it locked (its lock wait included). A catalog-only
    # change takes milliseconds; one that runs longer (a SET NOT NULL that scans after all) is
    # stopped rather than left blocking the application behind its ACCESS EXCLUSIVE lock.
    statement_timeout_ms: int = 10_000
    first_delay_s: float = 0.2
    max_delay_s: float = 5.0

    def __post_init__(self) -> None:
        # Named by their CLI spelling: that is what the DBA typed. A negative lock_timeout is
        # refused by the server mid-phase; zero would mean "wait forever" in the lock queue.
        if not self.timeout_ms > 0:
            raise UsageError(f"--lock-timeout must be more than 0 (milliseconds), got {self.timeout_ms}")
        if not self.attempts >= 1:
            raise UsageError(f"--lock-retries must be at least 1, got {self.attempts}")

    def delay(self, attempt: int) -> float:
        # Jitter keeps two retrying processes (or a retry and the app's own burst) from lining up.
        return min(self.max_delay_s, self.first_delay_s * 2**attempt) * random.uniform(0.5, 1.5)


# The lock note of a catalog-only change (a policy, a constraint flag, a view option): it takes ACCESS
# EXCLUSIVE, but only for as long as the catalog update, which is why lock_timeout and retries suffice.
BRIEF = "ACCESS EXCLUSIVE, catalog only (milliseconds)"


@dataclass(frozen=True)
class Statement:
    sql: str
    table: str | None = None  # the table whose lock this takes, for blocker reports and plans
    lock: str = ""  # the lock it takes and for how long, as a DBA reads it
    transactional: bool = True  # False for CREATE/DROP INDEX CONCURRENTLY
    # Runs long by design (a scan, a wait for older transactions) under a lock that lets reads
    # and writes continue: no statement_timeout, so it is never cut off half-way.
    long: bool = False
    # squawk rules off for this statement, each with the reason it is safe here:
    # ((rule, reason), ...); rendered as comments right above it in offline SQL.
    squawk_ignore: tuple[tuple[str, str], ...] = ()

    @property
    def unbounded(self) -> bool:
        return self.long or not self.transactional

    def rendered(self) -> str:
        """The statement as offline SQL shows it: its lock, any lint exemption with the reason, the SQL."""
        lines = [f"-- lock: {self.lock}"] if self.lock else []
        lines += [f"-- {rule} is off here: {reason}" for rule, reason in self.squawk_ignore]
        if self.squawk_ignore:
            lines.append("-- squawk-ignore " + ", ".join(rule for rule, _ in self.squawk_ignore))
        return "\n".join([*lines, self.sql])


def unit_settings(statements: Sequence[Statement], policy: LockPolicy, *, local: bool) -> list[str]:
    """The timeouts a unit runs under: the same online and in rendered SQL."""
    scope = "SET LOCAL" if local else "SET"
    statement_timeout = 0 if any(s.unbounded for s in statements) else int(policy.statement_timeout_ms)
    return [f"{scope} lock_timeout = '{int(policy.timeout_ms)}ms'",
            f"{scope} statement_timeout = '{statement_timeout}ms'"]


def unit_sql(statements: Sequence[Statement], policy: LockPolicy) -> list[str]:
    """One unit as offline SQL, statement by statement, exactly as run_unit runs it."""
    if all(s.transactional for s in statements):
        return ["BEGIN", *unit_settings(statements, policy, local=True), *(s.rendered() for s in statements), "COMMIT"]
    return [*unit_settings(statements, policy, local=False), *(s.rendered() for s in statements),
            "RESET lock_timeout", "RESET statement_timeout"]


def run_unit(conn: psycopg.Connection, statements: Sequence[Statement], policy: LockPolicy,
             prepare: Callable[[], None] | None = None) -> None:
    """Run statements as one transaction (or, if non-transactional, one by one) under lock_timeout.

    The connection must be in autocommit mode: each attempt is its own transaction, so
    a retry holds no lock while it waits. `prepare` runs before every attempt, under the
    same lock_timeout: it clears what a failed attempt may have left (an INVALID index).
    """
    if not statements:
        return
    transactional = all(s.transactional for s in statements)
    if not transactional and len(statements) != 1:
        raise ValueError("a non-transactional statement runs alone")
    for attempt in range(policy.attempts):
        try:
            if transactional:
                with conn.transaction():
                    for setting in unit_settings(statements, policy, local=True):
                        conn.execute(setting)
                    if prepare is not None:
                        prepare()
                    for statement in statements:
                        conn.execute(statement.sql)
            else:
                for setting in unit_settings(statements, policy, local=False):
                    conn.execute(setting)
                try:
                    if prepare is not None:
                        prepare()
                    conn.execute(statements[0].sql)
                finally:
                    conn.execute("RESET lock_timeout")
                    conn.execute("RESET statement_timeout")
            return
        except psycopg.errors.LockNotAvailable:
            delay = policy.delay(attempt)
            # The first wait names who blocks it, so a DBA can act at once instead of after every
            # retry; later retries are routine and only say how far along they are.
            first = attempt == 0
            (log.warning if first else log.info)(
                "ddl.lock_timeout",
                table=statements[0].table,
                attempt=attempt + 1,
                attempts=policy.attempts,
                retry_in_ms=round(delay * 1000),
                **({"blocked_by": describe_blockers(lock_holders(conn, _tables_of(statements)))} if first else {}),
            )
            time.sleep(delay)
    tables = _tables_of(statements)
    described = describe_blockers(lock_holders(conn, tables))
    raise LockTimeoutExhausted(
        f"could not lock {', '.join(shown.table(t) for t in tables) or 'the objects'} within {policy.attempts} tries "
        f"of {policy.timeout_ms} ms; blocking: {described}",
        hint="Nothing was left half-done. End or wait out the blocking transactions, then run the same command again "
        "(or raise --lock-timeout).",
    )


def _tables_of(statements: Sequence[Statement]) -> list[str]:
    return sorted({s.table for s in statements if s.table})


def describe_blockers(blockers: list[dict]) -> str:
    return "; ".join(
        f"pid {b['pid']} ({b['usename']}, {b['state']}, transaction open {b['xact_age']}): {b['query']!r}"
        for b in blockers
    ) or "no holder is visible any more"


def lock_holders(conn: psycopg.Connection, tables: Sequence[str]) -> list[dict]:
    """Sessions holding a lock on any of `tables` (what a 55P03 waited behind)."""
    if not tables:
        return []
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(
            """
            SELECT DISTINCT a.pid, a.usename, a.state, left(a.query, 200) AS query,
                   date_trunc('second', now() - a.xact_start)::text AS xact_age
            FROM pg_locks l
            JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.granted AND l.relation = ANY (%s::regclass[]) AND a.pid <> pg_backend_pid()
            ORDER BY a.pid
            """,
            ([qualify(t) for t in tables],),  # quoted: "public.PageView" is not public.pageview
        )
        return cur.fetchall()


class RunLock:
    """A session-level advisory lock held on a dedicated connection for the whole run.

    The same connection writes the ledger: it is in autocommit mode, so a ledger
    row survives whatever happens to the migration's own transactions.
    """

    def __init__(self, url: str, command: str):
        self.url = url
        self.command = command
        self.conn: psycopg.Connection | None = None

    def __enter__(self) -> psycopg.Connection:
        conn = connect(self.url, self.command)
        got = conn.execute("SELECT pg_try_advisory_lock(%s)", (RUN_LOCK_KEY,)).fetchone()[0]
        if not got:
            holder = conn.execute(
                """
                SELECT a.pid, a.usename, a.application_name, coalesce(host(a.client_addr), 'local socket'),
                       date_trunc('second', a.backend_start)::text
                FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.database = (
                        SELECT oid FROM pg_database WHERE datname = current_database())
                  AND (l.classid::bigint << 32 | l.objid::bigint) = %s
                """,
                (RUN_LOCK_KEY,),
            ).fetchone()
            conn.close()
            who = (
                f"pid {holder[0]}, user {holder[1]}, '{holder[2]}', from {holder[3]}, connected since {holder[4]}"
                if holder
                else "a session that has just let go"
            )
            raise LockHeldError(
                f"another tenantmig run holds the lock on this database: {who}",
                hint="Wait for it to finish; if it is dead, end it with SELECT pg_terminate_backend(pid).",
            )
        self.conn = conn
        return conn

    def __exit__(self, *exc) -> None:
        if self.conn is not None:
            try:
                self.conn.execute("SELECT pg_advisory_unlock(%s)", (RUN_LOCK_KEY,))
            finally:
                self.conn.close()


def client_host() -> str:
    return socket.gethostname()


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def qualify(qualified: str) -> str:
    """'public.orders' -> '"public"."orders"'."""
    schema, _, name = qualified.partition(".")
    return f"{quote_ident(schema)}.{quote_ident(name)}"


def literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def primary_key(conn: psycopg.Connection, table: str) -> list[str]:
    """The primary key's columns of `table` (qualified), in key order; empty when it has none."""
    return [
        name
        for (name,) in conn.execute(
            "SELECT a.attname FROM pg_index i JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n) ON true "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
            "WHERE i.indrelid = %s::regclass AND i.indisprimary ORDER BY k.n",
            (qualify(table),),
        )
    ]
