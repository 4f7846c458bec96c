"""Pure ASGI middleware: verify the bearer token, resolve the tenant, run the app inside tenant(...).

Needs no framework; under Starlette/FastAPI add it with `app.add_middleware(
TenantMiddleware, resolver=...)` or wrap the app. The app finds the tenant and
the verified claims in scope["tenantmig"] (and via current_tenant()).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

from tenantmig.context.bearer import Resolved, TenantResolver, refusal
from tenantmig.context.errors import TenantContextError
from tenantmig.context.scope import tenant

Scope = dict[str, Any]


class TenantMiddleware:
    def __init__(self, app: Any, resolver: TenantResolver, exempt_paths: Iterable[str] = ()):
        self.app = app
        self.resolver = resolver
        # Health checks and the like, served without a token and without a tenant.
        self.exempt_paths = frozenset(exempt_paths)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket") or scope.get("path") in self.exempt_paths:
            await self.app(scope, receive, send)
            return
        try:
            resolved = await self._resolve(_header(scope, b"authorization"))
        except TenantContextError as error:
            await _refuse(scope, send, error)
            return
        scope = {**scope, "tenantmig": {"tenant": resolved.tenant_id, "claims": resolved.claims}}
        with tenant(resolved.tenant_id):
            await self.app(scope, receive, send)

    async def _resolve(self, authorization: str | None) -> Resolved:
        if self.resolver.fallback is None:
            return self.resolver.resolve(authorization)
        # The fallback queries the database with a blocking driver: keep it off the event loop.
        return await asyncio.to_thread(self.resolver.resolve, authorization)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers") or ():
        if key.lower() == name:
            return value.decode("latin-1")
    return None


async def _refuse(scope: Scope, send: Any, error: TenantContextError) -> None:
    status, headers, body = refusal(error)
    if scope["type"] == "websocket":
        # Closing before accept makes the server answer the handshake with 403.
        await send({"type": "websocket.close", "code": 1008, "reason": error.reason})
        return
    raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
