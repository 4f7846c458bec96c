"""Tenant filters in Python: SQLAlchemy and Django query chains, and SQL strings, read with `ast`.

A query is a chain of calls (`session.query(Patient).filter(...).all()`,
`Patient.objects.filter(...).count()`); each chain is read once, from its outermost call,
so a filter is found wherever it sits in the chain and comments are never read at all.
"""

from __future__ import annotations

import ast

from tenantmig.scan.model import CROSS_TENANT, Finding, Targets, classify, cross_tenant_context, looks_like_sql
from tenantmig.scan.sql import scan_sql

_FILTERS = {"filter", "where", "filter_by", "exclude", "get", "get_or_create", "update_or_create", "having"}
_DJANGO_KWARGS = {"filter", "exclude", "get", "get_or_create", "update_or_create"}
_SELECTS = {"query", "select", "update", "delete"}
# Lookups that let more than one tenant through (the others pin one: exact, iexact, a field of it).
_RANGE_LOOKUPS = {"in", "range", "gt", "gte", "lt", "lte", "isnull", "contains", "icontains", "startswith",
                  "istartswith", "endswith", "iendswith", "regex", "iregex", "ne"}


def declare_models(tree: ast.AST, targets: Targets) -> None:
    """SQLAlchemy __tablename__ and Django Meta.db_table name the table a model class maps."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            table = _assigned_string(item, "__tablename__")
            if table is None and isinstance(item, ast.ClassDef) and item.name == "Meta":
                table = next((t for t in (_assigned_string(i, "db_table") for i in item.body) if t), None)
            if table:
                targets.declare_model(node.name, table)


def _assigned_string(node: ast.AST, name: str) -> str | None:
    if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
        value = node.value
    elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
        value = node.value
    else:
        return None
    return value.value if isinstance(value, ast.Constant) and isinstance(value.value, str) else None


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: str, text: str, targets: Targets, where: str):
        self.path = path
        self.where = where
        self.lines = text.splitlines()
        self.targets = targets
        self.scope: list[str] = []
        self.findings: list[Finding] = []
        self.chained: set[int] = set()  # ids of calls already read as part of a longer chain

    # -- where we are --------------------------------------------------------------------------------------------
    def _scoped(self, node):
        if isinstance(node, ast.ClassDef):
            self._django_admin(node)
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _scoped

    def context(self) -> tuple[str, ...]:
        return (self.where, *self.scope)

    def emit(self, line: int, table: str | None, kind: str, source: str, reason: str) -> None:
        code = self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""
        self.findings.append(Finding(self.path, line, table, kind, source, reason, code))

    # -- SQL strings ---------------------------------------------------------------------------------------------
    def visit_Constant(self, node: ast.Constant):
        if isinstance(node.value, str) and looks_like_sql(node.value):
            self._sql(node.value, node)

    def visit_JoinedStr(self, node: ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "$1" for v in node.values)
        if looks_like_sql(text):
            self._sql(text, node)

    def _sql(self, text: str, node: ast.AST) -> None:
        # A triple-quoted string's text starts on the line of its opening quotes.
        self.findings += scan_sql(text, path=self.path, first_line=node.lineno, lines=self.lines,
                                  context=self.context(), targets=self.targets)

    # -- query chains --------------------------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call):
        if id(node) not in self.chained:
            self._chain(node)
        self.generic_visit(node)

    def _chain(self, outer: ast.Call) -> None:
        links: list[tuple[str, ast.Call | None]] = []  # (name, call or None for a plain attribute), innermost first
        node: ast.AST = outer
        root: ast.AST | None = None
        while True:
            if isinstance(node, ast.Call):
                self.chained.add(id(node))
                func = node.func
                if isinstance(func, ast.Attribute):
                    links.append((func.attr, node))
                    node = func.value
                elif isinstance(func, ast.Name):
                    links.append((func.id, node))
                    root = None
                    break
                else:
                    break
            elif isinstance(node, ast.Attribute):
                links.append((node.attr, None))
                node = node.value
            else:
                root = node
                break
        links.reverse()
        if self._reverse_relation(root, links, outer):
            return
        model, source = self._model(root, links)
        table = self.targets.table_of_model(model)
        filtered = grouped = False
        for name, call in links:
            if call is None:
                continue
            if name in _FILTERS:
                for arg in call.args:
                    filtered |= self._expression(arg, table, source or "sqlalchemy")
                if name == "filter_by" or (source == "django" and name in _DJANGO_KWARGS):
                    for kw in call.keywords:
                        filtered |= self._keyword(kw, call, table, source or "sqlalchemy")
            elif name == "group_by" and any(self._key_attribute(a) for a in call.args):
                grouped = True
                key_table = next(t for t in map(self._key_attribute, call.args) if t)
                self.emit(call.lineno, key_table, CROSS_TENANT, "sqlalchemy",
                          "groups rows by the tenant key: a result across tenants")
            elif name in ("values", "values_list") and table and any(
                    isinstance(a, ast.Constant) and isinstance(a.value, str)
                    and self._django_key(table, a.value) is not None
                    for a in call.args) and any(n == "annotate" for n, _ in links):
                grouped = True
                self.emit(call.lineno, table, CROSS_TENANT, "django",
                          "groups rows by the tenant key (values + annotate): a result across tenants")
        if table and not filtered and not grouped and source:
            marker = cross_tenant_context(*self.context())
            if marker:
                self.emit(outer.lineno, table, CROSS_TENANT, source,
                          f"reads {table} with no tenant filter in cross-tenant code ({marker})")

    def _reverse_relation(self, root: ast.AST | None, links, outer: ast.Call) -> bool:
        """`request.project.check_set.all()`: a Django related manager reached from the tenant is a
        tenant filter on the related table."""
        names = ([root.id] if isinstance(root, ast.Name) else []) + [n for n, _ in links]
        for before, name in zip(names, names[1:]):
            if name.endswith("_set"):
                table = self.targets.table_of_model(name[:-4])
                if table and self.targets.is_relation(table, before):
                    self._filter(outer.lineno, table, "django", False, f"{before}.{name}")
                    return True
        return False

    def _django_admin(self, node: ast.ClassDef) -> None:
        """A ModelAdmin registered for a tenant model lists every tenant's rows."""
        for decorator in node.decorator_list:
            if (isinstance(decorator, ast.Call) and isinstance(decorator.func, (ast.Attribute, ast.Name))
                    and (getattr(decorator.func, "attr", None) or getattr(decorator.func, "id", None)) == "register"):
                for arg in decorator.args:
                    table = self.targets.table_of_model(arg.id) if isinstance(arg, ast.Name) else None
                    if table:
                        self.emit(node.lineno, table, CROSS_TENANT, "django",
                                  f"Django admin for {table}: it lists and edits every tenant's rows")

    def _model(self, root: ast.AST | None, links) -> tuple[str | None, str | None]:
        """The model class a chain queries, and which ORM it goes through."""
        names = [n for n, _ in links]
        if isinstance(root, ast.Name) and names[:1] == ["objects"]:
            return root.id, "django"
        for name, call in links:
            if call is not None and name in _SELECTS and call.args:
                first = call.args[0]
                if isinstance(first, ast.Name):
                    return first.id, "sqlalchemy"
                if isinstance(first, ast.Attribute) and isinstance(first.value, ast.Name):
                    return first.value.id, "sqlalchemy"
        return None, None

    def _key_attribute(self, node: ast.AST) -> str | None:
        """The table whose tenant key `Model.organization_id` (or `table.c.organization_id`) names."""
        if not isinstance(node, ast.Attribute):
            return None
        owner = node.value
        # SQLAlchemy Core: patients.c.organization_id, Patient.__table__.c.organization_id
        if isinstance(owner, ast.Attribute) and owner.attr in ("c", "columns"):
            owner = owner.value.value if (isinstance(owner.value, ast.Attribute)
                                          and owner.value.attr == "__table__") else owner.value
        if isinstance(owner, ast.Name):
            table = self.targets.table_of_model(owner.id)
            if table and self.targets.is_key(table, node.attr):
                return table
        return None

    def _expression(self, node: ast.AST, table: str | None, source: str) -> bool:
        """Tenant comparisons inside a filter()/where() argument; True if it holds one."""
        found = False
        for sub in ast.walk(node):
            if isinstance(sub, ast.Compare) and len(sub.ops) == 1:
                for side in (sub.left, sub.comparators[0]):
                    key_table = self._key_attribute(side)
                    if key_table:
                        several = not isinstance(sub.ops[0], ast.Eq)
                        self._filter(sub.lineno, key_table, source, several, type(sub.ops[0]).__name__)
                        found = True
                        break
            elif (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute)
                  and sub.func.attr in ("in_", "any_") and self._key_attribute(sub.func.value)):
                self._filter(sub.lineno, self._key_attribute(sub.func.value), source, True, sub.func.attr)
                found = True
        return found

    def _django_key(self, table: str, key: str) -> tuple[str, ...] | None:
        """The lookups after the tenant field in a Django keyword (organization__id__in), or None.
        Through the relation, any field of the tenant narrows to it (project__ping_key=...)."""
        parts = key.split("__")
        if self.targets.is_key(table, parts[0]) or self.targets.is_relation(table, parts[0]):
            return tuple(parts[1:])
        return None

    def _keyword(self, kw: ast.keyword, call: ast.Call, table: str | None, source: str) -> bool:
        if kw.arg is None or table is None:
            return False
        lookups = self._django_key(table, kw.arg) if source == "django" else (
            () if self.targets.is_key(table, kw.arg) else None)
        if lookups is None:
            return False
        several = bool(lookups) and lookups[-1] in _RANGE_LOOKUPS
        field = lookups[0] if lookups and lookups[0] not in _RANGE_LOOKUPS | {"id", "pk", "exact"} else None
        self._filter(kw.value.lineno, table, source, several, "__".join(lookups), through=field)
        return True

    def _filter(self, line: int, table: str, source: str, several: bool, how: str, through: str | None = None
                ) -> None:
        kind, reason = classify(table, several=several, marker=cross_tenant_context(self.where), how=how,
                                through=through)
        self.emit(line, table, kind, source, reason)


def scan_python(path: str, text: str, targets: Targets, where: str) -> list[Finding]:
    """where: the file's path below the directory scanned, the part that may mark cross-tenant code."""
    tree = ast.parse(text, filename=path)
    scanner = _Scanner(path, text, targets, where)
    scanner.visit(tree)
    return scanner.findings
