"""The manifest is part of the record: each phase's manifest is kept in the ledger, a rollback works
from it whatever the file says now, and an advance with a file that differs in ways the applied
phases cannot take refuses before changing anything, naming each difference."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tenantmig import api
from tenantmig.errors import EXIT_USAGE, ManifestError
from tenantmig.servers import libpq_url

from helpers import advance_to, cli, contents, example_settings, revision, rollback_from, schema_state

MOVED = ("invoices", "prescription_refills")


def _move_to_exempt(path: str, tables=MOVED) -> None:
    text = Path(path).read_text()
    for table in tables:
        start = text.index(f"[tables.{table}]")
        end = text.index("\n[", start + 1)
        text = text[:start] + f'[tables.{table}]\npattern = "exempt"\nreason = "moved out after phase 2"\n' + text[end:]
    Path(path).write_text(text)


def _recorded_phases(database_url: str) -> list[int]:
    with psycopg.connect(libpq_url(database_url)) as conn:
        return [r[0] for r in conn.execute("SELECT phase FROM tenantmig.manifests ORDER BY 1")]


def test_a_changed_manifest_is_refused_before_any_change_naming_each_difference(database_url, role_prefix,
                                                                                 tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 2)
    assert _recorded_phases(database_url) == [0, 1, 2]
    _move_to_exempt(settings.manifest_path)
    state = (schema_state(database_url, role_prefix), contents(database_url), revision(database_url))

    done = cli("--manifest", settings.manifest_path, "advance", "--phase", "3", "--yes", database_url=database_url)
    assert done.returncode == EXIT_USAGE, done.stderr
    assert "differs from the manifest phase 2 was applied with" in done.stderr
    for table in MOVED:
        assert f"tables.{table}.pattern: recorded 'tenant', now 'exempt'" in done.stderr
        assert f"tables.{table}.backfill: recorded Backfill(" in done.stderr
    assert "Traceback" not in done.stderr
    assert (schema_state(database_url, role_prefix), contents(database_url), revision(database_url)) == state


def test_a_rollback_after_editing_the_manifest_removes_what_each_phase_added(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    before = (schema_state(database_url, role_prefix), contents(database_url))
    advance_to(settings, 2)
    _move_to_exempt(settings.manifest_path)
    # The file no longer lists the moved tables as tenant tables; phase 1 added their key all the same.
    rollback_from(settings, 2)
    assert _recorded_phases(database_url) == []
    assert (schema_state(database_url, role_prefix), contents(database_url)) == before
    # With nothing applied, the edited file is the manifest of the next run.
    advance_to(settings, 1)
    with psycopg.connect(libpq_url(database_url)) as conn:
        keyed = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND column_name = 'client_id'")}
    assert "patients" in keyed and not keyed & set(MOVED)


def test_differences_the_applied_phases_can_take_are_accepted(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 1)
    text = Path(settings.manifest_path).read_text()
    # `reason` is never read by a phase; `orphans` is read from phase 2 on.
    text = text.replace('reason = "owned by the application\'s own migration tool"', 'reason = "prisma-free zone"')
    text = text.replace('[tables.invoices]\npattern = "tenant"\n', '[tables.invoices]\npattern = "tenant"\norphans = "quarantine"\n')
    Path(settings.manifest_path).write_text(text)
    assert api.advance(settings, 2).outcome == "applied"
    # Phase 2 is now applied with `orphans`: taking it back is a difference phase 2 has read.
    Path(settings.manifest_path).write_text(text.replace('orphans = "quarantine"\n', ""))
    with pytest.raises(ManifestError, match=r"tables\.invoices\.orphans: recorded 'quarantine', now 'fail'"):
        api.advance(settings, 3)
