"""The whole chain, 0 to 6 and back to 0, on the telehealth example while the application works.

A workload (bench/workload.py) of --clients threads logged in as the application role runs
throughout. The chain runs in a process of its own, as tenantmig runs beside an application: in
the workload's process, the chain's Python work (Alembic, catalog reads, logging) held the
interpreter lock the clients need to take their next step, which lengthened the application's
transactions during the chain for a reason no real application shares (its clients are not
threads of the tenantmig process). Each repeat measures, in the same run: the application's p99 transaction latency
with the chain idle (a window before it starts), then during the chain; failed application
transactions; and the longest any application statement waited for a lock (pg_locks.waitstart,
sampled every 10 ms). Figures are medians over --repeat runs, each on a fresh database.

    python -m bench.chain_under_load --rows 100000 --clients 8

Last line: one JSON object with failed_transactions, p99_ratio, max_lock_wait_s, rows.
"""

from __future__ import annotations

import importlib
import multiprocessing
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

from bench import common
from bench.workload import Workload, parse_kinds
from tenantmig import api
from tenantmig.db import LockPolicy
from tenantmig.logs import configure_logging
from tenantmig.phases import PHASES
from tenantmig.options import RunOptions


def run_chain(settings: api.Settings, load: Workload | None = None,
              marks: list[tuple[str, float, float]] | None = None) -> None:
    """Every phase up, then every phase down: the one place the benchmark moves the chain.

    `marks` receives (step, started, ended) in time.time(), to place failures. Unchanged-code
    clients (no tenant context) are retired before the rollout reaches everyone, which is the
    point of the rollout: strict isolation for a tenant means no rows for code that names none.
    They come back once phase 4's rollback has removed the policies.
    """
    def timed(label: str, move, number: int) -> None:
        started = time.time()
        move(settings, number)
        if marks is not None:
            marks.append((label, started, time.time()))

    for phase in PHASES:
        if phase.requires:
            if load is not None:
                load.pause("unchanged")
            api.prepare_for(settings, phase.number)  # phase 5's gate: rollout for everyone and a passing verify
        timed(f"advance {phase.number}", api.advance, phase.number)
    for phase in reversed(PHASES):
        timed(f"rollback {phase.number}", api.rollback, phase.number)
        if phase.rollout and load is not None:
            load.resume("unchanged")


class _RemoteLoad:
    """The workload as the chain's process sees it: pause and resume asked of the parent, which owns it."""

    def __init__(self, pipe: Connection):
        self.pipe = pipe

    def pause(self, kind: str) -> None:
        self.pipe.send(("pause", kind))
        self.pipe.recv()

    def resume(self, kind: str) -> None:
        self.pipe.send(("resume", kind))
        self.pipe.recv()


# What a phase run imports on its first use (Alembic's command and script modules, the runner):
# imported before the process says it is ready, so neither window holds the interpreter's start.
WARM_IMPORTS = ("tenantmig.runner", "tenantmig.chain", "tenantmig.gates", "tenantmig.drill", "alembic.command",
                "alembic.script")


def _chain_process(settings: api.Settings, pipe: Connection) -> None:
    configure_logging(-1)
    for module in WARM_IMPORTS:
        importlib.import_module(module)
    pipe.send(("ready",))
    pipe.recv()  # go
    marks: list[tuple[str, float, float]] = []
    try:
        run_chain(settings, _RemoteLoad(pipe), marks)
    except BaseException as exc:  # reported to the parent, which raises it there
        pipe.send(("done", marks, f"{type(exc).__name__}: {exc}"))
    else:
        pipe.send(("done", marks, None))


class ChainApart:
    """run_chain in a spawned process, started and past its imports before the idle window.

    Starting a Python process and importing tenantmig takes 1.2-2.1 s of a core; measured inside
    the chain's window it was the single largest overlap with slow application transactions (the
    p99 there was 26-42 ms, bench/README.md). It is not a phase: a DBA's `tenantmig advance` pays
    it on the host it runs on, which is seldom the database server, and the in-process chain
    (--chain-in-process) never paid it. So the process is ready before the idle window starts,
    and neither window holds its start. The workload's pauses and resumes are served here.
    """

    def __init__(self, settings: api.Settings):
        context = multiprocessing.get_context("spawn")
        self.pipe, theirs = context.Pipe()
        self.process = context.Process(target=_chain_process, args=(settings, theirs), daemon=True)
        self.process.start()
        if self.pipe.recv() != ("ready",):
            raise RuntimeError("the chain's process did not start")

    def run(self, load: Workload, marks: list[tuple[str, float, float]]) -> None:
        self.pipe.send("go")
        try:
            while True:
                message = self.pipe.recv()
                if message[0] == "done":
                    marks.extend(message[1])
                    if message[2] is not None:
                        raise RuntimeError(f"the chain failed: {message[2]}")
                    return
                getattr(load, message[0])(message[1])
                self.pipe.send("ok")
        finally:
            self.process.join(60)


# A prepared statement breaks on its next run after the column changes; clients run every few ms.
STALE_PLAN_GRACE_S = 2.0


def unexpected_failures(load: Workload, marks: list[tuple[str, float, float]]) -> list:
    """Failures the chain must not cause: any of named or unchanged clients; of prepared_star clients, any
    that is not 0A000 during phase 1 or its rollback (the column add and drop)."""
    windows = [(start, end + STALE_PLAN_GRACE_S) for label, start, end in marks
               if label in ("advance 1", "rollback 1")]
    return [f for f in load.failures
            if f.kind != "prepared_star" or f.sqlstate != "0A000"
            or not any(start <= f.at <= end for start, end in windows)]


def _step_at(marks: list[tuple[str, float, float]], at: float) -> str | None:
    """The chain step running when a failure happened (None: between steps)."""
    return next((label for label, start, end in marks if start <= at <= end), None)


def one_run(server_url: str, rows: int, clients: int, idle_s: float, lock_timeout_ms: int,
            kinds: dict[str, int] | None = None, in_process: bool = False) -> dict:
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
        marks: list[tuple[str, float, float]] = []
        apart = None if in_process else ChainApart(settings)
        with Workload(url, f"{role_prefix}app_user", clients=clients, kinds=kinds) as load:
            idle_from = time.monotonic()
            time.sleep(idle_s)
            chain_from = time.monotonic()
            if apart is None:
                run_chain(settings, load, marks)
            else:
                apart.run(load, marks)
            chain_to = time.monotonic()
        # marks are wall-clock (failures are); latencies are monotonic
        offset = time.time() - time.monotonic()
        by_step = {label: load.summary(start - offset, end - offset)["p99_ms"] for label, start, end in marks}
        idle = load.summary(idle_from, chain_from)
        during = load.summary(chain_from, chain_to)
        total = load.summary()
    return {
        "failed_transactions": total["failed_transactions"],
        "failures_by_kind": total["failures_by_kind"],
        "unexpected_failures": [{**f.__dict__, "step": _step_at(marks, f.at)} for f in unexpected_failures(load, marks)],
        "p99_ms_by_step": by_step,
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
    parser.add_argument("--clients", type=int, default=8, help="concurrent application clients (all named-column)")
    parser.add_argument("--kinds", type=parse_kinds, metavar="KIND=N,...",
                        help="a mixed workload instead of --clients, e.g. named=4,unchanged=2,prepared_star=2")
    parser.add_argument("--idle-seconds", type=float, default=15.0, help="the idle window measured before the chain")
    parser.add_argument("--lock-timeout", type=int, default=200, help="tenantmig's lock_timeout in ms")
    parser.add_argument("--chain-in-process", action="store_true",
                        help="run the chain in the workload's process, as before 2026-12-06 (to compare)")
    args = parser.parse_args()
    configure_logging(-1)  # warnings only, on stderr: stdout is the figures
    runs = []
    with common.server(args) as server_url:
        for n in range(args.repeat):
            run = one_run(server_url, args.rows, args.clients, args.idle_seconds, args.lock_timeout, args.kinds,
                          args.chain_in_process)
            runs.append(run)
            print(f"run {n + 1}/{args.repeat}: failed {run['failed_transactions']}, p99 idle {run['p99_idle_ms']} ms, "
                  f"during the chain {run['p99_chain_ms']} ms (x{run['p99_ratio']:.2f}), longest lock wait "
                  f"{run['max_lock_wait_s']} s, longest statement {run['longest_statement_s']} s, chain "
                  f"{run['chain_s']:.1f} s, {run['transactions_chain']} transactions during it, "
                  f"{run['inserted']} rows inserted", flush=True)
            print(f"  p99 ms by step: {run['p99_ms_by_step']}", flush=True)
            print(f"  failed transactions by client kind and SQLSTATE: {run['failures_by_kind']}; "
                  f"{len(run['unexpected_failures'])} not explained by a column add or drop", flush=True)
            for failure in run["unexpected_failures"][:10]:
                print(f"  unexpected: {failure}")
    common.emit({
        "rows": args.rows,
        "clients": args.clients if args.kinds is None else sum(args.kinds.values()),
        "kinds": args.kinds,
        "failures_by_kind": _summed([r["failures_by_kind"] for r in runs]),
        "unexpected_failures": sum(len(r["unexpected_failures"]) for r in runs),
        "repeat": args.repeat,
        "lock_timeout_ms": args.lock_timeout,
        "failed_transactions": sum(r["failed_transactions"] for r in runs),
        "p99_ratio": round(common.median([r["p99_ratio"] for r in runs]), 2),
        "max_lock_wait_s": round(common.median([r["max_lock_wait_s"] for r in runs]), 3),
        "max_lock_wait_s_worst": round(max(r["max_lock_wait_s"] for r in runs), 3),
        "p99_idle_ms": round(common.median([r["p99_idle_ms"] for r in runs]), 2),
        "p99_chain_ms": round(common.median([r["p99_chain_ms"] for r in runs]), 2),
        "chain_s": round(common.median([r["chain_s"] for r in runs]), 1),
        "chain_in_process": args.chain_in_process,
    })


def _summed(per_run: list[dict[str, dict[str, int]]]) -> dict[str, dict[str, int]]:
    total: dict[str, dict[str, int]] = {}
    for run in per_run:
        for kind, states in run.items():
            for state, count in states.items():
                total.setdefault(kind, {})[state] = total.setdefault(kind, {}).get(state, 0) + count
    return total


if __name__ == "__main__":
    main()
