"""Acting as an application role for one tenant, inside a transaction that is always rolled back.

Gates and `tenantmig verify` probe what the application would see by switching
role and tenant on the DBA's own connection; nothing they do may outlive the
probe, so every probe is one transaction ended by ROLLBACK.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg

from tenantmig.db import quote_ident
from tenantmig.manifest import Manifest
from tenantmig.policies import set_context_sql


# A probe is not the application: kept out of pg_stat_statements, whose per-role figures
# `scan --database`, `plan --phase 5` and `rollout watch` read as the application's own.
# Only a superuser may change the setting; elsewhere the probes stay counted.
_UNTRACKED = ("SELECT set_config('pg_stat_statements.track', 'none', true) "
              "WHERE current_setting('pg_stat_statements.track', true) IS NOT NULL "
              "AND (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")


def set_tenant(conn: psycopg.Connection, manifest: Manifest, tenant: str) -> None:
    """State "this transaction acts for `tenant`", exactly as the application library does.

    Through the manifest's one context statement (a plain setting or a claim inside a JSON
    setting, always set_config(..., true), never a session SET), so a probe sets the
    context the way the policies read it.
    """
    conn.execute(*set_context_sql(manifest, tenant))


@contextlib.contextmanager
def acting_as(conn: psycopg.Connection, role: str, manifest: Manifest,
              tenant: str | None = None) -> Iterator[psycopg.Connection]:
    """A transaction as `role` with the tenant context set (or not), rolled back on exit whatever happens."""
    with conn.transaction(force_rollback=True):
        conn.execute(_UNTRACKED)
        conn.execute(f"SET LOCAL ROLE {quote_ident(role)}")
        if tenant is not None:
            set_tenant(conn, manifest, tenant)
        yield conn
