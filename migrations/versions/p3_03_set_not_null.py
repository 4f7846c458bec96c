"""Phase 3, NOT NULL: SET NOT NULL proven by the valid check, which is then dropped."""

from tenantmig.phases import p3_not_null as phase
from tenantmig.steps import step

revision = "p3_03_set_not_null"
down_revision = "p3_02_validate_checks"
branch_labels = None
depends_on = None


def upgrade():
    with step(revision) as ctx:
        phase.set_not_null(ctx)


def downgrade():
    with step(revision) as ctx:
        phase.drop_not_null(ctx)
