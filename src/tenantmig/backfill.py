"""Filling tenant keys in bounded batches that commit on their own and resume after a crash.

Each batch walks the primary key (keyset, composite keys included), derives the key
for its rows from the manifest's source in the same statement, and records a
checkpoint in the same transaction: a restarted run continues after the last
committed batch and never updates a row twice (`key IS NULL` guards it too).
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.types.json import Jsonb

from tenantmig import shown
from tenantmig.catalog import Catalog
from tenantmig.checks import parent_foreign_key, walk_key, walk_key_problems
from tenantmig.db import qualify, quote_ident
from tenantmig.errors import GateFailed
from tenantmig.manifest import Manifest, TableSpec

ORPHANS_SHOWN = 20


@dataclass(frozen=True)
class Walk:
    """The keyset walk over one table: its key columns (primary key or unique_key) and their SQL types."""

    spec: TableSpec
    pk: tuple[str, ...]
    pk_types: tuple[str, ...]
    # The columns a batch must leave as they were: every stored one but the tenant key. Generated
    # columns are left out: PostgreSQL recomputes them on every UPDATE, from the key too if they name it.
    kept: tuple[str, ...] = ()
    # Whether a batch proves it left `kept` unchanged: only where something can change them
    # (rewriting_triggers); an UPDATE that sets only the key changes nothing else by itself.
    guarded: bool = False

    @property
    def table(self) -> str:
        return qualify(self.spec.qualified)

    def cols(self, alias: str = "") -> str:
        prefix = f"{alias}." if alias else ""
        return ", ".join(prefix + quote_ident(c) for c in self.pk)

    def compare(self, op: str, param: str, alias: str = "") -> str:
        """`(key) <op> (%(param)s)`, the JSON array parameter cast back to the key's types (index usable)."""
        values = ", ".join(f"(%({param})s::jsonb ->> {i})::{t}" for i, t in enumerate(self.pk_types))
        return f"({self.cols(alias)}) {op} ({values})"

    def after(self, alias: str = "") -> str:
        return self.compare(">", "last", alias)

    def key_json(self, alias: str) -> str:
        return "jsonb_build_array(" + self.cols(alias) + ")"

    def last_key(self, cte: str) -> str:
        order = ", ".join(f"{quote_ident(c)} DESC" for c in self.pk)
        return f"(SELECT {self.key_json(cte)} FROM {cte} ORDER BY {order} LIMIT 1)"

    def match(self, left: str, right: str) -> str:
        return f"({self.cols(left)}) = ({self.cols(right)})"

    def same_version(self, target: str, before: str) -> str:
        """`before` is the version of `target`'s row that the statement's snapshot read.

        Joined by key and by physical address: a row an application updated meanwhile is
        re-checked against its new version (EvalPlanQual), whose address differs, so the batch
        skips it (left NULL, the sweep fills it) instead of taking the application's change
        for a rewrite by the batch.
        """
        return (f"{self.match(target, before)} AND {before}.ctid = {target}.ctid "
                f"AND {before}.tableoid = {target}.tableoid")

    def changed(self, new: str, old: str) -> str:
        """True where the row's kept columns differ, compared as stored (any type, no equality operator needed)."""
        if not self.kept:
            return "false"
        row = lambda alias: "ROW(" + ", ".join(f"{alias}.{quote_ident(c)}" for c in self.kept) + ")"  # noqa: E731
        # A function call, not the *<> operator: PostgreSQL expands ROW() <op> ROW() column by column.
        return f"record_image_ne({row(new)}, {row(old)})"


REWRITES_SHOWN = 20


def rewriting_triggers(conn: psycopg.Connection, spec: TableSpec) -> list[str]:
    """What can change other columns of a row whose key alone an UPDATE sets: row-level BEFORE UPDATE
    triggers that are not tenantmig's (in any state: a disabled one may be enabled mid-run, an
    ordinary one may fire anyway) and ON UPDATE rules, on the table or its partitions."""
    return [name for (name,) in conn.execute(
        """
        WITH rels AS (SELECT %(t)s::regclass AS relid UNION SELECT relid FROM pg_partition_tree(%(t)s::regclass))
        SELECT format('trigger %%I on %%s', t.tgname, t.tgrelid::regclass) FROM pg_trigger t
        JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE t.tgrelid IN (SELECT relid FROM rels) AND NOT t.tgisinternal
          AND (t.tgtype & 16) <> 0 AND (t.tgtype & 3) = 3  -- UPDATE, ROW and BEFORE
          AND p.pronamespace <> coalesce(to_regnamespace('tenantmig'), 0)
        UNION ALL
        SELECT format('rule %%I on %%s', r.rulename, r.ev_class::regclass) FROM pg_rewrite r
        WHERE r.ev_class IN (SELECT relid FROM rels) AND r.ev_type = '2'
        ORDER BY 1
        """, {"t": qualify(spec.qualified)}).fetchall()]


def rewrite_failure(spec: TableSpec, what: str, count: int, keys: list, *, earlier: str) -> GateFailed:
    shown_keys = [k if len(k) > 1 else k[0] for k in keys]
    return GateFailed(
        f"{shown.table(spec.qualified)}: {what} changed columns other than {shown.ident(spec.column)} in "
        f"{count} row(s), keys {shown_keys}" + (f" (first {len(keys)})" if count > len(keys) else "")
        + ": something fired on the update anyway (an ENABLE ALWAYS trigger, a rule, a trigger enabled during "
        "the run); that batch was rolled back",
        hint=f"{earlier} Find what rewrote the rows (`\\d {spec.qualified}` lists its triggers and rules), keep it from "
        "firing or pass --fire-app-triggers if the change is wanted, then run the same command again (it resumes).",
    )


def walk_for(conn: psycopg.Connection | None, catalog: Catalog, spec: TableSpec, *, guard: bool = False) -> Walk:
    """The table's walk; with `guard`, batches prove they change nothing but the key where something could.

    Not guarded where the DBA let the application's triggers fire (--fire-app-triggers): their
    changes are then the ones asked for. Without a connection (offline SQL), not guarded: which
    tables have such triggers is found when the step runs."""
    table = catalog.get(spec.qualified)
    problems = walk_key_problems(table, spec) if table is not None else [f"{shown.table(spec.qualified)} does not exist"]
    if problems:
        raise GateFailed(
            "; ".join(problems),
            hint="Add a primary key (built CONCURRENTLY as a unique index first) or set unique_key in the manifest, "
            "then run again. Nothing was changed.",
        )
    columns = walk_key(table, spec)
    kept = tuple(c.name for c in table.columns.values() if not c.generated and c.name != spec.column)
    return Walk(spec, columns, tuple(table.columns[c].type for c in columns), kept=kept,
                guarded=guard and bool(kept) and conn is not None and bool(rewriting_triggers(conn, spec)))


class Statements:
    """The SQL of one table's backfill, each shape rendered once.

    A batch is the key range (last, upper]. One statement fills it, moves its range's
    checkpoint, and finds the next batch's upper key (an index-only skip of `limit`
    keys), so a batch costs one round trip. Past the last full batch no upper key is
    found: the tail batch runs to the range's end. Shapes are keyed by whether there
    is a lower bound, an upper key, a range end (`hi`), and whether only NULL keys count.
    """

    def __init__(self, manifest: Manifest, catalog: Catalog, walk: Walk, *, log_filled: bool):
        self.walk = walk
        self.key = quote_ident(walk.spec.column)
        self.value, self.sources, self.joins = _source(manifest, catalog, walk)
        self.log_filled = log_filled
        self.ranges = (f"SELECT {walk.key_json('t')} FROM {walk.table} t ORDER BY {walk.cols('t')} "
                       f"OFFSET %(skip)s LIMIT 1")
        self._cache: dict[tuple, str] = {}

    def _where(self, alias: str, lower: str | None, upper: str | None, bounded: bool, only_null: bool) -> str:
        w = self.walk
        parts = ([w.compare(">", lower, alias)] if lower else []) + ([w.compare("<=", upper, alias)] if upper else [])
        parts += [w.compare("<=", "hi", alias)] * (bounded and not upper)
        parts += [f"{alias + '.' if alias else ''}{self.key} IS NULL"] * only_null
        return " AND ".join(parts) or "true"

    def _next_upper(self, after: str | None, bounded: bool, only_null: bool) -> str:
        w = self.walk
        # The JSON is built outside: inside, it would be built for every skipped key too.
        return (f"(SELECT {w.key_json('k')} FROM (SELECT {w.cols()} FROM {w.table} "
                f"WHERE {self._where('', after, None, bounded, only_null)} "
                f"ORDER BY {w.cols()} OFFSET (%(next_limit)s - 1) LIMIT 1) AS k)")

    def probe(self, lower: bool, bounded: bool, only_null: bool) -> str:
        """The first batch's upper key (NULL: fewer than `next_limit` rows left)."""
        shape = ("probe", lower, bounded, only_null)
        if shape not in self._cache:
            self._cache[shape] = "SELECT " + self._next_upper("last" if lower else None, bounded, only_null)
        return self._cache[shape]

    def fill(self, lower: bool, upper: bool, bounded: bool, only_null: bool) -> str:
        """Fill one batch; returns (rows filled, rows walked, the next batch's upper key or NULL)."""
        shape = ("fill", lower, upper, bounded, only_null)
        if shape not in self._cache:
            self._cache[shape] = self._fill_sql(lower, upper, bounded, only_null)
        return self._cache[shape]

    def _fill_sql(self, lower: bool, upper: bool, bounded: bool, only_null: bool) -> str:
        w = self.walk
        target = quote_ident(w.spec.name)
        scope = self._where(target, "last" if lower else None, "upper" if upper else None, bounded, False)
        sources = self.sources.replace("{scope}", scope)
        log_cte = ""
        if self.log_filled:
            # Keys the backfill wrote into a column that existed before phase 1: the downgrade
            # must put back exactly these NULLs and no others.
            log_cte = (f", logged AS (INSERT INTO tenantmig.filled_rows (table_name, pk) "
                       f"SELECT %(table)s, {w.key_json('filled')} FROM filled ON CONFLICT DO NOTHING)")
        # A full batch holds `limit` rows (its upper key was found that many keys on); only the
        # tail, whose end was not, is counted. All reads see the snapshot from before the update.
        walked = "SELECT %(limit)s::bigint AS n" if upper else (
            f"SELECT count(*) AS n FROM {w.table} WHERE {self._where('', 'last' if lower else None, None, bounded, only_null)}"
        )
        following = self._next_upper("upper", bounded, only_null) if upper else "NULL::jsonb"
        joins, returning, rewritten = self.joins, w.cols(target), ""
        if w.guarded:
            # The row as the statement's snapshot read it, beside the row the update produced: they
            # must differ in the key alone. Same statement, same transaction: a batch that finds a
            # difference is rolled back whole (backfill_run), its checkpoint with it.
            before = "tenantmig_before"
            sources = (sources + ", " if sources else "FROM ") + f"{w.table} AS {before}"
            joins += (f" AND {w.same_version(target, before)}"
                      f" AND {self._where(before, 'last' if lower else None, 'upper' if upper else None, bounded, False)}")
            returning += f", {w.changed(target, before)} AS tenantmig_changed"
            rewritten = (f", (SELECT count(*) FROM filled WHERE tenantmig_changed), "
                         f"(SELECT jsonb_agg(k) FROM (SELECT {w.key_json('filled')} AS k FROM filled "
                         f"WHERE tenantmig_changed ORDER BY {w.cols('filled')} LIMIT {REWRITES_SHOWN}) AS shown)")
        return f"""
WITH walked AS MATERIALIZED ({walked}), filled AS (
    UPDATE {w.table} AS {target} SET {self.key} = {self.value} {sources}
    WHERE {scope} AND {target}.{self.key} IS NULL{joins}
    RETURNING {returning}
){log_cte}, checkpoint AS (
    UPDATE tenantmig.backfill_ranges SET last_key = coalesce(%(upper)s::jsonb, last_key),
        rows_walked = rows_walked + (SELECT n FROM walked), rows_filled = rows_filled + (SELECT count(*) FROM filled),
        batches = batches + 1, batch_rows = %(limit)s, done = %(upper)s::jsonb IS NULL, updated_at = clock_timestamp()
    WHERE table_name = %(table)s AND range_no = %(range_no)s
)
SELECT (SELECT count(*) FROM filled), (SELECT n FROM walked), {following}{rewritten}
""".strip()


def _source(manifest: Manifest, catalog: Catalog, walk: Walk) -> tuple[str, str, str]:
    """The key's value, the FROM items it needs, and their join to the target, by the manifest's source.

    Written against the UPDATE's target, named like the table: a { sql = ... } expression may
    name it (`messages.clinic_slug`). `{scope}` stands for the batch's key range.
    """
    spec = walk.spec
    source = spec.backfill
    target = quote_ident(spec.name)
    if source.kind == "legacy":
        return manifest.literal(manifest.legacy_tenant), "", ""
    if source.kind == "parent":
        parent = manifest.tables[source.parent]
        ref = parent_foreign_key(catalog, spec).ref_columns[0]
        via = quote_ident(source.via)
        # The batch's parents, locked FOR KEY SHARE: a parent moving to another tenant meanwhile (a key
        # change, which the unique (key, ref) of parent_cascade makes conflict with this lock) waits for
        # the batch, whose rows it then carries along by cascade; a parent already moving is read as it
        # commits. Read unlocked, a batch could copy a key the parent no longer has, onto rows the
        # cascade had not reached (they were still NULL). `= ANY (ARRAY(...))`, not `IN (SELECT ...)`: the
        # locking subquery is planned on its own, and as a semi-join its parent side became a sequential
        # scan of the whole parent table in every batch (a 200,000-row chain's backfill went from 12 s to
        # 380 s); an array of the batch's parent ids is one index probe each.
        return ("tenantmig_parent.tenantmig_key",
                f"FROM (SELECT p.{quote_ident(ref)} AS tenantmig_ref, p.{quote_ident(parent.column)} AS tenantmig_key "
                f"FROM {qualify(parent.qualified)} p WHERE p.{quote_ident(ref)} = ANY (ARRAY("
                f"SELECT {target}.{via} FROM {walk.table} AS {target} WHERE {{scope}})) "
                f"FOR KEY SHARE OF p) AS tenantmig_parent",
                f" AND tenantmig_parent.tenantmig_ref = {target}.{via} AND tenantmig_parent.tenantmig_key IS NOT NULL")
    if source.kind == "memberships":
        user = quote_ident(manifest.memberships_user_column)
        tenant = quote_ident(manifest.memberships_tenant_column)
        member = quote_ident(source.user_column)
        # A user with several memberships is ambiguous: never guessed, left for the orphan check.
        return ("tenantmig_member.value",
                f"FROM (SELECT mm.{user} AS member, (array_agg(mm.{tenant}))[1] AS value "
                f"FROM {qualify(manifest.memberships_qualified)} mm "
                f"WHERE mm.{user} IN (SELECT {target}.{member} FROM {walk.table} AS {target} WHERE {{scope}}) "
                f"GROUP BY mm.{user} HAVING count(DISTINCT mm.{tenant}) = 1) AS tenantmig_member",
                f" AND tenantmig_member.member = {target}.{member}")
    value = f"({source.sql})::{manifest.key_type}"
    return value, "", f" AND {value} IS NOT NULL"


def orphans(conn: psycopg.Connection, catalog: Catalog, spec: TableSpec) -> tuple[int, list]:
    """Rows of a tenant table whose key is still NULL: their tenant cannot be derived."""
    walk = walk_for(conn, catalog, spec)
    key = quote_ident(spec.column)
    count = conn.execute(f"SELECT count(*) FROM {walk.table} WHERE {key} IS NULL").fetchone()[0]
    if not count:
        return 0, []
    sample = conn.execute(
        f"SELECT {walk.key_json('t')} FROM {walk.table} t WHERE {key} IS NULL ORDER BY {walk.cols('t')} "
        f"LIMIT {ORPHANS_SHOWN}"
    ).fetchall()
    return count, [row[0] if len(row[0]) > 1 else row[0][0] for row in sample]


def quarantine(conn: psycopg.Connection, catalog: Catalog, spec: TableSpec, *, batch_size: int) -> int:
    """Move a table's orphans into tenantmig.quarantine, refusing if other rows still reference them."""
    walk = walk_for(conn, catalog, spec)
    key = quote_ident(spec.column)
    for child, fk in catalog.referencing(spec.qualified):
        child_cols = ", ".join(f"c.{quote_ident(c)}" for c in fk.columns)
        parent_cols = ", ".join(f"o.{quote_ident(c)}" for c in fk.ref_columns)
        referencing = conn.execute(
            f"SELECT count(*) FROM {qualify(child.qualified)} c JOIN {walk.table} o "
            f"ON ({child_cols}) = ({parent_cols}) WHERE o.{key} IS NULL"
        ).fetchone()[0]
        if referencing:
            raise GateFailed(
                f"{shown.table(spec.qualified)}: cannot quarantine its orphans: {referencing} rows of {shown.table(child.qualified)} "
                f"still reference them through {fk.name}",
                hint=f"Quarantine {shown.table(child.qualified)} too (orphans = \"quarantine\"), or give those rows a tenant.",
            )
    moved_total = 0
    while True:
        with conn.transaction():
            moved = conn.execute(
                f"""
                WITH moved AS (
                    DELETE FROM {walk.table} t WHERE ({walk.cols('t')}) IN (
                        SELECT {walk.cols()} FROM {walk.table} WHERE {key} IS NULL ORDER BY {walk.cols()} LIMIT %s)
                    RETURNING t.*
                )
                INSERT INTO tenantmig.quarantine (table_name, pk, row_data)
                SELECT %s, {walk.key_json('moved')}, to_jsonb(moved) FROM moved
                """,
                (batch_size, spec.qualified),
            ).rowcount
        moved_total += moved
        if moved == 0:
            return moved_total


def restore_quarantined(conn: psycopg.Connection, spec: TableSpec, *, guard: bool = True) -> int:
    """Put a table's quarantined rows back exactly (identity values included)."""
    columns = [
        name
        for name, generated in conn.execute(
            "SELECT attname, attgenerated <> '' FROM pg_attribute WHERE attrelid = %s::regclass "
            "AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
            (qualify(spec.qualified),),
        )
        if not generated
    ]
    cols = ", ".join(quote_ident(c) for c in columns)
    # The application's BEFORE INSERT triggers fire here (an INSERT, never in replica mode): a row
    # that comes back other than it left, beyond the key the fill trigger may give it, is refused.
    kept = "ROW(" + ", ".join(f"{{0}}.{quote_ident(c)}" for c in columns if c != spec.column) + ")::text"
    with conn.transaction():
        restored, count, keys = conn.execute(
            f"""
            WITH back AS (
                UPDATE tenantmig.quarantine SET restored_at = clock_timestamp()
                WHERE table_name = %s AND restored_at IS NULL RETURNING pk, row_data
            ), wanted AS (
                SELECT back.pk AS tenantmig_pk, r.* FROM back,
                    jsonb_populate_record(NULL::{qualify(spec.qualified)}, back.row_data) r
            ), put AS (
                INSERT INTO {qualify(spec.qualified)} AS p ({cols}) OVERRIDING SYSTEM VALUE
                SELECT {cols} FROM wanted RETURNING {kept.format('p')} AS image
            ), differ AS (
                SELECT tenantmig_pk FROM wanted w WHERE {kept.format('w')} NOT IN (SELECT image FROM put)
            )
            SELECT (SELECT count(*) FROM put), (SELECT count(*) FROM differ),
                (SELECT jsonb_agg(tenantmig_pk) FROM (SELECT tenantmig_pk FROM differ LIMIT {REWRITES_SHOWN}) AS shown)
            """,
            (spec.qualified,),
        ).fetchone()
        if count and guard:
            raise rewrite_failure(spec, "restoring its quarantined rows", count, keys,
                                  earlier="Nothing of that table's quarantine was restored.")
    return restored


def clear_keys(conn: psycopg.Connection, catalog: Catalog, spec: TableSpec, *, batch_size: int, only_logged: bool,
               guard: bool = True) -> int:
    """Undo the backfill: NULL every key (an added column) or only the logged ones (a column that pre-existed).

    Where something could change other columns (Walk.guarded), each batch compares the rows it
    cleared with the versions it read and is rolled back, naming them, if any differs beyond the key.
    """
    walk = walk_for(conn, catalog, spec, guard=guard)
    key = quote_ident(spec.column)
    before = "tenantmig_before"
    also_from, also_where, returning, rewritten = "", "", "1 AS one", "0, NULL::jsonb"
    if walk.guarded:
        also_from = f", {walk.table} AS {before}"
        also_where = f" AND {walk.same_version('t', before)}"
        returning = f"{walk.key_json('t')} AS k, {walk.changed('t', before)} AS tenantmig_changed"
        rewritten = (f"(SELECT count(*) FROM cleared WHERE tenantmig_changed), (SELECT jsonb_agg(k) FROM "
                     f"(SELECT k FROM cleared WHERE tenantmig_changed ORDER BY k LIMIT {REWRITES_SHOWN}) AS shown)")

    kept = ""
    if walk.guarded:
        # A row the application updated during the batch was skipped (Walk.same_version): its
        # entry goes back in the log, and a later batch clears it.
        kept = (f", kept AS (INSERT INTO tenantmig.filled_rows (table_name, pk) SELECT %(table)s, batch.pk FROM batch "
                f"WHERE NOT EXISTS (SELECT 1 FROM cleared WHERE cleared.k = batch.pk) AND EXISTS ("
                f"SELECT 1 FROM {walk.table} t WHERE {walk.key_json('t')} = batch.pk AND t.{key} IS NOT NULL))")

    def check(count: int, keys: list | None) -> None:
        if count:
            raise rewrite_failure(spec, "a rollback batch", count, keys,
                                  earlier="Keys cleared by earlier batches stay cleared and were checked the same way.")

    cleared = 0
    if only_logged:
        while True:
            with conn.transaction():
                n, count, keys = conn.execute(
                    f"""
                    WITH batch AS (
                        DELETE FROM tenantmig.filled_rows WHERE (table_name, pk) IN (
                            SELECT table_name, pk FROM tenantmig.filled_rows WHERE table_name = %(table)s LIMIT %(limit)s)
                        RETURNING pk
                    ), cleared AS (
                        UPDATE {walk.table} t SET {key} = NULL FROM batch{also_from}
                        WHERE batch.pk = {walk.key_json('t')}{also_where} RETURNING {returning}
                    ){kept}
                    SELECT (SELECT count(*) FROM cleared), {rewritten}
                    """,
                    {"table": spec.qualified, "limit": batch_size},
                ).fetchone()
                check(count, keys)
            cleared += n
            if not conn.execute(
                "SELECT EXISTS (SELECT 1 FROM tenantmig.filled_rows WHERE table_name = %s)", (spec.qualified,)
            ).fetchone()[0]:
                break
    else:
        skipped = True
        while skipped:
            # A guarded batch skips a row the application updated meanwhile (Walk.same_version): walk
            # again until a walk skips none. Keys the fill trigger gives rows written meanwhile are not
            # chased (they never were, unguarded): the rollback of phase 1 drops the column it added.
            done, skipped = _clear_all(conn, walk, key, also_from, also_where, returning, rewritten, check, batch_size)
            cleared += done
            skipped = skipped if walk.guarded else 0
    with conn.transaction():
        conn.execute("DELETE FROM tenantmig.checkpoints WHERE table_name = %s", (spec.qualified,))
        conn.execute("DELETE FROM tenantmig.backfill_ranges WHERE table_name = %s", (spec.qualified,))
    return cleared


def _clear_all(conn, walk, key, also_from, also_where, returning, rewritten, check, batch_size) -> tuple[int, int]:
    """One walk over the whole table by key, each batch setting the keys it finds back to NULL.

    Returns (keys cleared, rows whose key the snapshot saw set but the batch did not clear)."""
    cleared = skipped = 0
    last = None
    while True:
        bound = walk.after() if last is not None else "true"
        with conn.transaction():
            row = conn.execute(
                f"""
                WITH batch AS MATERIALIZED (
                    SELECT {walk.cols()}, {key} IS NOT NULL AS tenantmig_keyed FROM {walk.table} WHERE {bound}
                    ORDER BY {walk.cols()} LIMIT %(limit)s
                ), cleared AS (
                    UPDATE {walk.table} t SET {key} = NULL FROM batch{also_from}
                    WHERE {walk.match('t', 'batch')} AND t.{key} IS NOT NULL{also_where} RETURNING {returning}
                )
                SELECT {walk.last_key('batch')}, (SELECT count(*) FROM cleared), {rewritten},
                    (SELECT count(*) FROM batch WHERE tenantmig_keyed) - (SELECT count(*) FROM cleared)
                """,
                {"last": Jsonb(last) if last is not None else None, "limit": batch_size},
            ).fetchone()
            check(row[2], row[3])
        cleared += row[1]
        skipped += max(row[4], 0)
        if row[0] is None:
            return cleared, skipped
        last = row[0]
