"""What happens when a transaction begins with no scope: the coverage signal.

Without a scope nothing is set and RLS shows nothing, which is safe but silent.
Before the strict phase, teams need to find those code paths; the hook names
the caller so a log search lists them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

import structlog

from tenantmig.context.errors import MissingTenantError

log = structlog.get_logger("tenantmig.context")

# Frames from these packages are plumbing; the first frame outside them is the
# application code that opened the transaction.
_PLUMBING = ("/sqlalchemy/", "/psycopg/", "/tenantmig/context/", "/contextlib.py", "/greenlet/", "/asyncio/")


@dataclass(frozen=True)
class MissingTenant:
    """A transaction that began with no tenant and no cross-tenant scope."""

    integration: str  # "sqlalchemy" | "psycopg"
    caller: str | None  # "path/to/module.py:123 in function", the application frame


OnMissing = Callable[[MissingTenant], None]


def caller_outside_plumbing(limit: int = 60) -> str | None:
    frame = sys._getframe(1)
    for _ in range(limit):
        if frame is None:
            return None
        filename = frame.f_code.co_filename.replace("\\", "/")
        if not any(part in filename for part in _PLUMBING):
            return f"{filename}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    return None


def log_missing(event: MissingTenant) -> None:
    """Default: one warning per unscoped transaction, event `tenant_context.missing`."""
    log.warning("tenant_context.missing", integration=event.integration, caller=event.caller)


def raise_on_missing(event: MissingTenant) -> None:
    """For test suites and strict deployments: an unscoped transaction is an error."""
    raise MissingTenantError(
        f"a transaction began with no tenant scope ({event.integration}, at {event.caller}); "
        "wrap the work in tenant(...) or cross_tenant(role=...)"
    )


def report_missing(on_missing: OnMissing | None, integration: str) -> None:
    if on_missing is None:
        return
    on_missing(MissingTenant(integration=integration, caller=caller_outside_plumbing()))
