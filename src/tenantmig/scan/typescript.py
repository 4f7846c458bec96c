"""Tenant filters in TypeScript and JavaScript: Prisma Client calls and SQL in strings.

Read with tree-sitter and its TypeScript grammar (PyPI tree-sitter, tree-sitter-typescript):
it parses TypeScript, TSX and plain JavaScript, keeps exact line numbers, and never needs
Node. Prisma's schema.prisma (model @@map and field @map) says which table a model is
and which field holds the tenant key.
"""

from __future__ import annotations

import re
from pathlib import Path

import tree_sitter_typescript
from tree_sitter import Language, Node, Parser

from tenantmig.scan.model import CROSS_TENANT, Finding, Targets, classify, cross_tenant_context, looks_like_sql, norm
from tenantmig.scan.sql import scan_sql

_TS = Language(tree_sitter_typescript.language_typescript())
_TSX = Language(tree_sitter_typescript.language_tsx())
_QUERIES = {"findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "count", "aggregate",
            "groupBy", "updateMany", "deleteMany", "update", "delete", "upsert"}
_LOGIC = {"AND", "OR", "NOT"}
_SEVERAL = {"in", "notIn", "not"}
_MODEL = re.compile(r"^model\s+(\w+)\s*\{(.*?)^\}", re.MULTILINE | re.DOTALL)
_TABLE_MAP = re.compile(r"@@map\(\s*(?:name:\s*)?\"([^\"]+)\"")
_FIELD = re.compile(r"^\s*(\w+)\s+\w+[?\[\]]*\s.*?@map\(\s*(?:name:\s*)?\"([^\"]+)\"", re.MULTILINE)


def declare_prisma_schema(text: str, targets: Targets) -> None:
    """Prisma models name their tables (@@map) and columns (@map); without them, the model's own names."""
    for model, body in _MODEL.findall(text):
        mapped = _TABLE_MAP.search(body)
        targets.declare_model(model, mapped.group(1) if mapped else model)
        table = targets.table_of_model(model)
        if table:
            for field, column in _FIELD.findall(body):
                targets.fields[(table, norm(field))] = column


def _text(node: Node) -> str:
    return node.text.decode("utf-8", "replace")


def _key_name(pair: Node) -> str | None:
    key = pair.child_by_field_name("key")
    if key is None:
        return None
    text = _text(key)
    return text[1:-1] if key.type == "string" else text


class _Scanner:
    def __init__(self, path: str, text: str, targets: Targets, where: str):
        self.path = path
        self.where = where
        self.lines = text.splitlines()
        self.targets = targets
        self.findings: list[Finding] = []

    def context(self, node: Node) -> tuple[str, ...]:
        names = [self.where]
        parent = node.parent
        while parent is not None:
            if parent.type in ("function_declaration", "method_definition", "class_declaration",
                               "variable_declarator", "generator_function_declaration"):
                name = parent.child_by_field_name("name")
                if name is not None:
                    names.append(_text(name))
            parent = parent.parent
        return tuple(names)

    def emit(self, node: Node, table, kind, reason) -> None:
        line = node.start_point[0] + 1
        code = self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""
        self.findings.append(Finding(self.path, line, table, kind, "prisma", reason, code))

    def walk(self, node: Node) -> None:
        if node.type == "call_expression":
            self.call(node)
        elif node.type in ("string", "template_string"):
            self.string(node)
            return
        for child in node.named_children:
            self.walk(child)

    def string(self, node: Node) -> None:
        if node.type == "string":
            text = _text(node)[1:-1]
        else:
            # ${expr} becomes a parameter; its own newlines are kept so lines still count right.
            text = "".join("$1" + "\n" * _text(c).count("\n") if c.type == "template_substitution" else _text(c)
                           for c in node.children[1:-1])
        if looks_like_sql(text):
            self.findings += scan_sql(text, path=self.path, first_line=node.start_point[0] + 1, lines=self.lines,
                                      context=self.context(node), targets=self.targets)

    def call(self, node: Node) -> None:
        func = node.child_by_field_name("function")
        if func is None or func.type != "member_expression":
            return
        method = func.child_by_field_name("property")
        model_expr = func.child_by_field_name("object")
        if method is None or _text(method) not in _QUERIES or model_expr is None:
            return
        if model_expr.type == "member_expression":
            model_node = model_expr.child_by_field_name("property")
        elif model_expr.type == "identifier":
            model_node = model_expr
        else:
            return
        table = self.targets.table_of_model(_text(model_node))
        if table is None:
            return
        args = node.child_by_field_name("arguments")
        options = next((c for c in (args.named_children if args else []) if c.type == "object"), None)
        marker = cross_tenant_context(*self.context(node))
        path_marker = cross_tenant_context(self.where)
        filtered = grouped = False
        for pair in (options.named_children if options else []):
            if pair.type == "shorthand_property_identifier" and _text(pair) == "where":
                name, value = "where", self.declared_object(pair, "where")
            elif pair.type != "pair":
                continue
            else:
                name = _key_name(pair)
                value = pair.child_by_field_name("value")
                if name == "where" and value is not None and value.type == "identifier":
                    value = self.declared_object(pair, _text(value))
            if name == "where" and value is not None:
                filtered |= self.conditions(value, table, path_marker)
            elif name == "by" and _text(method) == "groupBy" and value is not None:
                fields = [_text(s)[1:-1] for s in value.named_children if s.type == "string"] or [_text(value)[1:-1]]
                if any(self.targets.is_key(table, f) for f in fields):
                    grouped = True
                    self.emit(pair, table, CROSS_TENANT, "groups rows by the tenant key: a result across tenants")
        if not filtered and not grouped and marker:
            self.emit(node, table, CROSS_TENANT, f"reads {table} with no tenant filter in cross-tenant code ({marker})")

    def declared_object(self, node: Node, name: str) -> Node | None:
        """The object literal a `const where = { ... }` in the same function gave the variable, if any."""
        scope = node.parent
        while scope is not None and scope.type not in ("statement_block", "program"):
            scope = scope.parent
        stack = [scope] if scope is not None else []
        while stack:
            current = stack.pop()
            if current.type == "variable_declarator":
                named = current.child_by_field_name("name")
                value = current.child_by_field_name("value")
                if named is not None and _text(named) == name and value is not None and value.type == "object":
                    return value
            stack.extend(current.named_children)
        return None

    def conditions(self, node: Node, table: str, marker: str | None) -> bool:
        """Tenant conditions in a Prisma where object (AND/OR/NOT arrays included); True if any."""
        if node.type == "array":
            return any([self.conditions(c, table, marker) for c in node.named_children])
        if node.type != "object":
            return False
        found = False
        for member in node.named_children:
            if member.type == "shorthand_property_identifier":
                if self.targets.is_key(table, _text(member)):
                    self.filter(member, table, marker, several=False, how="shorthand")
                    found = True
                continue
            if member.type != "pair":
                continue
            name = _key_name(member)
            value = member.child_by_field_name("value")
            if name in _LOGIC and value is not None:
                found |= self.conditions(value, table, marker)
            elif name and self.targets.is_key(table, name):
                ops = {_key_name(p) for p in value.named_children if p.type == "pair"} if value.type == "object" else set()
                several = bool(ops & _SEVERAL)
                self.filter(member, table, marker, several=several, how=", ".join(sorted(ops)) or "equals")
                found = True
            elif name and "_" in name and value is not None and value.type == "object" and any(
                    self.targets.is_key(table, part) for part in name.split("_")):
                # A compound unique key, teamId_userId: { teamId, userId }.
                found |= self.conditions(value, table, marker)
            elif name and self.targets.is_relation(table, name) and value is not None and value.type == "object":
                # Through the relation to the tenants table: { id }, { slug }, or any of its unique fields.
                conditions = [p for p in value.named_children
                              if p.type in ("pair", "shorthand_property_identifier")]
                if conditions:
                    several = any(p.type == "pair" and p.child_by_field_name("value").type == "object"
                                  and {_key_name(q) for q in p.child_by_field_name("value").named_children
                                       if q.type == "pair"} & _SEVERAL for p in conditions)
                    fields = [_key_name(p) if p.type == "pair" else _text(p) for p in conditions]
                    other = [f for f in fields if f != "id"]
                    self.filter(member, table, marker, several=several, how=f"relation {name} {{ {', '.join(fields)} }}",
                                through=", ".join(other) or None)
                    found = True
        return found

    def filter(self, node: Node, table: str, marker: str | None, *, several: bool, how: str,
               through: str | None = None) -> None:
        kind, reason = classify(table, several=several, marker=marker, how=how, through=through)
        self.emit(node, table, kind, reason)


def scan_typescript(path: str, text: str, targets: Targets, where: str) -> list[Finding]:
    """where: the file's path below the directory scanned, the part that may mark cross-tenant code."""
    parser = Parser(_TSX if Path(path).suffix in (".tsx", ".jsx") else _TS)
    tree = parser.parse(text.encode())
    scanner = _Scanner(path, text, targets, where)
    scanner.walk(tree.root_node)
    return scanner.findings
