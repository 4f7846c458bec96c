"""Phase 1, tenant columns: key indexes built CONCURRENTLY (its own step: no transaction)."""

from tenantmig.phases import shim

revision = "p1_03_indexes"
down_revision = "p1_02_columns"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
