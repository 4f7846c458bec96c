"""Phase 3, NOT NULL: CHECK (key IS NOT NULL) NOT VALID, catalog only."""

from tenantmig.phases import p3_not_null as phase
from tenantmig.steps import step

revision = "p3_01_check_not_valid"
down_revision = "p2_01_backfill"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.add_checks(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.drop_checks(ctx)
