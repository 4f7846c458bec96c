"""Probe: a stated but malformed second-scope value (a store claim) sees nothing, like a malformed tenant.

Unstated, the store scope means "the whole organization"; a request that states a store
the policies cannot read must not fall back to that (it would widen what the user sees).
"""

from __future__ import annotations

import json

import psycopg

from tenantmig import shown
from tenantmig.db import qualify, quote_ident
from tenantmig.grants import granting_tables
from tenantmig.impersonate import acting_as
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


def self_grant(p: Probing, role: str) -> None:
    """As one tenant, point a row of a table that visible_also reads at another tenant's private row.

    The probe finding 2 of issue 12 described: an override naming a product the tenant cannot
    see made that product visible. Both an UPDATE of the tenant's own row and an INSERT of a copy
    must be refused; everything happens in a transaction that is rolled back.
    """
    m = p.manifest
    for spec in p.protected():
        targets = granting_tables(m, spec)
        if not spec.keyed or not targets:
            continue
        fks = p.conn.execute(
            "SELECT a.attname, fa.attname, c.confrelid::regclass::text FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND c.conrelid = %s::regclass AND cardinality(c.conkey) = 1",
            (qualify(spec.qualified),)).fetchall()
        for target in targets:
            for column, ref, ref_table in fks:
                if ref_table.split(".")[-1].strip('"') != target.name:
                    continue
                _try_self_grant(p, role, spec, target, column, ref)


def _try_self_grant(p: Probing, role: str, spec, target, column: str, ref: str) -> None:
    key, tkey = quote_ident(spec.column), quote_ident(target.column)
    row = p.conn.execute(
        f"SELECT r.{key}::text, to_jsonb(r), g.{quote_ident(ref)}::text FROM {qualify(spec.qualified)} r "
        f"JOIN {qualify(target.qualified)} g ON g.{tkey} IS NOT NULL AND g.{tkey} <> r.{key} "
        f"WHERE r.{key} IS NOT NULL LIMIT 1").fetchone()
    if row is None:
        p.add("visible_also_self_grant", PASS, f"no row of {shown.table(target.qualified)} belongs to another tenant to try",
              table=spec.qualified, role=role)
        return
    tenant, own_row, foreign_ref = row
    pk = [c for (c,) in p.conn.execute(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary", (qualify(spec.qualified),))]
    match = " AND ".join(f"{quote_ident(c)}::text = %s" for c in pk) or "false"
    params = [str(own_row[c]) for c in pk]
    outcomes = []
    for how, sql, args in (
        ("an UPDATE of its own row", f"UPDATE {qualify(spec.qualified)} SET {quote_ident(column)} = %s::text::"
         f"{_type(p, spec, column)} WHERE {match}", [foreign_ref, *params]),
        ("an INSERT of a copy", f"INSERT INTO {qualify(spec.qualified)} SELECT * FROM jsonb_populate_record("
         f"NULL::{qualify(spec.qualified)}, %s::jsonb)", None),
    ):
        try:
            with acting_as(p.conn, role, p.manifest, tenant) as conn:
                if args is None:
                    conn.execute(f"DELETE FROM {qualify(spec.qualified)} WHERE {match}", params)
                    copy = dict(own_row, **{column: foreign_ref})
                    touched = conn.execute(sql, (json.dumps(copy),)).rowcount
                else:
                    touched = conn.execute(sql, args).rowcount
            outcomes.append((how, "granted" if touched else "no row"))
        except psycopg.errors.InsufficientPrivilege:
            outcomes.append((how, "refused"))
        except psycopg.Error as exc:
            outcomes.append((how, f"failed otherwise: {str(exc).splitlines()[0]}"))
    granted = [h for h, o in outcomes if o == "granted"]
    what = (f"as tenant {tenant}, pointing {shown.column(spec.qualified, column)} at another tenant's {shown.table(target.qualified)} row "
            f"(which visible_also would then show)")
    if granted:
        # Before phase 5 a table not yet enforced keeps today's behaviour, writes included.
        outcome, detail = p.from_phase_5(f"{what}: allowed by {' and '.join(granted)}")
        p.add("visible_also_self_grant", outcome, detail, table=spec.qualified, role=role)
    else:
        p.add("visible_also_self_grant", PASS, f"{what}: " + "; ".join(f"{h} {o}" for h, o in outcomes),
              table=spec.qualified, role=role)


def _type(p: Probing, spec, column: str) -> str:
    return p.conn.execute("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = %s::regclass "
                          "AND attname = %s", (qualify(spec.qualified), column)).fetchone()[0]
