"""The privilege pre-flight: what the connecting role may do here, and what someone else must do.

Run by `plan`, by every `advance`/`rollback` before its first change, and available to any
command as `api.privileges`. On managed PostgreSQL (RDS/Aurora, Cloud SQL, Azure Flexible
Server, Supabase, Neon) the DBA's role is not a superuser: it can own the tables and create
roles, but it cannot change BYPASSRLS (PostgreSQL 15: superuser only; 16+: only a role that
itself has BYPASSRLS and ADMIN on the target). A phase that needs such a change stops before
its first change and hands the exact statements to whoever may run them; a re-run checks
they were done and goes on.

Roles are cluster-wide. A role attribute changed for this database changes it for every
database on the server, so the pre-flight lists the other databases where the manifest's
roles own objects or hold privileges (pg_shdepend, readable from here), and a phase that
changes an attribute refuses until the DBA acknowledges them. A rollback gives an attribute
back only when no other database's tenantmig ledger on this server still needs it taken.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import psycopg
import structlog

from tenantmig import ledger, reader, shown
from tenantmig.db import connect, qualify, quote_ident
from tenantmig.errors import GateFailed
from tenantmig.manifest import Manifest
from tenantmig.ops import Operation
from tenantmig.ops.access import CreateRole, Grant, GrantRole, RevokeRole, RoleBypassRls, ViewOwner
from tenantmig.servers import with_database

if TYPE_CHECKING:
    # Only named: the phase modules import this module (phase 5 hands its keys to it).
    from tenantmig.phases.contract import PhaseContract

log = structlog.get_logger("tenantmig.privileges")

HANDOFF_KEY = "handoff.bypassrls"  # roles whose BYPASSRLS someone else took away for phase 5, before it ran
VIA_KEY = "handoff.service_via"  # service roles an admin made members of service_via for phase 5, before it ran
KEEP_KEY = "handoff.keep_nobypassrls"  # roles a phase 5 rollback leaves without BYPASSRLS: another database needs it


@dataclass
class Handoff:
    """A change the connecting role may not make: who must make it, and the exact statements."""

    why: str
    statements: list[str]
    who: str = "a superuser (on managed PostgreSQL: the provider's admin role or console)"

    def as_dict(self) -> dict:
        return {"why": self.why, "statements": self.statements, "who": self.who}


@dataclass
class Preflight:
    login: str
    server_version: int
    superuser: bool
    bypassrls: bool
    createrole: bool
    sees_every_row: str  # how gates, verify, backups and drills see every row
    not_owned: list[str] = field(default_factory=list)  # migrated tables the login does not own
    service_roles: dict[str, dict] = field(default_factory=dict)
    other_databases: dict[str, list[str]] = field(default_factory=dict)  # role -> databases
    handoffs: list[Handoff] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what no hand-off fixes: the phase cannot run as this role
    notes: list[str] = field(default_factory=list)
    keep_without_bypassrls: list[str] = field(default_factory=list)
    handed_off: list[str] = field(default_factory=list)  # roles whose BYPASSRLS this run asks someone else to take
    via_handed_off: list[str] = field(default_factory=list)  # roles this run asks someone else to grant service_via

    @property
    def ok(self) -> bool:
        return not self.problems and not self.handoffs

    def as_dict(self) -> dict:
        return {
            "login": self.login, "server_version": self.server_version, "superuser": self.superuser,
            "bypassrls": self.bypassrls, "createrole": self.createrole, "sees_every_row": self.sees_every_row,
            "not_owned": self.not_owned, "service_roles": self.service_roles,
            "other_databases": self.other_databases, "handoffs": [h.as_dict() for h in self.handoffs],
            "problems": self.problems, "notes": self.notes, "ok": self.ok,
        }

    def lines(self) -> list[str]:
        """The pre-flight as a DBA reads it."""
        attrs = [a for a, on in (("superuser", self.superuser), ("BYPASSRLS", self.bypassrls),
                                 ("CREATEROLE", self.createrole)) if on]
        out = [f"connected as {self.login} ({', '.join(attrs) or 'no superuser, no BYPASSRLS, no CREATEROLE'}), "
               f"PostgreSQL {self.server_version // 10000}",
               f"gates, verify, backups and drills see every row: {self.sees_every_row}"]
        if self.not_owned:
            out.append(f"not owned by {self.login}: {', '.join(shown.table(t) for t in self.not_owned)}")
        for role, info in self.service_roles.items():
            out.append(f"service role {role}: BYPASSRLS {'yes' if info['bypassrls'] else 'no'}; "
                       f"{self.login} {'may' if info['can_change'] else 'may not'} change it")
        for role, dbs in self.other_databases.items():
            more = f" and {len(dbs) - 5} more" if len(dbs) > 5 else ""
            out.append(f"role {role} also holds privileges in {len(dbs)} other database(s): "
                       f"{', '.join(dbs[:5])}{more}")
        out += [f"note: {n}" for n in self.notes]
        out += [f"problem: {p}" for p in self.problems]
        for h in self.handoffs:
            out.append(f"needs {h.who}: {h.why}")
            out += [f"    {s}" for s in h.statements]
        return out


def as_handoff(*operations: Operation) -> list[str]:
    """Operations as the statements a hand-off prints for someone else to run: the SQL tenantmig would run."""
    return [operation.text() for operation in operations]


def _role_attrs(conn: psycopg.Connection) -> tuple:
    return conn.execute(
        "SELECT session_user, rolsuper, rolbypassrls, rolcreaterole, current_setting('server_version_num')::int "
        "FROM pg_roles WHERE rolname = session_user").fetchone()


def can_change_bypassrls(conn: psycopg.Connection, role: str) -> bool:
    """PostgreSQL 15: superusers only. 16+: a role with BYPASSRLS itself and ADMIN OPTION on the target."""
    _login, superuser, bypass, createrole, version = _role_attrs(conn)
    if superuser:
        return True
    if version < 160000 or not bypass or not createrole:
        return False
    return conn.execute("SELECT pg_has_role(session_user, %s, 'MEMBER WITH ADMIN OPTION')", (role,)).fetchone()[0]


def can_grant(conn: psycopg.Connection, role: str) -> bool:
    """Whether the login may grant membership in `role` (15: CREATEROLE suffices; 16+: ADMIN OPTION)."""
    _login, superuser, _bypass, createrole, version = _role_attrs(conn)
    if superuser:
        return True
    if version < 160000 and createrole:
        return not conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (role,)).fetchone()[0]
    return conn.execute("SELECT pg_has_role(session_user, %s, 'MEMBER WITH ADMIN OPTION')", (role,)).fetchone()[0]


def manifest_roles(manifest: Manifest) -> list[str]:
    r = manifest.roles
    return sorted(set(r.app) | set(r.service) | set(r.admin) | set(r.reporting)
                  | ({r.service_via} if r.service_via else set()))


def other_databases(conn: psycopg.Connection, roles: list[str]) -> dict[str, list[str]]:
    """Other databases of this server where each role owns objects or holds privileges (pg_shdepend)."""
    rows = conn.execute(
        """
        SELECT r.rolname, d.datname
        FROM pg_shdepend s
        JOIN pg_roles r ON r.oid = s.refobjid
        JOIN pg_database d ON d.oid = CASE WHEN s.dbid = 0 AND s.classid = 'pg_database'::regclass
                                           THEN s.objid ELSE s.dbid END
        WHERE s.refclassid = 'pg_authid'::regclass AND r.rolname = ANY(%s)
          AND d.datname <> current_database()
        GROUP BY 1, 2 ORDER BY 1, 2
        """,
        (roles,),
    ).fetchall()
    found: dict[str, list[str]] = {}
    for role, db in rows:
        found.setdefault(role, []).append(db)
    return found


def needed_elsewhere(conn: psycopg.Connection, url: str, roles: list[str],
                     phase: PhaseContract) -> tuple[dict[str, list[str]], list[str]]:
    """Which roles another database's tenantmig ledger still needs without BYPASSRLS, and which databases
    could not be read (so it cannot know): ({role: [databases]}, [unreadable databases]).

    Read from the databases where the roles own objects or hold privileges."""
    needs: dict[str, list[str]] = {}
    unknown: list[str] = []
    # Only databases where these roles hold something can need them (a staging copy keeps their grants and
    # policies); connecting to every database of a busy server would also block its CREATE DATABASE ... TEMPLATE.
    shared = sorted({db for dbs in other_databases(conn, roles).values() for db in dbs})
    others = [r[0] for r in conn.execute(
        "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate AND datname = ANY(%s) ORDER BY 1",
        (shared,))]
    for db in others:
        try:
            with connect(with_database(url, db), "rollback (ledger of another database)") as other:
                table = f"{ledger.SCHEMA}.snapshots"
                if not other.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()[0]:
                    continue
                if not other.execute("SELECT has_table_privilege(%s, 'SELECT')", (table,)).fetchone()[0]:
                    unknown.append(db)
                    continue
                saved = phase.snapshot("before").load(other) or {}
                handed = ledger.get_setting(other, HANDOFF_KEY, {}) or {}
        except psycopg.Error:
            unknown.append(db)
            continue
        for role in roles:
            if saved.get("bypassrls", {}).get(role) or handed.get(role):
                needs.setdefault(role, []).append(db)
    return needs, unknown


def preflight(conn: psycopg.Connection, manifest: Manifest, tables: list[str], *,
              phase: PhaseContract | None = None, direction: str = "upgrade", url: str | None = None, acknowledged: bool = False) -> Preflight:
    login, superuser, bypass, createrole, version = _role_attrs(conn)
    pre = Preflight(login, version, superuser, bypass, createrole, "")
    owned, pre.not_owned = reader.owned_tables(conn, tables)
    if superuser or bypass:
        pre.sees_every_row = f"yes, as {login} ({'superuser' if superuser else 'BYPASSRLS'})"
    elif pre.not_owned:
        pre.sees_every_row = "not for the tables it does not own"
        pre.problems.append(
            f"{login} is not a superuser, has no BYPASSRLS and does not own {', '.join(shown.table(t) for t in pre.not_owned)}: it cannot "
            "install the reader policy there, so gates could not count every row; transfer ownership "
            f"(ALTER TABLE ... OWNER TO {quote_ident(login)}) or connect as the owner")
    elif not createrole and not reader.exists(conn):
        pre.sees_every_row = "no"
        role = reader.role_of(conn)
        pre.problems.append(f"{login} has no CREATEROLE, so it cannot create its reader role {role}; ask an admin: "
                            + " ".join(as_handoff(CreateRole(role, reader.ROLE_OPTIONS), GrantRole(role, login))))
    else:
        pre.sees_every_row = (f"through its reader role {reader.role_of(conn)} and the {reader.POLICY} policy "
                              f"on each of the {len(owned)} tables it owns")
    for role in manifest.roles.service:
        row = conn.execute("SELECT rolbypassrls FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if row is None:
            continue
        pre.service_roles[role] = {"bypassrls": row[0], "can_change": can_change_bypassrls(conn, role)}
    pre.other_databases = other_databases(conn, manifest_roles(manifest))
    if not superuser:
        _create_rights(conn, manifest, pre, phase, direction)
    if phase is not None and phase.privileges.role_attributes:
        _attribute_phase(conn, manifest, pre, phase, direction, url, acknowledged)
        _views(conn, manifest, pre, phase, tables)
    return pre


def _create_rights(conn: psycopg.Connection, manifest: Manifest, pre: Preflight, phase: PhaseContract | None,
                   direction: str) -> None:
    """CREATE where the phase creates things: the database for the tenantmig schema (phase 0), and the
    schemas of the keyed tables for their indexes. Checked here, or the phase stops half-way."""
    if phase is None:
        return
    grants = []
    database = conn.info.dbname
    if phase.privileges.create_in_database and direction == "upgrade" and not conn.execute(
            "SELECT to_regnamespace(%s) IS NOT NULL OR has_database_privilege(current_database(), 'CREATE')",
            (ledger.SCHEMA,)).fetchone()[0]:
        grants += as_handoff(Grant(("CREATE",), "DATABASE", database, (pre.login,)))
    # Even the tables' owner needs CREATE on their schema for an index, both ways (a rollback may rebuild one).
    if phase.privileges.create_in_key_schemas:
        for schema in sorted({spec.schema for spec in manifest.keyed_tables()}):
            if not conn.execute("SELECT has_schema_privilege(%s, 'CREATE')", (schema,)).fetchone()[0]:
                grants += as_handoff(Grant(("CREATE",), "SCHEMA", schema, (pre.login,)))
    if grants:
        pre.handoffs.append(Handoff(
            why=f"phase {phase.number} creates objects where {pre.login} has no CREATE privilege (the tenantmig schema, "
                "indexes on the tables it owns)",
            statements=grants, who="the database or schema owner (on managed PostgreSQL: the provider's admin role)"))


def views_reading(execute, schemas: list[str], tables: list[str]) -> list[tuple[str, str | None, str, bool]]:
    """Views of `schemas` that read one of `tables` directly: (view, its security_invoker option, owner,
    whether the login has its owner's rights). Phase 5 sets the option; only the owner may."""
    return execute(
        """
        SELECT DISTINCT n.nspname || '.' || v.relname,
               (SELECT split_part(o, '=', 2) FROM unnest(v.reloptions) o WHERE o LIKE 'security\\_invoker=%%'),
               pg_get_userbyid(v.relowner), pg_has_role(session_user, v.relowner, 'USAGE')
        FROM pg_class v
        JOIN pg_namespace n ON n.oid = v.relnamespace
        JOIN pg_rewrite r ON r.ev_class = v.oid
        JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                        AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> v.oid
        WHERE v.relkind = 'v' AND n.nspname = ANY(%s) AND d.refobjid = ANY(%s::regclass[])
        ORDER BY 1
        """,
        (list(schemas), [qualify(t) for t in tables]),
    ).fetchall()


def _views(conn: psycopg.Connection, manifest: Manifest, pre: Preflight, phase: PhaseContract,
           tables: list[str]) -> None:
    """Phase 5 sets security_invoker on views reading migrated tables (15+); only a view's owner may."""
    if pre.superuser or pre.server_version < 150000:
        return
    rows = [(v, owner) for v, _option, owner, mine in views_reading(conn.execute, manifest.schemas, tables)
            if not mine]
    if rows:
        pre.handoffs.append(Handoff(
            f"phase {phase.number} sets or resets security_invoker on views that read migrated tables, and "
            f"{pre.login} does not own " + ", ".join(v for v, _ in rows),
            as_handoff(*(ViewOwner(v, pre.login) for v, _ in rows)),
            who="each view's owner (" + ", ".join(sorted({o for _, o in rows})) + ") or a superuser"))


def _attribute_phase(conn, manifest: Manifest, pre: Preflight, phase: PhaseContract, direction: str,
                     url: str | None, acknowledged: bool) -> None:
    """Phase 5 takes BYPASSRLS from the service roles; its rollback gives it back."""
    via = manifest.roles.service_via
    if via and not can_grant(conn, via):
        _via_handoff(conn, pre, phase, via, direction)
    if direction == "upgrade":
        changing = [r for r, info in pre.service_roles.items() if info["bypassrls"]]
        wanted = [r for r in changing if not pre.service_roles[r]["can_change"]]
        pre.handed_off = wanted
        statements = as_handoff(*(RoleBypassRls(r, bypass=False) for r in wanted))
    else:
        saved = phase.snapshot("before").load(conn) or {}
        had = [r for r, was in saved.get("bypassrls", {}).items() if was]
        changing = [r for r in had if r in pre.service_roles and not pre.service_roles[r]["bypassrls"]]
        if changing and url is not None:
            elsewhere, unknown = needed_elsewhere(conn, url, changing, phase)
            for role, dbs in elsewhere.items():
                if acknowledged:
                    pre.notes.append(f"{role} gets BYPASSRLS back although the tenantmig ledger of {', '.join(dbs)} "
                                     "on this server is at phase 5 or later (--roles-shared-ok): those databases now "
                                     "run with it again")
                else:
                    pre.notes.append(f"{role} keeps NOBYPASSRLS: the tenantmig ledger of {', '.join(dbs)} on this "
                                     "server is at phase 5 or later and still needs it")
            if unknown:
                pre.notes.append("could not read the tenantmig ledger of " + ", ".join(unknown)
                                 + ": whether they still need the service roles without BYPASSRLS is not known")
            if not acknowledged:
                pre.keep_without_bypassrls = sorted(elsewhere)
                changing = [r for r in changing if r not in elsewhere]
        wanted = [r for r in changing if not pre.service_roles[r]["can_change"]]
        statements = as_handoff(*(RoleBypassRls(r, bypass=True) for r in wanted))
    if changing:
        shared = {r: dbs for r, dbs in pre.other_databases.items() if r in changing}
        if shared and not acknowledged:
            pre.problems.append(
                "roles are cluster-wide: changing BYPASSRLS of " + ", ".join(sorted(shared))
                + " changes it in " + "; ".join(f"{r}: {', '.join(dbs)}" for r, dbs in sorted(shared.items()))
                + " as well; check those databases, then run again with --roles-shared-ok")
    if statements:
        verb = "take BYPASSRLS from" if direction == "upgrade" else "give BYPASSRLS back to"
        pre.handoffs.append(Handoff(
            f"phase {phase.number} must {verb} {', '.join(wanted)}, and {pre.login} may not "
            f"(PostgreSQL {pre.server_version // 10000}: "
            + ("superusers only" if pre.server_version < 160000 else "a role with BYPASSRLS and ADMIN OPTION on it")
            + "). Run these, then the same tenantmig command again",
            statements))


def _via_handoff(conn: psycopg.Connection, pre: Preflight, phase: PhaseContract, via: str, direction: str) -> None:
    """The service roles' membership in the cross-tenant role: granted by phase 5, revoked by its rollback."""
    members = {r: conn.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (r, via)).fetchone()[0]
               for r in pre.service_roles}
    if direction == "upgrade":
        wanted = [r for r, member in members.items() if not member]
        statements = as_handoff(*(GrantRole(via, r, set_only=pre.server_version >= 160000) for r in wanted))
        pre.via_handed_off = wanted
    else:
        saved = phase.snapshot("before").load(conn) or {}
        handed = set(ledger.get_setting(conn, VIA_KEY, []) or [])
        wanted = [r for r, member in members.items()
                  if member and (not saved.get("member_of_via", {}).get(r, True) or r in handed)]
        statements = as_handoff(*(RevokeRole(via, r) for r in wanted))
    if statements:
        verb = "grant" if direction == "upgrade" else "revoke"
        pre.handoffs.append(Handoff(
            f"phase {phase.number} must {verb} membership in {via} (the service roles' way across tenants "
            f"once they lose BYPASSRLS), and {pre.login} has no ADMIN OPTION on it",
            statements, who=f"a role with ADMIN OPTION on {via}"))


def enforce(conn: psycopg.Connection, pre: Preflight, phase: PhaseContract, direction: str) -> None:
    """Stop before the first change when something is missing; say what and who.

    What the phase's snapshot must remember is written first: a role whose BYPASSRLS the admin
    takes away before phase 5 runs still had it, and its rollback must give it back.
    """
    attributes = phase.privileges.role_attributes
    if attributes and direction == "upgrade" and pre.handed_off:
        handed = ledger.get_setting(conn, HANDOFF_KEY, {}) or {}
        ledger.put_setting(conn, HANDOFF_KEY, {**handed, **{r: True for r in pre.handed_off}})
    if attributes and direction == "upgrade" and pre.via_handed_off:
        handed_via = ledger.get_setting(conn, VIA_KEY, []) or []
        ledger.put_setting(conn, VIA_KEY, sorted(set(handed_via) | set(pre.via_handed_off)))
    if attributes and direction == "downgrade":
        ledger.put_setting(conn, KEEP_KEY, pre.keep_without_bypassrls)
    if pre.ok:
        return
    verb = "advance" if direction == "upgrade" else "rollback"
    lines = [f"  - {p}" for p in pre.problems]
    for h in pre.handoffs:
        lines.append(f"  - needs {h.who}: {h.why}:")
        lines += [f"        {s}" for s in h.statements]
    raise GateFailed(
        f"phase {phase.number} {direction}: privilege pre-flight as {pre.login}: nothing was changed:\n" + "\n".join(lines),
        hint=f"When done: tenantmig {verb} --phase {phase.number} (it checks the change was made and goes on). "
             "See runbooks/managed-postgres.md.",
    )


def forget_handoffs(conn: psycopg.Connection) -> None:
    """After phase 5 is rolled back: its hand-offs are history (the ledger keeps the entries)."""
    ledger.put_setting(conn, HANDOFF_KEY, {})
    ledger.put_setting(conn, VIA_KEY, [])
    ledger.put_setting(conn, KEEP_KEY, [])
