"""What tenantmig changes in tables: columns, constraints, indexes, NOT NULL, triggers, its own tables.

Each operation holds names (a table as `schema.name`, the way the manifest and the catalog spell
it), never SQL text, and renders the statement with the lock note and the squawk exemptions a
DBA reads beside it. A creating operation's reverse() is the drop that removes exactly it, and
that drop's reverse() is the creating operation again (`restores`): a downgrade built with
ops.undo puts back nothing it did not take. A drop built on its own (no `restores`) has no undo.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from tenantmig.db import BRIEF, Statement, qualify, quote_ident
from tenantmig.expressions import PINNED_SEARCH_PATH, dollar_tag
from tenantmig.lint import GUARDED_ADD, IDEMPOTENT, RECREATED_ADD, Exemption, ours
from tenantmig.ops import Drop, Operation
from tenantmig.ops.access import DropFunction, Function

BUILD = "SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)"
# Dropping a foreign key removes the triggers it put on the referenced table as well.
DROP_FOREIGN_KEY = "ACCESS EXCLUSIVE on both tables, catalog only (milliseconds)"
ADD_FOREIGN_KEY = "SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)"
_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}


def _names(columns: Iterable[str]) -> str:
    return ", ".join(quote_ident(c) for c in columns)


def _schema(table: str) -> str:
    return table.partition(".")[0]


def _index(table: str, name: str) -> str:
    """An index is named in its table's schema."""
    return f"{quote_ident(_schema(table))}.{quote_ident(name)}"


def _function(function: tuple[str, str]) -> str:
    return Function(*function).ref


# -- columns ---------------------------------------------------------------------------

@dataclass(frozen=True)
class AddColumn(Operation):
    """A nullable column without a default: a catalog-only change, no table rewrite."""

    table: str
    column: str
    type: str  # a type name as the manifest gives it (tenancy.type)
    what: str = "a column"  # the exemption's words for its drop

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} ADD COLUMN IF NOT EXISTS {quote_ident(self.column)} "
                          f"{self.type}", table=self.table, lock=BRIEF),)

    def reverse(self) -> Operation:
        return DropColumn(self.table, self.column, self.what, restores=self)


@dataclass(frozen=True)
class DropColumn(Drop):
    table: str
    column: str
    what: str
    restores: Operation | None = None

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} DROP COLUMN IF EXISTS {quote_ident(self.column)}",
                          table=self.table, lock=BRIEF, squawk_ignore=(ours("ban-drop-column", self.what),)),)


@dataclass(frozen=True)
class SetNotNull(Operation):
    """Run only once a valid CHECK (column IS NOT NULL) exists: PostgreSQL then skips the scan."""

    table: str
    column: str
    why_undone: str = "undoes tenantmig's own SET NOT NULL"  # the exemption's words for its reverse

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} ALTER COLUMN {quote_ident(self.column)} SET NOT NULL",
                          table=self.table, lock="ACCESS EXCLUSIVE, no scan (the valid CHECK proves it)",
                          squawk_ignore=(IDEMPOTENT,)),)

    def reverse(self) -> Operation:
        return DropNotNull(self.table, self.column, self.why_undone)


@dataclass(frozen=True)
class DropNotNull(Operation):
    table: str
    column: str
    why: str

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} ALTER COLUMN {quote_ident(self.column)} DROP NOT NULL",
                          table=self.table, lock=BRIEF, squawk_ignore=(IDEMPOTENT, ("ban-drop-not-null", self.why))),)

    def reverse(self) -> Operation:
        return SetNotNull(self.table, self.column, self.why)


# -- constraints -------------------------------------------------------------------------

@dataclass(frozen=True)
class AddForeignKey(Operation):
    """A foreign key added NOT VALID (catalog only); rows already there are checked by ValidateConstraint.

    `guard` is why PostgreSQL's missing ADD CONSTRAINT IF NOT EXISTS is safe here: the step adds it
    only while it is absent (GUARDED_ADD), or drops it IF EXISTS in the same unit first (recreated()).
    """

    table: str
    name: str
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]
    what: str | None = "a foreign key"  # the exemption's words for its drop; None: not one of ours
    on_update: str = "a"  # pg_constraint's letters
    on_delete: str = "a"
    delete_set: tuple[str, ...] = ()  # ON DELETE SET NULL/DEFAULT (these columns)
    match_full: bool = False
    deferrable: str = ""  # "", "DEFERRABLE" or "DEFERRABLE INITIALLY DEFERRED" (catalog.ForeignKey)
    guard: Exemption | None = GUARDED_ADD

    def definition(self) -> str:
        clauses = [f"FOREIGN KEY ({_names(self.columns)}) REFERENCES {qualify(self.ref_table)} "
                   f"({_names(self.ref_columns)})"]
        if self.match_full:
            clauses.append("MATCH FULL")
        if self.on_update != "a":
            clauses.append(f"ON UPDATE {_ACTIONS[self.on_update]}")
        if self.on_delete != "a":
            clauses.append(f"ON DELETE {_ACTIONS[self.on_delete]}")
            if self.delete_set:
                clauses.append(f"({_names(self.delete_set)})")
        if self.deferrable:
            clauses.append(self.deferrable)
        return " ".join(clauses)

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} ADD CONSTRAINT {quote_ident(self.name)} "
                          f"{self.definition()} NOT VALID", table=self.table, lock=ADD_FOREIGN_KEY,
                          squawk_ignore=(self.guard,) if self.guard else ()),)

    def reverse(self) -> Operation:
        return DropConstraint(self.table, self.name, self.what, lock=DROP_FOREIGN_KEY, restores=self)

    def recreated(self) -> list[Operation]:
        """Dropped and added again in one unit: back to NOT VALID with no scan (a valid constraint
        cannot be marked NOT VALID in place)."""
        return [self.reverse(), replace(self, guard=RECREATED_ADD)]


@dataclass(frozen=True)
class AddNotNullCheck(Operation):
    """CHECK (column IS NOT NULL) NOT VALID: catalog only; once validated, SET NOT NULL needs no scan."""

    table: str
    name: str
    column: str
    what: str = "a NOT NULL check"

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} ADD CONSTRAINT {quote_ident(self.name)} "
                          f"CHECK ({quote_ident(self.column)} IS NOT NULL) NOT VALID",
                          table=self.table, lock=BRIEF, squawk_ignore=(GUARDED_ADD,)),)

    def reverse(self) -> Operation:
        return DropConstraint(self.table, self.name, self.what, lock=BRIEF, restores=self)


@dataclass(frozen=True)
class AddUniqueUsingIndex(Operation):
    """A unique constraint over a unique index built beforehand (CONCURRENTLY): catalog only."""

    table: str
    name: str  # the constraint takes the index's name
    deferrable: str = ""
    what: str = "a unique key"

    def statements(self) -> tuple[Statement, ...]:
        deferrable = f" {self.deferrable}" if self.deferrable else ""
        return (Statement(f"ALTER TABLE {qualify(self.table)} ADD CONSTRAINT {quote_ident(self.name)} UNIQUE USING "
                          f"INDEX {quote_ident(self.name)}{deferrable}", table=self.table, lock=BRIEF),)


@dataclass(frozen=True)
class AddConstraintAsDefined(Operation):
    """A constraint put back as the catalog described it (pg_get_constraintdef), NOT VALID: one
    tenantmig replaced and restores exactly. The definition is the catalog's text, never built here."""

    table: str
    name: str
    definition: str
    lock: str = ADD_FOREIGN_KEY

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} ADD CONSTRAINT {quote_ident(self.name)} "
                          f"{self.definition} NOT VALID", table=self.table, lock=self.lock),)


@dataclass(frozen=True)
class ValidateConstraint(Operation):
    """A scan under SHARE UPDATE EXCLUSIVE: reads and writes continue, so it may run as long as it takes."""

    table: str
    name: str
    lock: str
    ignore: tuple[Exemption, ...] = (IDEMPOTENT,)

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER TABLE {qualify(self.table)} VALIDATE CONSTRAINT {quote_ident(self.name)}",
                          table=self.table, lock=self.lock, long=True, squawk_ignore=self.ignore),)


@dataclass(frozen=True)
class DropConstraint(Drop):
    table: str
    name: str
    what: str | None  # None: not one of tenantmig's, no exemption claimed
    lock: str = BRIEF
    restores: Operation | None = None

    def statements(self) -> tuple[Statement, ...]:
        ignore = (ours("ban-drop-constraint", self.what),) if self.what else ()
        return (Statement(f"ALTER TABLE {qualify(self.table)} DROP CONSTRAINT IF EXISTS {quote_ident(self.name)}",
                          table=self.table, lock=self.lock, squawk_ignore=ignore),)


# -- indexes -------------------------------------------------------------------------------

@dataclass(frozen=True)
class CreateIndex(Operation):
    """An index on plain columns. CONCURRENTLY by default (no writer blocked, outside any transaction);
    `only`: ON ONLY a partitioned table, a catalog entry that is valid once every partition's is attached."""

    table: str
    name: str
    columns: tuple[str, ...]
    unique: bool = False
    only: bool = False

    def statements(self) -> tuple[Statement, ...]:
        kind = "UNIQUE INDEX" if self.unique else "INDEX"
        if self.only:
            return (Statement(f"CREATE {kind} IF NOT EXISTS {quote_ident(self.name)} ON ONLY {qualify(self.table)} "
                              f"({_names(self.columns)})", table=self.table,
                              lock="SHARE on the partitioned table, catalog only (no data is read)"),)
        return (Statement(f"CREATE {kind} CONCURRENTLY IF NOT EXISTS {quote_ident(self.name)} ON "
                          f"{qualify(self.table)} ({_names(self.columns)})", table=self.table, lock=BUILD,
                          transactional=False),)

    def reverse(self) -> Operation:
        return DropIndex(self.table, self.name, concurrently=not self.only, restores=self)


@dataclass(frozen=True)
class CreateIndexAsDefined(Operation):
    """A unique btree index built CONCURRENTLY on the key parts the catalog printed for another one
    (pg_get_indexdef after `USING btree (`: expressions, INCLUDE and WHERE kept as they were), behind
    `lead` columns: a unique key rebuilt to lead with the tenant key, or the original put back."""

    table: str
    name: str
    parts: str  # the catalog's text, e.g. `code, lower(label)) WHERE (active)`; never built here
    lead: tuple[str, ...] = ()

    def statements(self) -> tuple[Statement, ...]:
        lead = "".join(f"{quote_ident(c)}, " for c in self.lead)
        return (Statement(f"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS {quote_ident(self.name)} ON "
                          f"{qualify(self.table)} USING btree ({lead}{self.parts}", table=self.table, lock=BUILD,
                          transactional=False),)

    def reverse(self) -> Operation:
        return DropIndex(self.table, self.name, restores=self)


@dataclass(frozen=True)
class AttachIndex(Operation):
    """A partition's index attached to its parent's (ON ONLY) index: catalog only."""

    table: str  # the partition
    parent_table: str
    parent_index: str
    index: str

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ALTER INDEX {_index(self.parent_table, self.parent_index)} ATTACH PARTITION "
                          f"{_index(self.table, self.index)}", table=self.table,
                          lock="SHARE UPDATE EXCLUSIVE on the partition, catalog only"),)


@dataclass(frozen=True)
class DropIndex(Drop):
    """CONCURRENTLY blocks no writer; a partitioned index cannot be dropped so, and takes its partitions' along."""

    table: str
    name: str
    concurrently: bool = True
    restores: Operation | None = None

    def statements(self) -> tuple[Statement, ...]:
        if self.concurrently:
            return (Statement(f"DROP INDEX CONCURRENTLY IF EXISTS {_index(self.table, self.name)}", table=self.table,
                              lock="SHARE UPDATE EXCLUSIVE, no writes blocked", transactional=False),)
        return (Statement(f"DROP INDEX IF EXISTS {_index(self.table, self.name)}", table=self.table,
                          lock="ACCESS EXCLUSIVE on the table and its partitions, catalog only (brief)"),)


# -- trigger functions and triggers ----------------------------------------------------------

@dataclass(frozen=True)
class TriggerFunction(Operation):
    """A PL/pgSQL trigger function run with the caller's rights and a search_path no caller can redirect.

    `body` is the function's code (DECLARE ... BEGIN ... END), written by the phase that owns it.
    """

    function: tuple[str, str]  # (schema, name)
    body: str
    what: str = "a trigger function"

    def statements(self) -> tuple[Statement, ...]:
        tag = dollar_tag(self.body)
        return (Statement(f"""
CREATE OR REPLACE FUNCTION {_function(self.function)}() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = {PINNED_SEARCH_PATH}
AS {tag}{self.body}{tag}""".strip(), lock="none (function)"),)

    def reverse(self) -> Operation:
        return DropFunction(Function(*self.function), self.what, restores=self)


@dataclass(frozen=True)
class CreateTrigger(Operation):
    """FOR EACH ROW; `when` is a condition on OLD/NEW the owning phase writes."""

    table: str
    name: str
    timing: str  # BEFORE | AFTER
    events: tuple[str, ...]  # INSERT, UPDATE, DELETE
    function: tuple[str, str]
    update_of: tuple[str, ...] = ()  # UPDATE OF these columns only
    when: str = ""

    def statements(self) -> tuple[Statement, ...]:
        events = " OR ".join(f"{e} OF {_names(self.update_of)}" if e == "UPDATE" and self.update_of else e
                             for e in self.events)
        when = f" WHEN ({self.when})" if self.when else ""
        return (Statement(f"CREATE OR REPLACE TRIGGER {quote_ident(self.name)} {self.timing} {events} ON "
                          f"{qualify(self.table)} FOR EACH ROW{when} EXECUTE FUNCTION {_function(self.function)}()",
                          table=self.table, lock="SHARE ROW EXCLUSIVE, brief"),)

    def reverse(self) -> Operation:
        return DropTrigger(self.table, self.name, restores=self)


@dataclass(frozen=True)
class DropTrigger(Drop):
    table: str
    name: str
    restores: Operation | None = None

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"DROP TRIGGER IF EXISTS {quote_ident(self.name)} ON {qualify(self.table)}",
                          table=self.table, lock="ACCESS EXCLUSIVE, brief"),)


# -- statistics --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Analyze(Operation):
    """Fresh statistics, so the planner knows the new key (a read of a sample: writers continue)."""

    table: str

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"ANALYZE {qualify(self.table)}", table=self.table,
                          lock="SHARE UPDATE EXCLUSIVE, reads and writes continue", long=True),)


# -- the tables phase 1 creates ------------------------------------------------------------------

@dataclass(frozen=True)
class CreateTenantsTable(Operation):
    table: str
    key: str
    key_type: str
    what: str = "the tenants table phase 1 created"

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"CREATE TABLE IF NOT EXISTS {qualify(self.table)} ({quote_ident(self.key)} {self.key_type} "
                          "PRIMARY KEY, name text, created_at timestamptz NOT NULL DEFAULT now())", lock="new table"),)

    def reverse(self) -> Operation:
        return DropTable(self.table, self.what, restores=self)


@dataclass(frozen=True)
class CreateMembershipsTable(Operation):
    """User to tenant, one row per pair; the tenant column references the tenants table."""

    table: str
    user_column: str
    tenant_column: str
    key_type: str
    tenants_table: str
    tenants_key: str
    what: str = "the memberships table phase 1 created"

    def statements(self) -> tuple[Statement, ...]:
        user, tenant = quote_ident(self.user_column), quote_ident(self.tenant_column)
        return (Statement(f"CREATE TABLE IF NOT EXISTS {qualify(self.table)} ({user} bigint NOT NULL, "
                          f"{tenant} {self.key_type} NOT NULL REFERENCES {qualify(self.tenants_table)} "
                          f"({quote_ident(self.tenants_key)}), PRIMARY KEY ({user}, {tenant}))", lock="new table"),)

    def reverse(self) -> Operation:
        return DropTable(self.table, self.what, restores=self)


@dataclass(frozen=True)
class DropTable(Drop):
    table: str
    what: str
    restores: Operation | None = None

    def statements(self) -> tuple[Statement, ...]:
        return (Statement(f"DROP TABLE IF EXISTS {qualify(self.table)}", lock=BRIEF,
                          squawk_ignore=(ours("ban-drop-table", self.what),)),)

