"""Fixtures for tenantmig.context: a small RLS schema of our own, and a real PgBouncer.

The schema is the policy shape tenantmig installs (DESIGN.md), on one table, so
these tests need nothing from the migration chain.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from tenantmig import servers

TENANTS = [str(uuid.UUID(int=n)) for n in (0xA, 0xB, 0xC, 0xD)]
ROWS_PER_TENANT = 3


def with_user(url: str, user: str) -> str:
    """The same URL logging in as another role (servers trust local logins)."""
    parts = urlsplit(servers.libpq_url(url))
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, parts.fragment))


@dataclass(frozen=True)
class Schema:
    database_url: str
    app_role: str
    reporting_role: str
    tenants: list[str]

    @property
    def app_url(self) -> str:
        return with_user(self.database_url, self.app_role)


SCHEMA_SQL = """
CREATE TABLE items (
    id bigserial PRIMARY KEY,
    client_id uuid NOT NULL,
    label text NOT NULL
);
CREATE INDEX ON items (client_id);
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
ALTER TABLE items FORCE ROW LEVEL SECURITY;
CREATE POLICY items_tenant ON items TO {app}
    USING (client_id = (SELECT NULLIF(current_setting('app.current_client_id', true), '')::uuid));
-- PostgREST/Supabase style: the tenant is a claim inside a JSON setting.
CREATE POLICY items_jwt_tenant ON items TO {app}
    USING (client_id = (SELECT NULLIF(current_setting('request.jwt.claims', true), '')::json ->> 'client_id')::uuid);
CREATE POLICY items_reporting ON items FOR SELECT TO {reporting} USING (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON items TO {app};
GRANT USAGE ON SEQUENCE items_id_seq TO {app};
GRANT SELECT ON items TO {reporting};
-- NOINHERIT on the app role: it may SET ROLE reporting, but the reporting policy
-- must not apply to it otherwise (policies apply to members that inherit).
GRANT {reporting} TO {app};

CREATE TABLE user_organizations (
    user_id text NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (user_id, organization_id)
);
GRANT SELECT ON user_organizations TO {reporting};
"""


@pytest.fixture
def schema(database_url, role_prefix) -> Schema:
    app, reporting = f"{role_prefix}app", f"{role_prefix}reporting"
    with psycopg.connect(servers.libpq_url(database_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN NOINHERIT NOSUPERUSER NOBYPASSRLS").format(sql.Identifier(app)))
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN NOSUPERUSER NOBYPASSRLS").format(sql.Identifier(reporting)))
        conn.execute(sql.SQL(SCHEMA_SQL).format(app=sql.Identifier(app), reporting=sql.Identifier(reporting)))
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO items (client_id, label) VALUES (%s, %s)",
                [(t, f"{t[-1]}-{n}") for t in TENANTS for n in range(ROWS_PER_TENANT)],
            )
    return Schema(database_url, app, reporting, list(TENANTS))


# --- PgBouncer -------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_target(url: str) -> tuple[str, str]:
    """(host, port) of the server: a TCP host, or the unix socket directory from ?host=."""
    parts = urlsplit(servers.libpq_url(url))
    query = parse_qs(parts.query)
    host = query.get("host", [parts.hostname or "127.0.0.1"])[0]
    port = query.get("port", [str(parts.port or 5432)])[0]
    return host, port


def _run_as(host: str) -> str | None:
    """PgBouncer refuses to run as root. As root, pick a user that can reach the server:
    the owner of the socket directory (the embedded server keeps it 0700), else postgres/nobody."""
    if os.geteuid() != 0:
        return None
    if host.startswith("/"):
        return pwd.getpwuid(os.stat(host).st_uid).pw_name
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    pytest.fail("running as root and neither a 'postgres' nor a 'nobody' OS user exists to run pgbouncer as")


@dataclass
class PgBouncer:
    port: int
    process: subprocess.Popen
    directory: Path

    def url(self, user: str, dbname: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def log(self) -> str:
        path = self.directory / "pgbouncer.log"
        return path.read_text() if path.exists() else ""


def _start(binary: str, users: list[str], host: str, port: str, pool_size: int) -> PgBouncer:
    directory = Path(tempfile.mkdtemp(prefix="tenantmig-pgbouncer-"))
    listen_port = _free_port()
    (directory / "users.txt").write_text("".join(f'"{u}" ""\n' for u in users))
    (directory / "pgbouncer.ini").write_text(
        f"""[databases]
* = host={host} port={port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen_port}
unix_socket_dir =
auth_type = trust
auth_file = {directory}/users.txt
pool_mode = transaction
default_pool_size = {pool_size}
min_pool_size = 0
reserve_pool_size = 0
max_client_conn = 200
ignore_startup_parameters = extra_float_digits
logfile = {directory}/pgbouncer.log
"""
    )
    command = [binary]
    user = _run_as(host)
    if user is not None:
        owner = pwd.getpwnam(user)
        for path in (directory, *directory.iterdir()):
            os.chown(path, owner.pw_uid, owner.pw_gid)
        command += ["-u", user]
    command.append(str(directory / "pgbouncer.ini"))
    # Output to a file, not a pipe: a pipe nobody drains would block pgbouncer once full.
    with open(directory / "stdout.log", "wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    bouncer = PgBouncer(listen_port, process, directory)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output_text = (directory / "stdout.log").read_text(errors="replace")
            raise RuntimeError(f"pgbouncer exited with {process.returncode}: {output_text}\n{bouncer.log()}")
        try:
            socket.create_connection(("127.0.0.1", listen_port), timeout=0.2).close()
            return bouncer
        except OSError:
            time.sleep(0.05)
    _stop(bouncer)
    raise RuntimeError(f"pgbouncer did not listen on {listen_port} within 10 s\n{bouncer.log()}")


def _stop(bouncer: PgBouncer) -> None:
    if bouncer.process.poll() is None:
        bouncer.process.terminate()
        try:
            bouncer.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            bouncer.process.kill()
            bouncer.process.wait()
    shutil.rmtree(bouncer.directory, ignore_errors=True)


@pytest.fixture
def pgbouncer(schema):
    """A PgBouncer in transaction pooling mode in front of the test server, 4 server connections per pool."""
    binary = shutil.which("pgbouncer") or next(
        (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if os.access(p, os.X_OK)), None
    )
    if binary is None:
        pytest.skip("pgbouncer is not installed (Debian/Ubuntu: apt-get install -y pgbouncer)")
    host, port = _server_target(schema.database_url)
    users = [schema.app_role]
    bouncer = None
    for attempt in range(3):
        try:
            bouncer = _start(binary, users, host, port, pool_size=4)
            break
        except RuntimeError:
            # The free port can be taken between choosing and binding it; try another.
            if attempt == 2:
                raise
    yield bouncer
    _stop(bouncer)
