"""Running PostgreSQL's client programs (pg_dump, pg_restore) without putting secrets where others see them.

A password in a program's arguments shows in `ps` and /proc/PID/cmdline to every user of the
host for as long as the dump runs. libpq reads PGPASSWORD from the environment, which only the
process's own user (and root) can read: the connection string passed on is the URL without
its password, and the password goes there. Dumps hold every tenant's rows: written 0600.
"""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from tenantmig.errors import UsageError
from tenantmig.servers import libpq_url

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


_SSLMODES = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}


def url_params(url: str) -> dict:
    """The URL's connection parameters, or a UsageError (exit 2) saying what is wrong with it.

    libpq accepts some of these at parse time and fails only on connecting, with a traceback
    that may print the whole URL, password included; the message here names the part, never
    the URL.
    """
    try:
        params = conninfo_to_dict(libpq_url(url))
    except psycopg.ProgrammingError as exc:
        message = str(exc).splitlines()[0].split(' in URI: "')[0].split(' in connection info string')[0]
        raise UsageError(f"the database URL is not one libpq accepts: {message}",
                         hint="Write it as postgresql://user@host:port/dbname.") from None
    for port in str(params.get("port", "")).split(",") if params.get("port") else ():
        if not port.isdigit() or not 1 <= int(port) <= 65535:
            raise UsageError(f"the database URL's port {port!r} is not a port number (1-65535)")
    if "sslmode" in params and params["sslmode"] not in _SSLMODES:
        raise UsageError(f"the database URL's sslmode {params['sslmode']!r} is not one of "
                         + ", ".join(sorted(_SSLMODES)))
    return params


def connection_args(url: str) -> tuple[str, dict[str, str]]:
    """(a connection string with no password, the environment for the child process)."""
    params = url_params(url)
    env = dict(os.environ)
    password = params.pop("password", None)
    if password is not None:
        env["PGPASSWORD"] = str(password)
    return make_conninfo(**params), env


def private_file(path: Path) -> None:
    """Create `path` empty and readable by its owner only; a program told to write it keeps the mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)  # an existing file keeps its old mode through O_CREAT


def private_dir(path: Path) -> None:
    """Create the directory (and parents) for dumps; one this creates is its owner's only."""
    if not path.exists():
        path.mkdir(parents=True, mode=PRIVATE_DIR)
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode is masked by the umask
