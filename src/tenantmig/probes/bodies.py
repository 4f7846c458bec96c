"""What a SQL or PL/pgSQL function body names, read with PostgreSQL's own parser (pglast).

Two questions the probes ask of a body: which relations it reads (a table name in a comment or a
string is none), and which of its names PostgreSQL resolves through the search_path at run time
(relations, functions, operators, types, collations written without a schema). A body that names
nothing through the path runs the same whatever path its caller sets: pagila's `last_updated()`,
`NEW.last_update = CURRENT_TIMESTAMP`, needs no SET search_path to be safe.

Both answer None for a body they cannot read (another language, a parse error, dynamic SQL whose
text is only known when it runs): the caller decides what an unread body is worth.
"""

from __future__ import annotations

from pglast import ast, parse_plpgsql, parse_sql
from pglast.enums.primnodes import SubLinkType
from pglast.parser import ParseError, scan

from tenantmig.expressions import dicts, nodes

# PL/pgSQL expression parse modes (PostgreSQL's RawParseMode): 0 a statement, 2 an expression,
# 3-5 an assignment `target := expr` whose target has 1-3 name parts.
_STATEMENT, _ASSIGNMENTS = 0, (3, 4, 5)
# Statements whose SQL text is built at run time: nothing can be said of what it names.
_DYNAMIC = ("PLpgSQL_stmt_dynexecute", "PLpgSQL_stmt_dynfors")
ANY_SUBLINK = SubLinkType.ANY_SUBLINK


class _Unreadable(Exception):
    pass


def named_relations(language: str, definition: str) -> list[tuple[str | None, str]] | None:
    """(schema or None, name) of each relation the body names, once each, CTEs left out.

    Dynamic SQL (EXECUTE of a string) is not seen: what a body reads is judged on what it shows.
    """
    try:
        found: list[tuple[str | None, str]] = []
        for statements in _parsed(language, definition, dynamic_ok=True):
            for node in _relations(statements):
                if (node.schemaname, node.relname) not in found:
                    found.append((node.schemaname, node.relname))
        return found
    except _Unreadable:
        return None


def path_resolved_names(language: str, definition: str) -> list[str] | None:
    """What the body names without a schema, so that the search_path in force decides what it is.

    Each as the kind and name ("function now", "operator =", "relation orders"), once each. A
    simple CASE and a PL/pgSQL CASE compare with `=`, found through the path like any operator.
    """
    try:
        parsed = _parsed(language, definition, dynamic_ok=False)
        named = _plpgsql_names(definition) if language == "plpgsql" else []
        for statements in parsed:
            named.extend(_unqualified(statements))
        return list(dict.fromkeys(named))
    except _Unreadable:
        return None


def _parsed(language: str, definition: str, dynamic_ok: bool) -> list[list]:
    """Every SQL text of the body, parsed: the body itself for SQL, each embedded expression for PL/pgSQL."""
    try:
        if language == "sql":
            return [parse_sql(definition)]
        if language != "plpgsql":
            raise _Unreadable(language)
        texts: list[str] = []
        for node in dicts(parse_plpgsql(definition)):
            if not dynamic_ok and (any(key in node for key in _DYNAMIC) or _opens_dynamic(node)):
                raise _Unreadable("dynamic SQL")
            expr = node.get("PLpgSQL_expr")
            if isinstance(expr, dict) and "query" in expr:
                texts.extend(_expression_texts(expr["query"], expr.get("parseMode", 0)))
        return [parse_sql(text) for text in texts]
    except ParseError as exc:
        raise _Unreadable(str(exc)) from exc


def _opens_dynamic(node: dict) -> bool:
    opened = node.get("PLpgSQL_stmt_open") or node.get("PLpgSQL_stmt_return_query")
    return isinstance(opened, dict) and "dynquery" in opened


def _expression_texts(query: str, mode: int) -> list[str]:
    """The SQL an embedded PL/pgSQL text stands for, as statements pglast parses.

    An assignment's text is `target := expr` (or `=`); read as `SELECT target = expr` it would show
    an `=` operator it does not use, so target (its subscripts may hold expressions) and value are
    read apart.
    """
    if mode == _STATEMENT:
        return [query]
    if mode in _ASSIGNMENTS:
        depth = 0
        for token in scan(query):
            if token.name in ("ASCII_40", "ASCII_91"):  # ( [
                depth += 1
            elif token.name in ("ASCII_41", "ASCII_93"):  # ) ]
                depth -= 1
            elif depth == 0 and token.name in ("ASCII_61", "COLON_EQUALS"):
                return [f"SELECT {query[:token.start]}", f"SELECT {query[token.end + 1:]}"]
        raise _Unreadable(f"an assignment without := in {query!r}")
    return [f"SELECT {query}"]


def _relations(statements: list) -> list[ast.RangeVar]:
    ctes = {c.ctename for c in nodes(statements) if isinstance(c, ast.CommonTableExpr)}
    return [node for node in nodes(statements) if isinstance(node, ast.RangeVar)
            and not (node.schemaname is None and node.relname in ctes)]


def _unqualified(statements: list) -> list[str]:
    found = [f"relation {r.relname}" for r in _relations(statements) if r.schemaname is None]
    for node in nodes(statements):
        if isinstance(node, ast.FuncCall) and len(node.funcname) == 1:
            found.append(f"function {node.funcname[0].sval}")
        elif isinstance(node, ast.A_Expr) and node.name and len(node.name) == 1:
            found.append(f"operator {node.name[0].sval}")
        elif isinstance(node, ast.SubLink) and node.operName and len(node.operName) == 1:
            found.append(f"operator {node.operName[0].sval}")
        elif isinstance(node, ast.SubLink) and not node.operName and node.subLinkType == ANY_SUBLINK:
            found.append("operator =")  # `x IN (SELECT ...)` compares with whatever `=` the path finds
        elif isinstance(node, ast.SortBy) and node.useOp and len(node.useOp) == 1:
            found.append(f"operator {node.useOp[0].sval}")
        elif isinstance(node, ast.CaseExpr) and node.arg is not None:
            found.append("operator =")
        elif isinstance(node, ast.TypeName) and node.names and len(node.names) == 1:
            found.append(f"type {node.names[0].sval}")
        elif isinstance(node, ast.CollateClause) and len(node.collname) == 1:
            found.append(f"collation {node.collname[0].sval}")
    return found


def _plpgsql_names(definition: str) -> list[str]:
    """Declared variables' types (parsed as a cast would be) and a CASE statement's `=`."""
    found: list[str] = []
    for node in dicts(parse_plpgsql(definition)):
        typed = node.get("PLpgSQL_type")
        if isinstance(typed, dict) and "typname" in typed:
            if "%" in typed["typname"]:  # table.column%TYPE, table%ROWTYPE: a relation by name
                found.append(f"type {typed['typname']}")
            else:
                try:
                    found.extend(_unqualified(parse_sql(f"SELECT NULL::{typed['typname']}")))
                except ParseError as exc:
                    raise _Unreadable(typed["typname"]) from exc
        case = node.get("PLpgSQL_stmt_case")
        if isinstance(case, dict) and case.get("t_expr") is not None:
            found.append("operator =")
    return found

