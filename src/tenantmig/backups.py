"""Verified backups: a pg_dump new enough for the server, checked by pg_restore --list."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg.types.json import Jsonb

from tenantmig.errors import BackupError
from tenantmig.ledger import SCHEMA
from tenantmig.servers import embedded_bin_dir, libpq_url


@dataclass(frozen=True)
class Backup:
    path: str
    sha256: str
    bytes: int
    entries: int  # objects pg_restore --list found in the archive
    pg_dump: str


def tool_major(executable: str) -> int | None:
    try:
        out = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(match.group(1)) if match else None


def candidate_bin_dirs() -> list[Path]:
    dirs: list[Path] = []
    for entry in os.environ.get("PATH", "").split(os.pathsep):
        if entry:
            dirs.append(Path(entry))
    dirs.extend(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True))
    embedded = embedded_bin_dir()
    if embedded:
        dirs.append(embedded)
    return dirs


def find_tool(name: str, server_major: int, pg_bin: str | None = None) -> str:
    """The first `name` (pg_dump, pg_restore) whose major version is not older than the server's.

    An older pg_dump refuses a newer server; --pg-bin, if given, is the only place looked.
    """
    seen: list[str] = []
    dirs = [Path(pg_bin)] if pg_bin else candidate_bin_dirs()
    for directory in dirs:
        executable = directory / name
        if not executable.is_file() or not os.access(executable, os.X_OK):
            continue
        major = tool_major(str(executable))
        seen.append(f"{executable} ({major})")
        if major is not None and major >= server_major:
            return str(executable)
    found = ", ".join(seen) or "none"
    raise BackupError(
        f"no {name} of PostgreSQL {server_major} or newer was found (found: {found})",
        hint=f"Install the PostgreSQL {server_major} client tools or pass --pg-bin DIR. Nothing was changed.",
    )


def server_major(conn: psycopg.Connection) -> int:
    return int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_archive(path: Path, pg_restore: str) -> int:
    result = subprocess.run([pg_restore, "--list", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"pg_restore --list rejected {path}: {result.stderr.strip()}")
    return sum(1 for line in result.stdout.splitlines() if line and not line.startswith(";"))


def dump(conn: psycopg.Connection, url: str, backup_dir: str, pg_bin: str | None = None) -> Backup:
    major = server_major(conn)
    pg_dump = find_tool("pg_dump", major, pg_bin)
    pg_restore = find_tool("pg_restore", major, pg_bin)
    directory = Path(backup_dir)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = directory / f"{conn.info.dbname}-{stamp}.dump"
    partial = path.with_suffix(".dump.partial")
    # The tenantmig schema is left out: a restore must give back the application's data
    # as it was, not a ledger that claims a migration the restored copy never saw.
    result = subprocess.run(
        [pg_dump, "--format=custom", f"--exclude-schema={SCHEMA}", f"--file={partial}", libpq_url(url)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BackupError(f"pg_dump failed (exit {result.returncode}): {result.stderr.strip()}")
    entries = verify_archive(partial, pg_restore)
    shutil.move(partial, path)
    return Backup(str(path.resolve()), sha256_of(path), path.stat().st_size, entries, pg_dump)


def record(conn: psycopg.Connection, backup: Backup) -> None:
    conn.execute(
        f"INSERT INTO {SCHEMA}.backups (method, path, sha256, bytes, verified, detail) VALUES (%s, %s, %s, %s, true, %s)",
        ("pg_dump", backup.path, backup.sha256, backup.bytes, Jsonb({"entries": backup.entries, "pg_dump": backup.pg_dump})),
    )
