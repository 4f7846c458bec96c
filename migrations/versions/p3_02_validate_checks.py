"""Phase 3, NOT NULL: VALIDATE the checks (a scan that blocks no writes)."""

from tenantmig.phases import shim

revision = "p3_02_validate_checks"
down_revision = "p3_01_check_not_valid"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
