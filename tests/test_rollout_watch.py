"""`tenantmig rollout watch` on a canary: a denied write by the enforced tenant shows up live, in the
terminal and on the Prometheus endpoint, and --max-errors ends the watch with the rollback command.

The server is the test's own (tests/private_server.py): the shared one writes no JSON log.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
import urllib.request

import psycopg
import pytest

from tenantmig import api
from tenantmig.servers import libpq_url
from private_server import TENANT_A, TENANT_B, canary, pgss_server_url  # noqa: F401  (fixtures)


def _lines(stream) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def pump():
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue, pattern: str, seconds: float) -> str:
    """The first line matching pattern that arrives within `seconds`; fails the test otherwise."""
    deadline = time.monotonic() + seconds
    seen = []
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        seen.append(line)
        if re.search(pattern, line):
            return line
    pytest.fail(f"no line matching {pattern!r} within {seconds} s; saw: {''.join(seen)}")


def _denied_write(url: str, role: str) -> None:
    """Tenant A's session writes a row keyed to tenant B: the enforced policy refuses it (42501)."""
    with psycopg.connect(libpq_url(url), user=role) as conn:
        conn.execute("SELECT set_config('app.current_client_id', %s, true)", (TENANT_A,))
        user_id = conn.execute("SELECT min(id) FROM users").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO patients (created_by, full_name, client_id) VALUES (%s, 'x', %s)",
                         (user_id, TENANT_B))


def test_watch_shows_a_denied_write_within_2s_serves_it_and_stops_at_max_errors(canary, role_prefix):
    settings = canary
    app = f"{role_prefix}app_user"
    watch = subprocess.Popen(
        [sys.executable, "-m", "tenantmig", "--manifest", settings.manifest_path, "rollout", "watch",
         "--interval", "0.2", "--duration", "60", "--max-errors", "2", "--metrics-port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TENANTMIG_DATABASE_URL": settings.database_url})
    try:
        out = _lines(watch.stdout)
        port = int(re.search(r"127\.0\.0\.1:(\d+)/metrics", _wait_for(out, r"metrics: http", 60)).group(1))

        _denied_write(settings.database_url, app)
        line = _wait_for(out, r"42501", 2.0)
        assert f"tenant {TENANT_A}" in line and "table public.patients" in line and app in line

        metrics = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read().decode()
        assert (f'tenantmig_rollout_errors_total{{sqlstate="42501",table="public.patients",tenant="{TENANT_A}"}} 1.0'
                in metrics), metrics
        assert "tenantmig_rollout_log_readable 1.0" in metrics

        _denied_write(settings.database_url, app)
        _wait_for(out, rf"tenantmig rollout disable --tenant {TENANT_A} --yes", 10)
        assert watch.wait(timeout=30) == 1
        assert "--max-errors 2 reached" in watch.stderr.read()
    finally:
        if watch.poll() is None:
            watch.kill()
            watch.wait()


def test_watch_reports_reads_the_enforcement_emptied_and_transactions_without_a_tenant(canary, role_prefix):
    """A statement that returned rows before the watch and none since: tenant A reading B's patients;
    then a transaction that sets no tenant at all."""
    settings = canary
    app = f"{role_prefix}app_user"
    query = "SELECT count(*) FROM patients p WHERE p.client_id = %s AND p.full_name IS NOT NULL GROUP BY p.client_id"
    with psycopg.connect(libpq_url(settings.database_url), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    with psycopg.connect(libpq_url(settings.database_url), user=app) as conn:
        conn.execute("SELECT set_config('app.current_client_id', %s, true)", (TENANT_B,))
        assert conn.execute(query, (TENANT_B,)).fetchall()  # B is not enforced: its rows are there
    states = []

    def report(state):
        states.append(state.as_dict())
        if state.polls == 1:
            # Now the enforced tenant A asks for B's rows: none come back.
            with psycopg.connect(libpq_url(settings.database_url), user=app) as conn:
                conn.execute("SELECT set_config('app.current_client_id', %s, true)", (TENANT_A,))
                assert conn.execute(query, (TENANT_B,)).fetchall() == []
                conn.commit()
                # And a transaction that never states its tenant: it sees nothing at phase 5.
                conn.execute("SELECT count(*) FROM patients").fetchone()

    state = api.rollout_watch(settings, interval=0.05, duration=1.0, report=report)
    assert [(s.role, s.table, s.calls_since) for s in state.silent] == [(app, "public.patients", 1)]
    assert state.without_tenant == {app: 1}
    assert state.total_errors == 0


def test_a_csvlog_server_is_read_as_well(role_prefix):
    """Servers that write csvlog rather than jsonlog: the same entries, the same fields."""
    from private_server import cluster

    from tenantmig.rollout_watch import _LogTail

    role = f"{role_prefix}app"
    with cluster(logging_collector="on", log_destination="'csvlog'", log_directory="'log'",
                 log_filename="'postgresql'") as url:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'CREATE ROLE "{role}" LOGIN')
            tail = _LogTail(admin)
            assert tail.kind == "csvlog" and tail.problem is None
            with psycopg.connect(url, user=role, autocommit=True) as app:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    app.execute("CREATE TABLE not_allowed_here (x int)")
            deadline = time.monotonic() + 10
            entries = []
            while time.monotonic() < deadline and not entries:
                entries = [e for e in tail.entries() if e.get("user") == role]
                time.sleep(0.1)
    assert [(e["dbname"], e["error_severity"], e["state_code"], e["statement"]) for e in entries] == [
        ("postgres", "ERROR", "42501", "CREATE TABLE not_allowed_here (x int)")]
