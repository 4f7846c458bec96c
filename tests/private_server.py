"""A PostgreSQL cluster of the test's own, for what the shared server does not have loaded:
pg_stat_statements in shared_preload_libraries and a JSON server log (logging_collector).

initdb refuses root, so as root the cluster runs as the `postgres` OS user. Skipped,
saying why, where the binaries or that user are missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tenantmig import api, servers
from tenantmig.examples import telehealth
from helpers import advance_to, example_settings

TENANT_A, TENANT_B = telehealth.TENANTS[0][0], telehealth.TENANTS[1][0]


def _binaries() -> Path:
    """The server the rest of the suite runs on: Debian's 15 beside the shared server
    (TENANTMIG_TEST_DATABASE_URL), else the embedded 18; TENANTMIG_TEST_PG_BIN overrides."""
    if os.environ.get("TENANTMIG_TEST_PG_BIN"):
        return Path(os.environ["TENANTMIG_TEST_PG_BIN"])
    if os.environ.get("TENANTMIG_TEST_DATABASE_URL"):
        return Path("/usr/lib/postgresql/15/bin")
    return servers.embedded_bin_dir() or Path("/usr/lib/postgresql/15/bin")


BIN = _binaries()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


@contextlib.contextmanager
def cluster(**settings: str) -> Iterator[str]:
    if not (BIN / "initdb").exists() or not (BIN.parent / "lib" / "pg_stat_statements.so").exists():
        pytest.skip(f"needs PostgreSQL binaries with pg_stat_statements in {BIN} (TENANTMIG_TEST_PG_BIN)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root needs runuser to start PostgreSQL as the postgres user")
    home = Path(tempfile.mkdtemp(prefix="tenantmig-pgss-"))
    data = home / "data"
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
    port = free_port()
    subprocess.run(_as_server_user([str(BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                                    "-E", "UTF8", "--no-sync"]), check=True, capture_output=True)
    options = {"port": str(port), "listen_addresses": "'127.0.0.1'", "unix_socket_directories": f"'{home}'",
               "fsync": "off", **settings}
    with open(data / "postgresql.auto.conf", "a") as conf:
        conf.writelines(f"{k} = {v}\n" for k, v in options.items())
    subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-l", str(home / "startup.log"), "-w",
                                    "-t", "60", "start"]), check=True, capture_output=True)
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    try:
        for _ in range(50):  # pg_ctl -w waited already; this only covers a slow first connection
            try:
                psycopg.connect(url).close()
                break
            except psycopg.OperationalError:
                time.sleep(0.1)
        yield url
    finally:
        subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def pgss_server_url():
    """A server with pg_stat_statements loaded and its log written as JSON lines (log/postgresql.json)."""
    with cluster(shared_preload_libraries="'pg_stat_statements'", logging_collector="on",
                 log_destination="'jsonlog'", log_directory="'log'", log_filename="'postgresql'",
                 log_rotation_age="0", log_rotation_size="0") as url:
        yield url


@pytest.fixture
def canary(pgss_server_url, role_prefix, tmp_path):
    """A telehealth database at phase 4 with tenant A enforced, on the JSON-logging server."""
    url = servers.create_database(pgss_server_url, prefix="tenantmig_watch")
    try:
        settings = example_settings(url, role_prefix, tmp_path, rows=200)
        advance_to(settings, 3)
        api.advance(settings, 4)
        api.rollout(settings, enable=True, tenant=TENANT_A)
        yield settings
    finally:
        servers.drop_database(pgss_server_url, url, role_prefix=role_prefix)
