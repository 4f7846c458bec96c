"""Issue 12, finding 6: a run killed after its last step was stamped, while its closing checks ran,
left the ledger on "interrupted"; the next advance said "already applied", recorded no phase.done,
and the phase's per-row loss check never ran."""

from __future__ import annotations

import psycopg
import pytest

from tenantmig import api, faults
from tenantmig.errors import GateFailed
from tenantmig.servers import libpq_url

from helpers import advance_to, example_settings


def _events(conn) -> list[tuple[str, str]]:
    return conn.execute("SELECT event, outcome FROM tenantmig.ledger WHERE phase = 1 AND direction = 'upgrade' "
                        "ORDER BY id").fetchall()


def test_checks_killed_midway_rerun_on_next_advance_and_record_phase_done(database_url, role_prefix, tmp_path, conn):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    with faults.crash_at("p1_checks:start"), pytest.raises(faults.SimulatedCrash):
        api.advance(settings, 1)
    again = api.advance(settings, 1)
    assert again.outcome == "applied"
    assert [g.item for g in again.gates if not g.passed] == []
    assert _events(conn) == [("phase.start", "running"), ("phase.interrupted", "interrupted"),
                             ("phase.start", "running"), ("phase.done", "ok")]
    # Once done, a further advance has nothing to check again.
    assert api.advance(settings, 1).outcome == "already applied"


def test_rerun_checks_catch_a_row_lost_in_between(database_url, role_prefix, tmp_path, conn):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    with faults.crash_at("p1_checks:start"), pytest.raises(faults.SimulatedCrash):
        api.advance(settings, 1)
    lost = conn.execute("DELETE FROM messages WHERE id = (SELECT min(id) FROM messages) RETURNING id").fetchone()[0]
    conn.commit()
    with pytest.raises(GateFailed, match="public.messages"):
        api.advance(settings, 1)
    assert _events(conn)[-1] == ("gate.post", "failed")
    assert str(lost) in conn.execute("SELECT detail::text FROM tenantmig.ledger ORDER BY id DESC LIMIT 1").fetchone()[0]
