"""Issue 12, finding 4: a child re-parented by unchanged code kept its old tenant key.

Under load, children moved between parents of different tenants during and after the
backfill; phase 2's and phase 3's gates passed with keys that named the wrong tenant.
"""

from __future__ import annotations

import random
import threading

import psycopg
import pytest

from tenantmig import api
from tenantmig.errors import GateFailed
from tenantmig.servers import libpq_url

from helpers import advance_to, example_settings

DRIFT = """
SELECT count(*) FROM appointments a JOIN patients p ON p.id = a.patient_id
WHERE a.client_id IS DISTINCT FROM p.client_id
"""


def _reparent_until(url: str, role: str, stop: threading.Event, moved: list[int], errors: list[str]) -> None:
    """Unchanged application code: no tenant, moves appointments between patients of any clinic."""
    rng = random.Random(7)
    with psycopg.connect(libpq_url(url), user=role, autocommit=True) as conn:
        patients = [r[0] for r in conn.execute("SELECT id FROM patients")]
        appointments = [r[0] for r in conn.execute("SELECT id FROM appointments")]
        while not stop.is_set():
            try:
                conn.execute("UPDATE appointments SET patient_id = %s WHERE id = %s",
                             (rng.choice(patients), rng.choice(appointments)))
                moved[0] += 1
            except psycopg.Error as exc:
                errors.append(f"{exc.sqlstate}: {exc}")


CHILD_DRIFT = """
SELECT (SELECT count(*) FROM prescriptions c JOIN appointments a ON a.id = c.appointment_id
        WHERE c.client_id IS DISTINCT FROM a.client_id),
       (SELECT count(*) FROM clinical_notes c JOIN appointments a ON a.id = c.appointment_id
        WHERE c.client_id IS DISTINCT FROM a.client_id AND NOT c.is_private),
       (SELECT count(*) FROM clinical_notes c JOIN appointments a ON a.id = c.appointment_id
        WHERE c.client_id IS DISTINCT FROM a.client_id AND c.is_private)
"""


def test_reparenting_under_load_leaves_no_key_different_from_the_parents(database_url, role_prefix, tmp_path, conn):
    """Keys follow for every row the writing role can see; rows its own policies hide are named by the gate.

    The fill and follow triggers are SECURITY INVOKER (see fill_function_sql): telehealth's own
    notes_privacy policy hides other authors' private notes from the application role, so those
    cannot follow an appointment the application moves. They must not pass unnoticed.
    """
    settings = example_settings(database_url, role_prefix, tmp_path, rows=2000)
    advance_to(settings, 1)
    stop, moved, errors = threading.Event(), [0], []
    worker = threading.Thread(target=_reparent_until,
                              args=(database_url, f"{role_prefix}app_user", stop, moved, errors))
    worker.start()
    gate = None
    try:
        try:
            api.advance(settings, 2)
        except GateFailed as exc:
            gate = str(exc)
        # Re-parenting after the backfill, before phase 3, must be followed too.
        while moved[0] < 200 and worker.is_alive():
            stop.wait(0.05)
    finally:
        stop.set()
        worker.join()
    assert not errors, errors[:3]
    assert moved[0] >= 200
    assert conn.execute(DRIFT).fetchone()[0] == 0
    prescriptions, visible_notes, hidden_notes = conn.execute(CHILD_DRIFT).fetchone()
    assert (prescriptions, visible_notes) == (0, 0)
    if hidden_notes:
        with pytest.raises(GateFailed, match="public.clinical_notes: .* rows whose client_id differs"):
            api.advance(settings, 3)
    else:
        assert gate is None, gate
        api.advance(settings, 3)


def test_phase_3_gate_names_the_children_whose_key_differs(database_url, role_prefix, tmp_path, conn):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 2)
    # Bypass the fill trigger, as a bulk load with triggers off would.
    with conn.transaction():
        conn.execute("SET LOCAL session_replication_role = replica")
        moved = conn.execute(
            "UPDATE appointments a SET patient_id = (SELECT p.id FROM patients p WHERE p.client_id <> a.client_id "
            "ORDER BY p.id LIMIT 1) WHERE a.id = (SELECT min(id) FROM appointments) RETURNING a.id").fetchone()[0]
    with pytest.raises(GateFailed) as failed:
        api.advance(settings, 3)
    text = str(failed.value) + " " + str(getattr(failed.value, "message", ""))
    assert "public.appointments: 1 rows whose client_id differs from their public.patients" in text, text
    assert f"first by primary key: {moved}" in text, text
