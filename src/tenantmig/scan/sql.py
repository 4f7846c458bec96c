"""Tenant predicates in SQL text, read by PostgreSQL's own parser (pglast).

Application code hands SQL over with driver placeholders (%s, %(name)s, :name, ?,
${expr} in template literals); they are replaced by $n parameters before parsing, so
the parser sees the statement the server will see.
"""

from __future__ import annotations

import json
import re

from tenantmig.expressions import dicts
from tenantmig.scan.model import CROSS_TENANT, Finding, Targets, classify, cross_tenant_context

_PLACEHOLDER = re.compile(r"%\([A-Za-z_]\w*\)s|%s|(?<![:\w]):[A-Za-z_]\w*|\?")


def normalise(text: str) -> str:
    return _PLACEHOLDER.sub("$1", text)


def parse(text: str) -> list[dict] | None:
    """The statements' parse trees as JSON-shaped dicts; None when the text is not SQL."""
    from pglast import parser as pg_parser  # here: half a second to load, and most commands never parse SQL

    try:
        return json.loads(pg_parser.parse_sql_json(normalise(text)))["stmts"]
    except Exception:  # pglast raises ParseError, and its C layer a few others: any means "not SQL"
        return None


def _column(node: dict) -> tuple[str | None, str] | None:
    """(qualifier, column) of a ColumnRef, or None."""
    ref = node.get("ColumnRef")
    if not ref:
        return None
    names = [f["String"]["sval"] for f in ref.get("fields", []) if "String" in f]
    if not names:
        return None
    return (names[-2] if len(names) > 1 else None), names[-1]


_STATEMENTS = ("SelectStmt", "UpdateStmt", "DeleteStmt", "InsertStmt")


def _is_body(node: dict) -> bool:
    """A SELECT (a UNION's branches included) or an INSERT/UPDATE/DELETE: where names are resolved."""
    relation = node.get("relation")
    return "fromClause" in node or (isinstance(relation, dict) and "relname" in relation)


def _range_var(node: dict) -> dict | None:
    # INSERT/UPDATE/DELETE hold their target as a bare RangeVar body under "relation".
    return node.get("RangeVar") or (node if "relname" in node else None)


class _Statement:
    """One statement's tenant tables, and which of them a column reference names, scope by scope:
    an unqualified column belongs to the innermost SELECT whose FROM holds a table with it."""

    def __init__(self, tree: dict, targets: Targets):
        self.targets = targets
        self.tables: list[str] = []
        for node in dicts(tree):
            rv = _range_var(node)
            table = rv and targets.resolve_relation(rv["relname"], rv.get("schemaname"))
            if table:
                self.tables.append(table)

    def _scope(self, body: dict) -> tuple[dict[str, str], list[str]]:
        aliases: dict[str, str] = {}
        tables: list[str] = []
        stack = [body.get(k) for k in ("fromClause", "relation", "usingClause")]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            if not isinstance(node, dict) or any(k in node for k in _STATEMENTS):
                continue  # a subquery has its own scope
            rv = _range_var(node)
            if rv is None:
                stack.extend(node.values())
                continue
            table = self.targets.resolve_relation(rv["relname"], rv.get("schemaname"))
            if table:
                tables.append(table)
                aliases[rv.get("alias", {}).get("aliasname", rv["relname"])] = table
        return aliases, tables

    def walk(self, node, scopes: tuple = ()):
        """Every dict of the tree with the scopes it sees, innermost last."""
        if isinstance(node, dict):
            if _is_body(node):
                scopes = scopes + (self._scope(node),)
            yield node, scopes
            for value in node.values():
                yield from self.walk(value, scopes)
        elif isinstance(node, list):
            for item in node:
                yield from self.walk(item, scopes)

    def key_table(self, col: tuple[str | None, str], scopes: tuple) -> str | None:
        """The tenant table whose key this column reference is, or None."""
        qualifier, name = col
        for aliases, tables in reversed(scopes):
            if qualifier is not None:
                table = aliases.get(qualifier)
                if table:
                    return table if self.targets.columns[table] == name else None
                continue
            candidates = [t for t in dict.fromkeys(tables) if self.targets.columns[t] == name]
            if candidates:
                return candidates[0] if len(candidates) == 1 else None
        return None


def scan_sql(text: str, *, path: str, first_line: int, lines: list[str], context: tuple[str, ...],
             targets: Targets) -> list[Finding]:
    """Findings in one SQL string that starts on first_line of the file."""
    stmts = parse(text)
    if not stmts:
        return []
    normalised = normalise(text)
    encoded = normalised.encode()
    marker = cross_tenant_context(*context)
    path_marker = cross_tenant_context(context[0]) if context else None
    findings: list[Finding] = []

    def line_at(location: int | None) -> int:
        if location is None or location < 0:
            return first_line
        return first_line + encoded[:location].count(b"\n")

    def emit(location, table, kind, reason):
        line = line_at(location)
        code = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        findings.append(Finding(path, line, table, kind, "sql", reason, code))

    for raw in stmts:
        stmt = _Statement(raw, targets)
        if not stmt.tables:
            continue
        keyed: set[str] = set()
        for node, scopes in stmt.walk(raw):
            expr = node.get("A_Expr")
            if expr:
                for side in ("lexpr", "rexpr"):
                    col = _column(expr.get(side) or {})
                    table = col and stmt.key_table(col, scopes)
                    if not table:
                        continue
                    keyed.add(table)
                    op = (expr.get("name") or [{}])[0].get("String", {}).get("sval")
                    # The JSON form leaves out the default kind, AEXPR_OP (a plain operator).
                    kind = expr.get("kind", "AEXPR_OP")
                    several = kind != "AEXPR_OP" or op != "="
                    how = kind if kind != "AEXPR_OP" else op
                    emit(expr.get("location"), table,
                         *classify(table, several=several, marker=path_marker, how=f"{col[1]} {how}"))
                    break
            if _is_body(node):
                for item in node.get("groupClause") or []:
                    col = _column(item)
                    table = col and stmt.key_table(col, scopes)
                    if table:
                        keyed.add(table)
                        emit(item["ColumnRef"].get("location"), table, CROSS_TENANT,
                             f"groups rows by {col[1]}: a result across tenants")
        if marker:
            for table in dict.fromkeys(stmt.tables):
                if table not in keyed:
                    emit(raw.get("stmt_location", 0), table, CROSS_TENANT,
                         f"reads {table} with no tenant predicate in cross-tenant code ({marker})")
    return findings


def table_predicates(text: str, targets: Targets) -> list[tuple[str, str, bool]] | None:
    """(command, tenant table, names its tenant key in a predicate) for each tenant table a statement
    touches; None when the text does not parse. A key compared with anything counts: the question is
    whether the statement already narrows to a tenant, not how."""
    stmts = parse(text)
    if stmts is None:
        return None
    found = []
    for raw in stmts:
        stmt = _Statement(raw, targets)
        command = next(iter(raw.get("stmt", {})), "").removesuffix("Stmt").lower()
        keyed: set[str] = set()
        for node, scopes in stmt.walk(raw):
            for key in ("A_Expr", "NullTest", "SubLink"):
                body = node.get(key)
                if not body:
                    continue
                for side in ("lexpr", "rexpr", "arg", "testexpr"):
                    col = _column(body.get(side) or {})
                    table = col and stmt.key_table(col, scopes)
                    if table:
                        keyed.add(table)
        for table in dict.fromkeys(stmt.tables):
            found.append((command, table, table in keyed))
    return found
