"""What an unchanged application notices of the chain: its own UPDATE triggers, and prepared `SELECT *`.

Each test runs the real chain on the telehealth example (tests/helpers.py) on real PostgreSQL.
"""

from __future__ import annotations

import contextlib
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
from helpers import add_app_update_trigger, advance_to, example_settings, quarantine_patient_orphans
from tenantmig import api, app_hazards, backfill, catalog, faults, manifest, servers
from tenantmig.db import create_engine
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


def test_backfill_workers_keep_the_triggers_quiet_too(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=600)
    settings = dataclasses.replace(settings, options=dataclasses.replace(settings.options, workers=2, batch_size=20))
    add_app_update_trigger(database_url)
    advance_to(settings, 2)
    rows, moved, logged, keyed = _state(database_url)
    assert (moved, logged, keyed) == (0, 0, rows)


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


# A schema in the likeness of graphile/starter (@app/db/migrations/committed/000001.sql): timestamps
# kept by a BEFORE INSERT OR UPDATE trigger on every table, an AFTER UPDATE notification, an
# `UPDATE OF is_verified` trigger and an AFTER DELETE audit trigger. Written here, not copied.
STARTER_LIKE = """
CREATE SCHEMA app_public;
CREATE SCHEMA app_private;
CREATE FUNCTION app_private.tg_timestamps() RETURNS trigger LANGUAGE plpgsql
SET search_path TO pg_catalog, public, pg_temp AS $$
BEGIN
  NEW.created_at := CASE WHEN TG_OP = 'INSERT' THEN now() ELSE OLD.created_at END;
  NEW.updated_at := CASE WHEN TG_OP = 'UPDATE' AND OLD.updated_at >= now()
                         THEN OLD.updated_at + interval '1 millisecond' ELSE now() END;
  RETURN NEW;
END $$;
CREATE FUNCTION app_private.tg_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_notify('app_changes', TG_TABLE_NAME || ':' || NEW.id); RETURN NEW; END $$;
CREATE FUNCTION app_private.tg_nothing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RETURN NULL; END $$;
CREATE TABLE app_public.organizations (id uuid PRIMARY KEY, slug text NOT NULL UNIQUE);
CREATE TABLE app_public.users (
  id serial PRIMARY KEY, username text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.users
  FOR EACH ROW EXECUTE PROCEDURE app_private.tg_timestamps();
CREATE TRIGGER _500_gql_update AFTER UPDATE ON app_public.users
  FOR EACH ROW EXECUTE PROCEDURE app_private.tg_notify();
CREATE TABLE app_public.user_emails (
  id serial PRIMARY KEY, user_id int NOT NULL REFERENCES app_public.users ON DELETE CASCADE,
  email text NOT NULL, is_verified boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.user_emails
  FOR EACH ROW EXECUTE PROCEDURE app_private.tg_timestamps();
CREATE TRIGGER _500_verify_account AFTER INSERT OR UPDATE OF is_verified ON app_public.user_emails
  FOR EACH ROW WHEN (NEW.is_verified IS TRUE) EXECUTE PROCEDURE app_private.tg_nothing();
CREATE TRIGGER _500_audit_removed AFTER DELETE ON app_public.user_emails
  FOR EACH ROW EXECUTE PROCEDURE app_private.tg_nothing();
INSERT INTO app_public.users (username) SELECT 'user' || n FROM generate_series(1, 40) n;
INSERT INTO app_public.user_emails (user_id, email) SELECT id, username || '@example.com' FROM app_public.users;
SET session_replication_role = replica;  -- old rows: their timestamps as the trigger left them long ago
UPDATE app_public.users SET updated_at = '2021-06-01', created_at = '2021-01-01';
UPDATE app_public.user_emails SET updated_at = '2021-06-01', created_at = '2021-01-01';
RESET session_replication_role;
"""

STARTER_MANIFEST = """
[tenancy]
schemas = ["app_public"]
column = "organization_id"
type = "uuid"
setting = "app.current_organization_id"
tenants_table = "app_public.organizations"
legacy_tenant = "00000000-0000-0000-0000-00000000a11c"
legacy_tenant_columns = {{ slug = "legacy" }}

[roles]
app = ["{p}visitor"]

[tables.organizations]
pattern = "exempt"
reason = "the tenants table"

[tables.users]
pattern = "tenant"
backfill = {{ legacy = true }}

[tables.user_emails]
pattern = "tenant"
backfill = {{ parent = "users", via = "user_id" }}
"""


def test_a_starter_like_schema_keeps_its_timestamps_through_the_backfill_and_back(database_url, role_prefix,
                                                                                   tmp_path, conn):
    conn.execute(STARTER_LIKE)
    conn.execute(f'CREATE ROLE "{role_prefix}visitor"')
    manifest_path = tmp_path / "tenancy.toml"
    manifest_path.write_text(STARTER_MANIFEST.format(p=role_prefix))
    settings = api.Settings(database_url=database_url, manifest_path=str(manifest_path),
                            options=api.RunOptions(backup_dir=str(tmp_path / "backups"), batch_size=10))
    advance_to(settings, 1)
    planned = {t["table"]: t["triggers"] for t in api.plan(settings, 2).app_triggers}
    assert {table: [t.split(" ")[0] for t in triggers] for table, triggers in planned.items()} == {
        "app_public.users": ["_100_timestamps", "_500_gql_update"],
        "app_public.user_emails": ["_100_timestamps"],  # UPDATE OF is_verified and AFTER DELETE do not fire
    }
    stamps = "SELECT count(*) FILTER (WHERE updated_at <> '2021-06-01'), count({}) FROM app_public.{}"
    with psycopg.connect(servers.libpq_url(database_url), autocommit=True) as listener:
        listener.execute("LISTEN app_changes")
        api.advance(settings, 2)
        for table in ("users", "user_emails"):
            assert conn.execute(stamps.format("organization_id", table)).fetchone() == (0, 40)
        api.rollback(settings, 2)
        for table in ("users", "user_emails"):
            assert conn.execute(stamps.format("organization_id", table)).fetchone() == (0, 0)
        listener.execute("SELECT 1")
        assert list(listener.notifies(timeout=0.5)) == []  # no AFTER UPDATE notification either


@contextlib.contextmanager
def _enabled_always_at(database_url: str, point: str):
    """The application's touch_updated_at becomes ENABLE ALWAYS (replica mode no longer stops it) when the run
    reaches `point`: after the pre-check and the step's own check passed, as a DBA's or a deploy's change would."""
    def hook(_revision: str, reached: str) -> None:
        if reached == point:
            with psycopg.connect(servers.libpq_url(database_url), autocommit=True) as other:
                other.execute("ALTER TABLE appointments ENABLE ALWAYS TRIGGER touch_updated_at")

    with faults.hooked(hook):
        yield


def _small_batches(settings):
    """Appointments (75 rows) in several batches: the failing one is not the first."""
    return dataclasses.replace(settings, options=dataclasses.replace(settings.options, batch_size=20))


def _restore_trigger(database_url: str) -> None:
    with psycopg.connect(servers.libpq_url(database_url), autocommit=True) as conn:
        conn.execute("ALTER TABLE appointments ENABLE TRIGGER touch_updated_at")


def test_a_trigger_that_fires_anyway_fails_the_backfill_batch_naming_table_and_rows(database_url, role_prefix,
                                                                                      tmp_path):
    settings = _small_batches(example_settings(database_url, role_prefix, tmp_path))
    add_app_update_trigger(database_url)
    advance_to(settings, 1)
    with _enabled_always_at(database_url, "batch:appointments:1"), pytest.raises(GateFailed) as failed:
        api.advance(settings, 2)
    message = failed.value.message
    rows, moved, logged, keyed = _state(database_url)
    assert 0 < keyed < rows  # the first batch committed, the second did not
    with psycopg.connect(servers.libpq_url(database_url)) as conn:
        lowest_unfilled, filled_below = conn.execute(
            "SELECT min(id) FILTER (WHERE client_id IS NULL), max(id) FILTER (WHERE client_id IS NOT NULL) "
            "FROM appointments").fetchone()
    assert filled_below < lowest_unfilled  # exactly the first batch, by key
    assert "public.appointments" in message and "columns other than client_id" in message
    assert f"keys [{lowest_unfilled}, " in message  # the failed batch's first row
    assert (moved, logged) == (0, 0)  # the rewritten rows were rolled back with their batch

    _restore_trigger(database_url)
    api.advance(settings, 2)  # resumes after the committed batch
    rows, moved, logged, keyed = _state(database_url)
    assert (moved, logged, keyed) == (0, 0, rows)


def test_a_trigger_that_fires_anyway_fails_the_rollback_batch_naming_table_and_rows(database_url, role_prefix,
                                                                                      tmp_path):
    settings = _small_batches(example_settings(database_url, role_prefix, tmp_path))
    add_app_update_trigger(database_url)
    advance_to(settings, 2)
    rows, _moved, _logged, keyed = _state(database_url)
    assert keyed == rows
    # The rollback clears children first: switch the trigger on right before appointments' turn.
    undone = [s.name for s in reversed(manifest.load(settings.manifest_path).backfill_order())]
    just_before = undone[undone.index("appointments") - 1]
    with _enabled_always_at(database_url, f"after:{just_before}"), pytest.raises(GateFailed) as failed:
        api.rollback(settings, 2)
    message = failed.value.message
    with psycopg.connect(servers.libpq_url(database_url)) as conn:
        lowest = conn.execute("SELECT min(id) FROM appointments").fetchone()[0]
    assert "public.appointments" in message and "columns other than client_id" in message
    assert f"keys [{lowest}, " in message
    assert _state(database_url) == (rows, 0, 0, rows)  # its first batch rolled back: nothing cleared, nothing rewritten

    _restore_trigger(database_url)
    api.rollback(settings, 2)
    assert _state(database_url) == (rows, 0, 0, 0)


def test_restoring_quarantined_rows_refuses_a_row_an_insert_trigger_rewrote(database_url, role_prefix, tmp_path):
    """The restore is an INSERT, never in replica mode: the application's BEFORE INSERT triggers fire on it."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    quarantine_patient_orphans(settings)
    advance_to(settings, 1)
    url = servers.libpq_url(database_url)
    with psycopg.connect(url, autocommit=True) as conn:
        user = conn.execute("SELECT user_id FROM user_organizations GROUP BY user_id HAVING count(*) > 1 "
                            "ORDER BY 1 LIMIT 1").fetchone()[0]
        orphan = conn.execute("INSERT INTO patients (created_by, full_name) VALUES (%s, 'ambiguous') RETURNING id",
                              (user,)).fetchone()[0]
    api.advance(settings, 2)  # the orphan moves to the quarantine
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("""CREATE FUNCTION public.shout() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN NEW.full_name := upper(NEW.full_name); RETURN NEW; END $$""")
        conn.execute("CREATE TRIGGER shout BEFORE INSERT ON patients FOR EACH ROW EXECUTE FUNCTION public.shout()")

    with pytest.raises(GateFailed) as failed:
        api.rollback(settings, 2)
    assert "public.patients" in failed.value.message and f"keys [{orphan}]" in failed.value.message
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM patients WHERE id = %s", (orphan,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM tenantmig.quarantine WHERE restored_at IS NULL").fetchone()[0] == 1

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TRIGGER shout ON patients")
    api.rollback(settings, 2)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT full_name FROM patients WHERE id = %s", (orphan,)).fetchone()[0] == "ambiguous"


def test_every_backfill_source_runs_guarded_without_a_false_alarm(database_url, role_prefix, tmp_path):
    """A BEFORE UPDATE trigger that changes nothing on every filled table: each source's guarded batch SQL
    (parent, memberships, legacy, sql; composite keys) fills and clears every key and finds nothing rewritten."""
    settings = _small_batches(example_settings(database_url, role_prefix, tmp_path))
    loaded = manifest.load(settings.manifest_path)
    url = servers.libpq_url(database_url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE FUNCTION public.unchanged() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")
        for spec in loaded.backfill_order():
            conn.execute(f"CREATE TRIGGER unchanged BEFORE UPDATE ON {spec.qualified} "
                         "FOR EACH ROW EXECUTE FUNCTION public.unchanged()")
    assert {s.backfill.kind for s in loaded.backfill_order()} >= {"parent", "memberships", "legacy", "sql"}
    advance_to(settings, 1)
    engine = create_engine(database_url)
    with engine.connect() as sa_conn:
        cat = catalog.read(sa_conn, tuple(loaded.schemas) + (loaded.tenants_schema,))
    engine.dispose()
    with psycopg.connect(url, autocommit=True) as conn:
        assert all(backfill.walk_for(conn, cat, s, guard=True).guarded for s in loaded.backfill_order())

    api.advance(settings, 2)
    with psycopg.connect(url) as conn:
        for spec in loaded.tables_with("tenant"):
            assert conn.execute(f"SELECT count(*) FROM {spec.qualified} WHERE client_id IS NULL").fetchone()[0] == 0
    api.rollback(settings, 2)
    with psycopg.connect(url) as conn:
        for spec in loaded.backfill_order():
            assert conn.execute(f"SELECT count(client_id) FROM {spec.qualified}").fetchone()[0] == 0


def test_a_rewrite_fails_the_rollback_of_a_key_column_the_application_already_had(database_url, role_prefix,
                                                                                   tmp_path):
    """A key column that existed before phase 1: the rollback clears only the logged keys, guarded the same way."""
    settings = _small_batches(example_settings(database_url, role_prefix, tmp_path))
    url = servers.libpq_url(database_url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE audit_events ADD COLUMN client_id uuid")
        conn.execute("""CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN NEW.action := NEW.action || '!'; RETURN NEW; END $$""")
        conn.execute("CREATE TRIGGER stamp BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION public.stamp()")
    advance_to(settings, 2)  # not fired: replica mode
    with psycopg.connect(url) as conn:
        rows, keyed, stamped = conn.execute(
            "SELECT count(*), count(client_id), count(*) FILTER (WHERE action LIKE '%!') FROM audit_events").fetchone()
    assert (keyed, stamped) == (rows, 0)

    undone = [s.name for s in reversed(manifest.load(settings.manifest_path).backfill_order())]

    def switch(_revision: str, point: str) -> None:
        if point == f"after:{undone[undone.index('audit_events') - 1]}":
            with psycopg.connect(url, autocommit=True) as other:
                other.execute("ALTER TABLE audit_events ENABLE ALWAYS TRIGGER stamp")

    with faults.hooked(switch), pytest.raises(GateFailed) as failed:
        api.rollback(settings, 2)
    assert "public.audit_events" in failed.value.message and "columns other than client_id" in failed.value.message
    with psycopg.connect(url) as conn:
        keyed, stamped = conn.execute(
            "SELECT count(client_id), count(*) FILTER (WHERE action LIKE '%!') FROM audit_events").fetchone()
        logged = conn.execute("SELECT count(*) FROM tenantmig.filled_rows "
                              "WHERE table_name = 'public.audit_events'").fetchone()[0]
    assert (keyed, stamped, logged) == (rows, 0, rows)  # the failed batch rolled back, its log entries with it
    assert "row(s), keys [" in failed.value.message

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE audit_events ENABLE TRIGGER stamp")
    api.rollback(settings, 2)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(client_id), count(*) FILTER (WHERE action LIKE '%!') "
                            "FROM audit_events").fetchone() == (0, 0)
