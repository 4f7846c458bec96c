"""Every schema change tenantmig makes, as an operation object: the one place DDL text is built.

An operation knows the statements it runs (each a db.Statement: the SQL, the lock it takes
as a DBA reads it, whether it may run in a transaction, the squawk rules off for it and
why) and, where it has one, its exact undo (`reverse()`). A step that only adds things
derives its downgrade from its upgrade (`undo`), so the two can never drift apart.
Identifiers and literals are quoted here (db.quote_ident, db.qualify, db.literal) and
nowhere else that writes DDL.

Online, StepContext.apply runs an operation's statements as one unit (one short
transaction under lock_timeout, retried on 55P03); offline (`plan --sql`,
`alembic upgrade --sql`) the same statements are rendered, with their lock notes and
lint exemptions, by db.Statement.rendered. What a DBA reviews is what runs.

The operations live in submodules by what they change: `tables` (columns, constraints,
indexes, NOT NULL, triggers and the tables tenantmig creates), `access` (row-level
security, policies, functions, grants, role attributes) and `bookkeeping` (tenantmig's own
schema: the ledger, moves and recorded manifests, which it creates before any phase).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tenantmig.db import Statement


class NotReversible(Exception):
    """An operation whose undo cannot be derived from it (a data change, a drop of something it did not record)."""


class Operation:
    """One schema change. Subclasses are frozen dataclasses holding names, never SQL text."""

    def statements(self) -> tuple[Statement, ...]:
        raise NotImplementedError

    def reverse(self) -> Operation:
        raise NotReversible(f"{type(self).__name__} has no derived undo")

    def text(self) -> str:
        """The statements as a DBA would type them, SQL only, each ended by ";" (for hints and hand-offs)."""
        return " ".join(statement.sql + ";" for statement in self.statements())

    def sql(self) -> str:
        """The statements as offline SQL shows them (lock notes and lint exemptions included)."""
        return ";\n".join(statement.rendered() for statement in self.statements())


class Drop(Operation):
    """A drop: reversible exactly when it was made as the reverse of what it drops (`restores`)."""

    restores: Operation | None

    def reverse(self) -> Operation:
        if self.restores is None:
            raise NotReversible(f"{type(self).__name__} of {self} was not made from what it drops")
        return self.restores


def statements_of(items: Iterable[Operation | Statement]) -> list[Statement]:
    """Operations flattened to the statements they run; a Statement passes through as it is."""
    flat: list[Statement] = []
    for item in items:
        flat.extend(item.statements() if isinstance(item, Operation) else (item,))
    return flat


def undo(operations: Sequence[Operation]) -> list[Operation]:
    """The exact undo of `operations` applied in order: each one's reverse, last first."""
    return [operation.reverse() for operation in reversed(operations)]
