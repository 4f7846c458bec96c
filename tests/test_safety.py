"""Out-of-order runs, concurrent runs, blocked DDL, orphans and quarantine: refused or handled, nothing lost.

The example is loaded and advanced once per module; each test starts from a copy of the database at
the phase it needs (CREATE DATABASE ... TEMPLATE), which nothing another test did can have reached.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from tenantmig import api, servers
from tenantmig.db import RUN_LOCK_KEY
from tenantmig.errors import GateFailed, ManifestError
from tenantmig.servers import libpq_url

from helpers import (advance_to, chain_settings, cli, clone_database, contents, example_settings, prepare_for,
                     quarantine_patient_orphans, restore_roles, revision, role_attributes, schema_state)


@dataclass
class Templates:
    server_url: str
    role_prefix: str  # the example's roles, shared by every copy
    manifest_text: str
    at: dict[int, str] = field(default_factory=dict)  # phase -> template database (-1: loaded, before phase 0)
    roles: dict[int, list[tuple]] = field(default_factory=dict)  # the roles' attributes when each was taken


@pytest.fixture(scope="module")
def templates(server_url, tmp_path_factory):
    role_prefix = f"t{uuid.uuid4().hex[:8]}_"
    work = servers.create_database(server_url, prefix="tenantmig_test")
    taken: dict[int, str] = {}
    try:
        # The template's backups stay in this module's directory: the copies' ledgers point at them.
        settings = example_settings(work, role_prefix, tmp_path_factory.mktemp("safety"))
        found = Templates(server_url, role_prefix, Path(settings.manifest_path).read_text(), at=taken)
        for number in (-1, 0, 1, 2):
            if number >= 0:
                advance_to(settings, number, start=number)
            taken[number] = clone_database(server_url, work)
            found.roles[number] = role_attributes(work, role_prefix)
        yield found
    finally:
        for url in taken.values():
            servers.drop_database(server_url, url)
        servers.drop_database(server_url, work, role_prefix=role_prefix)


@pytest.fixture
def start(templates, tmp_path):
    """start(N): settings on a new copy of the example at phase N, with a manifest of the test's own."""
    made = []

    def at(number: int) -> api.Settings:
        url = clone_database(templates.server_url, templates.at[number])
        made.append(url)
        restore_roles(url, templates.roles[number])
        settings = chain_settings(url, tmp_path)
        Path(settings.manifest_path).write_text(templates.manifest_text)
        return settings

    yield at
    for url in made:
        servers.drop_database(templates.server_url, url)


def test_advance_out_of_order_exits_1_and_changes_nothing(start, templates):
    settings = start(1)
    database_url, role_prefix = settings.database_url, templates.role_prefix
    before = (schema_state(database_url, role_prefix), contents(database_url), revision(database_url))

    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "3", "--yes", database_url=database_url)

    assert run.returncode == 1
    assert "advance --phase 2" in run.stderr and "at phase 1" in run.stderr
    assert (schema_state(database_url, role_prefix), contents(database_url), revision(database_url)) == before


def test_advance_at_the_same_phase_says_so_and_exits_0(start):
    settings = start(1)
    database_url = settings.database_url
    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "1", "--yes", database_url=database_url)
    assert run.returncode == 0, run.stderr
    assert "already applied" in run.stdout


def test_rollback_of_a_phase_not_on_top_exits_1(start):
    settings = start(2)
    database_url = settings.database_url
    run = cli("--manifest", settings.manifest_path, "rollback", "--phase", "1", "--yes", database_url=database_url)
    assert run.returncode == 1
    assert "rollback --phase 2" in run.stderr
    assert revision(database_url) == "p2_01_backfill"


def test_a_second_run_during_a_first_exits_3_naming_the_holder(start):
    settings = start(-1)
    database_url = settings.database_url
    with psycopg.connect(libpq_url(database_url), autocommit=True, application_name="tenantmig first run") as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (RUN_LOCK_KEY,))
        pid = holder.info.backend_pid
        run = cli("--manifest", settings.manifest_path, "advance", "--phase", "0", "--yes", database_url=database_url)
    assert run.returncode == 3
    assert f"pid {pid}" in run.stderr and "tenantmig first run" in run.stderr
    assert revision(database_url) is None


def test_without_yes_off_a_terminal_nothing_changes(start):
    settings = start(-1)
    database_url = settings.database_url
    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "0", database_url=database_url)
    assert run.returncode == 2
    assert "--yes" in run.stderr
    assert revision(database_url) is None


def test_ddl_behind_a_long_transaction_stops_cleanly_naming_the_blocker(start):
    """Phase 1 waits at most its lock timeout per try, never queues; when retries run out it names the blocker."""
    settings = start(0)
    database_url = settings.database_url
    with psycopg.connect(libpq_url(database_url)) as blocker:
        blocker.execute("SELECT count(*) FROM patients")  # holds ACCESS SHARE until the transaction ends
        blocker_pid = blocker.info.backend_pid
        run = cli("--manifest", settings.manifest_path, "--lock-timeout", "100", "--lock-retries", "2",
                  "advance", "--phase", "1", "--yes", database_url=database_url)
        assert run.returncode == 1, run.stderr
        assert f"pid {blocker_pid}" in run.stderr and "public.patients" in run.stderr
        # The first wait already names the blocker (a warning); later retries are routine (info).
        waits = [json.loads(line) for line in run.stderr.splitlines() if '"ddl.lock_timeout"' in line]
        assert waits[0]["attempt"] == 1 and waits[0]["level"] == "warning"
        assert f"pid {blocker_pid}" in waits[0]["blocked_by"] and "SELECT count(*) FROM patients" in waits[0]["blocked_by"]
        assert all(w["level"] == "info" and "blocked_by" not in w for w in waits[1:])
        # The application is never stuck behind the waiting ALTER: a read from another session goes through.
        with psycopg.connect(libpq_url(database_url), autocommit=True) as app:
            app.execute("SET statement_timeout = '2s'")
            assert app.execute("SELECT count(*) FROM patients").fetchone()[0] > 0
        blocker.rollback()
    resumed = cli("--manifest", settings.manifest_path, "advance", "--phase", "1", "--yes", database_url=database_url)
    assert resumed.returncode == 0, resumed.stderr
    assert revision(database_url) == "p1_04_fill_triggers"


def _add_orphan_patient(database_url: str) -> int:
    """A patient created by a user with two memberships: its tenant cannot be derived."""
    with psycopg.connect(libpq_url(database_url)) as conn:
        user = conn.execute(
            "SELECT user_id FROM user_organizations GROUP BY user_id HAVING count(*) > 1 ORDER BY 1 LIMIT 1"
        ).fetchone()[0]
        return conn.execute(
            "INSERT INTO patients (created_by, full_name) VALUES (%s, 'ambiguous') RETURNING id", (user,)
        ).fetchone()[0]


def test_orphans_fail_the_backfill_naming_table_and_keys_then_resume(start):
    settings = start(1)
    database_url = settings.database_url
    orphan = _add_orphan_patient(database_url)

    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "2", "--yes", database_url=database_url)
    assert run.returncode == 1
    assert "public.patients: 1 rows" in run.stderr and str(orphan) in run.stderr
    assert revision(database_url) == "p1_04_fill_triggers"

    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute("DELETE FROM patients WHERE id = %s", (orphan,))
    resumed = api.advance(settings, 2)
    assert resumed.outcome == "applied"


def test_quarantined_orphans_are_counted_and_come_back_on_rollback(start):
    settings = start(1)
    database_url = settings.database_url
    quarantine_patient_orphans(settings)  # a change the manifest may take until phase 2 (recorded.ACCEPTABLE)
    orphan = _add_orphan_patient(database_url)
    before = contents(database_url)["patients"]

    result = api.advance(settings, 2)

    assert result.counts_before["public.patients"] == result.counts_after["public.patients"] + 1
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute("SELECT count(*) FROM patients WHERE id = %s", (orphan,)).fetchone()[0] == 0
        held = conn.execute("SELECT pk, row_data->>'full_name' FROM tenantmig.quarantine").fetchall()
    assert held == [([orphan], "ambiguous")]

    api.rollback(settings, 2)
    assert contents(database_url)["patients"] == before


def test_a_table_without_primary_key_fails_the_gate_before_any_change(start):
    settings = start(-1)
    database_url = settings.database_url
    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute("ALTER TABLE invoices DROP CONSTRAINT invoices_pkey")
    with pytest.raises(ManifestError) as failure:
        api.advance(settings, 0)
    assert "public.invoices has no primary key" in str(failure.value)
    assert revision(database_url) is None


def test_fill_trigger_keys_rows_written_by_unchanged_code(start, templates):
    """After phase 1, a child row gets its parent's tenant; after phase 5, a row written in a tenant gets that tenant."""
    settings = start(2)
    database_url, role_prefix = settings.database_url, templates.role_prefix
    with psycopg.connect(libpq_url(database_url)) as conn:
        patient, tenant = conn.execute("SELECT id, client_id FROM patients ORDER BY id LIMIT 1").fetchone()
        child = conn.execute(
            "INSERT INTO invoices (patient_id, amount_cents, issued_on) VALUES (%s, 100, '2026-01-01') "
            "RETURNING client_id", (patient,)).fetchone()[0]
        assert child == tenant
        legacy = conn.execute(
            "INSERT INTO audit_events (occurred_at, action) VALUES (now(), 'x') RETURNING client_id").fetchone()[0]
        assert str(legacy) == "00000000-0000-0000-0000-00000000a11c"
    advanced = []
    for n in (3, 4, 5):
        prepare_for(settings, n)
        advanced.append(api.advance(settings, n))
    assert all(r.outcome == "applied" for r in advanced)
    other = "00000000-0000-0000-0000-0000000000c2"
    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute(f'SET LOCAL ROLE "{role_prefix}app_user"')
        conn.execute("SELECT set_config('app.current_client_id', %s, true)", (other,))
        written = conn.execute(
            "INSERT INTO messages (clinic_slug, body) VALUES ('harbor', 'hi') RETURNING client_id").fetchone()[0]
        assert str(written) == other
        # A row for another tenant's parent is refused by the policy, not silently re-keyed.
        foreign_patient = conn.execute("SELECT %s::bigint", (patient,)).fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO invoices (patient_id, amount_cents, issued_on) VALUES (%s, 1, '2026-01-01')",
                         (foreign_patient,))


def test_post_check_failure_is_reported_again_on_rerun(start):
    """A phase whose post-condition broke is not reported as done by a second advance."""
    settings = start(1)
    database_url = settings.database_url
    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = "
                     "'public.tenantmig_ix_public_patients'::regclass")
    with pytest.raises(GateFailed) as failure:
        api.advance(settings, 1)
    assert "tenantmig_ix_public_patients is INVALID" in str(failure.value)


def test_index_build_that_times_out_behind_an_old_transaction_is_rebuilt_not_skipped(start):
    """CREATE INDEX CONCURRENTLY waits for running transactions; a timed-out build leaves an INVALID index,
    which the retry must drop and rebuild rather than skip with IF NOT EXISTS."""
    import threading

    from tenantmig.db import LockPolicy

    settings = start(0)
    database_url = settings.database_url
    settings.lock_policy = LockPolicy(timeout_ms=200, attempts=10, first_delay_s=0.2, max_delay_s=1.0)
    started = threading.Event()

    def old_transaction():
        with psycopg.connect(libpq_url(database_url)) as conn:
            conn.execute("SELECT 1")
            started.set()
            conn.execute("SELECT pg_sleep(2)")

    sleeper = threading.Thread(target=old_transaction)
    sleeper.start()
    started.wait(10)
    result = api.advance(settings, 1)
    sleeper.join()

    assert result.outcome == "applied"
    assert all(g.passed for g in result.gates)
    with psycopg.connect(libpq_url(database_url)) as conn:
        invalid = conn.execute("SELECT count(*) FROM pg_index WHERE NOT indisvalid").fetchone()[0]
    assert invalid == 0


def test_fill_trigger_never_guesses_an_ambiguous_tenant(start):
    """A row from a user with two memberships and no context stays keyless (then named by the gates)."""
    settings = start(1)
    database_url = settings.database_url
    with psycopg.connect(libpq_url(database_url)) as conn:
        user = conn.execute(
            "SELECT user_id FROM user_organizations GROUP BY user_id HAVING count(*) > 1 ORDER BY 1 LIMIT 1"
        ).fetchone()[0]
        key = conn.execute(
            "INSERT INTO patients (created_by, full_name) VALUES (%s, 'ambiguous') RETURNING client_id", (user,)
        ).fetchone()[0]
    assert key is None
