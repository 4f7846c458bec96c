"""How a run is set up: the database and manifest (Settings), and beyond them backups, backfill pacing,
workers, hand-off acknowledgements (RunOptions).

Built once by the CLI (or a test, a benchmark) and handed to api, the runner, plan and the steps; kept
apart from steps.py so that reading settings does not pull in the step machinery.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tenantmig import pgtools
from tenantmig.backups import Request
from tenantmig.db import LockPolicy
from tenantmig.errors import UsageError
from tenantmig.pacing import REPLICATION_LAG_SQL, LagLimit

DEFAULT_BATCH_ROWS = 1000


@dataclass
class RunOptions:
    backup_dir: str = "backups"
    pg_bin: str | None = None
    batch_size: int | None = None  # fixed rows per backfill batch; None: adapt to batch_time_ms
    database_url: str | None = None  # for pg_dump and backfill workers, which need their own connections
    batch_time_ms: float = 50.0
    batch_pause_ms: float = 0.0
    max_replication_lag: LagLimit | None = None
    workers: int = 1
    # Where a terminal shows backfill progress (progress.TerminalLine); None: JSON log events.
    progress_line: Callable[[Any], None] | None = None
    # What "replica lag" means; tests point it at a table they control (there is no standby here).
    replication_lag_sql: str = REPLICATION_LAG_SQL
    restore_check: bool = False
    backup_command: str | None = None
    backup_file: str | None = None
    # Let the application's UPDATE triggers fire on every row the backfill and its rollback update.
    fire_app_triggers: bool = False
    # The DBA has checked the other databases that share the manifest's roles (privileges.py):
    # --roles-shared-ok, or TENANTMIG_ROLES_SHARED_OK=1 where copies sharing roles are the point (CI, test servers).
    roles_shared_ok: bool = field(default_factory=lambda: os.environ.get("TENANTMIG_ROLES_SHARED_OK") == "1")

    def __post_init__(self) -> None:
        # Named by their CLI spelling: that is what the DBA typed.
        for option, value, least, inclusive in (
            ("--batch-size", self.batch_size, 1, True),
            ("--batch-time", self.batch_time_ms, 0, False),
            ("--batch-pause", self.batch_pause_ms, 0, True),
            ("--workers", self.workers, 1, True),
        ):
            if value is not None and (value < least or (value == least and not inclusive)):
                bound = f"at least {least}" if inclusive else f"more than {least}"
                raise UsageError(f"{option} must be {bound}, got {value}")

    @property
    def batch_rows(self) -> int:
        """Rows per batch for work that is not paced by time (quarantine, undoing the backfill)."""
        return self.batch_size or DEFAULT_BATCH_ROWS

    def backup_request(self) -> Request:
        return Request(backup_dir=self.backup_dir, pg_bin=self.pg_bin, restore_check=self.restore_check,
                       command=self.backup_command, file=self.backup_file)


@dataclass
class Settings:
    database_url: str | None
    manifest_path: str = "tenancy.toml"
    lock_policy: LockPolicy = field(default_factory=LockPolicy)
    options: RunOptions = field(default_factory=RunOptions)

    def url(self) -> str:
        if not self.database_url:
            raise UsageError("no database given: pass --database-url or set TENANTMIG_DATABASE_URL")
        pgtools.url_params(self.database_url)
        return self.database_url
