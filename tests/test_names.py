"""Names as the catalogue has them: case-sensitive, any character, quoted in one place.

Parse-level cases need no database; the live case builds a small schema whose every name
needs quoting (capitals, a space, a dot, a double quote, a 63-byte name) and runs the whole
chain 0 -> 6 -> 0 on it, then checks every table is identical and isolation holds.
"""

from __future__ import annotations

import json

import psycopg
import pytest

from tenantmig import api, manifest, naming, shown
from tenantmig.errors import EXIT_USAGE, ManifestError
from tenantmig.servers import libpq_url

from helpers import advance_to, cli, contents, rollback_from

# (what the manifest says, default schema) -> (schema, name)
SPELLINGS = [
    ("Organization", ("public", "Organization")),
    ("public.Organization", ("public", "Organization")),
    ('"Organization"', ("public", "Organization")),
    ("billing.invoices", ("billing", "invoices")),
    ('public."billing.invoices"', ("public", "billing.invoices")),
    ("public.billing.invoices", ("public", "billing.invoices")),
    ('"My Schema"."Line Item"', ("My Schema", "Line Item")),
    ('"say ""hi"""', ("public", 'say "hi"')),
    ('say "hi"', ("public", 'say "hi"')),
]


@pytest.mark.parametrize("spelled, expected", SPELLINGS, ids=[s for s, _ in SPELLINGS])
def test_a_name_is_read_as_the_catalogue_has_it(spelled, expected):
    assert manifest.split_name(spelled, "public") == expected


@pytest.mark.parametrize("spelled", ["", "a.", ".a", '"unterminated', '"a"b', 'x."y"z', "x" * 64, "a\0b"])
def test_a_name_that_cannot_be_read_is_refused(spelled):
    assert manifest.split_name(spelled, "public") is None


ODD_MANIFEST = """
[tenancy]
column = "organizationId"
type = "text"
tenants_table = "Organization"

[roles]
app = ["App User"]

[tables.Organization]
pattern = "exempt"
reason = "the tenants table"

[tables."public.\\"Line Item\\""]
pattern = "tenant"
column = "Org Id"
backfill = { parent = "Order", via = "orderId" }

[tables.'public."a.b"']
pattern = "global"

[tables.Order]
pattern = "tenant"
"""


def test_odd_names_load_exactly():
    parsed = manifest.parse(ODD_MANIFEST)
    assert parsed.column == "organizationId"
    assert (parsed.tenants_schema, parsed.tenants_table) == ("public", "Organization")
    assert set(parsed.tables) == {"public.Organization", 'public.Line Item', "public.a.b", "public.Order"}
    line = parsed.tables["public.Line Item"]
    assert line.column == "Org Id" and line.backfill.parent == "public.Order" and line.backfill.via == "orderId"
    assert parsed.roles.app == ("App User",)


def test_a_name_of_more_than_63_bytes_names_its_key():
    text = ODD_MANIFEST.replace('column = "Org Id"', f'column = "{"é" * 32}"')
    with pytest.raises(ManifestError, match=r"`tables\..*\.column`: expected a name as the catalogue has it"):
        manifest.parse(text)


def test_generated_names_fit_63_bytes_and_stay_distinct():
    long_a = manifest.TableSpec("public", "Ä" * 30 + "_a", "tenant", "k")
    long_b = manifest.TableSpec("public", "Ä" * 30 + "_b", "tenant", "k")
    for make in (naming.key_index, naming.key_foreign_key, naming.not_null_check, naming.fill_trigger):
        a, b = make(long_a), make(long_b)
        assert len(a.encode()) <= 63 and len(b.encode()) <= 63
        assert a != b
        a.encode().decode()  # cut on a character boundary


# -- live: a schema whose names all need quoting ------------------------------------

ODD_SCHEMA = """
CREATE TABLE "Organization" ("id" text PRIMARY KEY, "name" text NOT NULL);
CREATE TABLE "Order" ("id" text PRIMARY KEY,
                      "organizationId" text NOT NULL REFERENCES "Organization" ("id"),
                      "totalCents" int NOT NULL);
CREATE INDEX "Order_organizationId_idx" ON "Order" ("organizationId");
CREATE TABLE "Line Item" ("id" text PRIMARY KEY,
                          "orderId" text NOT NULL REFERENCES "Order" ("id"),
                          "say ""hi"" x" text);
CREATE TABLE "a.b" ("code" text PRIMARY KEY);
CREATE TABLE "{long}" ("id" int PRIMARY KEY, "orderId" text REFERENCES "Order" ("id"));
INSERT INTO "Organization" VALUES ('org_A', 'Acme'), ('org_B', 'Bolt');
INSERT INTO "Order" SELECT 'ord_' || i, CASE WHEN i % 2 = 0 THEN 'org_A' ELSE 'org_B' END, i
  FROM generate_series(1, 40) i;
INSERT INTO "Line Item" SELECT 'li_' || i, 'ord_' || (i % 40 + 1), 'x' FROM generate_series(1, 120) i;
INSERT INTO "a.b" VALUES ('one');
INSERT INTO "{long}" SELECT i, 'ord_' || (i % 40 + 1) FROM generate_series(1, 30) i;
"""
LONG = "Ü" * 31  # 62 bytes: every generated name must be truncated and hashed


def _odd_manifest(app: str) -> str:
    return f"""
[tenancy]
column = "organizationId"
type = "text"
tenants_table = "Organization"

[roles]
app = ["{app}"]

[tables.Organization]
pattern = "exempt"
reason = "the tenants table"

[tables.Order]
pattern = "tenant"

[tables."Line Item"]
pattern = "tenant"
column = "Org Id"
backfill = {{ parent = "Order", via = "orderId" }}

[tables.'public."a.b"']
pattern = "global"

[tables."{LONG}"]
pattern = "tenant"
backfill = {{ parent = "Order", via = "orderId" }}
"""


def test_chain_on_names_that_need_quoting(database_url, role_prefix, tmp_path, conn):
    app = f"{role_prefix}App User"
    conn.execute(ODD_SCHEMA.replace("{long}", LONG))
    conn.execute(f'CREATE ROLE "{app}" NOLOGIN')
    conn.execute(f'GRANT USAGE ON SCHEMA public TO "{app}"; GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{app}"')
    (tmp_path / "tenancy.toml").write_text(_odd_manifest(app))
    settings = api.Settings(database_url=database_url, manifest_path=str(tmp_path / "tenancy.toml"),
                            options=api.RunOptions(backup_dir=str(tmp_path / "backups"), batch_size=50))
    before = contents(database_url)

    advance_to(settings, 6)
    with psycopg.connect(libpq_url(database_url)) as c:
        c.execute(f'SET ROLE "{app}"')
        c.execute("SELECT set_config('app.current_client_id', 'org_A', false)")
        seen = c.execute('SELECT count(*), count(*) FILTER (WHERE "Org Id" <> \'org_A\') FROM "Line Item"').fetchone()
        assert seen == (60, 0)
        assert c.execute(f'SELECT count(*) FROM "{LONG}"').fetchone()[0] == 15
    rollback_from(settings, 6)
    assert contents(database_url) == before


def test_init_takes_the_exact_name_and_says_when_only_the_case_differs(conn, database_url, tmp_path):
    conn.execute(ODD_SCHEMA.replace("{long}", LONG))
    wrong = cli("init", "--tenants-table", "organization", "--out", "p.toml", database_url=database_url, cwd=tmp_path)
    assert wrong.returncode == EXIT_USAGE, wrong.stderr
    assert "did you mean public.Organization" in wrong.stderr
    for spelled in ("Organization", '"Organization"', "public.Organization"):
        done = cli("init", "--tenants-table", spelled, "--out", "p.toml", "--force", database_url=database_url,
                   cwd=tmp_path)
        assert done.returncode in (0, 1), done.stderr  # 1: tables left to decide, the file is written
        text = (tmp_path / "p.toml").read_text()
        assert 'tenants_table = "Organization"' in text
        # A dot in a table's name: written with SQL's quoting, read back as the one table it is.
        assert '[tables."public.\\"a.b\\""]' in text
        assert manifest.split_name('public."a.b"', "public") == ("public", "a.b")


# -- messages print names as SQL would (issue 14) ------------------------------------

@pytest.mark.parametrize("qualified, printed", [
    ("public.PageView", 'public."PageView"'),
    ("public.orders", "public.orders"),
    ("public.Line Item", 'public."Line Item"'),
    ("public.a.b", 'public."a.b"'),
    ('public.say "hi"', 'public."say ""hi"""'),
    ("public.user", 'public."user"'),  # a reserved word is quoted, as quote_ident does
    ("My Schema.x", '"My Schema".x'),
])
def test_a_name_prints_as_sql_would_quote_it(qualified, printed):
    assert shown.table(qualified) == printed


def _odd_database(conn, role_prefix, tmp_path) -> None:
    app = f"{role_prefix}App User"
    conn.execute(ODD_SCHEMA.replace("{long}", LONG))
    conn.execute(f'CREATE ROLE "{app}" NOLOGIN')
    conn.execute(f'GRANT USAGE ON SCHEMA public TO "{app}"; GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{app}"')
    (tmp_path / "tenancy.toml").write_text(_odd_manifest(app))


def test_a_manifest_error_names_the_table_quoted(conn, database_url, role_prefix, tmp_path):
    _odd_database(conn, role_prefix, tmp_path)
    conn.execute('ALTER TABLE "Line Item" RENAME TO "Line Items"')
    done = cli("advance", "--phase", "0", "--yes", "--json", database_url=database_url, cwd=tmp_path)
    assert done.returncode == EXIT_USAGE, done.stderr
    message = json.loads(done.stdout)["error"]["message"]
    assert 'table public."Line Item" does not exist' in message
    assert 'unclassified tables (every table of tenancy.schemas needs a [tables.NAME] section): public."Line Items"' \
        in message


def test_plan_and_a_gate_failure_name_tables_quoted(conn, database_url, role_prefix, tmp_path):
    _odd_database(conn, role_prefix, tmp_path)
    planned = cli("plan", "--phase", "1", database_url=database_url, cwd=tmp_path)
    assert planned.returncode == 0, planned.stderr  # not at phase 0: its pre-conditions are not evaluated
    assert 'public."Line Item"' in planned.stdout and "public.Line Item" not in planned.stdout

    settings = api.Settings(database_url=database_url, manifest_path=str(tmp_path / "tenancy.toml"),
                            options=api.RunOptions(backup_dir=str(tmp_path / "backups"), batch_size=50))
    advance_to(settings, 1)
    trigger = naming.fill_trigger(manifest.TableSpec("public", "Line Item", "tenant", "Org Id"))
    conn.execute(f'ALTER TABLE "Line Item" DISABLE TRIGGER "{trigger}"')
    checked = cli("check", "--phase", "2", database_url=database_url, cwd=tmp_path)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert f'public."Line Item": fill trigger "{trigger}" missing or disabled' in checked.stdout
    conn.execute(f'ALTER TABLE "Line Item" ENABLE TRIGGER "{trigger}"')
    rollback_from(settings, 1)


def test_a_manifest_load_error_prints_the_name_as_sql_would():
    with pytest.raises(ManifestError, match=r'expected a tenant or shared table of this manifest, found public\."Orders"$'):
        manifest.parse(ODD_MANIFEST.replace('parent = "Order"', 'parent = "Orders"'))
