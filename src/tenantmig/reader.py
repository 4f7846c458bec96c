"""Seeing every row without superuser: the reader role and its one policy per table.

On managed PostgreSQL the DBA's role is neither a superuser nor BYPASSRLS. It owns the
tables, so it skips RLS until phase 5 forces it; from then on a count it takes is a count
of what the policies let it see, and because it is usually a member of the application
roles, the restrictive tenant policies filter it like the application. A gate built on
such a count would report rows as lost (or equal) when they are not.

So the connecting role gets a companion role, `<login>_tm_reader`: NOLOGIN NOINHERIT, a
member of nothing (NOINHERIT: even if someone makes it one, policies written for those
roles never apply to it), granted only SELECT, and one permissive policy per migrated
table, `reader_for_tenantmig`, FOR SELECT TO that role USING (true). Reads that must see
every row (gates, verify's totals, backups, drills) run after `SET ROLE` to it; the
application roles are never members of it, and verify says so.

Whatever the setup, `blind_spots` proves from the catalogue, before a count, that the
counting role sees every row of each table; a table it cannot prove is named and the
count is refused, never taken through RLS.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import psycopg

from tenantmig import presence, shown
from tenantmig.db import LockPolicy, qualify, quote_ident, run_unit
from tenantmig.errors import GateFailed
from tenantmig.ledger import SCHEMA
from tenantmig.ops import Operation
from tenantmig.ops.access import (CreatePolicy, CreateRole, DefaultPrivileges, DropPolicy, DropRole, Grant, GrantRole,
                                  Revoke)

POLICY = "reader_for_tenantmig"
SUFFIX = "_tm_reader"
# A member of nothing, and never able to inherit: policies written for other roles never apply to it.
ROLE_OPTIONS = ("NOLOGIN", "NOINHERIT")


def reader_role(login: str) -> str:
    return login[: 63 - len(SUFFIX)] + SUFFIX


def session_bypasses(conn: psycopg.Connection) -> bool:
    """Whether the login itself skips RLS everywhere (superuser or BYPASSRLS): then no reader is needed."""
    return conn.execute("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user").fetchone()[0]


def role_of(conn: psycopg.Connection) -> str:
    return reader_role(conn.execute("SELECT session_user").fetchone()[0])


def exists(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s)", (role_of(conn),)).fetchone()[0]


def blind_spots(conn: psycopg.Connection, tables: Iterable[str]) -> list[str]:
    """Tables whose rows the current role may not all see, each with the reason; [] when every row is visible.

    A role sees every row of a table when it skips RLS there (superuser, BYPASSRLS, owner
    without FORCE, RLS off), or when a permissive SELECT policy USING (true) applies to it
    and no restrictive one does. Anything else is reported, never guessed.
    """
    tables = sorted(set(tables))
    if not tables:
        return []
    rows = conn.execute(
        """
        SELECT t, has_table_privilege(t::regclass, 'SELECT'), row_security_active(t::regclass),
               EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = t::regclass AND p.polpermissive
                         AND p.polcmd IN ('r', '*') AND pg_get_expr(p.polqual, p.polrelid) = 'true'
                         AND (0 = ANY(p.polroles) OR EXISTS (SELECT 1 FROM unnest(p.polroles) r
                               WHERE r <> 0 AND pg_has_role(current_user, r, 'USAGE')))),
               ARRAY(SELECT p.polname FROM pg_policy p WHERE p.polrelid = t::regclass AND NOT p.polpermissive
                       AND p.polcmd IN ('r', '*')
                       AND (0 = ANY(p.polroles) OR EXISTS (SELECT 1 FROM unnest(p.polroles) r
                             WHERE r <> 0 AND pg_has_role(current_user, r, 'USAGE'))) ORDER BY 1)
        FROM unnest(%s::text[]) t
        """,
        ([qualify(t) for t in tables],),
    ).fetchall()
    who = conn.execute("SELECT current_user").fetchone()[0]
    names = {qualify(t): t for t in tables}
    found = []
    for table, may_select, filtered, opened, restrictive in rows:
        name = shown.table(names[table])
        if not may_select:
            found.append(f"{name}: {who} may not SELECT from it")
        elif filtered and restrictive:
            found.append(f"{name}: RLS filters {who} through the restrictive policies {', '.join(restrictive)}")
        elif filtered and not opened:
            found.append(f"{name}: RLS filters {who} and no policy shows it every row "
                         f"(the {POLICY} policy is missing)")
    return found


@contextlib.contextmanager
def seeing_every_row(conn: psycopg.Connection, tables: Iterable[str], what: str = "a count") -> Iterator[None]:
    """Run the body as a role that sees every row of `tables`, or raise GateFailed naming those it cannot.

    A superuser or BYPASSRLS login reads as itself. Anyone else reads as its reader role
    (session-level SET ROLE on an autocommit connection, SET LOCAL inside a transaction),
    with row_security on, since the reader is seen through its policy, not past RLS.
    """
    tables = list(tables)
    if session_bypasses(conn):
        problems = blind_spots(conn, tables)
        if problems:
            raise _blind(problems, what)
        yield
        return
    local = conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE
    scope = "LOCAL " if local else ""
    previous = conn.execute("SELECT current_setting('row_security')").fetchone()[0]
    if exists(conn):
        try:
            conn.execute(f"SET {scope}ROLE {quote_ident(role_of(conn))}")
        except psycopg.errors.InsufficientPrivilege as exc:
            raise _blind([f"{role_of(conn)}: {exc.diag.message_primary}"], what) from None
    try:
        conn.execute(f"SET {scope}row_security = on")
        problems = blind_spots(conn, tables)
        if problems:
            raise _blind(problems, what)
        yield
    finally:
        if not local or conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS:
            conn.execute(f"SET {scope}row_security = {previous}")
            conn.execute(f"{'SET LOCAL ROLE NONE' if local else 'RESET ROLE'}")


@contextlib.contextmanager
def as_login(conn: psycopg.Connection) -> Iterator[None]:
    """Inside `seeing_every_row`, a stretch that must run as the login itself (DDL, even rolled back)."""
    current = conn.execute("SELECT current_user, session_user").fetchone()
    if current[0] == current[1] or conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
        yield
        return
    conn.execute("RESET ROLE")
    try:
        yield
    finally:
        conn.execute(f"SET ROLE {quote_ident(current[0])}")


def _blind(problems: list[str], what: str) -> GateFailed:
    return GateFailed(
        f"{what} would not see every row, so it is not taken:\n" + "\n".join(f"  - {p}" for p in problems),
        hint="A count through RLS is not a gate. Connect as a role that owns these tables (tenantmig then "
             "reads through its reader role and policy, installed by `advance`/`rollback`), or as a superuser "
             "or BYPASSRLS role. See runbooks/managed-postgres.md.",
    )


def owned_tables(conn: psycopg.Connection, tables: Iterable[str]) -> tuple[list[str], list[str]]:
    """(tables the login owns or has the owner's rights on, the others)."""
    tables = sorted(set(tables))
    rows = conn.execute(
        "SELECT t, pg_has_role(session_user, c.relowner, 'USAGE') FROM unnest(%s::text[]) t "
        "JOIN pg_class c ON c.oid = t::regclass",
        ([qualify(t) for t in tables],),
    ).fetchall()
    names = {qualify(t): t for t in tables}
    owns = {names[t] for t, mine in rows if mine}
    return [t for t in tables if t in owns], [t for t in tables if t not in owns]


def install(conn: psycopg.Connection, tables: Iterable[str], schemas: Iterable[str],
            lock_policy: LockPolicy) -> list[str]:
    """Create (or complete) the reader role, its grants and its policy on every table the login owns.

    Idempotent; returns the statements it ran (for the ledger). Tables the login does not own
    are left to the pre-flight, which names them.
    """
    if session_bypasses(conn):
        return []
    login = conn.execute("SELECT session_user").fetchone()[0]
    reader = role_of(conn)
    ran: list[str] = []

    def run(operation: Operation) -> None:
        statements = operation.statements()
        run_unit(conn, statements, lock_policy)
        ran.extend(statement.sql for statement in statements)

    if not exists(conn):
        run(CreateRole(reader, ROLE_OPTIONS))
    v16 = int(conn.execute("SHOW server_version_num").fetchone()[0]) >= 160000
    # 16+: CREATE ROLE makes its creator a member WITH ADMIN but without SET; SET ROLE needs SET.
    member = conn.execute("SELECT pg_has_role(session_user, %s, %s)",
                          (reader, "SET" if v16 else "MEMBER")).fetchone()[0]
    if not member:
        # 16+: SET only: the login may become the reader but never inherits its policy by accident.
        run(GrantRole(reader, login, set_only=v16))
    owned, _others = owned_tables(conn, tables)
    for schema in sorted(set(schemas) | {SCHEMA}):
        if conn.execute("SELECT has_schema_privilege(%s, 'USAGE')", (schema,)).fetchone()[0] and \
                not conn.execute("SELECT has_schema_privilege(%s, %s, 'USAGE')", (reader, schema)).fetchone()[0]:
            run(Grant(("USAGE",), "SCHEMA", schema, (reader,)))
    if conn.execute("SELECT to_regnamespace(%s) IS NOT NULL", (SCHEMA,)).fetchone()[0]:
        # The gates read the ledger and write the presence scratch table while they count.
        run(Grant(("SELECT",), "ALL TABLES", SCHEMA, (reader,)))
        run(DefaultPrivileges(SCHEMA, ("SELECT",), reader))
        if conn.execute("SELECT to_regclass(%s) IS NOT NULL", (presence.TABLE,)).fetchone()[0]:
            run(Grant(("INSERT", "DELETE"), "TABLE", presence.TABLE, (reader,)))
    for table in owned:
        if not conn.execute("SELECT has_table_privilege(%s, %s, 'SELECT')", (reader, qualify(table))).fetchone()[0]:
            run(Grant(("SELECT",), "TABLE", table, (reader,)))
        has_policy = conn.execute("SELECT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = %s::regclass "
                                  "AND polname = %s)", (qualify(table), POLICY)).fetchone()[0]
        if not has_policy:
            run(CreatePolicy(table, POLICY, "SELECT", True, (reader,), using="true"))
    # pg_dump reads every sequence of the schemas it dumps.
    for schema in sorted(set(schemas)):
        for (seq,) in conn.execute(
                "SELECT n.nspname || '.' || c.relname FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND n.nspname = %s "
                "AND pg_has_role(session_user, c.relowner, 'USAGE') AND NOT has_table_privilege(%s, c.oid, 'SELECT')",
                (schema, reader)).fetchall():
            run(Grant(("SELECT",), "SEQUENCE", seq, (reader,)))
    return ran


def remove(conn: psycopg.Connection, tables: Iterable[str], schemas: Iterable[str],
           lock_policy: LockPolicy) -> list[str]:
    """Drop the reader policies, grants and role (`tenantmig reader --remove`, once the migration is over).

    Grants are revoked one by one rather than with DROP OWNED BY, which on 16+ needs the reader's
    privileges (the login is a member with SET only).
    """
    if session_bypasses(conn) or not exists(conn):
        return []
    reader = role_of(conn)
    ran = []
    for table in sorted(set(tables)):
        if conn.execute("SELECT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = %s::regclass AND polname = %s)",
                        (qualify(table), POLICY)).fetchone()[0]:
            statements = DropPolicy(table, POLICY).statements()
            run_unit(conn, statements, lock_policy)
            ran.extend(statement.sql for statement in statements)
    operations: list[Operation] = []
    for schema in sorted(set(schemas) | {SCHEMA}):
        if conn.execute("SELECT to_regnamespace(%s) IS NOT NULL", (schema,)).fetchone()[0]:
            operations += [Revoke(("ALL",), "ALL TABLES", schema, (reader,)),
                           Revoke(("ALL",), "ALL SEQUENCES", schema, (reader,)),
                           Revoke(("USAGE",), "SCHEMA", schema, (reader,))]
    if conn.execute("SELECT to_regnamespace(%s) IS NOT NULL", (SCHEMA,)).fetchone()[0]:
        operations.append(DefaultPrivileges(SCHEMA, ("SELECT",), reader, grant=False))
    operations.append(DropRole(reader))
    for operation in operations:
        for statement in operation.statements():
            conn.execute(statement.sql)
            ran.append(statement.sql)
    return ran


def unreachable_problems(conn: psycopg.Connection, roles: Iterable[str]) -> list[str]:
    """Manifest roles that could become the reader (they must never): each named."""
    if not exists(conn):
        return []
    reader = role_of(conn)
    return [f"{r} is a member of {reader} and could read every tenant's rows"
            for r in sorted(set(roles))
            if conn.execute("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s) "
                            "AND pg_has_role(%s, %s, 'MEMBER')", (r, r, reader)).fetchone()[0]]
