"""Phase 3, NOT NULL: CHECK (key IS NOT NULL) NOT VALID, catalog only."""

from tenantmig.phases import shim

revision = "p3_01_check_not_valid"
down_revision = "p2_01_backfill"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
