"""SQL expressions from the manifest, parsed by PostgreSQL's own parser (pglast) and never trusted as text.

A manifest expression (a `{ sql = ... }` backfill, `visible_also`) ends up inside a function
body, a policy or an UPDATE. As text it could close a parenthesis and add a clause, end the
function's dollar quote, or name a table that resolves differently for whoever runs it: an
unqualified `organizations` inside a function whose search_path lists pg_temp finds the
caller's temporary view first. So each expression is parsed at load time as exactly one
expression, every relation it names is qualified with the schema the manifest gives that
table (or refused), and what is stored is pglast's rendering of the tree, not the input.

Functions, operators and types are left as written: tenantmig runs these expressions with
`search_path = pg_catalog, pg_temp`, where PostgreSQL never looks in pg_temp for functions or
operators and finds pg_catalog's types first; phase 0 compiles each expression under that
same search_path, so one that needs an application function must name its schema.
"""

from __future__ import annotations

from typing import Iterator

from pglast import ast, parse_sql
from pglast.enums import SetOperation
from pglast.parser import ParseError, scan
from pglast.stream import RawStream

# The search_path every expression is compiled and run with (see the module's docstring).
PINNED_SEARCH_PATH = "pg_catalog, pg_temp"


class ExpressionError(ValueError):
    """Why a manifest expression was refused; the message names the offending part."""


def nodes(node: object) -> Iterator[ast.Node]:
    """Every parse-tree node under `node` (lists and tuples walked), itself first."""
    if isinstance(node, ast.Node):
        yield node
        for name in node:
            yield from nodes(getattr(node, name))
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from nodes(item)


def _balanced(text: str) -> None:
    """Refuse text that closes a parenthesis it did not open (`true) OR (true`): as text inside
    another expression's parentheses it would escape them, whatever it parses to on its own."""
    depth = 0
    try:
        tokens = scan(text)
    except ParseError as exc:
        raise ExpressionError(f"not SQL: {exc.args[0]}") from None
    for token in tokens:
        piece = text[token.start:token.end + 1]
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
            if depth < 0:
                raise ExpressionError(f"a `)` at character {token.start + 1} closes a parenthesis it did not open")
    if depth:
        raise ExpressionError("a `(` is never closed")


def parse_expression(text: str, tables: dict[str, list[str]]) -> str:
    """One SQL expression, its relations schema-qualified, rendered back from the parse tree.

    `tables` maps a table's bare name to the schema-qualified names the manifest knows it by.
    A bare name the manifest does not know, or knows in two schemas, is refused: resolving it
    through whoever's search_path is in force is the hazard this exists to remove.
    """
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError("empty")
    _balanced(text)
    try:
        statements = parse_sql(f"SELECT ({text}\n)")
    except ParseError as exc:
        raise ExpressionError(f"not one SQL expression: {exc.args[0]}") from None
    if len(statements) != 1:
        raise ExpressionError("more than one statement")
    select = statements[0].stmt
    if not isinstance(select, ast.SelectStmt) or len(select.targetList or ()) != 1 or any(
        getattr(select, clause) for clause in ("fromClause", "whereClause", "groupClause", "havingClause",
                                               "sortClause", "limitCount", "limitOffset", "withClause",
                                               "windowClause", "distinctClause", "intoClause", "valuesLists")
    ) or select.op != SetOperation.SETOP_NONE:
        raise ExpressionError("not one SQL expression")
    expression = select.targetList[0].val
    ctes = {c.ctename for c in nodes(expression) if isinstance(c, ast.CommonTableExpr)}
    for node in nodes(expression):
        if isinstance(node, ast.RangeVar) and node.schemaname is None and node.relname not in ctes:
            found = tables.get(node.relname, [])
            if len(found) != 1:
                where = "in two schemas of the manifest" if found else "not a table of the manifest"
                raise ExpressionError(f"relation {node.relname} is {where}: write it schema-qualified "
                                      f"(schema.{node.relname})")
            node.schemaname = found[0].partition(".")[0]
            if node.alias is None:
                # Column references written as `organizations.id` keep meaning this relation.
                node.alias = ast.Alias(aliasname=node.relname)
    return RawStream()(expression)


def dollar_tag(body: str, base: str = "fn") -> str:
    """A dollar-quote tag (`$fn$`, `$fn1$`, ...) that does not occur in `body`."""
    tag, n = f"${base}$", 0
    while tag in body:
        n += 1
        tag = f"${base}{n}$"
    return tag


def relations(expression: str) -> list[str]:
    """The schema-qualified relations a parsed (qualified) expression reads, in order, once each."""
    select = parse_sql(f"SELECT ({expression}\n)")[0].stmt
    found: list[str] = []
    for node in nodes(select):
        if isinstance(node, ast.RangeVar) and node.schemaname is not None:
            name = f"{node.schemaname}.{node.relname}"
            if name not in found:
                found.append(name)
    return found
