"""Issue 12, finding 4: a child re-parented by unchanged code kept its old tenant key.

Under load, children moved between parents of different tenants during and after the
backfill; phase 2's and phase 3's gates passed with keys that named the wrong tenant. Keys
now follow through a composite foreign key ON UPDATE CASCADE (tenantmig.parent_cascade).
"""

from __future__ import annotations

import random
import threading

import psycopg
import pytest

from tenantmig import api, faults
from tenantmig.errors import GateFailed
from tenantmig.servers import libpq_url

from helpers import add_app_update_trigger, advance_to, example_settings, revision, schema_state

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

PRIVATE_KEYS = "SELECT id, client_id FROM clinical_notes WHERE is_private ORDER BY id"


def _under_load(database_url: str, role: str, at_least: int, during=None) -> tuple[int, list[str]]:
    """Runs `during` (if any) while unchanged code re-parents appointments, then until `at_least` moves."""
    stop, moved, errors = threading.Event(), [0], []
    worker = threading.Thread(target=_reparent_until, args=(database_url, role, stop, moved, errors))
    worker.start()
    try:
        if during is not None:
            during()
        while moved[0] < at_least and worker.is_alive():
            stop.wait(0.05)
    finally:
        stop.set()
        worker.join()
    return moved[0], errors


def _assert_no_drift(conn) -> None:
    assert conn.execute(DRIFT).fetchone()[0] == 0
    # prescriptions, notes the application role sees, private notes of other authors it does not see
    assert conn.execute(CHILD_DRIFT).fetchone() == (0, 0, 0)


def test_reparenting_under_load_leaves_no_key_different_from_the_parents(database_url, role_prefix, tmp_path, conn):
    """Every child's key is its parent's after re-parenting under load, rows the writing role cannot see included.

    telehealth's own notes_privacy policy hides other authors' private notes from the application
    role, so the SECURITY INVOKER follow trigger could not move them: they kept the old clinic's
    key. The key-following foreign key (parent_cascade) moves them as the table owner.
    """
    settings = example_settings(database_url, role_prefix, tmp_path, rows=2000)
    advance_to(settings, 1)
    app = f"{role_prefix}app_user"
    with psycopg.connect(libpq_url(database_url), user=app, autocommit=True) as as_app:
        # The workload's role sees none of the private notes: what it cannot update itself must follow.
        assert as_app.execute("SELECT count(*) FROM clinical_notes WHERE is_private").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM clinical_notes WHERE is_private").fetchone()[0] > 0

    moved, errors = _under_load(database_url, app, 200, during=lambda: api.advance(settings, 2))
    assert not errors, errors[:3]
    assert moved >= 200
    _assert_no_drift(conn)

    api.advance(settings, 3)
    before = dict(conn.execute(PRIVATE_KEYS).fetchall())
    moved, errors = _under_load(database_url, app, 200)
    assert not errors, errors[:3]
    assert moved >= 200
    _assert_no_drift(conn)
    after = dict(conn.execute(PRIVATE_KEYS).fetchall())
    # Hidden notes did move to other clinics (the check above is not vacuous).
    assert sum(before[i] != after[i] for i in before) > 0


def test_phase_1_killed_mid_way_reruns_clean(database_url, role_prefix, tmp_path):
    """Killed after the parents' unique (key, id) indexes, one left INVALID, or after the first cascade key:
    the re-run gives exactly the database a clean run gives."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    with faults.recording() as seen:
        api.advance(settings, 1)
    clean = schema_state(database_url, role_prefix), revision(database_url)
    api.rollback(settings, 1)
    # The last unit of p1_03_indexes builds the last parent's unique (key, id); the first of p1_04 adds a key.
    index_units = [p for p in seen if p.startswith("p1_03_indexes:") and p.split(":")[1].isdigit()]
    points = [index_units[-1], "p1_04_fill_triggers:1"]
    for point in points:
        with faults.crash_at(point), pytest.raises(faults.SimulatedCrash):
            api.advance(settings, 1)
        if point.startswith("p1_03"):
            with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
                conn.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = "
                             "'tenantmig_kr_public_prescriptions_id'::regclass")
            result = api.advance(settings, 1)
            assert any(e["event"] == "index.invalid_rebuilt" and e["table"] == "public.prescriptions"
                       for e in result.events)
        else:
            api.advance(settings, 1)
        assert (schema_state(database_url, role_prefix), revision(database_url)) == clean, point
        api.rollback(settings, 1)


def test_an_id_change_the_application_refused_is_still_refused(database_url, role_prefix, tmp_path, conn):
    """The cascade covers the referenced column too; the application's own NO ACTION key still checks first."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 2)
    patient = conn.execute("SELECT patient_id FROM appointments ORDER BY id LIMIT 1").fetchone()[0]
    with pytest.raises(psycopg.errors.ForeignKeyViolation, match="appointments_patient_id_fkey"):
        with conn.transaction():
            conn.execute("UPDATE patients SET id = id + 1000000 WHERE id = %s", (patient,))
    # A patient with no appointments keeps its id change, as before.
    lonely = conn.execute("INSERT INTO patients (created_by) SELECT min(id) FROM users RETURNING id").fetchone()[0]
    conn.execute("UPDATE patients SET id = id + 1000000 WHERE id = %s", (lonely,))


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


def test_verify_fails_on_a_trigger_the_cascade_fires_as_the_owner_with_the_callers_search_path(
        database_url, role_prefix, tmp_path, conn):
    """The cascade fires the child's own UPDATE triggers as the table's owner: an unpinned one is finding 1 again."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 4)
    conn.execute("CREATE TABLE note_history (note_id bigint, at timestamptz)")
    conn.execute("""
        CREATE FUNCTION log_note() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO note_history VALUES (NEW.id, now()); RETURN NULL; END $$""")
    conn.execute("CREATE TRIGGER log_note AFTER UPDATE ON clinical_notes FOR EACH ROW EXECUTE FUNCTION log_note()")
    # pagila's shape: no SET search_path, but nothing in it is found through a path, so no caller can redirect it.
    conn.execute("ALTER TABLE clinical_notes ADD COLUMN last_update timestamp")
    conn.execute("""
        CREATE FUNCTION last_updated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.last_update = CURRENT_TIMESTAMP; RETURN NEW; END $$""")
    conn.execute("CREATE TRIGGER last_updated BEFORE UPDATE ON clinical_notes FOR EACH ROW "
                 "EXECUTE FUNCTION last_updated()")

    def failed() -> list[str]:
        return [f'{p["table"]}: {p["detail"]}' for p in api.verify(settings).as_dict()["probes"]
                if p["probe"] == "cascade_trigger_search_path" and p["outcome"] == "fail"]

    found = failed()
    assert len(found) == 1 and found[0].startswith("public.log_note()"), found
    assert "tenantmig_kfk_public_clinical_notes" in found[0], found
    assert f"{role_prefix}app_user" in found[0] and "no SET search_path" in found[0], found
    assert "relation note_history" in found[0] and "function now" in found[0], found
    conn.execute("ALTER FUNCTION log_note() SET search_path = public, pg_temp")
    assert failed() == []


def test_a_parent_referenced_by_a_unique_column_that_is_not_its_primary_key(database_url, role_prefix, tmp_path,
                                                                            conn):
    """invoices reference patients(mrn), a UNIQUE column: the unique index is (key, mrn) and the key follows."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    conn.execute("ALTER TABLE patients ADD COLUMN mrn bigint UNIQUE")
    conn.execute("UPDATE patients SET mrn = id")
    conn.execute("ALTER TABLE invoices DROP CONSTRAINT invoices_patient_id_fkey")
    conn.execute("ALTER TABLE invoices ADD FOREIGN KEY (patient_id) REFERENCES patients (mrn)")
    advance_to(settings, 2)
    index = conn.execute("SELECT pg_get_indexdef('tenantmig_kr_public_patients_mrn'::regclass)").fetchone()[0]
    assert "UNIQUE" in index and "(client_id, mrn)" in index, index
    patient, old = conn.execute("SELECT p.id, p.client_id FROM patients p WHERE EXISTS "
                                "(SELECT 1 FROM invoices i WHERE i.patient_id = p.mrn) ORDER BY p.id LIMIT 1").fetchone()
    other = conn.execute("SELECT id FROM organizations WHERE id <> %s AND slug <> 'legacy' LIMIT 1", (old,)).fetchone()[0]
    # An administrator moves the patient to another clinic, as the application role.
    with psycopg.connect(libpq_url(database_url), user=f"{role_prefix}app_user", autocommit=True) as app:
        app.execute("UPDATE patients SET client_id = %s WHERE id = %s", (other, patient))
    keys = conn.execute("SELECT DISTINCT client_id FROM invoices WHERE patient_id = (SELECT mrn FROM patients "
                        "WHERE id = %s) UNION SELECT DISTINCT client_id FROM appointments WHERE patient_id = %s",
                        (patient, patient)).fetchall()
    assert keys == [(other,)]
    _assert_no_drift(conn)
    api.advance(settings, 3)


def test_rolling_back_the_backfill_fires_no_application_trigger_through_the_cascade(
        database_url, role_prefix, tmp_path, conn):
    """A parent's key cleared by phase 2's rollback cascades to a child written after the children were
    cleared; the child's own trigger must not fire for it, as it fires for no other update of tenantmig's."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    add_app_update_trigger(database_url)
    advance_to(settings, 2)
    app = f"{role_prefix}app_user"

    def write_between(revision: str, point: str) -> None:
        if (revision, point) == ("p2_01_backfill", "after:appointments"):
            with psycopg.connect(libpq_url(database_url), user=app, autocommit=True) as writer:
                writer.execute("INSERT INTO appointments (patient_id, scheduled_at, status) "
                               "SELECT min(id), now(), 'booked' FROM patients")

    with faults.hooked(write_between):
        api.rollback(settings, 2)
    assert conn.execute("SELECT count(*) FROM appointments WHERE status = 'booked'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM app_side.update_log").fetchone()[0] == 0
