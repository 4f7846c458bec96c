"""`tenantmig init`: a manifest proposed from the live catalogue, against real PostgreSQL.

What it derives must be what a DBA would write; what it cannot derive must stop the
manifest from loading, by name; and it must not change the database it reads.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import psycopg
import pytest

from tenantmig import api, manifest
from tenantmig.errors import EXIT_USAGE
from tenantmig.servers import libpq_url

from helpers import cli, contents, schema_state, terminal_text

TELEHEALTH_INIT = ("init", "--tenants-table", "organizations", "--memberships-table", "user_organizations")
DERIVED = {
    "patients": {"pattern": "tenant", "backfill": {"memberships": "created_by"}},
    "appointments": {"pattern": "tenant", "backfill": {"parent": "patients", "via": "patient_id"}},
    "invoices": {"pattern": "tenant", "backfill": {"parent": "patients", "via": "patient_id"}},
    "prescriptions": {"pattern": "tenant", "backfill": {"parent": "appointments", "via": "appointment_id"}},
    "clinical_notes": {"pattern": "tenant", "backfill": {"parent": "appointments", "via": "appointment_id"}},
    "prescription_refills": {"pattern": "tenant", "backfill": {"parent": "prescriptions", "via": "prescription_id"}},
    "uploads": {"pattern": "tenant", "backfill": {"memberships": "uploaded_by"}},
    "organizations": {"pattern": "exempt"},
    "user_organizations": {"pattern": "exempt"},
    "users": {"pattern": "exempt"},
    "schema_migrations": {"pattern": "exempt"},
}
UNDECIDED = ["audit_events", "disease_states"]
# No foreign key: the tenant's slug, copied. Looked up by value; a nullable one marks shared rows.
BY_VALUE = {"messages": ("tenant", "clinic_slug"), "products": ("shared", "custom_for_slug")}


@pytest.fixture
def telehealth_db(database_url, role_prefix, tmp_path) -> Path:
    """The telehealth example loaded; its hand-written manifest in tmp_path/handwritten.toml."""
    path = tmp_path / "handwritten.toml"
    api.load_example(api.Settings(database_url=database_url), "telehealth", rows=50, manifest_out=str(path),
                     role_prefix=role_prefix)
    return path


def section(text: str, name: str) -> str:
    """The `[tables.NAME]` section of a manifest's text, up to the next section or banner."""
    found = re.search(rf"^\[tables\.{name}\]\n(?:(?!\[|# ---).*\n?)*", text, re.M)
    assert found, f"no [tables.{name}] in the text"
    return found.group(0)


def test_telehealth_proposal_is_the_hand_written_manifest_where_the_schema_says_so(
        telehealth_db, database_url, tmp_path):
    """Every derivable table gets exactly the entry the DBA wrote, with the foreign key it came from."""
    done = cli(*TELEHEALTH_INIT, "--out", "proposal.toml", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "proposal.toml").read_text()
    proposed = tomllib.loads(text)
    written = tomllib.loads(telehealth_db.read_text())

    for key in ("schemas", "column", "type", "setting", "tenants_table", "tenants_key", "memberships_table",
                "memberships_user_column", "memberships_tenant_column"):
        assert proposed["tenancy"][key] == written["tenancy"][key], key
    for name, expected in DERIVED.items():
        entry = proposed["tables"][name]
        assert {k: v for k, v in entry.items() if k in ("pattern", "backfill")} == expected, name
        assert {k: v for k, v in written["tables"][name].items() if k in ("pattern", "backfill")} == expected, name
        if expected["pattern"] == "exempt":
            assert entry["reason"].strip(), name
    for name, (pattern, column) in BY_VALUE.items():
        assert proposed["tables"][name]["pattern"] == pattern == written["tables"][name]["pattern"], name
        assert proposed["tables"][name]["backfill"] == {"sql": (
            f'(SELECT o."id" FROM "public"."organizations" AS o WHERE o."slug" = "{name}"."{column}")')}
    # Undecided tables are listed, with no pattern: nothing about them was guessed.
    assert sorted(name for name, entry in proposed["tables"].items() if "pattern" not in entry) == UNDECIDED
    assert set(proposed["tables"]) == set(written["tables"])

    # Each derivation says why, beside it.
    assert "patient_id references patients(id) through appointments_patient_id_fkey" in section(text, "appointments")
    assert "chain: prescription_refills -> prescriptions -> appointments -> patients -> memberships" \
        in section(text, "prescription_refills")
    assert "a user in two tenants" in section(text, "patients")
    assert "TODO" in section(text, "audit_events")
    assert "named like a migration tool's bookkeeping table" in section(text, "schema_migrations")
    assert "holds the users of user_organizations.user_id" in section(text, "users")
    # No --app-role: the roles are listed for the DBA, none chosen.
    assert proposed["roles"]["app"] == []
    assert re.search(r"^#\s+t\w+_service_role\s.*BYPASSRLS", text, re.M)

    assert ("tenant        8: 5 through a parent, 2 through memberships, 0 with the key already, 1 by a subquery"
            in done.stdout)
    assert "to decide     2: " + ", ".join(UNDECIDED) in done.stdout

    as_json = cli(*TELEHEALTH_INIT, "--out", "again.toml", "--json", database_url=database_url, cwd=tmp_path)
    assert as_json.returncode == 0, as_json.stderr
    summary = json.loads(as_json.stdout)
    assert summary["path"] == "again.toml"
    assert summary["undecided"] == [f"public.{name}" for name in UNDECIDED]
    assert summary["tables"]["public.clinical_notes"]["derivation"] == "parent"
    assert summary["tables"]["public.uploads"]["backfill"] == {"memberships": "uploaded_by"}
    # Deterministic: the same database gives the same file.
    assert (tmp_path / "again.toml").read_text() == text


def fill_in(text: str, handwritten: str) -> str:
    """What the DBA does to the proposal: each TODO section replaced by a decision, the legacy tenant named."""
    for name in UNDECIDED:
        text = text.replace(section(text, name), section(handwritten, name).rstrip("\n") + "\n\n")
    legacy = "\n".join(line for line in handwritten.splitlines() if line.startswith("legacy_tenant"))
    assert text.count('# legacy_tenant = "..."') == 1
    return text.replace('# legacy_tenant = "..."', legacy)


def test_proposal_loads_only_once_every_table_is_decided(telehealth_db, database_url, role_prefix, tmp_path):
    """As proposed it exits 2 naming every undecided table; filled in as a DBA would, the phases accept it."""
    done = cli(*TELEHEALTH_INIT, "--app-role", f"{role_prefix}app_user", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    proposal = tmp_path / "tenancy.toml"  # the default, as for every other command
    refused = cli("plan", "--phase", "1", database_url=database_url, cwd=tmp_path)
    assert refused.returncode == EXIT_USAGE, refused.stderr
    assert "`tables.NAME.pattern` missing: 2 table(s) still to decide: " + ", ".join(UNDECIDED) in refused.stderr

    proposal.write_text(fill_in(proposal.read_text(), telehealth_db.read_text()))
    filled, written = manifest.load(proposal), manifest.load(telehealth_db)
    assert set(filled.tables) == set(written.tables)
    for name, spec in filled.tables.items():
        hand = written.tables[name]
        if spec.name in BY_VALUE:  # the same lookup, quoted and schema-qualified
            assert (spec.pattern, spec.column, spec.backfill.kind) == (hand.pattern, hand.column, hand.backfill.kind)
            continue
        assert (spec.pattern, spec.column, spec.backfill) == (hand.pattern, hand.column, hand.backfill), name

    planned = cli("plan", "--phase", "1", database_url=database_url, cwd=tmp_path)
    assert planned.returncode == 0, planned.stderr
    assert "public.prescription_refills" in planned.stdout
    for number in ("0", "1"):
        advanced = cli("--backup-dir", str(tmp_path / "backups"), "advance", "--phase", number, "--yes",
                       database_url=database_url, cwd=tmp_path)
        assert advanced.returncode == 0, advanced.stderr
    with psycopg.connect(libpq_url(database_url)) as conn:
        assert conn.execute("SELECT version_num FROM tenantmig.alembic_version").fetchone()[0] == "p1_04_fill_triggers"


def catalogue(database_url: str, role_prefix: str) -> dict[str, list[tuple]]:
    """Every schema, relation, function and this test's roles, as a reader independent of tenantmig sees them.

    Roles are cluster-wide, and other tests create and drop theirs meanwhile: only this test's are compared.
    """
    queries = {
        "schemas": "SELECT nspname, nspowner::regrole::text, nspacl::text FROM pg_namespace ORDER BY 1",
        "relations": """SELECT n.nspname, c.relname, c.relkind, c.relacl::text FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1, 2""",
        "functions": """SELECT n.nspname, p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2""",
        "roles": "SELECT rolname, rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE starts_with(rolname, %(p)s) "
                 "ORDER BY 1",
    }
    with psycopg.connect(libpq_url(database_url)) as conn:
        return {name: conn.execute(sql, {"p": role_prefix}).fetchall() for name, sql in queries.items()}


def test_init_writes_nothing_to_the_database(telehealth_db, database_url, role_prefix, tmp_path):
    """Read-only: same schemas, relations, functions, roles, policies and rows; no tenantmig schema or ledger."""
    before = catalogue(database_url, role_prefix), schema_state(database_url, role_prefix), contents(database_url)
    done = cli(*TELEHEALTH_INIT, "--app-role", f"{role_prefix}app_user", "--out", "p.toml",
               database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    after = catalogue(database_url, role_prefix), schema_state(database_url, role_prefix), contents(database_url)
    assert after == before
    assert "tenantmig" not in [name for name, *_ in after[0]["schemas"]]


def test_refuses_to_overwrite_without_force_and_prints_with_out_dash(telehealth_db, database_url, tmp_path):
    target = tmp_path / "tenancy.toml"
    target.write_text("# the DBA's own work\n")
    refused = cli(*TELEHEALTH_INIT, database_url=database_url, cwd=tmp_path)
    assert refused.returncode == EXIT_USAGE
    assert "tenancy.toml exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_text() == "# the DBA's own work\n"

    forced = cli(*TELEHEALTH_INIT, "--force", database_url=database_url, cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert tomllib.loads(target.read_text())["tables"]["appointments"]["backfill"]["parent"] == "patients"

    files = sorted(tmp_path.iterdir())
    printed = cli(*TELEHEALTH_INIT, "--out", "-", database_url=database_url, cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    # stdout is the file alone (redirectable); the summary went to stderr.
    assert printed.stdout == target.read_text()
    assert "to decide" in printed.stderr and "to decide" not in printed.stdout
    assert sorted(tmp_path.iterdir()) == files


SMALL_SCHEMA = """
CREATE TABLE organizations (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE user_organizations (user_id bigint REFERENCES users, organization_id bigint REFERENCES organizations,
                                 PRIMARY KEY (user_id, organization_id));
CREATE TABLE documents (id bigint PRIMARY KEY, owner_id bigint NOT NULL REFERENCES users);
"""


@pytest.mark.parametrize("args, named", [
    (("--tenants-table", "tenants", "--memberships-table", "user_organizations"),
     "tenants table public.tenants does not exist (--tenants-table), so --memberships-table cannot name"),
    (("--tenants-table", "organizations", "--memberships-table", "user_organizations",
      "--memberships-user-column", "staff_id"),
     "column public.user_organizations.staff_id does not exist (--memberships-user-column)"),
    (("--tenants-table", "organizations", "--memberships-table", "members"),
     "memberships table public.members does not exist (--memberships-table)"),
    (("--tenants-table", "organizations", "--schemas", "public,billing"), "schema billing does not exist (--schemas)"),
    (("--tenants-table", "organizations", "--app-role", "nobody_here_x"), "role nobody_here_x does not exist"),
], ids=["tenants-table", "memberships-column", "memberships-table", "schema", "app-role"])
def test_bad_input_exits_2_naming_it_and_writes_no_file(args, named, conn, database_url, tmp_path):
    conn.execute(SMALL_SCHEMA)
    done = cli("init", *args, "--out", "proposal.toml", database_url=database_url, cwd=tmp_path)
    assert done.returncode == EXIT_USAGE, done.stderr
    assert f"error: {named}" in terminal_text(done.stderr)
    assert done.stdout == ""
    assert not (tmp_path / "proposal.toml").exists()


def test_existing_key_composite_keys_and_what_is_left_with_hints(conn, database_url, tmp_path):
    """A table with the key keeps it (also beside a composite foreign key); a composite-primary-key child
    gets its parent; a composite-only foreign key is not silently turned into a parent backfill the
    manifest cannot follow; reference data, a migration table and an extension's table get their hints."""
    conn.execute("""
        CREATE TABLE organizations (id bigint PRIMARY KEY, name text NOT NULL);
        CREATE TABLE countries (code text PRIMARY KEY, name text NOT NULL);
        CREATE TABLE projects (id bigint PRIMARY KEY, client_id bigint NOT NULL REFERENCES organizations,
                               country text REFERENCES countries, UNIQUE (client_id, id));
        -- the key already there, nullable, and tied to the parent's key by a composite foreign key
        CREATE TABLE milestones (id bigint PRIMARY KEY, client_id bigint, project_id bigint NOT NULL,
                                 FOREIGN KEY (client_id, project_id) REFERENCES projects (client_id, id));
        CREATE TABLE tasks (project_id bigint NOT NULL REFERENCES projects, task_no int,
                            title text, PRIMARY KEY (project_id, task_no));
        CREATE TABLE task_files (project_id bigint, task_no int, name text, PRIMARY KEY (project_id, task_no, name),
                                 FOREIGN KEY (project_id, task_no) REFERENCES tasks (project_id, task_no));
        CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);
        -- an extension's own table in public, as PostGIS's spatial_ref_sys is
        CREATE EXTENSION citext;
        CREATE TABLE spatial_ref_sys (srid int PRIMARY KEY);
        ALTER EXTENSION citext ADD TABLE spatial_ref_sys;
    """)
    done = cli("init", "--tenants-table", "organizations", "--json", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    text = (tmp_path / "tenancy.toml").read_text()
    proposed = tomllib.loads(text)
    assert proposed["tenancy"]["column"] == "client_id" and proposed["tenancy"]["type"] == "bigint"
    assert proposed["tables"]["projects"] == {"pattern": "tenant"}
    assert proposed["tables"]["milestones"] == {"pattern": "tenant"}
    assert "client_id allows NULL" in section(text, "milestones")
    assert proposed["tables"]["tasks"] == {"pattern": "tenant", "backfill": {"parent": "projects", "via": "project_id"}}
    assert summary["tables"]["public.projects"]["derivation"] == "existing_key"
    # The composite-only child: named, with the foreign key that would need a single-column twin.
    assert "pattern" not in proposed["tables"]["task_files"]
    assert "composite foreign key task_files_project_id_task_no_fkey (project_id, task_no)" in section(text, "task_files")
    # Reference data a tenant table points at is global, with the evidence; bookkeeping is exempt.
    assert proposed["tables"]["countries"] == {"pattern": "global"}
    assert "referenced by projects.country" in section(text, "countries")
    assert proposed["tables"]["alembic_version"] == {"pattern": "exempt",
                                                      "reason": "owned by the application's migration tool"}
    assert proposed["tables"]["spatial_ref_sys"] == {"pattern": "exempt", "reason": "owned by the citext extension"}
    assert summary["undecided"] == ["public.task_files"]


def test_clinics_keys_named_like_the_application_names_them(database_url, role_prefix, tmp_path):
    """An application that already filters by organization_id: that is the key, and every table holding it is tenant."""
    api.load_example(api.Settings(database_url=database_url), "clinics", rows=200,
                     manifest_out=str(tmp_path / "handwritten.toml"), role_prefix=role_prefix)
    done = cli("init", "--tenants-table", "organizations", "--out", "p.toml", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    proposed = tomllib.loads((tmp_path / "p.toml").read_text())
    written = tomllib.loads((tmp_path / "handwritten.toml").read_text())
    assert (proposed["tenancy"]["column"], proposed["tenancy"]["type"]) == ("organization_id", "bigint")
    for name in ("stores", "customers", "orders", "product_overrides", "visits"):
        assert proposed["tables"][name] == {"pattern": "tenant"} == {"pattern": written["tables"][name]["pattern"]}
    # Partitions follow their table; the view is not a table.
    assert not {"visits_2023", "visits_2024", "order_totals"} & set(proposed["tables"])
    assert not [n for n, e in proposed["tables"].items() if "pattern" not in e]
    for name in ("categories", "schema_version"):
        assert proposed["tables"][name]["pattern"] == written["tables"][name]["pattern"], name


def test_second_schema_tables_are_named_schema_qualified_and_load(conn, database_url, tmp_path):
    """A table outside the first schema is `[tables."billing.invoices"]`, its parent named from its own schema."""
    conn.execute("""
        CREATE SCHEMA billing;
        CREATE TABLE organizations (id uuid PRIMARY KEY);
        CREATE TABLE projects (id bigint PRIMARY KEY, client_id uuid NOT NULL REFERENCES organizations);
        CREATE TABLE billing.invoices (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects);
        CREATE TABLE billing.lines (invoice_id bigint NOT NULL REFERENCES billing.invoices, n int,
                                    PRIMARY KEY (invoice_id, n));
        CREATE ROLE init_test_app_x;
    """)
    try:
        done = cli("init", "--tenants-table", "organizations", "--schemas", "public,billing",
                   "--app-role", "init_test_app_x", database_url=database_url, cwd=tmp_path)
    finally:
        conn.execute("DROP ROLE init_test_app_x")
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "tenancy.toml").read_text()
    assert '[tables."billing.invoices"]' in text
    loaded = manifest.load(tmp_path / "tenancy.toml")
    assert loaded.schemas == ("public", "billing")
    invoices, lines = loaded.tables["billing.invoices"], loaded.tables["billing.lines"]
    assert (invoices.backfill.parent, invoices.backfill.via) == ("public.projects", "project_id")
    assert (lines.backfill.parent, lines.backfill.via) == ("billing.invoices", "invoice_id")
    assert loaded.tables["public.projects"].backfill is None and loaded.tables["public.projects"].pattern == "tenant"


HAND_BUILT = """
CREATE SCHEMA billing;
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts, email text NOT NULL UNIQUE);
CREATE TABLE projects (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts, UNIQUE (account_id, id));
CREATE TABLE contacts (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts);
CREATE TABLE tasks (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects);
CREATE TABLE forms (id bigint PRIMARY KEY, task_id bigint NOT NULL REFERENCES tasks);
-- the shortest path is the author's (users has the key), the right one the task's
CREATE TABLE comments (id bigint PRIMARY KEY, task_id bigint NOT NULL REFERENCES tasks,
                       author_id bigint NOT NULL REFERENCES users);
-- about a third of submissions are anonymous: contact_id is short but nullable, form_id long but NOT NULL
CREATE TABLE submissions (id bigint PRIMARY KEY, contact_id bigint REFERENCES contacts,
                          form_id bigint NOT NULL REFERENCES forms);
-- its account comes with the composite key; "published by" is a nullable user
CREATE TABLE versions (id bigint PRIMARY KEY, owner_account bigint NOT NULL, project_id bigint NOT NULL,
                       published_by bigint REFERENCES users,
                       FOREIGN KEY (owner_account, project_id) REFERENCES projects (account_id, id));
CREATE TABLE sessions (id text PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, expires timestamptz);
CREATE TABLE oauth_clients (id text PRIMARY KEY, user_id bigint NOT NULL REFERENCES users);
CREATE TABLE oauth_access_tokens (token text PRIMARY KEY, client_id text NOT NULL REFERENCES oauth_clients);
CREATE TABLE two_factor_secrets (user_id bigint PRIMARY KEY REFERENCES users, secret text NOT NULL);
CREATE TABLE countries (code text PRIMARY KEY);
ALTER TABLE contacts ADD COLUMN country text REFERENCES countries;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts);
"""


def test_hand_built_paths_scored_auth_exempt_reference_global_roles_and_neighbours(conn, database_url,
                                                                                   role_prefix, tmp_path):
    """The hand-built application of issue 17: every rule init applies, each visible in the file."""
    service = f"{role_prefix}service_role"
    conn.execute(HAND_BUILT)
    conn.execute(f'CREATE ROLE "{service}" BYPASSRLS; GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{service}"')
    try:
        done = cli("init", "--tenants-table", "accounts", "--json", database_url=database_url, cwd=tmp_path)
    finally:
        conn.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{service}"; DROP ROLE "{service}"')
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "tenancy.toml").read_text()
    proposed = tomllib.loads(text)
    tables = proposed["tables"]
    # The setting is named after the key column the application uses.
    assert (proposed["tenancy"]["column"], proposed["tenancy"]["setting"]) == ("account_id", "app.current_account_id")
    # Through the task, not the author; the author's path is named as the runner-up.
    assert tables["comments"]["backfill"] == {"parent": "tasks", "via": "task_id"}
    assert ("# runner-up: author_id -> users (a user: where they work, not where the row belongs): "
            "0 nullable step(s), through a user") in section(text, "comments")
    # NOT NULL over nullable, though longer.
    assert tables["submissions"]["backfill"] == {"parent": "forms", "via": "form_id"}
    assert "# runner-up: contact_id -> contacts: 1 nullable step(s)" in section(text, "submissions")
    # The composite foreign key gives the account directly.
    assert tables["versions"] == {"pattern": "tenant", "column": "owner_account"}
    # Per-user auth data, and the OAuth table below it: exempt, with the reason.
    for name in ("sessions", "oauth_clients", "oauth_access_tokens", "two_factor_secrets"):
        assert tables[name]["pattern"] == "exempt", name
        assert "breaks login" in tables[name]["reason"], name
    # users carries the key, but its email is unique across the database: flagged.
    assert tables["users"] == {"pattern": "tenant"}
    assert "# WARNING: (email) is unique across the database" in section(text, "users")
    assert tables["countries"] == {"pattern": "global"}
    assert "referenced by contacts.country" in section(text, "countries")
    # The BYPASSRLS role is classified as a service role, so phase 5 takes BYPASSRLS away.
    assert proposed["roles"]["service"] == [service]
    assert "billing: its tables reference the migrated ones (billing.invoices.invoices_account_id_fkey" in text
    summary = json.loads(done.stdout)
    assert summary["undecided"] == []
    assert summary["neighbour_schemas"] and summary["neighbour_schemas"][0].startswith("billing:")


def test_single_tenant_database_gets_a_legacy_tenant_proposal_that_loads(conn, database_url, role_prefix, tmp_path):
    """No tenants table: phase 1 creates it, every row goes to the legacy tenant; the file loads as it is."""
    conn.execute("""
        CREATE TABLE patients (id bigint PRIMARY KEY, name text);
        CREATE TABLE visits (id bigint PRIMARY KEY, patient_id bigint NOT NULL REFERENCES patients);
        CREATE TABLE schema_migrations (version text PRIMARY KEY);
    """)
    app = f"{role_prefix}app"
    conn.execute(f'CREATE ROLE "{app}"')
    try:
        done = cli("init", "--tenants-table", "clinics", "--app-role", app, database_url=database_url, cwd=tmp_path)
    finally:
        conn.execute(f'DROP ROLE "{app}"')
    assert done.returncode == 0, done.stderr
    loaded = manifest.load(tmp_path / "tenancy.toml")
    assert loaded.tenants_qualified == "public.clinics" and loaded.legacy_tenant == "00000000-0000-0000-0000-00000000a11c"
    assert loaded.tables["public.patients"].backfill.kind == "legacy"
    assert loaded.tables["public.visits"].backfill.kind == "legacy"
    assert loaded.tables["public.schema_migrations"].pattern == "exempt"
    assert "legacy        2: tenant, every row to legacy tenant" in done.stdout


def test_unclassified_bypassrls_role_refuses_the_manifest_and_fails_phase_5s_gate(
        telehealth_db, database_url, role_prefix, tmp_path):
    """A BYPASSRLS role with privileges on tenant tables, in no [roles] list: exit 2 naming it; the gate fails."""
    from tenantmig import catalog, gates
    import sqlalchemy as sa

    etl = f"{role_prefix}etl"
    with psycopg.connect(libpq_url(database_url), autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{etl}" BYPASSRLS; GRANT SELECT ON patients TO "{etl}"')
    try:
        refused = cli("--backup-dir", str(tmp_path / "b"), "--manifest", str(telehealth_db), "advance", "--phase", "0",
                      "--yes", database_url=database_url, cwd=tmp_path)
        assert refused.returncode == EXIT_USAGE, refused.stderr
        assert f"role {etl} has BYPASSRLS and privileges on tenant tables (public.patients)" in refused.stderr

        loaded = manifest.load(telehealth_db)
        engine = sa.create_engine(database_url)
        with engine.connect() as sa_conn:
            cat = catalog.read(sa_conn, loaded.schemas)
        engine.dispose()
        with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
            findings = gates.CHECKS["service_roles_without_bypassrls"](gates.GateContext(conn, loaded, cat))
            assert any(f"role {etl} has BYPASSRLS" in f for f in findings), findings
            # Classified as a service role, the manifest check has nothing to say about it.
            text = telehealth_db.read_text().replace("service = [", f'service = ["{etl}", ', 1)
            telehealth_db.write_text(text)
            from tenantmig.checks import manifest_problems
            assert not [p for p in manifest_problems(manifest.load(telehealth_db), cat, conn) if etl in p]
    finally:
        with psycopg.connect(libpq_url(database_url), autocommit=True) as admin:
            admin.execute(f'REVOKE ALL ON patients FROM "{etl}"; DROP ROLE "{etl}"')


SHAPES = """
CREATE TABLE workspace_settings (id bigint PRIMARY KEY, theme text);
CREATE TABLE workspaces (id bigint PRIMARY KEY, settings_id bigint NOT NULL UNIQUE REFERENCES workspace_settings);
CREATE TABLE templates (id bigint PRIMARY KEY, title text);
CREATE TABLE authors (id bigint PRIMARY KEY, name text);
CREATE TABLE template_authors (template_id bigint REFERENCES templates, author_id bigint REFERENCES authors,
                               PRIMARY KEY (template_id, author_id));
CREATE TABLE boards (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces,
                     template_id bigint REFERENCES templates);
CREATE TABLE card_bodies (id bigint PRIMARY KEY, body text);
CREATE TABLE cards (id bigint PRIMARY KEY, board_id bigint NOT NULL REFERENCES boards,
                    body_id bigint NOT NULL UNIQUE REFERENCES card_bodies);
CREATE TABLE job_queue (id bigint PRIMARY KEY, payload jsonb);
CREATE TABLE job_attempts (id bigint PRIMARY KEY, job_id bigint NOT NULL REFERENCES job_queue);
CREATE TABLE events (id bigint, board_id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))
    PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE events_2026 ADD FOREIGN KEY (board_id) REFERENCES boards;
"""


def test_owned_reference_join_machinery_and_partitioned_tables(conn, database_url, tmp_path):
    """One-to-one children are their owner's; what tenant tables point at is global, and so are its join
    tables; job tables are exempt; a partitioned table reads the foreign key its partitions carry."""
    conn.execute(SHAPES)
    done = cli("init", "--tenants-table", "workspaces", "--json", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "tenancy.toml").read_text()
    tables = tomllib.loads(text)["tables"]
    assert json.loads(done.stdout)["undecided"] == []
    # Owned by the tenants table itself, and by a tenant table two steps below it.
    assert tables["workspace_settings"]["backfill"] == {"sql": (
        '(SELECT o."id" FROM "public"."workspaces" AS o WHERE o."settings_id" = "workspace_settings"."id")')}
    assert tables["card_bodies"]["backfill"] == {"sql": (
        '(SELECT p1."workspace_id" FROM "public"."cards" AS o JOIN "public"."boards" AS p1 ON p1."id" = o."board_id" '
        'WHERE o."body_id" = "card_bodies"."id")')}
    assert "cards.body_id references it one-to-one" in section(text, "card_bodies")
    # templates: boards.template_id is not unique, so it is shared reference data; authors comes with the join.
    for name in ("templates", "template_authors", "authors"):
        assert tables[name] == {"pattern": "global"}, name
    assert "joins reference tables only: authors, templates" in section(text, "template_authors")
    for name in ("job_queue", "job_attempts"):
        assert tables[name]["pattern"] == "exempt" and "machinery" in tables[name]["reason"], name
    # A parent path through keys declared only on partitions: phase 2 walks it (checks.parent_path).
    assert tables["events"]["backfill"] == {"parent": "boards", "via": "board_id"}
    assert "through events_2026_board_id_fkey" in section(text, "events")


def test_owned_table_backfill_runs_through_phase_3(conn, database_url, role_prefix, tmp_path):
    """The subquery init proposes for a one-to-one child fills every row in phase 2, up the owner's chain."""
    conn.execute("""
        CREATE TABLE workspaces (id bigint PRIMARY KEY);
        CREATE TABLE boards (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces);
        CREATE TABLE card_bodies (id bigint PRIMARY KEY, body text);
        CREATE TABLE cards (id bigint PRIMARY KEY, board_id bigint NOT NULL REFERENCES boards,
                            body_id bigint NOT NULL UNIQUE REFERENCES card_bodies);
        INSERT INTO workspaces VALUES (1), (2);
        INSERT INTO boards VALUES (10, 1), (20, 2);
        INSERT INTO card_bodies SELECT g, 'b' || g FROM generate_series(1, 40) g;
        INSERT INTO cards SELECT g, CASE WHEN g % 2 = 0 THEN 10 ELSE 20 END, g FROM generate_series(1, 40) g;
    """)
    app = f"{role_prefix}app"
    conn.execute(f'CREATE ROLE "{app}"')
    try:
        done = cli("init", "--tenants-table", "workspaces", "--app-role", app, database_url=database_url, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        for number in ("0", "1", "2", "3"):
            advanced = cli("--backup-dir", str(tmp_path / "backups"), "advance", "--phase", number, "--yes",
                           database_url=database_url, cwd=tmp_path)
            assert advanced.returncode == 0, advanced.stderr
        rows = conn.execute("SELECT c.board_id, b.workspace_id, count(*) FROM card_bodies b "
                            "JOIN cards c ON c.body_id = b.id GROUP BY 1, 2 ORDER BY 1").fetchall()
        assert rows == [(10, 1, 20), (20, 2, 20)]
    finally:
        with psycopg.connect(libpq_url(database_url), autocommit=True) as admin:
            admin.execute(f'DROP OWNED BY "{app}"; DROP ROLE "{app}"')


PRISMA_SHAPES = """
CREATE TABLE "Organization" ("id" text PRIMARY KEY);
CREATE TABLE "User" ("id" text PRIMARY KEY, "email" text NOT NULL);
CREATE TABLE "Membership" ("id" text PRIMARY KEY, "userId" text NOT NULL REFERENCES "User",
                           "organizationId" text NOT NULL REFERENCES "Organization");
CREATE TABLE "Store" ("id" text PRIMARY KEY, "organizationId" text NOT NULL REFERENCES "Organization");
CREATE TABLE "Tag" ("id" text PRIMARY KEY, "organizationId" text NOT NULL REFERENCES "Organization");
-- NULL organizationId = a global product every organization sells
CREATE TABLE "Product" ("id" text PRIMARY KEY, "organizationId" text REFERENCES "Organization");
CREATE TABLE "StoreProduct" ("id" text PRIMARY KEY, "productId" text NOT NULL REFERENCES "Product",
                             "storeId" text NOT NULL REFERENCES "Store");
CREATE TABLE "_ProductToTag" ("A" text NOT NULL REFERENCES "Product", "B" text NOT NULL REFERENCES "Tag");
CREATE UNIQUE INDEX ON "_ProductToTag" ("A", "B");
-- whose row it is, against who acted
CREATE TABLE "NotificationPreference" ("id" text PRIMARY KEY, "userId" text NOT NULL REFERENCES "User");
CREATE TABLE "Upload" ("id" text PRIMARY KEY, "uploadedById" text NOT NULL REFERENCES "User");
"""


def test_prisma_paths_avoid_a_nullable_parent_key_and_per_user_data_is_exempt(conn, database_url, tmp_path):
    """A parent whose own key allows NULL (a global product) loses to one whose key does not, though both are
    one step away; a table naming only its user by userId is that user's own data, not a tenant's."""
    conn.execute(PRISMA_SHAPES)
    done = cli("init", "--tenants-table", "Organization", "--memberships-table", "Membership",
               database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "tenancy.toml").read_text()
    tables = tomllib.loads(text)["tables"]
    assert tables["StoreProduct"]["backfill"] == {"parent": "Store", "via": "storeId"}
    assert "# runner-up: productId -> Product (its organizationId allows NULL): 1 nullable step(s), 1 step(s) long" in section(text, "StoreProduct")
    assert tables["_ProductToTag"]["backfill"] == {"parent": "Tag", "via": "B"}
    assert tables["NotificationPreference"]["pattern"] == "exempt"
    assert "per-user data" in tables["NotificationPreference"]["reason"]
    assert 'backfill = { memberships = "userId" }' in section(text, "NotificationPreference")  # the alternative
    assert tables["Upload"] == {"pattern": "tenant", "backfill": {"memberships": "uploadedById"}}


def test_pascal_case_names_read_like_snake_case_ones(conn, database_url, tmp_path):
    """Prisma's BackgroundJob, RateLimit and SigningKey are named like machinery and auth data, as
    background_job, rate_limit and signing_key are: exempt, not left TODO."""
    conn.execute("""
        CREATE TABLE "Organisation" ("id" text PRIMARY KEY);
        CREATE TABLE "User" ("id" text PRIMARY KEY);
        CREATE TABLE "OrganisationMember" ("id" text PRIMARY KEY, "userId" text NOT NULL REFERENCES "User",
                                           "organisationId" text NOT NULL REFERENCES "Organisation");
        CREATE TABLE "BackgroundJob" ("id" text PRIMARY KEY, "payload" jsonb);
        CREATE TABLE "RateLimit" ("key" text PRIMARY KEY, "count" int NOT NULL);
        CREATE TABLE "SigningKey" ("kid" text PRIMARY KEY, "secret" text NOT NULL);
    """)
    done = cli("init", "--tenants-table", "Organisation", "--memberships-table", "OrganisationMember", "--json",
               database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    tables = tomllib.loads((tmp_path / "tenancy.toml").read_text())["tables"]
    assert json.loads(done.stdout)["undecided"] == []
    for name in ("BackgroundJob", "RateLimit"):
        assert "machinery" in tables[name]["reason"], name
    assert "breaks login" in tables["SigningKey"]["reason"]


def test_shortest_of_equally_safe_paths_wins(conn, database_url, tmp_path):
    """Two NOT NULL paths to a tenant, neither through a user: the shorter one, the longer named as runner-up."""
    conn.execute("""
        CREATE TABLE tenants (id bigint PRIMARY KEY);
        CREATE TABLE z_projects (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants);
        CREATE TABLE a_boards (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES z_projects);
        CREATE TABLE a_lists (id bigint PRIMARY KEY, board_id bigint NOT NULL REFERENCES a_boards);
        CREATE TABLE cards (id bigint PRIMARY KEY, list_id bigint NOT NULL REFERENCES a_lists,
                            project_id bigint NOT NULL REFERENCES z_projects);
    """)
    done = cli("init", "--tenants-table", "tenants", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "tenancy.toml").read_text()
    assert tomllib.loads(text)["tables"]["cards"]["backfill"] == {"parent": "z_projects", "via": "project_id"}
    assert "# runner-up: list_id -> a_lists: 0 nullable step(s), 3 step(s) long" in section(text, "cards")


def test_backfilled_table_without_primary_key_walks_its_not_null_unique_index(conn, database_url, tmp_path):
    """Prisma's _AToB has no primary key, only a unique index on (A, B): init names it as unique_key, so
    that phase 0 does not refuse the manifest; with no such index, the entry warns instead."""
    from tenantmig import catalog
    from tenantmig.checks import walk_key_problems
    import sqlalchemy as sa

    conn.execute("""
        CREATE TABLE "Organization" ("id" text PRIMARY KEY);
        CREATE TABLE "Project" ("id" text PRIMARY KEY, "organizationId" text NOT NULL REFERENCES "Organization");
        CREATE TABLE "Label" ("id" text PRIMARY KEY);
        CREATE TABLE "_LabelToProject" ("A" text NOT NULL REFERENCES "Label", "B" text NOT NULL REFERENCES "Project");
        CREATE UNIQUE INDEX "_LabelToProject_AB_unique" ON "_LabelToProject" ("A", "B");
        CREATE TABLE "ProjectLog" ("projectId" text NOT NULL REFERENCES "Project", "line" text);
    """)
    done = cli("init", "--tenants-table", "Organization", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "tenancy.toml").read_text()
    tables = tomllib.loads(text)["tables"]
    assert tables["_LabelToProject"] == {"pattern": "tenant", "backfill": {"parent": "Project", "via": "B"},
                                         "unique_key": ["A", "B"]}
    assert "# WARNING: no primary key and no unique index on NOT NULL columns" in section(text, "ProjectLog")
    # The application role is the DBA's to name; any name does for reading the entries back.
    loaded = manifest.parse(re.sub(r"^app = \[\]", 'app = ["app"]', text, flags=re.M), path="tenancy.toml")
    engine = sa.create_engine(database_url)
    with engine.connect() as sa_conn:
        cat = catalog.read(sa_conn, loaded.schemas)
    engine.dispose()
    assert walk_key_problems(cat.get("public._LabelToProject"), loaded.tables["public._LabelToProject"]) == []


def test_prisma_proposal_is_the_examples_own_manifest_but_where_the_data_decides(conn, database_url, role_prefix,
                                                                                  tmp_path):
    """On the 86-table prisma example, every entry init decides is the hand-written manifest's (pattern,
    backfill, unique_key), but three: NULL organizationId means a global row there, which only the data says
    (proposed tenant, with the comment saying to make it shared). Two unreferenced reference tables are TODO."""
    from tenantmig.examples import prisma

    prisma.load(conn, rows=60, role_prefix=role_prefix)
    done = cli("init", "--tenants-table", "Organization", "--memberships-table", "Membership", "--json",
               database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    proposed = tomllib.loads((tmp_path / "tenancy.toml").read_text())["tables"]
    written = tomllib.loads(prisma.manifest(role_prefix))["tables"]
    assert set(proposed) == set(written)
    assert json.loads(done.stdout)["undecided"] == ["public.Currency", "public.FeatureFlag"]
    shape = lambda entry: {k: entry[k] for k in ("pattern", "backfill", "unique_key") if k in entry}  # noqa: E731
    differ = {name for name in written if "pattern" in proposed[name] and shape(proposed[name]) != shape(written[name])}
    assert differ == {"Product", "ProductVariant", "EmailTemplate"}
    for name in differ:
        assert proposed[name] == {"pattern": "tenant"} and written[name]["pattern"] == "shared", name


def test_disagreeing_key_names_keep_the_default_and_offer_the_commonest(conn, database_url, tmp_path):
    """Found on Formbricks: five tables reference Organization through organizationId, one otherwise; the
    proposal keeps client_id (no name is the application's for sure) and says how to take the common one."""
    conn.execute("""
        CREATE TABLE "Organization" ("id" text PRIMARY KEY);
        CREATE TABLE "Workspace" ("id" text PRIMARY KEY, "organizationId" text NOT NULL REFERENCES "Organization");
        CREATE TABLE "ApiKey" ("id" text PRIMARY KEY, "organizationId" text NOT NULL REFERENCES "Organization");
        CREATE TABLE "Invite" ("id" text PRIMARY KEY, "creatorOrgId" text NOT NULL REFERENCES "Organization");
    """)
    done = cli("init", "--tenants-table", "Organization", database_url=database_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "tenancy.toml").read_text()
    assert tomllib.loads(text)["tenancy"]["column"] == "client_id"
    assert "organizationId (2 tables), creatorOrgId (1 table); to use one of them, run init again with " \
           "--column organizationId" in text, text
