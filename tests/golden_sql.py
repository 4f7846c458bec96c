"""Golden offline SQL: every phase's `--sql` rendering for the shipped examples, with no server.

What is rendered is what a DBA reviews before each command: `alembic upgrade --sql` for phase N alone
(the SQL `tenantmig plan --phase N --sql` prints, before its batch plan) on a database standing at
phase N-1, and `alembic downgrade --sql` on one standing at phase N. Offline rendering reads the catalog once and never again (steps.Runtime's
offline_catalog), so the phase state is in that catalog: tests/golden/<example>/catalogs.json.xz holds
the catalog read at every point of the chain (key "-1": the loaded example before phase 0, "N": just
after phase N was applied), read once from a real server and saved as data. Phase N's upgrade is
rendered from "N-1", its downgrade from "N"; a catalog read before phase 0 would render phase 2's
batches as placeholders (its key column is not there yet), not the statements a DBA reviews.
The catalogs are compressed (eight catalogs of 90 tables are 2 MB of JSON, 20 kB as xz):
`xz -dc tests/golden/prisma/catalogs.json.xz` reads one.

Regenerate both the catalogs and the SQL from a real server (one command, after any change to
what a phase renders or to the examples):

    TENANTMIG_TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python tests/golden_sql.py

`--sql-only` re-renders the SQL from the saved catalogs and needs no server (enough when only
the SQL text changed, not the examples or the Catalog's fields).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import io
import json
import lzma
import os
import sys
import tempfile
import types
import typing
from pathlib import Path

from alembic import command

from tenantmig import catalog as catalog_mod
from tenantmig import manifest as manifest_mod
from tenantmig import chain
from tenantmig.options import RunOptions
from tenantmig.phases import PHASES, previous
from tenantmig.steps import Runtime

GOLDEN = Path(__file__).parent / "golden"
EXAMPLES = ("telehealth", "clinics", "prisma")
# Role names end up in the SQL: a fixed prefix keeps the files stable from one regeneration to the next.
ROLE_PREFIX = "golden_"
ROWS = 30  # the SQL does not depend on how many rows there are; the chain only has to run
DIRECTIONS = ("upgrade", "downgrade")
REGENERATE = "TENANTMIG_TEST_DATABASE_URL=... .venv/bin/python tests/golden_sql.py"


# -- the catalog as data --------------------------------------------------------------------------------------

def to_json(value):
    if dataclasses.is_dataclass(value):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    return value


@functools.cache
def _hints(kind) -> dict:
    return typing.get_type_hints(kind)  # resolving the annotations' strings costs more than the rest


def from_json(kind, data):
    """`data` (from to_json) back into `kind`, led by the Catalog's type hints: tuples come back as tuples."""
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: from_json(hints[name], item) for name, item in data.items()})
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        (kind,) = [a for a in arguments if a is not type(None)]
        return from_json(kind, data)
    if origin is dict:
        return {key: from_json(arguments[1], item) for key, item in data.items()}
    if origin is tuple:
        return tuple(from_json(arguments[0], item) for item in data)
    return data


def catalogs_path(example: str) -> Path:
    return GOLDEN / example / "catalogs.json.xz"


def manifest_path(example: str) -> Path:
    return GOLDEN / example / "tenancy.toml"


def sql_path(example: str, number: int, direction: str) -> Path:
    return GOLDEN / example / f"phase{number}.{direction}.sql"


def load_catalogs(example: str) -> dict[int, catalog_mod.Catalog]:
    saved = json.loads(lzma.decompress(catalogs_path(example).read_bytes()))
    return {int(state): from_json(catalog_mod.Catalog, data) for state, data in saved.items()}


# -- rendering, no server -------------------------------------------------------------------------------------

def render(manifest: manifest_mod.Manifest, catalog: catalog_mod.Catalog, number: int, direction: str) -> str:
    """What `alembic upgrade|downgrade --sql` prints for phase `number` alone, on `catalog`."""
    target = PHASES[number]
    below = previous(target)
    runtime = Runtime(manifest=manifest, options=RunOptions(database_url=None), offline_catalog=lambda: catalog)
    config = chain.alembic_config(runtime)
    config.output_buffer = io.StringIO()
    if direction == "upgrade":
        command.upgrade(config, (below.head + ":" if below else "") + target.head, sql=True)
    else:
        command.downgrade(config, target.head + ":" + (below.head if below else "base"), sql=True)
    return config.output_buffer.getvalue()


def state_before(number: int, direction: str) -> int:
    """The phase the database stands at when phase `number` runs in `direction` (-1: before phase 0)."""
    return number - 1 if direction == "upgrade" else number


def rendered(example: str) -> dict[Path, str]:
    """Every golden SQL file of `example`, rendered from its saved manifest and catalogs."""
    manifest = manifest_mod.load(manifest_path(example))
    catalogs = load_catalogs(example)
    return {sql_path(example, p.number, direction):
            render(manifest, catalogs[state_before(p.number, direction)], p.number, direction)
            for p in PHASES for direction in DIRECTIONS}


# -- regeneration, on a real server ---------------------------------------------------------------------------

def read_catalogs(server_url: str, example: str) -> tuple[str, dict[int, catalog_mod.Catalog]]:
    """The example's manifest text and its catalog before phase 0 and after every phase, on a scratch database."""
    import helpers  # the chain helpers import the CLI's fork server: only regeneration needs them
    from tenantmig import servers
    from tenantmig.db import create_engine

    url = servers.create_database(server_url, prefix="tenantmig_golden")
    try:
        with tempfile.TemporaryDirectory() as work:
            settings = helpers.example_settings(url, ROLE_PREFIX, Path(work), rows=ROWS, example=example)
            manifest = manifest_mod.load(settings.manifest_path)
            schemas = tuple(manifest.schemas) + (manifest.tenants_schema,)
            engine = create_engine(url, "golden")
            try:
                def read() -> catalog_mod.Catalog:
                    with engine.connect() as conn:
                        found = catalog_mod.read(conn, schemas)
                    # Roles are cluster-wide: other tests' roles on the same server are no part of the example.
                    return dataclasses.replace(found, roles={
                        name: role for name, role in found.roles.items()
                        if name.startswith((ROLE_PREFIX, "pg_")) or name in owners(found)})

                catalogs = {-1: read()}
                for contract in PHASES:
                    helpers.advance_to(settings, contract.number, start=contract.number)
                    catalogs[contract.number] = read()
            finally:
                engine.dispose()
            return Path(settings.manifest_path).read_text(), catalogs
    finally:
        servers.drop_database(server_url, url, role_prefix=ROLE_PREFIX)


def owners(catalog: catalog_mod.Catalog) -> set[str]:
    return {table.owner for table in catalog.tables.values()}


def regenerate(server_url: str | None, examples: tuple[str, ...] = EXAMPLES) -> list[Path]:
    """Write the catalogs (when `server_url` is given) and the golden SQL; returns the files that changed."""
    changed = []

    def write(path: Path, data: str | bytes) -> None:
        data = data.encode() if isinstance(data, str) else data
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            changed.append(path)

    for example in examples:
        if server_url:
            manifest_text, catalogs = read_catalogs(server_url, example)
            write(manifest_path(example), manifest_text)
            saved = json.dumps({str(state): to_json(c) for state, c in catalogs.items()}, indent=1, sort_keys=True)
            # The same JSON makes the same bytes (xz writes no timestamp): an unchanged catalog is no change.
            write(catalogs_path(example), lzma.compress(saved.encode(), preset=9))
        for path, text in rendered(example).items():
            write(path, text)
    return changed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sql-only", action="store_true", help="re-render the SQL from the saved catalogs (no server)")
    parser.add_argument("examples", nargs="*", default=list(EXAMPLES))
    args = parser.parse_args(argv)
    server_url = None
    if not args.sql_only:
        server_url = os.environ.get("TENANTMIG_TEST_DATABASE_URL")
        if not server_url:
            parser.error("set TENANTMIG_TEST_DATABASE_URL to a PostgreSQL server (or pass --sql-only)")
    os.environ.setdefault("TENANTMIG_ROLES_SHARED_OK", "1")
    from tenantmig.logs import configure_logging
    configure_logging(-1)  # the chain's step lines would bury the list of files written
    changed = regenerate(server_url, tuple(args.examples))
    for path in changed:
        print(f"wrote {path.relative_to(GOLDEN.parent.parent)}")
    print(f"{len(changed)} file(s) changed under {GOLDEN.relative_to(GOLDEN.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main(sys.argv[1:]))
