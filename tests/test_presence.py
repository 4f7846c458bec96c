"""The row-count gate under concurrent writes: new rows are fine and reported, a lost row fails by name."""

from __future__ import annotations

import psycopg
import pytest

from tenantmig import api, faults, presence
from tenantmig.errors import GateFailed
from tenantmig.pacing import DutyCycle
from tenantmig.servers import libpq_url

from helpers import advance_to, example_settings


def _at(point: str, action):
    """Run `action` once, from another session, when the phase reaches `point`."""
    def hook(revision: str, name: str) -> None:
        if f"{revision}:{name}" == point:
            action()
    return faults.hooked(hook)


def _write(database_url: str, sql: str):
    def action():
        with psycopg.connect(libpq_url(database_url)) as conn:
            conn.execute(sql)
    return action


def test_rows_written_during_a_phase_pass_and_are_reported(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    insert = "INSERT INTO audit_events (occurred_at, action) SELECT now(), 'login' FROM generate_series(1, 3)"
    with _at("p1_02_columns:1", _write(database_url, insert)):
        result = api.advance(settings, 1)
    assert result.outcome == "applied"
    assert result.new_rows == {"public.audit_events": 3}
    assert result.counts_after["public.audit_events"] == result.counts_before["public.audit_events"] + 3


def test_a_quiet_phase_still_compares_counts_exactly(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    result = api.advance(settings, 1)
    # Phase 1 adds exactly one row on purpose, the legacy tenant; nothing else may differ.
    assert result.new_rows == {}
    assert {t: n for t, n in result.counts_after.items() if n != result.counts_before[t]} == {
        "public.organizations": result.counts_before["public.organizations"] + 1}
    down = api.rollback(settings, 1)
    assert down.new_rows == {} and down.counts_after == result.counts_before


def test_a_row_lost_during_a_phase_fails_the_gate_naming_it_even_behind_a_new_row(database_url, role_prefix,
                                                                                   tmp_path):
    """One row deleted and one inserted: equal counts, yet the gate names the missing row."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    swap = ("DELETE FROM audit_events WHERE id = 7; "
            "INSERT INTO audit_events (occurred_at, action) VALUES (now(), 'login')")
    with _at("p1_03_indexes:2", _write(database_url, swap)), pytest.raises(GateFailed) as failure:
        api.advance(settings, 1)
    assert "rows lost: public.audit_events: 1 rows present when the phase began are gone, primary keys [7]" \
        in str(failure.value)
    with psycopg.connect(libpq_url(database_url)) as conn:
        recorded = conn.execute("SELECT event, outcome FROM tenantmig.ledger ORDER BY id DESC LIMIT 1").fetchone()
        left = conn.execute("SELECT count(*) FROM tenantmig.presence_keys").fetchone()[0]
    assert recorded == ("gate.post", "failed")
    assert left == 0


def test_the_gate_rests_after_reading_each_table_and_still_reads_every_one(database_url, role_prefix, tmp_path,
                                                                            monkeypatch):
    """Paced (pacing.DutyCycle), so the application keeps the server's cores between the gate's reads."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    rests: list[float] = []
    monkeypatch.setattr(presence, "DutyCycle", lambda share: DutyCycle(share, sleep=rests.append))
    result = api.advance(settings, 1)
    assert len(rests) == len(result.counts_before) + len(result.counts_after)
    assert len(result.counts_before) > 10 and result.counts_after.keys() == result.counts_before.keys()
    assert all(rest > 0 for rest in rests)


def test_a_duty_cycle_rests_in_proportion_to_the_work():
    now = [0.0]
    rests: list[float] = []

    def work(seconds: float):
        def piece():
            now[0] += seconds
            return seconds
        return piece

    duty = DutyCycle(0.25, sleep=rests.append, clock=lambda: now[0])
    assert duty.run(work(0.1)) == 0.1
    duty.run(work(0.4))
    assert rests == pytest.approx([0.3, 1.2]) and duty.rested_s == pytest.approx(1.5)
    assert DutyCycle(1.0, sleep=rests.append, clock=lambda: now[0]).run(work(0.2)) == 0.2 and len(rests) == 2
    with pytest.raises(ValueError):
        DutyCycle(0)


@pytest.mark.parametrize("settings", ["SET TimeZone = 'UTC'", "SET TimeZone = 'Asia/Kolkata'; SET DateStyle = 'SQL, DMY'"])
def test_a_key_as_text_is_the_same_from_the_row_and_from_its_quarantined_json(conn, settings):
    """The gate keeps keys as text and recognises a quarantined row by its JSON key cast back to each
    column's type: the two must give the same text for every key type, in whatever session settings."""
    conn.execute(settings)
    conn.execute("""
        CREATE TABLE odd_keys (at timestamptz, day date, local timestamp, amount numeric(12, 4), label text,
                               id uuid, flag boolean, n bigint, PRIMARY KEY (at, day, local, amount, label, id, flag, n))""")
    conn.execute("""
        INSERT INTO odd_keys VALUES
          ('2024-03-31 01:30:00.123456+05:30', '2024-02-29', '2024-12-31 23:59:59.5', 12.3400,
           'a, "quoted" (label)', 'f0e1d2c3-b4a5-4678-9abc-def012345678', true, -9007199254740993),
          ('1999-12-31 23:00:00+00', '0001-01-01', '1970-01-01 00:00:00', -0.0001, '', gen_random_uuid(), false, 0)""")
    columns = ["at", "day", "local", "amount", "label", "id", "flag", "n"]
    types = presence._key_types(conn, "public.odd_keys", columns)
    for keyed in (columns, ["label"], ["at"]):
        picked = [types[columns.index(c)] for c in keyed]
        built = ", ".join(f"t.{c}" for c in keyed)
        rows = conn.execute(
            f"SELECT {presence._key(keyed, 't')}, "
            f"{presence._key_from_json(picked, 'j.pk')} FROM odd_keys t, LATERAL (SELECT jsonb_build_array({built}) pk) j"
        ).fetchall()
        assert len(rows) == 2 and all(from_row == from_json for from_row, from_json in rows), (keyed, rows)


def test_a_lost_row_of_a_composite_key_is_named_by_its_key(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        user, org = conn.execute("SELECT user_id, organization_id FROM user_organizations ORDER BY 1, 2 LIMIT 1").fetchone()
    advance_to(settings, 0)
    with _at("p1_03_indexes:2", _write(database_url, f"DELETE FROM user_organizations WHERE user_id = {user} "
                                                     f"AND organization_id = '{org}'")), \
            pytest.raises(GateFailed) as failure:
        api.advance(settings, 1)
    assert f"rows lost: public.user_organizations: 1 rows present when the phase began are gone, primary keys " \
           f"[({user},{org})]" in str(failure.value), str(failure.value)
