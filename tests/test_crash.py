"""A run killed at a step boundary converges when the same command runs again."""

from __future__ import annotations

import psycopg
import pytest

from tenantmig import api
from tenantmig.servers import libpq_url
from tenantmig.faults import CRASH_ENV, CRASH_EXIT_CODE

from helpers import advance_to, cli, contents, example_settings, prepare_for, revision, rollback_from, schema_state

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


# The clinics example, inside the statements its shapes add: the partitioned index (ON ONLY,
# leaves CONCURRENTLY, attach), tenant-scoped keys, views switched to security_invoker, the
# service_via membership. One chain pays the example's setup once: each phase is run clean
# first, then killed at these points and run again, and must reach the clean run's state.
CLINICS_ADVANCE = {
    1: ["p1_03_indexes:9"],  # visits_2023's index attached, visits_2024's not yet
    3: ["p3_05_tenant_scoped_keys:5",  # unique (organization_id, id) built, not yet a constraint
        "p3_05_tenant_scoped_keys:8"],  # composite foreign key validated, the original not yet dropped
    5: ["p5_02_force_rls:10",  # every table forced, the view not yet security_invoker
        "p5_03_service_roles:1"],  # BYPASSRLS gone, service_via not yet granted
}
CLINICS_ROLLBACK = {
    3: ["p3_05_tenant_scoped_keys:4"],  # original foreign key back, the scoped one not yet dropped
    5: ["p5_02_force_rls:1"],  # the view's option restored, the tables still forced
}


@pytest.mark.parametrize("phase,verb,point", POINTS, ids=[p[2] for p in POINTS])
def test_killed_run_converges_on_rerun(phase, verb, point, database_url, role_prefix, tmp_path):
    _killed_run_converges(example_settings(database_url, role_prefix, tmp_path), phase, verb, point,
                          database_url, role_prefix)


def test_killed_clinics_runs_converge_on_rerun(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200, example="clinics")
    top = max(CLINICS_ADVANCE)

    def state():
        return schema_state(database_url, role_prefix), contents(database_url), revision(database_url)

    def crash(verb: str, phase: int, point: str) -> None:
        crashed = cli("--manifest", settings.manifest_path, verb, "--phase", str(phase), "--yes",
                      database_url=database_url, env={CRASH_ENV: point})
        assert crashed.returncode == CRASH_EXIT_CODE, point + crashed.stdout + crashed.stderr

    advance_to(settings, 0)
    clean = {0: state()}
    for phase in range(1, top + 1):
        prepare_for(settings, phase)
        api.advance(settings, phase)
        clean[phase] = state()
    rollback_from(settings, top, down_to=1)
    assert state() == clean[0]

    for phase in range(1, top + 1):
        prepare_for(settings, phase)
        for point in CLINICS_ADVANCE.get(phase, []):
            crash("advance", phase, point)
        api.advance(settings, phase)
        assert state() == clean[phase], f"advance phase {phase} after crashes at {CLINICS_ADVANCE.get(phase)}"
    for phase in range(top, 0, -1):
        for point in CLINICS_ROLLBACK.get(phase, []):
            crash("rollback", phase, point)
        api.rollback(settings, phase)
        assert state() == clean[phase - 1], f"rollback phase {phase} after crashes at {CLINICS_ROLLBACK.get(phase)}"


def _killed_run_converges(settings, phase, verb, point, database_url, role_prefix):
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
