"""The access operations render the SQL tenantmig runs, quote every name, and undo exactly (no server)."""

from __future__ import annotations

import pytest

from tenantmig.db import BRIEF
from tenantmig.ops import NotReversible, undo
from tenantmig.ops import access as a
from tenantmig.privileges import as_handoff

# A quote, a capital, a space, and a dot in the table's own name (the schema ends at the first dot).
TABLE = 'My Schema.Or"der.s'
TABLE_SQL = '"My Schema"."Or""der.s"'
ROLE = 'App "Role"'
ROLE_SQL = '"App ""Role"""'
FUNCTION = a.Function("tenant Mig", 'f"n.X', ("uuid", "text"))


def only(operation: a.Operation):
    (statement,) = operation.statements()
    return statement


@pytest.mark.parametrize("operation, sql", [
    (a.EnableRowSecurity(TABLE), f"ALTER TABLE {TABLE_SQL} ENABLE ROW LEVEL SECURITY"),
    (a.DisableRowSecurity(TABLE), f"ALTER TABLE {TABLE_SQL} DISABLE ROW LEVEL SECURITY"),
    (a.ForceRowSecurity(TABLE), f"ALTER TABLE {TABLE_SQL} FORCE ROW LEVEL SECURITY"),
    (a.NoForceRowSecurity(TABLE), f"ALTER TABLE {TABLE_SQL} NO FORCE ROW LEVEL SECURITY"),
])
def test_row_security_flags_are_brief_idempotent_and_name_their_table(operation, sql):
    statement = only(operation)
    assert statement.sql == sql
    assert (statement.table, statement.lock) == (TABLE, BRIEF)
    assert [rule for rule, _ in statement.squawk_ignore] == ["prefer-robust-stmts"]


def test_a_policy_renders_its_clauses_and_quotes_its_name_table_and_roles():
    policy = a.CreatePolicy(TABLE, 'tenantmig_"Odd" one', "UPDATE", False, (ROLE, "public"),
                            using='"client_id" = 1', check="true")
    assert only(policy).sql == (
        f'CREATE POLICY "tenantmig_""Odd"" one" ON {TABLE_SQL} AS RESTRICTIVE FOR UPDATE TO {ROLE_SQL}, PUBLIC '
        'USING ("client_id" = 1) WITH CHECK (true)')
    # A clause it does not have is left out, not written empty.
    assert only(a.CreatePolicy(TABLE, "p", "INSERT", True, (ROLE,), check="x")).sql == (
        f'CREATE POLICY "p" ON {TABLE_SQL} AS PERMISSIVE FOR INSERT TO {ROLE_SQL} WITH CHECK (x)')
    assert (only(policy).table, only(policy).lock) == (TABLE, BRIEF)
    assert only(policy.reverse()).sql == f'DROP POLICY IF EXISTS "tenantmig_""Odd"" one" ON {TABLE_SQL}'


def test_a_function_is_created_granted_and_dropped_by_its_quoted_signature():
    create = a.CreateFunction(FUNCTION, "boolean", "sql", ("STABLE", "SECURITY DEFINER"), "    SELECT true",
                              arg_names=("Key", ""), search_path="pg_catalog, pg_temp")
    assert only(create).sql == (
        'CREATE OR REPLACE FUNCTION "tenant Mig"."f""n.X"("Key" uuid, text) RETURNS boolean\n'
        "LANGUAGE sql STABLE SECURITY DEFINER\n"
        "SET search_path = pg_catalog, pg_temp\n"
        "AS $fn$\n    SELECT true\n$fn$")
    # Inlinable: no SET clause unless one is asked for.
    assert "SET search_path" not in only(a.CreateFunction(FUNCTION, "uuid", "sql", (), "SELECT NULL")).sql
    assert only(a.GrantExecute(FUNCTION)).sql == 'GRANT EXECUTE ON FUNCTION "tenant Mig"."f""n.X"(uuid, text) TO PUBLIC'
    drop = only(a.DropFunction(FUNCTION, "a test helper"))
    assert drop.sql == 'DROP FUNCTION IF EXISTS "tenant Mig"."f""n.X"(uuid, text)'
    assert drop.squawk_ignore[0][0] == "ban-drop-function" and drop.squawk_ignore[0][1].startswith("a test helper")
    assert only(a.DropFunction(FUNCTION, "x", by_name=True)).sql == 'DROP FUNCTION IF EXISTS "tenant Mig"."f""n.X"'
    assert FUNCTION.ref == '"tenant Mig"."f""n.X"'


@pytest.mark.parametrize("kind, target, on", [
    ("TABLE", TABLE, TABLE_SQL),
    ("SEQUENCE", "public.Seq Id", 'SEQUENCE "public"."Seq Id"'),
    ("SCHEMA", 'Sch"ema', 'SCHEMA "Sch""ema"'),
    ("DATABASE", "app.db", 'DATABASE "app.db"'),
    ("ALL TABLES", "tenantmig", 'ALL TABLES IN SCHEMA "tenantmig"'),
    ("ALL SEQUENCES", "My Schema", 'ALL SEQUENCES IN SCHEMA "My Schema"'),
])
def test_grant_and_revoke_name_what_they_are_on(kind, target, on):
    grant = a.Grant(("SELECT", "INSERT"), kind, target, (ROLE, "b"))
    assert only(grant).sql == f'GRANT SELECT, INSERT ON {on} TO {ROLE_SQL}, "b"'
    assert only(grant.reverse()).sql == f'REVOKE SELECT, INSERT ON {on} FROM {ROLE_SQL}, "b"'


def test_default_privileges_roles_and_memberships():
    assert only(a.DefaultPrivileges("tenant Mig", ("SELECT",), ROLE)).sql == (
        f'ALTER DEFAULT PRIVILEGES IN SCHEMA "tenant Mig" GRANT SELECT ON TABLES TO {ROLE_SQL}')
    assert only(a.DefaultPrivileges("s", ("SELECT",), ROLE, grant=False)).sql == (
        f'ALTER DEFAULT PRIVILEGES IN SCHEMA "s" REVOKE SELECT ON TABLES FROM {ROLE_SQL}')
    assert only(a.CreateRole(ROLE, ("NOLOGIN", "NOINHERIT"))).sql == f"CREATE ROLE {ROLE_SQL} NOLOGIN NOINHERIT"
    assert only(a.CreateRole(ROLE).reverse()).sql == f"DROP ROLE {ROLE_SQL}"
    taken = only(a.RoleBypassRls(ROLE, bypass=False))
    assert (taken.sql, taken.lock) == (f"ALTER ROLE {ROLE_SQL} NOBYPASSRLS", "none (role attribute)")
    assert only(a.RoleBypassRls(ROLE, bypass=True)).sql == f"ALTER ROLE {ROLE_SQL} BYPASSRLS"
    assert only(a.GrantRole("Via", ROLE)).sql == f'GRANT "Via" TO {ROLE_SQL}'
    assert only(a.GrantRole("Via", ROLE, set_only=True)).sql == f'GRANT "Via" TO {ROLE_SQL} WITH INHERIT FALSE, SET TRUE'
    assert only(a.GrantRole("Via", ROLE, set_only=True).reverse()).sql == f'REVOKE "Via" FROM {ROLE_SQL}'


def test_views_security_invoker_and_owner():
    view = 'public.Patient "Dir"'
    assert only(a.ViewSecurityInvoker(view)).sql == 'ALTER VIEW "public"."Patient ""Dir""" SET (security_invoker = true)'
    assert only(a.ViewSecurityInvoker(view, "false")).sql.endswith("SET (security_invoker = false)")
    assert only(a.ViewSecurityInvoker(view, None)).sql.endswith('"Patient ""Dir""" RESET (security_invoker)')
    assert only(a.ViewOwner(view, ROLE)).sql == f'ALTER VIEW "public"."Patient ""Dir""" OWNER TO {ROLE_SQL}'


def test_the_rollout_switches_are_created_and_dropped_together_and_a_switch_is_restored_quoted():
    table, function, grant = a.CreateRolloutSwitches().statements()
    assert table.sql.startswith('CREATE TABLE IF NOT EXISTS "tenantmig"."rollout" (') and table.lock == "new table"
    assert function.sql.startswith('CREATE OR REPLACE FUNCTION "tenantmig"."enforced"("target" text) RETURNS boolean\n'
                                   "LANGUAGE sql STABLE SECURITY DEFINER\nSET search_path = pg_catalog, pg_temp")
    assert grant.sql == 'GRANT EXECUTE ON FUNCTION "tenantmig"."enforced"(text) TO PUBLIC'
    # The function goes first: it depends on the table, and IF EXISTS on both lets a re-run after a crash finish.
    assert [s.sql for s in a.DropRolloutSwitches().statements()] == [
        'DROP FUNCTION IF EXISTS "tenantmig"."enforced"(text)', 'DROP TABLE IF EXISTS "tenantmig"."rollout"']
    assert undo([a.CreateRolloutSwitches()]) == [a.DropRolloutSwitches()]
    assert only(a.RestoreRolloutSwitch("tenant", "o'brien")).sql == (
        "INSERT INTO \"tenantmig\".\"rollout\" (scope, value) VALUES ('tenant', 'o''brien') ON CONFLICT DO NOTHING")


REVERSIBLE = [
    a.EnableRowSecurity(TABLE), a.DisableRowSecurity(TABLE), a.ForceRowSecurity(TABLE), a.NoForceRowSecurity(TABLE),
    a.Grant(("USAGE",), "SCHEMA", "s", (ROLE,)), a.Revoke(("ALL",), "ALL TABLES", "s", (ROLE,)),
    a.DefaultPrivileges("s", ("SELECT",), ROLE), a.DefaultPrivileges("s", ("SELECT",), ROLE, grant=False),
    a.RoleBypassRls(ROLE, bypass=True), a.RoleBypassRls(ROLE, bypass=False),
]


@pytest.mark.parametrize("operation", REVERSIBLE, ids=lambda o: type(o).__name__)
def test_reversed_twice_is_the_original_and_reversed_once_is_not(operation):
    assert operation.reverse().reverse() == operation
    assert only(operation.reverse()).sql != only(operation).sql


@pytest.mark.parametrize("operation, undone", [
    (a.CreatePolicy(TABLE, "p"), a.DropPolicy(TABLE, "p")),
    (a.CreateRole(ROLE), a.DropRole(ROLE)),
    (a.GrantRole("v", ROLE, set_only=True), a.RevokeRole("v", ROLE)),
    (a.CreateRolloutSwitches(), a.DropRolloutSwitches()),
])
def test_a_create_is_undone_by_its_drop(operation, undone):
    assert operation.reverse() == undone


@pytest.mark.parametrize("operation", [
    a.DropPolicy(TABLE, "p"), a.DropRole(ROLE), a.RevokeRole("v", ROLE), a.DropRolloutSwitches(),
    a.CreateFunction(FUNCTION, "uuid", "sql", (), "SELECT NULL"), a.DropFunction(FUNCTION, "x"),
    a.GrantExecute(FUNCTION), a.ViewSecurityInvoker("public.v"), a.RestoreRolloutSwitch("all", ""),
], ids=lambda o: type(o).__name__)
def test_a_drop_or_replace_has_no_derived_undo(operation):
    # What it removed or replaced is not in the operation, so an undo would have to guess.
    with pytest.raises(NotReversible):
        operation.reverse()


def test_undo_runs_the_reverses_last_first():
    steps = [a.EnableRowSecurity(TABLE), a.ForceRowSecurity(TABLE)]
    assert undo(steps) == [a.NoForceRowSecurity(TABLE), a.DisableRowSecurity(TABLE)]


def test_a_handoff_prints_the_statements_tenantmig_would_run():
    assert as_handoff(a.RoleBypassRls(ROLE, bypass=False), a.GrantRole("Via", ROLE, set_only=True)) == [
        f"ALTER ROLE {ROLE_SQL} NOBYPASSRLS;", f'GRANT "Via" TO {ROLE_SQL} WITH INHERIT FALSE, SET TRUE;']


@pytest.mark.parametrize("saved, name", [
    ("public.v", "public.v"),
    ('public."My View"', "public.My View"),  # as a snapshot written before the operations module spelt it
    ('"S x"."a""b"', 'S x.a"b'),
    ("public.My View", "public.My View"),  # as the operations' snapshots spell it
])
def test_phase_5_reads_view_names_from_snapshots_of_either_spelling(saved, name):
    from tenantmig.phases.p5_policy_swap import _unquoted

    assert _unquoted(saved) == name
    assert only(a.ViewSecurityInvoker(_unquoted(saved), "true")).sql.startswith(
        "ALTER VIEW " + '"' + name.split(".", 1)[0].replace('"', '""') + '"')
