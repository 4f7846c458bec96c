"""Real Redis and SeaweedFS servers for the keys/objects tests, each on its own loopback ports.

The machine's Redis at 6379 is shared with other test runs: these fixtures start a private
redis-server and SeaweedFS's S3 gateway (tenantmig.examples.stores), stopped by their own process
ids. Import the fixtures into a test module: `from tests.stores import redis_server, redis_url`.
"""

from __future__ import annotations

import uuid

import pytest

from tenantmig.examples import stores
from tenantmig.examples.stores import s3_client

__all__ = ["bucket", "redis_server", "redis_url", "s3_client", "seaweed"]


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    with stores.redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def redis_url(redis_server):
    """A flushed server per test: each test sees only its own keys."""
    import redis
    url = f"{redis_server}/0"
    redis.Redis.from_url(url).flushall()
    return url


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory):
    with stores.seaweed_server(tmp_path_factory.mktemp("seaweed")) as endpoint:
        yield endpoint


@pytest.fixture
def bucket(seaweed):
    """A fresh bucket per test."""
    name = f"t-{uuid.uuid4().hex[:12]}"
    s3_client(seaweed).create_bucket(Bucket=name)
    return name
