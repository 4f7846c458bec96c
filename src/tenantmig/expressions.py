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

from dataclasses import dataclass
from typing import Callable, Collection, Iterator

from pglast import ast, parse_sql
from pglast.enums import SetOperation
from pglast.parser import ParseError, scan
from pglast.stream import RawStream

from tenantmig.db import quote_ident

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


def dicts(tree: object) -> Iterator[dict]:
    """Every object of a parse tree in pglast's JSON form (SQL or PL/pgSQL), itself first, depth first."""
    if isinstance(tree, dict):
        yield tree
        for value in tree.values():
            yield from dicts(value)
    elif isinstance(tree, list):
        for item in tree:
            yield from dicts(item)


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


class _Unsure(Exception):
    """A column reference whose meaning over the trigger's row cannot be settled from the parse tree."""


# The fill trigger's row variable. PL/pgSQL raises on a name that could be a column or this
# variable (variable_conflict = error), so an expression naming a relation `new` keeps the
# row-subquery form.
ROW = "new"


@dataclass(frozen=True)
class FillExpression:
    """A `{ sql = ... }` backfill as the fill trigger evaluates it for one row, and as phase 0
    compiles it: both are built from `text`, so what phase 0 accepted is what the trigger runs.

    `over_row`: the expression's references to the table's columns were rewritten to `NEW.col`,
    and the trigger assigns it (`NEW.key := (...)`). Otherwise the trigger selects it from the
    whole row expanded under the table's name (`FROM (SELECT (NEW).*) AS name`), which builds a
    tuple of every column on each insert: the rewrite is what keeps the trigger's cost low.
    """
    text: str
    over_row: bool
    table_name: str

    def assign(self, key_sql: str) -> str:
        """The PL/pgSQL statement that sets NEW.key."""
        if self.over_row:
            return f"NEW.{key_sql} := ({self.text});"
        return f"SELECT ({self.text}) INTO NEW.{key_sql} FROM (SELECT (NEW).*) AS {quote_ident(self.table_name)};"

    def compile_query(self, table_sql: str) -> str:
        """A query, for LIMIT 0 planning, in which every name resolves as it does in the trigger.

        Rewritten: the table is aliased `new`, so `new.col` is the row's column as NEW.col is in
        PL/pgSQL. Its columns are visible unqualified here and not in the trigger, but no reference
        the rewrite left can reach them: each of the row's columns was rewritten, or is hidden by
        an inner relation's column of that name, or the expression kept the row-subquery form.
        Otherwise the table under its own name stands for the trigger's row subquery. No `*`, so
        pg_stat_statements never lists this check among the application's prepared `SELECT *`.
        """
        if self.over_row:
            return f"SELECT ({self.text}) FROM {table_sql} AS {ROW} LIMIT 0"
        return f"SELECT ({self.text}) FROM {table_sql} AS {quote_ident(self.table_name)} LIMIT 0"


def fill_expression(expression: str, table_name: str, columns: Collection[str],
                    columns_of: Callable[[str], Collection[str] | None]) -> FillExpression:
    """The fill trigger's form of a parsed (qualified) expression over a row of `table_name`.

    `columns`: the table's columns; `columns_of(schema.relation)`: another relation's columns,
    None if unknown. Any reference whose target is in doubt (a relation of unknown columns that
    could hide a column of the table, a whole-row or `table.*` reference, a field of a composite
    column) keeps the whole expression in the row-subquery form, which needs no resolving.
    """
    tree = parse_sql(f"SELECT ({expression}\n)")[0].stmt.targetList[0].val
    try:
        _rewrite(tree, (), table_name, frozenset(columns), columns_of)
    except _Unsure:
        return FillExpression(expression, False, table_name)
    return FillExpression(RawStream()(tree), True, table_name)


def _scope(select: ast.SelectStmt, columns_of) -> dict[str, frozenset[str] | None]:
    """The names a SELECT's FROM clause makes visible, each with its columns (None: unknown)."""
    found: dict[str, frozenset[str] | None] = {}

    def add(item) -> None:
        if isinstance(item, ast.JoinExpr):
            add(item.larg)
            add(item.rarg)
            if item.alias is not None or item.usingClause or item.isNatural:
                found[item.alias.aliasname if item.alias else ""] = None
        elif isinstance(item, ast.RangeVar):
            name = item.alias.aliasname if item.alias else item.relname
            known = columns_of(f"{item.schemaname}.{item.relname}") if item.schemaname else None
            found[name] = frozenset(known) if known is not None else None
        else:  # a subquery, a function, VALUES ...: columns not settled here
            alias = getattr(item, "alias", None)
            found[alias.aliasname if alias is not None else ""] = None

    for item in select.fromClause or ():
        add(item)
    return found


def _rewrite(node, scopes: tuple, table: str, columns: frozenset[str], columns_of) -> None:
    """Rewrite, in place, the references to the outer row's columns into `new.col`."""
    if isinstance(node, (list, tuple)):
        for item in node:
            _rewrite(item, scopes, table, columns, columns_of)
        return
    if not isinstance(node, ast.Node):
        return
    if isinstance(node, ast.SelectStmt):
        if node.withClause is not None:
            raise _Unsure  # a CTE's body sees the outer row through other scoping rules; not worth settling
        scope = _scope(node, columns_of)
        if ROW in scope:
            raise _Unsure
        outputs = {target.name for target in node.targetList or () if isinstance(target, ast.ResTarget) and target.name}
        if any(isinstance(ref, ast.ColumnRef) and len(ref.fields) == 1 and getattr(ref.fields[0], "sval", None) in outputs
               for ref in nodes([node.sortClause, node.groupClause, node.distinctClause])):
            raise _Unsure  # ORDER BY / GROUP BY a bare name means the output column first
        scopes = (*scopes, scope)
    if isinstance(node, ast.ColumnRef):
        _column_ref(node, scopes, table, columns)
        return
    for name in node:
        _rewrite(getattr(node, name), scopes, table, columns, columns_of)


def _column_ref(ref: ast.ColumnRef, scopes: tuple, table: str, columns: frozenset[str]) -> None:
    fields = ref.fields
    names = [f.sval if isinstance(f, ast.String) else None for f in fields]
    visible = {name for scope in scopes for name in scope}
    if len(fields) == 1:
        name = names[0]
        if name is None or name not in columns:
            if name == table and table not in visible:
                raise _Unsure  # the whole row
            return  # `*` of a subquery, or a name of an inner relation (else phase 0's compile names it)
        for scope in reversed(scopes):
            if any(cols is None for cols in scope.values()):
                raise _Unsure
            if any(name in cols for cols in scope.values()):
                return  # an inner relation's column hides the row's
        ref.fields = (ast.String(sval=ROW), ast.String(sval=name))
        return
    if names[0] in visible:
        return  # an inner relation's (it hides the table's name too)
    if names[0] == table and len(fields) == 2 and names[1] in columns:
        ref.fields = (ast.String(sval=ROW), ast.String(sval=names[1]))
        return
    if names[0] == table or names[0] in columns:
        raise _Unsure  # `table.*`, a misspelt column, or a field of a composite column
