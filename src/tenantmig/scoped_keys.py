"""Tenant-scoped keys (`tenant_scoped_keys`): unique keys and foreign keys that lead with the tenant key.

Constraint checks ignore RLS: a unique key without the tenant key tells tenant A that
tenant B already uses a value (the insert fails), and a foreign key between tenant tables
that does not carry the key lets A's row point at B's. Phase 3, once the key is NOT NULL,
rebuilds them:

- a UNIQUE constraint without the key becomes `UNIQUE (key, ...)`: its index is built
  CONCURRENTLY and attached with `ADD CONSTRAINT ... UNIQUE USING INDEX`; a unique index
  that backs no constraint becomes a unique index on `(key, ...)` (same expressions, INCLUDE
  and WHERE). The original is dropped: two tenants may then use the same value. The
  primary key stays (other foreign keys may reference it, and its values are not chosen
  by tenants).
- a foreign key between two tenant tables becomes `FOREIGN KEY (key, col) REFERENCES
  parent (key, id)`, added NOT VALID and then validated (the parent gets a unique
  `(key, id)` first); the original is dropped after that.

What is rebuilt is decided once, before the first change, and saved as a snapshot: a
re-run after a crash continues the same plan, and the downgrade restores exactly the
originals from it. Every statement is idempotent. If a rebuild fails on the data
(a duplicate, a row linked to another tenant's parent), the step puts back what it had
done and names the table, the constraint and the rows.
"""

from __future__ import annotations

from typing import Any

import psycopg

from tenantmig import ledger, naming
from tenantmig.catalog import Catalog, ForeignKey
from tenantmig.db import BRIEF, qualify, quote_ident
from tenantmig.errors import StateError, TenantmigError, first_line
from tenantmig.manifest import Manifest, TableSpec
from tenantmig.ops import Operation
from tenantmig.ops.tables import (DROP_FOREIGN_KEY, AddConstraintAsDefined, AddForeignKey, AddUniqueUsingIndex,
                                  CreateIndex, CreateIndexAsDefined, DropConstraint, ValidateConstraint)
from tenantmig.steps import StepContext

PHASE = 3
SNAPSHOT = "scoped_keys"
PLAN_FORMAT = 2  # 2: names only, the operations build the SQL (issue 13); 1 (no "format"): SQL text
VALIDATE_FK = "SHARE UPDATE EXCLUSIVE on the table, ROW SHARE on the parent, for a scan"


# -- the plan ----------------------------------------------------------------------

def plan(catalog: Catalog, manifest: Manifest) -> dict[str, list[dict[str, Any]]]:
    """What to rebuild, as JSON: targets to create, originals to replace, foreign keys, and what is kept."""
    scoped = {s.qualified: s for s in manifest.scoped_key_tables()}
    targets: dict[tuple[str, tuple[str, ...]], dict] = {}
    replaced: list[dict] = []
    foreign_keys: list[dict] = []
    kept: list[dict] = []

    def keep(table: str, name: str, reason: str) -> None:
        kept.append({"table": table, "name": name, "reason": reason})

    for spec in scoped.values():
        table = catalog.get(spec.qualified)
        if table is None:
            continue
        if table.kind == "p":
            for key in table.unique_keys:
                if not key.primary and spec.column not in key.columns:
                    keep(spec.qualified, key.name, "partitioned table: a unique index on it cannot be built "
                                                   "CONCURRENTLY or attached as a constraint")
            continue
        for key in table.unique_keys:
            if key.primary or spec.column in key.columns:
                continue
            if not key.valid:
                keep(spec.qualified, key.name, "INVALID index (enforces nothing reliably; rebuild or drop it first)")
                continue
            if not key.definition.startswith(key.prefix):
                keep(spec.qualified, key.name, f"index definition not understood: {key.definition}")
                continue
            name = naming.scoped_key(key.name)
            # The catalog's key parts, expressions, INCLUDE and WHERE: the scoped key leads with the tenant key.
            parts = key.definition[len(key.prefix):]
            targets[(spec.qualified, (spec.column, *key.columns) if key.plain else (name,))] = {
                "table": spec.qualified, "name": name, "constraint": key.constraint, "deferrable": key.deferrable,
                "lead": [spec.column], "parts": parts,
            }
            replaced.append({
                "table": spec.qualified, "name": key.name, "constraint": key.constraint, "deferrable": key.deferrable,
                "lead": [], "parts": parts, "referenced_by": list(key.referenced_by),
            })

    for spec in scoped.values():
        table = catalog.get(spec.qualified)
        for fk in table.foreign_keys if table is not None else ():
            parent = scoped.get(fk.ref_table)
            if parent is None or spec.column in fk.columns:
                continue  # not between two scoped tenant tables, or already carries the key
            parent_table = catalog.get(parent.qualified)
            if table.kind == "p" or parent_table.kind == "p":
                keep(spec.qualified, fk.name, "a partitioned table at either end (not rebuilt)")
                continue
            if fk.on_update in ("n", "d"):
                keep(spec.qualified, fk.name, "ON UPDATE SET NULL/DEFAULT would also clear the tenant key")
                continue
            columns = (parent.column, *fk.ref_columns)
            if not any(k.valid and k.plain and k.columns == columns for k in parent_table.unique_keys):
                targets.setdefault((parent.qualified, columns), _target(parent, fk.ref_columns))
            foreign_keys.append(_foreign_key(spec, parent, fk))

    # An original unique key still referenced by a foreign key that stays cannot go.
    rebuilt = {f"{f['table']}.{f['name']}" for f in foreign_keys}
    for original in list(replaced):
        staying = [ref for ref in original["referenced_by"] if ref not in rebuilt]
        if staying:
            replaced.remove(original)
            keep(original["table"], original["name"], "referenced by foreign keys that are not rebuilt: "
                 + ", ".join(staying) + " (the tenant-scoped key is added beside it)")
    return {"format": PLAN_FORMAT, "targets": list(targets.values()), "replaced": replaced,
            "foreign_keys": foreign_keys, "kept": kept}


def _current(steps: dict | None) -> dict | None:
    """A saved plan this version can carry out; one saved by an earlier version is refused by name."""
    if steps is not None and steps.get("format") != PLAN_FORMAT:
        raise StateError(
            "phase 3's tenant-scoped keys plan was saved by an earlier tenantmig (it holds SQL text; this "
            "version builds the statements from names), so this version cannot carry it on",
            hint="Finish or roll back phase 3 with the tenantmig version that started it, then upgrade.",
        )
    return steps


def _target(parent: TableSpec, ref_columns: tuple[str, ...]) -> dict:
    return {"table": parent.qualified, "name": naming.scoped_target(parent, ref_columns), "constraint": True,
            "deferrable": "", "columns": [parent.column, *ref_columns]}


def _foreign_key(child: TableSpec, parent: TableSpec, fk: ForeignKey) -> dict:
    # Only the original columns are set NULL or DEFAULT on delete: a row's tenant key never is (PostgreSQL 15+).
    delete_set = list(fk.delete_set_columns or fk.columns) if fk.on_delete in ("n", "d") else []
    return {"table": child.qualified, "name": fk.name, "parent": parent.qualified,
            "scoped": naming.scoped_key(fk.name), "match": fk.match, "on_update": fk.on_update,
            "on_delete": fk.on_delete, "delete_set": delete_set, "deferrable": fk.deferrable,
            "original": fk.definition.removesuffix(" NOT VALID"), "validated": fk.validated,
            "columns": list(fk.columns), "key": child.column, "parent_key": parent.column,
            "ref_columns": list(fk.ref_columns)}


def _unique_index(key: dict) -> Operation:
    """The unique index of a plan entry: on plain columns, or the catalog's key parts behind a lead."""
    if "columns" in key:
        return CreateIndex(key["table"], key["name"], tuple(key["columns"]), unique=True)
    return CreateIndexAsDefined(key["table"], key["name"], key["parts"], lead=tuple(key["lead"]))


def _scoped_foreign_key(fk: dict) -> AddForeignKey:
    return AddForeignKey(fk["table"], fk["scoped"], (fk["key"], *fk["columns"]), fk["parent"],
                         (fk["parent_key"], *fk["ref_columns"]), what=None, on_update=fk["on_update"],
                         on_delete=fk["on_delete"], delete_set=tuple(fk["delete_set"]), match_full=fk["match"] == "f",
                         deferrable=fk["deferrable"], guard=None)


def saved_plan(ctx: StepContext) -> dict | None:
    """The plan saved by the upgrade (None if it never ran); offline, the one the catalog gives now."""
    if ctx.offline:
        return plan(ctx.catalog, ctx.manifest)
    return _current(ledger.load_snapshot(ctx.raw, PHASE, SNAPSHOT))


# -- upgrade -------------------------------------------------------------------------

def scope_keys(ctx: StepContext) -> None:
    if not ctx.manifest.scoped_key_tables():
        ctx.emit("-- tenant_scoped_keys is off: nothing to rebuild")
        return
    steps = _current(ctx.snapshot(PHASE, SNAPSHOT, lambda: plan(ctx.catalog, ctx.manifest)))
    for item in steps["kept"]:
        ctx.note("scoped_keys.kept", table=item["table"], key=item["name"], reason=item["reason"])
    item: dict = {}
    try:
        for item in steps["targets"]:
            _ensure_unique(ctx, item)
        for item in steps["foreign_keys"]:
            _ensure_foreign_key(ctx, _scoped_foreign_key(item), item["validated"], fk=item)
            _drop_constraint(ctx, item["table"], item["name"], DROP_FOREIGN_KEY)
        for item in steps["replaced"]:
            _drop_unique(ctx, item)
    except (psycopg.Error, TenantmigError) as exc:
        if ctx.offline:
            raise
        _put_back(ctx, steps, _blame(exc, item))


def _put_back(ctx: StepContext, steps: dict, exc: Exception) -> None:
    """Undo this step's work, then report what failed, naming the table, the constraint and the rows."""
    failed = exc.scoped_key
    what = f"{failed['table']}: building the tenant-scoped key {failed['name']}{failed['origin']} failed"
    ctx.note("scoped_keys.failed", table=failed["table"], key=failed["name"], error=_describe(exc))
    try:
        _restore(ctx, steps)
    except (psycopg.Error, TenantmigError) as again:
        raise StateError(
            f"{what}: {_describe(exc)}; putting back the originals failed too: {_describe(again)}",
            hint="Run the same command again to finish, or `tenantmig rollback --phase 3` to restore the originals.",
        ) from exc
    raise StateError(
        f"{what}: {_describe(exc)}{failed['rows']}",
        hint="Nothing this step changed is left: the original keys are back. Fix the rows named (or the cause), "
             "then run the same command again.",
    ) from exc


def _describe(exc: Exception) -> str:
    # The detail names the duplicate key values, which is what a DBA fixes.
    detail = exc.diag.message_detail if isinstance(exc, psycopg.Error) else None
    return first_line(exc) + (f" ({detail})" if detail else "")


def _blame(exc: Exception, item: dict, rows: str = "") -> Exception:
    """Mark the error with the key it was about (the innermost caller knows best: first mark wins)."""
    if getattr(exc, "scoped_key", None) is None:
        origin = f" (replacing {item['name']})" if "scoped" in item else ""
        exc.scoped_key = {"table": item.get("table", "?"), "name": item.get("scoped", item.get("name", "?")),
                          "origin": origin, "rows": rows}
    return exc


# -- downgrade -----------------------------------------------------------------------

def restore_keys(ctx: StepContext) -> None:
    steps = saved_plan(ctx)
    if steps is None:
        ctx.note("step.noop", reason="no tenant-scoped keys were built")
        return
    _restore(ctx, steps)
    if not ctx.offline:
        ledger.drop_snapshot(ctx.raw, PHASE, SNAPSHOT)


def _restore(ctx: StepContext, steps: dict) -> None:
    """The originals back, then the scoped keys gone: in the reverse order of the upgrade."""
    for original in steps["replaced"]:
        try:
            _ensure_unique(ctx, original)
        except psycopg.errors.UniqueViolation as exc:
            # Tenants now share values the original key forbids: nothing is deleted to make it fit.
            raise StateError(
                f"{original['table']}: cannot restore the unique key {original['name']}: {_describe(exc)}; "
                "since phase 3, tenants use the same value (the tenant-scoped key allows it)",
                hint="Nothing was deleted and the tenant-scoped keys are still in place. Change or remove one of the "
                     "rows named, then run the same command again; or keep phase 3.",
            ) from None
    for fk in steps["foreign_keys"]:
        _ensure_foreign_key(ctx, AddConstraintAsDefined(fk["table"], fk["name"], fk["original"]), fk["validated"])
        _drop_constraint(ctx, fk["table"], fk["scoped"], DROP_FOREIGN_KEY)
    for target in steps["targets"]:
        _drop_unique(ctx, target)


# -- idempotent statements --------------------------------------------------------------

def _ensure_unique(ctx: StepContext, key: dict) -> None:
    table, name = key["table"], key["name"]
    if key["constraint"] and _constraint(ctx, table, name) is not None:
        return
    index = _unique_index(key)
    try:
        ctx.build_index(index)
    except psycopg.errors.UniqueViolation as exc:
        # The failed build left an INVALID index behind: gone now, not at the next attempt.
        for statement in index.reverse().statements():
            ctx.execute(statement.sql)
        raise _blame(exc, key) from None
    if key["constraint"]:
        ctx.apply(AddUniqueUsingIndex(table, name, key["deferrable"]))


def _drop_unique(ctx: StepContext, key: dict) -> None:
    table, name = key["table"], key["name"]
    if key["constraint"]:
        _drop_constraint(ctx, table, name, BRIEF + ", its index dropped with it")
        return
    ctx.apply(_unique_index(key).reverse())


def _ensure_foreign_key(ctx: StepContext, add: Operation, validate: bool, fk: dict | None = None) -> None:
    """`add` (NOT VALID) unless it is there, then validated where the plan says so."""
    state = _constraint(ctx, add.table, add.name)
    if state is None:
        ctx.apply(add)
    if validate and not state:
        try:
            ctx.apply(ValidateConstraint(add.table, add.name, VALIDATE_FK, ignore=()))
        except psycopg.errors.ForeignKeyViolation as exc:
            blamed = fk or {"table": add.table, "name": add.name}
            raise _blame(exc, blamed, _linked_rows(ctx, fk) if fk else "") from None


def _linked_rows(ctx: StepContext, fk: dict) -> str:
    """The child rows whose parent belongs to another tenant (or does not exist), by primary key."""
    table = ctx.catalog.get(fk["table"])
    ids = table.primary_key or tuple(fk["columns"])
    match = " AND ".join(f"p.{quote_ident(p)} = c.{quote_ident(c)}"
                         for p, c in zip([fk["parent_key"], *fk["ref_columns"]], [fk["key"], *fk["columns"]]))
    present = " AND ".join(f"c.{quote_ident(c)} IS NOT NULL" for c in fk["columns"])
    rows = ctx.execute(
        f"SELECT {', '.join('c.' + quote_ident(i) for i in ids)} FROM {qualify(fk['table'])} c WHERE {present} "
        f"AND NOT EXISTS (SELECT 1 FROM {qualify(fk['parent'])} p WHERE {match}) ORDER BY 1 LIMIT 11"
    ).fetchall()
    shown = ", ".join(str(r[0]) if len(r) == 1 else str(tuple(r)) for r in rows[:10])
    more = " and more" if len(rows) > 10 else ""
    return (f"; rows of {fk['table']} ({', '.join(ids)}) whose {', '.join(fk['columns'])} points at a row of "
            f"{fk['parent']} of another tenant: {shown}{more}") if rows else ""


def _drop_constraint(ctx: StepContext, table: str, name: str, lock: str) -> None:
    if not ctx.offline and _constraint(ctx, table, name) is None:
        return
    ctx.apply(DropConstraint(table, name, None, lock=lock))


def _constraint(ctx: StepContext, table: str, name: str) -> bool | None:
    """None if absent, else whether it is validated; offline, always absent (everything is rendered)."""
    if ctx.offline:
        return None
    row = ctx.execute("SELECT convalidated FROM pg_constraint WHERE conrelid = %s::regclass AND conname = %s",
                      (qualify(table), name)).fetchone()
    return None if row is None else row[0]
