"""What a revision step runs in: the manifest, a fresh catalog, and a way to apply SQL safely.

A revision shim does `with step("p3_01_check_not_valid") as ctx: phase.add_checks(ctx)`.
Online, the step leaves Alembic's transaction (autocommit block) so that each unit
of statements is its own short transaction under lock_timeout, retried on 55P03;
Alembic stamps the version table only after the whole step returned. Offline
(`alembic upgrade --sql`, `tenantmig plan --sql`) the same units are rendered as SQL.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
import sqlalchemy as sa
import structlog

from tenantmig import catalog as catalog_mod
from tenantmig import faults, ledger
from tenantmig import options as options_mod
from tenantmig.db import LockPolicy, Statement, run_unit, unit_sql
from tenantmig.errors import UsageError
from tenantmig.manifest import Manifest
from tenantmig.ops import Operation, statements_of

log = structlog.get_logger("tenantmig.step")

@dataclass
class Runtime:
    """Everything a step needs besides the connection; handed to Alembic in config.attributes."""

    manifest: Manifest
    lock_policy: LockPolicy = field(default_factory=LockPolicy)
    options: options_mod.RunOptions = field(default_factory=options_mod.RunOptions)
    offline_catalog: Callable[[], catalog_mod.Catalog] | None = None
    events: list[dict[str, Any]] = field(default_factory=list)  # what the steps did, for the result
    planned: list[tuple[str, Statement]] | None = None  # offline: (revision, statement) as rendered, for plans


class StepContext:
    def __init__(
        self,
        runtime: Runtime,
        revision: str,
        *,
        bind: sa.Connection | None,
        raw: psycopg.Connection | None,
        emit: Callable[[str], None] | None = None,
    ):
        self.runtime = runtime
        self.manifest = runtime.manifest
        self.revision = revision
        self.bind = bind
        self.raw = raw
        self._emit = emit
        self._units = 0
        self._catalog: catalog_mod.Catalog | None = None
        self._changed: set[str] = set()  # tables changed since the catalog was read

    @property
    def offline(self) -> bool:
        return self.raw is None

    @property
    def catalog(self) -> catalog_mod.Catalog:
        """The catalog as of the last unit applied (re-read after changes)."""
        if self._catalog is None:
            if self.offline:
                if self.runtime.offline_catalog is None:
                    raise UsageError(
                        "rendering SQL needs a database to read the catalog from",
                        hint="Set TENANTMIG_DATABASE_URL (read only: nothing is changed).",
                    )
                self._catalog = self.runtime.offline_catalog()
            else:
                self._catalog = catalog_mod.read(self.bind, self._schemas())
        elif self._changed:
            self._catalog = self._refreshed(self._catalog, self._changed)
        self._changed = set()
        return self._catalog

    def _schemas(self) -> tuple[str, ...]:
        return tuple(self.manifest.schemas) + (self.manifest.tenants_schema,)

    def _refreshed(self, known: catalog_mod.Catalog, changed: set[str]) -> catalog_mod.Catalog:
        """`known` with the changed tables read again, and every table their change can show in.

        That is a table's partitions and the partitioned tables above it (a column or index added
        to a partitioned table reaches its partitions), and the tables its foreign keys reference,
        before and after the change (a parent's unique key lists the foreign keys that use it).
        A name the catalog does not hold (a table just created, or a name spelt otherwise) means a
        full read: refreshing too much costs time, refreshing too little would hand a step a stale
        catalog.
        """
        if not changed <= known.tables.keys():
            return catalog_mod.read(self.bind, self._schemas())
        related = set(changed)
        for name in changed:
            related.update(t.qualified for t in known.partitions(name))
            parent = known.tables[name].parent
            while parent is not None and parent in known.tables:
                related.add(parent)
                parent = known.tables[parent].parent
        related |= {fk.ref_table for name in list(related) for fk in known.tables[name].foreign_keys}
        fresh = catalog_mod.read(self.bind, self._schemas(), only=related)
        referenced = {fk.ref_table for t in fresh.tables.values() for fk in t.foreign_keys} - related
        if referenced:
            more = catalog_mod.read(self.bind, self._schemas(), only=referenced)
            fresh.tables.update(more.tables)
            related |= referenced
        tables = {name: table for name, table in known.tables.items() if name not in related}
        tables.update(fresh.tables)
        return dataclasses.replace(known, tables=tables, roles=fresh.roles)

    def apply(self, *changes: Operation | Statement, prepare: Callable[[], None] | None = None) -> None:
        """Run operations (or statements) as one unit: one short transaction, retried on lock timeouts.

        `prepare` (online only) runs before every attempt; see db.run_unit.
        """
        statements = statements_of(changes)
        if not statements:
            return
        if self.offline:
            if self.runtime.planned is not None:
                self.runtime.planned.extend((self.revision, statement) for statement in statements)
            # The same transaction and settings the online run uses, so what a DBA reviews
            # (and squawk lints) is what runs.
            for sql in unit_sql(statements, self.runtime.lock_policy):
                self._emit(sql)
            return
        run_unit(self.raw, statements, self.runtime.lock_policy, prepare)
        changed = {statement.table for statement in statements}
        if None in changed:
            # A statement on no one table (a role, a function, a schema): read everything again.
            self._catalog = None
            self._changed = set()
        else:
            self._changed |= changed
        self._units += 1
        self.crash_point(str(self._units))

    def index_valid(self, schema: str, name: str) -> bool | None:
        """None if the index does not exist, else whether it is valid; offline, always absent."""
        if self.offline:
            return None
        row = self.execute(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s",
            (schema, name),
        ).fetchone()
        return None if row is None else row[0]

    def build_index(self, create: Operation) -> None:
        """`create` (a CREATE ... INDEX CONCURRENTLY IF NOT EXISTS operation holding `table` and `name`)
        unless the index is there and valid.

        An interrupted or timed-out concurrent build leaves an INVALID index: unusable, still
        maintained on every write, and IF NOT EXISTS would skip it. It is dropped before every
        attempt, not only the first.
        """
        schema = create.table.partition(".")[0]
        if self.index_valid(schema, create.name):
            return

        def drop_invalid_leftover() -> None:
            if self.index_valid(schema, create.name) is False:
                self.note("index.invalid_rebuilt", table=create.table, index=create.name)
                for statement in create.reverse().statements():
                    self.execute(statement.sql)

        self.apply(create, prepare=None if self.offline else drop_invalid_leftover)

    def execute(self, sql: str, params: Any = None) -> psycopg.Cursor:
        """Procedural work (backfill batches, snapshots); online only."""
        assert self.raw is not None, "procedural SQL runs online only"
        return self.raw.execute(sql, params)

    def emit(self, sql: str) -> None:
        """Offline only: show what a procedural step would run."""
        if self.offline:
            self._emit(sql)

    def snapshot(self, phase: int, name: str, observe: Callable[[], Any]) -> Any:
        """The state recorded before a phase's first change, saved once.

        A re-run after a crash gets the state from before the first attempt, not the
        half-changed one the crash left; offline, the current state is observed.
        """
        if self.offline:
            return observe()
        found = ledger.load_snapshot(self.raw, phase, name)
        if found is not None:
            return found
        return ledger.save_snapshot(self.raw, phase, name, observe())

    def note(self, event: str, **fields: Any) -> None:
        if self.offline:
            # Offline output is SQL on stdout: a note is a comment there, never a log line in the middle.
            self._emit("-- " + event + ": " + ", ".join(f"{k}={v}" for k, v in fields.items()))
            return
        log.info(event, revision=self.revision, **fields)
        self.runtime.events.append({"event": event, "revision": self.revision, **fields})

    def crash_point(self, name: str) -> None:
        if not self.offline:
            faults.reached(self.revision, name)


def runtime_from_alembic() -> Runtime:
    from alembic import context

    runtime = context.config.attributes.get("tenantmig")
    if runtime is None:
        raise UsageError("tenantmig revisions need their runtime; run them through tenantmig or migrations/env.py")
    return runtime


@contextlib.contextmanager
def step(revision: str) -> Iterator[StepContext]:
    from alembic import context, op

    runtime = runtime_from_alembic()
    if context.is_offline_mode():
        # Offline the block renders as COMMIT ... BEGIN around the step: its units show as
        # the separate transactions (and CONCURRENTLY statements outside any) they are online.
        with op.get_context().autocommit_block():
            yield StepContext(runtime, revision, bind=None, raw=None, emit=_offline_emit)
        return
    with op.get_context().autocommit_block():
        bind = op.get_bind()
        raw = bind.connection.dbapi_connection
        ctx = StepContext(runtime, revision, bind=bind, raw=raw)
        log.info("step.start", revision=revision)
        ctx.crash_point("start")
        yield ctx
        ctx.crash_point("end")
        log.info("step.done", revision=revision, units=ctx._units)


def _offline_emit(sql: str) -> None:
    from alembic import op

    # static_output, not op.execute: a comment-only chunk must not get a ";" of its own,
    # and a squawk-ignore comment must stand on the line right above its statement.
    impl = op.get_context().impl
    only_comments = all(line.lstrip().startswith("--") for line in sql.strip().splitlines())
    impl.static_output(sql if only_comments else sql + impl.command_terminator)
