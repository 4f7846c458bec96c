"""Phase 0, backups: verified pg_dump and the baseline of row counts and checksums."""

from tenantmig.phases import shim

revision = "p0_01_baseline"
down_revision = None
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
