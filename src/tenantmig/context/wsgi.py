"""WSGI twin of the ASGI middleware, for Flask/Django-style apps.

The app, and the iteration of the response it returns (which a WSGI server may
do after the app has returned, e.g. a streamed response), all run in a context
with the tenant entered; the server thread's own context is never touched.
The app finds the tenant in environ["tenantmig.tenant"], the claims in
environ["tenantmig.claims"].
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextvars import Context
from typing import Any

from tenantmig.context.bearer import TenantResolver, refusal
from tenantmig.context.errors import TenantContextError
from tenantmig.context.scope import TenantScope, context_with


class TenantWSGIMiddleware:
    def __init__(self, app: Callable[..., Iterable[bytes]], resolver: TenantResolver, exempt_paths: Iterable[str] = ()):
        self.app = app
        self.resolver = resolver
        self.exempt_paths = frozenset(exempt_paths)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") in self.exempt_paths:
            return self.app(environ, start_response)
        try:
            resolved = self.resolver.resolve(environ.get("HTTP_AUTHORIZATION"))
        except TenantContextError as error:
            status, headers, body = refusal(error)
            start_response(f"{status} {_REASONS.get(status, 'Error')}", headers)
            return [body]
        environ["tenantmig.tenant"] = resolved.tenant_id
        environ["tenantmig.claims"] = resolved.claims
        ctx = context_with(TenantScope(resolved.tenant_id))
        return _ScopedIterable(ctx, ctx.run(self.app, environ, start_response))


_REASONS = {401: "Unauthorized", 403: "Forbidden", 500: "Internal Server Error"}


class _ScopedIterable:
    """Runs each step of the response iteration (and close) inside the request's context."""

    def __init__(self, ctx: Context, result: Iterable[bytes]):
        self._ctx = ctx
        self._result = result
        self._iterator: Iterator[bytes] | None = None

    def __iter__(self) -> Iterator[bytes]:
        self._iterator = self._ctx.run(iter, self._result)
        return self

    def __next__(self) -> bytes:
        if self._iterator is None:
            self.__iter__()
        return self._ctx.run(next, self._iterator)

    def close(self) -> None:
        close = getattr(self._result, "close", None)
        if close is not None:
            self._ctx.run(close)
