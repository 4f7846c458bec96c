"""Redis keys moved under tenant prefixes (`session:abc` -> `org:{tenant}:session:abc`) and back.

A move is one `RENAMENX`: atomic on the server, it keeps the key's type, value and absolute expiry
(`PEXPIRETIME` is unchanged, so the TTL is exactly what it would have been), and it refuses to
overwrite a key that already holds the new name (a collision, left in place and listed). Because a
rename either happened or did not, a run killed at any moment is finished by the next run looking
at which of the two names exists. A single Redis server (or a primary) only: in Redis Cluster the
old and new names usually hash to different slots, where RENAME is refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import redis
from redis.exceptions import ResponseError

from tenantmig.errors import TenantmigError, UsageError


def connect(url: str) -> redis.Redis:
    client = redis.Redis.from_url(url, decode_responses=False, socket_timeout=30)
    try:
        client.ping()
    except (redis.ConnectionError, redis.TimeoutError, ResponseError) as exc:
        raise TenantmigError(f"Redis at {_safe(url)} does not answer: {exc}",
                             hint="Check [keys].url, --redis-url or TENANTMIG_REDIS_URL.") from None
    return client


def _safe(url: str) -> str:
    # Never print a password that a URL carries.
    from urllib.parse import urlsplit
    parts = urlsplit(url)
    return parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else "")).geturl() \
        if parts.password and parts.hostname else url


def _json_path(value: Any, path: str) -> Any:
    for piece in path.removeprefix("$.").removeprefix("$").split("."):
        if not piece:
            continue
        if isinstance(value, dict):
            value = value.get(piece)
        elif isinstance(value, list) and piece.isdigit() and int(piece) < len(value):
            value = value[int(piece)]
        else:
            return None
    return value


class RedisBackend:
    system = "keys"
    describes = False

    def __init__(self, client: redis.Redis):
        self.client = client
        self.undecodable: list[bytes] = []

    def scan(self, batch: int) -> Iterator[list[str]]:
        cursor = 0
        self.undecodable = []
        while True:
            cursor, raw = self.client.scan(cursor=cursor, count=batch)
            names = []
            for key in raw:
                try:
                    names.append(key.decode("utf-8"))
                except UnicodeDecodeError:
                    # Cannot be recorded in the ledger's text column, nor rendered into a template:
                    # listed, never moved.
                    self.undecodable.append(key)
            if names:
                yield names
            if cursor == 0:
                return

    def fields(self, names: list[str], source_field: tuple[str, str]) -> dict[str, Any]:
        kind, path = source_field
        pipe = self.client.pipeline(transaction=False)
        for name in names:
            if kind == "hash_field":
                pipe.hget(name, path)
            else:
                pipe.get(name)
        out: dict[str, Any] = {}
        for name, value in zip(names, pipe.execute(raise_on_error=False)):
            if isinstance(value, ResponseError):
                out[name] = {"why": f"not a {'hash' if kind == 'hash_field' else 'string'} (WRONGTYPE)"}
            elif value is None:
                out[name] = {"why": f"{'field' if kind == 'hash_field' else 'key'} {path if kind == 'hash_field' else ''}"
                                    .rstrip() + " missing"}
            elif kind == "hash_field":
                out[name] = value.decode("utf-8", "replace")
            else:
                try:
                    found = _json_path(json.loads(value), path)
                except (ValueError, UnicodeDecodeError):
                    out[name] = {"why": "value is not JSON"}
                    continue
                out[name] = str(found) if isinstance(found, (str, int)) and not isinstance(found, bool) else {
                    "why": f"JSON path {path} is {'missing' if found is None else type(found).__name__}"}
        return out

    def exists(self, names: list[str]) -> list[bool]:
        pipe = self.client.pipeline(transaction=False)
        for name in names:
            pipe.exists(name)
        return [bool(n) for n in pipe.execute()]

    def describe(self, names: list[str]) -> dict[str, dict]:
        return {}

    def _renames(self, pairs: list[tuple[str, str]]) -> list[Any]:
        pipe = self.client.pipeline(transaction=False)
        for old, new in pairs:
            pipe.renamenx(old, new)
        return pipe.execute(raise_on_error=False)

    def move(self, rows: list[dict], keep_old: bool) -> list[tuple[str, dict | None]]:
        results = self._renames([(r["source"], r["target"]) for r in rows])
        out: list[tuple[str, dict | None]] = []
        gone = [r for r, res in zip(rows, results) if isinstance(res, ResponseError)]
        # The old name is gone: either an earlier (killed) run renamed it, or it expired.
        target_there = dict(zip([r["source"] for r in gone], self.exists([r["target"] for r in gone]))) if gone else {}
        for row, res in zip(rows, results):
            if isinstance(res, ResponseError):
                if "no such key" not in str(res).lower():
                    raise TenantmigError(f"Redis refused RENAMENX {row['source']} {row['target']}: {res}")
                out.append(("moved", None) if target_there[row["source"]] else ("vanished", {"why": "expired or deleted"}))
            else:
                out.append(("moved", None) if res else ("collision", {"why": "the new name exists"}))
        return out

    def restore(self, rows: list[dict]) -> list[tuple[str, dict | None]]:
        results = self._renames([(r["target"], r["source"]) for r in rows])
        gone = [r for r, res in zip(rows, results) if isinstance(res, ResponseError)]
        source_there = dict(zip([r["source"] for r in gone], self.exists([r["source"] for r in gone]))) if gone else {}
        out: list[tuple[str, dict | None]] = []
        for row, res in zip(rows, results):
            if isinstance(res, ResponseError):
                if "no such key" not in str(res).lower():
                    raise TenantmigError(f"Redis refused RENAMENX {row['target']} {row['source']}: {res}")
                out.append(("restored", None) if source_there[row["source"]] else
                           ("vanished", {"why": "expired or deleted after its move"}))
            else:
                out.append(("restored", None) if res else ("collision", {"why": "the old name was written again"}))
        return out

    def cleanup(self, rows: list[dict]) -> list[tuple[str, dict | None]]:
        raise UsageError("keys have nothing to clean up: a rename leaves no old copy")

    def check_moved(self, rows: list[dict]) -> list[str | None]:
        pipe = self.client.pipeline(transaction=False)
        for row in rows:
            pipe.exists(row["target"])
            pipe.exists(row["source"])
        flags = pipe.execute()
        out = []
        for i, _row in enumerate(rows):
            target, source = flags[2 * i], flags[2 * i + 1]
            out.append(None if target and not source else
                       "the old name exists again" if source else "the new name is missing (expired or deleted?)")
        return out
