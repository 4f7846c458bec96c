"""Every phase: upgrade, check, downgrade, check the previous state is back exactly, upgrade again, check."""

from __future__ import annotations

import pytest

from tenantmig import api
from tenantmig.phases import PHASES

from helpers import advance_to, contents, prepare_for, example_settings, revision, rollback_from, schema_state


@pytest.mark.parametrize("number", [p.number for p in PHASES], ids=[p.slug for p in PHASES])
def test_phase_lifecycle(number, database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    if number:
        advance_to(settings, number - 1)
    prepare_for(settings, number)
    below_schema = schema_state(database_url, role_prefix)
    below_rows = contents(database_url)
    below_revision = revision(database_url)

    first = api.advance(settings, number)
    assert first.outcome == "applied"
    assert all(g.passed for g in first.gates), [g for g in first.gates if not g.passed]
    assert revision(database_url) == PHASES[number].head
    upper_schema = schema_state(database_url, role_prefix)
    if number in (1, 3, 4, 5):
        assert upper_schema != below_schema, f"phase {number} changed no schema object"
    if number == 2:
        assert contents(database_url) != below_rows, "the backfill filled no key"

    down = api.rollback(settings, number)
    assert down.outcome == "rolled back"
    assert revision(database_url) == below_revision
    assert schema_state(database_url, role_prefix) == below_schema
    assert contents(database_url) == below_rows

    again = api.advance(settings, number)
    assert again.outcome == "applied"
    assert all(g.passed for g in again.gates)
    assert schema_state(database_url, role_prefix) == upper_schema

    rollback_from(settings, number)
    assert revision(database_url) is None
