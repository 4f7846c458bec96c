"""Phase 2's backfill: batch sizing, pause, replica lag, workers, resume, and walking a unique key.

Batch sizes and timings are read from the database: a test-only trigger on
tenantmig.backfill_ranges copies every checkpoint move (one per batch) into
testhooks.batches, so the tests see each batch's size as the backfill recorded it.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import sys

import psycopg
import pytest
import structlog

from tenantmig import api, checks, progress
from tenantmig import catalog as catalog_mod
from tenantmig.cli import main as cli_main
from tenantmig.db import create_engine
from tenantmig.errors import ManifestError, UsageError
from tenantmig.manifest import load as load_manifest
from tenantmig.pacing import FIRST_BATCH_ROWS, REPLICATION_LAG_SQL, LagLimit
from tenantmig.servers import libpq_url
from tenantmig.faults import CRASH_ENV, CRASH_EXIT_CODE
from tenantmig.options import RunOptions

from helpers import advance_to, cli, contents, example_settings, revision, terminal_text

HOOKS = """
CREATE SCHEMA IF NOT EXISTS testhooks;
CREATE TABLE testhooks.batches (id bigserial PRIMARY KEY, table_name text, range_no int, batch_rows int,
                                last_key jsonb, at timestamptz);
CREATE FUNCTION testhooks.record_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.batches > OLD.batches THEN
        INSERT INTO testhooks.batches (table_name, range_no, batch_rows, last_key, at)
        VALUES (NEW.table_name, NEW.range_no, NEW.batch_rows, NEW.last_key, clock_timestamp());
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER record_batch AFTER UPDATE ON tenantmig.backfill_ranges
    FOR EACH ROW EXECUTE FUNCTION testhooks.record_batch();
"""


def _with(settings: api.Settings, **options) -> api.Settings:
    return dataclasses.replace(settings, options=dataclasses.replace(settings.options, **options))


def _sql(database_url: str, *statements: str):
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        result = None
        for statement in statements:
            cursor = conn.execute(statement)
            result = cursor.fetchall() if cursor.description else None
        return result


def _at_phase_1_with_hooks(database_url, role_prefix, tmp_path, *before_phase_0: str, rows: int = 300) -> api.Settings:
    settings = example_settings(database_url, role_prefix, tmp_path, rows=rows)
    if before_phase_0:
        _sql(database_url, *before_phase_0)
    advance_to(settings, 1)
    _sql(database_url, HOOKS)  # the tenantmig schema exists from phase 0 on
    return settings


def _table_done(result: api.PhaseResult, table: str) -> dict:
    return next(e for e in result.events if e["event"] == "backfill.table_done" and e["table"] == table)


def _stall_appointments(database_url: str, when: str, seconds: float) -> None:
    """An application trigger that really makes the backfill's update of appointments slow where `when` holds."""
    _sql(database_url, f"""
        CREATE FUNCTION testhooks.stall() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF {when} THEN PERFORM pg_sleep({seconds}); END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER stall BEFORE UPDATE ON appointments FOR EACH ROW EXECUTE FUNCTION testhooks.stall();
    """)


def _sizes(database_url: str, table: str) -> list[int]:
    return [r[0] for r in _sql(database_url, f"SELECT batch_rows FROM testhooks.batches WHERE table_name = '{table}' "
                                             "ORDER BY id")]


def test_adaptive_batch_size_shrinks_after_a_slow_batch(database_url, role_prefix, tmp_path):
    """A batch that held its row locks too long makes the next one smaller, whatever the size before."""
    settings = _at_phase_1_with_hooks(
        database_url, role_prefix, tmp_path,
        "INSERT INTO audit_events (occurred_at, action) SELECT timestamptz '2024-01-01', 'bulk' "
        "FROM generate_series(1, 1500)",
    )
    # 200 rows that each take 2 ms to update: 0.4 s for whichever batches hold them, 8 times the 50 ms target.
    _sql(database_url, """
        CREATE FUNCTION testhooks.slow() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(0.01); RETURN NEW; END $$;
        CREATE TRIGGER slow BEFORE UPDATE ON audit_events FOR EACH ROW
            WHEN (NEW.id BETWEEN 601 AND 800) EXECUTE FUNCTION testhooks.slow();
    """)
    # The slowness is an application trigger: let it fire (by default the backfill keeps those quiet).
    result = api.advance(_with(settings, batch_size=None, batch_time_ms=50, fire_app_triggers=True), 2)

    sizes = _sizes(database_url, "public.audit_events")
    slow = _sql(database_url, "SELECT min(id) FROM testhooks.batches WHERE table_name = 'public.audit_events' "
                              "AND (last_key ->> 0)::bigint >= 601")[0][0]
    ids = [r[0] for r in _sql(database_url, "SELECT id FROM testhooks.batches "
                                            "WHERE table_name = 'public.audit_events' ORDER BY id")]
    after_slow = sizes[ids.index(slow) + 1:]
    assert sizes[0] == FIRST_BATCH_ROWS
    assert after_slow and min(after_slow) < sizes[ids.index(slow)], sizes
    done = _table_done(result, "public.audit_events")
    assert done["batch_rows_min"] < FIRST_BATCH_ROWS and done["rows"] == 1500 + 30


def test_fixed_batch_size_is_kept_for_every_batch(database_url, role_prefix, tmp_path):
    settings = _at_phase_1_with_hooks(database_url, role_prefix, tmp_path)
    api.advance(_with(settings, batch_size=7), 2)
    sizes = _sql(database_url, "SELECT DISTINCT batch_rows FROM testhooks.batches")
    assert sizes == [(7,)]
    # Every row walked exactly once, in batches of 7 (the last of each table smaller).
    walked = dict(_sql(database_url, "SELECT table_name, rows_walked FROM tenantmig.backfill_ranges"))
    assert walked["public.appointments"] == _sql(database_url, "SELECT count(*) FROM appointments")[0][0]


def test_pause_between_batches(database_url, role_prefix, tmp_path):
    """--batch-pause: every two consecutive batches of a table are at least the pause apart."""
    settings = _at_phase_1_with_hooks(database_url, role_prefix, tmp_path)
    result = api.advance(_with(settings, batch_size=20, batch_pause_ms=40), 2)
    gaps = _sql(database_url, """
        SELECT extract(epoch FROM at - lag(at) OVER (PARTITION BY table_name ORDER BY id))
        FROM testhooks.batches WHERE table_name = 'public.appointments'""")
    gaps = [g for (g,) in gaps if g is not None]
    assert len(gaps) >= 3 and min(gaps) >= 0.04, gaps
    done = _table_done(result, "public.appointments")
    assert done["pauses"] == done["batches"] - 1


@pytest.mark.parametrize("workers", [1, 2])
def test_batches_commit_asynchronously(database_url, role_prefix, tmp_path, workers):
    """Every batch runs with synchronous_commit off, whichever session (worker) runs it.

    Read inside the batch statement itself, by a trigger on its checkpoint row.
    """
    settings = _at_phase_1_with_hooks(database_url, role_prefix, tmp_path)
    _sql(database_url, """
        CREATE TABLE testhooks.batch_settings (synchronous_commit text);
        CREATE FUNCTION testhooks.record_settings() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO testhooks.batch_settings
            VALUES (current_setting('synchronous_commit'));
            RETURN NEW;
        END $$;
        CREATE TRIGGER record_settings AFTER UPDATE ON tenantmig.backfill_ranges
            FOR EACH ROW WHEN (NEW.batches > OLD.batches) EXECUTE FUNCTION testhooks.record_settings();
    """)
    api.advance(_with(settings, batch_size=20, workers=workers), 2)
    seen = _sql(database_url, "SELECT DISTINCT synchronous_commit FROM testhooks.batch_settings")
    assert seen == [("off",)]
    assert _sql(database_url, "SELECT count(*) FROM testhooks.batch_settings")[0][0] >= 10


def test_backfill_backs_off_after_a_stalled_batch(database_url, role_prefix, tmp_path):
    """A batch over twice its target met a stalled server: the next waits as long as it took.

    The stall is real: an application trigger sleeps 0.3 s when the backfill writes one row.
    """
    settings = _at_phase_1_with_hooks(database_url, role_prefix, tmp_path, rows=4000)
    middle = _sql(database_url, "SELECT id FROM appointments ORDER BY id "
                                "OFFSET (SELECT count(*) / 2 FROM appointments) LIMIT 1")[0][0]
    _stall_appointments(database_url, f"NEW.id = {middle} AND OLD.client_id IS NULL", 0.3)
    # adaptive, aimed at the default 50 ms; the stall is an application trigger, so it must fire
    result = api.advance(_with(settings, batch_size=None, fire_app_triggers=True), 2)
    done = _table_done(result, "public.appointments")
    assert done["backoffs"] >= 1, done
    # On a busy machine an ordinary batch can also run over twice its target and back off: the
    # stalled one is the slowest, whichever backed off first.
    backoff = max((e for e in result.events if e["event"] == "backfill.backoff"), key=lambda e: e["batch_s"])
    assert backoff["table"] == "public.appointments" and backoff["batch_s"] >= 0.3 and backoff["wait_s"] >= 0.3
    assert done["slowest_batches"][0]["seconds"] >= 0.3
    assert done["batch_s_p99"] >= done["batch_s_p50"] > 0
    # Checkpoint moves are recorded as each batch ends: the stalled batch is one gap of 0.3 s,
    # and the wait after it makes the next gap as long (without it, a few milliseconds).
    gaps = [g for (g,) in _sql(database_url, """
        SELECT extract(epoch FROM at - lag(at) OVER (ORDER BY id))::float8 FROM testhooks.batches
        WHERE table_name = 'public.appointments'""") if g is not None]
    assert sorted(gaps)[-2] >= 0.3, gaps
    assert _sql(database_url, "SELECT count(*) FROM appointments WHERE client_id IS NULL")[0][0] == 0


def test_fixed_batch_size_never_backs_off(database_url, role_prefix, tmp_path):
    """--batch-size is the DBA's own choice: a slow batch does not make the backfill wait."""
    settings = _at_phase_1_with_hooks(database_url, role_prefix, tmp_path)
    _stall_appointments(database_url, "true", 0.01)
    result = api.advance(_with(settings, batch_size=20, fire_app_triggers=True), 2)
    done = _table_done(result, "public.appointments")
    assert done["batches"] >= 3 and done["batch_s_p50"] >= 0.2  # 20 rows x 10 ms: over twice the 50 ms target
    assert done["backoffs"] == 0


def test_replication_lag_holds_the_backfill_until_it_falls(database_url, role_prefix, tmp_path):
    """No standby here: the lag source is a query the test controls (120 s for three polls, then 0).

    The real query is checked to run on this server and to report no lag (no standbys).
    """
    seconds, wal_bytes = _sql(database_url, REPLICATION_LAG_SQL)[0]
    assert (seconds, wal_bytes) == (None, None)
    limit = LagLimit.parse("10s")
    assert not limit.exceeded_by(seconds, wal_bytes) and limit.exceeded_by(10.5, None)
    assert LagLimit.parse("64MB").exceeded_by(None, 64 * 1024**2 + 1)
    assert not LagLimit.parse("64MB").exceeded_by(3600.0, 64 * 1024**2)

    settings = _at_phase_1_with_hooks(database_url, role_prefix, tmp_path)
    _sql(database_url, "CREATE SEQUENCE testhooks.lag_polls")
    lag_sql = ("SELECT CASE WHEN nextval('testhooks.lag_polls') <= 3 THEN 120.0 ELSE 0.0 END::float8, "
               "NULL::bigint")
    result = api.advance(_with(settings, batch_size=50, max_replication_lag=limit, replication_lag_sql=lag_sql), 2)

    waits = [e for e in result.events if e["event"] == "backfill.throttled"]
    assert [w["lag_s"] for w in waits] == [120.0, 120.0, 120.0]
    assert all(w["limit"] == "10.0s" for w in waits)
    assert _sql(database_url, "SELECT last_value FROM testhooks.lag_polls")[0][0] > 3  # polled again after
    assert result.outcome == "applied"


def test_workers_walk_disjoint_ranges_and_fill_the_same_keys(database_url, role_prefix, tmp_path):
    settings = _at_phase_1_with_hooks(database_url, role_prefix, tmp_path)
    result = api.advance(_with(settings, batch_size=10, workers=2), 2)
    with_workers = contents(database_url)

    ranges = _sql(database_url, "SELECT range_no, lo, hi, rows_walked, done FROM tenantmig.backfill_ranges "
                                "WHERE table_name = 'public.prescription_refills' ORDER BY range_no")
    assert len(ranges) == 2 and all(r[4] for r in ranges)
    # (lo, hi] ranges that meet: the first ends where the second starts; composite keys compared as rows.
    assert ranges[0][1] is None and ranges[1][2] is None and ranges[0][2] == ranges[1][1]
    assert sum(r[3] for r in ranges) == _sql(database_url, "SELECT count(*) FROM prescription_refills")[0][0]
    both = _sql(database_url, "SELECT count(DISTINCT range_no) FROM testhooks.batches "
                              "WHERE table_name = 'public.prescription_refills'")[0][0]
    assert both == 2
    assert any(e["event"] == "backfill.progress" and e["done"] for e in result.events)

    api.rollback(settings, 2)
    api.advance(_with(settings, batch_size=10, workers=1), 2)
    assert contents(database_url) == with_workers


def test_killed_backfill_with_workers_resumes_and_updates_no_row_twice(database_url, role_prefix, tmp_path):
    settings = _at_phase_1_with_hooks(database_url, role_prefix, tmp_path)
    _sql(database_url, """
        CREATE TABLE testhooks.updates (id bigint PRIMARY KEY, n int NOT NULL);
        CREATE FUNCTION testhooks.count_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO testhooks.updates VALUES (NEW.id, 1) ON CONFLICT (id) DO UPDATE SET n = updates.n + 1;
            RETURN NEW;
        END $$;
        CREATE TRIGGER count_update BEFORE UPDATE ON appointments FOR EACH ROW
            EXECUTE FUNCTION testhooks.count_update();
    """)
    # The counter is an application trigger: it must fire to count the backfill's updates.
    args = ("--manifest", settings.manifest_path, "--batch-size", "10", "--workers", "2", "--fire-app-triggers",
            "advance", "--phase", "2", "--yes")

    crashed = cli(*args, database_url=database_url, env={CRASH_ENV: "p2_01_backfill:batch:appointments:3"})
    assert crashed.returncode == CRASH_EXIT_CODE, crashed.stdout + crashed.stderr
    (walked, done), = _sql(database_url, "SELECT sum(rows_walked), bool_and(done) FROM tenantmig.backfill_ranges "
                                         "WHERE table_name = 'public.appointments'")
    total = _sql(database_url, "SELECT count(*) FROM appointments")[0][0]
    assert 0 < walked < total and not done  # killed mid-table, checkpoints kept

    rerun = cli(*args, database_url=database_url)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert _sql(database_url, "SELECT count(*), min(n), max(n) FROM testhooks.updates")[0] == (total, 1, 1)
    assert _sql(database_url, "SELECT count(*) FROM appointments WHERE client_id IS NULL")[0][0] == 0
    assert _sql(database_url, "SELECT count(*) FROM appointments a JOIN patients p ON p.id = a.patient_id "
                              "WHERE a.client_id IS DISTINCT FROM p.client_id")[0][0] == 0


UNIQUE_TABLE = """
CREATE TABLE device_readings (
    device_id bigint NOT NULL,
    seq int NOT NULL,
    patient_id bigint NOT NULL REFERENCES patients,
    note text
);
CREATE UNIQUE INDEX device_readings_device_seq ON device_readings (device_id, seq);
INSERT INTO device_readings SELECT d, s, (d * 7 + s) % 30 + 1, NULL
FROM generate_series(1, 6) d, generate_series(1, 9) s;
"""


def _classify_readings(settings: api.Settings, extra: str = "") -> None:
    with open(settings.manifest_path, "a") as manifest:
        manifest.write("\n[tables.device_readings]\npattern = \"tenant\"\n"
                       "backfill = { parent = \"patients\", via = \"patient_id\" }\n" + extra)


def test_a_table_without_primary_key_is_walked_by_the_unique_key_the_manifest_names(database_url, role_prefix,
                                                                                     tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    _sql(database_url, UNIQUE_TABLE)
    pristine = open(settings.manifest_path).read()

    _classify_readings(settings)
    with pytest.raises(ManifestError) as failure:
        api.advance(settings, 0)
    assert "public.device_readings has no primary key" in str(failure.value)
    assert "unique_key" in str(failure.value)

    open(settings.manifest_path, "w").write(pristine)
    _classify_readings(settings, 'unique_key = ["seq", "device_id"]\n')
    with pytest.raises(ManifestError) as failure:
        api.advance(settings, 0)
    assert "tables.device_readings.unique_key: no valid, non-partial unique index" in str(failure.value)
    assert "(device_id, seq)" in str(failure.value)
    _sql(database_url, "ALTER TABLE device_readings ADD COLUMN serial int UNIQUE")
    manifest = load_manifest(settings.manifest_path)
    spec = dataclasses.replace(manifest.tables["public.device_readings"], unique_key=("serial",))
    with create_engine(settings.database_url).connect() as sa_conn:
        table = catalog_mod.read(sa_conn, ("public",)).get("public.device_readings")
    assert checks.walk_key_problems(table, spec) == [
        "tables.device_readings.unique_key: column public.device_readings.serial allows NULL: rows with a NULL key "
        "cannot be walked in order (SET NOT NULL on it, or name other columns)"]
    _sql(database_url, "ALTER TABLE device_readings DROP COLUMN serial")
    assert revision(database_url) is None  # nothing changed

    open(settings.manifest_path, "w").write(pristine)
    _classify_readings(settings, 'unique_key = ["device_id", "seq"]\n')
    before = contents(database_url)["device_readings"]
    advance_to(settings, 1)
    api.advance(_with(settings, batch_size=7, workers=2), 2)
    assert _sql(database_url, "SELECT count(*) FROM device_readings r JOIN patients p ON p.id = r.patient_id "
                              "WHERE r.client_id IS NOT DISTINCT FROM p.client_id AND r.client_id IS NOT NULL"
                              )[0][0] == 54
    keys = _sql(database_url, "SELECT last_key FROM tenantmig.backfill_ranges "
                              "WHERE table_name = 'public.device_readings' ORDER BY range_no")
    assert all(len(k) == 2 for (k,) in keys)
    api.rollback(settings, 2)
    api.rollback(settings, 1)
    assert contents(database_url)["device_readings"] == before


def test_bad_backfill_option_exits_2_naming_it(tmp_path):
    """As a user runs it: a separate process, nothing connected to."""
    run = cli("--workers", "0", "--manifest", str(tmp_path / "none.toml"), "status", cwd=tmp_path, timeout=60)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "error: --workers must be at least 1, got 0" in terminal_text(run.stderr)


@pytest.mark.parametrize("option,value", [("--batch-time", "-5"), ("--batch-time", "0"), ("--batch-pause", "-1"),
                                          ("--batch-size", "0"), ("--max-replication-lag", "5parsecs")])
def test_bad_backfill_options_exit_2_naming_the_option(option, value, monkeypatch, capsys):
    """In process (the same main() as the console script), to keep the suite fast."""
    monkeypatch.setattr(sys, "argv", ["tenantmig", option, value, "--manifest", "none.toml", "status"])
    monkeypatch.delenv("TENANTMIG_DATABASE_URL", raising=False)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        with pytest.raises(SystemExit) as exited:
            cli_main()
    finally:
        # main() configures logging for the process; the tests after this one keep pytest's.
        root.handlers[:], root.level = handlers, level
        structlog.reset_defaults()
    assert exited.value.code == 2
    assert f"error: {option}" in terminal_text(capsys.readouterr().err)


def test_bad_options_are_refused_by_the_api_too():
    with pytest.raises(UsageError, match="--workers must be at least 1, got 0"):
        RunOptions(workers=0)
    with pytest.raises(UsageError, match="--batch-time must be more than 0, got -1"):
        RunOptions(batch_time_ms=-1)


def test_terminal_progress_line_is_rewritten_in_place_and_kept_when_done():
    stream = io.StringIO()
    line = progress.TerminalLine(stream)
    meter = progress.Meter("public.invoices", 1000, 0, line, every_s=0)
    meter.add(250)
    meter.finish()
    first, final = stream.getvalue().split("\r\x1b[K")[1:]
    assert first.startswith("public.invoices: 250/1,000 rows, ") and "ETA" in first and not first.endswith("\n")
    assert final.endswith("done\n")
