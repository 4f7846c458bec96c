"""The terminal: the backfill's progress line and log lines never corrupt each other; one human line per step."""

from __future__ import annotations

import io
import json
import logging
import os
import pty
import re
import select
import subprocess
import sys

import structlog

from helpers import advance_to, example_settings
from tenantmig import progress
from tenantmig.logs import configure_logging
from tenantmig.terminal import ERASE

PROGRESS = re.compile(r"^public\.\w+: [\d,]+(/[\d,]+)? rows, [\d,]+ rows/s, (ETA [\d:?]+|ETA \?|done)$")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def screen(output: str) -> list[str]:
    """The lines a terminal shows: `\\r` then erase-line wipes what the line held so far."""
    shown = []
    for line in output.replace("\r\n", "\n").split("\n"):
        shown.append(line.split(ERASE)[-1].split("\r")[-1])
    return [s for s in shown if s]


def test_log_lines_print_above_the_progress_line_which_is_redrawn():
    term = FakeTerminal()
    configure_logging(0, stream=term)
    try:
        log = structlog.get_logger("tenantmig.test")
        line = progress.TerminalLine(term)
        meter = progress.Meter("public.invoices", 1000, 0, line, every_s=0)
        meter.add(250)
        log.warning("backfill.throttled", table="public.invoices", lag_s=12)
        meter.add(250)
        log.info("step.done", revision="p2_01_backfill", units=0)
        log.info("backfill.batch_detail", rows=3)  # not told on a terminal at the default verbosity
        meter.finish()
    finally:
        logging.getLogger().handlers.clear()
    out = term.getvalue()
    shown = screen(out)
    assert shown[0] == "warning: backfill.throttled (table=public.invoices lag_s=12)"
    assert shown[1] == "  step p2_01_backfill done (0 statement unit(s))"
    assert PROGRESS.match(shown[2]) and shown[2].endswith("done"), shown
    assert len(shown) == 3  # every line either a log line or the progress line, never both
    # After the log line the progress line was drawn again (the warning did not erase it for good).
    after_warning = out.split("lag_s=12)\n", 1)[1]
    assert after_warning.startswith("public.invoices: 250/1,000 rows")


def test_off_a_terminal_every_event_stays_a_json_line(tmp_path):
    stream = io.StringIO()
    json_file = tmp_path / "log.jsonl"
    configure_logging(0, stream=stream, json_file=str(json_file))
    try:
        structlog.get_logger("tenantmig.test").info("backfill.batch_detail", rows=3)
    finally:
        for handler in logging.getLogger().handlers:
            handler.close()
        logging.getLogger().handlers.clear()
    assert json.loads(stream.getvalue())["event"] == "backfill.batch_detail"
    assert json.loads(json_file.read_text())["rows"] == 3


def _run_on_a_terminal(args: list[str], timeout_s: float = 120) -> str:
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "tenantmig", *args], stdin=secondary, stdout=secondary,
                            stderr=secondary, env={**os.environ, "COLUMNS": "200"})
    os.close(secondary)
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([primary], [], [], timeout_s)
            if not ready:
                raise AssertionError("no output for too long: " + b"".join(chunks).decode(errors="replace"))
            try:
                data = os.read(primary, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
    finally:
        proc.wait(timeout_s)
        os.close(primary)
    assert proc.returncode == 0, b"".join(chunks).decode(errors="replace")
    return b"".join(chunks).decode()


def test_advance_on_a_terminal_tells_one_line_per_step_and_keeps_full_json_logs(database_url, role_prefix,
                                                                                tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=600)
    advance_to(settings, 1)
    log_file = tmp_path / "phase2.jsonl"
    out = _run_on_a_terminal(["--database-url", database_url, "--manifest", settings.manifest_path,
                              "--backup-dir", str(tmp_path / "backups"), "--batch-size", "50",
                              "--log-json", str(log_file), "advance", "--phase", "2", "--yes"])
    shown = screen(out)
    assert "applying phase 2 (backfill): 1 step(s)" in shown
    assert "  step p2_01_backfill done (0 statement unit(s))" in shown
    assert any(s.startswith("phase 2 applied in ") for s in shown)
    progress_lines = [s for s in shown if PROGRESS.match(s)]
    assert progress_lines and all(s.endswith("done") for s in progress_lines)
    assert not any("rows/s" in s and not PROGRESS.match(s) for s in shown), shown  # no line carries both
    assert not any("=" in s and s.startswith("20") for s in shown)  # no key=value console events
    events = [json.loads(line)["event"] for line in log_file.read_text().splitlines()]
    assert "step.start" in events and "backfill.table_done" in events
