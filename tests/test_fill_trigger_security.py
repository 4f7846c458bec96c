"""The fill trigger against an application login that attacks it, and against unchanged code.

Issue 12, finding 1: an application login made itself SUPERUSER through the fill trigger
(SECURITY DEFINER, search_path with pg_temp, manifest SQL naming `organizations` unqualified).
Issue 15, item 1: from phase 1 on, unchanged code's INSERT into `messages` failed because the
trigger resolved names differently from the phase-0 check.
"""

from __future__ import annotations

import psycopg
import pytest

from tenantmig import api
from tenantmig.examples import telehealth
from tenantmig.servers import libpq_url

from helpers import advance_to, example_settings

HARBOR = dict((slug, uid) for uid, slug in telehealth.TENANTS)["harbor"]

ATTACK = f"""
CREATE OR REPLACE FUNCTION pg_temp.evil() RETURNS uuid LANGUAGE plpgsql AS $$ BEGIN
  EXECUTE format('ALTER ROLE %I SUPERUSER', session_user);
  PERFORM set_config('app.current_client_id', '{HARBOR}', true);
  RETURN '{HARBOR}'; END $$;
CREATE TEMP VIEW organizations AS SELECT pg_temp.evil() AS id, 'harbor'::text AS slug;
"""


def _as_app(database_url: str, role_prefix: str) -> psycopg.Connection:
    """A session of the application's own login (session_user is the app role, not the test's superuser)."""
    return psycopg.connect(libpq_url(database_url), user=f"{role_prefix}app_user", autocommit=True)


def _is_superuser(conn: psycopg.Connection, role: str) -> bool:
    return conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (role,)).fetchone()[0]


def test_escalation_through_the_fill_trigger_fails_at_every_phase(database_url, role_prefix, tmp_path, conn):
    settings = example_settings(database_url, role_prefix, tmp_path)
    app_role = f"{role_prefix}app_user"
    for phase in range(0, 7):
        advance_to(settings, phase, start=phase)
        with _as_app(database_url, role_prefix) as app:
            app.execute(ATTACK)
            try:
                app.execute("INSERT INTO messages (clinic_slug, sender, body) VALUES ('harbor', 'x', 'y')")
            except psycopg.errors.InsufficientPrivilege:
                assert phase >= 5, f"phase {phase}: unchanged code's INSERT was refused"
        assert not _is_superuser(conn, app_role), f"phase {phase}: {app_role} became SUPERUSER"


def test_unchanged_code_inserts_into_every_filled_table_from_phase_1(database_url, role_prefix, tmp_path, conn):
    """No tenant set, as code written before the migration: the INSERT succeeds and the key is derived."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    for phase in range(0, 5):
        advance_to(settings, phase, start=phase)
        with _as_app(database_url, role_prefix) as app:
            new_id = app.execute(
                "INSERT INTO messages (clinic_slug, sender, body) VALUES ('harbor', 'x', 'y') RETURNING id"
            ).fetchone()[0]
        if phase >= 1:
            key = conn.execute("SELECT client_id FROM messages WHERE id = %s", (new_id,)).fetchone()[0]
            assert str(key) == HARBOR, f"phase {phase}: the fill trigger gave message {new_id} the key {key}"


def test_fill_functions_are_invoker_with_a_pinned_search_path(database_url, role_prefix, tmp_path, conn):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 1)
    rows = conn.execute(
        "SELECT p.proname, p.prosecdef, p.proconfig FROM pg_proc p "
        "WHERE p.pronamespace = 'tenantmig'::regnamespace AND p.proname LIKE 'fill_%'"
    ).fetchall()
    assert rows, "phase 1 installed no fill function"
    for name, definer, config in rows:
        assert not definer, f"{name} is SECURITY DEFINER"
        assert config == ["search_path=pg_catalog, pg_temp"], f"{name}: {config}"


def test_verify_fails_on_an_unsafe_definer_trigger_function_and_passes_tenantmigs_own(
        database_url, role_prefix, tmp_path, conn):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 4)
    first = api.verify(settings).as_dict()
    probes = [p for p in first["probes"] if p["probe"] == "function_search_path"]
    assert probes and all(p["outcome"] == "pass" for p in probes), probes
    # Issue 12, item 9: what RLS with one shared role cannot close is reported, with what reduces it.
    channels = [p for p in first["probes"] if p["probe"] == "inherent_channel" and p["role"] == f"{role_prefix}app_user"]
    assert {p["detail"].split(":")[0] for p in channels} == {
        "estimates", "activity", "constraints", "large_objects_notify", "with_hold"}, channels
    assert all(p["outcome"] == "warn" and "Reduce with:" in p["detail"] for p in channels), channels
    # The shape of the trigger that was exploitable: SECURITY DEFINER, names resolved through pg_temp first.
    conn.execute("""
        CREATE FUNCTION public.stamp_message() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public AS $$ BEGIN
          NEW.sender := (SELECT o.slug FROM organizations o LIMIT 1); RETURN NEW; END $$""")
    conn.execute("CREATE TRIGGER stamp BEFORE INSERT ON public.messages FOR EACH ROW "
                 "EXECUTE FUNCTION public.stamp_message()")
    conn.commit()
    report = api.verify(settings).as_dict()
    failed = [p for p in report["probes"] if p["probe"] == "function_search_path" and p["outcome"] == "fail"]
    assert [p["table"] for p in failed] == ["public.stamp_message()"], failed
    assert "pg_temp is not listed" in failed[0]["detail"] and report["ok"] is False


def test_verify_fails_on_the_old_fill_trigger_shape(database_url, role_prefix, tmp_path, conn):
    """SECURITY DEFINER with pg_temp last still resolves a name no earlier schema holds in pg_temp."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 4)
    conn.execute("""
        CREATE FUNCTION public.fill_like_before() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp AS $fn$ BEGIN
          IF NEW.client_id IS NULL THEN
            SELECT ((SELECT o.id FROM organizations o WHERE o.slug = messages.clinic_slug)) INTO NEW.client_id
            FROM (SELECT (NEW).*) AS messages;
          END IF;
          RETURN NEW; END $fn$""")
    conn.execute("CREATE TRIGGER fill_like_before BEFORE INSERT ON public.messages FOR EACH ROW "
                 "EXECUTE FUNCTION public.fill_like_before()")
    conn.commit()
    failed = [p for p in api.verify(settings).as_dict()["probes"]
              if p["probe"] == "function_search_path" and p["outcome"] == "fail"]
    assert [p["table"] for p in failed] == ["public.fill_like_before()"], failed
    assert "organizations without a schema" in failed[0]["detail"], failed
