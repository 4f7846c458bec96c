"""Backfill progress: rows done, rows per second and time left, per table.

On a terminal one line per table is rewritten in place on stderr; elsewhere a
`backfill.progress` event goes to the JSON log every few seconds. Workers share
one meter per table.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from tenantmig.terminal import status_line

LOG_EVERY_S = 5.0
REDRAW_EVERY_S = 0.2


@dataclass(frozen=True)
class Snapshot:
    table: str
    rows: int  # rows walked so far (this run and the runs before it)
    total: int | None  # the planner's estimate; None when never analysed
    rows_per_s: float
    eta_s: float | None
    done: bool

    def as_fields(self) -> dict:
        return {"table": self.table, "rows": self.rows, "total_estimate": self.total,
                "rows_per_s": round(self.rows_per_s), "eta_s": None if self.eta_s is None else round(self.eta_s, 1),
                "done": self.done}


class Meter:
    """Thread-safe counter for one table; calls `report` at most every `every_s` seconds, and once at the end."""

    def __init__(self, table: str, total: int | None, already: int, report: Callable[[Snapshot], None],
                 every_s: float):
        self.table = table
        self.total = total if total and total > 0 else None
        self.rows = already
        self._already = already
        self._report = report
        self._every_s = every_s
        self._started = time.monotonic()
        self._last_report = self._started
        self._lock = threading.Lock()

    def snapshot(self, done: bool = False) -> Snapshot:
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = (self.rows - self._already) / elapsed
        eta = None
        if done:
            eta = 0.0
        elif self.total is not None and rate > 0:
            eta = max(self.total - self.rows, 0) / rate
        return Snapshot(self.table, self.rows, self.total, rate, eta, done)

    def add(self, rows: int) -> None:
        with self._lock:
            self.rows += rows
            now = time.monotonic()
            if now - self._last_report < self._every_s:
                return
            self._last_report = now
            snap = self.snapshot()
        self._report(snap)

    def finish(self) -> None:
        with self._lock:
            snap = self.snapshot(done=True)
        self._report(snap)


def describe(snap: Snapshot) -> str:
    total = f"/{snap.total:,}" if snap.total is not None else ""
    eta = "done" if snap.done else ("ETA ?" if snap.eta_s is None else f"ETA {_clock(snap.eta_s)}")
    return f"{snap.table}: {snap.rows:,}{total} rows, {snap.rows_per_s:,.0f} rows/s, {eta}"


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TerminalLine:
    """Renders snapshots on one line of a terminal, rewritten in place; a finished table keeps its line.

    It is the stream's status line (tenantmig.terminal): log lines printed meanwhile go above it.
    """

    every_s = REDRAW_EVERY_S

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.line = status_line(stream)

    def __call__(self, snap: Snapshot) -> None:
        if snap.done:
            self.line.finish(describe(snap))
        else:
            self.line.draw(describe(snap))
