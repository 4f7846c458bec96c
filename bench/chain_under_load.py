"""The whole chain, 0 to 6 and back to 0, on the telehealth example while the application works.

A workload (bench/workload.py) of --clients threads logged in as the application role runs
throughout. Each repeat measures, in the same run: the application's p99 transaction latency
with the chain idle (a window before it starts), then during the chain; failed application
transactions; and the longest any application statement waited for a lock (pg_locks.waitstart,
sampled every 10 ms). Figures are medians over --repeat runs, each on a fresh database.

    python -m bench.chain_under_load --rows 100000 --clients 8

Last line: one JSON object with failed_transactions, p99_ratio, max_lock_wait_s, rows.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench import common
from bench.workload import Workload
from tenantmig import api
from tenantmig.db import LockPolicy
from tenantmig.logs import configure_logging
from tenantmig.phases import PHASES
from tenantmig.steps import RunOptions


def run_chain(settings: api.Settings) -> None:
    """Every phase up, then every phase down: the one place the benchmark moves the chain."""
    for phase in PHASES:
        if phase.number == 5:
            api.enforce_everywhere(settings)  # phase 5's gate: rollout for everyone and a passing verify
        api.advance(settings, phase.number)
    for phase in reversed(PHASES):
        api.rollback(settings, phase.number)


def one_run(server_url: str, rows: int, clients: int, idle_s: float, lock_timeout_ms: int) -> dict:
    with common.scratch_database(server_url, prefix="tenantmig_bench_load") as (url, role_prefix), \
            tempfile.TemporaryDirectory() as tmp:
        settings = api.Settings(
            database_url=url,
            manifest_path=str(Path(tmp) / "tenancy.toml"),
            lock_policy=LockPolicy(timeout_ms=lock_timeout_ms),
            options=RunOptions(backup_dir=str(Path(tmp) / "backups")),
        )
        api.load_example(settings, "telehealth", rows=rows, manifest_out=settings.manifest_path,
                         role_prefix=role_prefix)
        common.reset_physical_state(url)
        with Workload(url, f"{role_prefix}app_user", clients=clients) as load:
            idle_from = time.monotonic()
            time.sleep(idle_s)
            chain_from = time.monotonic()
            run_chain(settings)
            chain_to = time.monotonic()
        idle = load.summary(idle_from, chain_from)
        during = load.summary(chain_from, chain_to)
        total = load.summary()
    return {
        "failed_transactions": total["failed_transactions"],
        "failures": total["first_failures"],
        "p99_idle_ms": idle["p99_ms"],
        "p99_chain_ms": during["p99_ms"],
        "p99_ratio": during["p99_ms"] / idle["p99_ms"] if idle["p99_ms"] else 0.0,
        "max_lock_wait_s": total["longest_lock_wait_s"],
        "longest_statement_s": total["longest_statement_s"],
        "transactions_idle": idle["transactions"],
        "transactions_chain": during["transactions"],
        "chain_s": chain_to - chain_from,
        "inserted": sum(total["inserted"].values()),
    }


def main() -> None:
    parser = common.parser(__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100000, help="size of the example (its `rows` parameter)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent application clients")
    parser.add_argument("--idle-seconds", type=float, default=15.0, help="the idle window measured before the chain")
    parser.add_argument("--lock-timeout", type=int, default=200, help="tenantmig's lock_timeout in ms")
    args = parser.parse_args()
    configure_logging(-1)  # warnings only, on stderr: stdout is the figures
    runs = []
    with common.server(args) as server_url:
        for n in range(args.repeat):
            run = one_run(server_url, args.rows, args.clients, args.idle_seconds, args.lock_timeout)
            runs.append(run)
            print(f"run {n + 1}/{args.repeat}: failed {run['failed_transactions']}, p99 idle {run['p99_idle_ms']} ms, "
                  f"during the chain {run['p99_chain_ms']} ms (x{run['p99_ratio']:.2f}), longest lock wait "
                  f"{run['max_lock_wait_s']} s, longest statement {run['longest_statement_s']} s, chain "
                  f"{run['chain_s']:.1f} s, {run['transactions_chain']} transactions during it, "
                  f"{run['inserted']} rows inserted", flush=True)
            for failure in run["failures"]:
                print(f"  failed: {failure}")
    common.emit({
        "rows": args.rows,
        "clients": args.clients,
        "repeat": args.repeat,
        "lock_timeout_ms": args.lock_timeout,
        "failed_transactions": sum(r["failed_transactions"] for r in runs),
        "p99_ratio": round(common.median([r["p99_ratio"] for r in runs]), 2),
        "max_lock_wait_s": round(common.median([r["max_lock_wait_s"] for r in runs]), 3),
        "max_lock_wait_s_worst": round(max(r["max_lock_wait_s"] for r in runs), 3),
        "p99_idle_ms": round(common.median([r["p99_idle_ms"] for r in runs]), 2),
        "p99_chain_ms": round(common.median([r["p99_chain_ms"] for r in runs]), 2),
        "chain_s": round(common.median([r["chain_s"] for r in runs]), 1),
    })


if __name__ == "__main__":
    main()
