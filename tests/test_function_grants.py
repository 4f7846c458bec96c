"""A Supabase-style schema (in the likeness of usebasejump/basejump, written here) that revokes the default
EXECUTE on functions from PUBLIC: tenantmig's helpers must stay callable by every role that evaluates a
policy or fires a trigger calling them, gates must fail cleanly when one is not, verify must name it, and
tenantmig's own refusal policies on a read-only global table are neither a dead policy nor a missing one.
"""

from __future__ import annotations

import json

import psycopg

from tenantmig import api, servers
from tenantmig import manifest as manifest_mod
from tenantmig.db import LockPolicy
from tenantmig.options import RunOptions
from tenantmig.servers import libpq_url

from helpers import advance_to, cli, example_settings, terminal_text
from test_example_clinics import Session

ACCOUNT_A = "00000000-0000-0000-0000-0000000000a1"
ACCOUNT_B = "00000000-0000-0000-0000-0000000000b2"

# Supabase's pieces the schema calls (auth.users, auth.uid(), anon/authenticated/service_role), then a
# basejump-like crew schema: accounts, their members, invitations per account, a read-only config row.
SCHEMA = """
CREATE ROLE {p}anon NOLOGIN;
CREATE ROLE {p}authenticated NOLOGIN;
CREATE ROLE {p}service_role NOLOGIN BYPASSRLS;
CREATE SCHEMA auth;
GRANT USAGE ON SCHEMA auth TO {p}anon, {p}authenticated, {p}service_role;
CREATE TABLE auth.users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email text);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION auth.uid() TO PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
CREATE SCHEMA crew;
GRANT USAGE ON SCHEMA crew TO {p}authenticated, {p}service_role;
CREATE TABLE crew.config (enable_team_accounts boolean NOT NULL DEFAULT true, max_members integer);
INSERT INTO crew.config VALUES (true, 10);
GRANT SELECT ON crew.config TO {p}authenticated, {p}service_role;
ALTER TABLE crew.config ENABLE ROW LEVEL SECURITY;
CREATE POLICY "config readable by signed-in users" ON crew.config FOR SELECT TO {p}authenticated USING (true);
CREATE TABLE crew.accounts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE crew.account_user (user_id uuid NOT NULL REFERENCES auth.users,
    account_id uuid NOT NULL REFERENCES crew.accounts, PRIMARY KEY (user_id, account_id));
CREATE TABLE crew.invitations (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES crew.accounts, token text NOT NULL, invitee_email text);
CREATE INDEX ON crew.invitations (account_id);
-- basejump's has_role_on_account(), reduced: granted to the signed-in role only, as basejump grants it.
CREATE FUNCTION crew.is_member(account uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT account IS NOT NULL $$;
GRANT EXECUTE ON FUNCTION crew.is_member(uuid) TO {p}authenticated;
ALTER TABLE crew.invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY "members manage invitations" ON crew.invitations FOR ALL TO {p}authenticated
    USING (crew.is_member(account_id)) WITH CHECK (crew.is_member(account_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON crew.accounts, crew.account_user, crew.invitations
    TO {p}authenticated, {p}service_role;
INSERT INTO auth.users (id, email) VALUES ('00000000-0000-0000-0000-00000000000a', 'a@example.com'),
    ('00000000-0000-0000-0000-00000000000b', 'b@example.com');
INSERT INTO crew.accounts VALUES ('{a}', 'Alpha'), ('{b}', 'Beta');
INSERT INTO crew.account_user VALUES ('00000000-0000-0000-0000-00000000000a', '{a}'),
    ('00000000-0000-0000-0000-00000000000b', '{b}');
INSERT INTO crew.invitations (account_id, token, invitee_email)
    SELECT CASE WHEN i % 3 = 0 THEN '{b}'::uuid ELSE '{a}'::uuid END, md5(i::text), 'x' || i || '@example.com'
    FROM generate_series(1, 30) i;
"""

MANIFEST = """
[tenancy]
schemas = ["crew"]
column = "account_id"
type = "uuid"
setting = "app.current_account_id"
tenants_table = "accounts"
tenants_key = "id"
memberships_table = "account_user"
memberships_user_column = "user_id"
memberships_tenant_column = "account_id"

[roles]
app = ["{p}authenticated"]
admin = ["{p}service_role"]

[tables.accounts]
pattern = "exempt"
reason = "the tenants table"

[tables.account_user]
pattern = "exempt"
reason = "the memberships table"

[tables.invitations]
pattern = "tenant"

[tables.config]
pattern = "global"
"""


def _load(database_url: str, role_prefix: str, tmp_path, manifest: str = MANIFEST) -> api.Settings:
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        for statement in SCHEMA.format(p=role_prefix, a=ACCOUNT_A, b=ACCOUNT_B).split(";\n"):
            if statement.strip():
                conn.execute(statement)
    path = tmp_path / "tenancy.toml"
    path.write_text(manifest.format(p=role_prefix))
    return api.Settings(database_url=database_url, manifest_path=str(path),
                        lock_policy=LockPolicy(timeout_ms=500, attempts=5),
                        options=RunOptions(backup_dir=str(tmp_path / "backups"), batch_size=100))


def _functions_without_public_execute(database_url: str) -> list[str]:
    with psycopg.connect(libpq_url(database_url)) as conn:
        return [r[0] for r in conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'tenantmig' AND NOT has_function_privilege('public', p.oid, 'EXECUTE') "
            # Firing a trigger checks no EXECUTE on its function (what the function calls is checked).
            "AND p.prorettype <> 'trigger'::regtype ORDER BY 1")]


def test_revoked_default_execute_keeps_the_application_working_through_the_chain(database_url, role_prefix, tmp_path):
    settings = _load(database_url, role_prefix, tmp_path)
    manifest = manifest_mod.load(settings.manifest_path)
    app = f"{role_prefix}authenticated"
    advance_to(settings, 4)
    # The default ACL took PUBLIC's EXECUTE from every function created since; tenantmig's got it back.
    assert _functions_without_public_execute(database_url) == []
    # Unchanged application at phase 4: no tenant stated, it sees what it saw (enforced() and the
    # context helper are called by the transition policies as the application role).
    with Session(database_url, manifest, app) as s:
        assert s.one("SELECT count(*) FROM crew.invitations") == (30,)
        s.one("INSERT INTO crew.invitations (account_id, token) VALUES (%s, 't') RETURNING id", (ACCOUNT_A,))
    advance_to(settings, 6, start=5)
    assert _functions_without_public_execute(database_url) == []
    with Session(database_url, manifest, app, ACCOUNT_B) as s:
        assert s.one("SELECT count(*), count(*) FILTER (WHERE account_id <> %s) FROM crew.invitations",
                     (ACCOUNT_B,)) == (10, 0)
        assert s.one("INSERT INTO crew.invitations (account_id, token) VALUES (%s, 'u') RETURNING account_id::text",
                     (ACCOUNT_B,)) == (ACCOUNT_B,)
        assert s.one("SELECT count(*) FROM crew.config") == (1,)
    # The read-only global table: SELECT-only grants and tenantmig's refusal policies are not a mismatch.
    done = cli("verify", "--json", "--manifest", settings.manifest_path, database_url=database_url, cwd=tmp_path)
    report = json.loads(done.stdout)
    failed = [p for p in report["probes"] if p["outcome"] == "fail"]
    assert done.returncode == 0 and failed == [], failed
    grants = [p for p in report["probes"] if p["probe"] == "grants_match_policies"]
    assert [p["outcome"] for p in grants] == ["pass"], grants
    assert [p["outcome"] for p in report["probes"] if p["probe"] == "policy_functions_executable"] == ["pass"]
    # Granting the writes instead: tenantmig's refusals answer them (nothing to add, nothing dead).
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute(f'GRANT INSERT, UPDATE, DELETE ON crew.config TO "{app}"')
    written = api.verify(settings)
    assert [p.outcome for p in written.report.probes if p.probe == "grants_match_policies"] == ["pass"], \
        [p.describe() for p in written.report.probes if p.probe == "grants_match_policies"]
    with Session(database_url, manifest, app, ACCOUNT_A) as s:
        assert s.refused("INSERT INTO crew.config VALUES (false, 1)")

    # The downgrades drop what the upgrades created, grants with them.
    for number in range(6, -1, -1):
        api.rollback(settings, number)
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                            "WHERE n.nspname = 'tenantmig'").fetchone() == (0,)


def test_a_policy_function_the_application_cannot_execute_fails_the_gate_and_verify_by_name(
        database_url, role_prefix, tmp_path):
    settings = _load(database_url, role_prefix, tmp_path)
    app = f"{role_prefix}authenticated"
    advance_to(settings, 4)
    api.enforce_everywhere(settings)
    # What a database migrated before the grants existed looks like: the helper is the owner's alone.
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("REVOKE EXECUTE ON FUNCTION tenantmig.current_tenant() FROM PUBLIC")

    swapped = cli("--backup-dir", str(tmp_path / "backups"), "advance", "--phase", "5", "--yes",
                  "--manifest", settings.manifest_path, database_url=database_url, cwd=tmp_path)
    text = terminal_text(swapped.stderr)
    assert swapped.returncode == 1, swapped.stdout + text
    assert "Traceback" not in swapped.stderr, swapped.stderr
    assert "crew.invitations" in text and app in text and "permission denied for function current_tenant" in text, text

    # Verify, at the phase the failed gate left, names the function and the role.
    checked = cli("verify", "--json", "--manifest", settings.manifest_path, database_url=database_url, cwd=tmp_path)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "probes" in json.loads(checked.stdout), checked.stdout
    failed = [p for p in json.loads(checked.stdout)["probes"]
              if p["outcome"] == "fail" and p["probe"] == "policy_functions_executable"]
    assert {(p["table"], p["role"]) for p in failed} >= {("crew.invitations", app)}, failed
    assert all("tenantmig.current_tenant()" in p["detail"] for p in failed), failed


def test_a_service_role_that_cannot_execute_its_policies_functions_is_named_before_and_at_phase_5(
        database_url, server_url, role_prefix, tmp_path):
    """basejump grants its helpers to `authenticated` only: its service role, listed as a service role, evaluates
    the application's policies (their service copies) once phase 5 takes its BYPASSRLS, and cannot call them.

    With another database sharing the role, the failed gate's undo names --roles-shared-ok: without it that
    rollback stops at its pre-flight, and the role stays without BYPASSRLS in the database that never ran
    phase 5 (how basejump's service role lost it between two runs)."""
    settings = _load(database_url, role_prefix, tmp_path,
                     MANIFEST.replace('admin = ["{p}service_role"]', 'service = ["{p}service_role"]'))
    service = f"{role_prefix}service_role"
    advance_to(settings, 4)
    checked = api.enforce_everywhere(settings)  # still BYPASSRLS: a warning, phase 5 not refused by it
    warned = [p for p in checked.report.probes if p.probe == "policy_functions_executable" and p.outcome == "warn"]
    assert {(p.table, p.role) for p in warned} == {("crew.invitations", service)}, warned
    assert all("crew.is_member(uuid)" in p.detail and "phase 5" in p.detail for p in warned), warned

    other = f"{servers.database_name_from_url(database_url)[:40]}_other"
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{other}"')
        conn.execute(f'GRANT CONNECT ON DATABASE "{other}" TO "{service}"')
    try:
        swapped = cli("--backup-dir", str(tmp_path / "backups"), "advance", "--phase", "5", "--yes",
                      "--roles-shared-ok", "--manifest", settings.manifest_path, database_url=database_url,
                      cwd=tmp_path)
        text = terminal_text(swapped.stderr)
        assert swapped.returncode == 1 and "Traceback" not in swapped.stderr, swapped.stdout + text
        assert f"crew.invitations: a read as {service} fails (permission denied for function is_member)" in text, text
        assert "tenantmig rollback --phase 5 --roles-shared-ok" in text, text
        after = api.verify(settings)
        assert {(p.table, p.role) for p in after.report.probes
                if p.probe == "policy_functions_executable" and p.outcome == "fail"} == {("crew.invitations", service)}
        # The rollback gives the role its BYPASSRLS back (roles are cluster-wide: it is this test's own role).
        api.rollback(settings, 5)
        with psycopg.connect(libpq_url(database_url)) as conn:
            assert conn.execute("SELECT rolbypassrls FROM pg_roles WHERE rolname = %s",
                                (service,)).fetchone() == (True,)
    finally:
        with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{other}" WITH (FORCE)')


def test_visible_also_grant_checks_stay_callable_with_default_execute_revoked(database_url, role_prefix, tmp_path):
    """clinics' product overrides make products visible through visible_also: the grant check phase 4 installs
    on product_overrides is called by the application's writes, and must be executable by it too."""
    settings = example_settings(database_url, role_prefix, tmp_path, example="clinics")
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")
    advance_to(settings, 6)
    assert _functions_without_public_execute(database_url) == []
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                            "WHERE n.nspname = 'tenantmig' AND p.proname LIKE 'grant%'").fetchone()[0] > 0
        product = conn.execute("SELECT id FROM products WHERE organization_id = 1 LIMIT 1").fetchone()[0]
    manifest = manifest_mod.load(settings.manifest_path)
    with Session(database_url, manifest, manifest.roles.app[0], "1") as s:
        assert s.one("INSERT INTO product_overrides (organization_id, product_id, price_cents) "
                     "VALUES (1, %s, 5) RETURNING organization_id", (product,)) == (1,)
