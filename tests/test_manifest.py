"""Bad manifests: every error names the manifest key (or database object) at fault.

Parse-level cases need no database: `tenantmig.manifest.parse` rejects them, and
through the CLI they exit 2 before any connection is made. Live cases load the
telehealth example, break one thing in its manifest, and run
`tenantmig advance --phase 0 --yes`: the error names the culprit and the database
is left exactly as it was (no version row, no tenant column anywhere).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tenantmig import api, manifest
from tenantmig.errors import EXIT_USAGE, ManifestError

import forked_cli
from helpers import terminal_text

# A small valid manifest; each case below breaks exactly one thing in it.
BASE = """
[tenancy]
schemas = ["public"]
column = "client_id"
type = "uuid"
setting = "app.current_client_id"
tenants_table = "organizations"
memberships_table = "user_organizations"
legacy_tenant = "00000000-0000-0000-0000-00000000a11c"

[roles]
app = ["app_user"]
admin = ["support_admin"]
service = ["service_role"]

[tables.patients]
pattern = "tenant"
backfill = { legacy = true }

[tables.orders]
pattern = "tenant"
backfill = { parent = "patients", via = "patient_id" }

[tables.uploads]
pattern = "tenant"
backfill = { memberships = "user_id" }

[tables.messages]
pattern = "tenant"
backfill = { sql = "(SELECT o.id FROM organizations o WHERE o.slug = messages.clinic_slug)" }

[tables.products]
pattern = "shared"

[tables.disease_states]
pattern = "global"

[tables.schema_migrations]
pattern = "exempt"
reason = "owned by the application's own migration tool"
"""


def replace(text: str, old: str, new: str) -> str:
    assert old in text, f"test setup: {old!r} not in the manifest"
    return text.replace(old, new, 1)


# (id, manifest text, strings the error must contain: the key first)
PARSE_CASES = [
    ("not-toml", "[tenancy\nschemas = [", ["not valid TOML"]),
    ("missing-tenancy", BASE.split("[tenancy]")[0] + BASE.split('legacy_tenant = "00000000-0000-0000-0000-00000000a11c"\n')[1],
     ["`tenancy`", "[tenancy] table"]),
    ("unknown-key-patern", replace(BASE, '[tables.products]\npattern = "shared"', '[tables.products]\npatern = "shared"'),
     ["`tables.products.patern`", "unknown key"]),
    # What `tenantmig init` leaves for the DBA: every section without a pattern named at once, before
    # anything else (here an empty roles.app, which init also leaves) is complained about.
    ("undecided-tables",
     replace(replace(replace(BASE, '[tables.products]\npattern = "shared"', '[tables.products]\n# TODO'),
                     '[tables.disease_states]\npattern = "global"', '[tables.disease_states]\n# TODO'),
             'app = ["app_user"]', 'app = []'),
     ["`tables.NAME.pattern` missing", "2 table(s) still to decide: products, disease_states"]),
    ("bad-pattern", replace(BASE, 'pattern = "shared"', 'pattern = "tenent"'),
     ["`tables.products.pattern`", "'tenent'"]),
    ("bad-type", replace(BASE, 'type = "uuid"', 'type = "varchar"'),
     ["`tenancy.type`", "'varchar'"]),
    ("bad-setting-name", replace(BASE, 'setting = "app.current_client_id"', 'setting = "current_client_id"'),
     ["`tenancy.setting`", "'current_client_id'"]),
    ("legacy-tenant-not-uuid", replace(BASE, 'legacy_tenant = "00000000-0000-0000-0000-00000000a11c"', 'legacy_tenant = "legacy"'),
     ["`tenancy.legacy_tenant`", "a uuid tenant id", "'legacy'"]),
    ("backfill-two-sources",
     replace(BASE, 'backfill = { parent = "patients", via = "patient_id" }',
             'backfill = { parent = "patients", via = "patient_id", legacy = true }'),
     ["`tables.orders.backfill`", "exactly one of legacy, parent, memberships, sql"]),
    ("legacy-without-legacy-tenant",
     replace(BASE, 'legacy_tenant = "00000000-0000-0000-0000-00000000a11c"\n', ""),
     ["`tables.patients.backfill`", "tenancy.legacy_tenant"]),
    ("memberships-without-memberships-table",
     replace(BASE, 'memberships_table = "user_organizations"\n', ""),
     ["`tables.uploads.backfill`", "tenancy.memberships_table"]),
    ("parent-not-keyed",
     replace(BASE, 'backfill = { parent = "patients", via = "patient_id" }',
             'backfill = { parent = "disease_states", via = "disease_state_id" }'),
     ["`tables.orders.backfill.parent`", "a tenant or shared table of this manifest", "public.disease_states"]),
    ("parent-not-in-manifest",
     replace(BASE, 'backfill = { parent = "patients", via = "patient_id" }',
             'backfill = { parent = "customers", via = "customer_id" }'),
     ["`tables.orders.backfill.parent`", "public.customers"]),
    ("parent-cycle",
     replace(BASE, 'backfill = { legacy = true }', 'backfill = { parent = "orders", via = "order_id" }'),
     ["backfill sources form a cycle", "public.patients -> public.orders -> public.patients"]),
    ("exempt-without-reason",
     replace(BASE, 'reason = "owned by the application\'s own migration tool"\n', ""),
     ["`tables.schema_migrations.reason`", "a stated reason"]),
    ("exempt-with-blank-reason",
     replace(BASE, 'reason = "owned by the application\'s own migration tool"', 'reason = "  "'),
     ["`tables.schema_migrations.reason`"]),
    ("column-on-global-table",
     replace(BASE, '[tables.disease_states]\npattern = "global"', '[tables.disease_states]\npattern = "global"\ncolumn = "client_id"'),
     ["`tables.disease_states.column`", "no column on a global table"]),
    ("role-in-two-lists", replace(BASE, 'admin = ["support_admin"]', 'admin = ["support_admin", "app_user"]'),
     ["`roles.admin`", "each role in one list only", "app_user also in roles.app"]),
    ("sql-backfill-with-semicolon",
     replace(BASE, 'messages.clinic_slug)" }', 'messages.clinic_slug); DROP TABLE patients" }'),
     ["`tables.messages.backfill.sql`", "not one SQL expression"]),
]


def test_base_manifest_is_valid():
    parsed = manifest.parse(BASE)
    assert [s.name for s in parsed.backfill_order()] == ["messages", "patients", "orders", "uploads"]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in PARSE_CASES], ids=[c[0] for c in PARSE_CASES])
def test_parse_names_the_key(text, expected):
    with pytest.raises(ManifestError) as caught:
        manifest.parse(text, path="tenancy.toml")
    message = caught.value.message
    assert message.startswith("tenancy.toml: "), message
    for fragment in expected:
        assert fragment in message, f"{fragment!r} not in {message!r}"


def test_missing_file_is_a_manifest_error(tmp_path):
    with pytest.raises(ManifestError, match="manifest not found: .*nowhere.toml"):
        manifest.load(tmp_path / "nowhere.toml")


# -- through the CLI: exit 2, before any connection ------------------------------------


def run_cli(*args: str, cwd: Path, database_url: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TENANTMIG_DATABASE_URL"}
    if database_url:
        env["TENANTMIG_DATABASE_URL"] = database_url
    return forked_cli.run(list(args), env=env, cwd=cwd)


# Every PARSE_CASE reaches the CLI as the same ManifestError, so the CLI's own part (exit 2, nothing on
# stdout, one `error: PATH: message` paragraph, its hint) is checked on one case of each kind of message:
# the TOML library's, one with a hint, and a plain one. The message text itself is test_parse_names_the_key's.
CLI_CASES = [c for c in PARSE_CASES if c[0] in ("not-toml", "undecided-tables", "parent-cycle")]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in CLI_CASES], ids=[c[0] for c in CLI_CASES])
def test_cli_exits_2_naming_the_key(tmp_path, text, expected):
    (tmp_path / "tenancy.toml").write_text(text)
    # No database at all: the manifest is read, and rejected, before any connection.
    done = run_cli("advance", "--phase", "0", "--yes", cwd=tmp_path)
    assert done.returncode == EXIT_USAGE, done.stderr
    assert done.stdout == ""
    assert "error: tenancy.toml: " in terminal_text(done.stderr)
    for fragment in expected:
        assert fragment in terminal_text(done.stderr), f"{fragment!r} not in {done.stderr!r}"
    with pytest.raises(ManifestError) as caught:
        manifest.parse(text, path="tenancy.toml")
    if caught.value.hint:  # what to do about it reaches the user as well
        assert caught.value.hint in terminal_text(done.stderr)


def test_cli_missing_manifest_exits_2(tmp_path):
    done = run_cli("--manifest", "elsewhere.toml", "advance", "--phase", "0", "--yes", cwd=tmp_path)
    assert done.returncode == EXIT_USAGE
    assert "error: manifest not found: elsewhere.toml" in terminal_text(done.stderr)


# -- against a live database ---------------------------------------------------------------


@pytest.fixture
def example(database_url, role_prefix, tmp_path) -> Path:
    """The telehealth example loaded (200 rows), its manifest in tmp_path/tenancy.toml."""
    path = tmp_path / "tenancy.toml"
    api.load_example(api.Settings(database_url=database_url), "telehealth", rows=200,
                     manifest_out=str(path), role_prefix=role_prefix)
    manifest.load(path)  # the unedited example manifest is valid
    return path


def edit(path: Path, old: str, new: str) -> None:
    path.write_text(replace(path.read_text(), old, new))


def advance_phase_0(path: Path, database_url: str) -> subprocess.CompletedProcess:
    return run_cli("--manifest", str(path), "--backup-dir", str(path.parent / "backups"),
                   "advance", "--phase", "0", "--yes", cwd=path.parent, database_url=database_url)


def assert_unchanged(conn) -> None:
    has_version_table = conn.execute("SELECT to_regclass('tenantmig.alembic_version') IS NOT NULL").fetchone()[0]
    if has_version_table:
        assert conn.execute("SELECT count(*) FROM tenantmig.alembic_version").fetchone()[0] == 0
    key_columns = conn.execute(
        "SELECT table_schema || '.' || table_name FROM information_schema.columns WHERE column_name = 'client_id'"
    ).fetchall()
    assert key_columns == []
    assert conn.execute(
        "SELECT count(*) FROM pg_class WHERE relname LIKE 'tenantmig\\_%' AND relkind IN ('i', 'r')"
    ).fetchone()[0] == 0
    if conn.execute("SELECT to_regclass('tenantmig.baselines') IS NOT NULL").fetchone()[0]:
        assert conn.execute("SELECT count(*) FROM tenantmig.baselines").fetchone()[0] == 0
    if conn.execute("SELECT to_regclass('tenantmig.backups') IS NOT NULL").fetchone()[0]:
        assert conn.execute("SELECT count(*) FROM tenantmig.backups").fetchone()[0] == 0


def assert_manifest_rejected(done: subprocess.CompletedProcess, conn, *names: str) -> None:
    assert done.returncode != 0, done.stdout
    for name in names:
        assert name in terminal_text(done.stderr), f"{name!r} not in {done.stderr!r}"
    assert_unchanged(conn)
    # A manifest that disagrees with the database is bad usage (exit 2), not a failed gate (exit 1).
    assert done.returncode == EXIT_USAGE, done.stderr


def test_table_that_does_not_exist(example, database_url, conn):
    edit(example, '[tables.disease_states]', '[tables.ghost_table]\npattern = "global"\n\n[tables.disease_states]')
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "tables.ghost_table", "table public.ghost_table does not exist")


def test_unclassified_table(example, database_url, conn):
    conn.execute("CREATE TABLE public.feature_flags (id int PRIMARY KEY, name text)")
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "unclassified tables", "public.feature_flags")


def test_via_column_that_does_not_exist(example, database_url, conn):
    edit(example, 'backfill = { parent = "patients", via = "patient_id" }\n\n[tables.prescriptions]',
         'backfill = { parent = "patients", via = "patient_ref" }\n\n[tables.prescriptions]')
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "tables.appointments.backfill.via",
                             "column public.appointments.patient_ref does not exist")


def test_parent_without_foreign_key_path(example, database_url, conn):
    # invoices.patient_id references patients, not appointments.
    edit(example, '[tables.invoices]\npattern = "tenant"\nbackfill = { parent = "patients", via = "patient_id" }',
         '[tables.invoices]\npattern = "tenant"\nbackfill = { parent = "appointments", via = "patient_id" }')
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "tables.invoices.backfill",
                             "no foreign key from public.invoices(patient_id) to public.appointments")


def test_memberships_source_column_that_does_not_exist(example, database_url, conn):
    edit(example, 'backfill = { memberships = "uploaded_by" }', 'backfill = { memberships = "uploader" }')
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "tables.uploads.backfill.memberships",
                             "column public.uploads.uploader does not exist")


def test_memberships_user_column_that_does_not_exist(example, database_url, conn):
    edit(example, 'memberships_user_column = "user_id"', 'memberships_user_column = "staff_id"')
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "tenancy.memberships_user_column",
                             "column public.user_organizations.staff_id does not exist")


def test_sql_backfill_with_unknown_column(example, database_url, conn):
    edit(example, "o.slug = messages.clinic_slug)", "o.slug = messages.clinic_code)")
    done = advance_phase_0(example, database_url)
    # The PostgreSQL error, as the server words it.
    assert_manifest_rejected(done, conn, "tables.messages.backfill.sql",
                             "column messages.clinic_code does not exist")


def test_role_that_does_not_exist(example, database_url, conn, role_prefix):
    edit(example, f'reporting = ["{role_prefix}reporting"]', f'reporting = ["{role_prefix}analyst"]')
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "roles.reporting", f"role {role_prefix}analyst does not exist")


def test_every_problem_reported_at_once(example, database_url, conn, role_prefix):
    edit(example, f'reporting = ["{role_prefix}reporting"]', f'reporting = ["{role_prefix}analyst"]')
    edit(example, 'backfill = { memberships = "uploaded_by" }', 'backfill = { memberships = "uploader" }')
    conn.execute("CREATE TABLE public.feature_flags (id int PRIMARY KEY)")
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "roles.reporting", "tables.uploads.backfill.memberships",
                             "public.feature_flags")
