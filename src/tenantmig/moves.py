"""Moving names outside PostgreSQL (Redis keys, stored objects) under tenant prefixes, resumably.

One engine for both systems; a backend (keys.RedisBackend, objects.S3Backend / LocalBackend) does
the system's own moves. Every name to move gets a row in `tenantmig.moves` *before* it is touched,
and the row's state is updated after: a run killed anywhere leaves rows whose state is at most one
step behind the system, and each backend's `move`/`restore` looks at the system to finish that step
(a rename that happened is seen as done, never done twice). Nothing is deleted: a name that cannot
be placed is left where it is and listed, or moved aside under the quarantine prefix when the
manifest says so, and that is undone by rollback like every other move.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import psycopg
import structlog
from psycopg.types.json import Jsonb

from tenantmig import ledger
from tenantmig.ops import bookkeeping
from tenantmig.db import qualify, quote_ident
from tenantmig.errors import GateFailed, ManifestError
from tenantmig.movespec import UNMATCHED, MoveSpec, Pattern, normalise_tenant, render

log = structlog.get_logger("tenantmig.moves")


SAMPLES = 20  # names listed per pattern; the counts are always complete

# A name's states: planned (recorded, not yet moved) -> verified (objects: copied and checked, old
# kept) -> moved; or collision (the new name was taken), vanished (gone before it could move:
# expired or deleted by the application); restored after a rollback.
LIVE = ("planned", "verified", "moved")


class Backend(Protocol):
    system: str
    describes: bool  # whether a name must be described (size, checksum) before it is recorded

    def scan(self, batch: int) -> Iterator[list[str]]: ...
    def fields(self, names: list[str], source_field: tuple[str, str]) -> dict[str, Any]: ...
    def exists(self, names: list[str]) -> list[bool]: ...
    def describe(self, names: list[str]) -> dict[str, dict]: ...
    def move(self, rows: list[dict], keep_old: bool) -> list[tuple[str, dict | None]]: ...
    def restore(self, rows: list[dict]) -> list[tuple[str, dict | None]]: ...
    def cleanup(self, rows: list[dict]) -> list[tuple[str, dict | None]]: ...
    def check_moved(self, rows: list[dict]) -> list[str | None]: ...


@dataclass
class Placement:
    name: str
    pattern: str
    kind: str  # move | quarantine | exempt | unassigned | unmatched
    tenant: str | None = None
    store: str | None = None
    target: str | None = None
    reason: str | None = None
    detail: dict | None = None  # what the backend records before a move (objects: size, checksum)


@dataclass
class Plan:
    system: str
    by_pattern: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    exempt: Counter = field(default_factory=Counter)
    unassigned: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    unassigned_counts: Counter = field(default_factory=Counter)
    collisions: list[dict] = field(default_factory=list)
    collision_count: int = 0
    already: Counter = field(default_factory=Counter)  # names recorded earlier, by state
    scanned: int = 0

    def per_tenant(self) -> dict[str, int]:
        total: Counter = Counter()
        for counts in self.by_pattern.values():
            total.update(counts)
        return dict(sorted(total.items()))

    def add_unassigned(self, p: Placement) -> None:
        self.unassigned_counts[p.pattern] += 1
        if len(self.unassigned[p.pattern]) < SAMPLES:
            self.unassigned[p.pattern].append({"name": p.name, "reason": p.reason})

    def as_dict(self) -> dict:
        return {
            "system": self.system, "scanned": self.scanned,
            "to_move": {p: dict(sorted(c.items())) for p, c in sorted(self.by_pattern.items())},
            "per_tenant": self.per_tenant(), "exempt": dict(self.exempt),
            "unassigned": {p: {"count": self.unassigned_counts[p], "names": self.unassigned[p]}
                           for p in sorted(self.unassigned_counts)},
            "collisions": {"count": self.collision_count, "names": self.collisions},
            "recorded": dict(self.already),
        }


@dataclass
class RunResult:
    system: str
    direction: str
    outcome: str
    plan: Plan | None = None
    counts_before: dict[str, int] = field(default_factory=dict)
    counts_after: dict[str, int] = field(default_factory=dict)
    states: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {"system": self.system, "direction": self.direction, "outcome": self.outcome,
                "plan": self.plan.as_dict() if self.plan else None, "counts_before": self.counts_before,
                "counts_after": self.counts_after, "states": self.states, "problems": self.problems,
                "seconds": round(self.seconds, 3)}


def bootstrap(conn: psycopg.Connection) -> None:
    ledger.bootstrap(conn)
    with conn.transaction():
        conn.execute(bookkeeping.MOVES)


class Resolver:
    """Finds each name's tenant (and store): lookups in PostgreSQL, fields through the backend."""

    def __init__(self, spec: MoveSpec, conn: psycopg.Connection, backend: Backend,
                 tenants_table: tuple[str, str] | None = None):
        self.spec, self.conn, self.backend = spec, conn, backend
        self._key_types: dict[tuple[str, str], str] = {}
        self.tenants = self._known_tenants(tenants_table)

    def _known_tenants(self, tenants_table: tuple[str, str] | None) -> set[str]:
        """Every tenant a moved name can carry: the tenants table's, the legacy one, the ledger's."""
        known = {self.spec.legacy_tenant} if self.spec.legacy_tenant else set()
        if tenants_table and self.conn.execute("SELECT to_regclass(%s) IS NOT NULL",
                                               (qualify(tenants_table[0]),)).fetchone()[0]:
            known |= {normalise_tenant(t, self.spec.key_type) for (t,) in self.conn.execute(
                f"SELECT {quote_ident(tenants_table[1])}::text FROM {qualify(tenants_table[0])}")}
        if _has_moves(self.conn):
            known |= {t for (t,) in self.conn.execute(
                f"SELECT DISTINCT tenant FROM {ledger.SCHEMA}.moves WHERE system = %s AND tenant IS NOT NULL",
                (self.spec.system,))}
        return known - {None}

    def learn(self, placements: list[Placement]) -> None:
        self.tenants |= {p.tenant for p in placements if p.tenant}

    def key_type(self, table: str, column: str) -> str:
        if (table, column) not in self._key_types:
            try:
                row = self.conn.execute(
                    "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                    "WHERE attrelid = %s::regclass AND attname = %s AND NOT attisdropped",
                    (qualify(table), column),
                ).fetchone()
            except psycopg.errors.UndefinedTable:
                raise ManifestError(f"{self.spec.system}: lookup table {table} does not exist") from None
            if row is None:
                raise ManifestError(f"{self.spec.system}: lookup column {table}.{column} does not exist")
            self._key_types[(table, column)] = row[0]
        return self._key_types[(table, column)]

    def lookup(self, table: str, key: str, column: str, values: set[str]) -> dict[str, Any]:
        self.key_type(table, column)
        key_type = self.key_type(table, key)
        if key_type in ("integer", "bigint", "smallint", "uuid"):
            wanted = {v for v in values if normalise_tenant(v, "uuid" if key_type == "uuid" else "bigint") == (
                v.lower() if key_type == "uuid" else v)}
            where = f"{quote_ident(key)} = ANY(%s::{key_type}[])"
        else:
            wanted, where = values, f"{quote_ident(key)}::text = ANY(%s)"
        if not wanted:
            return {}
        rows = self.conn.execute(
            f"SELECT {quote_ident(key)}::text, {quote_ident(column)}::text FROM {qualify(table)} WHERE {where}",
            (sorted(wanted),),
        ).fetchall()
        return {k: v for k, v in rows}

    def place(self, names: list[str]) -> list[Placement]:
        matched: list[tuple[str, Pattern | None, dict | None]] = []
        out: list[Placement] = []
        for name in names:
            if self.spec.is_destination(name, self.tenants):
                continue
            pattern, captured = self.spec.classify(name)
            matched.append((name, pattern, captured))
        values = {"tenant": self._values(matched, "tenant"), "store": self._values(matched, "store")}
        for name, pattern, captured in matched:
            if pattern is None:
                out.append(self._aside(Placement(name, UNMATCHED, "unmatched", reason="matched by no pattern")))
                continue
            if pattern.exempt is not None:
                out.append(Placement(name, pattern.name, "exempt", reason=pattern.exempt))
                continue
            tenant, why = values["tenant"].get(name, (None, "no tenant found"))
            if tenant is None:
                out.append(self._aside(Placement(name, pattern.name, "unassigned", reason=why)))
                continue
            store = None
            if pattern.store is not None:
                store, why = values["store"].get(name, (None, "no store found"))
                if store is None:
                    out.append(self._aside(Placement(name, pattern.name, "unassigned", reason=f"store: {why}")))
                    continue
            target = render(pattern.target or self.spec.target,
                            {**captured, "tenant": tenant, "key": name, "store": store or ""})
            out.append(Placement(name, pattern.name, "move", tenant, store, target))
        return out

    def _aside(self, p: Placement) -> Placement:
        if self.spec.unassigned == "quarantine":
            p.kind, p.target = "quarantine", self.spec.quarantine_prefix + p.name
        return p

    def _values(self, matched, which: str) -> dict[str, tuple[str | None, str | None]]:
        """name -> (value, why not) for the tenant or the store of every matched name."""
        result: dict[str, tuple[str | None, str | None]] = {}
        lookups: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
        fields: dict[tuple[str, str], list[str]] = defaultdict(list)
        for name, pattern, captured in matched:
            source = getattr(pattern, which, None) if pattern is not None else None
            if source is None:
                continue
            if source.kind == "legacy":
                result[name] = (self.spec.legacy_tenant, None)
            elif source.kind == "capture":
                result[name] = (captured[source.capture], None)
            elif source.kind == "lookup":
                lookups[(source.table, source.key, source.column)].append((name, captured[source.capture]))
            else:
                fields[(source.kind, source.field)].append(name)
        for (table, key, column), pairs in lookups.items():
            found = self.lookup(table, key, column, {v for _, v in pairs})
            for name, value in pairs:
                result[name] = (found.get(value), f"no row in {table} where {key} = {value!r}"
                                if value not in found else f"{table}.{column} is NULL")
        for source_field, names in fields.items():
            got = self.backend.fields(names, source_field)
            for name in names:
                value = got.get(name)
                result[name] = (value, None) if isinstance(value, str) else (None, value.get("why") if isinstance(
                    value, dict) else f"{source_field[0]} {source_field[1]} is missing")
        checked: dict[str, tuple[str | None, str | None]] = {}
        for name, (value, why) in result.items():
            if value is None:
                checked[name] = (None, why)
                continue
            if which == "store":
                ok = normalise_tenant(value, "text") or (str(value) if str(value).isdigit() else None)
            else:
                ok = normalise_tenant(value, self.spec.key_type)
            checked[name] = (ok, None) if ok else (None, f"{value!r} is not a {which} of type "
                                                   f"{self.spec.key_type if which == 'tenant' else 'text'}")
        return checked


class Engine:
    """plan / advance / rollback / cleanup / status for one system, on one PostgreSQL ledger."""

    def __init__(self, spec: MoveSpec, backend: Backend, conn: psycopg.Connection, book: ledger.Ledger | None,
                 progress: Callable[[str, int, int], None] | None = None,
                 tenants_table: tuple[str, str] | None = None):
        self.spec, self.backend, self.conn, self.book = spec, backend, conn, book
        self.resolver = Resolver(spec, conn, backend, tenants_table) if backend is not None else None
        self.progress = progress or (lambda _what, _done, _total: None)
        self.system = spec.system

    # -- reading -------------------------------------------------------------------------
    def recorded(self) -> dict[str, str]:
        return dict(self.conn.execute(
            f"SELECT source, state FROM {ledger.SCHEMA}.moves WHERE system = %s", (self.system,)).fetchall())

    def plan(self) -> Plan:
        plan = Plan(self.system)
        recorded = self.recorded() if _has_moves(self.conn) else {}
        for names in self.backend.scan(self.spec.batch):
            plan.scanned += len(names)
            placements = self.resolver.place(names)
            self.resolver.learn(placements)
            movers = [p for p in placements if p.kind in ("move", "quarantine")]
            taken = self.backend.exists([p.target for p in movers]) if movers else []
            for p, is_taken in zip(movers, taken):
                if recorded.get(p.name) in LIVE:
                    plan.already[recorded[p.name]] += 1
                    continue
                if is_taken:
                    plan.collision_count += 1
                    if len(plan.collisions) < SAMPLES:
                        plan.collisions.append({"name": p.name, "target": p.target})
                    continue
                plan.by_pattern[p.pattern][p.tenant or "(quarantine)"] += 1
            for p in placements:
                if p.kind == "exempt":
                    plan.exempt[p.pattern] += 1
                elif p.kind in ("unassigned", "unmatched"):
                    plan.add_unassigned(p)
                elif p.kind == "quarantine":
                    plan.add_unassigned(p)
        for raw in getattr(self.backend, "undecodable", []):
            # Listed with the rest, so the advance gate stops on them too; never moved.
            plan.add_unassigned(Placement(repr(raw), "(not UTF-8)", "unassigned", reason="name is not UTF-8"))
        for state in ("planned", "verified", "moved"):
            plan.already[state] += 0
        return plan

    def states(self) -> dict[str, int]:
        if not _has_moves(self.conn):
            return {}
        return dict(self.conn.execute(
            f"SELECT state, count(*) FROM {ledger.SCHEMA}.moves WHERE system = %s GROUP BY state ORDER BY state",
            (self.system,)).fetchall())

    def tenant_counts(self, states: tuple[str, ...]) -> dict[str, int]:
        return dict(self.conn.execute(
            f"SELECT coalesce(tenant, '(quarantine)'), count(*) FROM {ledger.SCHEMA}.moves "
            "WHERE system = %s AND state = ANY(%s) GROUP BY 1 ORDER BY 1", (self.system, list(states))).fetchall())

    # -- writing -------------------------------------------------------------------------
    def _record(self, placements: list[Placement]) -> None:
        run_id = self.book.run_id if self.book else None
        # One statement over arrays: a row per name costs a round trip each even when pipelined.
        self.conn.execute(
            f"""
            INSERT INTO {ledger.SCHEMA}.moves (system, source, target, pattern, tenant, store, state, detail, run_id)
            SELECT %s, s, t, p, te, st, 'planned', d, %s
            FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::jsonb[]) AS u(s, t, p, te, st, d)
            ON CONFLICT (system, source) DO UPDATE
                SET target = excluded.target, pattern = excluded.pattern, tenant = excluded.tenant,
                    store = excluded.store, state = 'planned', detail = excluded.detail,
                    run_id = excluded.run_id, updated_at = clock_timestamp()
                WHERE {ledger.SCHEMA}.moves.state NOT IN ('planned', 'verified', 'moved')
            """,
            (self.system, run_id, [p.name for p in placements], [p.target for p in placements],
             [p.pattern for p in placements], [p.tenant for p in placements], [p.store for p in placements],
             [Jsonb(p.detail) if p.detail is not None else None for p in placements]),
        )

    def _set_states(self, pairs: list[tuple[dict, str, dict | None]]) -> None:
        self.conn.execute(
            f"""
            UPDATE {ledger.SCHEMA}.moves m SET state = u.state,
                   detail = CASE WHEN u.extra IS NULL THEN m.detail ELSE coalesce(m.detail, '{{}}') || u.extra END,
                   updated_at = clock_timestamp()
            FROM unnest(%s::text[], %s::text[], %s::jsonb[]) AS u(source, state, extra)
            WHERE m.system = %s AND m.source = u.source
            """,
            ([row["source"] for row, _, _ in pairs], [state for _, state, _ in pairs],
             [Jsonb(extra) if extra else None for _, _, extra in pairs], self.system),
        )

    def _rows(self, states: tuple[str, ...], limit: int, after: str | None = None) -> list[dict]:
        with self.conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
            cur.execute(
                f"SELECT source, target, pattern, tenant, store, state, detail FROM {ledger.SCHEMA}.moves "
                "WHERE system = %s AND state = ANY(%s) AND (%s::text IS NULL OR source > %s) "
                "ORDER BY source LIMIT %s",
                (self.system, list(states), after, after, limit))
            return cur.fetchall()

    def _walk(self, states: tuple[str, ...], action, what: str) -> Counter:
        """Apply `action` to every recorded row in `states`, a batch at a time, recording each outcome."""
        total = self.conn.execute(f"SELECT count(*) FROM {ledger.SCHEMA}.moves WHERE system = %s AND state = ANY(%s)",
                                  (self.system, list(states))).fetchone()[0]
        outcomes: Counter = Counter()
        done, after = 0, None
        while True:
            rows = self._rows(states, self.spec.batch, after)
            if not rows:
                return outcomes
            after = rows[-1]["source"]
            results = action(rows)
            self._set_states([(row, state, extra) for row, (state, extra) in zip(rows, results)])
            outcomes.update(state for state, _ in results)
            done += len(rows)
            self.progress(what, done, total)

    def advance(self) -> RunResult:
        started = time.monotonic()
        bootstrap(self.conn)
        result = RunResult(self.system, "advance", "applied")
        # A run killed earlier left rows recorded but maybe not moved: finish those first.
        leftover = self._walk(("planned",), lambda rows: self.backend.move(rows, self.spec.keep_old), "resuming")
        plan = self.plan()
        result.plan = plan
        self._gate_unassigned(plan, result)
        result.counts_before = dict(Counter(plan.per_tenant()) + Counter(self.tenant_counts(LIVE)))
        self._event("keys.advance.start" if self.system == "keys" else "objects.advance.start", "started",
                    counts_before=result.counts_before, detail={"resumed": dict(leftover)})
        moved = 0
        total = sum(result.counts_before.values())
        for names in self.backend.scan(self.spec.batch):
            placements = [p for p in self.resolver.place(names) if p.kind in ("move", "quarantine")]
            if not placements:
                continue
            recorded = self._recorded_live([p.name for p in placements])
            fresh = [p for p in placements if p.name not in recorded]
            if not fresh:
                continue
            details = self.backend.describe([p.name for p in fresh])
            for p in fresh:
                p.detail = details.get(p.name)
            fresh = [p for p in fresh if p.detail is not None or not self.backend.describes]
            self._record(fresh)
            self.resolver.learn(fresh)
            rows = [{"source": p.name, "target": p.target, "tenant": p.tenant, "state": "planned",
                     "detail": p.detail, "fresh": True} for p in fresh]
            outcomes = self.backend.move(rows, self.spec.keep_old)
            self._set_states([(row, state, extra) for row, (state, extra) in zip(rows, outcomes)])
            moved += len(rows)
            self.progress("moving", moved, total)
        self._after_gate(result, ("verified", "moved") if self.spec.keep_old else ("moved",))
        result.seconds = time.monotonic() - started
        return result

    def rollback(self) -> RunResult:
        started = time.monotonic()
        bootstrap(self.conn)
        result = RunResult(self.system, "rollback", "rolled back")
        result.counts_before = self.tenant_counts(LIVE)
        self._event(f"{self.system}.rollback.start", "started", counts_before=result.counts_before)
        outcomes = self._walk(LIVE, self.backend.restore, "restoring")
        result.states = self.states()
        result.counts_after = {"restored": outcomes.get("restored", 0)}
        if outcomes.get("collision"):
            result.problems.append(f"{outcomes['collision']} name(s) not restored: the old name was taken again "
                                   "(both kept; see `status`)")
        self._finish(result)
        result.seconds = time.monotonic() - started
        return result

    def cleanup(self) -> RunResult:
        bootstrap(self.conn)
        result = RunResult(self.system, "cleanup", "cleaned up")
        self._event(f"{self.system}.cleanup.start", "started")
        self._walk(("verified",), self.backend.cleanup, "deleting old copies")
        result.states = self.states()
        self._finish(result)
        return result

    def _recorded_live(self, names: list[str]) -> set[str]:
        return {r[0] for r in self.conn.execute(
            f"SELECT source FROM {ledger.SCHEMA}.moves WHERE system = %s AND source = ANY(%s) AND state = ANY(%s)",
            (self.system, names, list(LIVE))).fetchall()}

    def _gate_unassigned(self, plan: Plan, result: RunResult) -> None:
        if self.spec.unassigned == "quarantine" or not plan.unassigned_counts:
            return
        lines = [f"{sum(plan.unassigned_counts.values())} {self.system} have no tenant; nothing was moved:"]
        for pattern, count in sorted(plan.unassigned_counts.items()):
            sample = ", ".join(f"{u['name']} ({u['reason']})" for u in plan.unassigned[pattern][:5])
            lines.append(f"  {pattern}: {count}: {sample}")
        self._event(f"{self.system}.advance.gate", "failed", detail=plan.as_dict()["unassigned"])
        raise GateFailed("\n".join(lines), hint=f"Add a pattern or a tenant source for them, mark them exempt, or set "
                                                f"{self.system}.unassigned = \"quarantine\" to move them aside.")

    def _after_gate(self, result: RunResult, done_states: tuple[str, ...]) -> None:
        # Every recorded move is checked on the system itself, not taken from the ledger's word.
        missing: list[str] = []
        present: Counter = Counter()
        after = None
        while True:
            rows = self._rows(done_states, 1000, after)
            if not rows:
                break
            after = rows[-1]["source"]
            for row, problem in zip(rows, self.backend.check_moved(rows)):
                if problem:
                    missing.append(f"{row['source']} -> {row['target']}: {problem}")
                else:
                    present[row["tenant"] or "(quarantine)"] += 1
        result.counts_after = dict(sorted(present.items()))
        result.states = self.states()
        vanished = self.tenant_counts(("vanished",))
        collided = self.tenant_counts(("collision",))
        collisions = self._rows(("collision",), SAMPLES)
        for tenant, before in result.counts_before.items():
            accounted = present.get(tenant, 0) + vanished.get(tenant, 0) + collided.get(tenant, 0)
            if accounted < before:
                result.problems.append(f"tenant {tenant}: {before} to move, {present.get(tenant, 0)} found moved, "
                                       f"{vanished.get(tenant, 0)} gone before their move")
        result.problems += missing[:SAMPLES]
        if collisions:
            result.problems.append(f"{result.states.get('collision', 0)} name(s) not moved, the new name was taken: "
                                   + ", ".join(f"{r['source']} -> {r['target']}" for r in collisions[:5]))
        self._finish(result)

    def _finish(self, result: RunResult) -> None:
        outcome = "failed" if result.problems else "ok"
        self._event(f"{self.system}.{result.direction}.done", outcome, counts_before=result.counts_before,
                    counts_after=result.counts_after, detail={"states": result.states, "problems": result.problems})
        if result.problems:
            result.outcome = "failed"
            raise GateFailed(f"{self.system} {result.direction}: " + "; ".join(result.problems[:5]),
                             hint=f"`tenantmig {self.system} status` lists every recorded name and its state.")

    def _event(self, event: str, outcome: str, **fields) -> None:
        if self.book is not None:
            self.book.record(event, outcome, **fields)
        log.info(event, outcome=outcome, system=self.system)


def _has_moves(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{ledger.SCHEMA}.moves",)).fetchone()[0]


def status(spec: MoveSpec, conn: psycopg.Connection) -> dict:
    if not _has_moves(conn):
        return {"system": spec.system, "states": {}, "per_tenant": {}, "problems": []}
    engine = Engine(spec, None, conn, None)  # type: ignore[arg-type]
    problems = [dict(r) for r in engine._rows(("collision", "vanished"), SAMPLES)]
    return {"system": spec.system, "states": engine.states(), "per_tenant": engine.tenant_counts(LIVE),
            "problems": [{"source": p["source"], "target": p["target"], "state": p["state"]} for p in problems]}


def batched(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
