"""What a phase is, declared once by its own module: `CONTRACT = PhaseContract(...)`.

The registry (`tenantmig.phases`) builds the chain from these; the runner, plan, drill,
the privilege pre-flight and the automation that prepares a phase all ask a phase's
contract instead of comparing its number. This module holds only data types, so any
module may import it without pulling the phase modules in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tenantmig import ledger

if TYPE_CHECKING:
    import psycopg

    from tenantmig.manifest import Manifest
    from tenantmig.steps import StepContext


@dataclass(frozen=True)
class Step:
    """One Alembic revision of a phase: what its upgrade and its downgrade run."""

    revision: str
    up: Callable[[StepContext], None]
    down: Callable[[StepContext], None]


@dataclass(frozen=True)
class Prerequisite:
    """Something a DBA does between phases that the phase's pre-conditions then check.

    `name` is what automation (api.prepare_for) knows how to do; `gates` are the built-in
    checks of the phase's gate file that refuse the phase until it is done.
    """

    name: str
    how: str  # the commands, as a DBA types them
    gates: tuple[str, ...]


@dataclass(frozen=True)
class Removable:
    """What a rollback of one phase may take away or change, read before it runs (for drills)."""

    tables: frozenset[str] = frozenset()
    columns: frozenset[tuple[str, str]] = frozenset()  # (table, column)
    unchecked_columns: frozenset[tuple[str, str]] = frozenset()  # values the rollback resets on purpose
    unchecked_tables: frozenset[str] = frozenset()  # rows the rollback adds or removes on purpose


@dataclass(frozen=True)
class PrivilegeNeeds:
    """What the login must be allowed beyond owning the tables, checked before the first change."""

    create_in_database: bool = False  # it creates the tenantmig schema
    create_in_key_schemas: bool = False  # it builds indexes in the keyed tables' schemas
    # It changes role attributes and memberships (BYPASSRLS of the service roles) and views'
    # security_invoker: cluster-wide changes a DBA may have to hand to an admin.
    role_attributes: bool = False


@dataclass(frozen=True)
class Snapshot:
    """A state one phase records before its first change, which other code may read."""

    phase: int
    name: str

    def load(self, conn: psycopg.Connection) -> Any:
        return ledger.load_snapshot(conn, self.phase, self.name)

    def amend(self, conn: psycopg.Connection, value: Any) -> None:
        """Add to what was recorded (a partition attached later); only `repair` does this."""
        ledger.amend_snapshot(conn, self.phase, self.name, value)


@dataclass(frozen=True)
class PhaseContract:
    number: int
    name: str
    slug: str  # its module, its gate file (phases/<slug>.toml) and its runbook share it
    steps: tuple[Step, ...]
    # Built-in checks (gates.CHECKS) the phase's own gate file must carry; the registry refuses
    # a gate file that lost one. A DBA may add more; these may not be taken away.
    gate_hooks: tuple[str, ...] = ()
    requires: tuple[Prerequisite, ...] = ()  # done by the DBA after the phase before, checked by the gates
    # What a rollback of this phase may legitimately remove or change (drill); None: nothing.
    drill_allows: Callable[[psycopg.Connection, Manifest], Removable] | None = None
    # Extra sections `plan` shows for this phase, by name (plan.py renders each).
    plan_shows: tuple[str, ...] = ()
    # Its upgrade adds columns and its rollback drops them: the one change of row type an
    # unchanged application notices (a prepared SELECT * fails once).
    changes_row_type: bool = False
    privileges: PrivilegeNeeds = PrivilegeNeeds()
    snapshots: tuple[str, ...] = ()  # names of the snapshots it writes (ctx.snapshot)
    # Run after a rollback of this phase has passed its checks, on the run's connection.
    after_rollback: Callable[[psycopg.Connection], None] | None = None
    # It installs the per-tenant enforcement `tenantmig rollout` switches (its rollback removes it).
    rollout: bool = False
    strict: bool = False  # it makes isolation strict for everyone: from here on verify's probes fail, not warn

    @property
    def revisions(self) -> tuple[str, ...]:
        return tuple(s.revision for s in self.steps)

    @property
    def head(self) -> str:
        return self.revisions[-1]

    @property
    def gate_file(self) -> str:
        return f"{self.slug}.toml"

    def snapshot(self, name: str) -> Snapshot:
        """A snapshot this phase writes; reading one it does not declare is a bug, said at once."""
        if name not in self.snapshots:
            raise KeyError(f"phase {self.number} ({self.name}) writes no snapshot {name!r} "
                           f"(it declares {', '.join(self.snapshots) or 'none'})")
        return Snapshot(self.number, name)

    def step(self, revision: str) -> Step:
        for candidate in self.steps:
            if candidate.revision == revision:
                return candidate
        raise KeyError(revision)

