"""`tenantmig ARGS` in a process of its own, forked from an interpreter that has already imported it.

A user's `tenantmig` is a fresh process: its own exit code, stdout and stderr apart, its own
environment and working directory, nothing shared with the test. Starting one from scratch costs
about a second of imports (SQLAlchemy, Alembic, psycopg), paid by some two hundred CLI calls per
run of the suite. A multiprocessing forkserver imports tenantmig once and forks a child per call:
the child is still a separate process with everything above, only the imports are inherited.
tests/test_packaging.py and tests/test_terminal.py still start `tenantmig` the ordinary way, so
an import-time fault cannot hide behind this.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile

PRELOAD = ["tenantmig.cli", "tenantmig.api", "tenantmig.runner", "tenantmig.chain", "tenantmig.gates", "tenantmig.drill",
           "tenantmig.plan", "alembic.command", "forked_cli"]

_context = None


def _forkserver():
    global _context
    if _context is None:
        # The forkserver must find this module and tenantmig when it preloads them.
        here = os.path.dirname(os.path.abspath(__file__))
        if here not in sys.path:
            sys.path.insert(0, here)
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


def _child(args: list[str], env: dict[str, str], cwd: str, out_path: str, err_path: str) -> None:
    code = 1
    try:
        os.environ.clear()
        os.environ.update(env)
        os.chdir(cwd)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        for fd, path in ((1, out_path), (2, err_path)):
            target = os.open(path, os.O_WRONLY | os.O_TRUNC)
            os.dup2(target, fd)
            os.close(target)
        # Fresh text streams on the redirected descriptors, as a new interpreter would have.
        sys.stdin = open(0, closefd=False)
        sys.stdout = open(1, "w", closefd=False)
        sys.stderr = open(2, "w", closefd=False)
        sys.argv = ["tenantmig", *args]
        # A call that outlives its timeout prints where every thread stands before it is killed.
        faulthandler.register(signal.SIGUSR1, file=sys.stderr, all_threads=True)
        from tenantmig import cli

        try:
            cli.main()
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


def run(args: list[str], *, env: dict[str, str], cwd: str | os.PathLike | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess:
    """Like subprocess.run([python, -m, tenantmig, *args], capture_output=True, text=True)."""
    with tempfile.TemporaryDirectory(prefix="tenantmig-cli-") as scratch:
        out_path, err_path = os.path.join(scratch, "stdout"), os.path.join(scratch, "stderr")
        for path in (out_path, err_path):
            open(path, "w").close()
        child = _forkserver().Process(target=_child,
                                      args=(list(args), dict(env), str(cwd or os.getcwd()), out_path, err_path))
        child.start()
        child.join(timeout)
        timed_out = child.is_alive()
        if timed_out:
            os.kill(child.pid, signal.SIGUSR1)
            child.join(2)
            child.kill()
            child.join()
        with open(out_path) as out, open(err_path) as err:
            stdout, stderr = out.read(), err.read()
        if timed_out:
            raise subprocess.TimeoutExpired(["tenantmig", *args], timeout, output=stdout, stderr=stderr)
    return subprocess.CompletedProcess(["tenantmig", *args], child.exitcode, stdout, stderr)
