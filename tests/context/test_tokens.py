"""Tokens to tenants: verification failures are 401, unresolvable tenants 403, each with a stable reason."""

from __future__ import annotations

import functools
import time
from datetime import datetime, timedelta, timezone

import jwt
import psycopg
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tenantmig import servers
from tenantmig.context import (
    AmbiguousMembership,
    AuthenticationError,
    NoMembership,
    TenantClaimMissing,
    TokenAudienceInvalid,
    TokenExpired,
    TokenIssuedBeforeCutoff,
    TokenSignatureInvalid,
    install,
    memberships_lookup,
    tenant_from_claims,
    verify_token,
)

AUDIENCE = "tenantmig-test"
SECRET = "a-test-secret-that-is-at-least-32-bytes-long"
A, B = "00000000-0000-0000-0000-00000000000a", "00000000-0000-0000-0000-00000000000b"


def issue(key, algorithm="HS256", **claims):
    now = int(time.time())
    body = {"sub": "user-1", "aud": AUDIENCE, "iat": now, "exp": now + 300, **claims}
    return jwt.encode({k: v for k, v in body.items() if v is not None}, key, algorithm=algorithm)


@pytest.fixture(scope="module")
def rsa_keys():
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, public_pem


def test_hs256_token_carries_its_tenant():
    claims = verify_token(issue(SECRET, client_id=A), SECRET, ["HS256"], AUDIENCE)
    assert tenant_from_claims(claims) == A


def test_rs256_token_verifies_with_the_public_key(rsa_keys):
    private, public_pem = rsa_keys
    claims = verify_token(issue(private, "RS256", client_id=B), public_pem, ["RS256"], AUDIENCE)
    assert tenant_from_claims(claims) == B


def test_rs256_token_signed_by_another_key_is_refused(rsa_keys):
    _private, public_pem = rsa_keys
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(TokenSignatureInvalid) as caught:
        verify_token(issue(other, "RS256", client_id=A), public_pem, ["RS256"], AUDIENCE)
    assert (caught.value.http_status, caught.value.reason) == (401, "token_signature_invalid")


def test_wrong_hmac_secret_is_refused():
    with pytest.raises(TokenSignatureInvalid):
        verify_token(issue("another-secret-that-is-also-32-bytes-long!", client_id=A), SECRET, ["HS256"], AUDIENCE)


def test_an_hs256_token_is_refused_where_only_rs256_is_accepted(rsa_keys):
    # Algorithm confusion: an HMAC token "signed" with the public key must not pass.
    _private, public_pem = rsa_keys
    token = issue(SECRET, client_id=A)
    with pytest.raises(AuthenticationError) as caught:
        verify_token(token, public_pem, ["RS256"], AUDIENCE)
    assert caught.value.http_status == 401


def test_expired_token_is_refused():
    past = int(time.time()) - 600
    with pytest.raises(TokenExpired) as caught:
        verify_token(issue(SECRET, client_id=A, iat=past - 60, exp=past), SECRET, ["HS256"], AUDIENCE)
    assert (caught.value.http_status, caught.value.reason) == (401, "token_expired")


def test_token_for_another_audience_is_refused():
    with pytest.raises(TokenAudienceInvalid) as caught:
        verify_token(issue(SECRET, client_id=A, aud="another-service"), SECRET, ["HS256"], AUDIENCE)
    assert caught.value.reason == "token_audience_invalid"


def test_token_without_audience_or_expiry_is_refused():
    with pytest.raises(TokenAudienceInvalid):
        verify_token(issue(SECRET, client_id=A, aud=None), SECRET, ["HS256"], AUDIENCE)
    with pytest.raises(AuthenticationError, match="exp"):
        verify_token(issue(SECRET, client_id=A, exp=None), SECRET, ["HS256"], AUDIENCE)


def test_garbage_is_a_malformed_token():
    with pytest.raises(AuthenticationError) as caught:
        verify_token("not.a.token", SECRET, ["HS256"], AUDIENCE)
    assert caught.value.reason == "token_malformed"


def test_missing_claim_without_fallback_is_401_tenant_claim_missing():
    with pytest.raises(TenantClaimMissing) as caught:
        tenant_from_claims({"sub": "user-1"})
    assert (caught.value.http_status, caught.value.reason) == (401, "tenant_claim_missing")


def test_an_empty_or_structured_claim_is_not_a_tenant():
    for bad in ("", {"id": A}, True):
        with pytest.raises(AuthenticationError) as caught:
            tenant_from_claims({"client_id": bad})
        assert caught.value.reason == "tenant_claim_invalid"


def test_the_claim_wins_over_the_fallback():
    def fallback(_claims):
        raise AssertionError("the fallback must not run when the token claims a tenant")

    assert tenant_from_claims({"client_id": A}, fallback=fallback) == A


# --- the memberships fallback, on real PostgreSQL ----------------------------


@pytest.fixture
def memberships(schema, conn):
    conn.execute(
        "INSERT INTO user_organizations (user_id, organization_id) VALUES "
        "('one-org', %s), ('two-orgs', %s), ('two-orgs', %s)",
        (A, A, B),
    )
    return schema


def lookups(schema):
    """The same fallback over each kind of connection source, as the app role switching to reporting."""
    engine = sa.create_engine(servers.sqlalchemy_url(schema.app_url))
    install(engine, on_missing=None)
    shared = psycopg.connect(schema.app_url)
    yield "engine", memberships_lookup(engine, role=schema.reporting_role)
    yield "connection", memberships_lookup(shared, role=schema.reporting_role)
    yield "factory", memberships_lookup(functools.partial(psycopg.connect, schema.app_url), role=schema.reporting_role)
    engine.dispose()
    shared.close()


def test_fallback_finds_the_single_membership(memberships):
    for kind, lookup in lookups(memberships):
        assert tenant_from_claims({"sub": "one-org"}, fallback=lookup) == A, kind


def test_fallback_with_no_membership_is_403(memberships):
    for kind, lookup in lookups(memberships):
        with pytest.raises(NoMembership) as caught:
            tenant_from_claims({"sub": "stranger"}, fallback=lookup)
        assert (caught.value.http_status, caught.value.reason) == (403, "no_membership"), kind


def test_fallback_with_several_memberships_is_403_and_picks_none(memberships):
    for kind, lookup in lookups(memberships):
        with pytest.raises(AmbiguousMembership) as caught:
            tenant_from_claims({"sub": "two-orgs"}, fallback=lookup)
        assert (caught.value.http_status, caught.value.reason) == (403, "several_memberships"), kind
        assert "2 tenants" in caught.value.message


def test_fallback_without_a_user_claim_is_401(memberships):
    lookup = memberships_lookup(functools.partial(psycopg.connect, memberships.app_url), role=memberships.reporting_role)
    with pytest.raises(AuthenticationError) as caught:
        tenant_from_claims({"aud": AUDIENCE}, fallback=lookup)
    assert caught.value.reason == "user_claim_missing"


def test_lookup_without_the_role_cannot_read_memberships(memberships):
    # The grant is on the reporting role only: proves the role switch is what made the lookups work.
    lookup = memberships_lookup(functools.partial(psycopg.connect, memberships.app_url))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        lookup({"sub": "one-org"})


# --- strict mode and cut-offs ------------------------------------------------


def test_strict_refuses_old_tokens_even_with_a_fallback(memberships):
    lookup = memberships_lookup(functools.partial(psycopg.connect, memberships.app_url), role=memberships.reporting_role)
    with pytest.raises(TenantClaimMissing) as caught:
        tenant_from_claims({"sub": "one-org"}, fallback=lookup, strict=True)
    assert (caught.value.http_status, caught.value.reason) == (401, "tenant_claim_missing")
    assert caught.value.body() == {"error": caught.value.message, "reason": "tenant_claim_missing"}


def test_strict_from_a_date_applies_only_from_that_date():
    def fallback(_claims):
        return [A]

    switch = datetime(2030, 1, 1, tzinfo=timezone.utc)
    before, after = switch - timedelta(seconds=1), switch
    assert tenant_from_claims({"sub": "u"}, fallback=fallback, strict=switch, now=before) == A
    with pytest.raises(TenantClaimMissing):
        tenant_from_claims({"sub": "u"}, fallback=fallback, strict=switch, now=after)
    # Tokens that carry the claim are unaffected by strict mode.
    assert tenant_from_claims({"client_id": B}, strict=switch, now=after) == B


def test_tokens_issued_before_the_cutoff_are_refused_even_with_the_claim():
    cutoff = datetime(2030, 1, 1, tzinfo=timezone.utc)
    old = {"client_id": A, "iat": int(cutoff.timestamp()) - 1}
    new = {"client_id": A, "iat": int(cutoff.timestamp())}
    with pytest.raises(TokenIssuedBeforeCutoff) as caught:
        tenant_from_claims(old, issued_before=cutoff)
    assert (caught.value.http_status, caught.value.reason) == (401, "token_issued_before_cutoff")
    assert tenant_from_claims(new, issued_before=cutoff) == A
    with pytest.raises(TokenIssuedBeforeCutoff):
        tenant_from_claims({"client_id": A}, issued_before=cutoff)  # no iat: cannot prove it is new
