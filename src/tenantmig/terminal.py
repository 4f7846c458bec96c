"""One live status line at the bottom of a terminal, with log lines printed above it.

The backfill's progress line is rewritten in place (`\\r`, erase line). A log line written
to the same terminal meanwhile would land on the end of it; so every writer to the
terminal goes through one StatusLine per stream: a log line first erases the status,
prints itself and its newline, then the status is drawn again below it.

On a terminal at the default verbosity the log is also told as one human line per step
(HumanRenderer), not as key=value events; `--log-json FILE` keeps every event as JSON.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, TextIO

ERASE = "\r\x1b[K"

_lines: dict[int, StatusLine] = {}
_lines_lock = threading.Lock()


class StatusLine:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self._text: str | None = None
        self._lock = threading.RLock()

    def draw(self, text: str) -> None:
        """Show `text` as the status, replacing the one shown."""
        with self._lock:
            self._text = text
            self.stream.write(ERASE + text)
            self.stream.flush()

    def finish(self, text: str) -> None:
        """Show `text` as the status's last state and keep it as an ordinary line."""
        with self._lock:
            self._text = None
            self.stream.write(ERASE + text + "\n")
            self.stream.flush()

    def above(self, text: str) -> None:
        """Print `text` (one or more lines) above the status, which is drawn again under it."""
        with self._lock:
            if self._text is not None:
                self.stream.write(ERASE)
            self.stream.write(text if text.endswith("\n") else text + "\n")
            if self._text is not None:
                self.stream.write(self._text)
            self.stream.flush()


def status_line(stream: TextIO) -> StatusLine:
    """The one StatusLine of `stream`, shared by the progress line and the log handler."""
    with _lines_lock:
        line = _lines.get(id(stream))
        if line is None or line.stream is not stream:
            line = _lines[id(stream)] = StatusLine(stream)
        return line


class StatusAwareHandler(logging.StreamHandler):
    """A log handler for a terminal: each record goes above the status line."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
            if text:
                status_line(self.stream).above(text)
        except Exception:
            self.handleError(record)


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


class HumanRenderer:
    """structlog renderer: one plain sentence for the events a DBA follows, nothing for the rest.

    Warnings and errors are always told (event, then its fields); INFO events other than the
    ones below are left to -v and to --log-json.
    """

    def __call__(self, _logger: Any, _name: str, event: dict[str, Any]) -> str:
        level = event.get("level", "info")
        name = event.get("event", "")
        if level in ("warning", "error", "critical"):
            detail = event.get("detail")
            fields = " ".join(f"{k}={v}" for k, v in event.items()
                              if k not in ("event", "level", "timestamp", "detail"))
            line = f"{level}: {name}" + (f" ({fields})" if fields else "")
            return line + (f"\n{detail}" if isinstance(detail, str) else (f": {detail}" if detail else ""))
        told = _TOLD.get(name)
        return told(event) if told else ""


def _phase_start(e: dict[str, Any]) -> str:
    verb = "applying" if e.get("direction") == "upgrade" else "undoing"
    return f"{verb} phase {e.get('phase')} ({e.get('name')}): {e.get('steps')} step(s)"


def _phase_done(e: dict[str, Any]) -> str:
    ms = e.get("duration_ms")
    took = f" in {ms / 1000:.1f} s" if isinstance(ms, (int, float)) else ""
    return f"phase {e.get('phase')} {'applied' if e.get('direction') == 'upgrade' else 'undone'}{took}"


def _step_done(e: dict[str, Any]) -> str:
    return f"  step {e.get('revision')} done ({e.get('units')} statement unit(s))"


def _table_done(e: dict[str, Any]) -> str:
    return (f"  backfill {e.get('table')}: {_number(e.get('rows'))} keys filled, {_number(e.get('batches'))} "
            f"batches in {e.get('seconds')} s, longest batch {e.get('longest_batch_s')} s")


def _cleared(e: dict[str, Any]) -> str:
    return f"  backfill undone on {e.get('table')}: {_number(e.get('rows'))} keys cleared"


_TOLD = {
    "phase.start": _phase_start,
    "phase.done": _phase_done,
    "step.done": _step_done,
    "backfill.table_done": _table_done,
    "backfill.cleared": _cleared,
}
