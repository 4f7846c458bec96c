"""What an unchanged application notices of the chain: its own UPDATE triggers, and prepared `SELECT *`.

Each test runs the real chain on the telehealth example (tests/helpers.py) on real PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest

from helpers import APP_TRIGGER_OLD as OLD
from helpers import add_app_update_trigger, advance_to, example_settings
from tenantmig import api, app_hazards, manifest, servers
from tenantmig.errors import GateFailed

def _state(url: str) -> tuple[int, int, int, int]:
    """(appointments, rows whose updated_at moved, rows logged by the AFTER trigger, rows with a key)."""
    with psycopg.connect(servers.libpq_url(url)) as conn:
        has_key = conn.execute("SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'appointments'::regclass "
                               "AND attname = 'client_id' AND NOT attisdropped)").fetchone()[0]
        keyed = "count(client_id)" if has_key else "0"
        return conn.execute(
            f"SELECT count(*), count(*) FILTER (WHERE updated_at <> '{OLD}'), "
            f"(SELECT count(*) FROM app_side.update_log), {keyed} FROM appointments").fetchone()


def test_backfill_and_its_rollback_do_not_fire_the_applications_update_triggers(database_url, role_prefix,
                                                                                  tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    add_app_update_trigger(database_url)
    advance_to(settings, 1)
    planned = api.plan(settings, 2)
    assert [(t["table"], t["action"]) for t in planned.app_triggers] == [("public.appointments", "skip")]
    assert any("touch_updated_at" in w and "log_update" in w for w in planned.warnings)

    result = api.advance(settings, 2)
    assert [g.passed for g in result.gates if g.item == "app_triggers_not_fired"] == [True]
    rows, moved, logged, keyed = _state(database_url)
    assert rows > 0 and keyed == rows  # the backfill did fill every key
    assert (moved, logged) == (0, 0)

    api.rollback(settings, 2)
    rows_after, moved, logged, keyed = _state(database_url)
    assert (rows_after, moved, logged, keyed) == (rows, 0, 0, 0)
    # Replica mode was the backfill's sessions' own: the application's updates still fire them.
    with psycopg.connect(servers.libpq_url(database_url), autocommit=True) as conn:
        conn.execute("UPDATE appointments SET status = status WHERE id = (SELECT min(id) FROM appointments)")
    assert _state(database_url)[1:3] == (1, 1)


def test_fire_app_triggers_lets_them_fire(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    settings = dataclasses.replace(settings, options=dataclasses.replace(settings.options, fire_app_triggers=True))
    add_app_update_trigger(database_url)
    advance_to(settings, 1)
    assert [t["action"] for t in api.plan(settings, 2).app_triggers] == ["fire"]
    api.advance(settings, 2)
    rows, moved, logged, _keyed = _state(database_url)
    assert moved == rows and logged >= rows


def test_a_trigger_that_fires_even_in_replica_mode_is_refused_until_the_dba_chooses(database_url, role_prefix,
                                                                                     tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    add_app_update_trigger(database_url, enable="ALWAYS")
    advance_to(settings, 1)
    with pytest.raises(GateFailed) as failed:
        api.advance(settings, 2)
    assert "public.appointments" in failed.value.message and "touch_updated_at" in failed.value.message
    assert "--fire-app-triggers" in failed.value.message
    assert _state(database_url)[1:] == (0, 0, 0)  # refused before anything was updated


def test_only_a_role_allowed_to_set_session_replication_role_keeps_triggers_quiet(database_url, role_prefix, conn):
    role = f"{role_prefix}dba"
    conn.execute(f'CREATE ROLE "{role}" LOGIN')
    url = servers.libpq_url(database_url)
    with psycopg.connect(url, user=role, autocommit=True) as dba:
        assert app_hazards.can_set_replica(dba) is False
    if conn.info.server_version < 150000:
        return  # GRANT SET ON PARAMETER is new in 15; before it only a superuser may
    conn.execute(f'GRANT SET ON PARAMETER session_replication_role TO "{role}"')
    try:
        with psycopg.connect(url, user=role, autocommit=True) as dba:
            assert app_hazards.can_set_replica(dba) is True
    finally:
        conn.execute(f'REVOKE SET ON PARAMETER session_replication_role FROM "{role}"')


def test_a_validated_foreign_key_through_the_key_refuses_replica_mode(database_url, role_prefix, tmp_path):
    """Replica mode skips foreign-key checks; only the NOT VALID one phase 3 validates may be skipped."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    add_app_update_trigger(database_url)
    advance_to(settings, 1)
    with psycopg.connect(servers.libpq_url(database_url), autocommit=True) as conn:
        conn.execute("ALTER TABLE appointments ADD CONSTRAINT appointments_id_client UNIQUE (id, client_id)")
        conn.execute("CREATE TABLE app_side.appointment_refs (id int, client_id uuid, "
                     "FOREIGN KEY (id, client_id) REFERENCES appointments (id, client_id) ON UPDATE CASCADE)")
        plan = app_hazards.trigger_plans(conn, manifest.load(settings.manifest_path), fire=False)
    refused = [p for p in plan if p.action == "refuse"]
    assert [p.table for p in refused] == ["public.appointments"]
    assert "appointment_refs" in refused[0].reason


def test_phase_1_and_its_rollback_name_the_prepared_select_star_hazard(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    warned = api.plan(settings, 1).warnings
    assert warned and "Prepared `SELECT *` hazard" in warned[0] and "public.appointments" in warned[0]
    seen = []

    def confirm(move):
        seen.append(move.warnings)
        return True

    api.advance(settings, 1, confirm=confirm)
    assert "adds a column" in seen[0][0] and "public.patients" in seen[0][0]
    api.rollback(settings, 1, confirm=confirm)
    assert "drops the column it added" in seen[1][0] and "public.patients" in seen[1][0]
    # Phases that change no row type say nothing.
    api.advance(settings, 1, confirm=confirm)
    api.advance(settings, 2, confirm=confirm)
    assert seen[3] == ()


def _pg_bin_with_stat_statements() -> Path | None:
    for bindir in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        pkglib = subprocess.run([bindir / "pg_config", "--pkglibdir"], capture_output=True, text=True)
        if pkglib.returncode == 0 and (Path(pkglib.stdout.strip()) / "pg_stat_statements.so").exists():
            return bindir
    return None


@pytest.fixture
def stat_statements_server():
    """A PostgreSQL cluster of this test's own, started with shared_preload_libraries = pg_stat_statements."""
    bindir = _pg_bin_with_stat_statements()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries with pg_stat_statements under /usr/lib/postgresql")
    base = Path(tempfile.mkdtemp(prefix="tenantmig-pgss-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the cluster as the packaged server's user
        owner = pwd.getpwnam("postgres")
        os.chown(base, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    data = base / "data"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run([*as_user, bindir / "initdb", "-D", data, "-U", "postgres", "--auth=trust"], check=True,
                   capture_output=True)
    options = (f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={base} "
               "-c shared_preload_libraries=pg_stat_statements -c fsync=off")
    subprocess.run([*as_user, bindir / "pg_ctl", "-D", data, "-o", options, "-w", "-l", base / "log", "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres", bindir
    finally:
        subprocess.run([*as_user, bindir / "pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_with_pg_stat_statements_the_warning_lists_the_select_star_statements(stat_statements_server, role_prefix,
                                                                              tmp_path):
    server, bindir = stat_statements_server
    url = servers.create_database(server, prefix="tenantmig_pgss")
    settings = example_settings(url, role_prefix, tmp_path)
    settings = dataclasses.replace(settings, options=dataclasses.replace(settings.options, pg_bin=str(bindir)))
    with psycopg.connect(servers.libpq_url(url), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION pg_stat_statements")
        conn.execute("SELECT pg_stat_statements_reset()")
        for _ in range(7):
            conn.execute("SELECT * FROM patients WHERE id = %s", (1,))
        for _ in range(3):
            conn.execute('SELECT "appointments".* FROM "appointments" WHERE id = %s', (1,))
        conn.execute("SELECT id, full_name FROM patients WHERE id = %s", (1,))  # names its columns: no hazard
    advance_to(settings, 0)
    warned = "\n".join(api.plan(settings, 1).warnings)
    assert "pg_stat_statements lists 2 statement(s)" in warned
    assert any(line.split()[:2] == ["7", "calls"] and "FROM patients" in line for line in warned.splitlines())
    assert any(line.split()[:2] == ["3", "calls"] and '"appointments".*' in line for line in warned.splitlines())
    assert "full_name" not in warned
