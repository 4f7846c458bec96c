"""What every benchmark shares: where its server comes from, scratch databases, medians, the last JSON line.

A benchmark's server is --database-url, else TENANTMIG_DATABASE_URL, else an embedded PostgreSQL
started for the run. It never touches an existing database: it creates scratch ones and drops them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import uuid
from collections.abc import Iterator

import psycopg

from tenantmig import servers


def parser(description: str) -> argparse.ArgumentParser:
    parsed = argparse.ArgumentParser(description=description)
    parsed.add_argument("--database-url", default=os.environ.get("TENANTMIG_DATABASE_URL"),
                        help="a server to create scratch databases on (default: TENANTMIG_DATABASE_URL, "
                             "else an embedded PostgreSQL started for the run)")
    parsed.add_argument("--repeat", type=int, default=3,
                        help="runs of each variant, alternated; medians are reported (noise here reaches 25%%)")
    return parsed


@contextlib.contextmanager
def server(args: argparse.Namespace) -> Iterator[str]:
    """The server URL (any database on it): the one given, else an embedded one for the duration."""
    with servers.any_server(args.database_url) as url:
        yield url


@contextlib.contextmanager
def scratch_database(server_url: str, prefix: str = "tenantmig_bench") -> Iterator[tuple[str, str]]:
    """A fresh database and a role prefix of its own; both dropped afterwards, whatever happens."""
    role_prefix = f"b{uuid.uuid4().hex[:6]}_"
    url = servers.create_database(server_url, prefix=prefix)
    try:
        yield url, role_prefix
    finally:
        servers.drop_database(server_url, url, role_prefix=role_prefix)


def reset_physical_state(url: str, tables: list[str] | None = None) -> None:
    """Same physical starting point before every measured run: no dead tuples, nothing dirty in memory."""
    with psycopg.connect(servers.libpq_url(url), autocommit=True) as conn:
        # VACUUM FULL leaves the visibility map empty; the VACUUM after it sets it, as autovacuum
        # has on a table at rest, so an index-only scan does not visit the heap for every key.
        for table in tables or [""]:
            conn.execute(f"VACUUM FULL {table}")
            conn.execute(f"VACUUM ANALYZE {table}")
        conn.execute("CHECKPOINT")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def emit(figures: dict) -> None:
    """The figures as one JSON object on the last line of stdout, for scripts and bench/README.md."""
    sys.stdout.flush()
    print(json.dumps(figures, sort_keys=True))
