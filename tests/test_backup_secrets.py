"""Issue 12, finding 8: a password in the URL was on pg_dump's command line (visible in `ps` to every
user of the host) and dumps of every tenant's rows were written 0644."""

from __future__ import annotations

import dataclasses
import os
import re
import stat
from pathlib import Path

import psycopg

from tenantmig import api, backups
from tenantmig.servers import libpq_url

from helpers import example_settings

SECRET = "s3cret-Pa55word-not-for-argv"


def _wrappers(tmp_path: Path, major: int) -> tuple[Path, Path]:
    """pg_dump and pg_restore stand-ins that log each call's argv and whether PGPASSWORD arrived, then run the real one."""
    wrap = tmp_path / "pgbin"
    wrap.mkdir()
    log = tmp_path / "calls.log"
    for name in ("pg_dump", "pg_restore"):
        real = backups.find_tool(name, major)
        script = wrap / name
        script.write_text(f'#!/bin/sh\nprintf "%s|argv:%s|env:%s\\n" "{name}" "$*" "${{PGPASSWORD:+set}}" >> "{log}"\n'
                          f'exec "{real}" "$@"\n')
        script.chmod(0o755)
    return wrap, log


def test_backup_passes_no_password_in_argv_and_writes_the_dump_0600(database_url, role_prefix, tmp_path):
    settings = example_settings(database_url, role_prefix, tmp_path)
    with psycopg.connect(libpq_url(database_url)) as conn:
        major = backups.server_major(conn)
    wrap, log = _wrappers(tmp_path, major)
    # Trust authentication ignores the password; what matters is where it travels.
    url = re.sub(r"^(postgres(?:ql)?://[^:@/]+)(?::[^@]*)?@", rf"\g<1>:{SECRET}@", database_url, count=1)
    assert SECRET in url
    settings = dataclasses.replace(
        settings, database_url=url,
        options=dataclasses.replace(settings.options, pg_bin=str(wrap), restore_check=True,
                                    backup_dir=str(tmp_path / "private" / "backups")))
    made = api.backup(settings)
    calls = log.read_text().splitlines()
    dumps = [c for c in calls if c.startswith("pg_dump|argv:") and "--snapshot" in c]
    restores = [c for c in calls if c.startswith("pg_restore|argv:") and "--dbname" in c]
    assert dumps and restores, calls
    for call in calls:
        assert SECRET not in call.split("|env:")[0], call
    assert all(c.endswith("|env:set") for c in dumps + restores), calls
    path = Path(made.backup["path"])
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, oct(os.stat(path).st_mode)
    assert stat.S_IMODE(os.stat(tmp_path / "private" / "backups").st_mode) == 0o700
