"""The chain under live application load: the application keeps working, keys are right, no row is lost.

A workload of concurrent clients (bench/workload.py) logged in as the application role runs
throughout; each transaction states its clinic with set_config(..., true) and reads, lists,
inserts rows without naming the tenant key, and updates. TENANTMIG_LOAD_ROWS sets the size
(3000 in CI; bench/chain_under_load.py runs 100000).
"""

from __future__ import annotations

import os
import threading
import time

import psycopg

from bench.workload import Workload
from tenantmig import api
from tenantmig import manifest as manifest_mod
from tenantmig.db import LockPolicy
from tenantmig.examples import telehealth
from tenantmig.servers import libpq_url

from helpers import advance_to, example_settings, rollback_from

ROWS = int(os.environ.get("TENANTMIG_LOAD_ROWS", "3000"))


def primary_keys(database_url: str) -> dict[str, set]:
    with psycopg.connect(libpq_url(database_url)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
            "WHERE i.indisprimary AND c.relnamespace = 'public'::regnamespace")]
        found = {}
        for table in tables:
            key = conn.execute(
                "SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n) FROM pg_index i "
                "JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n) ON true "
                "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                "WHERE i.indrelid = %s::regclass AND i.indisprimary", (table,)).fetchone()[0]
            found[table] = set(conn.execute(f"SELECT ({key})::text FROM public.{table}").fetchall())
        return found


def wrong_keys(database_url: str, inserted, keyed_since: float, *, backfilled: bool = True,
               parent_sourced: frozenset = frozenset()) -> list[str]:
    """Rows the workload inserted whose tenant key is NULL, or not its clinic.

    A row inserted once the fill trigger existed carries its transaction's clinic, from its parent
    or the tenant context; before the backfill a parent may still have no key, and its child then
    waits for the backfill too. An audit event written before the trigger existed was backfilled
    from its manifest source, the legacy tenant.
    """
    problems = []
    by_table: dict[str, list] = {}
    for row in inserted:
        by_table.setdefault(row.table, []).append(row)
    with psycopg.connect(libpq_url(database_url)) as conn:
        for table, rows in by_table.items():
            keys = dict(conn.execute(f"SELECT id, client_id::text FROM {table} WHERE id = ANY(%s)",
                                     ([r.id for r in rows],)).fetchall())
            for row in rows:
                if row.at <= keyed_since and not backfilled:
                    continue  # written before the trigger existed: the backfill has not reached it yet
                allowed = {row.tenant} if row.at > keyed_since or table != "audit_events" \
                    else {row.tenant, telehealth.LEGACY_TENANT}
                if not backfilled and table in parent_sourced:
                    allowed.add(None)
                if keys.get(row.id) not in allowed:
                    problems.append(f"{table} id {row.id} (clinic {row.tenant}): key {keys.get(row.id)}")
    return problems


def test_chain_up_and_down_under_application_load(database_url, role_prefix, tmp_path):
    """0 to 6 and back with the workload running: no failed transaction, keys right from phase 2 on, no row lost."""
    settings = example_settings(database_url, role_prefix, tmp_path, rows=ROWS)
    parent_sourced = frozenset(s.name for s in manifest_mod.load(settings.manifest_path).backfill_order()
                               if s.backfill.kind == "parent")
    original = primary_keys(database_url)
    problems: list[str] = []
    with Workload(database_url, f"{role_prefix}app_user", clients=4, think_s=0.02) as load:
        for number in range(7):
            advance_to(settings, number, start=number)
            if number == 1:
                keyed_since = time.time()
                time.sleep(1)  # the application writes with the trigger in place, before any backfill
                problems += [f"after advance 1: {p}" for p in wrong_keys(
                    database_url, list(load.inserted), keyed_since, backfilled=False, parent_sourced=parent_sourced)]
            if number >= 2:
                problems += [f"after advance {number}: {p}" for p in wrong_keys(database_url, list(load.inserted),
                                                                                 keyed_since)]
        for number in range(6, -1, -1):
            rollback_from(settings, number, down_to=number)
            if number >= 3:  # phase 2's keys are still there
                problems += [f"after rollback {number}: {p}" for p in wrong_keys(database_url, list(load.inserted),
                                                                                  keyed_since)]
    summary = load.summary()
    assert summary["failed_transactions"] == 0, summary["first_failures"]
    assert summary["transactions"] > 0 and sum(summary["inserted"].values()) > 0
    assert not problems, problems[:20]

    assert_no_row_lost(database_url, original, load)


def assert_no_row_lost(database_url: str, original: dict[str, set], load: Workload) -> None:
    """Every row present before the chain, and every row the workload committed, is still there."""
    final = primary_keys(database_url)
    lost = {t: len(keys - final[t]) for t, keys in original.items() if keys - final[t]}
    assert not lost, f"rows present before phase 0 are gone: {lost}"
    for table in {r.table for r in load.inserted}:
        ids = {(str(r.id),) for r in load.inserted if r.table == table}
        assert ids <= final[table], f"{table}: rows the application inserted are gone"


def test_the_application_never_queues_behind_ddl_waiting_for_a_long_transaction(database_url, role_prefix,
                                                                                tmp_path):
    """A transaction holds patients for seconds while phase 1 must ALTER it: the ALTER waits at most its
    lock_timeout per try (so application statements queued behind it wait no longer than that), retries,
    and the phase succeeds once the transaction ends."""
    settings = example_settings(database_url, role_prefix, tmp_path)
    advance_to(settings, 0)
    timeout_s, hold_s = 0.2, 3.0
    settings.lock_policy = LockPolicy(timeout_ms=int(timeout_s * 1000), attempts=30, first_delay_s=0.1,
                                      max_delay_s=0.4)
    holding = threading.Event()

    def long_transaction():
        with psycopg.connect(libpq_url(database_url)) as conn:
            conn.execute("SELECT count(*) FROM patients")  # ACCESS SHARE until the transaction ends
            holding.set()
            time.sleep(hold_s)
            conn.rollback()

    with Workload(database_url, f"{role_prefix}app_user", clients=4, think_s=0.005) as load:
        blocker = threading.Thread(target=long_transaction)
        blocker.start()
        assert holding.wait(10)
        result = api.advance(settings, 1)
        blocker.join()
    summary = load.summary()

    assert result.outcome == "applied"
    assert summary["failed_transactions"] == 0, summary["first_failures"]
    # The ALTER did queue (application statements were seen waiting behind it) ...
    assert summary["longest_lock_wait_s"] > 0
    # ... but never longer than one lock_timeout (plus sampling and scheduling slack), far below the
    # seconds the long transaction held the table, which is what a DDL queued without a timeout costs.
    margin = 0.3
    assert summary["longest_lock_wait_s"] <= timeout_s + margin, summary
    assert summary["longest_statement_s"] < hold_s - 1.0, summary
