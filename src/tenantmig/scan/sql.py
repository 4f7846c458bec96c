"""Tenant predicates in SQL text, read by PostgreSQL's own parser (pglast).

Application code hands SQL over with driver placeholders (%s, %(name)s, :name, ?,
${expr} in template literals); they are replaced by $n parameters before parsing, so
the parser sees the statement the server will see.
"""

from __future__ import annotations

import json
import re

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


def _walk(node, parents=()):
    if isinstance(node, dict):
        yield node, parents
        for key, value in node.items():
            yield from _walk(value, parents + ((key, node),))
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, parents)


def _column(node: dict) -> tuple[str | None, str] | None:
    """(qualifier, column) of a ColumnRef, or None."""
    ref = node.get("ColumnRef")
    if not ref:
        return None
    names = [f["String"]["sval"] for f in ref.get("fields", []) if "String" in f]
    if not names:
        return None
    return (names[-2] if len(names) > 1 else None), names[-1]


class _Statement:
    def __init__(self, tree: dict, targets: Targets):
        self.targets = targets
        self.aliases: dict[str, str] = {}  # alias or name -> qualified tenant table
        self.tables: list[str] = []
        for node, _ in _walk(tree):
            # INSERT/UPDATE/DELETE hold their target as a bare RangeVar body under "relation".
            rv = node.get("RangeVar") or (node if "relname" in node else None)
            if rv:
                table = targets.resolve_relation(rv["relname"], rv.get("schemaname"))
                if table:
                    self.tables.append(table)
                    self.aliases[rv.get("alias", {}).get("aliasname", rv["relname"])] = table
                    self.aliases.setdefault(rv["relname"], table)

    def key_table(self, col: tuple[str | None, str]) -> str | None:
        """The tenant table whose key this column reference is, or None."""
        qualifier, name = col
        if qualifier is not None:
            table = self.aliases.get(qualifier)
            return table if table and self.targets.columns[table] == name else None
        candidates = [t for t in dict.fromkeys(self.tables) if self.targets.columns[t] == name]
        return candidates[0] if len(candidates) == 1 else None


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
        for node, parents in _walk(raw):
            expr = node.get("A_Expr")
            if expr:
                for side in ("lexpr", "rexpr"):
                    col = _column(expr.get(side) or {})
                    table = col and stmt.key_table(col)
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
            select = node.get("SelectStmt")
            if select:
                for item in select.get("groupClause") or []:
                    col = _column(item)
                    table = col and stmt.key_table(col)
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
        for node, _ in _walk(raw):
            for key in ("A_Expr", "NullTest", "SubLink"):
                body = node.get(key)
                if not body:
                    continue
                for side in ("lexpr", "rexpr", "arg", "testexpr"):
                    col = _column(body.get(side) or {})
                    table = col and stmt.key_table(col)
                    if table:
                        keyed.add(table)
        for table in dict.fromkeys(stmt.tables):
            found.append((command, table, table in keyed))
    return found
