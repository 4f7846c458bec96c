"""Partitioned tables: what the phases must do beyond the parent.

A partition queried directly skips its parent's policies, so it gets RLS and the same
policies itself; and a partitioned index cannot be built CONCURRENTLY, so phase 1 builds
an index ON ONLY the parent (a catalog entry, INVALID until complete), builds each leaf
partition's index CONCURRENTLY and attaches it, which makes the parent's index valid.
"""

from __future__ import annotations

from dataclasses import replace

from tenantmig import naming
from tenantmig.catalog import Catalog
from tenantmig.checks import parent_foreign_key
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.ops.tables import AddForeignKey


def with_partitions(catalog: Catalog, specs: list[TableSpec]) -> list[TableSpec]:
    """The specs, each followed by one spec per partition below it (same pattern and key).

    Superseded policies are named for the parent only: a partition's own policies stay.
    """
    out: list[TableSpec] = []
    for spec in specs:
        out.append(spec)
        out += [replace(spec, schema=p.schema, name=p.name, drop_policies=())
                for p in catalog.partitions(spec.qualified)]
    return out


def is_partitioned(catalog: Catalog, spec: TableSpec) -> bool:
    table = catalog.get(spec.qualified)
    return table is not None and table.kind == "p"


def index_plan(catalog: Catalog, spec: TableSpec) -> tuple[list[TableSpec], list[TableSpec], dict[str, TableSpec]]:
    """(partitioned tables, root first; leaf partitions; each partition's direct parent) below `spec`."""
    below = with_partitions(catalog, [spec])
    parents = {spec.qualified: spec, **{s.qualified: s for s in below}}
    partitioned = [s for s in below if catalog.get(s.qualified).kind == "p"]
    leaves = [s for s in below if catalog.get(s.qualified).kind != "p"]
    parent_of = {s.qualified: parents[catalog.get(s.qualified).parent] for s in below[1:]}
    return partitioned, leaves, parent_of


# PostgreSQL 18 is the first to take a NOT VALID foreign key on a partitioned table.
NOT_VALID_ON_PARTITIONED = 180000


def foreign_key_holders(catalog: Catalog, spec: TableSpec) -> list[TableSpec]:
    """The tables that carry the tenant foreign key of `spec`: itself, or, where a partitioned table
    cannot take it NOT VALID (before PostgreSQL 18), each leaf partition, which can: each is then
    validated on its own (phase 3), a scan that blocks no writer.

    Adding it to the parent instead would scan every partition under a lock that blocks writes.
    """
    table = catalog.get(spec.qualified) if catalog is not None else None
    if table is None or table.kind != "p" or catalog.server_version_num >= NOT_VALID_ON_PARTITIONED:
        return [spec]
    return [p for p in with_partitions(catalog, [spec])[1:] if catalog.get(p.qualified).kind != "p"]


def key_to_tenants(manifest: Manifest, holder: TableSpec) -> AddForeignKey:
    """The tenant foreign key phase 1 gives a table or, before PostgreSQL 18, a leaf partition
    (foreign_key_holders): NOT VALID, catalog only; phase 3 validates it."""
    return AddForeignKey(holder.qualified, naming.key_foreign_key(holder), (holder.column,),
                         manifest.tenants_qualified, (manifest.tenants_key,), what="the tenant foreign key of phase 1")


def key_to_parent(catalog: Catalog, spec: TableSpec, leaf: TableSpec) -> AddForeignKey:
    """The `via` foreign key phase 1 gives a leaf partition of `spec` that lacks what its siblings declare
    (parent_key_gaps): NOT VALID, catalog only; phase 3 validates it."""
    via, parent = spec.backfill.via, spec.backfill.parent
    return AddForeignKey(leaf.qualified, naming.parent_key(leaf), (via,), parent,
                         (parent_foreign_key(catalog, spec).ref_columns[0],),
                         what="a partition's parent key phase 1 added")


def parent_key_gaps(catalog: Catalog, spec: TableSpec) -> list[TableSpec]:
    """Leaf partitions of `spec` without the `via` foreign key to its backfill parent that a sibling declares.

    Public schemas declare such keys only on the partitions holding data (the backfill takes them as
    the parent's path, checks.parent_path); a partition without one would accept a `via` pointing at
    no parent row, and its rows would be filled through a path nothing enforces. Phase 1 adds the
    missing ones NOT VALID (catalog only), phase 3 validates them (a scan that blocks no writer).
    """
    if spec.backfill is None or spec.backfill.kind != "parent" or catalog is None:
        return []
    table = catalog.get(spec.qualified)
    if table is None or table.kind != "p" or table.foreign_key_on(spec.backfill.via, spec.backfill.parent):
        return []
    leaves = [leaf for leaf in catalog.partitions(spec.qualified) if leaf.kind != "p"]
    # A leaf holding only the key phase 1 added (named parent_key) still counts as a gap: the rollback
    # and phase 3 find what phase 1 added through this list.
    missing = [leaf for leaf in leaves
               if (key := leaf.foreign_key_on(spec.backfill.via, spec.backfill.parent)) is None
               or key.name == naming.parent_key(replace(spec, schema=leaf.schema, name=leaf.name))]
    if len(missing) == len(leaves):
        return []  # no sibling declares one: the manifest check names the missing path
    return [replace(spec, schema=leaf.schema, name=leaf.name, drop_policies=()) for leaf in missing]
