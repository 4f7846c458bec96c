"""Probes that read policy expressions as PostgreSQL parses them: what the predicates admit, and what they read.

A policy's text in pg_policies is the server's own rendering of the expression; parsing it back
(pglast) sees through casts, parentheses and operator spellings that text matching would miss
(`LIKE` is stored as `~~`, `SIMILAR TO` as `~ similar_to_escape(...)`).

- `pattern_on_context`: a LIKE, ILIKE, SIMILAR TO or regular expression whose pattern or subject
  is the tenant setting. With the setting empty a pattern built from it (`'' || '%'`) matches
  every tenant; a tenant id that is a prefix or pattern of another's matches both.
- `with_check_union`: permissive policies are OR-ed. Where no restrictive policy bounds writes
  to the tenant, one permissive policy whose WITH CHECK lacks the tenant condition admits rows of
  any tenant beside the tenant's own policy.
- `policy_reads_unprotected`: a policy that reads another table through a subquery sees that
  table whole when it has RLS off; if it holds tenant rows, whoever may write it decides what
  the policy admits (a self-granted share), and whoever may not still learns of other tenants'
  rows through what the policy lets through.
"""

from __future__ import annotations

from functools import cached_property

from pglast import ast, parse_sql
from pglast.enums import A_Expr_Kind, BoolExprType
from pglast.parser import ParseError

from tenantmig.db import qualify
from tenantmig.expressions import nodes
from tenantmig.probes import FAIL, PASS, SETTING_READ, Probing

PATTERN_OPERATORS = {"~~", "~~*", "!~~", "!~~*", "~", "~*", "!~", "!~*"}
PATTERN_FUNCTIONS = {"like", "notlike", "textlike", "texticlike", "textnlike", "regexp_like", "regexp_match",
                     "regexp_matches", "regexp_count", "regexp_instr", "regexp_substr", "starts_with",
                     "similar_to_escape", "similar_escape"}
PATTERN_KINDS = {A_Expr_Kind.AEXPR_LIKE, A_Expr_Kind.AEXPR_ILIKE, A_Expr_Kind.AEXPR_SIMILAR}


def run(p: Probing) -> None:
    reader = _Reader(p)
    pattern_on_context(p, reader)
    with_check_union(p, reader)
    policy_reads_unprotected(p)


def parse(expression: str | None) -> ast.Node | None:
    """The expression pg_get_expr rendered, as a tree; None for no expression or one pglast cannot read."""
    if not expression:
        return None
    try:
        return parse_sql(f"SELECT ({expression}\n)")[0].stmt.targetList[0].val
    except ParseError:
        return None


class _Reader:
    """Whether an expression reads the tenant context: the setting itself, or a function that reads it."""

    def __init__(self, p: Probing) -> None:
        self.p = p

    @cached_property
    def context_functions(self) -> set[str]:
        settings = self.p.context_settings
        found = {"current_tenant", "current_store"}
        for name, body in self.p.conn.execute(
                "SELECT p.proname, coalesce(p.prosrc, '') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prosrc ILIKE '%current_setting%'"):
            if set(SETTING_READ.findall(body)) & settings:
                found.add(name)
        return found

    def reads_context(self, node: object) -> bool:
        for n in nodes(node):
            if not isinstance(n, ast.FuncCall):
                continue
            name = n.funcname[-1].sval
            if name == "current_setting" and n.args and _literal(n.args[0]) in self.p.context_settings:
                return True
            if name in self.context_functions:
                return True
        return False

    def is_tenant_condition(self, node: ast.Node, column: str) -> bool:
        """`column = <the tenant context>`, either way round."""
        if not (isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP
                and [s.sval for s in node.name] == ["="]):
            return False
        for side, other in ((node.lexpr, node.rexpr), (node.rexpr, node.lexpr)):
            if _column(side) == column and self.reads_context(other) and not any(
                    isinstance(n, ast.ColumnRef) for n in nodes(other)):
                return True
        return False

    def bounded(self, expression: str | None, column: str) -> bool:
        """Whether the expression holds only when the row's key is the tenant's: one AND-ed condition says so."""
        tree = parse(expression)
        if tree is None:
            return False
        return any(self.is_tenant_condition(c, column) for c in _conjuncts(tree))


def _literal(node: object) -> str | None:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.A_Const) and isinstance(node.val, ast.String):
        return node.val.sval
    return None


def _column(node: object) -> str | None:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.ColumnRef) and isinstance(node.fields[-1], ast.String):
        return node.fields[-1].sval
    return None


def _conjuncts(node: ast.Node) -> list[ast.Node]:
    if isinstance(node, ast.BoolExpr) and node.boolop == BoolExprType.AND_EXPR:
        return [c for arg in node.args for c in _conjuncts(arg)]
    return [node]


def _policies(p: Probing, table: str, role: str | None = None) -> list[tuple]:
    """(name, command, permissive, USING, WITH CHECK) of the table's policies, those applying to `role` if given."""
    return p.conn.execute(
        """
        SELECT pol.polname, pol.polcmd::text, pol.polpermissive, pg_get_expr(pol.polqual, pol.polrelid),
               pg_get_expr(pol.polwithcheck, pol.polrelid)
        FROM pg_policy pol WHERE pol.polrelid = %(table)s::regclass
          AND (%(role)s::text IS NULL OR pol.polroles = '{0}'
               OR EXISTS (SELECT 1 FROM unnest(pol.polroles) r WHERE r <> 0 AND pg_has_role(%(role)s, r, 'USAGE')))
        ORDER BY 1
        """, {"table": qualify(table), "role": role}).fetchall()


def pattern_on_context(p: Probing, reader: _Reader) -> None:
    flagged = False
    for target in p.targets("tenant", "shared", "global"):
        for name, _cmd, _permissive, using, check in _policies(p, target.name):
            for clause, text in (("USING", using), ("WITH CHECK", check)):
                found = [_describe(n) for n in nodes(parse(text)) if _is_pattern(n) and reader.reads_context(n)]
                if found:
                    flagged = True
                    p.add("pattern_on_context", FAIL,
                          f"policy {name} {clause} matches the tenant setting as a pattern ({', '.join(found)}): "
                          "an empty setting or one tenant id inside another's matches more than one tenant; "
                          "compare the key with = (SELECT tenantmig.current_tenant())", table=target.name)
    if not flagged:
        p.add("pattern_on_context", PASS, "no policy matches the tenant setting with LIKE, SIMILAR TO or a regex")


def _is_pattern(node: ast.Node) -> bool:
    if isinstance(node, ast.A_Expr):
        return node.kind in PATTERN_KINDS or any(s.sval in PATTERN_OPERATORS for s in node.name or ())
    return isinstance(node, ast.FuncCall) and node.funcname[-1].sval in PATTERN_FUNCTIONS


def _describe(node: ast.Node) -> str:
    if isinstance(node, ast.FuncCall):
        return f"{node.funcname[-1].sval}()"
    return {A_Expr_Kind.AEXPR_LIKE: "LIKE", A_Expr_Kind.AEXPR_ILIKE: "ILIKE",
            A_Expr_Kind.AEXPR_SIMILAR: "SIMILAR TO"}.get(node.kind, f"operator {node.name[-1].sval}")


def with_check_union(p: Probing, reader: _Reader) -> None:
    flagged = False
    for target in p.targets("tenant", "shared"):
        column = target.spec.column
        for role in p.filtered_roles:
            if role in _unfiltered(p):
                continue  # no policy applies to it (a service role until phase 5): role_no_bypassrls names it
            for command, codes in (("INSERT", ("*", "a")), ("UPDATE", ("*", "w"))):
                applying = [(name, permissive, check if check is not None else using)
                            for name, cmd, permissive, using, check in _policies(p, target.name, role) if cmd in codes]
                if any(not permissive and reader.bounded(check, column) for _, permissive, check in applying):
                    continue  # a restrictive tenant condition is AND-ed with whatever the permissive ones admit
                permissive = [(name, check) for name, is_permissive, check in applying if is_permissive]
                open_ = [name for name, check in permissive if not reader.bounded(check, column)]
                if not open_ or len(permissive) < 2:
                    continue  # a single permissive policy is no union; the behaviour probes try its writes
                flagged = True
                bounded = [name for name, _ in permissive if name not in open_]
                beside = f", OR-ed with {', '.join(bounded)}" if bounded else ""
                # Phase 4's restrictive policy holds the tenant condition behind its rollout switch, so
                # only from phase 5 on is a missing bound certain rather than still to come.
                p.add("with_check_union", *p.from_phase_5(
                      f"{command}: permissive {', '.join(open_)} admit rows whose {column} is not the "
                      f"tenant's{beside}, "
                      "and no restrictive policy requires the tenant: make the tenant condition RESTRICTIVE, or "
                      "repeat it in each permissive WITH CHECK"), table=target.name, role=role)
    if not flagged:
        p.add("with_check_union", PASS, "every write a filtered role may make is bounded to its tenant")


def _unfiltered(p: Probing) -> set[str]:
    return {r for (r,) in p.conn.execute(
        "SELECT rolname FROM pg_roles WHERE (rolsuper OR rolbypassrls) AND rolname = ANY(%s)", (p.filtered_roles,))}


def policy_reads_unprotected(p: Probing) -> None:
    keyed = {s.qualified for s in p.protected() if s.keyed} | {t for parts in p.partitions.values() for t in parts}
    columns = sorted({s.column for s in p.manifest.keyed_tables()} | {p.manifest.column})
    rows = p.conn.execute(
        """
        SELECT DISTINCT tn.nspname || '.' || t.relname, pol.polname, rn.nspname || '.' || r.relname
        FROM pg_policy pol JOIN pg_class t ON t.oid = pol.polrelid JOIN pg_namespace tn ON tn.oid = t.relnamespace
        JOIN pg_depend d ON d.classid = 'pg_policy'::regclass AND d.objid = pol.oid
             AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> pol.polrelid
        JOIN pg_class r ON r.oid = d.refobjid JOIN pg_namespace rn ON rn.oid = r.relnamespace
        WHERE r.relkind IN ('r', 'p') AND NOT r.relrowsecurity
          AND (rn.nspname || '.' || r.relname = ANY(%s)
               OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = r.oid AND a.attnum > 0
                          AND NOT a.attisdropped AND a.attname = ANY(%s)))
        ORDER BY 1, 2, 3
        """, (sorted(keyed), columns)).fetchall()
    for table, policy, read in rows:
        p.add("policy_reads_unprotected", FAIL,
              f"policy {policy} reads {read}, which holds tenant rows and has row level security off: the "
              f"policy sees every tenant's rows there, and a role that may write it decides what the policy admits. "
              f"Classify {read} as tenant or shared in the manifest so it gets RLS", table=table)
    if not rows:
        p.add("policy_reads_unprotected", PASS, "no policy reads a table of tenant rows that has RLS off")
