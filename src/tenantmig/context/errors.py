"""Errors a web layer turns into responses: each knows its HTTP status and a stable reason.

Separate from tenantmig.errors (whose classes carry CLI exit codes): these are
raised inside an application's request handling, never by the migration CLI.
`reason` is machine-readable and stable; `message` is for people.
"""

from __future__ import annotations


class TenantContextError(Exception):
    http_status = 500
    reason = "tenant_context_error"

    def __init__(self, message: str, *, reason: str | None = None):
        super().__init__(message)
        self.message = message
        if reason is not None:
            self.reason = reason

    def body(self) -> dict[str, str]:
        """The JSON body the middlewares send: {"error": ..., "reason": ...}."""
        return {"error": self.message, "reason": self.reason}


class AuthenticationError(TenantContextError):
    """The request did not prove who it is (401): the client should log in again."""

    http_status = 401
    reason = "token_invalid"


class TokenMissing(AuthenticationError):
    reason = "token_missing"


class TokenExpired(AuthenticationError):
    reason = "token_expired"


class TokenAudienceInvalid(AuthenticationError):
    reason = "token_audience_invalid"


class TokenSignatureInvalid(AuthenticationError):
    reason = "token_signature_invalid"


class TenantClaimMissing(AuthenticationError):
    """Strict mode: a token issued before tenants were claimed must be replaced."""

    reason = "tenant_claim_missing"


class TokenIssuedBeforeCutoff(AuthenticationError):
    reason = "token_issued_before_cutoff"


class TenantResolutionError(TenantContextError):
    """The user is known but no single tenant can be chosen for them (403)."""

    http_status = 403
    reason = "tenant_unresolved"


class NoMembership(TenantResolutionError):
    reason = "no_membership"


class AmbiguousMembership(TenantResolutionError):
    reason = "several_memberships"


class MissingTenantError(TenantContextError):
    """A transaction began with no scope where the application asked for one (a bug: 500)."""

    http_status = 500
    reason = "tenant_context_missing"
