"""A run killed at a step boundary converges when the same command runs again."""

from __future__ import annotations

import psycopg
import pytest

from tenantmig import api
from tenantmig.servers import libpq_url
from tenantmig.steps import CRASH_ENV, CRASH_EXIT_CODE

from helpers import advance_to, cli, contents, example_settings, prepare_for, revision, schema_state

# (phase, direction, crash point): after the n-th committed unit of a revision, mid-backfill, before the stamp.
POINTS = [
    (1, "advance", "p1_01_registry:1"),
    (1, "advance", "p1_02_columns:3"),
    (1, "advance", "p1_03_indexes:2"),
    (1, "advance", "p1_04_fill_triggers:end"),
    (2, "advance", "p2_01_backfill:after:patients"),
    (3, "advance", "p3_03_set_not_null:2"),
    (4, "advance", "p4_02_policies:4"),
    (5, "advance", "p5_01_strict_policies:2"),
    (5, "advance", "p5_03_service_roles:1"),
    (1, "rollback", "p1_02_columns:2"),
    (2, "rollback", "p2_01_backfill:end"),
    (5, "rollback", "p5_01_strict_policies:3"),
]


@pytest.mark.parametrize("phase,verb,point", POINTS, ids=[p[2] for p in POINTS])
def test_killed_run_converges_on_rerun(phase, verb, point, database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, phase if verb == "rollback" else phase - 1)
    if verb == "advance":
        prepare_for(settings, phase)
    args = ("--manifest", settings.manifest_path, "--batch-size", "50", verb, "--phase", str(phase), "--yes")

    crashed = cli(*args, database_url=database_url, env={CRASH_ENV: point})
    assert crashed.returncode == CRASH_EXIT_CODE, crashed.stdout + crashed.stderr
    partial = api.status(settings)
    assert partial.where.startswith("part-way") or partial.current_phase == (phase - 1 if verb == "advance" else phase)

    rerun = cli(*args, database_url=database_url)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    converged = (schema_state(database_url, role_prefix), contents(database_url), revision(database_url))

    # The same phase run cleanly from the state before must give exactly the same database.
    undo, redo = ("rollback", "advance") if verb == "advance" else ("advance", "rollback")
    getattr(api, undo)(settings, phase)
    getattr(api, redo)(settings, phase)
    assert (schema_state(database_url, role_prefix), contents(database_url), revision(database_url)) == converged


def test_invalid_leftover_index_is_detected_and_rebuilt(database_url, role_prefix, tmp_path):
    """What an interrupted CREATE INDEX CONCURRENTLY leaves (an INVALID index) is rebuilt, not trusted."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("ALTER TABLE patients ADD COLUMN client_id uuid")
        conn.execute("CREATE INDEX tenantmig_ix_public_patients ON patients (client_id)")
        conn.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'tenantmig_ix_public_patients'::regclass")
    result = api.advance(settings, 1)
    assert any(e["event"] == "index.invalid_rebuilt" and e["table"] == "public.patients" for e in result.events)
    with psycopg.connect(libpq_url(database_url)) as conn:
        valid = conn.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = "
                             "'tenantmig_ix_public_patients'::regclass").fetchone()[0]
    assert valid
