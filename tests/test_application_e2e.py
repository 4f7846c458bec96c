"""Issue 6 end to end: the ASGI middleware and the SQLAlchemy hook on the telehealth example at phase 5."""

from __future__ import annotations

import asyncio
import json
import time
from urllib.parse import urlsplit, urlunsplit

import jwt
import psycopg
import sqlalchemy as sa

from tenantmig import servers
from tenantmig.context import TenantMiddleware, TenantResolver, install
from tenantmig.examples import telehealth

from helpers import advance_to, example_settings

SECRET = "an-end-to-end-secret-of-at-least-32-bytes"
AUDIENCE = "telehealth-api"


def as_role(url: str, role: str) -> str:
    """The same server and database, logged in as `role` (trust authentication on the test servers)."""
    parts = urlsplit(servers.libpq_url(url))
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, parts.fragment))


def request(app, bearer: str | None) -> tuple[int, dict]:
    headers = [(b"authorization", f"Bearer {bearer}".encode())] if bearer else []
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(app({"type": "http", "method": "GET", "path": "/patients", "headers": headers}, receive, send))
    return sent[0]["status"], json.loads(b"".join(m.get("body", b"") for m in sent[1:]))


def test_request_for_tenant_a_sees_only_a_at_phase_5(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 5)
    engine = sa.create_engine(servers.sqlalchemy_url(as_role(database_url, f"{role_prefix}app_user")))
    install(engine, setting="app.current_client_id", on_missing=None)

    async def patients_endpoint(scope, receive, send):
        with engine.begin() as conn:
            rows = conn.execute(sa.text("SELECT client_id::text, count(*) FROM patients GROUP BY 1")).all()
        body = json.dumps({tenant: n for tenant, n in rows}).encode()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": body})

    app = TenantMiddleware(patients_endpoint, TenantResolver(key=SECRET, algorithms=["HS256"], audience=AUDIENCE))
    with psycopg.connect(servers.libpq_url(database_url)) as owner:
        expected = dict(owner.execute("SELECT client_id::text, count(*) FROM patients GROUP BY 1").fetchall())

    for tenant, _slug in telehealth.TENANTS[:2]:
        now = int(time.time())
        bearer = jwt.encode({"sub": "7", "aud": AUDIENCE, "exp": now + 60, "client_id": tenant}, SECRET, "HS256")
        status, seen = request(app, bearer)
        assert status == 200
        assert seen == {tenant: expected[tenant]}, f"tenant {tenant} saw {seen}"

    status, refused = request(app, None)
    assert (status, refused["reason"]) == (401, "token_missing")
    engine.dispose()
