"""Phase 2's backfill of a large child table against one UPDATE ... FROM parent statement.

The telehealth example is loaded small, its child table `invoices` grown to --rows rows
(INSERT ... SELECT generate_series), and the chain advanced to phase 1: that database is
the template. Every measured run starts from a fresh copy of it (CREATE DATABASE ... TEMPLATE,
then VACUUM FULL + CHECKPOINT of the table), variants alternating:

- tenantmig: `advance --phase 2` (all tables, parents first); the time is the one the
  backfill reports for invoices alone (ranges, batches, checkpoints, sweep included);
- one statement: parents filled first (not timed), then one
  `UPDATE invoices SET client_id = p.client_id FROM patients p WHERE ...`, timed to its commit.

With --commit-probe, beside both, an application stand-in commits one row every 20 ms in a
database of its own on the same server (synchronous commit, as an application's). Its longest commit is what the server
made every writer wait at the same time, whatever tenantmig's batches did: a batch longer than
its target that coincides with a commit as long is the server stalling, not the batch's size.

With --app-trigger, invoices gets an application BEFORE UPDATE trigger (one that changes nothing):
tenantmig keeps it from firing (session_replication_role = replica) and every batch proves the
rows' other columns unchanged (the join to the version it read, backfill.Walk.guarded); the one
statement runs in replica mode too, as a DBA would run it by hand. The ratio then prices that proof.

    python bench/backfill.py --rows 2000000 [--workers 2] [--repeat 3] [--commit-probe] [--app-trigger]
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.workload import percentile  # noqa: E402
from tenantmig import api, servers  # noqa: E402
from tenantmig.logs import configure_logging  # noqa: E402
from tenantmig.options import RunOptions  # noqa: E402

CHILD = "public.invoices"

PARENTS_IN_ONE_STATEMENT = """
UPDATE patients p SET client_id = m.value
FROM (SELECT user_id, (array_agg(organization_id))[1] AS value FROM user_organizations
      GROUP BY user_id HAVING count(DISTINCT organization_id) = 1) m
WHERE m.user_id = p.created_by AND p.client_id IS NULL
"""
CHILD_IN_ONE_STATEMENT = """
UPDATE invoices i SET client_id = p.client_id FROM patients p
WHERE p.id = i.patient_id AND i.client_id IS NULL AND p.client_id IS NOT NULL
"""


APP_TRIGGER = """
CREATE FUNCTION public.bench_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER bench_touch BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION public.bench_touch();
"""


def build_template(server_url: str, url: str, role_prefix: str, rows: int, workdir: Path,
                   app_trigger: bool = False) -> api.Settings:
    settings = api.Settings(database_url=url, manifest_path=str(workdir / "tenancy.toml"),
                            options=RunOptions(backup_dir=str(workdir / "backups")))
    api.load_example(settings, "telehealth", rows=20_000, manifest_out=settings.manifest_path,
                     role_prefix=role_prefix)
    with psycopg.connect(servers.libpq_url(url), autocommit=True) as conn:
        have = conn.execute("SELECT count(*) FROM invoices").fetchone()[0]
        patients = conn.execute("SELECT count(*) FROM patients").fetchone()[0]
        conn.execute(
            f"""
            INSERT INTO invoices (patient_id, amount_cents, issued_on)
            SELECT g % {patients} + 1, 500 + (g * 389) % 20000, date '2024-01-01' + (g % 365)::int
            FROM generate_series(1, {rows - have}) g
            """
        )
        if app_trigger:
            conn.execute(APP_TRIGGER)
    for phase in (0, 1):
        api.advance(settings, phase)
    common.reset_physical_state(url)
    return settings


def copy_of(server_url: str, template_url: str) -> str:
    name = f"tenantmig_bench_copy_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(servers.libpq_url(server_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY = FILE_COPY").format(
            sql.Identifier(name), sql.Identifier(servers.database_name_from_url(template_url))))
    url = servers.with_database(server_url, name)
    common.reset_physical_state(url, [CHILD])
    return url


def checkpoints(url: str) -> int:
    """Checkpoints the server has begun: one starting mid-run makes every page's first change
    log a full page image, so batches sized before it run slower after it."""
    with psycopg.connect(servers.libpq_url(url), autocommit=True) as conn:
        if conn.info.server_version >= 170000:
            return conn.execute("SELECT num_timed + num_requested FROM pg_stat_checkpointer").fetchone()[0]
        return conn.execute("SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter").fetchone()[0]


PROBE_INTERVAL_S = 0.02


@contextlib.contextmanager
def commit_probe(probe_url: str | None):
    """One-row commits every PROBE_INTERVAL_S while the block runs; yields a dict that gets, on exit,
    the longest commit, the 99th percentile and when (seconds from the start) the longest happened.

    Off (probe_url None) unless asked for: its flush of the WAL every 20 ms is load of its own,
    and the throughput ratio is measured without it."""
    figures: dict = {}
    if probe_url is None:
        yield figures
        return
    stop = threading.Event()
    times: list[tuple[float, float]] = []

    def commit_rows() -> None:
        with psycopg.connect(servers.libpq_url(probe_url), autocommit=True) as conn:
            while not stop.is_set():
                began = time.monotonic()
                conn.execute("INSERT INTO commit_probe (at) VALUES (now())")
                times.append((began, time.monotonic() - began))
                stop.wait(PROBE_INTERVAL_S)

    thread = threading.Thread(target=commit_rows, daemon=True)
    started = time.monotonic()
    thread.start()
    try:
        yield figures
    finally:
        stop.set()
        thread.join()
        slowest_at, slowest = max(times, key=lambda t: t[1], default=(started, 0.0))
        figures.update(app_commits=len(times), app_commit_max_s=round(slowest, 4),
                       app_commit_p99_s=round(percentile(sorted(seconds for _, seconds in times), 99), 4),
                       app_commit_max_at_s=round(slowest_at - started, 1))


def run_tenantmig(settings: api.Settings, url: str, probe_url: str | None, args) -> dict:
    options = RunOptions(backup_dir=settings.options.backup_dir, workers=args.workers, batch_size=args.batch_size,
                         batch_time_ms=args.batch_time)
    before = checkpoints(url)
    started = time.time()
    with commit_probe(probe_url) as probe:
        result = api.advance(api.Settings(database_url=url, manifest_path=settings.manifest_path, options=options), 2)
    done = next(e for e in result.events if e["event"] == "backfill.table_done" and e["table"] == CHILD)
    return {"seconds": done["seconds"], "longest_batch_s": done["longest_batch_s"], "rows": done["rows"],
            "batches": done["batches"], "batch_rows_max": done["batch_rows_max"],
            "batch_s_p50": done["batch_s_p50"], "batch_s_p99": done["batch_s_p99"],
            "checkpoints": checkpoints(url) - before, "slowest_batches": done["slowest_batches"],
            # When, in seconds from the start of the phase, a batch ran over twice its target.
            "stalls_at_s": [round(e["at"] - started, 1) for e in result.events
                            if e["event"] == "backfill.backoff" and e["table"] == CHILD], **probe}


def run_one_statement(url: str, probe_url: str | None, replica: bool = False) -> dict:
    with psycopg.connect(servers.libpq_url(url), autocommit=True) as conn:
        if replica:
            conn.execute("SET session_replication_role = replica")
        conn.execute(PARENTS_IN_ONE_STATEMENT)
        conn.execute("ANALYZE patients")  # as tenantmig does after a parent's backfill; not timed
        with commit_probe(probe_url) as probe:
            began = time.monotonic()
            filled = conn.execute(CHILD_IN_ONE_STATEMENT).rowcount
            seconds = time.monotonic() - began
    return {"seconds": seconds, "rows": filled, **probe}


def main() -> None:
    parser = common.parser(__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000, help="rows of the child table (invoices)")
    parser.add_argument("--workers", type=int, default=1, help="tenantmig --workers")
    parser.add_argument("--batch-time", type=float, default=50.0, help="tenantmig --batch-time (ms)")
    parser.add_argument("--batch-size", type=int, default=None, help="tenantmig --batch-size (fixed rows)")
    parser.add_argument("--commit-probe", action="store_true",
                        help="commit one row every 20 ms elsewhere on the server and report the longest commit")
    parser.add_argument("--app-trigger", action="store_true",
                        help="an application BEFORE UPDATE trigger on invoices: the batches prove the rows unchanged")
    args = parser.parse_args()
    configure_logging(-1)
    ours: list[dict] = []
    baseline: list[dict] = []
    with common.server(args) as server_url, tempfile.TemporaryDirectory() as tmp:
        with common.scratch_database(server_url) as (template_url, role_prefix), \
                common.scratch_database(server_url, prefix="tenantmig_bench_probe") as (probe_url, _):
            if args.commit_probe:
                with psycopg.connect(servers.libpq_url(probe_url), autocommit=True) as conn:
                    conn.execute("CREATE TABLE commit_probe (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                                 "at timestamptz)")
            else:
                probe_url = None
            settings = build_template(server_url, template_url, role_prefix, args.rows, Path(tmp), args.app_trigger)
            for attempt in range(args.repeat):
                # Alternate which variant goes first: neither always gets the warmer machine.
                order = ("ours", "baseline") if attempt % 2 == 0 else ("baseline", "ours")
                for variant in order:
                    url = copy_of(server_url, template_url)
                    try:
                        if variant == "ours":
                            ours.append(run_tenantmig(settings, url, probe_url, args))
                        else:
                            baseline.append(run_one_statement(url, probe_url, args.app_trigger))
                    finally:
                        servers.drop_database(server_url, url)
                    figures = (ours if variant == "ours" else baseline)[-1]
                    print(f"run {attempt + 1} {variant}: {figures}", flush=True)
    ours_s = common.median([r["seconds"] for r in ours])
    base_s = common.median([r["seconds"] for r in baseline])
    rows = ours[0]["rows"]
    assert all(r["rows"] == rows for r in ours + baseline), "both variants must fill every row"
    print(f"tenantmig: {rows / ours_s:,.0f} rows/s (median {ours_s:.2f}s, workers {args.workers}); "
          f"one statement: {rows / base_s:,.0f} rows/s (median {base_s:.2f}s)")
    probed = {
        # The longest one-row application commit elsewhere on the server during each run.
        "app_commit_max_s_during_tenantmig": [r["app_commit_max_s"] for r in ours],
        "app_commit_max_s_during_one_statement": [r["app_commit_max_s"] for r in baseline],
    } if args.commit_probe else {}
    common.emit({
        "rows": rows,
        "workers": args.workers,
        "batch_time_ms": args.batch_time,
        "batch_size": args.batch_size,
        "repeat": args.repeat,
        "app_trigger": args.app_trigger,
        "throughput_ratio": round(base_s / ours_s, 3),
        "longest_batch_s": max(r["longest_batch_s"] for r in ours),
        "tenantmig_seconds_median": round(ours_s, 3),
        "one_statement_seconds_median": round(base_s, 3),
        "tenantmig_seconds": [r["seconds"] for r in ours],
        "one_statement_seconds": [round(r["seconds"], 3) for r in baseline],
        "tenantmig_batches": [r["batches"] for r in ours],
        "batch_rows_max": max(r["batch_rows_max"] for r in ours),
        "batch_s_p50": [r["batch_s_p50"] for r in ours],
        "batch_s_p99": [r["batch_s_p99"] for r in ours],
        "longest_batch_s_per_run": [r["longest_batch_s"] for r in ours],
        "checkpoints_during_tenantmig": [r["checkpoints"] for r in ours],
        **probed,
    })


if __name__ == "__main__":
    main()
