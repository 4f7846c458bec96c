"""Children whose tenant key differs from their parent's: rows left in the wrong tenant.

The backfill gives a child its parent's key once; code that later moves the child to another
parent changes nothing else. The fill trigger follows such moves and the key-following foreign
key (parent_cascade) carries a parent's change to its children, rows the writer cannot see
included; the phase-2 and phase-3 gates check that they did: every child's key against its
parent's, through the foreign key the manifest names, with the first differing rows named by
primary key. Only partitioned tables, where the follow trigger stands in for the cascade, can
leave rows here that the writing role's own policies hid from it.
"""

from __future__ import annotations

import psycopg

from tenantmig import shown
from tenantmig.catalog import Catalog
from tenantmig.checks import parent_foreign_key
from tenantmig.db import qualify, quote_ident
from tenantmig.manifest import Manifest

SHOWN = 10


def drift_findings(conn: psycopg.Connection, manifest: Manifest, catalog: Catalog) -> list[str]:
    findings = []
    for spec in manifest.backfill_order():
        source = spec.backfill
        if not spec.keyed or source is None or source.kind != "parent":
            continue
        table = catalog.get(spec.qualified)
        parent = manifest.tables[source.parent]
        ref = parent_foreign_key(catalog, spec).ref_columns[0]
        key, parent_key = quote_ident(spec.column), quote_ident(parent.column)
        pk = table.primary_key or spec.unique_key or (spec.column,)
        key_json = "jsonb_build_array(" + ", ".join(f"c.{quote_ident(col)}" for col in pk) + ")"
        # A NULL child key is the no_null_keys check's; here, a key that names the wrong tenant.
        count, first = conn.execute(
            f"SELECT count(*), (array_agg({key_json} ORDER BY {', '.join(f'c.{quote_ident(col)}' for col in pk)}))"
            f"[1:{SHOWN}] FROM {qualify(spec.qualified)} c JOIN {qualify(parent.qualified)} p "
            f"ON p.{quote_ident(ref)} = c.{quote_ident(source.via)} "
            f"WHERE c.{key} IS NOT NULL AND c.{key} IS DISTINCT FROM p.{parent_key}"
        ).fetchone()
        if count:
            rows = ", ".join(str(r[0] if len(r) == 1 else r) for r in first)
            findings.append(
                f"{shown.table(spec.qualified)}: {count} rows whose {shown.ident(spec.column)} differs from their "
                f"{shown.table(parent.qualified)} row's (through {shown.ident(source.via)}); first by primary key: {rows}"
            )
    return findings
