"""The whole chain as a managed-PostgreSQL DBA runs it: a login that is not a superuser.

The test plays both sides of an RDS-like host. Its superuser connection is the provider's
admin: it loads the example, creates the DBA's login (LOGIN CREATEDB CREATEROLE, no
SUPERUSER, no BYPASSRLS), hands it the application's tables and views and membership of
the application roles, and later runs the statements tenantmig hands off. Every tenantmig
command runs as that login, through the CLI, as a DBA would.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from tenantmig import servers
from tenantmig.servers import libpq_url, with_database

from helpers import cli, contents, terminal_text

EXAMPLES = {
    # example -> (service role suffix, app role suffix)
    "telehealth": ("service_role", "app_user"),
    "clinics": ("clinic_service", "clinic_app"),
}


def as_login(url: str, role: str) -> str:
    parts = urlsplit(libpq_url(url))
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, parts.fragment))


def admin(database_url: str, *statements: str) -> None:
    """The provider's admin (a superuser connection) runs what tenantmig handed off."""
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def make_managed_login(database_url: str, role_prefix: str) -> str:
    """An RDS-like DBA login owning the application's objects and a member of its roles."""
    login = f"{role_prefix}dba"
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        dbname = conn.info.dbname
        ident = sql.Identifier(login)
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEDB CREATEROLE NOSUPERUSER NOBYPASSRLS").format(ident))
        conn.execute(sql.SQL("GRANT ALL ON DATABASE {} TO {}").format(sql.Identifier(dbname), ident))
        conn.execute(sql.SQL("GRANT ALL ON SCHEMA public TO {}").format(ident))
        for (name,) in conn.execute(
                "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                "AND c.relkind IN ('r', 'p', 'v') ORDER BY c.relkind DESC").fetchall():
            conn.execute(f"ALTER TABLE {name} OWNER TO {ident.as_string(conn)}")
        for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s) AND rolname <> %s",
                                    (role_prefix, login)).fetchall():
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), ident))
    return as_login(database_url, login)


def superuser_counts(database_url: str, kinds: tuple[str, ...] = ("r", "p")) -> dict[str, int]:
    """Every table's row count as a superuser sees it (RLS does not apply): the reference."""
    with psycopg.connect(libpq_url(database_url)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind = ANY(%s) AND n.nspname = 'public'", (list(kinds),))]
        return {t: conn.execute(sql.SQL("SELECT count(*) FROM {}").format(
            sql.Identifier(*t.split(".", 1)))).fetchone()[0] for t in tables}


def phase_of(url: str, cwd) -> int | None:
    status = cli("status", "--json", database_url=url, cwd=cwd)
    assert status.returncode == 0, status.stderr
    return json.loads(status.stdout)["current_phase"]


# Other suites' copies of the examples share roles on purpose (conftest.py); here the check is on.
STRICT = {"TENANTMIG_ROLES_SHARED_OK": "0"}


def step(url: str, cwd, *args: str):
    return cli("--backup-dir", str(cwd / "backups"), *args, "--yes", "--json", database_url=url, cwd=cwd, env=STRICT)


def run_with_handoff(database_url: str, url: str, cwd, args: tuple[str, ...], expected: list[str],
                     at: int) -> dict:
    """The command stops before its first change naming `expected` statements; the admin runs them; again.

    `check` says the same beforehand, changing nothing."""
    if args[0] == "advance":
        checked = cli("check", "--phase", args[args.index("--phase") + 1], "--json", database_url=url, cwd=cwd,
                      env=STRICT)
        assert checked.returncode == 1, checked.stdout + checked.stderr
        rights = [g for g in json.loads(checked.stdout)["gates"] if g["check"] == "privileges"]
        assert rights and not rights[0]["passed"], checked.stdout
        assert all(any(statement in f for f in rights[0]["findings"]) for statement in expected), rights
    stopped = step(url, cwd, *args)
    assert stopped.returncode == 1, f"{args}: expected a hand-off\n{stopped.stdout}\n{stopped.stderr}"
    assert "privilege pre-flight" in stopped.stderr and "Traceback" not in stopped.stderr, stopped.stderr
    # Off a terminal stderr is JSON lines: read it as a terminal would show it.
    handed = [line.strip() for line in terminal_text(stopped.stderr).splitlines()
              if line.strip().startswith(("ALTER ", "GRANT ", "REVOKE "))]
    assert handed == expected, stopped.stderr
    assert phase_of(url, cwd) == at, f"{args}: the hand-off changed the chain"
    admin(database_url, *handed)
    done = step(url, cwd, *args)
    assert done.returncode == 0, f"{args} after the hand-off:\n{done.stdout}\n{done.stderr}"
    return json.loads(done.stdout)


def via_grants(url: str, example: str, role_prefix: str, direction: str) -> list[str]:
    """clinics lets its service role SET ROLE to the admin role after phase 5 (roles.service_via): granting that
    needs ADMIN OPTION on 16+, which a CREATEROLE login lacks on a role it did not create (15: CREATEROLE suffices)."""
    if example != "clinics":
        return []
    with psycopg.connect(libpq_url(url)) as conn:
        if conn.info.server_version < 160000:
            return []
    via, service = f'"{role_prefix}clinic_admin"', f'"{role_prefix}clinic_service"'
    return [f"GRANT {via} TO {service} WITH INHERIT FALSE, SET TRUE;" if direction == "up"
            else f"REVOKE {via} FROM {service};"]


def assert_counts_match(database_url: str, result: dict, what: str) -> None:
    # The gates count partitions, not their partitioned parents too (every row once).
    reference = superuser_counts(database_url, kinds=("r",))
    assert result["counts_after"] == {t: reference[t] for t in result["counts_after"]}, what
    assert set(result["counts_after"]) == set(reference), what


@pytest.mark.slow
@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_chain_0_to_6_and_back_as_a_managed_login(database_url, role_prefix, tmp_path, example):
    """As an RDS-like login: every phase up and down exits 0 or stops before its first change with a hand-off;
    every gate's counts equal a superuser's; verify passes; a phase-6 backup restores every row; 6->0 is exact."""
    loaded = cli("example", example, "--rows", "300", "--role-prefix", role_prefix,
                 database_url=database_url, cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    url = make_managed_login(database_url, role_prefix)
    service = f'"{role_prefix}{EXAMPLES[example][0]}"'
    before = contents(database_url)

    for number in range(7):
        args = ("advance", "--phase", str(number))
        if number == 5:
            for extra in (("rollout", "enable", "--all", "--yes"), ("verify",)):
                ready = cli(*extra, database_url=url, cwd=tmp_path)
                assert ready.returncode == 0, f"{extra}: {ready.stdout}\n{ready.stderr}"
            expected = [f"ALTER ROLE {service} NOBYPASSRLS;"]
            result = run_with_handoff(database_url, url, tmp_path, args, via_grants(url, example, role_prefix, "up")
                                      + expected, at=4)
        else:
            run = step(url, tmp_path, *args)
            assert run.returncode == 0, f"advance --phase {number}:\n{run.stdout}\n{run.stderr}"
            result = json.loads(run.stdout)
        assert result["privileges"]["superuser"] is False and result["privileges"]["bypassrls"] is False
        assert_counts_match(database_url, result, f"advance --phase {number}")

    verified = cli("verify", "--json", database_url=url, cwd=tmp_path)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    probes = json.loads(verified.stdout)["probes"]
    assert any(p["probe"] == "reader_unreachable" and p["outcome"] == "pass" for p in probes), probes

    backup = cli("--backup-dir", str(tmp_path / "backups"), "backup", "--restore-check", "--json",
                 database_url=url, cwd=tmp_path)
    assert backup.returncode == 0, backup.stdout + backup.stderr
    checked = json.loads(backup.stdout)["backup"]["restore_check"]["tables"]
    reference = superuser_counts(database_url)
    assert {t["table"]: t["restored"] for t in checked if t["table"].startswith("public.")} == reference
    assert sum(reference.values()) > 300

    for number in range(6, -1, -1):
        args = ("rollback", "--phase", str(number))
        if number == 5:
            result = run_with_handoff(database_url, url, tmp_path, args, via_grants(url, example, role_prefix, "down")
                                      + [f"ALTER ROLE {service} BYPASSRLS;"], at=5)
        else:
            run = step(url, tmp_path, *args)
            assert run.returncode == 0, f"rollback --phase {number}:\n{run.stdout}\n{run.stderr}"
            result = json.loads(run.stdout)
        assert_counts_match(database_url, result, f"rollback --phase {number}")
    assert contents(database_url) == before


@pytest.mark.slow
def test_a_count_that_cannot_see_every_row_fails_naming_the_table(database_url, role_prefix, tmp_path):
    """At phase 5, with the reader policy gone from one table, the gates refuse to count rather than count through
    RLS; verify and backup refuse too, and a site pg_dump --enable-row-security is refused."""
    assert cli("example", "telehealth", "--rows", "200", "--role-prefix", role_prefix,
               database_url=database_url, cwd=tmp_path).returncode == 0
    url = make_managed_login(database_url, role_prefix)
    for number in range(5):
        assert step(url, tmp_path, "advance", "--phase", str(number)).returncode == 0
    assert cli("rollout", "enable", "--all", "--yes", database_url=url, cwd=tmp_path).returncode == 0
    assert cli("verify", database_url=url, cwd=tmp_path).returncode == 0
    admin(database_url, f'ALTER ROLE "{role_prefix}service_role" NOBYPASSRLS')
    applied = step(url, tmp_path, "advance", "--phase", "5")
    assert applied.returncode == 0, applied.stderr
    admin(database_url, "DROP POLICY reader_for_tenantmig ON public.invoices")

    again = cli("advance", "--phase", "5", "--yes", database_url=url, cwd=tmp_path)
    assert again.returncode == 1, again.stdout + again.stderr
    assert "would not see every row" in again.stderr and "public.invoices" in again.stderr, again.stderr
    assert "Traceback" not in again.stderr
    verify = cli("verify", database_url=url, cwd=tmp_path)
    assert verify.returncode == 1 and "public.invoices" in verify.stderr, verify.stdout + verify.stderr
    dump = cli("--backup-dir", str(tmp_path / "backups"), "backup", database_url=url, cwd=tmp_path)
    assert dump.returncode == 1 and "public.invoices" in dump.stderr, dump.stdout + dump.stderr

    # The DBA's own pg_dump --enable-row-security would dump only visible rows: refused.
    visible_only = cli("backup", "--backup-command", "pg_dump --enable-row-security -f x.sql",
                       database_url=url, cwd=tmp_path)
    assert visible_only.returncode == 2, visible_only.stdout + visible_only.stderr
    assert "--enable-row-security" in visible_only.stderr and "Traceback" not in visible_only.stderr


@pytest.mark.slow
def test_roles_shared_with_another_database_need_acknowledging_and_keep_their_attribute(
        database_url, server_url, role_prefix, tmp_path):
    """A staging copy on the same server at phase 5: phase 5 refuses until --roles-shared-ok, and its rollback
    leaves NOBYPASSRLS in place because the copy's ledger still needs it, saying so."""
    assert cli("example", "telehealth", "--rows", "200", "--role-prefix", role_prefix,
               database_url=database_url, cwd=tmp_path).returncode == 0
    url = make_managed_login(database_url, role_prefix)
    service = f"{role_prefix}service_role"
    for number in range(5):
        assert step(url, tmp_path, "advance", "--phase", str(number)).returncode == 0
    assert cli("rollout", "enable", "--all", "--yes", database_url=url, cwd=tmp_path).returncode == 0
    assert cli("verify", database_url=url, cwd=tmp_path).returncode == 0

    copy = f"{servers.database_name_from_url(database_url)[:40]}_staging"
    admin(server_url, f'CREATE DATABASE "{copy}"')
    try:
        admin(with_database(server_url, copy), f'GRANT CONNECT ON DATABASE "{copy}" TO "{service}"')
        refused = step(url, tmp_path, "advance", "--phase", "5")
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "cluster-wide" in refused.stderr and copy in refused.stderr, refused.stderr
        assert phase_of(url, tmp_path) == 4

        admin(database_url, f'ALTER ROLE "{service}" NOBYPASSRLS')
        applied = step(url, tmp_path, "advance", "--phase", "5", "--roles-shared-ok")
        assert applied.returncode == 0, applied.stdout + applied.stderr

        # The copy is now a staging copy of this database at phase 5: its ledger needs NOBYPASSRLS.
        admin(server_url, f'DROP DATABASE "{copy}"')
        with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                         (servers.database_name_from_url(database_url),))
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(copy), sql.Identifier(servers.database_name_from_url(database_url))))
        back = step(url, tmp_path, "rollback", "--phase", "5")
        assert back.returncode == 0, back.stdout + back.stderr
        notes = json.loads(back.stdout)["privileges"]["notes"]
        assert any(service in n and copy in n and "keeps NOBYPASSRLS" in n for n in notes), notes
        with psycopg.connect(libpq_url(database_url)) as conn:
            assert conn.execute("SELECT rolbypassrls FROM pg_roles WHERE rolname = %s", (service,)).fetchone()[0] \
                is False
    finally:
        admin(server_url, f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


def test_plan_shows_the_hand_off_and_the_reader_can_be_removed_and_comes_back(database_url, role_prefix, tmp_path):
    """plan names phase 5's hand-off before anything runs; `reader --remove` drops the role and every policy;
    the next advance installs them again."""
    assert cli("example", "telehealth", "--rows", "100", "--role-prefix", role_prefix,
               database_url=database_url, cwd=tmp_path).returncode == 0
    url = make_managed_login(database_url, role_prefix)
    planned = cli("plan", "--phase", "5", "--json", database_url=url, cwd=tmp_path, env=STRICT)
    assert planned.returncode == 0, planned.stderr
    pre = json.loads(planned.stdout)["privileges"]
    assert pre["superuser"] is False and pre["not_owned"] == []
    assert [h["statements"] for h in pre["handoffs"]] == [[f'ALTER ROLE "{role_prefix}service_role" NOBYPASSRLS;']]

    reader_role = f"{role_prefix}dba_tm_reader"

    def installed() -> tuple[bool, int]:
        with psycopg.connect(libpq_url(database_url)) as conn:
            return (conn.execute("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s)",
                                 (reader_role,)).fetchone()[0],
                    conn.execute("SELECT count(*) FROM pg_policy WHERE polname = 'reader_for_tenantmig'").fetchone()[0])

    assert step(url, tmp_path, "advance", "--phase", "0").returncode == 0
    present, policies = installed()
    assert present and policies == len(superuser_counts(database_url))

    removed = cli("reader", "--remove", "--yes", "--json", database_url=url, cwd=tmp_path)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert installed() == (False, 0)

    assert step(url, tmp_path, "advance", "--phase", "1").returncode == 0
    assert installed()[0] is True


def test_phase_1_without_create_on_the_schema_hands_off_before_its_first_change(database_url, role_prefix, tmp_path):
    """Found on formbricks as an RDS-like login: CREATE INDEX needs CREATE on the schema even for the table's
    owner, and phase 1 stopped half-way (2 of 4 steps). The pre-flight now hands the GRANT off first."""
    assert cli("example", "telehealth", "--rows", "100", "--role-prefix", role_prefix,
               database_url=database_url, cwd=tmp_path).returncode == 0
    url = make_managed_login(database_url, role_prefix)
    admin(database_url, f'REVOKE ALL ON SCHEMA public FROM "{role_prefix}dba"')
    assert step(url, tmp_path, "advance", "--phase", "0").returncode == 0
    run_with_handoff(database_url, url, tmp_path, ("advance", "--phase", "1"),
                     [f'GRANT CREATE ON SCHEMA "public" TO "{role_prefix}dba";'], at=0)
    assert phase_of(url, tmp_path) == 1
