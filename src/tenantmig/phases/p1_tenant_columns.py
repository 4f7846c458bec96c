"""Phase 1: tenant columns.

Upgrade: the tenants and memberships tables if absent, the legacy tenant row, the
context helper; a nullable key column and a `NOT VALID` foreign key on every
tenant and shared table; an index on each key built `CONCURRENTLY`; a trigger that
fills the key on rows written by unchanged application code, and a foreign key through which
a child's key follows its parent's (parent_cascade, where the decision is written down).
Downgrade: drops exactly what the upgrade added (recorded in a snapshot first).
"""

from __future__ import annotations

from tenantmig import ledger, naming, parent_cascade, partitions
from tenantmig.checks import fill_sql, parent_foreign_key
from tenantmig.counts import legacy_tenant_rows
from tenantmig.db import Statement, literal, qualify, quote_ident
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.ops import Operation, undo
from tenantmig.ops.tables import (AddColumn, AddForeignKey, CreateIndex, CreateMembershipsTable, CreateTenantsTable,
                                  CreateTrigger, DropTrigger, TriggerFunction, AttachIndex)
from tenantmig.phases.contract import PhaseContract, PrivilegeNeeds, Removable, Step
from tenantmig.ops.access import DropFunction, Function, Grant
from tenantmig.policies import DROP_CONTEXT_FUNCTIONS, context_functions, execute_for_everyone
from tenantmig.steps import StepContext

NUMBER = 1


# -- metadata shared by the steps ---------------------------------------------

def before(ctx: StepContext) -> dict:
    """What existed before phase 1, so the downgrade removes only what phase 1 added."""
    return ctx.snapshot(NUMBER, "before", lambda: _observe(ctx))


def _observe(ctx: StepContext) -> dict:
    m = ctx.manifest
    cat = ctx.catalog
    tables = {}
    for spec in m.keyed_tables():
        table = cat.get(spec.qualified)
        column = table.columns.get(spec.column) if table else None
        tables[spec.qualified] = {
            "column_existed": column is not None,
            "column_nullable": column.nullable if column else True,
            "foreign_key_existed": bool(table and table.foreign_key_on(spec.column, m.tenants_qualified)),
        }
    legacy_present = not ctx.offline and legacy_tenant_rows(ctx.raw, m) > 0
    return {
        "tenants_table_existed": cat.get(m.tenants_qualified) is not None,
        "memberships_table_existed": m.memberships_qualified is None or cat.get(m.memberships_qualified) is not None,
        "legacy_tenant_existed": legacy_present,
        "tables": tables,
    }


def _filled_tables(ctx: StepContext) -> list[TableSpec]:
    # Shared tables are not filled: a row written without a key there is a global row, as today.
    return [s for s in ctx.manifest.backfill_order() if s.pattern == "tenant"]


def _schema_usage(ctx: StepContext) -> Grant:
    """USAGE on the tenantmig schema, where the policies' context helpers are, for every role a policy names."""
    roles = ctx.manifest.roles
    return Grant(("USAGE",), "SCHEMA", "tenantmig", tuple(roles.filtered + roles.admin + roles.reporting))


# -- p1_01_registry ------------------------------------------------------------

def create_registry(ctx: StepContext) -> None:
    m = ctx.manifest
    saved = before(ctx)
    tenants = qualify(m.tenants_qualified)
    if not saved["tenants_table_existed"]:
        ctx.apply(_tenants_table(m))
    if m.memberships_qualified and not saved["memberships_table_existed"]:
        ctx.apply(_memberships_table(m))
        writers = tuple(dict.fromkeys(m.roles.app + m.roles.admin + m.roles.service))
        if writers:
            # The fill trigger reads memberships with the inserting role's rights (it is SECURITY INVOKER).
            ctx.apply(Grant(("SELECT",), "TABLE", m.memberships_qualified, writers))
    if m.legacy_tenant and not saved["legacy_tenant_existed"]:
        columns = [m.tenants_key, *m.legacy_tenant_columns]
        values = [m.literal(m.legacy_tenant), *(literal(v) for v in m.legacy_tenant_columns.values())]
        ctx.apply(Statement(
            f"INSERT INTO {tenants} ({', '.join(quote_ident(c) for c in columns)}) VALUES ({', '.join(values)}) "
            "ON CONFLICT DO NOTHING",
            table=m.tenants_qualified, lock="ROW EXCLUSIVE (one row)",
        ))
    functions = context_functions(m, ctx.catalog.server_version_num)
    ctx.apply(*functions, *(execute_for_everyone(f.function) for f in functions), _schema_usage(ctx))


def _tenants_table(m: Manifest) -> CreateTenantsTable:
    return CreateTenantsTable(m.tenants_qualified, m.tenants_key, m.key_type)


def _memberships_table(m: Manifest) -> CreateMembershipsTable:
    return CreateMembershipsTable(m.memberships_qualified, m.memberships_user_column, m.memberships_tenant_column,
                                  m.key_type, m.tenants_qualified, m.tenants_key)


def drop_registry(ctx: StepContext) -> None:
    m = ctx.manifest
    saved = before(ctx)
    tenants = qualify(m.tenants_qualified)
    ctx.apply(_schema_usage(ctx).reverse(), *DROP_CONTEXT_FUNCTIONS)
    if m.legacy_tenant and not saved["legacy_tenant_existed"] and saved["tenants_table_existed"]:
        ctx.apply(Statement(
            f"DELETE FROM {tenants} WHERE {quote_ident(m.tenants_key)} = {m.literal(m.legacy_tenant)}",
            table=m.tenants_qualified, lock="ROW EXCLUSIVE (one row)",
        ))
    if m.memberships_qualified and not saved["memberships_table_existed"]:
        ctx.apply(_memberships_table(m).reverse())
    if not saved["tenants_table_existed"]:
        ctx.apply(_tenants_table(m).reverse())
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, NUMBER, "before")


# -- p1_02_columns ---------------------------------------------------------------

def _key_changes(ctx: StepContext, spec: TableSpec, before_phase: dict) -> list[Operation]:
    """What phase 1 adds to one table, in order: the key column where it was absent before phase 1, the
    tenant foreign key where none existed, the `via` foreign keys its leaf partitions lack. The
    downgrade is their undo, so it removes exactly these."""
    m = ctx.manifest
    column = [] if before_phase["column_existed"] else [AddColumn(
        spec.qualified, spec.column, m.key_type,
        what="the key column phase 1 added (its snapshot says it did not exist); unchanged application code "
             "never names it")]
    # After the column: a partition takes the column from its parent first.
    holders = partitions.foreign_key_holders(ctx.catalog, spec)
    if before_phase["foreign_key_existed"] and not (ctx.offline and _ours_in_catalog(ctx, holders)):
        holders = []
    gaps = partitions.parent_key_gaps(ctx.catalog, spec)
    return [*column, *(partitions.key_to_tenants(m, holder) for holder in holders),
            *(partitions.key_to_parent(ctx.catalog, spec, leaf) for leaf in gaps)]


def _ours_in_catalog(ctx: StepContext, holders: list[TableSpec]) -> bool:
    """Offline there is no snapshot: a downgrade rendered from a catalog after phase 1 sees the key's
    foreign key as one that "existed", and only its name says phase 1 made it."""
    return any(fk.name == naming.key_foreign_key(holder)
               for holder in holders if (table := ctx.catalog.get(holder.qualified)) is not None
               for fk in table.foreign_keys)


def add_columns(ctx: StepContext) -> None:
    saved = before(ctx)["tables"]
    for spec in ctx.manifest.keyed_tables():
        ctx.apply(*(change for change in _key_changes(ctx, spec, saved[spec.qualified])
                    if not _added_already(ctx, change)))


def _added_already(ctx: StepContext, change: Operation) -> bool:
    """A foreign key an earlier, interrupted run added (PostgreSQL has no ADD CONSTRAINT IF NOT EXISTS)."""
    if ctx.offline or not isinstance(change, AddForeignKey):
        return False
    table = ctx.catalog.get(change.table)
    return table is not None and any(fk.name == change.name for fk in table.foreign_keys)


def drop_columns(ctx: StepContext) -> None:
    saved = before(ctx)["tables"]
    for spec in ctx.manifest.keyed_tables():
        ctx.apply(*undo(_key_changes(ctx, spec, saved[spec.qualified])))


# -- p1_03_indexes -----------------------------------------------------------------

def build_indexes(ctx: StepContext) -> None:
    for spec in ctx.manifest.keyed_tables():
        if partitions.is_partitioned(ctx.catalog, spec):
            _build_partitioned_index(ctx, spec)
        else:
            ctx.build_index(_key_index(spec))
    # The unique (key, ref) on each parent that the children's key-following foreign keys reference.
    for link in parent_cascade.indexes(ctx.manifest, ctx.catalog):
        ctx.build_index(link.create_index())


def _key_index(spec: TableSpec, *, only: bool = False) -> CreateIndex:
    return CreateIndex(spec.qualified, naming.key_index(spec), (spec.column,), only=only)


def _indexes(ctx: StepContext) -> list[CreateIndex]:
    """The indexes build_indexes leaves, as one list for the downgrade to undo: a partitioned table's is its
    ON ONLY index (dropping it takes its partitions' along), then the parents' unique indexes."""
    keyed = ctx.manifest.keyed_tables()
    return [*(_key_index(spec, only=partitions.is_partitioned(ctx.catalog, spec)) for spec in keyed),
            *(link.create_index() for link in parent_cascade.indexes(ctx.manifest, ctx.catalog))]


def _build_partitioned_index(ctx: StepContext, spec: TableSpec) -> None:
    """ON ONLY indexes on the partitioned tables, CONCURRENTLY on the leaves, then attached bottom-up.

    Every statement is idempotent (IF NOT EXISTS; attaching an attached index is a no-op),
    so a run interrupted anywhere converges when repeated.
    """
    if ctx.index_valid(spec.schema, naming.key_index(spec)):
        return
    partitioned, leaves, parent_of = partitions.index_plan(ctx.catalog, spec)
    for table in partitioned:
        ctx.apply(_key_index(table, only=True))
    for leaf in leaves:
        ctx.build_index(_key_index(leaf))
    for table in [*leaves, *reversed(partitioned[1:])]:
        parent = parent_of[table.qualified]
        ctx.apply(AttachIndex(table.qualified, parent.qualified, naming.key_index(parent), naming.key_index(table)))


def drop_indexes(ctx: StepContext) -> None:
    for change in undo(_indexes(ctx)):
        ctx.apply(change)


# -- p1_04_fill_triggers -------------------------------------------------------------

def fill_function_body(ctx: StepContext, spec: TableSpec) -> str:
    """A BEFORE INSERT trigger body that gives a keyless row its tenant.

    Order: the parent's key where the manifest derives it so (a parent of another
    tenant then yields that tenant's key, which the policy refuses, as it should);
    else the current tenant context; else the manifest's own source; else the legacy
    tenant, for tables whose source is the legacy tenant.

    SECURITY INVOKER, decided so: the trigger reads parents, memberships and the tables a
    `{ sql = ... }` expression names with the rights of whoever inserts. Run as its owner (a
    superuser), any name it resolved through a search_path the caller controls handed that
    caller the owner's rights (a temporary view named like a parent table made an application
    login SUPERUSER). As the caller it can do nothing the caller could not do directly, and
    it needs nothing more: RLS lets a caller see the parents of rows it may write (phase 4's
    escape keeps everything visible until enforcement; enforced, a parent it cannot see is
    another tenant's, and the row is refused either way), and phase 0 checks that every role
    that may insert can read what the trigger reads. Every name is schema-qualified and the
    search_path pinned to what phase 0 compiled the expression with (expressions.py).
    """
    m = ctx.manifest
    key = quote_ident(spec.column)
    source = spec.backfill
    fallback: list[str] = [f"NEW.{key} := tenantmig.current_tenant();"]
    declare = ""
    if source and source.kind == "memberships":
        # One tenant, or none: a user in several tenants' memberships gives no key (never a guess).
        # Two index probes, not an aggregate: count(DISTINCT) sorted on every insert.
        declare = f"DECLARE\n  only_tenant {m.key_type};\n"
        tenant, user = quote_ident(m.memberships_tenant_column), quote_ident(m.memberships_user_column)
        memberships = qualify(m.memberships_qualified)
        fallback.append(
            f"IF NEW.{key} IS NULL THEN SELECT mm.{tenant} INTO only_tenant FROM {memberships} mm "
            f"WHERE mm.{user} = NEW.{quote_ident(source.user_column)} AND mm.{tenant} IS NOT NULL LIMIT 1; "
            f"IF only_tenant IS NOT NULL AND NOT EXISTS (SELECT FROM {memberships} mm "
            f"WHERE mm.{user} = NEW.{quote_ident(source.user_column)} AND mm.{tenant} <> only_tenant) "
            f"THEN NEW.{key} := only_tenant; END IF; END IF;"
        )
    if source and source.kind == "sql":
        fallback.append(f"IF NEW.{key} IS NULL THEN {fill_sql(ctx.catalog, spec).assign(key)} END IF;")
    if source and source.kind == "legacy":
        # Only where the manifest says rows belong to the legacy tenant: elsewhere a row whose
        # tenant cannot be derived stays NULL and is named by the gates, never guessed.
        fallback.append(f"IF NEW.{key} IS NULL THEN NEW.{key} := {m.literal(m.legacy_tenant)}; END IF;")
    if source and source.kind == "parent":
        parent = ctx.manifest.tables[source.parent]
        ref = _parent_reference(ctx, spec)
        # A row with a parent takes the parent's key, even NULL: until the backfill
        # reaches that parent, any other guess could hand the row to the wrong tenant.
        steps = [
            f"IF NEW.{quote_ident(source.via)} IS NOT NULL THEN",
            f"  SELECT p.{quote_ident(parent.column)} INTO NEW.{key} FROM {qualify(parent.qualified)} p "
            f"WHERE p.{quote_ident(ref)} = NEW.{quote_ident(source.via)};",
            "ELSE",
            *("  " + line for line in fallback),
            "END IF;",
        ]
    else:
        steps = fallback
    body = "\n    ".join(steps)
    follow = ""
    if source and source.kind == "parent":
        # A child moved to another parent by code that does not write the key takes its new
        # parent's key (NULL until the backfill reaches that parent, then filled like any row):
        # keeping the old one would leave the row in the old tenant, invisible to the new one.
        via = quote_ident(source.via)
        follow = f"""
  IF TG_OP = 'UPDATE' THEN
    IF NEW.{via} IS DISTINCT FROM OLD.{via} AND NEW.{via} IS NOT NULL
       AND NEW.{key} IS NOT DISTINCT FROM OLD.{key} THEN
      SELECT p.{quote_ident(parent.column)} INTO NEW.{key} FROM {qualify(parent.qualified)} p
      WHERE p.{quote_ident(ref)} = NEW.{via};
    END IF;
    RETURN NEW;
  END IF;"""
    return f"""
{declare}BEGIN{follow}
  IF NEW.{key} IS NULL THEN
    {body}
  END IF;
  RETURN NEW;
END
"""


def _parent_reference(ctx: StepContext, spec: TableSpec) -> str:
    """The parent column that the child's `via` column references (through its foreign key)."""
    return parent_foreign_key(ctx.catalog, spec).ref_columns[0]


def _fill_trigger(ctx: StepContext, spec: TableSpec) -> list[Operation]:
    # A re-parented row (its `via` changed) takes its new parent's key.
    moves = spec.backfill is not None and spec.backfill.kind == "parent"
    return [
        TriggerFunction(naming.fill_function(spec), fill_function_body(ctx, spec), "the fill trigger's function"),
        CreateTrigger(spec.qualified, naming.fill_trigger(spec), "BEFORE",
                      ("INSERT", "UPDATE") if moves else ("INSERT",), naming.fill_function(spec),
                      update_of=(spec.backfill.via,) if moves else ()),
    ]


def _children(ctx: StepContext, *, followed: bool = False) -> dict[str, list[TableSpec]]:
    """Filled tables by the parent their key comes from, parents in backfill order.

    followed: only the children whose key no cascade carries (parent_cascade), which need the follow trigger.
    """
    cascaded = {link.child.qualified for link in parent_cascade.links(ctx.manifest, ctx.catalog)} if followed else set()
    found: dict[str, list[TableSpec]] = {}
    for spec in _filled_tables(ctx):
        if spec.backfill is not None and spec.backfill.kind == "parent" and spec.qualified not in cascaded:
            found.setdefault(spec.backfill.parent, []).append(spec)
    return found


def follow_function_body(ctx: StepContext, parent: TableSpec, children: list[TableSpec]) -> str:
    """An AFTER UPDATE trigger on a parent: children that carried its old key take the new one.

    Only where no key-following foreign key does it (parent_cascade: partitioned tables).

    The fill trigger moves a re-parented child to its new parent's tenant; this carries that
    move down to the child's own children (an appointment moved to another clinic's patient
    takes its prescriptions and notes along). SECURITY INVOKER, as the fill trigger, and for the
    same reason. Children whose key is still NULL take the new key too: a backfill batch that
    read the parent before this change committed would otherwise give them the old one (once
    filled here, the batch's `key IS NULL` no longer matches them). Children with a key of their
    own that is not the parent's old one are left for the gate to name.
    """
    updates = []
    for child in children:
        ref = _parent_reference(ctx, child)
        key = quote_ident(child.column)
        updates.append(
            f"  UPDATE {qualify(child.qualified)} SET {key} = NEW.{quote_ident(parent.column)} "
            f"WHERE {quote_ident(child.backfill.via)} = NEW.{quote_ident(ref)} "
            f"AND ({key} = OLD.{quote_ident(parent.column)} OR {key} IS NULL);"
        )
    return "\nBEGIN\n" + "\n".join(updates) + "\n  RETURN NULL;\nEND\n"


def _follow_triggers(ctx: StepContext) -> list[Operation]:
    out: list[Operation] = []
    for parent_name, children in _children(ctx, followed=True).items():
        parent = ctx.manifest.tables[parent_name]
        if not parent.keyed:
            continue
        key = quote_ident(parent.column)
        out += [
            TriggerFunction(naming.follow_function(parent), follow_function_body(ctx, parent, children),
                            "the follow trigger's function"),
            # Only a key that moves from one tenant to another: the backfill (NULL to a key) and
            # its rollback (a key to NULL) never fire it. Not `UPDATE OF key`: that ignores a key
            # changed by a BEFORE trigger, which is exactly how a re-parented row's key changes.
            CreateTrigger(parent.qualified, naming.follow_trigger(parent), "AFTER", ("UPDATE",),
                          naming.follow_function(parent),
                          when=f"OLD.{key} IS DISTINCT FROM NEW.{key} AND OLD.{key} IS NOT NULL "
                               f"AND NEW.{key} IS NOT NULL"),
        ]
    return out


def add_following_keys(ctx: StepContext) -> None:
    """Each child's key-following foreign key (parent_cascade), NOT VALID; one already there is kept."""
    for link in parent_cascade.links(ctx.manifest, ctx.catalog):
        if ctx.offline or not parent_cascade.present(ctx.catalog, link):
            ctx.apply(link.add())


def drop_following_keys(ctx: StepContext) -> None:
    ctx.apply(*(link.drop() for link in parent_cascade.links(ctx.manifest, ctx.catalog)))


def create_fill_triggers(ctx: StepContext) -> None:
    add_following_keys(ctx)
    ctx.apply(*_follow_triggers(ctx))
    for spec in _filled_tables(ctx):
        ctx.apply(*_fill_trigger(ctx, spec))


def _drop_trigger(ctx: StepContext, spec: TableSpec, trigger: str, function: tuple[str, str], what: str,
                  *, written_unquoted: bool = False) -> None:
    # By name, not as the undo of the trigger: what the upgrade compiled into the function need not
    # compile again (a parent's foreign key may be gone), and a follow trigger an earlier version
    # installed where a cascade now carries the key is dropped too.
    # Versions before the operations module wrote the follow functions' names unquoted, so PostgreSQL
    # folded them to lower case: a phase 1 they applied is removed by this one too, unless the folded
    # name is another table's own follow function ("Customer" beside "customer").
    folded = function[1].lower()
    owned = {naming.follow_function(other)[1] for other in ctx.manifest.tables.values() if other is not spec}
    names = (function[1], folded) if written_unquoted and folded not in owned else (function[1],)
    ctx.apply(DropTrigger(spec.qualified, trigger),
              *(DropFunction(Function(function[0], name), what) for name in dict.fromkeys(names)))


def drop_fill_triggers(ctx: StepContext) -> None:
    drop_following_keys(ctx)
    for parent_name in _children(ctx):
        parent = ctx.manifest.tables[parent_name]
        _drop_trigger(ctx, parent, naming.follow_trigger(parent), naming.follow_function(parent),
                      "the follow trigger's function", written_unquoted=True)
    for spec in _filled_tables(ctx):
        _drop_trigger(ctx, spec, naming.fill_trigger(spec), naming.fill_function(spec), "the fill trigger's function")


# -- the contract -------------------------------------------------------------

def drill_allows(conn, manifest) -> Removable:
    """What undoing phase 1 may take away: the tables, columns and legacy row it added."""
    before = CONTRACT.snapshot("before").load(conn) or {"tables": {}}
    tables = set()
    if not before.get("tenants_table_existed", True):
        tables.add(manifest.tenants_qualified)
    if manifest.memberships_qualified and not before.get("memberships_table_existed", True):
        tables.add(manifest.memberships_qualified)
    columns = {(s.qualified, s.column) for s in manifest.keyed_tables()
               if not before["tables"].get(s.qualified, {}).get("column_existed", True)}
    # The legacy tenant's row is the one row phase 1 adds to an existing tenants table.
    legacy_row = set() if before.get("legacy_tenant_existed", True) else {manifest.tenants_qualified}
    return Removable(frozenset(tables), frozenset(columns), unchecked_tables=frozenset(legacy_row))


CONTRACT = PhaseContract(
    number=NUMBER,
    name="tenant columns",
    slug="p1_tenant_columns",
    steps=(
        Step("p1_01_registry", create_registry, drop_registry),
        Step("p1_02_columns", add_columns, drop_columns),
        Step("p1_03_indexes", build_indexes, drop_indexes),
        Step("p1_04_fill_triggers", create_fill_triggers, drop_fill_triggers),
    ),
    gate_hooks=("key_columns_present", "key_indexes_valid", "fill_triggers_present", "no_tenantmig_objects"),
    drill_allows=drill_allows,
    changes_row_type=True,
    privileges=PrivilegeNeeds(create_in_key_schemas=True),
    snapshots=("before",),
)
