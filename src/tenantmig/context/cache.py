"""A redis-py client wrapper that puts every key under the current tenant's prefix.

    from tenantmig.context import tenant
    from tenantmig.context.cache import TenantRedis

    cache = TenantRedis(redis.Redis(...), template="org:{tenant}:{key}", transition=True)
    with tenant(org_id):
        cache.set("session:abc", b"...")        # writes org:<org_id>:session:abc
        cache.get("session:abc")                # reads it; during the transition, falls back to
                                                # session:abc while `tenantmig keys advance` runs

The template is the manifest's `[keys].target`. Outside a tenant scope every call raises
MissingTenantError: a key without a tenant is the cache-level version of a missing WHERE.
With `transition=True` a read of a missing new key reads the old, unprefixed one (not moved yet,
or rolled back); writes always go to the new name, and deletes remove both, so a stale old value
cannot come back through the fallback. Turn `transition` off once `keys advance` has finished.
"""

from __future__ import annotations

from typing import Any

from tenantmig.context.errors import MissingTenantError
from tenantmig.context.scope import current_tenant


class TenantRedis:
    def __init__(self, client, *, template: str = "org:{tenant}:{key}", transition: bool = False):
        if "{tenant}" not in template or "{key}" not in template:
            raise ValueError("template must contain {tenant} and {key}, e.g. 'org:{tenant}:{key}'")
        self.client, self.template, self.transition = client, template, transition

    def key(self, key: str) -> str:
        """The current tenant's name for `key`."""
        tenant = current_tenant()
        if tenant is None:
            raise MissingTenantError(f"Redis key {key!r} used outside a tenant scope")
        return self.template.replace("{tenant}", tenant).replace("{key}", key)

    def _read(self, method: str, key: str, *args) -> Any:
        value = getattr(self.client, method)(self.key(key), *args)
        if self.transition and value in (None, {}, [], set()) and not self.client.exists(self.key(key)):
            return getattr(self.client, method)(key, *args)
        return value

    # Reads: the new name, then (during the transition) the old one.
    def get(self, key: str):
        return self._read("get", key)

    def hget(self, key: str, field: str):
        return self._read("hget", key, field)

    def hgetall(self, key: str):
        return self._read("hgetall", key)

    def lrange(self, key: str, start: int, end: int):
        return self._read("lrange", key, start, end)

    def smembers(self, key: str):
        return self._read("smembers", key)

    def exists(self, key: str) -> int:
        found = self.client.exists(self.key(key))
        return found or (self.client.exists(key) if self.transition else 0)

    def ttl(self, key: str) -> int:
        ttl = self.client.ttl(self.key(key))
        return self.client.ttl(key) if ttl == -2 and self.transition else ttl

    # Writes: always the new name.
    def set(self, key: str, value, **kwargs):
        return self.client.set(self.key(key), value, **kwargs)

    def hset(self, key: str, *args, **kwargs):
        return self.client.hset(self.key(key), *args, **kwargs)

    def rpush(self, key: str, *values):
        return self.client.rpush(self.key(key), *values)

    def sadd(self, key: str, *values):
        return self.client.sadd(self.key(key), *values)

    def incr(self, key: str, amount: int = 1):
        if self.transition and not self.client.exists(self.key(key)) and self.client.exists(key):
            # Carry the old counter over first, or the count would restart from zero.
            self.client.renamenx(key, self.key(key))
        return self.client.incr(self.key(key), amount)

    def expire(self, key: str, seconds: int):
        return self.client.expire(self.key(key), seconds)

    def delete(self, *keys: str) -> int:
        names = [self.key(k) for k in keys] + (list(keys) if self.transition else [])
        return self.client.delete(*names)
