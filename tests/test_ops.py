"""Verified backups, rollback drills and plans, on the example against real PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import psycopg
import pytest

from tenantmig import api, backups
from tenantmig.errors import BackupError, StateError, UsageError
from tenantmig.servers import libpq_url

from helpers import advance_to, cli, contents, example_settings, revision, schema_state

TENANT_TABLES = ("patients", "appointments", "prescriptions", "prescription_refills", "clinical_notes", "invoices",
                 "uploads", "messages", "audit_events")


def _rows(database_url: str, sql: str) -> list[tuple]:
    with psycopg.connect(libpq_url(database_url)) as conn:
        return conn.execute(sql).fetchall()


def _ledger_state(database_url: str) -> list[tuple]:
    """What a refused backup must leave as it was: version, baselines, backups (missing schema = nothing)."""
    with psycopg.connect(libpq_url(database_url)) as conn:
        if not conn.execute("SELECT to_regclass('tenantmig.backups') IS NOT NULL").fetchone()[0]:
            return []
        return conn.execute(
            "SELECT 'backup', method, verified::text FROM tenantmig.backups "
            "UNION ALL SELECT 'baseline', id::text, void::text FROM tenantmig.baselines ORDER BY 1, 2").fetchall()


def test_phase_0_dump_is_listed_by_pg_restore_and_its_sha256_is_in_the_ledger(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200)
    settings.options.restore_check = True
    result = api.advance(settings, 0)

    (path, sha256, verified, detail), = _rows(
        database_url, "SELECT path, sha256, verified, detail FROM tenantmig.backups")
    assert verified and Path(path).parent == (tmp_path / "backups").resolve()
    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha256
    with psycopg.connect(libpq_url(database_url)) as conn:
        pg_restore = backups.find_tool("pg_restore", backups.server_major(conn))
    listed = subprocess.run([pg_restore, "--list", path], capture_output=True, text=True)
    assert listed.returncode == 0 and "TABLE DATA public patients" in listed.stdout
    # The restore check compared every table of the dump with the source, and they agree.
    check = detail["restore_check"]
    assert {t["table"] for t in check["tables"]} >= {f"public.{t}" for t in TENANT_TABLES}
    assert all(t["source"] == t["restored"] for t in check["tables"])
    assert any(e["event"] == "backup.verified" for e in result.events)
    # The scratch database is gone.
    assert not _rows(database_url, "SELECT datname FROM pg_database WHERE datname LIKE '%restorecheck%' "
                                   "AND datname LIKE current_database() || '%'")


def test_backup_command_reports_restore_check_counts_and_later_phases_need_a_backup_since_the_baseline(
        database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200)
    args = ("--manifest", settings.manifest_path)
    api.advance(settings, 0)
    # A baseline newer than every backup: what phase 0 re-run after the data moved on would leave.
    _rows(database_url, "INSERT INTO tenantmig.baselines (counts, checksums, columns) "
                        "SELECT counts, checksums, columns FROM tenantmig.baselines ORDER BY id DESC LIMIT 1 "
                        "RETURNING id")
    refused = cli(*args, "advance", "--phase", "1", "--yes", database_url=database_url, cwd=tmp_path)
    assert refused.returncode == 1, refused.stderr
    assert "no verified backup recorded since the baseline" in refused.stderr
    assert "tenantmig backup" in refused.stderr
    assert revision(database_url) == "p0_01_baseline"

    made = cli(*args, "backup", "--restore-check", "--backup-dir", str(tmp_path / "on-demand"),
               database_url=database_url, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "row counts equal to the source" in made.stdout
    assert "public.patients" in made.stdout and str(tmp_path / "on-demand") in made.stdout
    status = json.loads(cli(*args, "status", "--json", database_url=database_url).stdout)
    assert status["last_backup"]["verified"] is True
    assert status["last_backup"]["path"].startswith(str(tmp_path / "on-demand"))
    assert len(status["last_backup"]["sha256"]) == 64

    api.advance(settings, 1)
    assert revision(database_url) == "p1_04_fill_triggers"


def _fake_old_tools(directory: Path) -> Path:
    directory.mkdir()
    for name in ("pg_dump", "pg_restore"):
        tool = directory / name
        tool.write_text(f"#!/bin/sh\necho '{name} (PostgreSQL) 9.6.24'\n")
        tool.chmod(0o755)
    return directory


@pytest.mark.parametrize("case", ["too_old", "none"])
def test_no_usable_pg_dump_says_so_and_changes_nothing(case, database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    pg_bin = _fake_old_tools(tmp_path / "oldbin") if case == "too_old" else (tmp_path / "empty")
    pg_bin.mkdir(exist_ok=True)
    before = schema_state(database_url, role_prefix), contents(database_url)
    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "0", "--yes", "--pg-bin", str(pg_bin),
              "--backup-dir", str(tmp_path / "b"), database_url=database_url, cwd=tmp_path,
              env={"PATH": str(Path(settings.manifest_path).parent)})
    assert run.returncode == 1, run.stderr
    assert "no pg_dump of PostgreSQL" in run.stderr and f"--pg-bin {pg_bin}" in run.stderr
    assert ("pg_dump (PostgreSQL 9)" in run.stderr) == (case == "too_old")
    assert "Nothing was changed" in run.stderr
    assert revision(database_url) is None
    assert _ledger_state(database_url) == []
    assert (schema_state(database_url, role_prefix), contents(database_url)) == before
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_backup_file_that_is_not_a_dump_is_refused_and_nothing_is_verified(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    bogus = tmp_path / "not-a-dump.dump"
    bogus.write_text("-- plain SQL, not an archive\nSELECT 1;\n")
    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "0", "--yes", "--backup-file", str(bogus),
              database_url=database_url, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert f"pg_restore --list rejected {bogus}" in run.stderr
    assert revision(database_url) is None
    assert _ledger_state(database_url) == []
    with pytest.raises(BackupError, match="no such file"):
        settings.options.backup_file = str(tmp_path / "missing.dump")
        api.backup(settings)
    assert _ledger_state(database_url) == []


def test_backup_command_that_fails_is_recorded_unverified_and_a_good_one_counts(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "0", "--yes",
              "--backup-command", "echo 'pgbackrest: stanza not found' >&2; exit 3",
              database_url=database_url, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "backup command exited 3" in run.stderr and "stanza not found" in run.stderr
    assert revision(database_url) is None
    (method, verified, detail), = _rows(database_url, "SELECT method, verified, detail FROM tenantmig.backups")
    assert (method, verified, detail["exit_status"]) == ("command", False, 3)
    assert not _rows(database_url, "SELECT 1 FROM tenantmig.baselines")

    settings.options.backup_command = "echo snapshot vol-0abc taken"
    api.advance(settings, 0)
    (method, verified, detail), = _rows(
        database_url, "SELECT method, verified, detail FROM tenantmig.backups WHERE verified")
    assert method == "command" and "vol-0abc" in detail["output"]

    # An existing dump can be registered: the one tenantmig makes itself will do.
    settings.options.backup_command = None
    made = api.backup(settings)
    settings.options.backup_file = made.backup["path"]
    registered = api.backup(settings)
    assert registered.backup["method"] == "file" and registered.backup["sha256"] == made.backup["sha256"]


def test_drill_all_at_phase_6_passes_and_a_corrupted_row_fails_naming_its_table(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200)
    advance_to(settings, 6)
    args = ("--manifest", settings.manifest_path)
    before = contents(database_url)
    unmarked = cli(*args, "drill", "--all", "--yes", database_url=database_url, cwd=tmp_path)
    assert unmarked.returncode == 2 and "is not marked as staging" in unmarked.stderr
    assert revision(database_url) == "p6_01_cleanup"
    api.mark(settings, production=False)

    drilled = cli(*args, "drill", "--all", "--yes", database_url=database_url, cwd=tmp_path)
    assert drilled.returncode == 0, drilled.stderr
    assert "passed" in drilled.stdout
    for number, name in enumerate(("backups", "tenant columns", "backfill", "NOT NULL", "parallel policies",
                                   "policy swap", "cleanup")):
        line = next(line for line in drilled.stdout.splitlines() if line.strip().startswith(f"{number} {name}"))
        assert line.split()[-1] == "0" and line.count("s ") >= 2, line  # times, tables, no mismatch
    assert revision(database_url) == "p6_01_cleanup"
    assert contents(database_url) == before
    drills = api.status(settings).last_drill
    assert sorted(drills) == list(range(7))
    assert all(d["outcome"] == "ok" and d["tables_compared"] >= 15 for d in drills.values())

    corrupted = cli(*args, "drill", "--yes", database_url=database_url, cwd=tmp_path,
                    env={"TENANTMIG_DRILL_CORRUPT": "public.clinical_notes"})
    assert corrupted.returncode == 1, corrupted.stderr
    assert "failed" in corrupted.stdout
    assert "public.clinical_notes: content differs from before the drill" in corrupted.stderr
    assert "public.patients" not in corrupted.stderr
    assert revision(database_url) == "p6_01_cleanup"  # re-advanced all the same
    assert api.status(settings).last_drill[6]["outcome"] == "failed"


def test_drill_refuses_production_and_the_wrong_phase_without_changing_anything(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    api.advance(settings, 0)
    assert api.mark(settings, production=True).production
    refused = cli("--manifest", settings.manifest_path, "drill", "--yes", database_url=database_url)
    assert refused.returncode == 2 and "marked as production" in refused.stderr
    api.mark(settings, production=False)
    with pytest.raises(StateError, match="drill --phase 1 rehearses undoing phase 1"):
        api.drill(settings, number=1)
    declined = api.drill(settings, confirm=lambda where, numbers: False)
    assert declined.outcome == "declined"
    assert revision(database_url) == "p0_01_baseline"
    assert not _rows(database_url, "SELECT 1 FROM tenantmig.ledger WHERE event LIKE 'drill%'")


def test_plan_phase_3_sql_is_safe_and_plan_changes_nothing(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200)
    args = ("--manifest", settings.manifest_path)
    assert api.plan(settings, 0).gates["post"]
    assert not _rows(database_url, "SELECT 1 FROM pg_namespace WHERE nspname = 'tenantmig'")  # not even the ledger

    advance_to(settings, 2)
    before = schema_state(database_url, role_prefix), contents(database_url), _rows(
        database_url, "SELECT count(*) FROM tenantmig.ledger")
    rendered = cli(*args, "plan", "--phase", "3", "--sql", database_url=database_url)
    assert rendered.returncode == 0, rendered.stderr
    sql = rendered.stdout
    for table in ("patients", "appointments", "prescription_refills", "audit_events"):
        assert f'"public"."{table}" ADD CONSTRAINT "tenantmig_nn_public_{table}" CHECK ("client_id" IS NOT NULL) ' \
               "NOT VALID" in sql
        assert f'"public"."{table}" VALIDATE CONSTRAINT "tenantmig_nn_public_{table}"' in sql
        assert f'"public"."{table}" ALTER COLUMN "client_id" SET NOT NULL' in sql
    statements = [s.strip() for s in sql.split(";") if s.strip() and not s.strip().startswith("--")]
    assert not [s for s in statements if any(w in s for w in (" TYPE ", "SET DEFAULT", "VACUUM FULL", "CLUSTER "))]
    assert all(line.endswith("NOT VALID;") for line in sql.splitlines() if "CHECK (" in line)
    assert "-- lock: SHARE UPDATE EXCLUSIVE for a full scan" in sql

    described = api.plan(settings, 3).as_dict()
    validate = [s for s in described["statements"] if "VALIDATE CONSTRAINT" in s["sql"] and s["table"] == "public.patients"]
    assert validate and all(s["hold"].startswith("a scan of ~") for s in validate)
    assert [g["check"] for g in described["gates"]["pre"]] == ["backup_verified", "no_null_keys", "keys_follow_parents"]

    backfill = api.plan(settings, 2, with_sql=True)
    assert [b["table"] for b in backfill.backfill][0] == "public.patients"
    assert "UPDATE tenantmig.backfill_ranges" in backfill.sql and "Backfill batch plan" in backfill.sql
    # The step's own offline SQL is the batch statement that runs, not a placeholder (issue 13).
    step_sql = backfill.sql.split("-- Backfill batch plan")[0]
    assert '"public"."appointments" AS "appointments" SET "client_id" = tenantmig_parent.tenantmig_key' in step_sql
    assert "<source>" not in backfill.sql and step_sql.count("UPDATE tenantmig.backfill_ranges") == len(backfill.backfill)
    after = schema_state(database_url, role_prefix), contents(database_url), _rows(
        database_url, "SELECT count(*) FROM tenantmig.ledger")
    assert after == before
    with pytest.raises(UsageError):  # a phase that does not exist is bad usage
        api.plan(settings, 9)
