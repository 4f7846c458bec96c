"""`tenantmig rollout watch`: how the canary is doing, live, while tenants are enforced at phase 4.

Two sources, both read through the connection (no file access on the server host needed):

- the server log, when the server writes it as JSON lines (`log_destination = jsonlog`) or CSV
  (`csvlog`) and this user may read it (superuser, or pg_monitor + pg_read_server_files):
  errors of the application roles, by tenant, table and SQLSTATE (42501 for a row-level
  security violation). Only entries written after the watch started count.
- pg_stat_statements, when loaded: statements of the application roles on tenant tables that
  returned rows before the watch started and none in the calls since (a read the enforcement
  emptied); and, per role, transactions ended (COMMIT/ROLLBACK statements) minus tenant settings
  made (set_config, SET LOCAL): transactions that never set a tenant, as an estimate that holds
  for explicit transactions setting the tenant once.

The log does not carry the tenant setting of the session that failed. An error is put on a
tenant when exactly one tenant is switched on (the canary) and no table or --all switch could
have caused it; otherwise on "enforced" (one of the enforced tenants or tables).
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import psycopg

from tenantmig import chain, rollout
from tenantmig.db import connect
from tenantmig.errors import GateFailed, UsageError
from tenantmig.manifest import Manifest
from tenantmig.scan import statements
from tenantmig.scan.model import Targets
from tenantmig.scan.sql import table_predicates

UNKNOWN = "enforced"
_TABLE_IN_MESSAGE = re.compile(r'(?:for|on) table "([^"]+)"')
# csvlog's columns, in the server's order (PostgreSQL 13+ docs, "Using CSV-Format Log Output").
_CSV = ("log_time user dbname pid remote_host session_id line_num ps session_start vxid txid error_severity "
        "state_code message detail hint internal_query internal_query_pos context statement query_pos location "
        "application_name backend_type leader_pid query_id").split()


@dataclass(frozen=True)
class ErrorEvent:
    at: str
    tenant: str
    table: str
    sqlstate: str
    role: str
    message: str
    statement: str | None

    def as_dict(self) -> dict:
        return self.__dict__.copy()


@dataclass(frozen=True)
class SilentStatement:
    role: str
    table: str
    calls_since: int
    rows_before: int
    query: str

    def as_dict(self) -> dict:
        return self.__dict__.copy()


@dataclass
class WatchState:
    log: str | None  # the log file read, or None
    log_problem: str | None
    statements_problem: str | None
    switches: list[rollout.Switch]
    errors: Counter = field(default_factory=Counter)  # (tenant, table, sqlstate) -> count since start
    new_errors: list[ErrorEvent] = field(default_factory=list)  # since the previous poll
    silent: list[SilentStatement] = field(default_factory=list)
    # Per role, since the watch started: transactions ended minus tenant settings made (an estimate:
    # explicit transactions only, one setting per transaction).
    without_tenant: dict[str, int] = field(default_factory=dict)
    polls: int = 0

    @property
    def total_errors(self) -> int:
        return sum(self.errors.values())

    def as_dict(self) -> dict:
        return {"log": self.log, "log_problem": self.log_problem, "statements_problem": self.statements_problem,
                "switches": [s.as_dict() for s in self.switches], "polls": self.polls,
                "errors": [{"tenant": t, "table": tb, "sqlstate": s, "count": n}
                           for (t, tb, s), n in sorted(self.errors.items())],
                "new_errors": [e.as_dict() for e in self.new_errors],
                "silent_statements": [s.as_dict() for s in self.silent],
                "transactions_without_tenant": self.without_tenant}

    def rollback_commands(self) -> list[str]:
        """What undoes the rollout as it stands: one `rollout disable` per switch that is on."""
        commands = []
        for s in self.switches:
            target = {"all": "--all", "table": f"--table {s.value}", "tenant": f"--tenant {s.value}"}[s.scope]
            commands.append(f"tenantmig rollout disable {target} --yes")
        return commands


class _LogTail:
    """New complete lines of the server's current jsonlog or csvlog file, read with pg_read_file."""

    def __init__(self, conn: psycopg.Connection):
        self.conn = conn
        self.kind = self.path = None
        self.offset = 0
        self.partial = b""
        self.problem: str | None = None
        try:
            with conn.transaction():
                for kind in ("jsonlog", "csvlog"):
                    path = conn.execute("SELECT pg_current_logfile(%s)", (kind,)).fetchone()[0]
                    if path:
                        self.kind, self.path = kind, path
                        break
                if self.path is None:
                    self.problem = ("the server does not write a jsonlog or csvlog file (set log_destination = "
                                    "'jsonlog' and logging_collector = on): errors are not watched")
                    return
                self.offset = self._size()
        except psycopg.errors.InsufficientPrivilege as exc:
            self.problem = (f"the server log is not readable by this user ({exc.diag.message_primary}): grant it "
                            "pg_monitor and pg_read_server_files, or connect as a superuser")
            self.path = None

    def _size(self) -> int:
        return self.conn.execute("SELECT size FROM pg_stat_file(%s)", (self.path,)).fetchone()[0]

    def entries(self) -> Iterator[dict]:
        if self.path is None:
            return
        with self.conn.transaction():
            current = self.conn.execute("SELECT pg_current_logfile(%s)", (self.kind,)).fetchone()[0]
            size = self._size()
            chunk = b""
            if size > self.offset:
                chunk = self.conn.execute("SELECT pg_read_binary_file(%s, %s, %s)",
                                          (self.path, self.offset, size - self.offset)).fetchone()[0]
                self.offset = size
            if current and current != self.path:  # rotated: the rest of the old file was just read
                self.path, self.offset = current, 0
        data = self.partial + bytes(chunk)
        complete, _, self.partial = data.rpartition(b"\n")
        if not complete:
            return
        text = complete.decode("utf-8", "replace")
        if self.kind == "jsonlog":
            for line in text.splitlines():
                try:
                    yield json.loads(line)
                except ValueError:
                    continue
        else:
            for row in csv.reader(io.StringIO(text)):
                yield dict(zip(_CSV, row))


class Watcher:
    def __init__(self, conn: psycopg.Connection, manifest: Manifest):
        self.conn = conn
        self.manifest = manifest
        self.targets = Targets.from_manifest(manifest)
        self.roles = set(manifest.roles.filtered)
        self.dbname = conn.info.dbname
        self.tail = _LogTail(conn)
        before = statements.read(conn, manifest)
        self.baseline = {(s.role, s.queryid, s.table): (s.calls, s.rows) for s in before.statements}
        self.transactions = statements.transaction_counts(conn, tuple(self.roles)) or {}
        self.state = WatchState(self.tail.path, self.tail.problem, before.reason, rollout.read_switches(conn))

    def _tenant(self) -> str:
        tenants = [s.value for s in self.state.switches if s.scope == "tenant"]
        others = [s for s in self.state.switches if s.scope != "tenant"]
        return tenants[0] if len(tenants) == 1 and not others else UNKNOWN

    def _table(self, entry: dict) -> str:
        found = _TABLE_IN_MESSAGE.search(entry.get("message") or "")
        if found:
            return self.targets.resolve_relation(found.group(1)) or found.group(1)
        for _command, table, _keyed in table_predicates(entry.get("statement") or "", self.targets) or []:
            return table
        return "unknown"

    def poll(self) -> WatchState:
        state = self.state
        state.polls += 1
        state.switches = rollout.read_switches(self.conn)
        state.new_errors = []
        for entry in self.tail.entries():
            if (entry.get("user") not in self.roles or entry.get("dbname") != self.dbname
                    or entry.get("error_severity") not in ("ERROR", "FATAL")):
                continue
            event = ErrorEvent(entry.get("timestamp") or entry.get("log_time") or "", self._tenant(),
                               self._table(entry), entry.get("state_code") or "", entry.get("user"),
                               entry.get("message") or "", entry.get("statement"))
            state.errors[(event.tenant, event.table, event.sqlstate)] += 1
            state.new_errors.append(event)
        if state.statements_problem is None:
            now = statements.read(self.conn, self.manifest)
            state.silent = []
            for s in now.statements:
                calls, rows = self.baseline.get((s.role, s.queryid, s.table), (0, 0))
                if s.command == "select" and rows > 0 and s.calls > calls and s.rows == rows:
                    state.silent.append(SilentStatement(s.role, s.table, s.calls - calls, rows, s.query))
            for role, (ended, settings) in (statements.transaction_counts(self.conn, tuple(self.roles)) or {}).items():
                ended0, settings0 = self.transactions.get(role, (0, 0))
                state.without_tenant[role] = max(0, (ended - ended0) - (settings - settings0))
        return state


class _Metrics:
    """The latest state in Prometheus text format, built at each scrape."""

    def __init__(self, watcher: Watcher):
        self.watcher = watcher

    def collect(self):
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        state = self.watcher.state
        errors = CounterMetricFamily("tenantmig_rollout_errors", "Errors of application roles since the watch "
                                     "started, by tenant, table and SQLSTATE", labels=["tenant", "table", "sqlstate"])
        for (tenant, table, sqlstate), count in sorted(state.errors.items()):
            errors.add_metric([tenant, table, sqlstate], count)
        yield errors
        silent = GaugeMetricFamily("tenantmig_rollout_silent_statements", "Statements that returned rows before the "
                                   "watch and none in the calls since, by table", labels=["table"])
        for table, count in sorted(Counter(s.table for s in state.silent).items()):
            silent.add_metric([table], count)
        yield silent
        without = GaugeMetricFamily("tenantmig_rollout_transactions_without_tenant", "Transactions ended without "
                                    "a tenant setting since the watch started (estimate), by role", labels=["role"])
        for role, count in sorted(state.without_tenant.items()):
            without.add_metric([role], count)
        yield without
        yield GaugeMetricFamily("tenantmig_rollout_log_readable", "1 if the server log is read for errors",
                                value=0 if self.watcher.tail.path is None else 1)
        yield CounterMetricFamily("tenantmig_rollout_watch_polls", "Polls of the database", value=state.polls)


def watch(url: str, manifest: Manifest, *, interval: float, duration: float | None, max_errors: int | None,
          metrics_port: int | None, report: Callable[[WatchState], None],
          started: Callable[[WatchState, int | None], None] | None = None) -> WatchState:
    """Poll until duration ends (None: until interrupted). Raises GateFailed, with the rollback
    commands in its hint, once the errors reach max_errors."""
    if interval <= 0:
        raise UsageError("--interval must be more than 0 seconds")
    if max_errors is not None and max_errors < 1:
        raise UsageError("--max-errors must be 1 or more")
    with connect(url, "rollout watch") as conn:
        rollout.require_phase(chain.read_state(conn), changing=False)
        watcher = Watcher(conn, manifest)
        server = None
        if metrics_port is not None:
            from prometheus_client import CollectorRegistry, start_http_server  # only when serving

            registry = CollectorRegistry()
            registry.register(_Metrics(watcher))
            try:
                # Loopback only: the metrics name tenants and tables.
                server, _thread = start_http_server(metrics_port, addr="127.0.0.1", registry=registry)
            except OSError as exc:
                raise UsageError(f"--metrics-port {metrics_port}: {exc.strerror}") from None
        try:
            if started:
                started(watcher.state, server.server_port if server else None)
            deadline = None if duration is None else time.monotonic() + duration
            while True:
                state = watcher.poll()
                report(state)
                if max_errors is not None and state.total_errors >= max_errors:
                    raise GateFailed(
                        f"{state.total_errors} error(s) from application roles since the watch started: "
                        f"--max-errors {max_errors} reached",
                        hint="To roll back the rollout:\n" + "\n".join(f"  {c}" for c in state.rollback_commands()))
                if deadline is not None and time.monotonic() >= deadline:
                    return state
                time.sleep(interval if deadline is None else max(0.0, min(interval, deadline - time.monotonic())))
        finally:
            if server is not None:
                server.shutdown()
                server.server_close()
