"""`tenantmig advance --phase 2` in a real terminal (a tmux pane), as a DBA sees it.

The backfill redraws its progress line in place while log lines are written to the same
terminal; what the screen shows at the end must be whole lines (the progress line intact,
no log text spliced into it), no traceback, no colour with NO_COLOR, and exit 0.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from tenantmig import api

from helpers import example_settings, revision

ROWS = 200_000
PROGRESS = re.compile(r"^public\.\w+: [\d,]+(/[\d,]+)? rows, [\d,]+ rows/s, (ETA [\d:]+|ETA \?|done)$")
SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def tmux():
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (.ci/run installs it)")
    socket = f"tenantmig-{uuid.uuid4().hex[:8]}"

    def run(*args: str) -> str:
        return subprocess.run(["tmux", "-L", socket, *args], check=True, capture_output=True, text=True).stdout

    yield run
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)


def test_advance_phase_2_at_200000_rows_in_a_real_terminal(tmux, database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=ROWS)
    settings.options.batch_size = None  # sized by time, as a DBA runs it
    api.advance(settings, 0)
    api.advance(settings, 1)

    command = " ".join([
        "cd", shlex.quote(str(tmp_path)), "&&",
        "NO_COLOR=1", f"TENANTMIG_DATABASE_URL={shlex.quote(database_url)}",
        shlex.quote(sys.executable), "-m", "tenantmig", "--manifest", shlex.quote(settings.manifest_path),
        "advance", "--phase", "2", "--yes", ";", "echo", "EXIT=$?", ";", "sleep", "3600",
    ])
    tmux("new-session", "-d", "-s", "dba", "-x", "220", "-y", "50", command)
    tmux("set-option", "-t", "dba", "history-limit", "20000")

    screens, deadline = [], time.monotonic() + 900
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-t", "dba", "-p", "-e", "-J", "-S", "-", "-E", "-")
        screens.append(screen)
        if "EXIT=" in screen:
            break
        time.sleep(0.5)
    final = screens[-1]
    assert "EXIT=0" in final, final[-3000:]

    mid_run = [s for s in screens if "rows/s" in s and "EXIT=" not in s]
    assert mid_run, "the progress line never showed while the backfill ran"
    for screen in (*mid_run, final):
        assert "Traceback" not in screen
        assert not SGR.search(screen), "colour escape codes despite NO_COLOR"
    lines = [line.rstrip() for line in final.splitlines()]
    progress = [line for line in lines if "rows/s" in line]
    assert progress, final[-3000:]
    for line in progress:
        assert PROGRESS.match(line), f"progress line not intact: {line!r}"
    # Each table's line ends as `done`, on a line of its own, once.
    done = [line.split(":")[0] for line in progress if line.endswith("done")]
    assert len(done) == len(set(done)) >= 9
    assert "phase 2 (backfill): applied" in final
    assert re.search(r"^  took \d+\.\ds$", final, re.M)
    assert revision(database_url) == "p2_01_backfill"
