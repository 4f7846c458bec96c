"""tenant_scoped_keys with every backfill kind: once phase 3 has rebuilt a child's foreign key to its
parent as (tenant key, column), that composite key is still the child's path to its parent for the
phases after it (4 to 6) and for their rollbacks (telehealth: parent, memberships, sql and legacy
backfills, three levels of parents)."""

from __future__ import annotations

from pathlib import Path

import psycopg

from tenantmig import api

from helpers import advance_to, contents, example_settings, rollback_from, schema_state
from tenantmig.servers import libpq_url


def test_scoped_keys_with_parent_backfills_through_phases_4_to_6_and_back(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    path = Path(settings.manifest_path)
    path.write_text(path.read_text().replace("[tenancy]\n", "[tenancy]\ntenant_scoped_keys = true\n", 1))
    before = (schema_state(database_url, role_prefix), contents(database_url))

    advance_to(settings, 3)
    with psycopg.connect(libpq_url(database_url)) as conn:
        # The single-column path is gone: appointments reach patients through (client_id, patient_id) only,
        # the application's key rebuilt so, beside phase 1's key-following one (parent_cascade).
        paths = conn.execute(
            "SELECT conname LIKE 'tenantmig\\_kfk\\_%', array_length(conkey, 1) FROM pg_constraint "
            "WHERE conrelid = 'public.appointments'::regclass AND confrelid = 'public.patients'::regclass "
            "AND contype = 'f' ORDER BY 1").fetchall()
    assert paths == [(False, 2), (True, 2)]
    advance_to(settings, 6, start=4)
    assert api.verify(settings).ok
    rollback_from(settings, 6)
    assert (schema_state(database_url, role_prefix), contents(database_url)) == before
