"""Where the chain stands, which revisions a command runs, and moving it: Alembic driven on a connection tenantmig owns."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from tenantmig.errors import StateError, UsageError
from tenantmig.ledger import SCHEMA, VERSION_TABLE
from tenantmig.phases import PHASES, REVISIONS, Phase, phase, phase_of, previous
from tenantmig.resources import migrations_dir
from tenantmig.steps import Runtime


def phase_asked(number: int) -> Phase:
    """Phase `number` as a command names it; a UsageError naming the range if there is none."""
    try:
        return phase(number)
    except KeyError:
        raise UsageError(f"there is no phase {number}: phases are 0 to {PHASES[-1].number}") from None


@dataclass(frozen=True)
class ChainState:
    revision: str | None  # the last revision applied, None before phase 0

    @property
    def index(self) -> int:
        return REVISIONS.index(self.revision) if self.revision else -1

    def phase_state(self, phase: Phase) -> str:
        first, head = REVISIONS.index(phase.revisions[0]), REVISIONS.index(phase.head)
        if self.index >= head:
            return "applied"
        if self.index >= first:
            return "partial"
        return "pending"

    @property
    def current_phase(self) -> int | None:
        """The highest phase applied completely (None: not even phase 0)."""
        applied = [p.number for p in PHASES if self.phase_state(p) == "applied"]
        return max(applied) if applied else None

    @property
    def partial_phase(self) -> Phase | None:
        if self.revision is None:
            return None
        phase = phase_of(self.revision)
        return phase if self.revision != phase.head else None

    def describe(self) -> str:
        if self.revision is None:
            return "before phase 0"
        partial = self.partial_phase
        if partial:
            done = partial.revisions.index(self.revision) + 1
            return (f"part-way through phase {partial.number} ({partial.name}): {done} of "
                    f"{len(partial.revisions)} steps done, at revision {self.revision}")
        return f"at phase {self.current_phase} ({phase_of(self.revision).name})"


def read_state(conn: psycopg.Connection) -> ChainState:
    exists = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.{VERSION_TABLE}",)).fetchone()[0]
    if not exists:
        return ChainState(None)
    row = conn.execute(f"SELECT version_num FROM {SCHEMA}.{VERSION_TABLE}").fetchone()
    return ChainState(row[0] if row else None)


def alembic_config(runtime: Runtime, connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["tenantmig"] = runtime
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def move(engine: sa.Engine, runtime: Runtime, *, target: str, upgrade: bool) -> None:
    """Upgrade or downgrade to `target` (a revision id, or "base")."""
    with engine.connect() as connection:
        config = alembic_config(runtime, connection)
        if upgrade:
            command.upgrade(config, target)
        else:
            command.downgrade(config, target)
        connection.commit()


def target_below(phase: Phase) -> str:
    """The revision a rollback of `phase` goes to: the head of the phase before, or base."""
    below = previous(phase)
    return "base" if below is None else below.head


def revisions_to_run(state: ChainState, target: Phase, direction: str) -> tuple[str, ...]:
    """The revisions this command runs, or () if there is nothing to do; a StateError if out of order."""
    partial = state.partial_phase
    current = state.current_phase
    where = state.describe()
    if direction == "upgrade":
        if partial is not None:
            if partial.number != target.number:
                raise StateError(
                    f"the database is {where}",
                    hint=f"Finish it with `tenantmig advance --phase {partial.number}` "
                    f"or undo it with `tenantmig rollback --phase {partial.number}`.",
                )
            done = partial.revisions.index(state.revision) + 1
            return partial.revisions[done:]
        if current is not None and current >= target.number:
            if current == target.number:
                return ()
            raise StateError(f"the database is {where}, past phase {target.number}",
                             hint=f"To go back, roll back one phase at a time from phase {current}.")
        expected = -1 if current is None else current
        if target.number != expected + 1:
            raise StateError(
                f"cannot advance to phase {target.number}: the database is {where}",
                hint=f"Phases run in order: next is `tenantmig advance --phase {expected + 1}`.",
            )
        return target.revisions
    # downgrade
    if partial is not None:
        if partial.number != target.number:
            raise StateError(f"the database is {where}",
                             hint=f"Roll that phase back first: `tenantmig rollback --phase {partial.number}`.")
        done = partial.revisions.index(state.revision) + 1
        return tuple(reversed(partial.revisions[:done]))
    if current is None or current < target.number:
        return ()
    if current != target.number:
        raise StateError(f"cannot roll back phase {target.number}: the database is {where}",
                         hint=f"Roll back from the top: `tenantmig rollback --phase {current}` first.")
    return tuple(reversed(target.revisions))
