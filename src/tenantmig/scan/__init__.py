"""`tenantmig scan`: where application code filters by tenant, and where it reads across tenants.

Python is read with `ast`, TypeScript/JavaScript with tree-sitter, SQL strings with
PostgreSQL's own parser (pglast). Tables and tenant columns come from the manifest;
model names from the code itself (__tablename__, Meta.db_table, schema.prisma).
"""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass, field
from pathlib import Path

from tenantmig.errors import UsageError
from tenantmig.manifest import Manifest
from tenantmig.scan.model import CROSS_TENANT, REDUNDANT, Finding, Targets

__all__ = ["CROSS_TENANT", "REDUNDANT", "Finding", "ScanResult", "scan_paths"]

PYTHON = (".py",)
SCRIPTS = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")
SKIPPED_DIRS = {"node_modules", ".git", ".venv", "venv", "__pycache__", "dist", "build", ".next", "site-packages"}
# Test code does not run as the application's role in production; scanned only when asked.
TEST_DIRS = {"tests", "test", "__tests__", "e2e", "cypress", "spec"}


@dataclass
class ScanResult:
    paths: list[str]
    files: int = 0
    findings: list[Finding] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # files that did not parse, with why
    statements: object | None = None  # a StatementsResult when --database asked for pg_stat_statements

    def count(self, kind: str) -> int:
        return sum(f.kind == kind for f in self.findings)

    def as_dict(self) -> dict:
        return {"paths": self.paths, "files": self.files,
                "redundant": self.count(REDUNDANT), "cross_tenant": self.count(CROSS_TENANT),
                "findings": [f.as_dict() for f in self.findings], "unreadable": self.unreadable,
                "statements": self.statements.as_dict() if self.statements is not None else None}


def _files(paths: list[str], *, include_tests: bool) -> list[tuple[Path, str]]:
    """Each file, with its path below the directory named (a directory called /srv/support must not
    make every file in it look like support code)."""
    found: list[tuple[Path, str]] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise UsageError(f"scan: {given} does not exist")
        if path.is_file():
            found.append((path, path.name))
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and (include_tests or d not in TEST_DIRS))
            found += [(Path(root, n), str(Path(root, n).relative_to(path))) for n in sorted(names)]
    return found


def scan_paths(paths: list[str], manifest: Manifest, *, include_tests: bool = False) -> ScanResult:
    # The parsers load here, not with the package: every tenantmig command imports this one.
    from tenantmig.scan.python import declare_models, scan_python
    from tenantmig.scan.typescript import declare_prisma_schema, scan_typescript

    if not paths:
        raise UsageError("scan: name at least one file or directory")
    targets = Targets.from_manifest(manifest)
    files = _files(paths, include_tests=include_tests)
    sources: list[tuple[Path, str, str]] = []
    result = ScanResult([str(p) for p in paths])
    # Model declarations first, from every file: a query may name a model defined anywhere.
    for path, where in files:
        if path.suffix not in PYTHON + SCRIPTS and path.name != "schema.prisma" and path.suffix != ".prisma":
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            result.unreadable.append(f"{path}: {exc}")
            continue
        if path.suffix == ".prisma":
            declare_prisma_schema(text, targets)
            continue
        if path.suffix in PYTHON:
            try:
                declare_models(ast.parse(text, filename=str(path)), targets)
            except SyntaxError as exc:
                result.unreadable.append(f"{path}:{exc.lineno}: not Python this interpreter parses ({exc.msg})")
                continue
        sources.append((path, text, where))
    for path, text, where in sources:
        result.files += 1
        scan = scan_python if path.suffix in PYTHON else scan_typescript
        result.findings += scan(str(path), text, targets, where)
    result.findings.sort(key=lambda f: (f.path, f.line, f.table or "", f.kind))
    return result
