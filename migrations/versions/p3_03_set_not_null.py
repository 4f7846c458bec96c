"""Phase 3, NOT NULL: SET NOT NULL proven by the valid check, which is then dropped."""

from tenantmig.phases import shim

revision = "p3_03_set_not_null"
down_revision = "p3_02_validate_checks"
branch_labels = None
depends_on = None

upgrade, downgrade = shim(revision, down_revision)
