"""The one error hierarchy the CLI catches. Each class knows its exit code (DESIGN.md)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3


class TenantmigError(Exception):
    """Base of every error tenantmig reports to a user; anything else keeps its traceback."""

    exit_code = EXIT_CHECK_FAILED

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class UsageError(TenantmigError):
    """Bad command-line usage or a request that makes no sense in the current state."""

    exit_code = EXIT_USAGE


class ManifestError(UsageError):
    """The manifest is malformed, or disagrees with the live database."""


class LockHeldError(TenantmigError):
    """Another tenantmig run holds the advisory lock on this database."""

    exit_code = EXIT_LOCKED


class GateFailed(TenantmigError):
    """A pre- or post-condition of a phase did not hold."""

    exit_code = EXIT_CHECK_FAILED


class StateError(TenantmigError):
    """The database is not at the phase the command needs."""

    exit_code = EXIT_CHECK_FAILED


class LockTimeoutExhausted(TenantmigError):
    """DDL could not get its lock within the retries; names who blocks it."""

    exit_code = EXIT_CHECK_FAILED


class BackupError(TenantmigError):
    """No usable backup could be made or verified."""

    exit_code = EXIT_CHECK_FAILED
