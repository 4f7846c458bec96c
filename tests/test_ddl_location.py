"""DDL text is built in the operations package (tenantmig.ops) and the phase modules, nowhere else.

Issue 13: quoting and lock notes live in one place only if the statements do. The scan reads every
string literal of src/tenantmig (f-strings by their literal parts) outside those places and fails
naming the file and line of each one that spells a schema change. A hint to a human that names a
statement with a placeholder for its object ("ALTER ROLE ... NOBYPASSRLS", "TO <role>") is advice,
not DDL tenantmig runs (a hint with real names takes its statement from the operation, Operation.text);
docstrings are prose, and a catalog query (SELECT, WITH) that spells a statement to compare with
pg_get_indexdef changes nothing. The example applications (src/tenantmig/examples) are the users' schemas the
demo loads, not changes tenantmig makes.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tenantmig

SOURCE = Path(tenantmig.__file__).parent
ALLOWED = ("ops", "phases", "examples")

DDL = re.compile(
    r"\b(?:CREATE|ALTER|DROP)\s+(?:OR\s+REPLACE\s+)?(?:UNIQUE\s+)?"
    r"(?:TABLE|INDEX|FUNCTION|POLICY|TRIGGER|ROLE|SCHEMA|VIEW|SEQUENCE|DEFAULT\s+PRIVILEGES|CONSTRAINT|COLUMN)\b"
    r"|\b(?:GRANT|REVOKE)\s+(?:ALL|SELECT|INSERT|UPDATE|DELETE|USAGE|CREATE|EXECUTE|SET|\{|\")"
    r"|\bVALIDATE\s+CONSTRAINT\b|\bCOMMENT\s+ON\b"
)


# A statement with a placeholder for its object ("ALTER ROLE ... NOBYPASSRLS", "TO <role>") is advice.
ADVICE = re.compile(r"\.\.\.|<[a-z_ ]+>")
# A catalog query may spell a statement to match what pg_get_indexdef prints; it changes nothing.
QUERY = re.compile(r"\s*(?:SELECT|WITH)\b", re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        # Each interpolation stands as "{": what the literal parts spell around it still shows.
        return "".join(part.value if isinstance(part, ast.Constant) else "{" for part in node.values)
    return None


def ddl_literals(text: str, where: str) -> list[str]:
    tree = ast.parse(text)
    skip = _docstrings(tree)
    inner = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    found = []
    for node in ast.walk(tree):
        if id(node) in skip or id(node) in inner:
            continue
        literal = _literal_text(node)
        if literal is None or ADVICE.search(literal) or QUERY.match(literal):
            continue
        match = DDL.search(literal)
        if match:
            found.append(f"{where}:{node.lineno}: {match.group(0)!r} in {literal.strip()[:80]!r}")
    return found


def _scanned() -> list[Path]:
    return sorted(p for p in SOURCE.rglob("*.py") if p.relative_to(SOURCE).parts[0] not in ALLOWED)


def test_the_scan_finds_ddl_in_plain_and_formatted_strings_and_spares_advice_and_docstrings():
    sample = (
        '"""CREATE TABLE in a docstring is prose."""\n'
        'a = f"ALTER TABLE {t} ADD COLUMN {c} bigint"\n'
        'b = "GRANT SELECT ON x TO y"\n'
        'c = "ALTER ROLE ... NOBYPASSRLS"\n'
        'f = "GRANT SET ON PARAMETER x TO <role>"\n'
        'g = "SELECT \'CREATE UNIQUE INDEX \' || quote_ident(relname) FROM pg_class"\n'
        'd = "SELECT relname FROM pg_class"\n'
        'e = f"DROP POLICY IF EXISTS {name} ON {table}"\n'
    )
    found = ddl_literals(sample, "sample.py")
    assert [line.split(":")[1] for line in found] == ["2", "3", "8"]
    assert ddl_literals('h = f"REVOKE {via} FROM {role}"', "h.py")


def test_no_ddl_text_outside_the_operations_package_and_the_phase_modules():
    found = [hit for path in _scanned() for hit in ddl_literals(path.read_text(), str(path.relative_to(SOURCE)))]
    assert not found, "DDL text outside tenantmig.ops and tenantmig.phases:\n" + "\n".join(found)
