"""`tenantmig status`: the ladder of phases, where the database stands, the last ledger entries, backup
and drills; read only, and without a ledger schema on a database nobody has migrated yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import psycopg

from tenantmig import chain, ledger
from tenantmig.db import connect
from tenantmig.phases import PHASES


@dataclass
class StatusResult:
    database: str
    revision: str | None
    current_phase: int | None
    where: str
    phases: list[dict]
    ledger: list[dict]
    last_backup: dict | None
    last_drill: dict[int, dict] = field(default_factory=dict)  # phase -> its newest drill

    def as_dict(self) -> dict:
        return {
            "database": self.database, "revision": self.revision, "current_phase": self.current_phase,
            "where": self.where, "phases": self.phases, "ledger": self.ledger, "last_backup": self.last_backup,
            "last_drill": self.last_drill,
        }


def status(url: str, *, entries: int = 10) -> StatusResult:
    with connect(url, "status") as conn:
        state = chain.read_state(conn)
        has_ledger = ledger.schema_exists(conn)
        recent = ledger.recent_entries(conn, entries) if has_ledger else []
        backup = ledger.latest_backup(conn) if has_ledger else None
        phases = [
            {"number": p.number, "name": p.name, "state": state.phase_state(p), "revisions": list(p.revisions)}
            for p in PHASES
        ]
        return StatusResult(
            database=conn.info.dbname,
            revision=state.revision,
            current_phase=state.current_phase,
            where=state.describe(),
            phases=phases,
            ledger=[{k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in e.items()} for e in recent],
            last_backup=None if backup is None else {
                "path": backup["path"], "sha256": backup["sha256"], "verified": backup["verified"],
                "bytes": backup["bytes"], "taken_at": backup["taken_at"].isoformat(), "method": backup["method"],
            },
            last_drill=_last_drills(conn) if has_ledger else {},
        )


def _last_drills(conn: psycopg.Connection) -> dict[int, dict]:
    return {
        number: {"at": row["at"].isoformat(), "outcome": row["outcome"],
                 **{k: row["detail"].get(k) for k in ("rollback_s", "readvance_s", "tables_compared", "mismatches")}}
        for number, row in ledger.last_drills(conn).items()
    }
