"""tenantmig.context: every application transaction states its tenant, transaction-locally.

Usable without the migration CLI:

    from tenantmig.context import install, tenant, cross_tenant

    install(engine)                         # SQLAlchemy: set_config(..., true) at each BEGIN
    with tenant(client_id):
        with Session(engine) as s: ...      # sees only client_id's rows under RLS
    with cross_tenant(role="reporting"):
        ...                                 # SET LOCAL ROLE reporting, no tenant

    with tenant(client_id), tenant_transaction(psycopg_conn): ...   # without SQLAlchemy

Web: TenantMiddleware (ASGI) / TenantWSGIMiddleware with a TenantResolver
(verify_token + tenant_from_claims, optional memberships_lookup fallback).
"""

from tenantmig.context.asgi import TenantMiddleware
from tenantmig.context.bearer import Resolved, TenantResolver, bearer_token
from tenantmig.context.coverage import MissingTenant, log_missing, raise_on_missing
from tenantmig.context.errors import (
    AmbiguousMembership,
    AuthenticationError,
    MissingTenantError,
    NoMembership,
    TenantClaimMissing,
    TenantContextError,
    TenantResolutionError,
    TokenAudienceInvalid,
    TokenExpired,
    TokenIssuedBeforeCutoff,
    TokenMissing,
    TokenSignatureInvalid,
)
from tenantmig.context.memberships import memberships_lookup
from tenantmig.context.pg import async_tenant_transaction, begin, tenant_transaction
from tenantmig.context.retry import is_stale_plan, retry_stale_plan
from tenantmig.context.scope import (
    CrossTenantScope,
    TenantScope,
    context_with,
    cross_tenant,
    current_scope,
    current_tenant,
    tenant,
)
from tenantmig.context.source import ContextSource
from tenantmig.context.sqla import Installation, apply_scope, install
from tenantmig.context.tokens import strict_applies, tenant_from_claims, verify_token
from tenantmig.context.wsgi import TenantWSGIMiddleware

__all__ = [
    "AmbiguousMembership",
    "AuthenticationError",
    "ContextSource",
    "CrossTenantScope",
    "Installation",
    "MissingTenant",
    "MissingTenantError",
    "NoMembership",
    "Resolved",
    "TenantClaimMissing",
    "TenantContextError",
    "TenantMiddleware",
    "TenantResolutionError",
    "TenantResolver",
    "TenantScope",
    "TenantWSGIMiddleware",
    "TokenAudienceInvalid",
    "TokenExpired",
    "TokenIssuedBeforeCutoff",
    "TokenMissing",
    "TokenSignatureInvalid",
    "apply_scope",
    "async_tenant_transaction",
    "bearer_token",
    "begin",
    "context_with",
    "cross_tenant",
    "current_scope",
    "current_tenant",
    "install",
    "is_stale_plan",
    "log_missing",
    "memberships_lookup",
    "raise_on_missing",
    "retry_stale_plan",
    "strict_applies",
    "tenant",
    "tenant_from_claims",
    "tenant_transaction",
    "verify_token",
]
