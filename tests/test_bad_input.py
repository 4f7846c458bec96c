"""Issue 12, finding 7: each bad input exits 2 with a message naming it, before any change, no traceback."""

from __future__ import annotations

import pytest

from helpers import cli
from test_manifest import advance_phase_0, assert_manifest_rejected, edit, example  # noqa: F401

MESSAGES_SQL = '"(SELECT o.id FROM organizations o WHERE o.slug = messages.clinic_slug)"'


@pytest.mark.parametrize("old,new,names", [
    # text for a uuid key: compiled fine, failed on the first row half-way through phase 2
    (MESSAGES_SQL, '"(SELECT o.slug FROM organizations o WHERE o.slug = messages.clinic_slug)"',
     ["tables.messages.backfill.sql", "of type text, not tenancy.type uuid"]),
    # a name no schema of the manifest holds: resolved through whoever's search_path, never again
    (MESSAGES_SQL, '"(SELECT o.id FROM clinics_view o WHERE o.slug = messages.clinic_slug)"',
     ["tables.messages.backfill.sql", "relation clinics_view is not a table of the manifest"]),
    (MESSAGES_SQL, '"(SELECT o.id FROM organizations o WHERE o.slug = messages.clinic_slug)) OR ((true"',
     ["tables.messages.backfill.sql", "closes a parenthesis it did not open"]),
    (MESSAGES_SQL, '"(SELECT o.id FROM organizations o WHERE o.slug = messages.clinic_slug); SELECT 1"',
     ["tables.messages.backfill.sql", "not one SQL expression"]),
    ('slug = "legacy"', 'nickname = "legacy"',
     ["tenancy.legacy_tenant_columns", "has no column nickname"]),
], ids=["sql-of-the-wrong-type", "sql-unknown-relation", "sql-breaks-out", "sql-two-statements",
        "legacy-column-unknown"])
def test_bad_manifest_expression_or_column_exits_2_before_any_change(example, database_url, conn, old, new,  # noqa: F811
                                                                      names):
    edit(example, old, new)
    done = advance_phase_0(example, database_url)
    assert "Traceback" not in done.stderr, done.stderr
    assert_manifest_rejected(done, conn, *names)


def test_visible_also_must_be_one_expression(example, database_url, conn):  # noqa: F811
    text = example.read_text() + '\n[tables.scratch]\npattern = "tenant"\nvisible_also = "true) OR (true"\n'
    example.write_text(text)
    done = advance_phase_0(example, database_url)
    assert_manifest_rejected(done, conn, "tables.scratch.visible_also", "closes a parenthesis")


def test_dollar_quote_inside_sql_backfill_runs_phase_1_to_the_end(example, database_url, conn):  # noqa: F811
    edit(example, MESSAGES_SQL,
         '"(SELECT o.id FROM organizations o WHERE o.slug = messages.clinic_slug AND \'$fn$\' <> \'\')"')
    assert advance_phase_0(example, database_url).returncode == 0
    done = cli("--manifest", str(example), "advance", "--phase", "1", "--yes", cwd=example.parent,
               database_url=database_url)
    assert done.returncode == 0, done.stderr
    assert conn.execute("SELECT version_num FROM tenantmig.alembic_version").fetchone()[0] == "p1_04_fill_triggers"


@pytest.mark.parametrize("args,message", [
    (["--lock-timeout", "-5"], "--lock-timeout must be more than 0"),
    (["--lock-retries", "0"], "--lock-retries must be at least 1"),
    (["--database-url", "postgresql://postgres:pw@127.0.0.1:99999/x"], "port '99999' is not a port number"),
    (["--database-url", "postgresql://postgres:pw@[::1"], "not one libpq accepts"),
    (["--database-url", "postgresql://u:pw@h:abc/db"], "port 'abc'"),
    (["--database-url", "postgres://%zz:pw@h/db"], "invalid percent-encoded token"),
    (["--database-url", "postgresql://u:pw@h/db?sslmode=bogus"], "sslmode 'bogus'"),
    (["--database-url", "notaurl"], "not one libpq accepts"),
    (["--database-url", "postgresql://u:pw@h/db?foo=bar"], "invalid URI query parameter"),
], ids=["lock-timeout", "lock-retries", "port-range", "ipv6", "port-text", "percent", "sslmode", "not-url", "param"])
def test_bad_options_and_urls_exit_2_without_a_traceback_or_the_password(example, database_url, conn,  # noqa: F811
                                                                        args, message):
    done = cli(*args, "--manifest", str(example), "advance", "--phase", "0", "--yes", cwd=example.parent,
               database_url=database_url)
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert ":pw@" not in done.stderr
    assert conn.execute("SELECT to_regclass('tenantmig.alembic_version')").fetchone()[0] is None


def test_manifest_that_is_a_directory_or_too_deeply_nested_exits_2(tmp_path, database_url):
    (tmp_path / "dir.toml").mkdir()
    nested = tmp_path / "nested.toml"
    nested.write_text("[tenancy]\nschemas = " + "[" * 5000 + "]" * 5000 + "\n")
    for path, message in ((tmp_path / "dir.toml", "is a directory"), (nested, "nested too deeply")):
        done = cli("--manifest", str(path), "plan", "--phase", "1", database_url=database_url)
        assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
