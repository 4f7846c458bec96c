"""Probe: LEAKPROOF functions outside pg_catalog.

The planner may evaluate a LEAKPROOF function or operator before a row's policy, on rows the
policy will then hide (that is what LEAKPROOF promises is harmless). A function that is not
truly leak-proof (an error message with its argument, a RAISE NOTICE, a write to a log table)
shows those rows to the caller. Only a superuser can mark a function LEAKPROOF; PostgreSQL's
own are reviewed, an application's rarely are.
"""

from __future__ import annotations

from tenantmig.probes import FAIL, PASS, WARN, Probing

PROBE = "leakproof_functions"


def leakproof_functions(p: Probing) -> None:
    rows = p.conn.execute(
        """
        SELECT p.oid, n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               (SELECT e.extname FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE p.proleakproof AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 2
        """).fetchall()
    for oid, name, extension in rows:
        callers = [r for r in p.filtered_roles
                   if p.conn.execute("SELECT has_function_privilege(%s, %s, 'EXECUTE')", (r, oid)).fetchone()[0]]
        origin = f"from extension {extension}" if extension else "created outside pg_catalog"
        detail = (f"LEAKPROOF, {origin}: the planner may run it on rows a policy then hides, and whatever it "
                  "reveals (an error, a notice) reaches the caller")
        if callers and not extension:
            p.add(PROBE, FAIL, f"{detail}; executable by {', '.join(callers)}. ALTER FUNCTION ... NOT LEAKPROOF",
                  table=name)
        else:
            p.add(PROBE, WARN, f"{detail}; " + (f"executable by {', '.join(callers)}" if callers
                                                 else "no application role may execute it today"), table=name)
    if not rows:
        p.add(PROBE, PASS, "no LEAKPROOF function outside pg_catalog")
