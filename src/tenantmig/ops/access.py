"""Who may see and change what: row-level security, policies, functions, grants and role attributes.

Each operation holds names and clauses as data and renders its one statement here, quoted
here. The lock notes are what a DBA reads in a plan: a policy or an RLS flag takes ACCESS
EXCLUSIVE on its table for the catalog update only (db.BRIEF); a function, a grant or a role
takes no table lock at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from tenantmig.db import BRIEF, Statement, literal, qualify, quote_ident
from tenantmig.lint import IDEMPOTENT, ours
from tenantmig.ops import Drop, Operation


def roles_sql(names: tuple[str, ...]) -> str:
    """Role names as a GRANT or a policy lists them; the catalog spells PUBLIC as 'public' (never a role's name)."""
    return ", ".join("PUBLIC" if name == "public" else quote_ident(name) for name in names)


# -- row-level security flags -------------------------------------------------

@dataclass(frozen=True)
class _RowSecurityFlag(Operation):
    """ALTER TABLE ... <change> ROW LEVEL SECURITY: idempotent, so a re-run after a crash repeats it safely."""

    table: str  # qualified
    change: ClassVar[str]

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} {self.change} ROW LEVEL SECURITY", table=self.table,
                          lock=BRIEF, squawk_ignore=(IDEMPOTENT,)),)

    def reverse(self) -> Operation:
        return _SET_BACK_BY[type(self)](self.table)


class EnableRowSecurity(_RowSecurityFlag):
    change = "ENABLE"


class DisableRowSecurity(_RowSecurityFlag):
    change = "DISABLE"


class ForceRowSecurity(_RowSecurityFlag):
    change = "FORCE"


class NoForceRowSecurity(_RowSecurityFlag):
    change = "NO FORCE"


# -- policies -----------------------------------------------------------------

@dataclass(frozen=True)
class CreatePolicy(Operation):
    """A policy as data: its expressions are SQL expressions (built by policies.py and grants.py), never DDL."""

    table: str  # qualified
    name: str
    command: str = "ALL"  # ALL, SELECT, INSERT, UPDATE, DELETE
    permissive: bool = True
    roles: tuple[str, ...] = ("public",)
    using: str | None = None
    check: str | None = None

    def statements(self) -> tuple[Statement, ...]:
        parts = [f"CREATE POLICY {quote_ident(self.name)} ON {qualify(self.table)}",
                 "AS PERMISSIVE" if self.permissive else "AS RESTRICTIVE", f"FOR {self.command}",
                 f"TO {roles_sql(self.roles)}"]
        if self.using is not None:
            parts.append(f"USING ({self.using})")
        if self.check is not None:
            parts.append(f"WITH CHECK ({self.check})")
        return (Statement(" ".join(parts), table=self.table, lock=BRIEF),)

    def reverse(self) -> Operation:
        return DropPolicy(self.table, self.name)


@dataclass(frozen=True)
class DropPolicy(Operation):
    table: str
    name: str

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"DROP POLICY IF EXISTS {quote_ident(self.name)} ON {qualify(self.table)}",
                          table=self.table, lock=BRIEF),)


# -- functions ----------------------------------------------------------------

@dataclass(frozen=True)
class Function:
    """A function's identity: schema, name and argument types (what GRANT and DROP name it by)."""

    schema: str
    name: str
    args: tuple[str, ...] = ()

    @property
    def ref(self) -> str:
        """The quoted name, as a call in an expression or a signature writes it."""
        return f"{quote_ident(self.schema)}.{quote_ident(self.name)}"

    @property
    def signature(self) -> str:
        return f"{self.ref}({', '.join(self.args)})"


@dataclass(frozen=True)
class CreateFunction(Operation):
    """CREATE OR REPLACE FUNCTION; `body` is the function's code, `attributes` its volatility and security words."""

    function: Function
    returns: str
    language: str
    attributes: tuple[str, ...]  # e.g. ("STABLE", "PARALLEL SAFE")
    body: str
    arg_names: tuple[str, ...] = ()  # named parameters, in the order of function.args
    search_path: str | None = None  # pinned with a SET clause (which also keeps a SQL function from inlining)

    def statements(self) -> tuple[Statement, ...]:
        names = self.arg_names or ("",) * len(self.function.args)
        params = ", ".join(f"{quote_ident(n)} {t}" if n else t for n, t in zip(names, self.function.args))
        lines = [f"CREATE OR REPLACE FUNCTION {self.function.ref}({params}) RETURNS {self.returns}",
                 f"LANGUAGE {self.language} {' '.join(self.attributes)}"]
        if self.search_path is not None:
            lines.append(f"SET search_path = {self.search_path}")
        lines += ["AS $fn$", self.body, "$fn$"]
        return (Statement("\n".join(lines), lock="none (function)"),)


@dataclass(frozen=True)
class DropFunction(Drop):
    """DROP FUNCTION IF EXISTS of a function tenantmig created; `what` says which, for the lint exemption."""

    function: Function
    what: str
    by_name: bool = False  # named without its arguments: the only function of that name
    restores: Operation | None = None

    def statements(self) -> tuple[Statement, ...]:
        target = self.function.ref if self.by_name else self.function.signature
        return (Statement(f"DROP FUNCTION IF EXISTS {target}", lock="none",
                          squawk_ignore=(ours("ban-drop-function", self.what),)),)


@dataclass(frozen=True)
class GrantExecute(Operation):
    """EXECUTE on a function; its undo is the function's drop, which takes the grant with it."""

    function: Function
    roles: tuple[str, ...] = ("public",)

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"GRANT EXECUTE ON FUNCTION {self.function.signature} TO {roles_sql(self.roles)}",
                          lock="none"),)


# -- privileges ---------------------------------------------------------------

# What a privilege is on, and how its target is named: a relation schema-qualified, anything else by its name.
_QUALIFIED = {"TABLE": "", "SEQUENCE": "SEQUENCE "}
_NAMED = {"SCHEMA": "SCHEMA ", "DATABASE": "DATABASE ", "ALL TABLES": "ALL TABLES IN SCHEMA ",
          "ALL SEQUENCES": "ALL SEQUENCES IN SCHEMA "}


def _on(kind: str, target: str) -> str:
    if kind == "FUNCTION":
        return "FUNCTION " + target  # a signature as regprocedure prints it, quoted by PostgreSQL already
    if kind in _QUALIFIED:
        return _QUALIFIED[kind] + qualify(target)
    return _NAMED[kind] + quote_ident(target)


@dataclass(frozen=True)
class _Privileges(Operation):
    """GRANT or REVOKE privileges ON a table, sequence, schema, database, or all tables or sequences in a schema."""

    privileges: tuple[str, ...]
    kind: str  # TABLE, SEQUENCE, SCHEMA, DATABASE, ALL TABLES, ALL SEQUENCES, FUNCTION
    target: str  # qualified for a table or sequence, else a name
    roles: tuple[str, ...]
    verb: ClassVar[str]

    def statements(self) -> tuple[Statement, ...]:
        to = "TO" if self.verb == "GRANT" else "FROM"
        return (Statement(f"{self.verb} {', '.join(self.privileges)} ON {_on(self.kind, self.target)} "
                          f"{to} {roles_sql(self.roles)}", lock="none"),)

    def reverse(self) -> Operation:
        # Exact for what tenantmig grants: privileges on objects it created, or ones a step grants
        # only after reading that the role lacks them.
        return _SET_BACK_BY[type(self)](self.privileges, self.kind, self.target, self.roles)


class Grant(_Privileges):
    verb = "GRANT"


class Revoke(_Privileges):
    verb = "REVOKE"


# Each flag or privilege change, and the one that sets it back.
_SET_BACK_BY: dict[type[Operation], type[Operation]] = {
    EnableRowSecurity: DisableRowSecurity, DisableRowSecurity: EnableRowSecurity,
    ForceRowSecurity: NoForceRowSecurity, NoForceRowSecurity: ForceRowSecurity,
    Grant: Revoke, Revoke: Grant,
}


@dataclass(frozen=True)
class DefaultPrivileges(Operation):
    """ALTER DEFAULT PRIVILEGES IN SCHEMA ... GRANT (or REVOKE) ... ON TABLES: what tables created later get."""

    schema: str
    privileges: tuple[str, ...]
    role: str
    grant: bool = True

    def statements(self) -> tuple[Statement, ...]:
        change = (f"GRANT {', '.join(self.privileges)} ON TABLES TO" if self.grant
                  else f"REVOKE {', '.join(self.privileges)} ON TABLES FROM")
        return (Statement(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {quote_ident(self.schema)} {change} "
                          f"{quote_ident(self.role)}", lock="none"),)

    def reverse(self) -> Operation:
        return DefaultPrivileges(self.schema, self.privileges, self.role, not self.grant)


# -- roles --------------------------------------------------------------------

@dataclass(frozen=True)
class CreateRole(Operation):
    name: str
    options: tuple[str, ...] = ()  # e.g. ("NOLOGIN", "NOINHERIT")

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(" ".join([f"CREATE ROLE {quote_ident(self.name)}", *self.options]), lock="none"),)

    def reverse(self) -> Operation:
        return DropRole(self.name)


@dataclass(frozen=True)
class DropRole(Operation):
    name: str
    if_exists: bool = False  # a sweep of roles another session may drop first (servers.drop_database)

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"DROP ROLE {'IF EXISTS ' if self.if_exists else ''}{quote_ident(self.name)}", lock="none"),)


@dataclass(frozen=True)
class RoleBypassRls(Operation):
    """BYPASSRLS given or taken. Roles are cluster-wide: this changes the role in every database of the server."""

    role: str
    bypass: bool

    def statements(self) -> tuple[Statement, ...]:
        attribute = "BYPASSRLS" if self.bypass else "NOBYPASSRLS"
        return (Statement(f"ALTER ROLE {quote_ident(self.role)} {attribute}", lock="none (role attribute)"),)

    def reverse(self) -> Operation:
        return RoleBypassRls(self.role, not self.bypass)


@dataclass(frozen=True)
class GrantRole(Operation):
    """Membership of `member` in `role`; `set_only` (PostgreSQL 16+): it may SET ROLE, and inherits nothing."""

    role: str
    member: str
    set_only: bool = False

    def statements(self) -> tuple[Statement, ...]:
        options = " WITH INHERIT FALSE, SET TRUE" if self.set_only else ""
        return (Statement(f"GRANT {quote_ident(self.role)} TO {quote_ident(self.member)}{options}",
                          lock="none (role membership)"),)

    def reverse(self) -> Operation:
        return RevokeRole(self.role, self.member)


@dataclass(frozen=True)
class RevokeRole(Operation):
    role: str
    member: str

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"REVOKE {quote_ident(self.role)} FROM {quote_ident(self.member)}",
                          lock="none (role membership)"),)


# -- views --------------------------------------------------------------------

@dataclass(frozen=True)
class ViewSecurityInvoker(Operation):
    """A view's security_invoker option set to `value` ('true', 'false'), or reset to the default (None).

    Without it a view reads its tables with its owner's rights, past RLS (PostgreSQL 15+).
    """

    view: str  # qualified
    value: str | None = "true"

    def statements(self) -> tuple[Statement, ...]:
        change = "RESET (security_invoker)" if self.value is None else f"SET (security_invoker = {self.value})"
        return (Statement(f"ALTER VIEW {qualify(self.view)} {change}", table=self.view, lock=BRIEF),)


@dataclass(frozen=True)
class ViewOwner(Operation):
    """ALTER VIEW ... OWNER TO: what an admin runs so that tenantmig may set a view's options (only its owner may)."""

    view: str
    owner: str

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER VIEW {qualify(self.view)} OWNER TO {quote_ident(self.owner)}", table=self.view,
                          lock=BRIEF),)


# -- the rollout switches -----------------------------------------------------

ROLLOUT = "tenantmig.rollout"
ENFORCED = Function("tenantmig", "enforced", ("text",))

# SECURITY DEFINER: application roles must consult the switches without being able
# to read or change the table that holds them.
_ENFORCED_FUNCTION = CreateFunction(
    ENFORCED, returns="boolean", language="sql", attributes=("STABLE", "SECURITY DEFINER"), arg_names=("target",),
    search_path="pg_catalog, pg_temp", body="""
    SELECT EXISTS (
        SELECT 1 FROM tenantmig.rollout r
        WHERE r.scope = 'all'
           OR (r.scope = 'table' AND r.value = target)
           OR (r.scope = 'tenant' AND r.value = (SELECT tenantmig.current_tenant())::text)
    )""".strip("\n"))


@dataclass(frozen=True)
class CreateRolloutSwitches(Operation):
    """The switches phase 4's transition policies read, and tenantmig.enforced() that reads them for any caller."""

    def statements(self) -> tuple[Statement, ...]:
        table = Statement(f"""
CREATE TABLE IF NOT EXISTS {qualify(ROLLOUT)} (
    scope text NOT NULL CHECK (scope IN ('all', 'table', 'tenant')),
    value text NOT NULL DEFAULT '',
    enabled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    enabled_by text NOT NULL DEFAULT session_user,
    PRIMARY KEY (scope, value)
)""".strip(), lock="new table")
        return (table, *_ENFORCED_FUNCTION.statements(), *GrantExecute(ENFORCED).statements())

    def reverse(self) -> Operation:
        return DropRolloutSwitches()


@dataclass(frozen=True)
class DropRolloutSwitches(Operation):
    """The switches and their function dropped, whichever of them is there (a re-run after a crash)."""

    def statements(self) -> tuple[Statement, ...]:
        function = DropFunction(ENFORCED, "the rollout switch helper")
        return (*function.statements(),
                Statement(f"DROP TABLE IF EXISTS {qualify(ROLLOUT)}", lock=f"ACCESS EXCLUSIVE on {ROLLOUT}",
                          squawk_ignore=(ours("ban-drop-table", "the rollout switches table in the tenantmig schema"),)))


@dataclass(frozen=True)
class RestoreRolloutSwitch(Operation):
    """A switch put back as it was recorded (phase 6's downgrade); one already there is kept."""

    scope: str
    value: str

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"INSERT INTO {qualify(ROLLOUT)} (scope, value) VALUES ({literal(self.scope)}, "
                          f"{literal(self.value)}) ON CONFLICT DO NOTHING"),)
