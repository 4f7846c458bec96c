"""Phase 3, NOT NULL: VALIDATE the tenant foreign keys."""

from tenantmig.phases import shim

revision = "p3_04_validate_fks"
down_revision = "p3_03_set_not_null"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
