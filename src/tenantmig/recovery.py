"""A phase whose steps all ran but whose closing checks never finished (the process was killed).

The version table then says the phase is applied, and nothing but the ledger says its per-row
loss check and post-conditions never ran: its last `phase.start` has no `phase.done` and no
failed `gate.post` after it. The next `advance` (or `rollback`) finds it here and runs those
checks with the interrupted run's own baseline, which is still in tenantmig.presence_keys.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import psycopg
import psycopg.rows

from tenantmig import presence
from tenantmig.ledger import SCHEMA


@dataclass(frozen=True)
class Unfinished:
    run_id: object  # the run whose baseline (tenantmig.presence_keys rows) the checks compare with
    since: datetime
    counts_before: dict[str, int]
    legacy_before: int

    def detail(self) -> dict:
        """The phase.start detail of a run that only finishes these checks (itself resumable the same way)."""
        return {"revisions": [], "checks_of_run": str(self.run_id), "legacy_before": self.legacy_before,
                "since": self.since.isoformat()}


def unfinished_checks(conn: psycopg.Connection, number: int, direction: str) -> Unfinished | None:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        last = cur.execute(
            f"""
            SELECT run_id, event, at, counts_before, detail FROM {SCHEMA}.ledger
            WHERE phase = %s AND direction = %s AND event IN ('phase.start', 'phase.done', 'gate.post')
            ORDER BY id DESC LIMIT 1
            """,
            (number, direction),
        ).fetchone()
    if last is None or last["event"] != "phase.start" or "legacy_before" not in (last["detail"] or {}):
        return None
    baseline = conn.execute(f"SELECT count(*) FROM {presence.TABLE} WHERE run_id::text = %s",
                            (str((last["detail"] or {}).get("checks_of_run", last["run_id"])),)).fetchone()[0]
    if not baseline and any((last["counts_before"] or {}).values()):
        # Another run has replaced the baseline since; there is nothing left to check against.
        return None
    detail = last["detail"]
    baseline_run = uuid.UUID(str(detail.get("checks_of_run", last["run_id"])))
    since = datetime.fromisoformat(detail["since"]) if "since" in detail else last["at"]
    return Unfinished(baseline_run, since, last["counts_before"] or {}, detail["legacy_before"])
