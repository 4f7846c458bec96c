"""Phase 3, NOT NULL: VALIDATE the checks (a scan that blocks no writes)."""

from tenantmig.phases import p3_not_null as phase
from tenantmig.steps import step

revision = "p3_02_validate_checks"
down_revision = "p3_01_check_not_valid"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.validate_checks(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.unvalidate_checks(ctx)
