"""Probe: a stated but malformed second-scope value (a store claim) sees nothing, like a malformed tenant.

Unstated, the store scope means "the whole organization"; a request that states a store
the policies cannot read must not fall back to that (it would widen what the user sees).
"""

from __future__ import annotations

import json

import psycopg

from tenantmig.db import qualify, quote_ident
from tenantmig.probes import FAIL, PASS, Probing, Target

PROBE = "malformed_store"

# Present, but not a value of any key type: a float, padding, an array, an empty string.
MALFORMED_CLAIMS = (3.0, "3 ", ["3"], "")
MALFORMED_SETTINGS = ("3 ", "3.0", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")


def _contexts(p: Probing, tenant: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(what, [(setting, value), ...]) for each malformed store, with the tenant stated as the manifest says."""
    m = p.manifest
    tenant_ctx, store_ctx = m.context, m.store.context
    out = []
    if store_ctx.claim is None:
        tenant_value = json.dumps({tenant_ctx.claim: tenant}) if tenant_ctx.claim else tenant
        for bad in MALFORMED_SETTINGS:
            out.append((f"store setting {bad!r}", [(tenant_ctx.setting, tenant_value), (store_ctx.setting, bad)]))
        return out
    for bad in MALFORMED_CLAIMS:
        store_doc = {store_ctx.claim: bad}
        if store_ctx.setting == tenant_ctx.setting:
            settings = [(tenant_ctx.setting, json.dumps({tenant_ctx.claim: tenant, **store_doc}))]
        else:
            tenant_value = json.dumps({tenant_ctx.claim: tenant}) if tenant_ctx.claim else tenant
            settings = [(tenant_ctx.setting, tenant_value), (store_ctx.setting, json.dumps(store_doc))]
        out.append((f"store claim {json.dumps(bad)}", settings))
    return out


def malformed_store(p: Probing, t: Target, role: str, tenant: str | None) -> None:
    if p.manifest.store is None or not t.spec.store or tenant is None:
        return
    for what, settings in _contexts(p, tenant):
        try:
            with p.conn.transaction(force_rollback=True):
                p.conn.execute(f"SET LOCAL ROLE {quote_ident(role)}")
                for setting, value in settings:
                    p.conn.execute("SELECT set_config(%s, %s, true)", (setting, value))
                seen = p.conn.execute(f"SELECT count(*) FROM {qualify(t.name)}").fetchone()[0]
        except psycopg.Error as exc:
            p.add(PROBE, FAIL, f"as tenant {tenant} with a {what}: a query fails instead of seeing nothing: "
                  f"{str(exc).splitlines()[0]}", table=t.name, role=role)
            continue
        if seen:
            p.add(PROBE, FAIL, f"as tenant {tenant} with a {what}: sees {seen} rows instead of none",
                  table=t.name, role=role)
        else:
            p.add(PROBE, PASS, f"as tenant {tenant} with a {what}: sees nothing", table=t.name, role=role)
