"""The one error hierarchy the CLI catches. Each class knows its exit code (DESIGN.md)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C


def first_line(error: BaseException, *, sqlstate: bool = False) -> str:
    """A database error as one line a user can read: the server's primary message, else the
    driver's first line, else the error's type; with `sqlstate`, followed by its SQLSTATE when it has one.

    The full text repeats the statement and a LINE/caret block that says nothing to a DBA.
    """
    diag = getattr(error, "diag", None)
    message = ((diag.message_primary if diag is not None else None) or str(error)).strip()
    line = message.splitlines()[0] if message else type(error).__name__
    state = getattr(error, "sqlstate", None) if sqlstate else None
    return f"{line} (SQLSTATE {state})" if state else line


class TenantmigError(Exception):
    """Base of every error tenantmig reports to a user; anything else keeps its traceback."""

    exit_code = EXIT_CHECK_FAILED
    code = "failed"  # the stable name `--json` reports as error.code (runbooks/cli.md)

    def __init__(self, message: str, *, hint: str | None = None, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details or {}

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class UsageError(TenantmigError):
    """Bad command-line usage or a request that makes no sense in the current state."""

    exit_code = EXIT_USAGE
    code = "usage"


class ManifestError(UsageError):
    """The manifest is malformed, or disagrees with the live database."""

    code = "manifest"


class LockHeldError(TenantmigError):
    """Another tenantmig run holds the advisory lock on this database."""

    exit_code = EXIT_LOCKED
    code = "lock_held"


class GateFailed(TenantmigError):
    """A pre- or post-condition of a phase did not hold."""

    exit_code = EXIT_CHECK_FAILED
    code = "gate_failed"


class StateError(TenantmigError):
    """The database is not at the phase the command needs."""

    exit_code = EXIT_CHECK_FAILED
    code = "wrong_phase"


class LockTimeoutExhausted(TenantmigError):
    """DDL could not get its lock within the retries; names who blocks it."""

    exit_code = EXIT_CHECK_FAILED
    code = "lock_timeout"


class BackupError(TenantmigError):
    """No usable backup could be made or verified."""

    exit_code = EXIT_CHECK_FAILED
    code = "backup_failed"


class Interrupted(TenantmigError):
    """Ctrl-C: the run stopped where it was; the hint is the command that resumes."""

    exit_code = EXIT_INTERRUPTED
    code = "interrupted"
