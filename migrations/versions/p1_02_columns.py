"""Phase 1, tenant columns: nullable key columns and NOT VALID foreign keys."""

from tenantmig.phases import shim

revision = "p1_02_columns"
down_revision = "p1_01_registry"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
