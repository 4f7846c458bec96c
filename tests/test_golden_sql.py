"""Every phase's offline SQL for the shipped examples, against tests/golden/, with no server.

How the SQL depends on the phase state, and how to regenerate the files: tests/golden_sql.py.
"""

from __future__ import annotations

import difflib
import functools

import pytest

import golden_sql
from tenantmig import manifest as manifest_mod
from tenantmig.phases import PHASES


@functools.cache
def saved(example: str):
    return manifest_mod.load(golden_sql.manifest_path(example)), golden_sql.load_catalogs(example)


CASES = [(example, p.number, direction) for example in golden_sql.EXAMPLES for p in PHASES
         for direction in golden_sql.DIRECTIONS]


@pytest.mark.parametrize("example,number,direction", CASES, ids=[f"{e}-{n}-{d}" for e, n, d in CASES])
def test_offline_sql_matches_the_golden_file(example, number, direction):
    manifest, catalogs = saved(example)
    got = golden_sql.render(manifest, catalogs[golden_sql.state_before(number, direction)], number, direction)
    path = golden_sql.sql_path(example, number, direction)
    expected = path.read_text()
    if got != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(keepends=True), got.splitlines(keepends=True),
                                            fromfile=str(path), tofile="rendered now", n=2))
        pytest.fail(f"phase {number} {direction} of {example} renders other SQL than {path.name}; "
                    f"if the change is intended, regenerate: {golden_sql.REGENERATE}\n{diff}", pytrace=False)


@pytest.mark.parametrize("example", golden_sql.EXAMPLES)
def test_saved_catalogs_come_back_as_they_were_read(example):
    # A field read back as a list where the Catalog holds a tuple would render and compare differently.
    _manifest, catalogs = saved(example)
    assert sorted(catalogs) == list(range(-1, len(PHASES)))
    for catalog in catalogs.values():
        assert golden_sql.from_json(type(catalog), golden_sql.to_json(catalog)) == catalog
        table = next(iter(catalog.tables.values()))
        assert isinstance(table.primary_key, tuple) and isinstance(table.foreign_keys, tuple)


def test_golden_files_are_exactly_the_rendered_ones():
    # A phase or direction that stops being rendered leaves its old file behind, checked against nothing.
    expected = {golden_sql.sql_path(e, n, d) for e, n, d in CASES}
    assert set(golden_sql.GOLDEN.glob("*/*.sql")) == expected
