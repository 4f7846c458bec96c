"""Probe: functions an application role can reach, for search_path hazards that hand it their owner's rights.

A SECURITY DEFINER function runs as its owner. Every name it does not qualify is resolved
through its search_path; where that path is the caller's own (no SET clause), or lists pg_temp
anywhere but last (unlisted, pg_temp is searched first), or names a schema the caller may
create objects in, the caller decides what those names mean and runs code as the owner.
Trigger functions are included: firing one needs no EXECUTE, only a row written to its table.
"""

from __future__ import annotations

from tenantmig import naming
from tenantmig.probes import FAIL, PASS, Probing
from tenantmig.probes.bodies import named_relations, path_resolved_names

PROBE = "function_search_path"


def _search_path(config: list[str] | None) -> list[str] | None:
    for item in config or ():
        name, _, value = item.partition("=")
        if name == "search_path":
            return [part.strip().strip('"') for part in value.split(",") if part.strip()]
    return None


def definer_functions(p: Probing) -> None:
    roles = p.filtered_roles
    if not roles:
        p.add(PROBE, PASS, "no application role exists to reach a function")
        return
    rows = p.conn.execute(
        """
        SELECT p.oid, n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               p.proconfig, p.prorettype = 'trigger'::regtype, l.lanname,
               CASE l.lanname WHEN 'plpgsql' THEN pg_get_functiondef(p.oid) ELSE p.prosrc END
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
        WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                          AND d.deptype = 'e')
        ORDER BY 2
        """
    ).fetchall()
    flagged = 0
    for oid, name, config, is_trigger, language, definition in rows:
        reach = reaching_roles(p, oid, is_trigger, roles)
        if not reach:
            continue
        problems = _path_problems(p, config, language, definition, roles)
        if problems:
            flagged += 1
            how = "fired by writes of" if is_trigger else "executable by"
            p.add(PROBE, FAIL, f"SECURITY DEFINER, {how} {', '.join(reach)}: " + "; ".join(problems), table=name)
    if not flagged:
        p.add(PROBE, PASS, "every SECURITY DEFINER function an application role reaches pins a safe search_path")


def _path_problems(p: Probing, config: list[str] | None, language: str, definition: str,
                   roles: list[str]) -> list[str]:
    """What lets a caller decide what the names of a function run with someone else's rights mean."""
    path = _search_path(config)
    if path is None:
        names = path_resolved_names(language, definition)
        if names == []:  # it names nothing the path could decide: any caller's path runs it alike
            return []
        named = f" ({', '.join(names)} without a schema)" if names else ""
        return [f"no SET search_path: names resolve through the caller's search_path{named}"]
    problems = []
    if "pg_temp" not in path:
        problems.append("pg_temp is not listed in its search_path, so it is searched first")
    elif path[-1] != "pg_temp":
        problems.append("pg_temp is not last in its search_path")
    else:
        earlier = [x for x in path if x != "pg_temp"]
        for relation in [name for schema, name in named_relations(language, definition) or () if schema is None]:
            if not p.conn.execute(
                    "SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE c.relname = %s AND n.nspname = ANY(%s))", (relation, earlier)).fetchone()[0]:
                problems.append(f"it names {relation} without a schema, and no schema of its search_path "
                                "before pg_temp holds it: the caller's temporary schema decides what it is")
    for schema in path:
        if schema in ("pg_catalog", "pg_temp", "$user"):
            continue
        creators = [r for r in roles if p.conn.execute(
            "SELECT to_regnamespace(%s) IS NOT NULL AND has_schema_privilege(%s, %s, 'CREATE')",
            (schema, r, schema)).fetchone()[0]]
        if creators:
            problems.append(f"{', '.join(creators)} may create objects in {schema}, on its search_path")
    return problems


CASCADE_PROBE = "cascade_trigger_search_path"


def cascade_triggers(p: Probing) -> None:
    """Triggers that phase 1's key-following foreign keys fire as the child table's owner.

    PostgreSQL runs a referential action as the owner of the table it changes, and that table's
    own triggers fire inside it with the owner's rights, whoever changed the parent. A trigger
    function written SECURITY INVOKER is then, for a role that moves a parent to another tenant,
    what a SECURITY DEFINER function of the owner is: the same search_path hazards hand that
    role the owner's rights (tenantmig.parent_cascade). SECURITY DEFINER ones are the
    function_search_path probe's.
    """
    roles = p.filtered_roles
    rows = p.conn.execute(
        """
        SELECT DISTINCT pr.oid, n.nspname || '.' || pr.proname || '()', c.conname, c.conrelid::regclass::text,
               c.confrelid, pg_get_userbyid(k.relowner), pr.proconfig, l.lanname,
               CASE l.lanname WHEN 'plpgsql' THEN pg_get_functiondef(pr.oid) ELSE pr.prosrc END
        FROM pg_constraint c
        JOIN pg_class k ON k.oid = c.conrelid
        JOIN pg_trigger t ON t.tgrelid = c.conrelid AND NOT t.tgisinternal AND t.tgenabled IN ('O', 'A')
             AND (t.tgtype & 24) <> 0  -- fires on UPDATE or DELETE, what a cascade does to the child
        JOIN pg_proc pr ON pr.oid = t.tgfoid
        JOIN pg_namespace n ON n.oid = pr.pronamespace JOIN pg_language l ON l.oid = pr.prolang
        WHERE c.contype = 'f' AND starts_with(c.conname, %s) AND NOT pr.prosecdef
        ORDER BY 2, 3
        """, (naming.PREFIX + "kfk_",)).fetchall()
    flagged = 0
    for _oid, name, key, child, parent, owner, config, language, definition in rows:
        # A role that is the owner, or may act as it, gains nothing.
        reach = [r for r in roles if p.conn.execute(
            "SELECT has_table_privilege(%s, %s, 'UPDATE, DELETE') AND NOT pg_has_role(%s, %s, 'USAGE')",
            (r, parent, r, owner)).fetchone()[0]]
        problems = _path_problems(p, config, language, definition, roles) if reach else []
        if problems:
            flagged += 1
            p.add(CASCADE_PROBE, FAIL,
                  f"a trigger on {child} that the cascade of {key} fires as {owner}, the table's owner, when "
                  f"{', '.join(reach)} change its parent: " + "; ".join(problems)
                  + " (pin its search_path: ALTER FUNCTION ... SET search_path = <its schemas>, pg_temp)", table=name)
    if not flagged:
        p.add(CASCADE_PROBE, PASS, "every trigger a key-following cascade fires as a table's owner pins a safe "
                                   "search_path")


def reaching_roles(p: Probing, oid: int, is_trigger: bool, roles: list[str]) -> list[str]:
    """The roles that may execute the function, or, for a trigger function, write a table it fires on."""
    if not is_trigger:
        return [r for r in roles
                if p.conn.execute("SELECT has_function_privilege(%s, %s, 'EXECUTE')", (r, oid)).fetchone()[0]]
    tables = [t for (t,) in p.conn.execute(
        "SELECT DISTINCT tgrelid FROM pg_trigger WHERE tgfoid = %s AND NOT tgisinternal", (oid,))]
    return [r for r in roles if any(
        p.conn.execute("SELECT has_table_privilege(%s, %s, 'INSERT, UPDATE, DELETE, TRUNCATE')",
                       (r, t)).fetchone()[0] for t in tables)]
