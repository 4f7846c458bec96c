"""Phase 2, backfill: batched, resumable, parents first; orphans fail or go to quarantine."""

from tenantmig.phases import shim

revision = "p2_01_backfill"
down_revision = "p1_04_fill_triggers"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
