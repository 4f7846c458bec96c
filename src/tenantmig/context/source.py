"""Where the database reads the tenant from: a plain setting, or a claim in a JSON setting.

Both integrations (SQLAlchemy, plain psycopg) turn a scope into the same list of
`set_config(name, value, true)` calls through this object, so they cannot
disagree on what a transaction states.

`true` (is_local) is the whole point: the value ends with the transaction, so a
pooled server connection handed to another client next carries nothing over.
A session `SET` would outlive the transaction and leak through any pooler.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from tenantmig.context.scope import CrossTenantScope, Scope, TenantScope

SETTING = "setting"
JWT_CLAIMS = "jwt_claims"

# set_config('role', r, true) is SET LOCAL ROLE r with the same membership check,
# written as a function so the role travels as a bound parameter, never as SQL text.
ROLE_SETTING = "role"


@dataclass(frozen=True)
class ContextSource:
    """How a scope is stated to the database.

    kind="setting":    set_config(setting, '<tenant>', true)
    kind="jwt_claims": set_config(claims_setting, '{"<claim>": "<tenant>"}', true),
                       for policies written PostgREST/Supabase style:
                       (current_setting('request.jwt.claims', true)::json ->> 'client_id')
    A cross-tenant scope sets only the role, in either kind.
    """

    kind: Literal["setting", "jwt_claims"] = SETTING
    setting: str = "app.current_client_id"
    claim: str = "client_id"
    claims_setting: str = "request.jwt.claims"

    def __post_init__(self) -> None:
        if self.kind not in (SETTING, JWT_CLAIMS):
            raise ValueError(f"unknown context source {self.kind!r}: use {SETTING!r} or {JWT_CLAIMS!r}")
        name = self.setting if self.kind == SETTING else self.claims_setting
        if "." not in name:
            # PostgreSQL accepts only dotted names for settings it does not know;
            # failing here beats failing inside every transaction.
            raise ValueError(f"setting {name!r} must be a dotted custom name such as 'app.current_client_id'")

    @classmethod
    def of(
        cls,
        source: ContextSource | str = SETTING,
        *,
        setting: str = "app.current_client_id",
        claim: str = "client_id",
        claims_setting: str = "request.jwt.claims",
    ) -> ContextSource:
        if isinstance(source, ContextSource):
            return source
        return cls(kind=source, setting=setting, claim=claim, claims_setting=claims_setting)  # type: ignore[arg-type]

    def assignments(self, scope: Scope | None) -> tuple[tuple[str, str], ...]:
        """The (setting, value) pairs a transaction begun in `scope` must set; () for none."""
        if scope is None:
            return ()
        if isinstance(scope, CrossTenantScope):
            return ((ROLE_SETTING, scope.role),)
        if isinstance(scope, TenantScope):
            if self.kind == SETTING:
                return ((self.setting, scope.tenant_id),)
            return ((self.claims_setting, json.dumps({self.claim: scope.tenant_id})),)
        raise TypeError(f"not a scope: {scope!r}")


def set_config_sql(count: int, placeholder: str = "%s") -> str:
    """One statement for all assignments: one round trip at the start of the transaction."""
    calls = ", ".join(f"set_config({placeholder}, {placeholder}, true)" for _ in range(count))
    return f"SELECT {calls}"
