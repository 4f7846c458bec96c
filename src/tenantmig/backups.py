"""Verified backups: a pg_dump new enough for the server, checked by pg_restore --list.

Three ways to a backup, one record: our own pg_dump (custom format, optionally
restored into a scratch database and its row counts compared), the site's own tool
(`--backup-command`, its exit status and output recorded), or an existing dump
(`--backup-file`, checked like our own). Everything that can be refused is refused
by `prepare`, before anything is written anywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb
import structlog

from tenantmig import ledger, pgtools
from tenantmig.counts import row_counts
from tenantmig import reader
from tenantmig.db import connect, quote_ident
from tenantmig.errors import BackupError, TenantmigError, UsageError
from tenantmig.ledger import SCHEMA
from tenantmig.ops.access import NoForceRowSecurity
from tenantmig.servers import embedded_bin_dir, with_database

log = structlog.get_logger("tenantmig.backups")

OUTPUT_KEPT = 4000  # characters of a site command's output kept in the ledger


@dataclass(frozen=True)
class Request:
    """What the DBA asked for (`--backup-dir`, `--pg-bin`, `--restore-check`, `--backup-command`, `--backup-file`)."""

    backup_dir: str = "backups"
    pg_bin: str | None = None
    restore_check: bool = False
    command: str | None = None
    file: str | None = None

    def validate(self) -> None:
        if self.command and self.file:
            raise UsageError("--backup-command and --backup-file exclude each other: give one")
        if self.command and self.restore_check:
            raise UsageError("--restore-check works on a pg_dump archive; with --backup-command, "
                             "check the restore with your own tool")


@dataclass
class Backup:
    method: str  # "pg_dump" | "file" | "command"
    verified: bool
    path: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    detail: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"method": self.method, "verified": self.verified, "path": self.path, "sha256": self.sha256,
                "bytes": self.bytes, **self.detail}


@dataclass(frozen=True)
class Prepared:
    request: Request
    pg_dump: str | None
    pg_restore: str | None


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
    if pg_bin and not Path(pg_bin).is_dir():
        raise BackupError(f"--pg-bin {pg_bin}: no such directory", hint="Nothing was changed.")
    seen: list[str] = []
    dirs = [Path(pg_bin)] if pg_bin else candidate_bin_dirs()
    for directory in dirs:
        executable = directory / name
        if not executable.is_file() or not os.access(executable, os.X_OK):
            continue
        major = tool_major(str(executable))
        seen.append(f"{executable} ({'version unknown' if major is None else f'PostgreSQL {major}'})")
        if major is not None and major >= server_major:
            return str(executable)
    where = f"in --pg-bin {pg_bin}" if pg_bin else "on PATH, in /usr/lib/postgresql/*/bin or the embedded server"
    raise BackupError(
        f"no {name} of PostgreSQL {server_major} or newer was found {where} (found: {', '.join(seen) or 'none'})",
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
    """How many objects `pg_restore --list` finds in the archive; a BackupError if it rejects it."""
    result = subprocess.run([pg_restore, "--list", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"pg_restore --list rejected {path}: {result.stderr.strip()}",
                          hint="Nothing was recorded as verified.")
    return sum(1 for line in result.stdout.splitlines() if line and not line.startswith(";"))


def prepare(conn: psycopg.Connection, request: Request) -> Prepared:
    """Everything that can be refused, refused before anything changes: options, tools, the given file."""
    request.validate()
    refuse_visible_only(conn, request.command)
    if request.command:
        return Prepared(request, None, None)
    major = server_major(conn)
    pg_dump = None if request.file else find_tool("pg_dump", major, request.pg_bin)
    pg_restore = find_tool("pg_restore", major, request.pg_bin)
    if request.file:
        path = Path(request.file)
        if not path.is_file():
            raise BackupError(f"--backup-file {request.file}: no such file", hint="Nothing was recorded.")
        verify_archive(path, pg_restore)
        return Prepared(request, None, pg_restore)
    return Prepared(request, pg_dump, pg_restore)


def take(conn: psycopg.Connection, url: str, prepared: Prepared) -> Backup:
    """Make (or register) the backup. A failed site command is recorded, unverified, then raised."""
    request = prepared.request
    if request.command:
        return _run_command(conn, request.command)
    if request.file:
        path = Path(request.file).resolve()
        backup = _archive_backup("file", path, prepared.pg_restore)
        backup.detail["modified_at"] = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc).isoformat()
        if request.restore_check:
            with connect(url, "backup") as live:
                backup.detail["restore_check"] = restore_check(url, path, prepared.pg_restore,
                                                               row_counts(live, dumped_tables(live)))
        return backup
    return _dump(conn, url, prepared)


def _archive_backup(method: str, path: Path, pg_restore: str) -> Backup:
    entries = verify_archive(path, pg_restore)
    return Backup(method, True, str(path), sha256_of(path), path.stat().st_size, {"entries": entries})


def dumped_tables(conn: psycopg.Connection) -> list[str]:
    """Every table a dump holds: all schemas but the system ones and tenantmig's own."""
    return [r[0] for r in conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname <> ALL(%s) AND n.nspname NOT LIKE 'pg\\_%%'",
        (["information_schema", SCHEMA],),
    )]


def _dump(conn: psycopg.Connection, url: str, prepared: Prepared) -> Backup:
    directory = Path(prepared.request.backup_dir)
    pgtools.private_dir(directory)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = directory / f"{conn.info.dbname}-{stamp}.dump"
    partial = path.with_suffix(".dump.partial")
    # pg_dump runs in a snapshot exported here, and the row counts a restore check compares
    # with are read in that same snapshot: on a live database they describe exactly the dump.
    with connect(url, "backup", autocommit=False) as snap:
        snap.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        snap.read_only = True
        as_reader = _dump_role(snap)
        snapshot = snap.execute("SELECT pg_export_snapshot()").fetchone()[0]
        # The tenantmig schema is left out: a restore must give back the application's data
        # as it was, not a ledger that claims a migration the restored copy never saw.
        # As the reader role, row security stays on: the reader sees every row through its
        # policy (proved by _dump_role), where row_security=off would refuse the dump.
        conninfo, env = pgtools.connection_args(url)
        pgtools.private_file(partial)
        result = subprocess.run(
            [prepared.pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--exclude-schema={SCHEMA}",
             *([f"--role={as_reader}", "--enable-row-security"] if as_reader else []),
             f"--file={partial}", f"--dbname={conninfo}"],
            capture_output=True, text=True, env=env,
        )
        counts = row_counts(snap, dumped_tables(snap)) if prepared.request.restore_check else None
        snap.rollback()
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise BackupError(f"pg_dump failed (exit {result.returncode}): {result.stderr.strip()}",
                          hint="Nothing was recorded.")
    verify_archive(partial, prepared.pg_restore)
    shutil.move(partial, path)
    backup = _archive_backup("pg_dump", path.resolve(), prepared.pg_restore)
    backup.detail["pg_dump"] = prepared.pg_dump
    if counts is not None:
        backup.detail["restore_check"] = restore_check(url, path, prepared.pg_restore, counts)
    return backup


def _dump_role(snap: psycopg.Connection) -> str | None:
    """None: the login itself dumps every row (row_security off makes pg_dump fail rather than skip any).
    Otherwise the reader role that provably sees every row of every dumped table (reader.py), set here too
    so the counts for a restore check are read as it; a BackupError naming the tables it cannot see."""
    tables = dumped_tables(snap)
    if reader.session_bypasses(snap) or not reader.blind_spots(snap, tables):
        snap.execute("SET LOCAL row_security = off")
        return None
    role = reader.role_of(snap)
    if reader.exists(snap):
        snap.execute(f"SET LOCAL ROLE {quote_ident(role)}")
    problems = reader.blind_spots(snap, tables)
    if problems:
        raise BackupError("the dump would not contain every row:\n" + "\n".join(f"  - {p}" for p in problems),
                          hint="Nothing was recorded. The reader role and policy are installed by `tenantmig "
                          "advance`/`rollback` on the tables the login owns; see runbooks/managed-postgres.md.")
    return role


def refuse_visible_only(conn: psycopg.Connection, command: str | None) -> None:
    """A site command with --enable-row-security dumps only what RLS shows its login: refused once RLS filters."""
    if not command or "--enable-row-security" not in command:
        return
    if reader.session_bypasses(conn):
        return
    problems = reader.blind_spots(conn, dumped_tables(conn))
    if problems:
        raise UsageError(
            "--backup-command uses pg_dump --enable-row-security, which dumps only the rows RLS lets the login "
            "see; here RLS filters it:\n" + "\n".join(f"  - {p}" for p in problems[:10]),
            hint="Dump as a superuser or BYPASSRLS role, or use tenantmig's own backup (it dumps as the reader "
                 "role, whose policy shows every row). Nothing was changed.")


def restore_check(url: str, path: Path, pg_restore: str, source: dict[str, int]) -> dict:
    """Restore the archive into a scratch database on the same server and compare every table's rows.

    The scratch database is dropped whatever happens. A count that differs raises, naming the table.
    """
    with connect(url, "backup --restore-check") as admin:
        scratch = f"{admin.info.dbname[:40]}_restorecheck_{uuid.uuid4().hex[:8]}"
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(scratch)))
        try:
            # --no-owner/--no-acl: only the rows matter here, not who may read them.
            conninfo, env = pgtools.connection_args(with_database(url, scratch))
            restored = subprocess.run(
                [pg_restore, "--no-owner", "--no-acl", f"--dbname={conninfo}", str(path)],
                capture_output=True, text=True, env=env,
            )
            with connect(with_database(url, scratch), "backup --restore-check") as copy:
                if not reader.session_bypasses(copy):
                    # The copy is this login's (--no-owner): as owner, without FORCE, it skips RLS there.
                    for (table,) in copy.execute(
                            "SELECT n.nspname || '.' || c.relname FROM pg_class c "
                            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relforcerowsecurity").fetchall():
                        copy.execute(NoForceRowSecurity(table).statements()[0].sql)
                copy.execute("SET row_security = off")
                counts = row_counts(copy, dumped_tables(copy))
        finally:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(scratch)))
    # pg_restore goes on past objects it cannot create (policies and triggers that call
    # functions of the tenantmig schema, which the dump leaves out); the rows are what is judged.
    errors = [line for line in restored.stderr.splitlines() if "error:" in line and "errors ignored" not in line]
    tables = [{"table": t, "source": n, "restored": counts.get(t)} for t, n in sorted(source.items())]
    mismatched = [t for t in tables if t["source"] != t["restored"]]
    if mismatched:
        raise BackupError(
            "restore check failed: row counts differ after restoring "
            f"{path}:\n" + "\n".join(f"  - {t['table']}: {t['source']} in the database, "
                                      f"{t['restored'] if t['restored'] is not None else 'missing'} restored"
                                      for t in mismatched),
            hint="The backup is not recorded as verified. Investigate the archive before going on.",
        )
    return {"tables": tables, "restore_errors": len(errors), "restore_error_sample": errors[:5]}


def _run_command(conn: psycopg.Connection, command: str) -> Backup:
    result = subprocess.run(command, shell=True, capture_output=True, text=True)
    output = (result.stdout + result.stderr)[-OUTPUT_KEPT:]
    backup = Backup("command", result.returncode == 0,
                    detail={"command": command, "exit_status": result.returncode, "output": output})
    if result.returncode != 0:
        record(conn, backup)
        last = "\n".join(output.strip().splitlines()[-5:])
        raise BackupError(
            f"backup command exited {result.returncode}: {command}" + (f"\n{last}" if last else ""),
            hint="Recorded in tenantmig.backups as NOT verified; fix the command and run again.",
        )
    return backup


def record(conn: psycopg.Connection, backup: Backup) -> None:
    conn.execute(
        f"INSERT INTO {SCHEMA}.backups (method, path, sha256, bytes, verified, detail) VALUES (%s, %s, %s, %s, %s, %s)",
        (backup.method, backup.path, backup.sha256, backup.bytes, backup.verified, Jsonb(backup.detail)),
    )


@dataclass
class BackupResult:
    """What `tenantmig backup` reports."""

    database: str
    where: str
    backup: dict

    def as_dict(self) -> dict:
        return {"database": self.database, "where": self.where, "backup": self.backup}


def on_demand(conn: psycopg.Connection, url: str, request: Request) -> Backup:
    """`tenantmig backup` under the run lock: a backup taken, verified and recorded, its outcome in the ledger."""
    ledger.bootstrap(conn)
    book = ledger.Ledger(conn, "backup", None)
    prepared = prepare(conn, request)
    try:
        made = take(conn, url, prepared)
    except TenantmigError as exc:
        book.record("backup", "failed", detail={"error": exc.message})
        raise
    record(conn, made)
    book.record("backup", "ok", detail=made.as_dict())
    log.info("backup.verified", method=made.method, path=made.path, sha256=made.sha256)
    return made
