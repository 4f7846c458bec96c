"""Example databases that the demo, the tests and the benchmarks migrate.

Each example module exposes the same interface: ``TENANTS``, ``LEGACY_TENANT``,
``load(conn, *, rows, role_prefix="")`` and ``manifest(role_prefix="")``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tenantmig.db import connect
from tenantmig.errors import UsageError
from tenantmig.examples import clinics, prisma, telehealth

if TYPE_CHECKING:
    from tenantmig.options import Settings

EXAMPLES = {"telehealth": telehealth, "clinics": clinics, "prisma": prisma}

__all__ = ["EXAMPLES", "ExampleResult", "clinics", "load_into", "prisma", "telehealth"]


@dataclass
class ExampleResult:
    name: str
    database: str
    manifest_path: str
    tables: dict[str, int]
    tenants: list[str]
    roles: dict[str, str]

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def load_into(settings: Settings, name: str, *, rows: int, manifest_out: str, role_prefix: str = "",
              overwrite: bool = False) -> ExampleResult:
    """`tenantmig example NAME`: the example loaded into an empty database, its manifest written to `manifest_out`."""
    if name not in EXAMPLES:
        raise UsageError(f"no example named {name!r}: choose one of {', '.join(sorted(EXAMPLES))}")
    if rows < 1:
        raise UsageError(f"--rows must be positive, got {rows}")
    out = Path(manifest_out)
    if out.exists() and not overwrite:
        raise UsageError(f"{out} exists: pass --manifest-out PATH, or --force to overwrite it")
    example = EXAMPLES[name]
    with connect(settings.url(), f"example {name}", autocommit=False) as conn:
        present = conn.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_%'"
        ).fetchone()[0]
        conn.rollback()
        if present:
            raise UsageError(f"database {conn.info.dbname} is not empty ({present} tables): "
                             "the example loads into an empty database only")
        summary = example.load(conn, rows=rows, role_prefix=role_prefix)
        database = conn.info.dbname
    out.write_text(example.manifest(role_prefix))
    return ExampleResult(name, database, str(out), dict(summary.tables), list(summary.tenants), dict(summary.roles))
