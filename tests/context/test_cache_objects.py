"""tenantmig.context's Redis and object-store wrappers, against a real redis-server and SeaweedFS."""

from __future__ import annotations

import os

import pytest
import redis

from tenantmig.context import MissingTenantError, tenant
from tenantmig.context.cache import TenantRedis
from tenantmig.context.objects import TenantBucket, TenantObjectStore, object_key
from tests.stores import bucket, redis_server, redis_url, s3_client, seaweed  # noqa: F401  (fixtures)

A, B = "00000000-0000-0000-0000-00000000000a", "00000000-0000-0000-0000-00000000000b"


def test_cache_writes_and_reads_under_the_tenant_prefix(redis_url):
    client = redis.Redis.from_url(redis_url)
    cache = TenantRedis(client)
    with tenant(A):
        cache.set("session:1", b"a's", ex=600)
        cache.hset("cart:1", mapping={"n": "1"})
    with tenant(B):
        assert cache.get("session:1") is None  # B never sees A's key
        cache.set("session:1", b"b's")
    assert client.get(f"org:{A}:session:1") == b"a's" and client.get(f"org:{B}:session:1") == b"b's"
    assert client.hget(f"org:{A}:cart:1", "n") == b"1"
    assert client.exists("session:1") == 0
    with pytest.raises(MissingTenantError):
        cache.get("session:1")


def test_cache_falls_back_to_the_old_key_only_during_the_transition(redis_url):
    client = redis.Redis.from_url(redis_url)
    client.set("session:old", b"not moved yet")
    client.set("hits:7", 41)
    moving = TenantRedis(client, transition=True)
    with tenant(A):
        assert moving.get("session:old") == b"not moved yet"
        assert moving.exists("session:old") == 1
        assert moving.incr("hits:7") == 42  # the old counter carried over, not restarted
        moving.set("session:old", b"new value")
        assert moving.get("session:old") == b"new value"
        moving.delete("session:old")
        assert moving.get("session:old") is None  # the stale old value does not come back
    client.set("session:older", b"x")
    with tenant(A):
        assert TenantRedis(client).get("session:older") is None


def test_object_keys_and_boto3_bucket(seaweed, bucket):
    client = s3_client(seaweed)
    with tenant(A):
        assert object_key("docs/1.pdf", store=7, template="{tenant}/{store}/{key}") == f"{A}/7/docs/1.pdf"
        with pytest.raises(ValueError, match="leave"):
            object_key("../b/1.pdf")
        TenantBucket(client, bucket).put("docs/1.pdf", b"a's")
    assert client.get_object(Bucket=bucket, Key=f"{A}/docs/1.pdf")["Body"].read() == b"a's"
    client.put_object(Bucket=bucket, Key="docs/2.pdf", Body=b"old")
    with tenant(B):
        with pytest.raises(client.exceptions.NoSuchKey):
            TenantBucket(client, bucket).get("docs/1.pdf")
        assert TenantBucket(client, bucket, transition=True).get("docs/2.pdf") == b"old"
        with pytest.raises(client.exceptions.NoSuchKey):
            TenantBucket(client, bucket).get("docs/2.pdf")
    with pytest.raises(MissingTenantError):
        object_key("docs/1.pdf")


def test_obstore_store_under_the_tenant_prefix(seaweed, bucket):
    from obstore.store import S3Store
    client = s3_client(seaweed)  # first: it sets the credentials this server has seen
    store = S3Store(bucket, endpoint=seaweed, region="us-east-1", access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
                    secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
                    client_options={"allow_http": True}, virtual_hosted_style_request=False)
    client.put_object(Bucket=bucket, Key="scan.pdf", Body=b"old")
    with tenant(A):
        TenantObjectStore(store).put("a.pdf", b"a's")
        assert TenantObjectStore(store, transition=True).get("scan.pdf") == b"old"
        assert TenantObjectStore(store).get("a.pdf") == b"a's"
    assert client.get_object(Bucket=bucket, Key=f"{A}/a.pdf")["Body"].read() == b"a's"
    with tenant(B), pytest.raises(FileNotFoundError):
        TenantObjectStore(store).get("a.pdf")
