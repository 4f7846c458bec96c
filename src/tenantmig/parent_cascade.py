"""Children's tenant keys follow their parent's through a foreign key, not a function of ours.

Decision (issue 12, finding 4). A child derived from a parent (`backfill = { parent, via }`)
gets, in phase 1, a composite foreign key

    child (key, via) REFERENCES parent (parent key, referenced column) ON UPDATE CASCADE NOT VALID

backed by a unique index on the parent's (key, referenced column), built CONCURRENTLY (an
INVALID leftover of an interrupted build is dropped and rebuilt, StepContext.build_index).
When a parent's key changes (its own fill trigger moved it to another parent's tenant),
PostgreSQL updates the children that carried the old key. Referential actions run as the
child table's owner and ignore RLS, so rows the application's own policies hide from the
writing role follow too (telehealth's private notes of other authors), and no SECURITY
DEFINER function of ours is involved: the fill trigger stays SECURITY INVOKER (finding 1).
The foreign key is what makes "every child's key is its parent's" a constraint rather than a
hope: phase 3 VALIDATEs it (a scan that blocks no writer), after which it holds for every row.

What it changes, and why each is accepted:
- MATCH SIMPLE: a child whose key or via is NULL is not checked, so rows written before the
  backfill and the backfill itself (parents first) are unaffected. A parent going from NULL to
  a key cascades nothing (no child can reference a NULL key).
- The follow trigger (an AFTER UPDATE trigger on the parent, SECURITY INVOKER) is not
  installed where the cascade exists: the cascade does what it did, for hidden rows too. It
  also had to fill children still NULL whose backfill batch read the parent's old key; the
  batch now locks the parents it reads (FOR KEY SHARE, backfill._source), and the unique
  index makes a key change conflict with that lock, so the batch reads the committed key.
  Keeping both would deadlock: the batch's foreign-key check waits for the moving parent,
  whose follow trigger waits for the batch's child rows.
- Phase 2's rollback sets keys back to NULL with these foreign keys dropped, and adds them back
  (NOT VALID) once every key is NULL. With them in place, an application insert whose fill
  trigger read its parent's key just before a rollback batch cleared it failed its check
  (23503: six to sixteen transactions per run of bench/chain_under_load.py at 50,000 rows); a
  cleared parent would also have cascaded into its children and fired their triggers as the owner.
- ON UPDATE CASCADE also covers the referenced column. An id change that the application's
  own NO ACTION foreign key refused is still refused: that key's trigger is older and
  PostgreSQL fires a table's triggers in name order, RI_ConstraintTrigger_a_<oid>, so it
  checks before ours cascades (tests/test_parent_keys.py shows it). Should the order ever be
  the other way, the children follow the new id, which leaves every row consistent.
- ON DELETE mirrors the application's own foreign key (CASCADE, SET NULL (via), SET DEFAULT
  (via)), so the outcome of a delete never depends on which of the two fires first.
- A child inserted or re-parented under a parent that another transaction is moving to
  another tenant at that moment now fails with a foreign-key violation (23503) instead of
  being written with the old tenant's key, which no gate would have caught until phase 3.
- A child's key can no longer name a tenant other than its parent's (23503): code that writes
  keys itself moves a subtree by changing the top parent's key (the children follow), not the
  children's first. That is the invariant this exists for.
- The cascade fires the child's own UPDATE triggers as the child table's owner, not as the
  writing role, as every ON UPDATE CASCADE of the application already does. That is the
  shape of finding 1 only if such a trigger resolves names through a search_path the caller
  controls; verify's function probes name every trigger function reachable from an
  application role whose search_path is not pinned or that is SECURITY DEFINER. tenantmig
  runs none of its own code there.
- Cost: one more unique index on each parent and one more foreign-key check per child
  insert (bench/README.md, "fill trigger").

Where it does not apply, the follow trigger and the phase-2/3 `keys_follow_parents` gate
remain, and rows the writing role cannot see may keep an old key until that gate names them:
- a partitioned parent: a unique index on it must contain the partition key;
- a partitioned child: before PostgreSQL 18 the key would sit on each leaf, and a cascade
  that changes a leaf's partition key cannot move the row out of that leaf;
- a parent that is not itself keyed (its key is the tenants table's own).
"""

from __future__ import annotations

from dataclasses import dataclass

from tenantmig import naming
from tenantmig.catalog import Catalog
from tenantmig.checks import parent_foreign_key
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.ops import Operation
from tenantmig.ops.tables import AddForeignKey, CreateIndex, ValidateConstraint


@dataclass(frozen=True)
class Link:
    """One child's composite foreign key to its parent, and the parent's unique index it needs."""

    child: TableSpec
    parent: TableSpec
    ref: str  # the parent column `via` references
    on_delete: str  # the application's own foreign key's ON DELETE, as pg_constraint's letter

    @property
    def index(self) -> str:
        return naming.cascade_index(self.parent, self.ref)

    @property
    def name(self) -> str:
        return naming.cascade_key(self.child)

    def create_index(self) -> CreateIndex:
        return CreateIndex(self.parent.qualified, self.index, (self.parent.column, self.ref), unique=True)

    def add(self) -> AddForeignKey:
        # ON DELETE mirrors the application's own key (see above); RESTRICT or NO ACTION: ours has none.
        on_delete = self.on_delete if self.on_delete in ("c", "n", "d") else "a"
        return AddForeignKey(
            self.child.qualified, self.name, (self.child.column, self.child.backfill.via), self.parent.qualified,
            (self.parent.column, self.ref), what="the key-following foreign key of phase 1", on_update="c",
            on_delete=on_delete, delete_set=(self.child.backfill.via,) if on_delete in ("n", "d") else (),
        )

    def drop(self) -> Operation:
        return self.add().reverse()

    def validate(self) -> ValidateConstraint:
        return ValidateConstraint(self.child.qualified, self.name,
                                  "SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan")


def links(manifest: Manifest, catalog: Catalog) -> list[Link]:
    """Every child that follows its parent's key by cascade, parents before children."""
    found = []
    for child in manifest.backfill_order():
        source = child.backfill
        if child.pattern != "tenant" or source is None or source.kind != "parent":
            continue
        parent = manifest.tables[source.parent]
        if not parent.keyed or _partitioned(catalog, parent) or _partitioned(catalog, child):
            continue
        fk = parent_foreign_key(catalog, child)
        found.append(Link(child, parent, fk.ref_columns[0], fk.on_delete))
    return found


def follows_by_cascade(manifest: Manifest, catalog: Catalog, child: TableSpec) -> bool:
    return any(link.child.qualified == child.qualified for link in links(manifest, catalog))


def _partitioned(catalog: Catalog, spec: TableSpec) -> bool:
    table = catalog.get(spec.qualified)
    return table is not None and table.kind == "p"


def indexes(manifest: Manifest, catalog: Catalog) -> list[Link]:
    """One link per distinct parent index (several children may reference the same parent column)."""
    return indexes_of(links(manifest, catalog))


def indexes_of(found: list[Link]) -> list[Link]:
    seen: dict[tuple[str, str], Link] = {}
    for link in found:
        seen.setdefault((link.parent.qualified, link.ref), link)
    return list(seen.values())


def present(catalog: Catalog, link: Link) -> bool:
    table = catalog.get(link.child.qualified)
    return table is not None and any(fk.name == link.name for fk in table.foreign_keys)


def index_valid(catalog: Catalog, link: Link) -> bool:
    """The parent's unique (key, ref) exists and is VALID (an interrupted CONCURRENTLY build leaves it INVALID)."""
    table = catalog.get(link.parent.qualified)
    return table is not None and any(key.name == link.index and key.valid for key in table.unique_keys)


def validated(catalog: Catalog, link: Link) -> bool:
    table = catalog.get(link.child.qualified)
    return table is not None and any(fk.name == link.name and fk.validated for fk in table.foreign_keys)
