"""The chain 0→6→0 under a mixed application workload (issue 15): code that never states a tenant,
clients that prepare `SELECT *`, and today's named-column clients, with an application UPDATE trigger.

TENANTMIG_LOAD_ROWS sets the size (3000 in CI; 50000 for the issue's figure).
"""

from __future__ import annotations

import os
import time

import psycopg

from bench.chain_under_load import run_chain, unexpected_failures
from bench.workload import Workload
from helpers import APP_TRIGGER_OLD, add_app_update_trigger, example_settings
from tenantmig import api
from tenantmig.servers import libpq_url
from test_under_load import assert_no_row_lost, primary_keys

ROWS = int(os.environ.get("TENANTMIG_LOAD_ROWS", "3000"))


def test_chain_up_and_down_under_the_mixed_workload(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=ROWS)
    add_app_update_trigger(database_url)
    app_role = f"{role_prefix}app_user"
    original = primary_keys(database_url)
    assert any("Prepared `SELECT *` hazard" in line for line in api.plan(settings, 1).warnings)
    marks: list[tuple[str, float, float]] = []
    with Workload(database_url, app_role, kinds={"named": 2, "unchanged": 2, "prepared_star": 2},
                  think_s=0.01) as load:
        time.sleep(0.5)  # every client has run (and the prepared ones prepared) its statements
        run_chain(settings, load, marks)
        time.sleep(0.5)  # the application works on after the chain is back at the start
    summary = load.summary()

    unexpected = unexpected_failures(load, marks)
    assert not unexpected, [f.__dict__ for f in unexpected[:10]]
    stale = summary["failures_by_kind"].get("prepared_star", {}).get("0A000", 0)
    assert stale > 0, summary  # the hazard is real, and the workload sees it
    by_kind: dict[str, int] = {}
    for f in load.failures:
        by_kind[f.kind] = by_kind.get(f.kind, 0) + 1
    # Unchanged code (no tenant set) and named columns never fail; prepared `SELECT *` only with 0A000.
    assert set(by_kind) <= {"prepared_star"}, summary["failures_by_kind"]
    # Each kind kept working: every kind committed transactions, and rows were inserted.
    assert all(load.committed[kind] > 0 for kind in load.kinds), load.committed
    assert sum(summary["inserted"].values()) > 0
    assert_no_row_lost(database_url, original, load)

    # The application's trigger fired for the application's own updates only, never for tenantmig's.
    with psycopg.connect(libpq_url(database_url)) as conn:
        fired_by = dict(conn.execute("SELECT by_user, count(*) FROM app_side.update_log GROUP BY 1").fetchall())
        moved_not_logged = conn.execute(
            "SELECT count(*) FROM appointments a WHERE updated_at <> %s AND NOT EXISTS "
            "(SELECT 1 FROM app_side.update_log l WHERE l.id = a.id)", (APP_TRIGGER_OLD,)).fetchone()[0]
    assert set(fired_by) <= {app_role}, fired_by
    assert fired_by.get(app_role, 0) > 0  # the workload's own updates did fire it
    assert moved_not_logged == 0
