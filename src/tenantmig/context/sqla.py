"""SQLAlchemy integration: state the scope as the first statement of every transaction.

Hooks the engine's `begin` event (every Connection and Session transaction goes
through it) or a sessionmaker's `after_begin`. Async engines run their sync
core in greenlets that share the caller's context, so the same hook on
`AsyncEngine.sync_engine` sees the scope of the awaiting task.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from tenantmig.context.coverage import OnMissing, log_missing, report_missing
from tenantmig.context.scope import current_scope
from tenantmig.context.source import ContextSource

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker


def _statement(count: int):
    calls = ", ".join(f"set_config(:name{i}, :value{i}, true)" for i in range(count))
    return text(f"SELECT {calls}")


def apply_scope(connection: Connection, source: ContextSource, on_missing: OnMissing | None = log_missing) -> None:
    """Set the current scope on a connection whose transaction has just begun."""
    pairs = source.assignments(current_scope())
    if not pairs:
        report_missing(on_missing, "sqlalchemy")
        return
    params: dict[str, str] = {}
    for i, (name, value) in enumerate(pairs):
        params[f"name{i}"] = name
        params[f"value{i}"] = value
    connection.execute(_statement(len(pairs)), params)


@dataclass
class Installation:
    """What install() hooked; remove() unhooks it (tests, reconfiguration)."""

    target: Any
    event_name: str
    listener: Callable[..., None]
    source: ContextSource
    _removed: bool = field(default=False, repr=False)

    def remove(self) -> None:
        if not self._removed:
            event.remove(self.target, self.event_name, self.listener)
            self._removed = True


def install(
    target: Engine | AsyncEngine | sessionmaker | async_sessionmaker,
    setting: str = "app.current_client_id",
    *,
    source: ContextSource | str = "setting",
    claim: str = "client_id",
    claims_setting: str = "request.jwt.claims",
    on_missing: OnMissing | None = log_missing,
) -> Installation:
    """Make every transaction on `target` begin by stating the current scope.

    source="setting" sets `setting`; source="jwt_claims" sets `claims_setting` to
    {claim: tenant} JSON. No scope: nothing is set (RLS shows nothing) and
    `on_missing` is called (default: log `tenant_context.missing`; None: silent;
    coverage.raise_on_missing: fail the transaction).

    Install on the engine *or* on a sessionmaker bound to it, not both: both
    would state the scope twice (harmless, one extra round trip).
    """
    ctx = ContextSource.of(source, setting=setting, claim=claim, claims_setting=claims_setting)

    # sqlalchemy.ext.asyncio needs greenlet; sync-only applications may not have it,
    # and anyone holding an async object has already imported the module.
    if "sqlalchemy.ext.asyncio" in sys.modules:
        from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker

        if isinstance(target, AsyncEngine):
            target = target.sync_engine
        elif isinstance(target, async_sessionmaker):
            bind = target.kw.get("bind")
            if bind is None:
                raise TypeError("install(async_sessionmaker) needs a bound sessionmaker; install on the engine instead")
            return install(bind, source=ctx, on_missing=on_missing)

    if isinstance(target, Engine):

        def on_begin(connection: Connection) -> None:
            apply_scope(connection, ctx, on_missing)

        event.listen(target, "begin", on_begin)
        return Installation(target, "begin", on_begin, ctx)

    if isinstance(target, sessionmaker):

        def after_begin(session: Session, transaction: Any, connection: Connection) -> None:
            apply_scope(connection, ctx, on_missing)

        event.listen(target, "after_begin", after_begin)
        return Installation(target, "after_begin", after_begin, ctx)

    raise TypeError(
        f"install() takes an Engine, AsyncEngine, sessionmaker or async_sessionmaker, not {type(target).__name__}"
    )
