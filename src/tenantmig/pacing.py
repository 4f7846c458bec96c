"""How fast the backfill may go: rows per batch, a pause between batches, and replica lag.

Row locks are held for as long as a batch runs, so the size that matters is time,
not rows: the sizer aims every batch at a target duration whatever the row width,
unless the DBA fixed the size. A replica that falls behind holds the backfill
until it catches up.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
import structlog

from tenantmig.errors import UsageError

log = structlog.get_logger("tenantmig.pacing")

FIRST_BATCH_ROWS = 200
MIN_BATCH_ROWS = 10
MAX_BATCH_ROWS = 50_000
# Growth per batch is capped: one fast batch (cached pages, an empty range) must not
# make the next one hold thousands of row locks for seconds.
MAX_GROWTH = 2.0

# The lag of the slowest standby: bytes of WAL it has not replayed, and seconds behind.
# On a server without standbys both are NULL: nothing to wait for.
REPLICATION_LAG_SQL = """
SELECT extract(epoch FROM max(replay_lag))::float8,
       max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn))::bigint
FROM pg_stat_replication
"""
LAG_POLL_S = 0.5
# A batch this many times over its target met a stalled server (I/O saturated by writeback or a
# checkpoint: bench/backfill.py saw 1,300 rows take 0.25 s where 3,000 take 0.05 s). The backfill
# then waits as long as that batch took, at most BACKOFF_MAX_S, so the application gets the disk
# and the next batch does not walk into the same stall holding its row locks.
SLOW_BATCH_FACTOR = 2.0
BACKOFF_MAX_S = 1.0


class BatchSizer:
    """Rows for the next batch: fixed, or adapted so a batch takes about `target_s`."""

    def __init__(self, target_s: float, fixed: int | None = None):
        self.target_s = target_s
        self.fixed = fixed
        self.rows = fixed or FIRST_BATCH_ROWS

    def observe(self, rows: int, seconds: float, *, representative: bool = True) -> None:
        """Learn from a batch of `rows` rows that took `seconds`.

        A batch whose rows were mostly filled already (by the fill trigger, a run before) is
        fast for a reason the next one may not share: it may make the size smaller, never larger.
        """
        if self.fixed or rows <= 0:
            return
        ideal = rows * self.target_s / max(seconds, 1e-6)
        # Shrink at once after a slow batch (locks held too long); grow gradually.
        ceiling = self.rows * MAX_GROWTH if representative else self.rows
        self.rows = int(max(MIN_BATCH_ROWS, min(ideal, ceiling, MAX_BATCH_ROWS)))

    def backoff_s(self, seconds: float) -> float:
        """How long to wait after a batch that took `seconds`: 0 unless it met a stalled server.

        A fixed --batch-size is the DBA's own choice: its batches never make the backfill wait.
        """
        if self.fixed or seconds <= SLOW_BATCH_FACTOR * self.target_s:
            return 0.0
        return min(seconds, BACKOFF_MAX_S)


@dataclass(frozen=True)
class LagLimit:
    """--max-replication-lag: a time ("10s", "500ms") or an amount of WAL ("64MB")."""

    seconds: float | None = None
    bytes: int | None = None

    _UNITS = {"ms": 0.001, "s": 1.0, "min": 60.0}
    _SIZES = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}

    @classmethod
    def parse(cls, text: str) -> LagLimit:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text or "")
        unit = match.group(2).lower() if match else ""
        if match and (unit or "s") in cls._UNITS:
            return cls(seconds=float(match.group(1)) * cls._UNITS[unit or "s"])
        if match and unit in cls._SIZES and "." not in match.group(1):
            return cls(bytes=int(match.group(1)) * cls._SIZES[unit])
        raise UsageError(
            f"--max-replication-lag: expected a time (10s, 500ms, 2min) or a WAL amount (64MB, 1GB), got {text!r}"
        )

    def exceeded_by(self, seconds: float | None, wal_bytes: int | None) -> bool:
        return (self.seconds is not None and seconds is not None and seconds > self.seconds) or (
            self.bytes is not None and wal_bytes is not None and wal_bytes > self.bytes
        )

    def __str__(self) -> str:
        return f"{self.seconds}s" if self.seconds is not None else f"{self.bytes} bytes"


class Pacer:
    """Between two batches: a back-off after a stalled one, the pause, and waiting out replica lag."""

    def __init__(self, conn: psycopg.Connection, *, pause_s: float = 0.0, lag_limit: LagLimit | None = None,
                 lag_sql: str = REPLICATION_LAG_SQL, on_wait: Callable[..., None] | None = None,
                 sleep: Callable[[float], None] = time.sleep, on_backoff: Callable[..., None] | None = None):
        self.conn = conn
        self.pause_s = pause_s
        self.backoffs = 0
        self.on_backoff = on_backoff
        self.lag_limit = lag_limit
        self.lag_sql = lag_sql
        self.on_wait = on_wait
        self.sleep = sleep
        self.pauses = 0
        self.lag_waits = 0

    def lag(self) -> tuple[float | None, int | None]:
        seconds, wal_bytes = self.conn.execute(self.lag_sql).fetchone()
        return seconds, wal_bytes

    def between_batches(self, table: str, backoff_s: float = 0.0, last_batch_s: float = 0.0) -> None:
        """`backoff_s` (BatchSizer.backoff_s) after a stalled batch, the pause, then any replica lag."""
        if backoff_s > 0:
            self.backoffs += 1
            if self.on_backoff is not None:
                self.on_backoff(table=table, batch_s=round(last_batch_s, 4), wait_s=round(backoff_s, 4))
            self.sleep(backoff_s)
        if self.pause_s > 0:
            self.pauses += 1
            self.sleep(self.pause_s)
        if self.lag_limit is None:
            return
        while True:
            seconds, wal_bytes = self.lag()
            if not self.lag_limit.exceeded_by(seconds, wal_bytes):
                return
            self.lag_waits += 1
            if self.on_wait is not None:
                self.on_wait(table=table, lag_s=seconds, lag_bytes=wal_bytes, limit=str(self.lag_limit),
                             waits=self.lag_waits)
            self.sleep(LAG_POLL_S)


class DutyCycle:
    """Keep a run of heavy reads busy at most `share` of the time: after each piece that took t
    seconds, rest t * (1 - share) / share. The reads still see everything; they take longer.

    For the chain's own scans of every row (presence.py): back to back, they kept one of the
    server's cores busy for the whole start and end of each phase, and a phase without a backfill
    is mostly that (bench/README.md, the chain under a mixed workload).
    """

    def __init__(self, share: float, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic):
        if not 0 < share <= 1:
            raise ValueError(f"a duty cycle's share is in (0, 1], got {share}")
        self.share = share
        self.sleep = sleep
        self.clock = clock
        self.rested_s = 0.0

    def run(self, piece: Callable[[], object]) -> object:
        started = self.clock()
        result = piece()
        rest = (self.clock() - started) * (1 - self.share) / self.share
        if rest > 0:
            self.rested_s += rest
            self.sleep(rest)
        return result
