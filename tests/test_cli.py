"""The CLI as CI and a DBA meet it: exit codes, one JSON document, JSON-only stderr, check, --to, options anywhere.

Every command runs as a separate process off a terminal (as in CI), against real PostgreSQL.
"""

from __future__ import annotations

import io
import json
import logging
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import structlog

from tenantmig import api, clikit, servers
from tenantmig.cli import cli as root_group
from tenantmig.errors import GateFailed, first_line
from tenantmig.logs import configure_logging
from tenantmig.servers import libpq_url

from helpers import advance_to, cli, example_settings, revision

RUNBOOK = Path(__file__).resolve().parent.parent / "runbooks" / "cli.md"


def stderr_records(run) -> list[dict]:
    """Off a terminal every stderr line is a JSON object: parse them all (a stray line fails here)."""
    records = []
    for line in run.stderr.splitlines():
        assert line.startswith("{"), f"not a JSON line on stderr: {line!r}"
        records.append(json.loads(line))
    return records


def cli_error(run) -> dict:
    errors = [r for r in stderr_records(run) if r["event"] == "cli.error"]
    assert len(errors) == 1, run.stderr
    return errors[0]


def one_document(run) -> dict:
    """stdout holds exactly one JSON document, with its schema_version."""
    document = json.loads(run.stdout)  # raises on two documents or trailing text
    assert document["schema_version"] == clikit.SCHEMA_VERSION
    return document


def no_traceback(run) -> None:
    assert "Traceback" not in run.stdout + run.stderr


def _rows(database_url: str, sql: str, params=None) -> list[tuple]:
    with psycopg.connect(libpq_url(database_url)) as conn:
        return conn.execute(sql, params).fetchall()


def _with_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}"))


# -- connection, login, permission -------------------------------------------------------------------------------


def test_connection_failures_are_one_paragraph_exit_2_and_one_json_document(database_url, role_prefix):
    closed = "postgresql://postgres@127.0.0.1:1/postgres"  # nothing listens on port 1
    cases = {
        "connection": (closed, "cannot connect to PostgreSQL: connection to server at \"127.0.0.1\", port 1 failed"),
        "no_database": (servers.with_database(database_url, "tenantmig_no_such_db"),
                        'cannot connect: database "tenantmig_no_such_db" does not exist'),
        "authentication": (_with_user(database_url, f"{role_prefix}nobody"),
                           f'the server refused the login: role "{role_prefix}nobody" does not exist'),
    }
    for code, (url, message) in cases.items():
        run = cli("status", "--json", database_url=url)
        assert run.returncode == 2, (code, run.stderr)
        no_traceback(run)
        document = one_document(run)
        assert document["error"]["code"] == code and document["error"]["message"].startswith(message)
        assert set(document["error"]) == {"code", "message", "details"}
        error = cli_error(run)
        assert error["code"] == code and error["exit_code"] == 2 and error["hint"]

    debug = cli("status", "--debug", database_url=cases["connection"][0])
    assert debug.returncode == 2 and "Traceback" in debug.stderr


def test_permission_denied_exits_1_naming_what_was_refused(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    weak = f"{role_prefix}weak"
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{weak}" LOGIN')
    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "0", "--yes", "--json",
              database_url=_with_user(database_url, weak), cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    no_traceback(run)
    error = one_document(run)["error"]
    assert error["code"] == "permission" and error["message"].startswith("the server refused: permission denied")
    assert error["details"] == {"sqlstate": "42501"}
    assert revision(database_url) is None


def test_lock_held_exits_3_with_the_error_document(database_url, role_prefix, tmp_path):
    from tenantmig.db import RUN_LOCK_KEY

    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    with psycopg.connect(libpq_url(database_url), autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (RUN_LOCK_KEY,))
        pid = holder.info.backend_pid
        run = cli("--manifest", settings.manifest_path, "advance", "--phase", "0", "--yes", "--json",
                  database_url=database_url)
    assert run.returncode == 3
    error = one_document(run)["error"]
    assert error["code"] == "lock_held" and f"pid {pid}" in error["message"]


# -- check, and pre-conditions before the question ---------------------------------------------------------------


def test_check_changes_nothing_not_even_the_ledger_schema(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    run = cli("--manifest", settings.manifest_path, "check", database_url=database_url)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("check of phase 0 (backups) on ") and "ready; nothing was changed" in run.stdout
    assert "[ok  ] manifest_matches_database" in run.stdout
    assert _rows(database_url, "SELECT nspname FROM pg_namespace WHERE nspname = 'tenantmig'") == []

    early = cli("--manifest", settings.manifest_path, "check", "--phase", "2", "--json", database_url=database_url)
    assert early.returncode == 1
    assert one_document(early)["error"]["code"] == "wrong_phase"
    assert _rows(database_url, "SELECT nspname FROM pg_namespace WHERE nspname = 'tenantmig'") == []


def test_a_table_gone_at_phase_2_is_named_by_check_and_advance_without_a_traceback(database_url, role_prefix,
                                                                                    tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200)
    advance_to(settings, 2)
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("ALTER TABLE public.uploads RENAME TO uploads_archive")
    entries = _rows(database_url, "SELECT count(*) FROM tenantmig.ledger")

    checked = cli("--manifest", settings.manifest_path, "check", database_url=database_url)
    assert checked.returncode == 1
    assert "NOT ready" in checked.stdout and "[FAIL] manifest_matches_database" in checked.stdout
    assert "tables.uploads: table public.uploads does not exist" in checked.stdout
    assert "not evaluated: the manifest does not match the database" in checked.stdout  # no_null_keys never ran
    assert _rows(database_url, "SELECT count(*) FROM tenantmig.ledger") == entries

    run = cli("--manifest", settings.manifest_path, "advance", "--phase", "3", "--yes", "--json",
              database_url=database_url)
    assert run.returncode == 2, run.stderr
    no_traceback(run)
    error = one_document(run)["error"]
    assert error["code"] == "manifest" and "table public.uploads does not exist" in error["message"]
    assert {g["check"]: g["passed"] for g in error["details"]["gates"]}["manifest_matches_database"] is False
    assert revision(database_url) == "p2_01_backfill"


def test_pre_conditions_are_evaluated_before_the_confirmation(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    advance_to(settings, 0)
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("UPDATE tenantmig.backups SET verified = false")
    asked = []
    with pytest.raises(GateFailed) as refused:
        api.advance(settings, 1, confirm=lambda move: asked.append(move) or True)
    assert asked == []  # refused before the question, not after a "yes"
    assert "backup_verified: no verified backup recorded since the baseline" in refused.value.message
    assert "tenantmig check --phase 1" in refused.value.hint and "manifest" not in refused.value.hint
    assert revision(database_url) == "p0_01_baseline"


def test_took_excludes_the_time_at_the_prompt(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    pause = 2.0

    def slow_yes(move):
        time.sleep(pause)  # a DBA reading the plan before answering
        return True

    started = time.monotonic()
    result = api.advance(settings, 0, confirm=slow_yes)
    total = time.monotonic() - started
    assert result.seconds <= total - pause
    (stored,), = _rows(database_url, "SELECT (detail->>'seconds')::float FROM tenantmig.ledger "
                                     "WHERE event = 'phase.done'")
    assert stored == round(result.seconds, 3)


# -- --to --------------------------------------------------------------------------------------------------------


def test_advance_to_and_rollback_to_one_confirmation_stop_at_the_first_failure(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200)
    args = ("--manifest", settings.manifest_path, "--backup-dir", str(tmp_path / "backups"))
    run = cli(*args, "advance", "--to", "3", "--yes", "--json", database_url=database_url)
    assert run.returncode == 0, run.stderr
    document = one_document(run)
    assert [p["phase"] for p in document["phases"]] == [0, 1, 2, 3]
    assert document["outcome"] == "done" and all(p["outcome"] == "applied" for p in document["phases"])

    # Phase 5 needs `rollout enable --all` and a verify: the chain applies 4, then stops there.
    stopped = cli(*args, "advance", "--to", "6", "--yes", "--json", database_url=database_url)
    assert stopped.returncode == 1, stopped.stderr
    error = one_document(stopped)["error"]
    assert error["code"] == "gate_failed" and error["message"].startswith("phase 5 (policy swap) upgrade: "
                                                                          "pre-conditions failed")
    assert [p["phase"] for p in error["details"]["completed"]] == [4]
    assert revision(database_url) == "p4_02_policies"

    asked = []
    result = api.move_to(settings, 1, "downgrade", confirm=lambda chain: asked.append(chain.phases) or True)
    assert asked == [(4, 3, 2)]
    assert [p.outcome for p in result.phases] == ["rolled back"] * 3
    assert revision(database_url) == "p1_04_fill_triggers"

    neither = cli(*args, "advance", "--yes", database_url=database_url)
    assert neither.returncode == 2
    assert cli_error(neither)["message"].startswith("say which: tenantmig advance --phase N (one phase), "
                                                     "or tenantmig advance --to N")


# -- options after the command -----------------------------------------------------------------------------------


def test_group_options_are_accepted_after_the_command(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    run = cli("advance", "--phase", "0", "--yes", "--workers", "2", "--manifest", settings.manifest_path,
              "--database-url", database_url, "--lock-timeout=800", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    status = cli("status", "--json", "--database-url", database_url)
    assert status.returncode == 0, status.stderr
    assert one_document(status)["current_phase"] == 0

    misplaced = cli("status", "--restore-check", "--database-url", database_url)
    assert misplaced.returncode == 2
    assert cli_error(misplaced)["message"] == ("No such option '--restore-check'. It is an option of: "
                                               "tenantmig advance, tenantmig backup.")

    hoisted = clikit.hoist(root_group, ["advance", "--phase", "1", "--backup-dir", "b", "--workers", "4", "-v"])
    assert hoisted == ["--workers", "4", "-v", "advance", "--phase", "1", "--backup-dir", "b"]  # advance's own stays
    assert clikit.hoist(root_group, ["status", "-vv"]) == ["-vv", "status"]
    assert clikit.hoist(root_group, ["rollout", "enable", "--all", "--lock-timeout", "100"]) == \
        ["--lock-timeout", "100", "rollout", "enable", "--all"]
    assert clikit.hoist(root_group, ["init", "--tenants-table", "--workers", "--", "--workers"]) == \
        ["init", "--tenants-table", "--workers", "--", "--workers"]  # an option's value, and after --, stay


# -- Ctrl-C ------------------------------------------------------------------------------------------------------


def test_ctrl_c_during_the_backfill_exits_130_with_a_ledger_entry_and_the_resume_command(database_url, role_prefix,
                                                                                        tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=2000)
    advance_to(settings, 1)
    command = [sys.executable, "-m", "tenantmig", "--manifest", settings.manifest_path, "advance", "--phase", "2",
               "--yes", "--batch-size", "20", "--batch-pause", "50"]
    env = {**__import__("os").environ, "TENANTMIG_DATABASE_URL": database_url}
    # As from a terminal: a test run started in the background by a shell (`pytest &`) inherits SIGINT ignored.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    seen = []
    for line in process.stderr:  # wait until batches are being written, then interrupt as a terminal would
        seen.append(line)
        if '"backfill.batch' in line or '"backfill.progress"' in line or '"p2_01_backfill"' in line:
            break
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)
    rest, _ = process.communicate(timeout=120)[1], None
    stderr = "".join(seen) + rest
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    lines = [json.loads(line) for line in stderr.splitlines()]
    error = [r for r in lines if r.get("event") == "cli.error"][-1]
    assert error["code"] == "interrupted" and error["message"].startswith("interrupted: phase 2 upgrade stopped")
    assert "`tenantmig advance --phase 2` resumes at the first unfinished step" in error["hint"]
    (outcome, detail), = _rows(database_url, "SELECT outcome, detail FROM tenantmig.ledger "
                                             "WHERE event = 'phase.interrupted'")
    assert outcome == "interrupted" and detail["by"] == "interrupt (Ctrl-C)"

    resumed = cli("--manifest", settings.manifest_path, "advance", "--phase", "2", "--yes", database_url=database_url)
    assert resumed.returncode == 0, resumed.stderr
    assert revision(database_url) == "p2_01_backfill"


def test_ctrl_c_at_the_prompt_exits_130_and_changes_nothing():
    failure = clikit.classify(__import__("click").exceptions.Abort())
    assert (failure.code, failure.exit_code) == ("interrupted", 130)
    assert failure.message == "interrupted at the confirmation: nothing was changed"


# -- stderr, colours ---------------------------------------------------------------------------------------------


def test_off_a_terminal_stderr_is_json_lines_only(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=50)
    args = ("--manifest", settings.manifest_path)
    ok = cli(*args, "advance", "--phase", "0", "--yes", database_url=database_url, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    said = [r["message"] for r in stderr_records(ok) if r["event"] == "cli.message"]
    assert said[0].startswith("The database is before phase 0")
    failed = cli(*args, "advance", "--phase", "3", "--yes", database_url=database_url, cwd=tmp_path)
    assert failed.returncode == 1
    assert cli_error(failed)["code"] == "wrong_phase"
    usage = cli(*args, "advance", "--phase", "x", database_url=database_url)
    assert usage.returncode == 2 and cli_error(usage)["code"] == "usage"
    assert clikit.human(cli_error(usage)).startswith("Usage: tenantmig advance [OPTIONS]")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("no_color", ["1", ""])
def test_no_color_turns_colour_off_on_a_terminal(no_color, monkeypatch):
    monkeypatch.setenv("NO_COLOR", no_color)
    screen = _Terminal()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        # -v: every event, in structlog's coloured console form (the default one line per step has no colour).
        configure_logging(1, stream=screen)
        structlog.get_logger("tenantmig.test").warning("ddl.lock_timeout", table="public.patients")
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert "ddl.lock_timeout" in screen.getvalue()
    assert ("\x1b[" in screen.getvalue()) is (not no_color)


# -- plan --------------------------------------------------------------------------------------------------------


def test_plan_lists_only_what_the_run_creates_and_evaluates_the_gates_first(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200, example="clinics")
    args = ("--manifest", settings.manifest_path)
    advance_to(settings, 2)
    planned = cli(*args, "plan", "--phase", "3", "--json", database_url=database_url)
    assert planned.returncode == 0, planned.stderr
    document = one_document(planned)
    assert document["ready"] is True and document["pre_conditions"][0]["check"] == "manifest_matches_database"
    named = {m for s in document["statements"] for m in re.findall(r'CONSTRAINT (?:IF EXISTS )?"([^"]+)"', s["sql"])}
    dropped = {m for s in document["statements"] for m in re.findall(r'DROP CONSTRAINT (?:IF EXISTS )?"([^"]+)"',
                                                                      s["sql"])}
    api.advance(settings, 3)
    existing = {r[0] for r in _rows(database_url, "SELECT conname FROM pg_constraint")}
    assert named - dropped and named - dropped <= existing  # nothing planned that the run never created

    # A manifest the run would reject: no plan at all, exit 2, the table named.
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute("ALTER TABLE public.notes RENAME TO notes_archive")
    refused = cli(*args, "plan", "--phase", "4", database_url=database_url)
    assert refused.returncode == 2
    assert "tables.notes: table public.notes does not exist" in cli_error(refused)["message"]
    assert refused.stdout == ""


# -- the runbook's JSON shapes -----------------------------------------------------------------------------------


def documented_shapes() -> dict[str, set[str]]:
    """runbooks/cli.md's table: | `command --json` | `key`, `key`, ... |"""
    shapes = {}
    for command, keys in re.findall(r"^\| `tenantmig ([^`]+)` \| (.+) \|$", RUNBOOK.read_text(), re.M):
        shapes[command] = set(re.findall(r"`([a-z_0-9]+)`", keys))
    return shapes


def test_every_json_shape_is_the_one_the_runbook_documents(database_url, role_prefix, tmp_path):
    shapes = documented_shapes()
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200)
    args = ("--manifest", settings.manifest_path, "--backup-dir", str(tmp_path / "backups"))
    junit = str(tmp_path / "verify.xml")
    runs = [  # (what runs, the runbook's name for its shape)
        ("check --json", "check --json"), ("plan --phase 0 --json", "plan --json"),
        ("advance --phase 0 --yes --json", "advance --json"), ("backup --json", "backup --json"),
        ("advance --to 4 --yes --json", "advance --to N --json"), ("rollout status --json", "rollout status --json"),
        ("rollout enable --all --yes --json", "rollout enable --json"),
        (f"verify --json --junit {junit} --pgrls-config {tmp_path / 'pgrls.toml'}", "verify --json"), ("rollback --phase 4 --yes --json", "rollback --json"),
        ("mark --staging", None), ("drill --yes --json", "drill --json"), ("status --json", "status --json"),
        ("advance --phase 9 --yes --json", "… --json (any error)"),
        (f"scan {tmp_path / 'app'} --json", "scan --json"),
    ]
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "views.py").write_text("rows = Patient.objects.filter(client_id=request.tenant)\n")
    for line, shape in runs:
        run = cli(*args, *line.split(), database_url=database_url, cwd=tmp_path)
        if shape is None:
            assert run.returncode == 0, run.stderr
            continue
        assert shape in shapes, f"runbooks/cli.md documents no shape for `tenantmig {shape}`"
        document = one_document(run)
        assert set(document) == shapes[shape], (shape, sorted(document), run.stderr[-2000:])
        if shape == "… --json (any error)":
            assert set(document["error"]) == {"code", "message", "details"}


def test_every_command_prints_json_through_the_envelope():
    """A command added later must stamp schema_version too: no JSON printed around emit_json."""
    source = (Path(__file__).resolve().parent.parent / "src" / "tenantmig" / "cli.py").read_text()
    assert "json.dumps(" not in source


# -- what the server reports, and warnings -----------------------------------------------------------------------


def test_a_database_error_is_told_by_its_first_line_and_its_sqlstate():
    """errors.first_line is what gates, checks and the CLI show of a database error: never the
    LINE/caret block, and the SQLSTATE only where the message asks for it."""
    multi_line = psycopg.errors.DivisionByZero("division by zero\nLINE 1: SELECT 1/0\n         ^")
    assert first_line(multi_line) == "division by zero"
    assert first_line(multi_line, sqlstate=True) == "division by zero (SQLSTATE 22012)"
    assert first_line(psycopg.OperationalError("")) == "OperationalError"
    assert first_line(psycopg.OperationalError("no state"), sqlstate=True) == "no state"
    failure = clikit.classify(multi_line)
    assert (failure.code, failure.exit_code) == ("database", 1)
    assert failure.message == "the database reported an error: division by zero (SQLSTATE 22012)"


def test_a_missing_object_or_privilege_from_the_server_maps_to_its_code(conn, database_url):
    import sqlalchemy as sa

    from tenantmig.db import create_engine

    with pytest.raises(psycopg.Error) as missing:
        conn.execute("SELECT * FROM public.no_such_table")
    failure = clikit.classify(missing.value)
    assert (failure.code, failure.exit_code) == ("missing_object", 2)
    assert failure.message == 'the table the command needs does not exist: relation "public.no_such_table" does not exist'
    assert failure.details == {"sqlstate": "42P01"}

    # The same error raised through SQLAlchemy (Alembic's connection) is recognised inside its wrapper.
    engine = create_engine(database_url)
    try:
        with engine.connect() as sa_conn, pytest.raises(sa.exc.DBAPIError) as wrapped:
            sa_conn.execute(sa.text("ALTER ROLE postgres_no_such_role NOLOGIN"))
    finally:
        engine.dispose()
    failure = clikit.classify(wrapped.value)
    assert (failure.code, failure.exit_code) == ("missing_object", 2)
    assert "postgres_no_such_role" in failure.message and "Traceback" not in failure.message


def test_python_warnings_become_log_lines_and_the_host_warning_is_silenced():
    import warnings

    stream = io.StringIO()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            configure_logging(0, stream=stream)
            logging.captureWarnings(False)  # an in-process CLI run earlier in this process may have captured them
            clikit._route_warnings()
            warnings.warn("XDG_RUNTIME_DIR is not set, falling back to /tmp/runtime-0", RuntimeWarning)
            warnings.warn("a library changed its mind", DeprecationWarning)
    finally:
        logging.captureWarnings(False)
        root.handlers[:] = handlers
        root.setLevel(level)
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(records) == 1 and "a library changed its mind" in records[0]["event"]
    assert records[0]["level"] == "warning"


def test_a_database_error_part_way_through_to_names_the_phase_and_what_completed(database_url, role_prefix, tmp_path):
    """Phase 4's gate acts as the application role: without SELECT on a table the server refuses it.

    messages: no fill trigger reads it, so phase 3's pre-check (a role that may insert must read what
    its fill trigger reads) has nothing to say, and the refusal comes from phase 4's gate."""
    settings = example_settings(database_url, role_prefix, tmp_path, rows=200)
    advance_to(settings, 2)
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        conn.execute(f'REVOKE ALL ON public.messages FROM "{role_prefix}app_user"')
    run = cli("--manifest", settings.manifest_path, "advance", "--to", "4", "--yes", "--json",
              database_url=database_url, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    no_traceback(run)
    error = one_document(run)["error"]
    # The refusal is the gate's finding, naming the table, the role and what the application will meet.
    assert error["code"] == "gate_failed", error
    assert error["message"].startswith("phase 4 (parallel policies) upgrade: post-conditions failed"), error
    assert (f"public.messages: a read as {role_prefix}app_user fails (permission denied for table messages)"
            in error["message"]), error
    assert [p["phase"] for p in error["details"]["completed"]] == [3]
