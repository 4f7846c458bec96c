"""Probe: code that runs as a role RLS does not bind, reads tenant tables, and an application role can set off.

A SECURITY DEFINER function runs as its owner. When that owner is a superuser, holds BYPASSRLS,
or owns a table without FORCE ROW LEVEL SECURITY, every row of that table is visible to the
function, and so to whoever calls it. A trigger function needs no EXECUTE to be reached: any
role that may write a table it fires on runs it, and it can copy another tenant's row into the
one being written. Relations are read from the body with PostgreSQL's own parser (SQL and
PL/pgSQL), so a table name in a comment or a string is no finding and `"Patients"` is one;
bodies it cannot read (other languages, parse errors) fall back to a word match on the text.
"""

from __future__ import annotations

import re

from tenantmig.db import qualify
from tenantmig.manifest import TableSpec
from tenantmig.probes import FAIL, PASS, WARN, Probing
from tenantmig.probes.bodies import named_relations
from tenantmig.probes.functions import reaching_roles

PROBE = "security_definer"


def definer_reads(p: Probing) -> None:
    rows = p.conn.execute(
        """
        SELECT p.oid, n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               pg_get_userbyid(p.proowner), r.rolsuper OR r.rolbypassrls, p.prorettype = 'trigger'::regtype,
               l.lanname, CASE l.lanname WHEN 'plpgsql' THEN pg_get_functiondef(p.oid) ELSE p.prosrc END
        FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner JOIN pg_namespace n ON n.oid = p.pronamespace
        JOIN pg_language l ON l.oid = p.prolang
        WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 2
        """
    ).fetchall()
    keyed = [s for s in p.protected() if s.keyed]
    flagged = 0
    for oid, name, owner, bypasses, is_trigger, language, body in rows:
        read = [spec.qualified for spec in _tables_read(language, body or "", keyed)
                if bypasses or _owns_unforced(p, owner, spec.qualified)]
        if not read:
            continue
        flagged += 1
        reach = reaching_roles(p, oid, is_trigger, p.filtered_roles)
        what = "SECURITY DEFINER trigger function" if is_trigger else "SECURITY DEFINER"
        detail = f"{what}, owned by {owner} who skips RLS, reads {', '.join(read)}"
        if reach:
            how = "fired by writes of" if is_trigger else "executable by"
            p.add(PROBE, FAIL, f"{detail}; {how} {', '.join(reach)}", table=name)
        else:
            p.add(PROBE, WARN, f"{detail}; no application role can reach it today", table=name)
    if not flagged:
        p.add(PROBE, PASS, "no SECURITY DEFINER function or trigger reads a tenant table past RLS")


def _tables_read(language: str, body: str, keyed: list[TableSpec]) -> list[TableSpec]:
    named = named_relations(language, body)
    if named is None:
        return [s for s in keyed if re.search(rf"\b{re.escape(s.name)}\b", body, re.IGNORECASE)]
    # An unqualified name may resolve to any schema on the owner's path: a table of that name counts.
    return [s for s in keyed if (s.schema, s.name) in named or (None, s.name) in named]


def _owns_unforced(p: Probing, owner: str, table: str) -> bool:
    owns, forced = p.conn.execute(
        "SELECT pg_has_role(%s, c.relowner, 'USAGE'), c.relforcerowsecurity FROM pg_class c WHERE c.oid = %s::regclass",
        (owner, qualify(table))).fetchone()
    return owns and not forced
