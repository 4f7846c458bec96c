"""Phase 1, tenant columns: triggers that fill the key on rows written by unchanged code."""

from tenantmig.phases import shim

revision = "p1_04_fill_triggers"
down_revision = "p1_03_indexes"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
