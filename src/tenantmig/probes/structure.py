"""Probes that read the catalog: what the policies can only be as good as.

Each finding names the table, role or object. Checks that hold only once phase 5
has run (FORCE, BYPASSRLS removed) warn at phase 4 and fail from phase 5.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tenantmig import bypass_roles, partitions, shown
from tenantmig.db import qualify
from tenantmig.probes import (FAIL, PASS, SETTING_READ, WARN, Probing, channels, definers, executable, functions,
                             grant_policies, leakproof, policy_expressions, replication)
from tenantmig.ops.tables import ValidateConstraint
from tenantmig.probes.advisories import unfixed_advisories
from tenantmig.rollout import everything_enforced, switches_exist


def run(p: Probing) -> None:
    classified(p)
    rls_flags(p)
    policies_present(p)
    partitions_protected(p)
    partition_keys(p)
    rollout_enforced(p)
    roles(p)
    unclassified_bypassrls(p)
    privileges(p)
    views(p)
    definers.definer_reads(p)
    policy_expressions.run(p)
    grant_policies.grants_match_policies(p)
    executable.policy_functions_executable(p)
    leakproof.leakproof_functions(p)
    replication.replication_roles(p)
    functions.definer_functions(p)
    functions.cascade_triggers(p)
    channels.inherent_channels(p)
    tenant_scoped_keys(p)
    session_settings(p)
    server_advisories(p)


def _tables_in_schemas(p: Probing) -> list[tuple[str, bool, str | None]]:
    """(table, is a partition, its root) for every table of the manifest's schemas."""
    return p.conn.execute(
        """
        SELECT n.nspname || '.' || c.relname, c.relispartition,
               CASE WHEN c.relispartition THEN (SELECT rn.nspname || '.' || rc.relname FROM pg_class rc
                   JOIN pg_namespace rn ON rn.oid = rc.relnamespace WHERE rc.oid = pg_partition_root(c.oid)) END
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%s) ORDER BY 1
        """,
        (list(p.manifest.schemas),),
    ).fetchall()


def classified(p: Probing) -> None:
    """Every table of the migrated schemas is in the manifest: one missed table is the leak this tool prevents."""
    tables = p.manifest.tables
    for name, is_partition, root in _tables_in_schemas(p):
        if name in tables:
            p.add("classified", PASS, f"pattern {tables[name].pattern}", table=name)
        elif is_partition and root in tables:
            p.add("classified", PASS, f"a partition of {root} ({tables[root].pattern})", table=name)
        else:
            p.add("classified", FAIL, "not in the manifest: classify it as tenant, shared, global or exempt",
                  table=name)
    registry = {p.manifest.tenants_qualified, p.manifest.memberships_qualified}
    for name in sorted(set(tables) - p.existing_tables - registry):
        p.add("classified", FAIL, "in the manifest but not in the database", table=name)


def rls_flags(p: Probing) -> None:
    for spec in p.protected():
        enabled, forced = _flags(p, spec.qualified)
        p.add("rls_enabled", PASS if enabled else FAIL, "" if enabled else "row level security is not enabled",
              table=spec.qualified)
        if forced:
            p.add("rls_forced", PASS, table=spec.qualified)
        else:
            p.add("rls_forced", *p.from_phase_5("FORCE ROW LEVEL SECURITY is off: the owner skips every policy"),
                  table=spec.qualified)


def _flags(p: Probing, table: str) -> tuple[bool, bool]:
    return p.conn.execute("SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = %s::regclass",
                          (qualify(table),)).fetchone()


def _policies_for(p: Probing, table: str, role: str) -> int:
    """How many policies of `table` apply to `role` (named, PUBLIC, or a role whose privileges it has)."""
    return p.conn.execute(
        """
        SELECT count(*) FROM pg_policy pol WHERE pol.polrelid = %s::regclass
          AND (pol.polroles = '{0}' OR EXISTS (SELECT 1 FROM unnest(pol.polroles) r
                                              WHERE r <> 0 AND pg_has_role(%s, r, 'USAGE')))
        """,
        (qualify(table), role),
    ).fetchone()[0]


def policies_present(p: Probing) -> None:
    """With RLS on and no policy for a role, that role sees nothing: the application is locked out."""
    for spec in p.protected():
        for role in p.filtered_roles:
            count = _policies_for(p, spec.qualified, role)
            if count:
                p.add("policies_present", PASS, f"{count} policies apply", table=spec.qualified, role=role)
            else:
                p.add("policies_present", FAIL, "no policy applies to this role: it sees no row at all",
                      table=spec.qualified, role=role)


REPAIR = "tenantmig repair partitions"  # gives a partition what its siblings have (repair.py)


def partitions_protected(p: Probing) -> None:
    """A partition queried directly is checked against its own policies, not its parent's."""
    for parent, parts in p.partitions.items():
        for part in parts:
            enabled, forced = _flags(p, part)
            problems = [] if enabled else ["row level security is not enabled"]
            problems += [f"no policy applies to {role}" for role in p.filtered_roles if not _policies_for(p, part, role)]
            if problems:
                p.add("partition_protected", FAIL, f"partition of {shown.table(parent)}: " + "; ".join(problems)
                      + f" (fix: {REPAIR})", table=part)
            elif not forced:
                # Before phase 5 its parent is not forced either, and phase 5 forces both: the repair is
                # the fix only once phase 5 has run (a partition made after it).
                fix = f" (fix: {REPAIR})" if p.strict else ""
                p.add("partition_protected", *p.from_phase_5(f"partition of {shown.table(parent)}: FORCE ROW LEVEL "
                                                             f"SECURITY is off{fix}"), table=part)
            else:
                p.add("partition_protected", PASS, f"partition of {shown.table(parent)}", table=part)


def partition_keys(p: Probing) -> None:
    """A partition attached or created after phase 1 has the key column (from its parent) but, before
    PostgreSQL 18, not the tenant foreign key phase 1 gave each of its siblings: named, with the fix."""
    m = p.manifest
    for spec in p.protected():
        if not spec.keyed or spec.qualified not in p.partitions:
            continue
        leaves = p.conn.execute(
            "SELECT n.nspname || '.' || c.relname, EXISTS (SELECT 1 FROM pg_constraint con "
            "  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY(con.conkey) "
            "  WHERE con.contype = 'f' AND con.conrelid = c.oid AND con.confrelid = %s::regclass "
            "  AND a.attname = %s AND array_length(con.conkey, 1) = 1) "
            "FROM pg_partition_tree(%s::regclass) t JOIN pg_class c ON c.oid = t.relid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE t.isleaf AND t.level > 0 ORDER BY 1",
            (qualify(m.tenants_qualified), spec.column, qualify(spec.qualified))).fetchall()
        if not any(has for _, has in leaves):
            continue
        for leaf, has in leaves:
            if has:
                p.add("partition_key", PASS, f"partition of {shown.table(spec.qualified)}: foreign key on {shown.ident(spec.column)}", table=leaf)
                continue
            holder = replace(spec, schema=leaf.partition(".")[0], name=leaf.partition(".")[2])
            key = partitions.key_to_tenants(m, holder)
            fix = [*key.statements(), *ValidateConstraint(leaf, key.name, "").statements()]
            p.add("partition_key", FAIL,
                  f"partition of {shown.table(spec.qualified)} without the foreign key from {shown.ident(spec.column)} to "
                  f"{shown.table(m.tenants_qualified)} its siblings have (attached or created after phase 1); "
                  f"{REPAIR} adds it, as does the fix: " + "; ".join(s.sql for s in fix), table=leaf)


def rollout_enforced(p: Probing) -> None:
    if p.strict:
        p.add("rollout_enforced", PASS, f"phase {p.phase}: strict policies for every tenant and table")
    elif switches_exist(p.conn) and everything_enforced(p.conn):
        p.add("rollout_enforced", PASS, "tenantmig rollout: enforced for everyone")
    else:
        p.add("rollout_enforced", FAIL, "enforcement is not on for everyone at phase 4, so tenants not rolled out "
              "keep today's visibility: run `tenantmig rollout enable --all`, then verify again")


def roles(p: Probing) -> None:
    """Superusers, BYPASSRLS roles and table owners skip RLS; so does any role they can become."""
    for kind in ("app", "service", "admin", "reporting"):
        for role in getattr(p.manifest.roles, kind):
            if role not in p.existing_roles:
                p.add("role_exists", FAIL, f"roles.{kind} names a role the server does not have", role=role)
    protected = [s.qualified for s in p.protected()] + [t for parts in p.partitions.values() for t in parts]
    for role in p.filtered_roles:
        superuser, bypass = p.conn.execute("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = %s",
                                           (role,)).fetchone()
        p.add("role_not_superuser", FAIL if superuser else PASS, "is a superuser" if superuser else "", role=role)
        if not bypass:
            p.add("role_no_bypassrls", PASS, role=role)
        elif role in p.manifest.roles.service:
            p.add("role_no_bypassrls", *p.from_phase_5("has BYPASSRLS"), role=role)
        else:
            p.add("role_no_bypassrls", FAIL, "an application role with BYPASSRLS is never filtered", role=role)
        owned = [t for (t,) in p.conn.execute(
            "SELECT t FROM unnest(%s::text[]) t JOIN pg_class c ON c.oid = t::regclass "
            "WHERE pg_get_userbyid(c.relowner) = %s ORDER BY 1", (protected, role))]
        for table in owned:
            p.add("role_not_owner", FAIL, "owns the table: it can turn RLS off or drop the policies",
                  table=table, role=role)
        if not owned:
            p.add("role_not_owner", PASS, role=role)
        escalations = p.conn.execute(
            """
            SELECT r.rolname, concat_ws(', ', CASE WHEN r.rolsuper THEN 'superuser' END,
                                             CASE WHEN r.rolbypassrls THEN 'BYPASSRLS' END,
                                             (SELECT 'owns ' || string_agg(t, ', ' ORDER BY t) FROM unnest(%(tables)s::text[]) t
                                               JOIN pg_class c ON c.oid = t::regclass WHERE c.relowner = r.oid))
            FROM pg_roles r
            WHERE r.rolname <> %(role)s AND pg_has_role(%(role)s, r.oid, 'MEMBER')
              AND (r.rolsuper OR r.rolbypassrls OR EXISTS (SELECT 1 FROM unnest(%(tables)s::text[]) t
                                                           JOIN pg_class c ON c.oid = t::regclass
                                                           WHERE c.relowner = r.oid))
            ORDER BY 1
            """,
            {"role": role, "tables": protected},
        ).fetchall()
        for other, why in escalations:
            p.add("role_cannot_escalate", FAIL, f"is a member of {other} ({why}): SET ROLE {other} skips RLS",
                  role=role)
        if not escalations:
            p.add("role_cannot_escalate", PASS, role=role)


def unclassified_bypassrls(p: Probing) -> None:
    """A BYPASSRLS role the manifest never names reads every tenant, whatever the policies say."""
    found = bypass_roles.unclassified(p.conn, p.manifest)
    for role, tables in found:
        p.add("role_classified", FAIL, bypass_roles.describe(role, tables), role=role)
    if not found:
        p.add("role_classified", PASS, "every BYPASSRLS role holding privileges on tenant tables is in [roles]")
    # Listed cross-tenant roles are allowed across tenants, by their policies: BYPASSRLS on top
    # also skips the limits those policies keep (reporting's read-only), so it is named.
    crossing = p.roles("admin", "reporting")
    others = [r for kind in ("app", "service") for r in getattr(p.manifest.roles, kind)]
    for role, tables in bypass_roles.holders(p.conn, p.manifest, exclude=others):
        if role in crossing:
            p.add("role_classified", WARN, f"has BYPASSRLS and privileges on {len(tables)} tenant tables: its "
                  "policies (reporting's read-only among them) do not apply to it; tenantmig's policies already "
                  "let it cross tenants, so ALTER ROLE ... NOBYPASSRLS", role=role)


def privileges(p: Probing) -> None:
    """TRUNCATE ignores RLS, REFERENCES and TRIGGER reach rows through other doors, setval disturbs every tenant."""
    for spec in p.protected():
        for role in p.filtered_roles:
            held = [priv for priv in ("TRUNCATE", "REFERENCES", "TRIGGER") if p.conn.execute(
                "SELECT has_table_privilege(%s, %s, %s)", (role, qualify(spec.qualified), priv)).fetchone()[0]]
            p.add("table_privileges", FAIL if held else PASS, f"holds {', '.join(held)}" if held else "",
                  table=spec.qualified, role=role)
    for role in p.filtered_roles:
        sequences = [s for (s,) in p.conn.execute(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind = 'S' AND n.nspname = ANY(%s) "
            # CASE: the planner may call the function before the relkind filter, on rows that are no sequence.
            "AND CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(%s, c.oid, 'UPDATE') END ORDER BY 1",
            (list(p.manifest.schemas), role))]
        p.add("sequence_privileges", FAIL if sequences else PASS,
              f"UPDATE (setval) on {', '.join(sequences)}" if sequences else "", role=role)


_TRUE_OPTION = re.compile(r"^security_invoker=(true|on|yes|1)$", re.IGNORECASE)


def views(p: Probing) -> None:
    """A view runs with its owner's rights unless security_invoker; a materialized view copies rows out of RLS."""
    keyed = [qualify(s.qualified) for s in p.protected() if s.keyed]
    keyed += [qualify(t) for s in p.protected() if s.keyed for t in p.partitions.get(s.qualified, [])]
    rows = p.conn.execute(
        """
        WITH RECURSIVE reads(view_oid, base) AS (
            SELECT r.ev_class, d.refobjid FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
            WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
              AND d.refobjid = ANY(%s::regclass[]) AND r.ev_class <> d.refobjid
            UNION
            SELECT r.ev_class, reads.base FROM reads JOIN pg_depend d ON d.refobjid = reads.view_oid
            JOIN pg_rewrite r ON r.oid = d.objid
            WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
              AND r.ev_class <> reads.view_oid
        )
        SELECT vn.nspname || '.' || v.relname, v.relkind::text, coalesce(v.reloptions, '{}'),
               pg_get_userbyid(v.relowner), string_agg(DISTINCT bn.nspname || '.' || b.relname, ', ')
        FROM reads JOIN pg_class v ON v.oid = reads.view_oid JOIN pg_namespace vn ON vn.oid = v.relnamespace
        JOIN pg_class b ON b.oid = reads.base JOIN pg_namespace bn ON bn.oid = b.relnamespace
        WHERE v.relkind IN ('v', 'm')
        GROUP BY 1, 2, 3, 4 ORDER BY 1
        """,
        (keyed,),
    ).fetchall()
    for view, kind, options, owner, bases in rows:
        readers = [r for r in p.filtered_roles + p.roles("reporting")
                   if p.conn.execute("SELECT has_table_privilege(%s, %s::regclass, 'SELECT')", (r, qualify(view))).fetchone()[0]]
        who = f"readable by {', '.join(readers)}" if readers else "no application role can read it today"
        if kind == "m":
            p.add("view_security_invoker", FAIL if readers else WARN,
                  f"materialized view over {bases}: its rows are copied out of RLS; {who}", table=view)
        elif any(_TRUE_OPTION.match(o) for o in options):
            p.add("view_security_invoker", PASS, f"over {bases}, security_invoker", table=view)
        elif p.version_num < 150000:
            p.add("view_security_invoker", WARN, f"over {bases}, runs as its owner {owner}: security_invoker needs "
                  "PostgreSQL 15; revoke it from application roles or filter inside it", table=view)
        else:
            detail = f"over {bases}, runs with its owner {owner}'s rights (no security_invoker); {who}"
            # Phase 5 switches security_invoker on for such views; at phase 4 it is still to come.
            outcome = p.from_phase_5(detail) if readers else (WARN, detail)
            p.add("view_security_invoker", *outcome, table=view)
    if not rows:
        p.add("view_security_invoker", PASS, "no view reads a tenant table")


def tenant_scoped_keys(p: Probing) -> None:
    """Unique and foreign-key checks ignore RLS: a key without the tenant reveals another tenant's row exists."""
    # Tables the manifest asks phase 3 to scope: there a key left unscoped is a failure. Primary
    # keys stay as they are (other keys reference them; surrogate ids are not chosen by tenants),
    # and phase 3 leaves partitioned tables alone: both are reported, not failed.
    scoped = {s.qualified for s in p.manifest.scoped_key_tables()}
    keyed = {s.qualified: s for s in p.protected() if s.keyed}
    for spec in keyed.values():
        table = qualify(spec.qualified)
        partitioned = p.conn.execute("SELECT relkind = 'p' FROM pg_class WHERE oid = %s::regclass",
                                     (table,)).fetchone()[0]
        required = spec.qualified in scoped and not partitioned
        uniques = [name for (name,) in p.conn.execute(
            """
            SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = %s::regclass AND i.indisunique AND NOT (%s AND i.indisprimary)
              AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attname = %s
                              AND a.attnum = ANY(i.indkey))
            ORDER BY 1
            """, (table, required, spec.column))]
        foreign = [f"{name} -> {ref}" for name, ref in p.conn.execute(
            """
            SELECT con.conname, n.nspname || '.' || rc.relname FROM pg_constraint con
            JOIN pg_class rc ON rc.oid = con.confrelid JOIN pg_namespace n ON n.oid = rc.relnamespace
            WHERE con.contype = 'f' AND con.conrelid = %s::regclass AND n.nspname || '.' || rc.relname = ANY(%s)
              AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attname = %s
                              AND a.attnum = ANY(con.conkey))
            ORDER BY 1
            """, (table, list(scoped if required else keyed), spec.column))]
        if not uniques and not foreign:
            p.add("tenant_scoped_keys", PASS, table=spec.qualified)
            continue
        parts = ([f"unique without {shown.ident(spec.column)}: {', '.join(uniques)}"] if uniques else []) + \
                ([f"foreign keys without {shown.ident(spec.column)}: {', '.join(foreign)}"] if foreign else [])
        p.add("tenant_scoped_keys", FAIL if required else WARN,
              "; ".join(parts) + " (a conflict or failed reference tells one tenant another's row exists)",
              table=spec.qualified)


_FUNCTION_CALL = re.compile(r"\b([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\(", re.IGNORECASE)


def _bodies(p: Probing, names: set[tuple[str, str]]) -> str:
    if not names:
        return ""
    return " ".join(body for (body,) in p.conn.execute(
        "SELECT coalesce(p.prosrc, '') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE (n.nspname, p.proname) IN (SELECT * FROM unnest(%s::text[], %s::text[]))",
        ([s for s, _ in names], [f for _, f in names])))


def session_settings(p: Probing) -> None:
    """A path across tenants driven by a setting can be taken by any connection of the application."""
    readers = {("tenantmig", "current_tenant"), ("tenantmig", "current_store")}
    context = p.context_settings
    flagged = False
    for spec in p.protected():
        policies = p.conn.execute(
            "SELECT policyname, permissive = 'RESTRICTIVE', coalesce(qual, ''), coalesce(with_check, '') "
            "FROM pg_policies WHERE schemaname = %s AND tablename = %s ORDER BY 1", (spec.schema, spec.name)).fetchall()
        bounded = any(restrictive for _, restrictive, _, _ in policies)
        for name, restrictive, using, check in policies:
            if bounded and not restrictive:
                continue  # AND-ed with the restrictive tenant policy: a setting here can only narrow within a tenant
            text = f"{using} {check}"
            called = {(s.lower(), f.lower()) for s, f in _FUNCTION_CALL.findall(text)} - readers
            settings = set(SETTING_READ.findall(text + " " + _bodies(p, called))) - context
            if settings:
                flagged = True
                p.add("session_bypass", WARN, f"policy {name} reads the session setting(s) {', '.join(sorted(settings))}: "
                      "any connection of the application can set them; a separate role cannot be claimed that way",
                      table=spec.qualified)
    if p.manifest.admin_setting is not None:
        flagged = True
        p.add("session_bypass", WARN, f"the manifest asks for a session-setting admin bypass "
              f"([admin_setting] {p.manifest.admin_setting.name}): any application connection can set it; "
              "prefer a separate admin role, which needs a GRANT rather than a SET")
    if not flagged:
        p.add("session_bypass", PASS, "no policy opens on a session setting other than the tenant context")
    defaults = p.conn.execute(
        """
        SELECT coalesce(r.rolname, 'every role'), cfg FROM pg_db_role_setting s
        LEFT JOIN pg_roles r ON r.oid = s.setrole, unnest(s.setconfig) cfg
        WHERE s.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
          AND (s.setrole = 0 OR r.rolname = ANY(%s)) AND cfg LIKE ANY(%s)
        """,
        (p.filtered_roles, [f"{c}=%" for c in sorted(context)]),
    ).fetchall()
    for who, cfg in defaults:
        p.add("context_default", FAIL, f"{who} starts every session with {cfg}: a tenant nobody stated; "
              "remove it with ALTER ROLE ... RESET", role=None if who == "every role" else who)
    if not defaults:
        p.add("context_default", PASS, "no role or database default sets the tenant context")


def server_advisories(p: Probing) -> None:
    unfixed = unfixed_advisories(p.version_num)
    if unfixed:
        p.add("server_advisories", WARN, "this minor version predates the fixes for " + "; ".join(unfixed)
              + ": upgrade to the latest minor release")
    else:
        p.add("server_advisories", PASS, "no published RLS advisory applies to this version")
