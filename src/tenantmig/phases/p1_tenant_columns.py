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
from tenantmig.lint import GUARDED_ADD, ours
from tenantmig.checks import fill_sql, parent_foreign_key
from tenantmig.counts import legacy_tenant_rows
from tenantmig.db import BRIEF, Statement, literal, qualify, quote_ident
from tenantmig.expressions import PINNED_SEARCH_PATH, dollar_tag
from tenantmig.manifest import TableSpec
from tenantmig.phases.contract import PhaseContract, PrivilegeNeeds, Removable, Step
from tenantmig.policies import DROP_CONTEXT_FUNCTIONS, context_functions, context_signatures, execute_for_everyone
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


def _grantees(ctx: StepContext) -> str:
    roles = ctx.manifest.roles
    return ", ".join(quote_ident(r) for r in roles.filtered + roles.admin + roles.reporting)


# -- p1_01_registry ------------------------------------------------------------

def create_registry(ctx: StepContext) -> None:
    m = ctx.manifest
    saved = before(ctx)
    tenants = qualify(m.tenants_qualified)
    if not saved["tenants_table_existed"]:
        ctx.apply(Statement(
            f"CREATE TABLE IF NOT EXISTS {tenants} ({quote_ident(m.tenants_key)} {m.key_type} PRIMARY KEY, "
            "name text, created_at timestamptz NOT NULL DEFAULT now())",
            lock="new table",
        ))
    if m.memberships_qualified and not saved["memberships_table_existed"]:
        ctx.apply(Statement(
            f"CREATE TABLE IF NOT EXISTS {qualify(m.memberships_qualified)} ("
            f"{quote_ident(m.memberships_user_column)} bigint NOT NULL, "
            f"{quote_ident(m.memberships_tenant_column)} {m.key_type} NOT NULL "
            f"REFERENCES {tenants} ({quote_ident(m.tenants_key)}), "
            f"PRIMARY KEY ({quote_ident(m.memberships_user_column)}, {quote_ident(m.memberships_tenant_column)}))",
            lock="new table",
        ))
        writers = ", ".join(quote_ident(r) for r in dict.fromkeys(m.roles.app + m.roles.admin + m.roles.service))
        if writers:
            # The fill trigger reads memberships with the inserting role's rights (it is SECURITY INVOKER).
            ctx.apply(Statement(f"GRANT SELECT ON {qualify(m.memberships_qualified)} TO {writers}", lock="none"))
    if m.legacy_tenant and not saved["legacy_tenant_existed"]:
        columns = [m.tenants_key, *m.legacy_tenant_columns]
        values = [m.literal(m.legacy_tenant), *(literal(v) for v in m.legacy_tenant_columns.values())]
        ctx.apply(Statement(
            f"INSERT INTO {tenants} ({', '.join(quote_ident(c) for c in columns)}) VALUES ({', '.join(values)}) "
            "ON CONFLICT DO NOTHING",
            table=m.tenants_qualified, lock="ROW EXCLUSIVE (one row)",
        ))
    ctx.apply(
        *(Statement(sql, lock="none (new function)")
          for sql in context_functions(m, ctx.catalog.server_version_num)),
        *(Statement(execute_for_everyone(signature), lock="none") for signature in context_signatures(m)),
        Statement(f"GRANT USAGE ON SCHEMA tenantmig TO {_grantees(ctx)}", lock="none"),
    )


def drop_registry(ctx: StepContext) -> None:
    m = ctx.manifest
    saved = before(ctx)
    tenants = qualify(m.tenants_qualified)
    ctx.apply(
        Statement(f"REVOKE USAGE ON SCHEMA tenantmig FROM {_grantees(ctx)}", lock="none"),
        *(Statement(sql, lock="none", squawk_ignore=(ours("ban-drop-function", "a context helper of phase 1"),))
          for sql in DROP_CONTEXT_FUNCTIONS),
    )
    if m.legacy_tenant and not saved["legacy_tenant_existed"] and saved["tenants_table_existed"]:
        ctx.apply(Statement(
            f"DELETE FROM {tenants} WHERE {quote_ident(m.tenants_key)} = {m.literal(m.legacy_tenant)}",
            table=m.tenants_qualified, lock="ROW EXCLUSIVE (one row)",
        ))
    if m.memberships_qualified and not saved["memberships_table_existed"]:
        ctx.apply(Statement(f"DROP TABLE IF EXISTS {qualify(m.memberships_qualified)}", lock=BRIEF,
                            squawk_ignore=(ours("ban-drop-table", "the memberships table phase 1 created"),)))
    if not saved["tenants_table_existed"]:
        ctx.apply(Statement(f"DROP TABLE IF EXISTS {tenants}", lock=BRIEF,
                            squawk_ignore=(ours("ban-drop-table", "the tenants table phase 1 created"),)))
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, NUMBER, "before")


# -- p1_02_columns ---------------------------------------------------------------

def add_columns(ctx: StepContext) -> None:
    m = ctx.manifest
    saved = before(ctx)["tables"]
    for spec in m.keyed_tables():
        table = qualify(spec.qualified)
        statements = [Statement(
            # Nullable and without a default: a catalog-only change, no table rewrite.
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {quote_ident(spec.column)} {m.key_type}",
            table=spec.qualified, lock=BRIEF,
        )]
        # After the column: a partition takes the column from its parent first.
        holders = [] if saved[spec.qualified]["foreign_key_existed"] else partitions.foreign_key_holders(ctx.catalog, spec)
        statements += [_not_valid_key(ctx, holder.qualified, naming.key_foreign_key(holder), spec.column,
                                      m.tenants_qualified, m.tenants_key) for holder in holders]
        # The `via` foreign key a leaf partition lacks that its siblings declare (partitions.parent_key_gaps).
        gaps = partitions.parent_key_gaps(ctx.catalog, spec)
        parent_column = parent_foreign_key(ctx.catalog, spec).ref_columns[0] if gaps else None
        statements += [_not_valid_key(ctx, leaf.qualified, naming.parent_key(leaf), spec.backfill.via,
                                      spec.backfill.parent, parent_column) for leaf in gaps]
        ctx.apply(*(s for s in statements if s is not None))


def _not_valid_key(ctx: StepContext, table: str, name: str, column: str, ref_table: str,
                   ref_column: str) -> Statement | None:
    """None where an earlier, interrupted run already added it."""
    current = None if ctx.offline else ctx.catalog.get(table)
    if current is not None and any(fk.name == name for fk in current.foreign_keys):
        return None
    return Statement(partitions.add_foreign_key_not_valid(table, name, column, ref_table, ref_column), table=table,
                     lock="SHARE ROW EXCLUSIVE on both tables, no scan (NOT VALID)", squawk_ignore=(GUARDED_ADD,))


def drop_columns(ctx: StepContext) -> None:
    saved = before(ctx)["tables"]
    for spec in ctx.manifest.keyed_tables():
        table = qualify(spec.qualified)
        statements = [Statement(
            f"ALTER TABLE {qualify(holder.qualified)} DROP CONSTRAINT IF EXISTS "
            f"{quote_ident(naming.key_foreign_key(holder))}",
            table=holder.qualified, lock=BRIEF,
            squawk_ignore=(ours("ban-drop-constraint", "the tenant foreign key of phase 1"),),
        ) for holder in partitions.foreign_key_holders(ctx.catalog, spec)]
        statements += [Statement(
            f"ALTER TABLE {qualify(leaf.qualified)} DROP CONSTRAINT IF EXISTS {quote_ident(naming.parent_key(leaf))}",
            table=leaf.qualified, lock=BRIEF,
            squawk_ignore=(ours("ban-drop-constraint", "a partition's parent key phase 1 added"),),
        ) for leaf in partitions.parent_key_gaps(ctx.catalog, spec)]
        if not saved[spec.qualified]["column_existed"]:
            statements.append(Statement(
                f"ALTER TABLE {table} DROP COLUMN IF EXISTS {quote_ident(spec.column)}",
                table=spec.qualified, lock=BRIEF,
                squawk_ignore=(ours("ban-drop-column", "the key column phase 1 added (its snapshot says it "
                                    "did not exist); unchanged application code never names it"),),
            ))
        ctx.apply(*statements)


# -- p1_03_indexes -----------------------------------------------------------------

def build_indexes(ctx: StepContext) -> None:
    for spec in ctx.manifest.keyed_tables():
        if partitions.is_partitioned(ctx.catalog, spec):
            _build_partitioned_index(ctx, spec)
        else:
            _build_index(ctx, spec)
    # The unique (key, ref) on each parent that the children's key-following foreign keys reference.
    for link in parent_cascade.indexes(ctx.manifest, ctx.catalog):
        ctx.build_index(link.create_index(), link.parent.schema, link.index)


def _build_index(ctx: StepContext, spec: TableSpec) -> None:
    name = naming.key_index(spec)
    ctx.build_index(
        Statement(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {quote_ident(name)} ON {qualify(spec.qualified)} "
            f"({quote_ident(spec.column)})",
            table=spec.qualified,
            lock="SHARE UPDATE EXCLUSIVE for the build (reads and writes continue)",
            transactional=False,
        ),
        spec.schema, name,
    )


def _index_ref(spec: TableSpec) -> str:
    return f"{quote_ident(spec.schema)}.{quote_ident(naming.key_index(spec))}"


def _build_partitioned_index(ctx: StepContext, spec: TableSpec) -> None:
    """ON ONLY indexes on the partitioned tables, CONCURRENTLY on the leaves, then attached bottom-up.

    Every statement is idempotent (IF NOT EXISTS; attaching an attached index is a no-op),
    so a run interrupted anywhere converges when repeated.
    """
    if ctx.index_valid(spec.schema, naming.key_index(spec)):
        return
    partitioned, leaves, parent_of = partitions.index_plan(ctx.catalog, spec)
    for table in partitioned:
        ctx.apply(Statement(
            f"CREATE INDEX IF NOT EXISTS {quote_ident(naming.key_index(table))} ON ONLY {qualify(table.qualified)} "
            f"({quote_ident(table.column)})",
            table=table.qualified, lock="SHARE on the partitioned table, catalog only (no data is read)",
        ))
    for leaf in leaves:
        _build_index(ctx, leaf)
    for table in [*leaves, *reversed(partitioned[1:])]:
        ctx.apply(Statement(
            f"ALTER INDEX {_index_ref(parent_of[table.qualified])} ATTACH PARTITION {_index_ref(table)}",
            table=table.qualified, lock="SHARE UPDATE EXCLUSIVE on the partition, catalog only",
        ))


def drop_indexes(ctx: StepContext) -> None:
    for link in parent_cascade.indexes(ctx.manifest, ctx.catalog):
        ctx.apply(link.drop_index())
    for spec in ctx.manifest.keyed_tables():
        if partitions.is_partitioned(ctx.catalog, spec):
            # A partitioned index cannot be dropped CONCURRENTLY; dropping it takes its partitions' with it.
            ctx.apply(Statement(f"DROP INDEX IF EXISTS {_index_ref(spec)}", table=spec.qualified,
                                lock="ACCESS EXCLUSIVE on the table and its partitions, catalog only (brief)"))
            continue
        ctx.apply(Statement(
            f"DROP INDEX CONCURRENTLY IF EXISTS {_index_ref(spec)}",
            table=spec.qualified, lock="SHARE UPDATE EXCLUSIVE, no writes blocked", transactional=False,
        ))


# -- p1_04_fill_triggers -------------------------------------------------------------

def fill_function_sql(ctx: StepContext, spec: TableSpec) -> str:
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
    code = f"""
{declare}BEGIN{follow}
  IF NEW.{key} IS NULL THEN
    {body}
  END IF;
  RETURN NEW;
END
"""
    return _trigger_function(naming.fill_function(spec), code)


def _trigger_function(name: str, code: str) -> str:
    """A PL/pgSQL trigger function run with the caller's rights and a search_path no caller can redirect."""
    tag = dollar_tag(code)
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = {PINNED_SEARCH_PATH}
AS {tag}{code}{tag}""".strip()


def _parent_reference(ctx: StepContext, spec: TableSpec) -> str:
    """The parent column that the child's `via` column references (through its foreign key)."""
    return parent_foreign_key(ctx.catalog, spec).ref_columns[0]


def _fill_events(spec: TableSpec) -> str:
    if spec.backfill is not None and spec.backfill.kind == "parent":
        return f"INSERT OR UPDATE OF {quote_ident(spec.backfill.via)}"
    return "INSERT"


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


def follow_function_sql(ctx: StepContext, parent: TableSpec, children: list[TableSpec]) -> str:
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
    code = "\nBEGIN\n" + "\n".join(updates) + "\n  RETURN NULL;\nEND\n"
    return _trigger_function(naming.follow_function(parent), code)


def _follow_statements(ctx: StepContext) -> list[Statement]:
    out = []
    for parent_name, children in _children(ctx, followed=True).items():
        parent = ctx.manifest.tables[parent_name]
        if not parent.keyed:
            continue
        key = quote_ident(parent.column)
        out += [
            Statement(follow_function_sql(ctx, parent, children), lock="none (function)"),
            Statement(
                # Only a key that moves from one tenant to another: the backfill (NULL to a key) and
                # its rollback (a key to NULL) never fire it. Not `UPDATE OF key`: that ignores a key
                # changed by a BEFORE trigger, which is exactly how a re-parented row's key changes.
                f"CREATE OR REPLACE TRIGGER {quote_ident(naming.follow_trigger(parent))} AFTER UPDATE ON "
                f"{qualify(parent.qualified)} FOR EACH ROW WHEN (OLD.{key} IS DISTINCT FROM NEW.{key} "
                f"AND OLD.{key} IS NOT NULL AND NEW.{key} IS NOT NULL) "
                f"EXECUTE FUNCTION {naming.follow_function(parent)}()",
                table=parent.qualified, lock="SHARE ROW EXCLUSIVE, brief",
            ),
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
    ctx.apply(*_follow_statements(ctx))
    for spec in _filled_tables(ctx):
        ctx.apply(
            Statement(fill_function_sql(ctx, spec), lock="none (function)"),
            Statement(
                f"CREATE OR REPLACE TRIGGER {quote_ident(naming.fill_trigger(spec))} BEFORE {_fill_events(spec)} ON "
                f"{qualify(spec.qualified)} FOR EACH ROW EXECUTE FUNCTION {naming.fill_function(spec)}()",
                table=spec.qualified, lock="SHARE ROW EXCLUSIVE, brief",
            ),
        )


def _drop_trigger(ctx: StepContext, spec: TableSpec, trigger: str, function: str, what: str) -> None:
    ctx.apply(
        Statement(f"DROP TRIGGER IF EXISTS {quote_ident(trigger)} ON {qualify(spec.qualified)}",
                  table=spec.qualified, lock="ACCESS EXCLUSIVE, brief"),
        Statement(f"DROP FUNCTION IF EXISTS {function}()", lock="none",
                  squawk_ignore=(ours("ban-drop-function", what),)),
    )


def drop_fill_triggers(ctx: StepContext) -> None:
    drop_following_keys(ctx)
    for parent_name in _children(ctx):
        parent = ctx.manifest.tables[parent_name]
        _drop_trigger(ctx, parent, naming.follow_trigger(parent), naming.follow_function(parent),
                      "the follow trigger's function")
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
