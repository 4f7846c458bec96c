"""ASGI and WSGI middlewares with the SQLAlchemy hook: a request for tenant A sees only A's rows.

The apps are hand-written ASGI/WSGI callables: the middlewares must work under
any framework, so the tests depend on none.
"""

from __future__ import annotations

import asyncio
import functools
import io
import json
import time

import jwt
import psycopg
import pytest
import sqlalchemy as sa

from tenantmig import servers
from tenantmig.context import (
    TenantMiddleware,
    TenantResolver,
    TenantWSGIMiddleware,
    current_tenant,
    install,
    memberships_lookup,
)

AUDIENCE = "tenantmig-test"
SECRET = "a-test-secret-that-is-at-least-32-bytes-long"
ROWS = sa.text("SELECT DISTINCT client_id::text FROM items ORDER BY 1")


def token(**claims) -> str:
    now = int(time.time())
    return jwt.encode({"sub": "user-1", "aud": AUDIENCE, "iat": now, "exp": now + 300, **claims}, SECRET, "HS256")


@pytest.fixture
def engine(schema):
    engine = sa.create_engine(servers.sqlalchemy_url(schema.app_url), pool_size=1, max_overflow=0)
    install(engine, on_missing=None)
    yield engine
    engine.dispose()


@pytest.fixture
def resolver(schema, conn):
    conn.execute(
        "INSERT INTO user_organizations VALUES ('legacy-user', %s), ('two-orgs', %s), ('two-orgs', %s)",
        (schema.tenants[2], schema.tenants[0], schema.tenants[1]),
    )
    fallback = memberships_lookup(functools.partial(psycopg.connect, schema.app_url), role=schema.reporting_role)
    return TenantResolver(key=SECRET, algorithms=["HS256"], audience=AUDIENCE, fallback=fallback)


# --- ASGI --------------------------------------------------------------------


def asgi_app(engine):
    async def app(scope, receive, send):
        with engine.begin() as conn:
            rows = conn.execute(ROWS).scalars().all()
        body = json.dumps(
            {"rows": rows, "current_tenant": current_tenant(), "scope_tenant": scope.get("tenantmig", {}).get("tenant")}
        ).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})

    return app


def call_asgi(app, path="/items", authorization: str | None = None):
    headers = [(b"authorization", authorization.encode())] if authorization else []
    scope = {"type": "http", "method": "GET", "path": path, "headers": headers}
    messages = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        messages.append(message)

    asyncio.run(app(scope, receive, send))
    start, body = messages[0], b"".join(m.get("body", b"") for m in messages[1:])
    return start["status"], dict((k.decode(), v.decode()) for k, v in start["headers"]), json.loads(body)


def test_asgi_request_for_tenant_a_sees_only_a(schema, engine, resolver):
    app = TenantMiddleware(asgi_app(engine), resolver)
    for t in schema.tenants:
        status, _headers, body = call_asgi(app, authorization=f"Bearer {token(client_id=t)}")
        assert status == 200
        assert body == {"rows": [t], "current_tenant": t, "scope_tenant": t}
    assert current_tenant() is None


def test_asgi_old_token_resolved_through_memberships(schema, engine, resolver):
    app = TenantMiddleware(asgi_app(engine), resolver)
    status, _headers, body = call_asgi(app, authorization=f"Bearer {token(sub='legacy-user')}")
    assert (status, body["rows"]) == (200, [schema.tenants[2]])


def test_asgi_refusals_are_json_with_a_reason(schema, engine, resolver):
    app = TenantMiddleware(asgi_app(engine), resolver)
    status, headers, body = call_asgi(app)
    assert (status, body["reason"]) == (401, "token_missing")
    assert headers["www-authenticate"].startswith("Bearer")
    status, _headers, body = call_asgi(app, authorization=f"Bearer {token(sub='two-orgs')}")
    assert (status, body["reason"]) == (403, "several_memberships")
    assert set(body) == {"error", "reason"}
    status, _headers, body = call_asgi(app, authorization=f"Bearer {token(client_id=schema.tenants[0], aud='other')}")
    assert (status, body["reason"]) == (401, "token_audience_invalid")


def test_asgi_strict_mode_refuses_old_tokens(schema, engine, resolver):
    strict = TenantResolver(key=SECRET, algorithms=["HS256"], audience=AUDIENCE, fallback=resolver.fallback, strict=True)
    app = TenantMiddleware(asgi_app(engine), strict)
    status, _headers, body = call_asgi(app, authorization=f"Bearer {token(sub='legacy-user')}")
    assert (status, body["reason"]) == (401, "tenant_claim_missing")


def test_asgi_exempt_path_runs_without_token_and_without_tenant(schema, engine, resolver):
    app = TenantMiddleware(asgi_app(engine), resolver, exempt_paths=["/healthz"])
    status, _headers, body = call_asgi(app, path="/healthz")
    assert (status, body["rows"], body["current_tenant"]) == (200, [], None)


def test_asgi_lifespan_passes_through(resolver):
    seen = []

    async def app(scope, receive, send):
        seen.append(scope["type"])

    asyncio.run(TenantMiddleware(app, resolver)({"type": "lifespan"}, None, None))
    assert seen == ["lifespan"]


def test_asgi_concurrent_requests_keep_their_own_tenant(schema, engine, resolver):
    seen = {}

    async def app(scope, receive, send):
        mine = scope["tenantmig"]["tenant"]
        for _ in range(10):
            await asyncio.sleep(0)  # let the other requests run between queries
            with engine.begin() as conn:
                seen.setdefault(mine, set()).update(conn.execute(ROWS).scalars().all())
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    middleware = TenantMiddleware(app, resolver)

    async def request(t):
        scope = {"type": "http", "path": "/", "headers": [(b"authorization", f"Bearer {token(client_id=t)}".encode())]}

        async def send(_message):
            pass

        await middleware(scope, None, send)

    async def main():
        await asyncio.gather(*(request(t) for t in schema.tenants))

    asyncio.run(main())
    assert seen == {t: {t} for t in schema.tenants}


def test_asgi_websocket_without_token_is_closed_before_accept(resolver):
    sent = []

    async def app(scope, receive, send):
        raise AssertionError("the app must not run for an unauthenticated websocket")

    async def send(message):
        sent.append(message)

    asyncio.run(TenantMiddleware(app, resolver)({"type": "websocket", "path": "/ws", "headers": []}, None, send))
    assert sent == [{"type": "websocket.close", "code": 1008, "reason": "token_missing"}]


# --- WSGI --------------------------------------------------------------------


def wsgi_app(engine):
    def app(environ, start_response):
        start_response("200 OK", [("content-type", "application/json")])

        # A streamed body: the query runs while the server iterates, after app() returned.
        def stream():
            with engine.begin() as conn:
                rows = conn.execute(ROWS).scalars().all()
            yield json.dumps(
                {"rows": rows, "current_tenant": current_tenant(), "environ_tenant": environ.get("tenantmig.tenant")}
            ).encode()

        return stream()

    return app


def call_wsgi(app, authorization: str | None = None, path="/items"):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "wsgi.input": io.BytesIO(b"")}
    if authorization:
        environ["HTTP_AUTHORIZATION"] = authorization
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"], started["headers"] = status, dict(headers)

    result = app(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return started["status"], started["headers"], json.loads(body)


def test_wsgi_request_for_tenant_a_sees_only_a_even_while_streaming(schema, engine, resolver):
    app = TenantWSGIMiddleware(wsgi_app(engine), resolver)
    for t in schema.tenants:
        status, _headers, body = call_wsgi(app, f"Bearer {token(client_id=t)}")
        assert status == "200 OK"
        assert body == {"rows": [t], "current_tenant": t, "environ_tenant": t}
    # The server thread's own context never received the tenant.
    assert current_tenant() is None


def test_wsgi_refusals(schema, engine, resolver):
    app = TenantWSGIMiddleware(wsgi_app(engine), resolver)
    status, headers, body = call_wsgi(app, "Basic dXNlcjpwYXNz")
    assert (status, body["reason"]) == ("401 Unauthorized", "token_missing")
    assert headers["content-type"] == "application/json"
    status, _headers, body = call_wsgi(app, f"Bearer {token(sub='nobody-knows-me')}")
    assert (status, body["reason"]) == ("403 Forbidden", "no_membership")
