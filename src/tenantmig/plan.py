"""What a phase would do on this database, before it does it: statements, locks, backfill, gates.

The statements are the phase's own, rendered through Alembic's offline mode against the
live catalog (the same path as `alembic upgrade --sql`); nothing is written, and the
ledger schema is not even created.
"""

from __future__ import annotations

import dataclasses
import io
import math
from dataclasses import dataclass, field

from alembic import command

from tenantmig import app_hazards, chain, gates, precheck
from tenantmig import catalog as catalog_mod
from tenantmig import manifest as manifest_mod
from tenantmig.db import Statement, connect, create_engine
from tenantmig.errors import UsageError
from tenantmig.pacing import FIRST_BATCH_ROWS
from tenantmig.scan import statements
from tenantmig.phases import PHASES, phase, previous
from tenantmig.options import RunOptions
from tenantmig.steps import Runtime


@dataclass
class PlannedStatement:
    revision: str
    table: str | None
    sql: str
    lock: str
    hold: str  # how long the lock is expected to be held, as a DBA reads it

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class PlanResult:
    phase: int
    name: str
    database: str
    where: str
    note: str | None
    statements: list[PlannedStatement] = field(default_factory=list)
    tables: dict[str, dict] = field(default_factory=dict)  # per table: estimated rows, statements, longest hold
    backfill: list[dict] = field(default_factory=list)  # phase 2: tables in order, rows, batches
    gates: dict[str, list[dict]] = field(default_factory=dict)  # "pre"/"post" -> [{check, why}]
    sql: str | None = None
    # Phase 5: what the application roles run without a tenant predicate (pg_stat_statements).
    application_statements: statements.StatementsResult | None = None
    # The pre-conditions evaluated now, as `advance` would before asking; None when the database is
    # not at the phase before (they describe a state it is not in).
    pre_conditions: list[gates.Outcome] | None = None

    @property
    def ready(self) -> bool | None:
        return None if self.pre_conditions is None else all(o.passed for o in self.pre_conditions)
    warnings: list[str] = field(default_factory=list)  # what an unchanged application will notice
    app_triggers: list[dict] = field(default_factory=list)  # phase 2: application UPDATE triggers, per table
    privileges: dict = field(default_factory=dict)  # the privilege pre-flight (privileges.Preflight.as_dict)
    privilege_lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"phase": self.phase, "name": self.name, "database": self.database, "where": self.where,
                "note": self.note, "statements": [s.as_dict() for s in self.statements], "tables": self.tables,
                "backfill": self.backfill, "gates": self.gates, "sql": self.sql, "ready": self.ready,
                "pre_conditions": None if self.pre_conditions is None else [o.as_dict() for o in self.pre_conditions],
                "application_statements": (self.application_statements.as_dict()
                                           if self.application_statements is not None else None),
                "warnings": self.warnings, "app_triggers": self.app_triggers,
                "privileges": self.privileges}


def expected_hold(statement: Statement, rows: int | None) -> str:
    lock = statement.lock.lower()
    text = statement.sql.lstrip().upper()
    estimate = rows_estimate(rows) + (" (pg_class.reltuples)" if rows is not None else "")
    if text.startswith("ANALYZE"):
        return f"a sample of the table, {estimate}"
    if ("scan" in lock and "no scan" not in lock) or "for the build" in lock or " CONCURRENTLY " in text:
        return f"a scan of {estimate}"
    if not lock or lock.startswith("none") or lock == "new table":
        return "none"
    return "brief (catalog only)"


def plan(url: str, manifest_path: str, options: RunOptions, number: int, *, with_sql: bool) -> PlanResult:
    try:
        target = phase(number)
    except KeyError:
        raise UsageError(f"there is no phase {number}: phases are 0 to {PHASES[-1].number}") from None
    manifest = manifest_mod.load(manifest_path)
    engine = create_engine(url, f"plan --phase {number}")
    schemas = tuple(manifest.schemas) + (manifest.tenants_schema,)
    try:
        with engine.connect() as sa_conn:
            cat = catalog_mod.read(sa_conn, schemas)
        verdict = _pre_conditions(url, manifest, cat, target, options)
        recorded: list[tuple[str, Statement]] = []
        runtime = Runtime(manifest=manifest, options=dataclasses.replace(options, database_url=url),
                          offline_catalog=lambda: cat, planned=recorded)
        rendered = io.StringIO()
        config = chain.alembic_config(runtime)
        config.output_buffer = rendered
        below = previous(target)
        start = below.head + ":" if below else ""
        command.upgrade(config, start + target.head, sql=True)
    finally:
        engine.dispose()
    with connect(url, f"plan --phase {number}") as conn:
        state = chain.read_state(conn)
        expected_before = "before phase 0" if below is None else f"at phase {below.number}"
        note = None if state.describe().startswith(expected_before) else (
            f"the database is {state.describe()}, not {expected_before}: this is what phase {number} would run "
            "on the catalog as it is now")
        result = PlanResult(number, target.name, conn.info.dbname, state.describe(), note)
        result.pre_conditions = None if verdict is None else verdict.outcomes
        rows = {t.qualified: t.estimated_rows if t.rows_estimated else None for t in cat.tables.values()}
        for revision, statement in recorded:
            result.statements.append(PlannedStatement(revision, statement.table, statement.sql, statement.lock,
                                                      expected_hold(statement, rows.get(statement.table))))
        for s in result.statements:
            if s.table:
                entry = result.tables.setdefault(s.table, {"estimated_rows": rows.get(s.table), "statements": 0,
                                                           "scans": 0})
                entry["statements"] += 1
                entry["scans"] += s.hold.startswith("a scan")
        sql_text = rendered.getvalue()
        if target.changes_row_type:
            result.warnings = app_hazards.select_star_warning(conn, manifest, adding=True)
        if "backfill_batches" in target.plan_shows:
            result.backfill = _batch_plan(conn, manifest, cat, options, rows)
            sql_text += _batch_sql(result.backfill)
        if "app_triggers" in target.plan_shows:
            plans = [p for p in app_hazards.trigger_plans(conn, manifest, fire=options.fire_app_triggers)
                     if p.triggers]
            result.app_triggers = [p.as_dict() for p in plans]
            result.warnings = [f"application UPDATE trigger(s) on {p.table}: "
                               f"{'; '.join(t.describe() for t in p.triggers)}: {p.action}, {p.reason}"
                               for p in plans]
        if "application_statements" in target.plan_shows:
            result.application_statements = statements.read(conn, manifest)
    gate_file = gates.load_gates(number)
    result.gates = {when: [{"check": g.name, "why": g.why} for g in gate_file.get("upgrade", when)]
                    for when in ("pre", "post")}
    result.sql = sql_text if with_sql else None
    return result


def _pre_conditions(url: str, manifest, cat, target, options: RunOptions) -> precheck.Verdict | None:
    """The run's own pre-conditions, first: a plan for a manifest the run would reject is no plan.

    Evaluated only when the database stands exactly at the phase before (nothing is changed);
    a manifest that disagrees with the database stops here (exit 2), before anything is rendered.
    """
    with connect(url, f"plan --phase {target.number}") as conn:
        state = chain.read_state(conn)
        before = -1 if state.current_phase is None else state.current_phase
        if state.partial_phase is not None or before != target.number - 1:
            return None
        context = gates.GateContext(conn=conn, manifest=manifest, catalog=cat,
                                    fire_app_triggers=options.fire_app_triggers)
        verdict = precheck.evaluate(context, target, "upgrade")
    if verdict.manifest_failed:
        raise precheck.refusal(verdict, target, "upgrade")
    return verdict


def _null_keys(conn, manifest, cat, spec, rows: dict[str, int | None]) -> int | None:
    """Estimated rows with a NULL key: the planner's statistics, or every row if the column is new.

    None where the table was never analysed: no estimate, rather than a confident 0."""
    table = cat.get(spec.qualified)
    if rows.get(spec.qualified) is None:
        return None
    if table is None or spec.column not in table.columns:
        return rows[spec.qualified]
    found = conn.execute(
        "SELECT null_frac FROM pg_stats WHERE schemaname = %s AND tablename = %s AND attname = %s",
        (spec.schema, spec.name, spec.column),
    ).fetchone()
    # A column phase 1 just added has no statistics yet, and holds nothing but NULLs.
    fraction = 1.0 if found is None else found[0]
    return round(rows[spec.qualified] * fraction)


def _batch_plan(conn, manifest, cat, options: RunOptions, rows: dict[str, int | None]) -> list[dict]:
    # Adaptive batches are sized by time as they run: the estimate uses the size they start from.
    size = options.batch_size or FIRST_BATCH_ROWS
    planned = []
    for spec in manifest.backfill_order():
        nulls = _null_keys(conn, manifest, cat, spec, rows)
        planned.append({"table": spec.qualified, "source": spec.backfill.kind, "estimated_rows": rows.get(spec.qualified),
                        "estimated_null_keys": nulls, "batches": None if nulls is None else math.ceil(nulls / size),
                        "batch_size": options.batch_size,
                        "batch_sizing": "fixed" if options.batch_size else
                        f"sized to ~{options.batch_time_ms:g} ms each (first: {size} rows)",
                        "workers": options.workers})
    return planned


def describe_batches(item: dict) -> str:
    """How one table's backfill will be cut: a fixed size, or sized by time as it runs."""
    if item["batch_size"] and item["batches"] is not None:
        return f"~{item['batches']} batches of {item['batch_size']}"
    if item["batch_size"]:
        return f"batches of {item['batch_size']}"
    return f"batches {item['batch_sizing']}"


def keys_to_fill(item: dict) -> str:
    if item["estimated_null_keys"] is None:
        return "keys to fill unknown (never analysed)"
    return f"~{item['estimated_null_keys']} keys to fill"


def rows_estimate(rows: int | None) -> str:
    return "rows unknown (never analysed)" if rows is None else f"~{rows} rows"


def _batch_sql(planned: list[dict]) -> str:
    """How each table's backfill will be cut; the batch statements themselves are in the step's SQL above."""
    lines = ["", "-- Backfill batch plan (phase 2): tables in order, parents first; each batch is one transaction",
             "-- with its checkpoint, retried where it stopped after a crash."]
    for item in planned:
        lines.append(f"--   {item['table']}: source {item['source']}, {keys_to_fill(item)}, "
                     + describe_batches(item))
    return "\n".join(lines) + "\n"
