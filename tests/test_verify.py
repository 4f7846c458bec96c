"""`tenantmig verify`: a clean chain passes and leaves no trace; each seeded defect fails, named by probe and table."""

from __future__ import annotations

import dataclasses
import json
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from tenantmig import api, servers
from tenantmig import manifest as manifest_mod
from tenantmig.errors import GateFailed, StateError, UsageError
from tenantmig.examples import telehealth
from tenantmig.policies import policies_for
from tenantmig.servers import libpq_url

from helpers import advance_to, cli, contents, example_settings

TENANT_A, TENANT_B = telehealth.TENANTS[0][0], telehealth.TENANTS[1][0]


def _trace(database_url: str) -> dict:
    """Everything verify must leave as it was: every row, the tenantmig schema but verify's ledger rows, sequences."""
    with psycopg.connect(libpq_url(database_url)) as conn:
        ledger = conn.execute("SELECT id, event, outcome, detail FROM tenantmig.ledger WHERE event <> 'verify' "
                              "ORDER BY id").fetchall()
        # tenantmig's own sequences move with verify's ledger row; the application's must not move at all.
        sequences = conn.execute("SELECT schemaname, sequencename, last_value FROM pg_sequences "
                                 "WHERE schemaname <> 'tenantmig' ORDER BY 1, 2").fetchall()
    bookkeeping = {t: rows for t, rows in contents(database_url, "tenantmig").items() if t != "ledger"}
    return {"rows": contents(database_url), "tenantmig": bookkeeping, "ledger": ledger, "sequences": sequences}


def test_verify_after_phase_5_passes_lists_every_probe_and_leaves_no_trace(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 5)
    before = _trace(database_url)
    junit = tmp_path / "verify.xml"

    run = cli("--manifest", settings.manifest_path, "verify", "--json", "--junit", str(junit),
              database_url=database_url)

    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["ok"] is True
    outcomes = {p["outcome"] for p in report["probes"]}
    assert outcomes <= {"pass", "warn"}, [p for p in report["probes"] if p["outcome"] == "fail"]
    assert all(set(p) >= {"probe", "table", "role", "outcome", "detail"} for p in report["probes"])
    names = {p["probe"] for p in report["probes"]}
    assert names >= {
        "classified", "rls_enabled", "rls_forced", "policies_present", "role_not_superuser", "role_no_bypassrls",
        "role_not_owner", "role_cannot_escalate", "table_privileges", "sequence_privileges", "view_security_invoker",
        "security_definer", "tenant_scoped_keys", "session_bypass", "context_default", "server_advisories",
        "context_transaction_local", "no_context_sees_nothing", "empty_context", "malformed_context",
        "tenant_sees_only_own", "tenant_sees_own", "cross_tenant_read_by_id", "cross_tenant_update",
        "cross_tenant_delete", "cross_tenant_insert", "cross_tenant_move", "merge_obeys_policies",
        "copy_to_obeys_policies", "shared_rows_read_only", "admin_sees_all", "reporting_sees_all",
        "reporting_cannot_write", "global_readable", "global_read_only",
    }
    app = f"{role_prefix}app_user"
    isolation = [(p["table"], p["outcome"]) for p in report["probes"]
                 if p["probe"] == "tenant_sees_only_own" and p["role"] == app]
    assert ("public.patients", "pass") in isolation and ("public.products", "pass") in isolation
    # Tenant-scoped keys are not the example's design (primary keys on id alone): reported, not failed.
    assert any(p["probe"] == "tenant_sees_only_own" for p in report["probes"])
    assert {p["outcome"] for p in report["probes"] if p["probe"] == "tenant_scoped_keys"} == {"warn"}

    suite = ET.parse(junit).getroot().find("./testsuite")
    cases = suite.findall("./testcase")
    assert len(cases) == len(report["probes"])
    # A warning is skipped, not passed, and CI tools merge cases sharing a name: every one is unique.
    warned = report["counts"]["warn"]
    assert warned > 0 and suite.get("skipped") == str(warned)
    assert len([c for c in cases if c.find("skipped") is not None]) == warned
    assert len({(c.get("classname"), c.get("name")) for c in cases}) == len(cases)

    assert _trace(database_url) == before
    with psycopg.connect(libpq_url(database_url)) as conn:
        recorded = conn.execute("SELECT outcome, phase FROM tenantmig.ledger WHERE event = 'verify' "
                                "ORDER BY id").fetchall()
    assert recorded == [("ok", 4), ("ok", 5)]  # the one before phase 5 (enforce_everywhere), and this one


def test_one_tenant_rolled_out_is_isolated_while_the_others_keep_todays_view(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    app = f"{role_prefix}app_user"
    advance_to(settings, 3)
    seen_before = {t: _count(database_url, app, t, "patients") for t in (TENANT_A, TENANT_B)}
    api.advance(settings, 4)
    _refuses_bad_rollouts(settings, database_url)
    base = ("--manifest", settings.manifest_path, "rollout")

    enabled = cli(*base, "enable", "--tenant", TENANT_A.upper(), "--yes", database_url=database_url)
    assert enabled.returncode == 0, enabled.stderr

    with psycopg.connect(libpq_url(database_url)) as conn:
        own_a = conn.execute("SELECT count(*) FROM patients WHERE client_id = %s", (TENANT_A,)).fetchone()[0]
    assert 0 < own_a < seen_before[TENANT_A]
    assert _count(database_url, app, TENANT_A, "patients") == own_a
    assert _count(database_url, app, TENANT_A, f"patients WHERE client_id <> '{TENANT_A}'") == 0
    assert _count(database_url, app, TENANT_B, "patients") == seen_before[TENANT_B]
    api.rollout(settings, enable=True, table="invoices")
    with psycopg.connect(libpq_url(database_url)) as conn:
        invoices_b = conn.execute("SELECT count(*) FROM invoices WHERE client_id = %s", (TENANT_B,)).fetchone()[0]
    assert _count(database_url, app, TENANT_B, "invoices") == invoices_b
    assert _count(database_url, app, TENANT_B, "patients") == seen_before[TENANT_B]

    state = api.rollout_status(settings).as_dict()
    assert [(s["scope"], s["value"]) for s in state["switches"]] == [("table", "public.invoices"), ("tenant", TENANT_A)]
    assert state["ready_for_phase_5"] is False
    partial = cli("--manifest", settings.manifest_path, "verify", "--json", database_url=database_url)
    assert partial.returncode == 1, partial.stderr
    assert ("rollout_enforced", "fail") in {(p["probe"], p["outcome"]) for p in json.loads(partial.stdout)["probes"]}

    # Phase 5 refuses until everyone is enforced and a verify passed after the last change.
    with pytest.raises(GateFailed, match="enforced_everywhere"):
        api.advance(settings, 5)
    api.rollout(settings, enable=True, everyone=True)
    with pytest.raises(GateFailed, match="verified_after_rollout"):
        api.advance(settings, 5)
    assert api.verify(settings).ok
    api.rollout(settings, enable=False, tenant=TENANT_A)
    with pytest.raises(GateFailed, match="the rollout changed"):
        api.advance(settings, 5)

    with psycopg.connect(libpq_url(database_url)) as conn:
        changes = conn.execute("SELECT event, outcome, detail->>'scope', detail->>'value' FROM tenantmig.ledger "
                               "WHERE event LIKE 'rollout.%' ORDER BY id").fetchall()
    assert changes == [("rollout.enable", "ok", "tenant", TENANT_A), ("rollout.enable", "ok", "table", "public.invoices"),
                       ("rollout.enable", "ok", "all", ""), ("rollout.disable", "ok", "tenant", TENANT_A)]

    api.enforce_everywhere(settings)  # what automation (a drill re-advancing 4 -> 5) calls
    assert api.advance(settings, 5).outcome == "applied"
    api.rollback(settings, 5)  # back to 4 and up again: nothing changed in between, so no new verify is needed
    assert api.advance(settings, 5).outcome == "applied"
    late = cli(*base, "enable", "--table", "patients", "--yes", database_url=database_url)
    assert late.returncode == 1 and "strict policies enforce every tenant and table" in late.stderr, late.stderr


def _count(database_url: str, role: str, tenant: str, relation: str) -> int:
    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(role)))
        conn.execute("SELECT set_config('app.current_client_id', %s, true)", (tenant,))
        seen = conn.execute(f"SELECT count(*) FROM {relation}").fetchone()[0]
        conn.rollback()
        return seen


def test_verify_and_rollout_refuse_before_phase_4_and_an_unwritable_junit_path(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    manifest = ("--manifest", settings.manifest_path)

    early = cli(*manifest, "verify", database_url=database_url)
    assert early.returncode == 1 and "phase 4" in early.stderr, early.stderr
    with pytest.raises(StateError, match="rollout needs the database at phase 4"):
        api.rollout(settings, enable=True, everyone=True)
    unwritable = cli(*manifest, "verify", "--junit", str(tmp_path / "missing" / "v.xml"), database_url=database_url)
    assert unwritable.returncode == 2 and "missing" in unwritable.stderr, unwritable.stderr
    with pytest.raises(UsageError, match="is a directory"):
        api.verify(settings, junit_path=str(tmp_path))
    no_config = cli(*manifest, "verify", "--pgrls-config", str(tmp_path / "missing" / "pgrls.toml"),
                    database_url=database_url)
    assert no_config.returncode == 2 and "--pgrls-config" in no_config.stderr, no_config.stderr
    assert "Traceback" not in no_config.stderr
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute("SELECT to_regclass('tenantmig.ledger')").fetchone()[0] is None


def _refuses_bad_rollouts(settings: api.Settings, database_url: str) -> None:
    """Each bad target exits 2 naming it, and changes neither a switch nor the ledger."""
    with psycopg.connect(libpq_url(database_url)) as conn:
        before = conn.execute("SELECT (SELECT count(*) FROM tenantmig.ledger), "
                              "(SELECT count(*) FROM tenantmig.rollout)").fetchone()
    bad = [
        ({"tenant": "00000000-0000-0000-0000-0000000000ff"}, "does not exist"),
        ({"tenant": "not-a-uuid"}, "not a valid uuid"),
        ({"table": "schema_migrations"}, "exempt"),
        ({"table": "nosuch"}, "public.nosuch is not in the manifest"),
        ({"everyone": True, "tenant": TENANT_A}, "exactly one"),
        ({}, "exactly one"),
    ]
    for target, message in bad:
        with pytest.raises(UsageError, match=message) as refused:
            api.rollout(settings, enable=True, **target)
        assert refused.value.exit_code == 2
    run = cli("--manifest", settings.manifest_path, "rollout", "enable", "--table", "nosuch", "--yes",
              database_url=database_url)
    assert run.returncode == 2 and "public.nosuch" in run.stderr, run.stderr
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute("SELECT (SELECT count(*) FROM tenantmig.ledger), "
                            "(SELECT count(*) FROM tenantmig.rollout)").fetchone() == before


# -- seeded defects: one migrated template at phase 5, copied per case -------------------------------------------

@pytest.fixture(scope="module")
def phase5_template(server_url, tmp_path_factory):
    prefix = f"t{uuid.uuid4().hex[:8]}_"
    url = servers.create_database(server_url, prefix="tenantmig_tmpl")
    work = tmp_path_factory.mktemp("verify_template")
    try:
        settings = example_settings(url, prefix, work)
        advance_to(settings, 5)
        yield url, prefix, Path(settings.manifest_path).read_text()
    finally:
        servers.drop_database(server_url, url, role_prefix=prefix)


VISITS = """
CREATE TABLE public.visits (id bigint, client_id uuid NOT NULL, note text, PRIMARY KEY (client_id, id))
    PARTITION BY LIST (client_id);
CREATE TABLE public.visits_a PARTITION OF public.visits FOR VALUES IN ('{a}');
CREATE TABLE public.visits_rest PARTITION OF public.visits DEFAULT;
INSERT INTO public.visits VALUES (1, '{a}', 'a'), (2, '{b}', 'b'), (3, '{b}', 'b');
GRANT SELECT, INSERT, UPDATE, DELETE ON public.visits, public.visits_a, public.visits_rest TO {app};
"""


def _protect_visits(conn, manifest: manifest_mod.Manifest) -> None:
    """Protect the partitioned table and one partition the way tenantmig would; leave the other bare."""
    spec = manifest.tables["public.visits"]
    for target in (spec, dataclasses.replace(spec, name="visits_a")):
        conn.execute(f"ALTER TABLE {target.qualified} ENABLE ROW LEVEL SECURITY")
        conn.execute(f"ALTER TABLE {target.qualified} FORCE ROW LEVEL SECURITY")
        for policy in policies_for(manifest, target, strict=True, had_rls=False):
            conn.execute(policy.statements()[0].sql)


def _replace_tenant_policy(table: str, body: str, name: str = "tenantmig_tenant") -> str:
    return (f"DROP POLICY {name} ON {table}; "
            f"CREATE POLICY {name} ON {table} {body}")


OWN = "client_id = (SELECT tenantmig.current_tenant())"

# (case id, SQL with {app} {service} {prefix} {db}, extra manifest TOML, expected failing (probe, table or role))
DEFECTS = [
    # The permissive tenantmig_access repeats the tenant predicate: a defect must reach both to open a hole.
    ("dropped_policy", "DROP POLICY tenantmig_tenant ON patients; " + _replace_tenant_policy(
        "patients", "AS PERMISSIVE FOR ALL TO {app}, {service} USING (true) WITH CHECK (true)", "tenantmig_access"),
     "", ("tenant_sees_only_own", "public.patients")),
    ("missing_with_check", _replace_tenant_policy(
        "invoices", f"AS RESTRICTIVE FOR ALL TO {{app}}, {{service}} USING ({OWN}) WITH CHECK (true)") + "; "
     + _replace_tenant_policy(
        "invoices", f"AS PERMISSIVE FOR ALL TO {{app}}, {{service}} USING ({OWN}) WITH CHECK (true)", "tenantmig_access"),
     "", ("cross_tenant_insert", "public.invoices")),
    ("permissive_not_restrictive", _replace_tenant_policy(
        "uploads", f"AS PERMISSIVE FOR ALL TO {{app}}, {{service}} USING ({OWN}) WITH CHECK ({OWN})"),
     "", ("tenant_sees_only_own", "public.uploads")),
    ("bypassrls_granted_back", "ALTER ROLE {service} BYPASSRLS", "", ("role_no_bypassrls", "{service}")),
    ("force_removed", "ALTER TABLE messages NO FORCE ROW LEVEL SECURITY", "", ("rls_forced", "public.messages")),
    ("unclassified_table", "CREATE TABLE public.scratch_notes (id int PRIMARY KEY, body text)", "",
     ("classified", "public.scratch_notes")),
    ("new_table_without_policies",
     "CREATE TABLE public.referrals (id bigint PRIMARY KEY, client_id uuid NOT NULL, note text); "
     f"INSERT INTO public.referrals VALUES (1, '{TENANT_A}', 'a'), (2, '{TENANT_B}', 'b'); "
     "GRANT SELECT, INSERT, UPDATE, DELETE ON public.referrals TO {app}",
     '[tables.referrals]\npattern = "tenant"\n', ("rls_enabled", "public.referrals")),
    ("view_without_security_invoker",
     "CREATE VIEW public.patient_directory AS SELECT id, full_name, client_id FROM patients; "
     "GRANT SELECT ON public.patient_directory TO {app}", "", ("view_security_invoker", "public.patient_directory")),
    ("security_definer_function",
     "CREATE FUNCTION public.patient_total() RETURNS bigint LANGUAGE sql SECURITY DEFINER "
     "AS 'SELECT count(*) FROM public.patients'", "", ("security_definer", "public.patient_total()")),
    ("unprotected_partition", VISITS.format(a=TENANT_A, b=TENANT_B, app="{app}"),
     '[tables.visits]\npattern = "tenant"\n', ("partition_protected", "public.visits_rest")),
    ("cast_fails_on_empty_context", _replace_tenant_policy(
        "audit_events", "AS RESTRICTIVE FOR ALL TO {app}, {service} "
        "USING (client_id = current_setting('app.current_client_id')::uuid) "
        "WITH CHECK (client_id = current_setting('app.current_client_id')::uuid)"),
     "", ("empty_context", "public.audit_events")),
    ("app_role_owns_table", "ALTER TABLE invoices OWNER TO {app}", "", ("role_not_owner", "public.invoices")),
    ("truncate_granted", "GRANT TRUNCATE ON patients TO {app}", "", ("table_privileges", "public.patients")),
    ("member_of_table_owner",
     "CREATE ROLE {prefix}notes_owner; ALTER TABLE clinical_notes OWNER TO {prefix}notes_owner; "
     "GRANT {prefix}notes_owner TO {app}", "", ("role_cannot_escalate", "{app}")),
    ("session_default_tenant", f"ALTER ROLE {{app}} IN DATABASE {{db}} SET app.current_client_id = '{TENANT_A}'", "",
     ("context_default", "{app}")),
    ("unclassified_bypassrls_role", "CREATE ROLE {prefix}etl BYPASSRLS; GRANT SELECT ON patients TO {prefix}etl", "",
     ("role_classified", "{prefix}etl")),
    # Issue 19's probes. Each case fails without its probe: the assertion names that probe.
    ("bypassrls_role_holding_truncate_only",
     "CREATE ROLE {prefix}archiver BYPASSRLS; GRANT TRUNCATE ON invoices TO {prefix}archiver", "",
     ("role_classified", "{prefix}archiver")),
    ("replication_on_app_role", "ALTER ROLE {app} REPLICATION", "", ("replication_roles", "{app}")),
    ("leakproof_application_function",
     "CREATE FUNCTION public.same_amount(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE LEAKPROOF "
     "AS 'SELECT $1 = $2'", "", ("leakproof_functions", "public.same_amount(integer, integer)")),
    ("like_on_tenant_setting", _replace_tenant_policy(
        "messages", "AS RESTRICTIVE FOR ALL TO {app}, {service} "
        "USING (client_id::text LIKE current_setting('app.current_client_id', true) || '%') "
        "WITH CHECK (client_id::text LIKE current_setting('app.current_client_id', true) || '%')"),
     "", ("pattern_on_context", "public.messages")),
    ("regex_on_tenant_setting_through_a_function",
     "CREATE FUNCTION public.my_client() RETURNS text LANGUAGE sql STABLE "
     "AS 'SELECT current_setting(''app.current_client_id'', true)'; "
     "CREATE POLICY client_prefix ON appointments AS RESTRICTIVE FOR SELECT TO {app} "
     "USING (client_id::text ~ ('^' || public.my_client()))", "", ("pattern_on_context", "public.appointments")),
    ("with_check_union_beside_a_permissive_tenant_policy",
     f"DROP POLICY tenantmig_access ON invoices; DROP POLICY tenantmig_tenant ON invoices; "
     f"CREATE POLICY tenantmig_tenant ON invoices AS PERMISSIVE FOR ALL TO {{app}}, {{service}} USING ({OWN}) "
     f"WITH CHECK ({OWN}); "
     "CREATE POLICY invoices_import ON invoices AS PERMISSIVE FOR INSERT TO {app} WITH CHECK (amount_cents = 0)",
     "", ("with_check_union", "public.invoices")),
    ("policy_reads_table_without_rls",
     "CREATE TABLE public.patient_shares (patient_id bigint, client_id uuid); "
     "GRANT SELECT, INSERT ON public.patient_shares TO {app}; "
     "CREATE POLICY shared_with_me ON patients AS PERMISSIVE FOR SELECT TO {app} USING (id IN ("
     "SELECT s.patient_id FROM public.patient_shares s WHERE s.client_id = (SELECT tenantmig.current_tenant())))",
     '[tables.patient_shares]\npattern = "exempt"\nreason = "seeded: shares between tenants"\n',
     ("policy_reads_unprotected", "public.patients")),
    ("privilege_without_policy", "DROP POLICY tenantmig_access ON messages", "",
     ("grants_match_policies", "public.messages")),
    ("policy_without_privilege",
     "CREATE ROLE {prefix}auditor; CREATE POLICY auditor_read ON invoices FOR SELECT TO {prefix}auditor USING (true)",
     "", ("grants_match_policies", "{prefix}auditor")),
    ("policy_function_not_executable", "REVOKE EXECUTE ON FUNCTION tenantmig.current_tenant() FROM PUBLIC", "",
     ("policy_functions_executable", "{app}")),
    ("definer_trigger_copies_peer_rows",
     "CREATE FUNCTION public.stamp_message() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
     "SET search_path = pg_catalog, pg_temp AS $$ BEGIN "
     "NEW.body := (SELECT string_agg(i.amount_cents::text, ',') FROM public.invoices i); RETURN NEW; END $$; "
     "CREATE TRIGGER stamp_message BEFORE INSERT ON public.messages FOR EACH ROW "
     "EXECUTE FUNCTION public.stamp_message()", "", ("security_definer", "public.stamp_message()")),
]


@pytest.mark.parametrize("case,defect,manifest_extra,expected", DEFECTS, ids=[d[0] for d in DEFECTS])
def test_verify_fails_and_names_each_seeded_defect(case, defect, manifest_extra, expected, phase5_template,
                                                   server_url, tmp_path):
    template_url, prefix, manifest_text = phase5_template
    name = f"tenantmig_defect_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(libpq_url(server_url), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(servers.database_name_from_url(template_url))))
    url = servers.with_database(server_url, name)
    names = {"app": f'"{prefix}app_user"', "service": f'"{prefix}service_role"', "prefix": prefix, "db": name}
    manifest_path = tmp_path / "tenancy.toml"
    manifest_path.write_text(manifest_text + "\n" + manifest_extra)
    try:
        with psycopg.connect(libpq_url(url), autocommit=True) as conn:
            # A function body holds semicolons of its own: such a case runs as one simple query.
            statements = [defect] if "$$" in defect else defect.split(";")
            for statement in statements:
                if statement.strip():
                    conn.execute(statement.format(**names))
            if case == "unprotected_partition":
                _protect_visits(conn, manifest_mod.load(manifest_path))

        settings = api.Settings(database_url=url, manifest_path=str(manifest_path))
        # In process (what `verify --json` prints, without a process start per case); the CLI's exit 1
        # on a failed probe is checked in the rollout test.
        report = json.loads(json.dumps(api.verify(settings).as_dict(), default=str))

        assert report["ok"] is False
        probe, where = expected[0], expected[1].format(app=f"{prefix}app_user", service=f"{prefix}service_role",
                                             prefix=prefix)
        failed = {(p["probe"], p["table"]) for p in report["probes"] if p["outcome"] == "fail"} | \
                 {(p["probe"], p["role"]) for p in report["probes"] if p["outcome"] == "fail"}
        assert (probe, where) in failed, sorted(failed, key=str)
    finally:
        servers.drop_database(server_url, url)
        with psycopg.connect(libpq_url(server_url), autocommit=True) as admin:
            # Roles are cluster-wide: undo what a case did to them, for the cases after it.
            admin.execute(sql.SQL("ALTER ROLE {} NOBYPASSRLS").format(sql.Identifier(f"{prefix}service_role")))
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(f"{prefix}notes_owner")))
            admin.execute(sql.SQL("ALTER ROLE {} NOREPLICATION").format(sql.Identifier(f"{prefix}app_user")))
            for role in ("etl", "archiver", "auditor"):
                admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(f"{prefix}{role}")))


# -- no server: the version table and the expression readers the catalog probes rely on --------------------------

@pytest.mark.parametrize("version_num,expected,replication", [
    (150017, ["the May 2026 security release (fixed in 15.18)", "CVE-2026-6471 (fixed in 15.19)"], True),
    (150018, ["CVE-2026-6471 (fixed in 15.19)"], True),
    (150019, [], False),
    (180004, ["CVE-2026-6471 (fixed in 18.5)"], True),
    (180005, [], False),
    (170010, ["CVE-2026-6471 (fixed in 17.11)"], True),
    (160014, ["CVE-2026-6471 (fixed in 16.15)"], True),
    (140023, ["CVE-2026-6471 (fixed in 14.24)"], True),
    (140024, [], False),
])
def test_advisories_name_the_2026_fixes_by_minor_version(version_num, expected, replication):
    from tenantmig.probes.advisories import replication_unfixed, unfixed_advisories

    assert unfixed_advisories(version_num) == expected
    assert replication_unfixed(version_num) is replication


def test_advisories_call_an_end_of_life_major_exposed_to_the_2026_advisories():
    from tenantmig.probes.advisories import replication_unfixed, unfixed_advisories

    found = unfixed_advisories(130022)
    assert "CVE-2026-6471 (no fix for PostgreSQL 13, which is past end of life)" in found
    assert replication_unfixed(130022) is True


def _reader():
    """The expression reader without a server: the context as the telehealth example states it."""
    from types import SimpleNamespace

    from tenantmig.probes.policy_expressions import _Reader

    reader = _Reader(SimpleNamespace(context_settings={"app.current_client_id"}))
    reader.__dict__["context_functions"] = {"current_tenant", "current_store"}
    return reader


OWN_RENDERED = "(client_id = ( SELECT tenantmig.current_tenant() AS current_tenant))"


@pytest.mark.parametrize("expression,bounded", [
    (OWN_RENDERED, True),
    (f"({OWN_RENDERED} AND (amount_cents > 0))", True),
    # Text matching would take each of these for the tenant condition.
    (f"({OWN_RENDERED} OR (amount_cents = 0))", False),
    ("(patient_id = ( SELECT tenantmig.current_tenant() AS current_tenant))", False),
    ("(client_id = client_id)", False),
    ("((note)::text = 'client_id = (SELECT tenantmig.current_tenant())'::text)", False),
    ("(client_id = (NULLIF(current_setting('app.current_client_id'::text, true), ''::text))::uuid)", True),
    ("(client_id = (NULLIF(current_setting('app.other'::text, true), ''::text))::uuid)", False),
])
def test_with_check_bound_is_read_from_the_parse_tree(expression, bounded):
    assert _reader().bounded(expression, "client_id") is bounded


@pytest.mark.parametrize("expression,found", [
    ("((client_id)::text ~~ (current_setting('app.current_client_id'::text, true) || '%'::text))", True),
    ("((client_id)::text ~~* current_setting('app.current_client_id'::text, true))", True),
    ("((client_id)::text ~ similar_to_escape(current_setting('app.current_client_id'::text, true)))", True),
    ("starts_with((client_id)::text, ( SELECT tenantmig.current_tenant() AS current_tenant)::text)", True),
    # A pattern that never touches the setting, and the setting mentioned only inside a string.
    ("(body ~~ '%urgent%'::text)", False),
    ("(body = 'LIKE current_setting(''app.current_client_id'')'::text)", False),
    (OWN_RENDERED, False),
])
def test_pattern_on_the_tenant_setting_is_read_from_the_parse_tree(expression, found):
    from tenantmig.expressions import nodes
    from tenantmig.probes.policy_expressions import _is_pattern, parse

    reader = _reader()
    assert any(_is_pattern(n) and reader.reads_context(n) for n in nodes(parse(expression))) is found
