"""The request side shared by the ASGI and WSGI middlewares: Authorization header -> tenant."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import structlog

from tenantmig.context.errors import TenantContextError, TokenMissing
from tenantmig.context.tokens import Fallback, tenant_from_claims, verify_token

log = structlog.get_logger("tenantmig.context")


@dataclass(frozen=True)
class Resolved:
    tenant_id: str
    claims: dict[str, Any]


@dataclass(frozen=True)
class TenantResolver:
    """Everything needed to turn a bearer token into a tenant; see verify_token and tenant_from_claims."""

    key: Any
    algorithms: Sequence[str]
    audience: str | Sequence[str]
    claim: str = "client_id"
    fallback: Fallback | None = None
    strict: bool | datetime = False
    issued_before: datetime | None = None
    issuer: str | None = None
    leeway: float = 0

    def resolve(self, authorization: str | None) -> Resolved:
        token = bearer_token(authorization)
        claims = verify_token(
            token, self.key, self.algorithms, self.audience, issuer=self.issuer, leeway=self.leeway
        )
        tenant_id = tenant_from_claims(
            claims, self.claim, self.fallback, strict=self.strict, issued_before=self.issued_before
        )
        return Resolved(tenant_id, claims)


def bearer_token(authorization: str | None) -> str:
    if not authorization:
        raise TokenMissing("no Authorization header")
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise TokenMissing("the Authorization header does not carry a bearer token")
    return token.strip()


def refusal(error: TenantContextError) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, headers and JSON body for a refused request."""
    log.info("tenant_context.request_refused", status=error.http_status, reason=error.reason)
    body = json.dumps(error.body()).encode()
    headers = [("content-type", "application/json"), ("content-length", str(len(body)))]
    if error.http_status == 401:
        # RFC 6750: tells clients (and their libraries) to fetch a new token.
        headers.append(("www-authenticate", f'Bearer error="invalid_token", error_description="{error.reason}"'))
    return error.http_status, headers, body
