"""From a bearer token to a tenant: verify the token, then read (or look up) its tenant.

Tokens issued before the application started claiming tenants have no tenant
claim. Until a date the team chooses, an optional fallback finds the user's one
tenant in the memberships table; after it (strict mode), such tokens get 401
`tenant_claim_missing` and the client logs in again to get a token that claims one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

import jwt
import structlog

from tenantmig.context.errors import (
    AmbiguousMembership,
    AuthenticationError,
    NoMembership,
    TenantClaimMissing,
    TokenAudienceInvalid,
    TokenExpired,
    TokenIssuedBeforeCutoff,
    TokenSignatureInvalid,
)

log = structlog.get_logger("tenantmig.context")

Claims = Mapping[str, Any]
# A fallback returns the tenants the token's user belongs to; tenant_from_claims
# decides (exactly one, or an error), so every fallback follows the same rule.
Fallback = Callable[[Claims], Iterable[str]]


def verify_token(
    token: str,
    key: Any,
    algorithms: Sequence[str],
    audience: str | Sequence[str],
    *,
    issuer: str | None = None,
    leeway: float = 0,
) -> dict[str, Any]:
    """The token's claims, once signature, expiry and audience are checked; 401 errors otherwise.

    `key`: the HMAC secret for HS*, the public key (PEM or key object) for RS*/ES*.
    `exp` and `aud` are required: a token that never expires, or names no
    audience, is refused rather than trusted forever or everywhere.
    """
    if not algorithms or any(alg.lower() == "none" for alg in algorithms):
        raise ValueError("verify_token needs explicit signing algorithms, never 'none'")
    try:
        return jwt.decode(
            token,
            key,
            algorithms=list(algorithms),
            audience=audience,
            issuer=issuer,
            leeway=leeway,
            options={"require": ["exp", "aud"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise TokenExpired("the token has expired") from exc
    except jwt.InvalidAudienceError as exc:
        raise TokenAudienceInvalid("the token is not meant for this service (audience)") from exc
    except jwt.MissingRequiredClaimError as exc:
        if exc.claim == "aud":
            raise TokenAudienceInvalid("the token names no audience") from exc
        raise AuthenticationError(f"the token lacks the required claim {exc.claim!r}", reason="token_claim_required") from exc
    except jwt.InvalidSignatureError as exc:
        raise TokenSignatureInvalid("the token's signature does not verify") from exc
    except jwt.ImmatureSignatureError as exc:
        raise AuthenticationError("the token is not valid yet", reason="token_not_yet_valid") from exc
    except jwt.InvalidIssuerError as exc:
        raise AuthenticationError("the token was issued by someone else", reason="token_issuer_invalid") from exc
    except jwt.InvalidAlgorithmError as exc:
        raise AuthenticationError("the token is signed with an algorithm not accepted here", reason="token_algorithm_invalid") from exc
    except jwt.DecodeError as exc:
        raise AuthenticationError("the token is malformed", reason="token_malformed") from exc
    except jwt.InvalidTokenError as exc:
        raise AuthenticationError(f"the token is invalid ({type(exc).__name__})") from exc


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def strict_applies(strict: bool | datetime, now: datetime | None = None) -> bool:
    """strict=True: always; strict=<datetime>: from that moment on (naive means UTC)."""
    if isinstance(strict, datetime):
        return _utc(now or datetime.now(timezone.utc)) >= _utc(strict)
    return bool(strict)


def tenant_from_claims(
    claims: Claims,
    claim: str = "client_id",
    fallback: Fallback | None = None,
    *,
    strict: bool | datetime = False,
    issued_before: datetime | None = None,
    now: datetime | None = None,
) -> str:
    """The tenant a verified token acts for.

    1. issued_before: a token whose `iat` is earlier (or absent) is refused, 401
       `token_issued_before_cutoff` - a hard re-login for every older token.
    2. The claim, when present.
    3. No claim and strict applies (see strict_applies): 401 `tenant_claim_missing`.
    4. No claim, no fallback: 401 `tenant_claim_missing` as well; nothing else can
       name the tenant.
    5. fallback(claims): exactly one tenant -> it; none -> 403 `no_membership`;
       several -> 403 `several_memberships` (guessing would pick one tenant's data
       for a user who may have meant another).
    """
    if issued_before is not None:
        iat = claims.get("iat")
        if not isinstance(iat, int | float) or iat < _utc(issued_before).timestamp():
            raise TokenIssuedBeforeCutoff(
                f"tokens issued before {_utc(issued_before).isoformat()} are no longer accepted; log in again"
            )

    value = claims.get(claim)
    if value is not None:
        if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
            raise AuthenticationError(f"the token's {claim!r} claim is not a tenant id", reason="tenant_claim_invalid")
        return str(value).strip()

    if strict_applies(strict, now):
        raise TenantClaimMissing(f"the token carries no {claim!r} claim; log in again to get one that does")
    if fallback is None:
        raise TenantClaimMissing(f"the token carries no {claim!r} claim and no membership fallback is configured")

    found = fallback(claims)
    candidates = sorted({str(found)} if isinstance(found, str) else {str(t) for t in found})
    if not candidates:
        raise NoMembership(f"the token has no {claim!r} claim and its user belongs to no tenant")
    if len(candidates) > 1:
        raise AmbiguousMembership(
            f"the token has no {claim!r} claim and its user belongs to {len(candidates)} tenants; "
            "log in again and choose one"
        )
    log.info("tenant_context.fallback_used", claim=claim)
    return candidates[0]
